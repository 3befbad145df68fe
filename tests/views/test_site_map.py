"""The human site map (`views/site_map.py`) on the sample portal."""

from __future__ import annotations

import re

from site_builder.views.site_map import SITE_MAP, site_map_sections
from site_builder.views.site_model import GeneratedPage, SiteModel


def _page(src_uri: str, title: str) -> GeneratedPage:
    return GeneratedPage(src_uri, title, "listing.html", "", {}, "2024-01-01")


def test_the_map_has_every_page_leading_to_others_by_section_and_no_item_or_archive_page():
    site = SiteModel()
    for src_uri, title in [("index.md", "Trang chủ"), ("thu-tuc/index.md", "Thủ tục hành chính"),
                           ("thu-tuc/linh-vuc/ho-tich/index.md", "Thủ tục lĩnh vực Hộ tịch"),
                           ("thu-tuc/cap/xa/index.md", "Thủ tục cấp xã"), ("thu-tuc/a-z/index.md", "Tra cứu A-Z"),
                           ("thu-tuc/cap/tinh/index.md", "Thủ tục cấp tỉnh"),
                           ("thu-tuc/trang/2/index.md", "Thủ tục hành chính, trang 2"),
                           ("thu-tuc/dang-ky-khai-sinh/index.md", "Đăng ký khai sinh"),
                           ("chu-de/chuyen-doi-so/index.md", "Chủ đề: Chuyển đổi số"),
                           ("chu-de/cai-cach/index.md", "Chủ đề: Cải cách hành chính"),
                           ("an-pham/index.md", "Ấn phẩm"), (SITE_MAP, "Sơ đồ")]:
        site.add(_page(src_uri, title), "test")
    sections = site_map_sections(site, {"thu-tuc/dang-ky-khai-sinh/index.md"})
    shown = [(section.title, section.link.url if section.link else None, [link.url for link in section.pages])
             for section in sections]
    assert shown == [
        ("Trang chủ", "", []),
        ("Ấn phẩm", "an-pham/", []),  # Vietnamese order: "Ấ" after "A", before "C"
        ("Chủ đề", None, ["chu-de/cai-cach/", "chu-de/chuyen-doi-so/"]),
        ("Thủ tục hành chính", "thu-tuc/", ["thu-tuc/a-z/", "thu-tuc/cap/tinh/", "thu-tuc/cap/xa/",
                                            "thu-tuc/linh-vuc/ho-tich/"]),
    ]


def test_the_built_map_links_every_listing_and_every_page_links_the_map(built_repository):
    site = built_repository / "site"
    page = (site / "so-do-cong" / "index.html").read_text(encoding="utf-8")
    linked = set(re.findall(r'<a href="\.\./([^"#]*)"', page))
    assert {"van-ban/", "van-ban/nam/2024/", "thu-tuc/a-z/", "thu-tuc/linh-vuc/ho-tich/", "co-quan/",
            "phat-thanh/", "chu-de/chuyen-doi-so/", "tin-tuc/", "tim-kiem/", "chia-se/"} <= linked
    assert not [url for url in linked if "/trang/" in url or url.startswith("thu-tuc/dang-ky-khai-sinh")]
    for other in ("index.html", "thu-tuc/dang-ky-khai-sinh/index.html", "404.html"):
        assert "Sơ đồ cổng thông tin</a>" in (site / other).read_text(encoding="utf-8"), other
