"""The end of a build's search work: a quick tier whose base part is made anew is
written after the rest of the build's end (which waits for the image workers), so its
memory never adds to theirs."""

from __future__ import annotations

from site_builder.search.publish import SearchIndexes
from tests.search.test_quick_index import RECORDS


def indexes(site, cache) -> SearchIndexes:
    return SearchIndexes.start(RECORDS, site, use_pagefind=False, serving=False, segment=128, cache=cache)


def test_a_base_part_made_anew_is_written_after_the_rest(tmp_path):
    manifest = tmp_path / "site" / "tim-kiem-nhanh" / "manifest.json"
    seen = []
    indexes(tmp_path / "site", tmp_path / "cache").write_quick_tier(lambda: seen.append(manifest.exists()))
    assert seen == [False] and manifest.is_file()
