"""The scale benchmark's smoke run: `python -m site_builder.bench --pages 1000` end to
end (corpus, plain Material baseline, our cold build, rebuild, added item, dev server),
then the output checked for completeness. Its timings are printed, never asserted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from site_builder.bench.corpus import CorpusShape, generate
from site_builder.bench.measure import digests
from site_builder.bench.search import STATUS_DONE
from site_builder.bench.serving import SiteServer

REPOSITORY = Path(__file__).resolve().parents[2]


def test_the_corpus_is_the_same_bytes_every_time(tmp_path):
    first = generate(tmp_path / "a", 200, REPOSITORY)
    second = generate(tmp_path / "b", 200, REPOSITORY)
    assert digests(first.root / "content") == digests(second.root / "content")
    assert digests(first.root / "material" / "docs") == digests(second.root / "material" / "docs")


def test_the_corpus_has_the_proportions_of_a_province_portal():
    shape = CorpusShape.for_pages(10_000)
    assert (shape.news, shape.procedures, shape.episodes, shape.plans + shape.reports + shape.documents) == \
        (6000, 2000, 500, 300)


@pytest.fixture(scope="module")
def bench_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bench")
    result = subprocess.run([sys.executable, "-m", "site_builder.bench", "--pages", "1000", "--folder", str(folder),
                             "--repeat", "2"],
                            cwd=REPOSITORY, capture_output=True, text=True, timeout=1200)
    print(result.stdout[-3000:])
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return folder / "corpus-1000"


def test_the_benchmark_reports_every_measurement(bench_run):
    results = json.loads((bench_run / "results.json").read_text(encoding="utf-8"))
    for build in ("material_full", "ours_full", "ours_rebuild", "ours_rebuild_newest", "pagefind_full",
                  "pagefind_rebuild"):
        assert results[build]["seconds"] > 0 and results[build]["files"] > 1000 and results[build]["peak_mb"] > 0
    assert len(results["ours_rebuild"]["runs"]) == 2 and results["ours_rebuild"]["seconds"] in \
        results["ours_rebuild"]["runs"]
    # Both full builds three times, in pairs (Material's, then ours): the medians compared, and each pair
    material, full = results["material_full"], results["ours_full"]
    for build in (material, full):
        assert len(build["runs"]) == 3 and build["seconds"] == sorted(build["runs"])[1]
    assert results["ratios"]["full_vs_material"] == round(full["seconds"] / material["seconds"], 2)
    assert results["ratios"]["full_vs_material_pairs"] == [round(ours / theirs, 2) for ours, theirs in
                                                           zip(full["runs"], material["runs"])]
    assert set(results["ratios"]) == {"full_vs_material", "full_vs_material_pairs", "rebuild_vs_material_full",
                                      "rebuild_newest_vs_material_full"}
    assert full["differing_files"] == 0  # the same content built again from empty caches: the same bytes
    assert not (bench_run.parent / "set-aside").exists()  # the old outputs moved aside are deleted at the end
    assert results["changed_by_one_news_item"]["total"] > 0
    for rebuild in ("ours_rebuild", "ours_rebuild_newest"):  # the edited page and its listings at least
        changed = results[rebuild]["changed"]
        assert changed["other"] >= 2 and changed["total"] == changed["other"] + changed["search_index"]
    assert "- files changed by editing an older news item: " in (bench_run / "results.md").read_text(encoding="utf-8")
    assert results["serve"]["page_seconds"] > 0 and results["serve"]["listing_seconds"] > 0
    assert "| Portal, full build, empty caches (median of 3: " in (bench_run / "results.md").read_text(encoding="utf-8")


def test_the_1000_page_build_is_complete(bench_run):
    site, content = bench_run / "site", bench_run / "content"
    shape = CorpusShape.for_pages(1000)
    news = sorted((content / "news").glob("*.md"))
    procedures = sorted((content / "procedures").glob("*.md"))
    assert (len(news), len(procedures)) == (shape.news, shape.procedures)
    for source in news:
        folder = site / "tin-tuc" / source.stem
        assert (folder / "index.html").is_file() and (folder / "zalo.json").is_file(), source.name
        assert (folder / "anh-chia-se.jpg").is_file() or (folder / "the-chia-se.png").is_file(), source.name
    for source in procedures:
        assert (site / "thu-tuc" / source.stem / "ma-qr.svg").is_file(), source.name
    episodes = sorted((content / "episodes").glob("*.md"))
    assert len(episodes) == shape.episodes
    for source in episodes:
        assert (site / "phat-thanh" / source.stem / "index.html").is_file(), source.name
    sitemap = ElementTree.parse(site / "sitemap.xml").getroot()
    urls = [loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert len(urls) == len(list(site.rglob("index.html")))  # every page, each once
    assert len(set(urls)) == len(urls)
    manifest = json.loads((site / "tim-kiem-nhanh" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["answers_all"] and not (site / "pagefind").exists()  # the quick tier answers every query
    assert manifest["pages"] == len(list(site.rglob("noi-dung.txt"))) >= shape.entries  # each indexed page's text
    with_pagefind = bench_run.parent / f"{bench_run.name}-pagefind" / "site"
    assert (with_pagefind / "pagefind" / "pagefind-entry.json").is_file()
    manifest = json.loads((with_pagefind / "tim-kiem-nhanh" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["pagefind"] == ["pagefind"]  # the base; the newest pages are in the quick tier alone
    assert len(list((with_pagefind / "pagefind" / "fragment").iterdir())) == manifest["pagefind_pages"] \
        == manifest["base"]
    for feed in ("feed.xml", "feed.atom", "tin-tuc/feed.xml", "thu-tuc/feed.xml"):
        ElementTree.parse(site / feed)  # well-formed


def test_common_queries_on_1000_pages_go_to_the_quick_tier_and_filter_exactly(bench_run, browser):
    with SiteServer(bench_run / "site") as server:
        page = browser.new_page()
        page.goto(server.url + "tim-kiem/?q=" + "c%E1%BA%A3i%20c%C3%A1ch%20h%C3%A0nh%20ch%C3%ADnh")  # cải cách hành chính
        page.wait_for_function(STATUS_DONE)
        results = page.locator("[data-portal-search-results]")
        assert results.get_attribute("data-engine") == "nhanh"
        titles = results.locator("h2").all_inner_texts()
        assert len(titles) == 20 and "cải cách hành chính" in titles[0].lower()
        page.select_option("#loc-loai", "Phát thanh")
        page.wait_for_function(STATUS_DONE)
        kinds = results.locator(".portal-list__kicker").all_inner_texts()
        assert kinds and all(kind.startswith("Phát thanh") for kind in kinds)
        page.close()
