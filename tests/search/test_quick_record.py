"""A page's search record is read from what Pagefind indexes of it, with its weights."""

from __future__ import annotations

from site_builder.search.quick_record import SearchRecord, search_record

PAGE = """<html><head><meta name="description" content="Hướng dẫn đăng ký &amp; nộp hồ sơ."></head><body>
<nav>Trang chủ Thủ tục</nav>
<article class="portal-procedure" data-pagefind-body>
  <span hidden data-pagefind-meta="type:Thủ tục hành chính"></span><span hidden data-pagefind-meta="date:29/01/2024"></span>
  <span hidden data-pagefind-meta="field:Hộ tịch; Chứng thực"></span>
  <h1 id="noi-dung" data-pagefind-meta="title" data-pagefind-weight="4">Đăng ký khai sinh</h1>
  <p hidden data-pagefind-weight="10">1.001193 khai sinh</p>
  <p>Nộp tại UBND cấp xã.</p><script>var khai = 1;</script>
</article>
<footer>Sở Nội vụ</footer></body></html>"""


def test_the_record_has_the_indexed_words_weighted_and_the_metadata():
    record = search_record("thu-tuc/dang-ky-khai-sinh/", PAGE)
    assert record.title == "Đăng ký khai sinh"
    assert (record.type, record.date, record.field) == ("Thủ tục hành chính", "29/01/2024", "Hộ tịch; Chứng thực")
    assert record.lead == "Hướng dẫn đăng ký & nộp hồ sơ."
    assert record.terms["khai"] == 4 + 10  # title weight 4, hidden code line weight 10; not the script
    assert record.terms["1.001193"] == 10
    assert record.terms["ubnd"] == 1
    assert "trang" not in record.terms and "nội" not in record.terms  # navigation and footer are not indexed
    assert record.length == sum(record.terms.values())


def test_pages_pagefind_does_not_index_have_no_record():
    assert search_record("tin-tuc/", "<html><body><main><h1>Tin tức</h1></main></body></html>") is None


def test_a_record_survives_its_json():
    record = search_record("thu-tuc/dang-ky-khai-sinh/", PAGE)
    assert SearchRecord.from_json(record.to_json()) == record
