"""The end of a build's search work: a quick tier whose base part is made anew is
written after the rest of the build's end (which waits for the image workers), so its
memory never adds to theirs."""

from __future__ import annotations

import os

from site_builder.search.publish import SearchIndexes
from tests.search.test_quick_index import RECORDS


def indexes(site, cache) -> SearchIndexes:
    return SearchIndexes.start(RECORDS, site, use_pagefind=False, serving=False, segment=128, cache=cache)


def test_a_base_part_made_anew_is_written_after_the_rest(tmp_path):
    manifest = tmp_path / "site" / "tim-kiem-nhanh" / "manifest.json"
    seen = []
    indexes(tmp_path / "site", tmp_path / "cache").write_quick_tier(lambda: seen.append(manifest.exists()))
    assert seen == [False] and manifest.is_file()


def tree(folder):
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def test_the_quick_tier_is_linked_from_the_cache_with_the_bytes_written_without_one(tmp_path):
    indexes(tmp_path / "plain", None).write_quick_tier()
    indexes(tmp_path / "first", tmp_path / "cache").write_quick_tier()
    indexes(tmp_path / "second", tmp_path / "cache").write_quick_tier()  # a rebuild: the same files
    written = tree(tmp_path / "plain")
    assert tree(tmp_path / "first") == written == tree(tmp_path / "second")
    kept = tmp_path / "cache" / "tim-kiem-nhanh" / "files"
    inodes = {path.stat().st_ino for path in kept.iterdir()}
    for name in written:
        first, second = (tmp_path / site / name for site in ("first", "second"))
        assert first.stat().st_ino == second.stat().st_ino and first.stat().st_ino in inodes, name


def test_placing_runs_with_the_quick_tier_in_a_forked_copy_when_its_base_is_light(tmp_path):
    def placing():
        (tmp_path / f"placed-{os.getpid()}").write_text("linked")

    indexes(tmp_path / "site1", tmp_path / "cache").write_quick_tier(placing=placing)  # base made: here
    assert [p.name for p in tmp_path.glob("placed-*")] == [f"placed-{os.getpid()}"]
    for placed in tmp_path.glob("placed-*"):
        placed.unlink()
    ran_meanwhile = []
    indexes(tmp_path / "site2", tmp_path / "cache").write_quick_tier(lambda: ran_meanwhile.append(os.getpid()),
                                                                     placing)  # base kept: in the fork
    placed = [p.name for p in tmp_path.glob("placed-*")]
    assert ran_meanwhile == [os.getpid()] and len(placed) == 1 and placed != [f"placed-{os.getpid()}"]
    assert (tmp_path / "site2" / "tim-kiem-nhanh" / "manifest.json").is_file()
