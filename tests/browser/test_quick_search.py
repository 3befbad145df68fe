"""The quick search tier in a real Chromium. On the sample portal no word is on enough
pages for the search page to send queries to it, so these tests call it directly:
the same 30+ queries as Pagefind must find their page in its top 3 too, and the
browser must split, fold and bucket words exactly as the build did."""

from __future__ import annotations

import urllib.parse

import pytest

from site_builder.search.quick_index import bucket_of
from site_builder.search.tokens import folded, tokens
from tests.browser.test_search import QUERIES, result_paths

TRICKY = "Khánh Hoà, Đăng ký 271/QĐ-UBND mã 1.001193; THUỶ lợi quý 20.000 đ " + " Đất đai"


@pytest.fixture(scope="module")
def engine_page(browser, gzip_site):
    context = browser.new_context()
    page = context.new_page()
    page.goto(gzip_site + "tim-kiem/")
    page.wait_for_function("window.PortalQuickSearch !== undefined")
    yield page
    context.close()


def quick_top(page, query: str, filters=(), count: int = 3) -> dict:
    return page.evaluate("""async ([query, filters, count]) => {
        const quick = new window.PortalQuickSearch.QuickSearch(document.querySelector('[data-portal-search]').dataset.base);
        await quick.prepare();
        return await quick.search(query, filters, count);
    }""", [query, list(filters), count])


@pytest.mark.parametrize("query, expected", [q for q in QUERIES if q[1]])
def test_the_quick_tier_finds_each_page_in_its_top_3(engine_page, query, expected):
    found = [item["url"].removeprefix("/") for item in quick_top(engine_page, query)["items"]]
    assert expected in found, (query, found)


def test_a_query_with_no_such_word_finds_nothing(engine_page):
    assert quick_top(engine_page, "xyzzy khai sinh") == {"total": 0, "items": []}


def test_filters_keep_only_their_value(engine_page):
    everything = quick_top(engine_page, "dang ky", count=50)
    procedures = quick_top(engine_page, "dang ky", [["type", "Thủ tục hành chính"]], count=50)
    assert 0 < procedures["total"] < everything["total"]
    assert all(item["type"] == "Thủ tục hành chính" for item in procedures["items"])
    years = quick_top(engine_page, "dang ky", [["year", "2024"]], count=50)
    assert years["items"] and all(item["date"].endswith("2024") for item in years["items"])


def test_the_browser_splits_folds_and_buckets_words_as_the_build_does(engine_page):
    words = tokens(TRICKY)
    assert engine_page.evaluate("t => window.PortalQuickSearch.tokens(t)", TRICKY) == words
    assert engine_page.evaluate("ws => ws.map(w => window.PortalQuickSearch.fold(w))", words) == [folded(w) for w in words]
    assert engine_page.evaluate("ws => ws.map(w => window.PortalQuickSearch.bucketOf(w, 1024))", words) == \
        [bucket_of(w, 1024) for w in words]


def test_the_excerpt_marks_the_query_words_in_the_real_text(engine_page):
    marked = engine_page.evaluate("""() => {
        const p = document.createElement('p');
        p.append(...window.PortalQuickSearch.highlighted('Đăng ký khai sinh tại UBND cấp xã, dang ky nhanh.', 'dang ky'));
        return p.innerHTML;
    }""")
    assert marked == "<mark>Đăng</mark> <mark>ký</mark> khai sinh tại UBND cấp xã, <mark>dang</mark> <mark>ky</mark> nhanh."


@pytest.fixture(scope="module")
def quick_only_site(tmp_path_factory):
    """The sample portal built with `pagefind: false`: the quick tier answers every query."""
    from site_builder.bench.serving import SiteServer
    from tests.helpers import built_with_portal_option

    project = built_with_portal_option(tmp_path_factory.mktemp("quick-only"), "pagefind: false")
    assert not (project / "site" / "pagefind").exists()
    with SiteServer(project / "site") as server:
        yield server.url


@pytest.mark.parametrize("query, expected", [q for q in QUERIES if q[1]][::5])
def test_without_pagefind_the_search_page_answers_from_the_quick_tier(browser, quick_only_site, query, expected):
    page = browser.new_page()
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(quick_only_site + "tim-kiem/?q=" + urllib.parse.quote(query))
    page.wait_for_function("document.querySelector('[data-portal-search-status]').textContent.length > 0 "
                           "&& !document.querySelector('[data-portal-search-status]').textContent.startsWith('Đang')")
    results = page.locator("[data-portal-search-results]")
    assert results.get_attribute("data-engine") == "nhanh"
    found = result_paths(page)
    assert expected in found[:3], (query, found)
    assert not [url for url in requested if "/pagefind/" in url]
    page.close()


def test_a_passage_is_the_stretch_with_most_of_the_query_words_marked(engine_page):
    text = " ".join(["Mở đầu văn bản."] * 20) + " Người dân nộp hồ sơ qua ứng dụng VNeID và Cổng Dịch vụ công. " \
        + " ".join(["Phần cuối."] * 20)
    shown = engine_page.evaluate("""([text, query]) => {
        const nodes = window.PortalQuickSearch.passage(text, query);
        if (!nodes) return null;
        const p = document.createElement('p');
        p.append(...nodes);
        return p.innerHTML;
    }""", [text, "vneid dich vu cong"])
    assert shown.startswith("… ") and shown.endswith(" …")
    # an unaccented query word matches every spelling of it, "Cổng" as "công"
    assert "ứng dụng <mark>VNeID</mark> và <mark>Cổng</mark> <mark>Dịch</mark> <mark>vụ</mark> <mark>công</mark>" in shown
    assert len(shown.replace("<mark>", "").replace("</mark>", "").split()) <= 26  # 24 words and the two "…"
    assert engine_page.evaluate("t => window.PortalQuickSearch.passage(t, 'xyzzy')", text) is None


def test_without_pagefind_a_result_shows_the_passage_around_its_match(browser, quick_only_site):
    """"VNeID" is deep in the news item's body, not in its description."""
    page = browser.new_page()
    page.goto(quick_only_site + "tim-kiem/?q=VNeID")
    item = page.locator(".portal-list__item", has=page.locator(
        "a[href$='/tin-tuc/2024-03-12-mot-cua-phuong-huong-dan-nop-truc-tuyen/']"))
    summary = item.locator(".portal-list__summary mark", has_text="VNeID")
    summary.wait_for()
    text = item.locator(".portal-list__summary").inner_text()
    assert "ứng dụng VNeID" in text and text.startswith("… ")
    page.close()
