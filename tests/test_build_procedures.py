"""Procedures in the real strict build of the sample portal."""

from __future__ import annotations

import json
import re

import pytest


@pytest.fixture(scope="module")
def site(built_repository):
    return built_repository / "site"


def page(site, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def test_methods_table_gives_time_and_fee_per_method(site):
    html = page(site, "thu-tuc/dang-ky-thuong-tru")
    table = html.split('class="portal-methods"')[1].split("</table>")[0]
    rows = re.findall(r'<tr><th scope="row">([^<]+)</th><td>([^<]+)</td><td>([^<]+)</td></tr>', table)
    assert rows == [("Trực tiếp", "07 ngày làm việc", "Lệ phí đăng ký thường trú: 20.000 đồng"),
                    ("Trực tuyến", "07 ngày làm việc", "Lệ phí đăng ký thường trú: 10.000 đồng")]
    summary = html.split('class="portal-summary"')[1].split("</section>")[0]
    assert "20.000 đồng (trực tiếp); 10.000 đồng (trực tuyến)" in summary


def test_dossier_is_a_checklist_per_case(site):
    html = page(site, "thu-tuc/dang-ky-thuong-tru")
    dossier = html.split('id="ho-so"')[1].split("</section>")[0]
    assert dossier.count('<ul class="portal-checklist">') == 2
    assert "Trường hợp ở nhờ, thuê, mượn chỗ ở" in dossier
    assert "bản sao: 1" in dossier


def test_steps_are_numbered_and_forms_downloadable(site):
    html = page(site, "thu-tuc/dang-ky-khai-sinh")
    steps = html.split('class="portal-steps"')[1].split("</ol>")[0]
    assert steps.count("<li>") == 4
    assert 'href="../../files/bieu-mau/to-khai-dang-ky-khai-sinh.txt"' in html
    assert (site / "files/bieu-mau/to-khai-dang-ky-khai-sinh.txt").exists()


def test_government_service_json_ld(site):
    html = page(site, "thu-tuc/dang-ky-thuong-tru")
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(raw)
    assert data["@type"] == "GovernmentService"
    assert data["identifier"] == "1.004194"
    assert data["url"] == "https://cchc.khanhhoa.gov.vn/thu-tuc/dang-ky-thuong-tru/"
    assert data["provider"] == [{"@type": "GovernmentOrganization", "name": "Công an cấp xã"}]
    online = [c for c in data["availableChannel"] if c["name"] == "Trực tuyến"]
    assert online[0]["serviceUrl"].startswith("https://dichvucong.gov.vn/")


def test_lookup_listings_by_field_agency_level_and_online_level(site):
    assert "Đăng ký khai sinh" in page(site, "thu-tuc/linh-vuc/ho-tich")
    assert "Đăng ký thường trú" in page(site, "thu-tuc/co-quan/cong-an-cap-xa")
    provincial = page(site, "thu-tuc/cap/tinh")
    assert provincial.count('class="portal-list__item"') == 2
    assert "Cấp Phiếu lý lịch tư pháp" in page(site, "thu-tuc/truc-tuyen/toan-trinh")
    assert "Chứng thực chữ ký" in page(site, "thu-tuc/truc-tuyen/khong")


def test_a_to_z_index_in_vietnamese_order(site):
    html = page(site, "thu-tuc/a-z")
    letters = re.findall(r'<h2 id="van-\d+">([^<]+)</h2>', html)
    assert letters == ["C", "Đ", "T", "X"]
    names = re.findall(r'<li><a href="[^"]+">([^<]+)</a> <span class="portal-muted">', html)
    assert names[:3] == ["Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ",
                         "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ (cấp huyện)",
                         "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam"]
    # "Đăng ký kết hôn" < "Đăng ký khai sinh" < "Đăng ký khai tử" < "Đăng ký tạm trú" < "Đăng ký thành lập..."
    dang_ky = [n for n in names if n.startswith("Đăng ký")]
    assert dang_ky == ["Đăng ký kết hôn", "Đăng ký khai sinh", "Đăng ký khai tử", "Đăng ký tạm trú",
                       "Đăng ký thành lập doanh nghiệp tư nhân", "Đăng ký thường trú"]


def test_qr_code_files_are_built(site):
    svg = (site / "thu-tuc/dang-ky-khai-sinh/ma-qr.svg").read_text(encoding="utf-8")
    assert svg.startswith("<?xml") and "<svg" in svg
