"""Pagefind bundles with the real Pagefind: each bundle indexes its own pages, and a
bundle whose pages did not change is linked from the cache, the same bytes."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

from site_builder.bench.measure import digests
from site_builder.search.pagefind_bundles import (
    SOURCES,
    index_bundles,
    runner_command,
    write_plan,
)
from site_builder.search.pagefind_source import indexed_part

PAGE = ('<!doctype html><html lang="vi"><head><title>{title}</title></head><body><nav>Trang chủ</nav>'
        '<main data-pagefind-body><h1>{title}</h1><p>{text}</p></main></body></html>')


def write_site(site, texts: dict[str, str]) -> None:
    for url, text in texts.items():
        (site / url).mkdir(parents=True, exist_ok=True)
        (site / url / "index.html").write_text(PAGE.format(title=url, text=text), encoding="utf-8")


def fragments(bundle) -> int:
    return len(list((bundle / "fragment").iterdir()))


BUNDLES = {"pagefind": ["tin-tuc/a/", "tin-tuc/b/"], "pagefind-moi": ["tin-tuc/c/"]}


def test_each_bundle_indexes_its_pages_and_unchanged_ones_are_reused(tmp_path):
    site, cache = tmp_path / "site", tmp_path / "cache"
    write_site(site, {"tin-tuc/a/": "đăng ký khai sinh", "tin-tuc/b/": "khai tử", "tin-tuc/c/": "kết hôn"})
    write_plan(site, BUNDLES, cache)
    assert index_bundles(site) == ["pagefind", "pagefind-moi"]
    assert (fragments(site / "pagefind"), fragments(site / "pagefind-moi")) == (2, 1)
    assert not (site / SOURCES).exists() and not (site / "pagefind" / "tin-tuc").exists()
    first = digests(site)

    write_plan(site, BUNDLES, cache)
    assert index_bundles(site) == []  # nothing changed: both linked from the cache
    assert digests(site) == first

    write_site(site, {"tin-tuc/c/": "kết hôn có yếu tố nước ngoài"})
    write_plan(site, BUNDLES, cache)
    assert index_bundles(site) == ["pagefind-moi"]
    entry = json.loads((site / "pagefind-moi" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["vi"]["page_count"] == 1


def test_bundles_of_an_earlier_split_leave_the_cache(tmp_path):
    site, cache = tmp_path / "site", tmp_path / "cache"
    write_site(site, {"tin-tuc/a/": "một", "tin-tuc/b/": "hai", "tin-tuc/c/": "ba"})
    write_plan(site, BUNDLES, cache)
    index_bundles(site)
    write_plan(site, {"pagefind": ["tin-tuc/a/", "tin-tuc/b/", "tin-tuc/c/"]}, cache)
    assert index_bundles(site) == ["pagefind"]
    assert sorted(path.name for path in cache.iterdir()) == ["pagefind"]


def test_the_source_folder_kept_in_the_cache_follows_the_pages(tmp_path):
    site, cache = tmp_path / "site", tmp_path / "cache"
    write_site(site, {"tin-tuc/a/": "một", "tin-tuc/b/": "hai", "tin-tuc/c/": "ba"})
    write_plan(site, {"pagefind": ["tin-tuc/a/", "tin-tuc/b/"]}, cache)
    index_bundles(site)
    source = cache / "pagefind" / "source"
    assert sorted(p.relative_to(source).as_posix() for p in source.rglob("*.html")) == \
        ["tin-tuc/a/index.html", "tin-tuc/b/index.html"]
    assert (source / "tin-tuc/a/index.html").read_bytes() == indexed_part((site / "tin-tuc/a/index.html").read_bytes())
    assert b"<nav>" not in (source / "tin-tuc/a/index.html").read_bytes()  # only what Pagefind indexes

    (site / "tin-tuc/b/index.html").unlink()  # rendered again: a new file, new words
    write_site(site, {"tin-tuc/b/": "hai mươi"})
    write_plan(site, {"pagefind": ["tin-tuc/b/", "tin-tuc/c/"]}, cache)
    assert index_bundles(site) == ["pagefind"]
    assert sorted(p.relative_to(source).as_posix() for p in source.rglob("*.html")) == \
        ["tin-tuc/b/index.html", "tin-tuc/c/index.html"]  # a/ left the bundle
    assert (source / "tin-tuc/b/index.html").read_bytes() == indexed_part((site / "tin-tuc/b/index.html").read_bytes())
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["vi"]["page_count"] == 2
    fresh = tmp_path / "fresh"
    write_site(fresh, {"tin-tuc/b/": "hai mươi", "tin-tuc/c/": "ba"})
    write_plan(fresh, {"pagefind": ["tin-tuc/b/", "tin-tuc/c/"]})
    index_bundles(fresh)  # no cache: a folder made for the run
    assert digests(fresh / "pagefind") == digests(site / "pagefind")


def test_a_page_not_yet_in_the_site_is_read_from_the_file_the_plan_names(tmp_path):
    site, cached = tmp_path / "site", tmp_path / "pages"
    write_site(site, {"tin-tuc/a/": "một"})
    write_site(cached, {"tin-tuc/b/": "khai sinh"})  # a reused page, linked into the site later
    write_plan(site, {"pagefind": ["tin-tuc/a/", "tin-tuc/b/"]}, tmp_path / "cache",
               files={"tin-tuc/b/": cached / "tin-tuc/b/index.html"})
    index_bundles(site)
    whole = tmp_path / "whole"
    write_site(whole, {"tin-tuc/a/": "một", "tin-tuc/b/": "khai sinh"})
    write_plan(whole, {"pagefind": ["tin-tuc/a/", "tin-tuc/b/"]})
    index_bundles(whole)
    assert digests(site / "pagefind") == digests(whole / "pagefind")
    assert not (site / "tin-tuc/b").exists()  # the runner only reads it


def test_a_stopped_runner_stops_its_pagefind_and_leaves_no_sources(tmp_path):
    site = tmp_path / "site"
    write_site(site, {f"tin-tuc/{n}/": f"trang {n} " + "cải cách hành chính " * 200 for n in range(3000)})
    write_plan(site, {"pagefind": [f"tin-tuc/{n}/" for n in range(3000)]})
    runner = subprocess.Popen(runner_command(site))
    deadline = time.monotonic() + 30
    while not any(child.name == "pagefind" for child in (site / SOURCES).glob("*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    pagefind = _children(runner.pid)
    assert pagefind, "Pagefind did not start"
    runner.terminate()
    assert runner.wait(timeout=10) == 128 + 15
    time.sleep(0.5)
    assert not any(_alive(pid) for pid in pagefind)
    assert not (site / SOURCES).exists()


def _children(pid: int) -> list[int]:
    for _ in range(200):
        found = [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
        if found:
            return found
        time.sleep(0.05)
    return []


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


def test_a_source_folder_of_linked_pages_is_replaced_without_writing_through_the_links(tmp_path):
    site, cache = tmp_path / "site", tmp_path / "cache"
    write_site(site, {"tin-tuc/a/": "một"})
    page = site / "tin-tuc/a/index.html"
    whole = page.read_bytes()
    linked = cache / "pagefind" / "source" / "tin-tuc/a/index.html"  # as an earlier release kept it
    linked.parent.mkdir(parents=True)
    linked.hardlink_to(page)
    (cache / "pagefind" / "source-pages.json").write_text(json.dumps(["tin-tuc/a/index.html"]), encoding="utf-8")
    write_plan(site, {"pagefind": ["tin-tuc/a/"]}, cache)
    assert index_bundles(site) == ["pagefind"]
    assert page.read_bytes() == whole
    assert linked.read_bytes() == indexed_part(whole) != whole
