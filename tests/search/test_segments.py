"""How the pages are split for search: oldest first, a base in whole blocks, the newest apart."""

from __future__ import annotations

from site_builder.search.quick_record import SearchRecord
from site_builder.search.segments import Split


def records(count: int) -> list[SearchRecord]:
    return [SearchRecord(url=f"tin-tuc/{n:04d}/", title="", date=f"01/01/{2000 + n // 12}") for n in range(count)]


def test_the_base_is_whole_blocks_and_the_newest_pages_follow():
    split = Split.of(list(reversed(records(300))), segment=32)
    assert split.base == 288
    assert [record.url for record in split.records] == [record.url for record in records(300)]


def test_pagefind_indexes_the_base_in_one_bundle_and_not_the_newest_pages():
    split = Split.of(records(300), segment=32)
    bundles = split.pagefind_bundles()
    assert {name: len(urls) for name, urls in bundles.items()} == {"pagefind": 288} and split.pagefind_pages == 288
    assert bundles["pagefind"][0] == "tin-tuc/0000/" and bundles["pagefind"][-1] == "tin-tuc/0287/"


def test_pagefind_indexes_all_of_a_site_under_one_segment_and_an_empty_site_has_no_bundle():
    small = Split.of(records(20), segment=32)
    assert {name: len(urls) for name, urls in small.pagefind_bundles().items()} == {"pagefind": 20}
    assert small.pagefind_pages == 20
    assert Split.of([], segment=32).pagefind_bundles() == {}
