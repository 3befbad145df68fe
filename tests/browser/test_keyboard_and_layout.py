"""Keyboard-only use of the header, and pages that never scroll sideways on a phone."""

from __future__ import annotations

from tests.helpers import sideways_overflow

PHONE_PAGES = ["", "van-ban/", "ke-hoach/2024-271-qd-ubnd/", "thu-tuc/dang-ky-thuong-tru/", "phat-thanh/",
               "tin-tuc/2024-03-12-mot-cua-phuong-huong-dan-nop-truc-tuyen/", "chia-se/"]


def test_nothing_overflows_sideways_at_360(phone, served_site):
    for url in PHONE_PAGES:
        phone.goto(served_site + url)
        assert sideways_overflow(phone) <= 0, url


def test_keyboard_reaches_the_header_and_tabs_with_a_visible_focus(browser, served_site):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(served_site + "ke-hoach/2024-271-qd-ubnd/")
    reached = []
    for _ in range(14):
        page.keyboard.press("Tab")
        reached.append(page.evaluate(
            "() => { const e = document.activeElement; const s = getComputedStyle(e);"
            " return [e.tagName, (e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 40),"
            " s.outlineStyle !== 'none' || s.boxShadow !== 'none'] }"))
    names = [name for _, name, _ in reached]
    assert names[0].startswith("Bỏ qua")  # the skip link comes first
    assert "Trang chủ" in names and "Thủ tục" in names
    assert all(visible for _, _, visible in reached), reached
    page.keyboard.press("Shift+Tab")
    context.close()


def test_skip_link_moves_focus_to_the_content(browser, served_site):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(served_site + "thu-tuc/dang-ky-khai-sinh/")
    page.keyboard.press("Tab")
    assert "md-skip" in page.evaluate("document.activeElement.className")
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#noi-dung"
    assert page.locator("#noi-dung").inner_text() == "Đăng ký khai sinh"
    context.close()
