"""Search at scale, in a real Chromium: for common and rare queries, the bytes the
browser transfers from pressing Enter until results show and the time that takes,
on our site's search page (the quick tier, and Pagefind where a site has it) and on
the plain Material build (lunr), each served gzip-compressed from a cold browser cache.
Also Pagefind's indexing time, peak memory and index size on the site's base, whether
or not the build ran it."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from site_builder.bench.measure import run_measured, tree_stats
from site_builder.bench.serving import SiteServer
from site_builder.search.pagefind_bundles import runner_command, write_plan

CHROMIUM = "/usr/bin/chromium"
# Without these Chromium tries Google's hosts at start; this machine has no network.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
STATUS_DONE = ("document.querySelector('[data-portal-search-status]').textContent.length > 0 && "
               "!document.querySelector('[data-portal-search-status]').textContent.startsWith('Đang')")


def queries_for(content: Path) -> list[tuple[str, str]]:
    """(kind, query): the commonest phrases of a reform portal, and rare ones taken from
    the corpus itself (a procedure code, a plan's number-symbol)."""
    procedure = sorted((content / "procedures").glob("*.md"))[len(list((content / "procedures").glob("*.md"))) // 2]
    code = next(line.split('"')[1] for line in procedure.read_text(encoding="utf-8").splitlines()
                if line.startswith("code:"))
    plan = sorted((content / "plans").glob("*.md"))[-1]
    number = next(line.split('"')[1] for line in plan.read_text(encoding="utf-8").splitlines()
                  if line.startswith("number:"))
    return [("common", "cải cách hành chính"), ("common", "thủ tục hành chính"), ("common", "cai cach hanh chinh"),
            ("rare", code), ("rare", number), ("rare", "Trường Sa"),
            ("common", "dịch vụ công trực tuyến"), ("common", "dang ky khai sinh")]


def _browser(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def _transfer_counter(context, page) -> dict:
    """Bytes on the wire (headers and compressed bodies) of every request that finishes."""
    counter = {"bytes": 0, "requests": 0}

    def finished(request) -> None:
        sizes = request.sizes()
        counter["bytes"] += sizes["responseBodySize"] + sizes["responseHeadersSize"]
        counter["requests"] += 1

    page.on("requestfinished", finished)
    return counter


def portal_queries(site: Path, queries: list[tuple[str, str]]) -> list[dict]:
    from playwright.sync_api import sync_playwright

    results = []
    with SiteServer(site) as server, sync_playwright() as playwright:
        browser = _browser(playwright)
        for kind, query in queries:
            context = browser.new_context()  # a cold cache for every query
            page = context.new_page()
            page.goto(server.url + "tim-kiem/", wait_until="load")
            page.wait_for_timeout(300)
            counter = _transfer_counter(context, page)
            page.fill("#tu-khoa", query)
            start = time.perf_counter()
            page.press("#tu-khoa", "Enter")
            page.wait_for_function(STATUS_DONE, timeout=120_000)
            seconds = time.perf_counter() - start
            page.wait_for_timeout(500)  # the CDP events are delivered while Playwright waits, not during sleep
            found = page.locator("[data-portal-search-results] li").count()
            answered_by = page.get_attribute("[data-portal-search-results]", "data-engine")
            results.append({"engine": f"portal ({answered_by})", "kind": kind, "query": query, "ms": round(seconds * 1000),
                            "kb": round(counter["bytes"] / 1024), "requests": counter["requests"],
                            "results_shown": found})
            context.close()
        browser.close()
    return results


def material_queries(site: Path, queries: list[tuple[str, str]], timeout_s: float = 300) -> list[dict]:
    """Material's search: its worker downloads the whole index and builds lunr before the
    first answer, so the first query pays for everything."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    results = []
    with SiteServer(site) as server, sync_playwright() as playwright:
        browser = _browser(playwright)
        for kind, query in queries:
            context = browser.new_context()
            page = context.new_page()
            counter = _transfer_counter(context, page)
            page.goto(server.url, wait_until="load")
            before = counter["bytes"]
            start = time.perf_counter()
            page.fill("input.md-search__input", query)
            try:
                page.wait_for_selector(".md-search-result__item", timeout=timeout_s * 1000)
                seconds = round((time.perf_counter() - start) * 1000)
            except PlaywrightTimeout:
                seconds = None
            page.wait_for_timeout(500)
            results.append({"engine": "material-lunr", "kind": kind, "query": query, "ms": seconds,
                            "kb": round((counter["bytes"] - before) / 1024),
                            "results_shown": page.locator(".md-search-result__item").count()})
            context.close()
        browser.close()
    return results


def pagefind_indexing(site: Path) -> dict:
    """Pagefind alone on a copy of the built site, indexing what the build gives it (the
    base part, `segments.py`): time, peak memory, index size."""
    from site_builder.search.segments import PAGEFIND_BUNDLE

    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "site"
        shutil.copytree(site, copy, ignore=shutil.ignore_patterns(PAGEFIND_BUNDLE), copy_function=os.link)
        write_plan(copy, _bundles_of(site))
        run = run_measured(runner_command(copy), copy, dict(os.environ))
        index = tree_stats(copy / PAGEFIND_BUNDLE)
    return {"seconds": round(run.seconds, 1), "peak_mb": round(run.peak_mb), "index_files": index.files,
            "index_mb": round(index.bytes / 1e6, 1)}


def _bundles_of(site: Path) -> dict[str, list[str]]:
    """The build's split, read back from the quick tier: pages oldest first and the base size."""
    import json
    from types import SimpleNamespace

    from site_builder.search.quick_index import FOLDER
    from site_builder.search.segments import Split

    folder = site / FOLDER
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    urls = []
    for number in range((manifest["pages"] + manifest["docs_per_file"] - 1) // manifest["docs_per_file"]):
        urls += [card[0] for card in json.loads((folder / "d" / f"{number}.json").read_text(encoding="utf-8"))]
    return Split([SimpleNamespace(url=url) for url in urls], manifest["base"]).pagefind_bundles()


def quick_index(site: Path) -> dict:
    """The quick tier's files (site_builder/search/quick_index.py)."""
    import json

    from site_builder.search.quick_index import FOLDER

    folder = site / FOLDER
    index = tree_stats(folder)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return {"index_files": index.files, "index_mb": round(index.bytes / 1e6, 1),
            "frequent_words": len(manifest["frequent"])}


def material_index(site: Path) -> dict:
    import gzip

    data = (site / "search" / "search_index.json").read_bytes()
    return {"raw_mb": round(len(data) / 1e6, 1), "gzip_mb": round(len(gzip.compress(data, 6)) / 1e6, 1)}
