"""The search indexes in parts (site_builder/search/segments.py) on the sample portal
with 30 short news items more, built with blocks of 32 pages: a base of 64 pages in
Pagefind, the 7 newest in the quick tier alone. The search page must find every
page as with the one-part index, the newest through the quick tier, and a new item must
leave the base's files byte for byte."""

from __future__ import annotations

import json
import shutil

import pytest

from site_builder.bench.measure import digests
from site_builder.search.pagefind_bundles import SOURCES
from site_builder.search.quick_index import RECENT_BUCKETS
from tests.browser.test_quick_search import quick_top
from tests.browser.test_search import QUERIES, result_paths, top_results
from tests.helpers import build, built_with_portal_option

NEWS = """---
guid: urn:uuid:6f1d2c1e-5b7a-4c39-9e0e-0d3c7a1b2f90
title: Hội nghị triển khai phần mềm quản lý hồ sơ lưu trữ điện tử
published: 2026-11-20 08:00
summary: Sở Nội vụ hướng dẫn các xã số hóa hồ sơ lưu trữ trên phần mềm mới.
topics: [chuyen-doi-so]
---

Hội nghị hướng dẫn số hóa hồ sơ lưu trữ điện tử cho cán bộ văn thư các xã, phường.
"""


# Words none of the quick-tier comparisons below look for, dated after every sample page.
EXTRA = {f"content/news/2025-03-{day:02d}-ban-tin-luu-tru.md": f"""---
guid: urn:uuid:00000000-0000-4000-8000-{day:012d}
title: Bản tin lưu trữ số {day}
published: 2025-03-{day:02d} 08:00
summary: Bản tin lưu trữ số {day} của văn thư.
---

Bản tin lưu trữ số {day} của văn thư.
""" for day in range(1, 31)}


@pytest.fixture(scope="module")
def parted(tmp_path_factory):
    return built_with_portal_option(tmp_path_factory.mktemp("parts"), "search_segment: 32\n      pagefind: true",
                                    EXTRA)


@pytest.fixture(scope="module")
def parted_site(parted):
    from site_builder.bench.serving import SiteServer

    with SiteServer(parted / "site") as server:
        yield server.url


def test_pagefind_indexes_the_base_and_the_quick_tier_the_newest_pages_too(parted):
    site = parted / "site"
    manifest = json.loads((site / "tim-kiem-nhanh" / "manifest.json").read_text(encoding="utf-8"))
    assert (manifest["pages"], manifest["base"]) == (71, 64)
    assert (manifest["pagefind"], manifest["pagefind_pages"]) == (["pagefind"], 64)
    assert len(list((site / "pagefind" / "fragment").iterdir())) == 64
    assert not (site / SOURCES).exists()


NEWEST = [("Bản tin lưu trữ số 30", "tin-tuc/2025-03-30-ban-tin-luu-tru/"),
          ("ban tin luu tru so 27", "tin-tuc/2025-03-27-ban-tin-luu-tru/"),
          ("lưu trữ số 2", "tin-tuc/2025-03-02-ban-tin-luu-tru/")]  # in the base: from Pagefind


@pytest.mark.parametrize("query, expected", [q for q in QUERIES if q[1]] + NEWEST)
def test_the_search_page_finds_each_page_in_either_part(browser, parted_site, query, expected):
    context = browser.new_context()
    page = context.new_page()
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    try:
        assert expected in top_results((page, parted_site), query), query
        assert page.get_attribute("[data-portal-search-results]", "data-engine") == "pagefind"
        assert any("/tim-kiem-nhanh/r/" in url for url in requested)  # the newest pages, from the quick tier
    finally:
        context.close()


def test_a_code_finds_its_page_and_no_page_of_the_newest_without_it(browser, parted_site):
    page = browser.new_page()
    try:
        found = top_results((page, parted_site), "1.001193")
        assert found[0] == "thu-tuc/dang-ky-khai-sinh/", found
        assert not any(path.startswith("tin-tuc/2025-03-") for path in result_paths(page))
    finally:
        page.close()


@pytest.fixture(scope="module")
def engine_pages(browser, parted_site, gzip_site):
    context = browser.new_context()
    pages = []
    for site in (parted_site, gzip_site):
        page = context.new_page()
        page.goto(site + "tim-kiem/")
        page.wait_for_function("window.PortalQuickSearch !== undefined")
        pages.append(page)
    yield pages
    context.close()


@pytest.mark.parametrize("query, filters", [
    ("dang ky", []), ("đăng ký khai sinh", []), ("cải cách hành chính", []), ("cai cach", [["year", "2024"]]),
    ("dang ky", [["type", "Thủ tục hành chính"]]), ("tuyen truyen", [["type", "Tin tức"]]), ("Khánh Hòa", []),
])
def test_the_quick_tier_in_two_parts_matches_the_same_pages(engine_pages, query, filters):
    parted, whole = (quick_top(page, query, filters, count=100) for page in engine_pages)
    assert parted["total"] == whole["total"] > 0, query
    assert {item["url"] for item in parted["items"]} == {item["url"] for item in whole["items"]}


def test_a_new_item_leaves_the_base_part_byte_for_byte(parted, tmp_path):
    project = tmp_path / "repo"
    shutil.copytree(parted, project, ignore=shutil.ignore_patterns("site"))
    before = digests(parted / "site")
    (project / "content" / "news" / "2026-11-20-hoi-nghi-luu-tru-dien-tu.md").write_text(NEWS, encoding="utf-8")
    result = build(project)
    assert result.returncode == 0, result.stderr
    after = digests(project / "site")
    changed = {path for path in set(before) | set(after) if before.get(path) != after.get(path)}
    search = {path for path in changed if path.startswith(("pagefind", "tim-kiem-nhanh/"))}
    assert not {path for path in search if path.startswith("pagefind")}  # Pagefind did not run: base unchanged
    assert {path for path in search if path.startswith("tim-kiem-nhanh/")} <= {
        "tim-kiem-nhanh/manifest.json", "tim-kiem-nhanh/d/2.json"} | {f"tim-kiem-nhanh/r/{n}.json" for n in range(RECENT_BUCKETS)}
    assert len(search) <= 2 + RECENT_BUCKETS, sorted(search)


def test_an_edited_older_item_patches_the_base_part_to_a_clean_builds_bytes(parted, tmp_path):
    project = tmp_path / "repo"
    shutil.copytree(parted, project, ignore=shutil.ignore_patterns("site"))
    before = digests(parted / "site")
    older = project / "content" / "news" / "2025-03-05-ban-tin-luu-tru.md"  # in the base, not the newest
    older.write_text(older.read_text(encoding="utf-8").replace("của văn thư.\n", "của lưu trữ.\n"),
                     encoding="utf-8")  # as many words: the average length stays
    result = build(project)
    assert result.returncode == 0, result.stderr
    assert "quick search base part patched" in result.stderr
    clean = tmp_path / "clean"
    shutil.copytree(project, clean, ignore=shutil.ignore_patterns("site", ".cache"))
    assert build(clean).returncode == 0
    quick = {path: digest for path, digest in digests(project / "site").items() if path.startswith("tim-kiem-nhanh/")}
    assert quick == {path: digest for path, digest in digests(clean / "site").items()
                     if path.startswith("tim-kiem-nhanh/")}
    changed = {path for path, digest in quick.items() if before.get(path) != digest and path.startswith("tim-kiem-nhanh/t/")}
    assert 0 < len(changed) < len([path for path in quick if path.startswith("tim-kiem-nhanh/t/")]) / 2, sorted(changed)
