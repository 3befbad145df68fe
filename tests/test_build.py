"""The real MkDocs build, strict, of the repository's sample portal."""

from __future__ import annotations

import re
import shutil

import pytest

from tests.helpers import (
    broken_internal_links,
    build,
    tree_digest,
)


@pytest.fixture(scope="module")
def built(built_repository):
    return built_repository


def page(built, url: str) -> str:
    return (built / "site" / url / "index.html").read_text(encoding="utf-8")


def test_plan_271_shows_legal_bases_signer_and_all_20_tasks(built):
    html = page(built, "ke-hoach/2024-271-qd-ubnd")
    assert ('<h1 id="noi-dung" data-pagefind-meta="title" data-pagefind-weight="4">Quyết định 271/QĐ-UBND: Ban hành '
            'Kế hoạch tuyên truyền cải cách hành chính tỉnh Khánh Hòa năm 2024</h1>') in html
    assert "Khánh Hòa, ngày 29 tháng 01 năm 2024" in html
    assert html.count('<tr id="nhiem-vu-') == 20
    assert '<tr id="nhiem-vu-19">' in html and "PAR TODAY" in html
    legal = html.split('id="can-cu"')[1].split("</section>")[0]
    assert legal.count("<li>") == 4
    assert "Luật Tổ chức chính quyền địa phương ngày 19/06/2015 của Quốc hội" in legal
    assert 'href="../../van-ban/2021-4831-qd-ubnd/"' in legal  # resolved to the portal's page
    assert 'href="../2023-3409-qd-ubnd/"' in legal
    signature = html.split('class="portal-signature"')[1].split("</section>")[0]
    assert "TM. ỦY BAN NHÂN DÂN" in signature and "CHỦ TỊCH" in signature and "Nguyễn Tấn Tuấn" in signature
    assert 'href="../../files/van-ban-goc/002-quyet-dinh-271-qd-ubnd.txt"' in html


@pytest.mark.parametrize("url, figures", [
    ("bao-cao/2023-70-kh-ubnd-thuc-khang", ["30", "15", "12", "100", "18", "5", "35"]),
    ("bao-cao/2023-ptth-ket-qua-tuyen-truyen-cchc", ["48", "15", "100", "4"]),
    ("bao-cao/2023-bc-stttt-quang-tri", ["3", "1"]),
    ("bao-cao/2022-911-bc-bql", ["14", "100"]),
])
def test_each_report_shows_its_figures(built, url, figures):
    html = page(built, url)
    table = html.split('class="portal-figures"')[1].split("</table>")[0]
    values = re.findall(r'<td class="portal-number">(?:[^<\d]* )?([\d.,]+)</td>', table)
    assert values == figures


def test_drafts_are_published_and_marked(built):
    html = page(built, "bao-cao/2023-bc-stttt-quang-tri")
    assert "Văn bản chưa hoàn chỉnh (dự thảo)" in html
    assert "Quảng Trị, ngày … tháng 11 năm 2023" in html


def test_listings_per_type_year_and_agency(built):
    for url in ("van-ban", "ke-hoach", "bao-cao", "van-ban/loai/quyet-dinh", "van-ban/loai/cong-van",
                "van-ban/nam/2024", "van-ban/nam/2023", "co-quan/ubnd-tinh-khanh-hoa", "co-quan"):
        assert (built / "site" / url / "index.html").exists(), url
    year = page(built, "van-ban/nam/2023")
    assert year.count('class="portal-list__item"') == 7
    reports = page(built, "bao-cao")
    assert reports.count('class="portal-list__item"') == 4
    agency = page(built, "co-quan/dai-ptth-khanh-hoa")
    assert "Báo và Phát thanh, Truyền hình Khánh Hòa" in agency  # the successor is named


def test_documents_that_cite_each_other_link_both_ways(built):
    cited = page(built, "van-ban/2021-4831-qd-ubnd")
    cited_by = cited.split('id="duoc-dan-chieu"')[1].split("</section>")[0]
    for url in ("ke-hoach/2024-271-qd-ubnd/", "ke-hoach/2023-3409-qd-ubnd/", "bao-cao/2022-911-bc-bql/"):
        assert f'href="../../{url}"' in cited_by
    report = page(built, "bao-cao/2023-70-kh-ubnd-thuc-khang")
    implements = report.split('id="thuc-hien"')[1].split("</section>")[0]
    assert 'href="../../ke-hoach/2023-14-kh-ubnd-thuc-khang/"' in implements


def test_items_are_not_in_the_navigation(built):
    html = page(built, "ke-hoach/2024-271-qd-ubnd")
    nav = html.split('md-nav--primary')[1].split("</nav>")[0]
    assert "2024-271-qd-ubnd" not in nav and "2022-911-bc-bql" not in nav


def test_vietnamese_metadata_and_nothing_fetched_from_other_sites(built):
    for html_file in sorted((built / "site").rglob("*.html")):
        html = html_file.read_text(encoding="utf-8")
        assert '<html lang="vi"' in html, html_file
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html, html_file
    html = page(built, "ke-hoach/2024-271-qd-ubnd")
    assert '<meta name="description" content="Kế hoạch năm 2024 với 20 nhiệm vụ' in html


def test_no_broken_internal_links(built):
    assert broken_internal_links(built / "site") == []


