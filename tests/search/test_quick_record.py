"""A page's search record is read from what Pagefind indexes of it, with its weights."""

from __future__ import annotations

import dataclasses
import hashlib
import html
import random
import re
from collections import Counter

from site_builder.search import quick_record
from site_builder.search.quick_record import (
    _BODY,
    IndexedPage,
    SearchRecord,
    TermsAt,
    _indexed_body,
    page_text,
    search_record,
)
from site_builder.search.tokens import tokens

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


def test_a_kept_record_reads_its_word_counts_only_when_asked_and_as_they_were():
    record = SearchRecord(url="a/", title="Dòng một\ndòng hai", lead='"trích"\n', terms={"khai": 14, "x\ny": 2},
                          length=16)
    data = record.to_json()
    kept = IndexedPage.read(data)
    assert isinstance(kept.terms, bytes)  # not decoded yet
    assert dict(kept.word_counts()) == record.terms
    assert (kept.title, kept.lead, kept.length) == (record.title, record.lead, 16)
    assert kept.digest == hashlib.blake2b(data, digest_size=16).digest()
    assert (kept.url, kept.type, kept.date, kept.field, kept.agency) == ("a/", "", "", "", "")


def test_a_record_read_from_the_page_cache_leaves_its_word_counts_there(tmp_path):
    record = SearchRecord(url="a/", title="Đăng ký", lead="trích", terms={"khai": 14, "sinh": 2}, length=16)
    data = record.to_json()
    kept_in = tmp_path / "trang.page"
    kept_in.write_bytes(b'{"header": 1}\n' + data + b"<p>body</p>")  # as a record file holds it, at 14
    kept = IndexedPage.read(data, (str(kept_in), 14))
    assert isinstance(kept.terms, TermsAt) and kept.terms.length < len(data)
    assert dict(kept.word_counts()) == record.terms
    assert kept == dataclasses.replace(IndexedPage.read(data), terms=kept.terms)  # all else as read from bytes


def test_the_indexed_body_is_found_as_a_search_from_the_top_would_find_it():
    """The search starts after the last ">" before the attribute's first mention: the
    same match as from the top, on tricky pages and on 20,000 random ones."""
    tricky = [PAGE, "no body here", "<p>data-pagefind-body</p><main data-pagefind-body>x</main>",
              '<div title="a<b" data-pagefind-body>x</div>', "<a <b data-pagefind-body>y</b></a>",
              "<div data-pagefind-body>never closed", "<p>data-pagefind-body", "data-pagefind-body>",
              "<x-data-pagefind-body>z</x-data-pagefind-body><i data-pagefind-body>w</i>"]
    pieces = ["<a", "<b", ">", "</a>", "</b>", "<", " ", " data-pagefind-body", "x", '"', "="]
    rng = random.Random(11)
    pages = tricky + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 24))) for _ in range(20_000)]
    found = 0
    for page in pages:
        expected, got = _BODY.search(page), _indexed_body(page)
        assert (got and (got.span(), got.groups())) == (expected and (expected.span(), expected.groups())), page
        found += expected is not None
    assert found > 1000, found  # the random pages do reach the matching case


def test_the_same_page_gives_the_same_bytes_its_word_counts_in_reading_order():
    """The record's bytes key the quick tier's cache: the same page must give the same
    bytes (the words in the order the page has them), another page other bytes."""
    page = '<main data-pagefind-body><p>xã ủy ban an bình xã</p></main>'
    record = search_record("a/", page)
    assert record.to_json().split(b"\n")[1] == '{"xã":2,"ủy":1,"ban":1,"an":1,"bình":1}'.encode()
    assert search_record("a/", page).to_json() == record.to_json()
    assert search_record("a/", page.replace("an bình", "bình an")).to_json() != record.to_json()


def _counted_apart(page: str) -> Counter:
    """The word counts as Pagefind's weights mean them, counted the plain way: each weighted
    element's words weight times, the element cut out, the rest's words once."""
    content = re.sub(r"<(script|style|template)\b.*?</\1>", " ", _BODY.search(page).group(2), flags=re.S)
    counts: Counter = Counter()

    def weigh(match: re.Match) -> str:
        for token in tokens(html.unescape(re.sub(r"<[^>]+>", " ", match.group(3)))):
            counts[token] += int(match.group(2))
        return " "

    rest = re.sub(r'<(\w+)\b[^>]*data-pagefind-weight="(\d+)"[^>]*>(.*?)</\1>', weigh, content, flags=re.S)
    counts.update(tokens(html.unescape(re.sub(r"<[^>]+>", " ", rest))))
    return counts


def test_weighted_words_count_as_if_each_weighted_part_were_counted_apart():
    """The record counts every word once and a weighted part's words weight - 1 times more:
    the same counts as counting the parts apart, on tricky pages and 3,000 random ones."""
    pieces = ["Hòa", "hoà", "khai", "sinh", "&amp;", "&#7843;", "1.001193", "QĐ-UBND", " ", " ", "\n", "x",
              "<b>", "</b>", '<h2 data-pagefind-weight="3">', "</h2>", '<p data-pagefind-weight="0">', "</p>",
              '<span data-pagefind-weight="10">', "</span>", "<script>khai</script>", "<i>", "</i>", "THỦY"]
    rng = random.Random(5)
    pages = [PAGE] + [f"<main data-pagefind-body>{''.join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))}"
                      "</main>" for _ in range(3000)]
    weighted = 0
    for page in pages:
        record = search_record("a/", page)
        expected = _counted_apart(page)
        assert record.terms == dict(expected) and record.length == sum(expected.values()), page
        weighted += "weight" in page and any(count != 1 for count in record.terms.values())
    assert weighted > 1000, weighted  # the random pages do weigh words


def test_the_record_and_the_text_of_a_page_read_it_once(monkeypatch):
    page = PAGE.replace("Đăng ký", "Đăng ký lại")  # a page not read before in this process
    found = []
    monkeypatch.setattr(quick_record, "_indexed_body", lambda text: found.append(1) or _indexed_body(text))
    record, text = search_record("a/", page), page_text(page)
    assert record.terms["lại"] == 4 and "Đăng ký lại khai sinh" in text
    assert len(found) == 1
    assert page_text(PAGE) is not None and len(found) == 2  # another page is read anew
