"""What a citizen sees of a procedure, in a real Chromium."""

from __future__ import annotations

import io

import zxingcpp
from PIL import Image

from tests.helpers import sideways_overflow

SITE_URL = "https://cchc.khanhhoa.gov.vn/"
PROCEDURES = ["thu-tuc/dang-ky-thuong-tru/", "thu-tuc/dang-ky-khai-sinh/", "thu-tuc/cap-phieu-ly-lich-tu-phap/",
              "thu-tuc/chung-thuc-ban-sao-tu-ban-chinh/"]


def test_summary_box_is_in_the_first_screen_of_a_phone(phone, served_site):
    for url in PROCEDURES:
        phone.goto(served_site + url)
        box = phone.locator(".portal-summary").bounding_box()
        assert box is not None, url
        assert box["y"] >= 0 and box["y"] + box["height"] <= 640, (url, box)
        for label in ("Kết quả", "Thời hạn", "Phí, lệ phí", "Nơi nộp", "Trực tuyến"):
            assert phone.locator(".portal-summary dt", has_text=label).is_visible(), (url, label)


def test_online_procedures_offer_the_submit_button_on_the_first_screen(phone, served_site):
    phone.goto(served_site + "thu-tuc/dang-ky-thuong-tru/")
    button = phone.get_by_role("link", name="Nộp hồ sơ trực tuyến")
    assert button.is_visible()
    box = button.bounding_box()
    assert box["y"] + box["height"] <= 640
    phone.goto(served_site + "thu-tuc/chung-thuc-chu-ky/")
    assert phone.get_by_role("link", name="Nộp hồ sơ trực tuyến").count() == 0


def test_nothing_overflows_sideways_on_a_phone(phone, served_site):
    for url in PROCEDURES:
        phone.goto(served_site + url)
        assert sideways_overflow(phone) <= 0, url


def test_print_fits_a4_and_shows_a_qr_code_of_the_page(browser, served_site):
    # A4 at 96 dpi is 794 px wide; the @page margins leave about 703 px.
    context = browser.new_context(viewport={"width": 703, "height": 1000}, device_scale_factor=2)
    page = context.new_page()
    page.emulate_media(media="print")
    for url in PROCEDURES:
        page.goto(served_site + url)
        assert sideways_overflow(page) <= 0, url
        for hidden in (".md-header", ".md-sidebar--primary", ".md-footer"):
            assert not page.locator(hidden).first.is_visible(), (url, hidden)
        qr = page.locator(".portal-qr img")
        assert qr.is_visible(), url
        decoded = zxingcpp.read_barcodes(Image.open(io.BytesIO(qr.screenshot())))
        assert [code.text for code in decoded] == [SITE_URL + url], url
        pdf = page.pdf(format="A4", print_background=False)
        assert pdf.startswith(b"%PDF")
        assert 1 <= pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") + pdf.count(b"/Type/Page") <= 3, url
    context.close()


def test_abolished_and_replaced_procedures_are_marked(phone, served_site):
    phone.goto(served_site + "thu-tuc/cap-giay-phep-xay-dung-nha-o-rieng-le-cap-huyen/")
    banner = phone.locator(".portal-lifecycle")
    assert banner.is_visible()
    assert "đã được thay thế từ ngày 01/07/2025" in banner.inner_text()
    banner.get_by_role("link").click()
    assert phone.url.endswith("/thu-tuc/cap-giay-phep-xay-dung-nha-o-rieng-le/")
    phone.goto(served_site + "thu-tuc/xac-nhan-so-chung-minh-nhan-dan/")
    assert "Thủ tục này đã bị bãi bỏ từ ngày 01/07/2024" in phone.locator(".portal-lifecycle").inner_text()