def test_sitemap_dates_come_from_content(built):
    sitemap = (built / "site" / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://cchc.khanhhoa.gov.vn/ke-hoach/2024-271-qd-ubnd/</loc>" in sitemap
    assert "<lastmod>2024-01-29</lastmod>" in sitemap


def test_two_builds_are_byte_identical(built, tmp_path):
    again = tmp_path / "again"
    # Without the image cache: every card, cover and feed is made again and must match.
    shutil.copytree(built, again, ignore=shutil.ignore_patterns("site", ".cache"))
    assert build(again).returncode == 0
    assert tree_digest(again / "site") == tree_digest(built / "site")


CORRUPTIONS = {
    "invalid YAML": ("content/plans/2024-271-qd-ubnd.md", "place: Khánh Hòa", "place: [Khánh Hòa",
                     "content/plans/2024-271-qd-ubnd.md:8: (YAML): YAML không hợp lệ"),
    "required field removed": ("content/reports/2022-911-bc-bql.md", "place: Khánh Hòa\n", "",
                               "content/reports/2022-911-bc-bql.md:2: place: thiếu trường bắt buộc"),
    "impossible date": ("content/plans/2024-271-qd-ubnd.md", "date: 2024-01-29", "date: 2024-01-32",
                        "content/plans/2024-271-qd-ubnd.md:9: date: ngày 2024-01-32 không có thật trong lịch"),
    "unknown agency": ("content/reports/2022-911-bc-bql.md", "issuer: ban-qlda-phat-trien-khanh-hoa",
                       "issuer: ban-qlda", "content/reports/2022-911-bc-bql.md:6: issuer: không có cơ quan 'ban-qlda'"),
    "malformed number-symbol": ("content/plans/2024-271-qd-ubnd.md", "number: 271/QĐ-UBND", "number: 271/QĐUBND/",
                                "content/plans/2024-271-qd-ubnd.md:3: number: số ký hiệu '271/QĐUBND/' sai dạng"),
    "unknown key warns, strict fails": ("content/plans/2023-22-kh-ubnd-quang-tri.md", "number: 22/KH-UBND",
                                     "number: 22/KH-UBND\nignored_field: x",  # an unknown key is a warning
                                     "content/plans/2023-22-kh-ubnd-quang-tri.md:4: ignored_field: trường không được hỗ trợ"),
}


@pytest.mark.parametrize("name", sorted(CORRUPTIONS))
def test_corrupted_sample_fails_and_keeps_the_previous_site(built, tmp_path, name):
    path, old, new, message = CORRUPTIONS[name]
    project = tmp_path / "corrupt"
    shutil.copytree(built, project)
    before = tree_digest(project / "site")
    source = project / path
    text = source.read_text(encoding="utf-8")
    assert old in text
    source.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = build(project)
    assert result.returncode != 0
    assert message in result.stderr
    assert tree_digest(project / "site") == before
    assert not (project / ".site.staging").exists()


def test_duplicate_number_in_one_year_fails_the_build(built, tmp_path):
    project = tmp_path / "duplicate"
    shutil.copytree(built, project)
    before = tree_digest(project / "site")
    source = project / "content/documents/2023-3069-snv-cchc.md"
    copy = project / "content/documents/2023-3069-snv-cchc-ban-sao.md"
    copy.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    result = build(project)
    assert result.returncode != 0
    assert ("content/documents/2023-3069-snv-cchc.md:3: number: số ký hiệu 3069/SNV-CCHC năm 2023 của cùng cơ quan "
            "đã dùng ở content/documents/2023-3069-snv-cchc-ban-sao.md (duplicate number-symbol in one year)"
            ) in result.stderr
    assert tree_digest(project / "site") == before


def test_body_links_are_written_relative_to_the_content_file(built):
    html = page(built, "tin-tuc/2024-03-12-mot-cua-phuong-huong-dan-nop-truc-tuyen")
    assert '<a href="../../thu-tuc/dang-ky-thuong-tru/">đăng ký thường trú</a>' in html
    assert '<a href="../../thu-tuc/dang-ky-tam-tru/#ho-so">đăng ký tạm trú</a>' in html
    assert '<a href="../../files/bieu-mau/to-khai-dang-ky-khai-sinh.txt">' in html


def test_body_photos_get_a_srcset_of_resized_copies_without_metadata(built):
    from PIL import Image

    html = page(built, "tin-tuc/2024-03-12-mot-cua-phuong-huong-dan-nop-truc-tuyen")
    img = re.search(r'<img alt="Hình minh họa bộ phận một cửa"[^>]*>', html).group(0)
    srcset = re.search(r'srcset="([^"]+)"', img).group(1)
    widths = [int(part.split()[1].rstrip("w")) for part in srcset.split(", ")]
    assert widths == [480, 960, 1440]
    for part in srcset.split(", "):
        path = built / "site/tin-tuc/2024-03-12-mot-cua-phuong-huong-dan-nop-truc-tuyen" / part.split()[0]
        with Image.open(path) as variant:
            assert variant.width == int(part.split()[1].rstrip("w"))
            assert dict(variant.getexif()) == {}
    with Image.open(built / "site/files/anh/bo-phan-mot-cua-phuong.jpg") as original:
        assert dict(original.getexif()) == {}  # the authored file carried EXIF and GPS; the site's copy does not
