"""How the pages are split for search: oldest first, a base in whole blocks, the newest apart."""

from __future__ import annotations

from site_builder.search.quick_record import SearchRecord
from site_builder.search.segments import Split, is_bundle


def records(count: int) -> list[SearchRecord]:
    return [SearchRecord(url=f"tin-tuc/{n:04d}/", title="", date=f"01/01/{2000 + n // 12}") for n in range(count)]


def test_the_base_is_whole_blocks_and_the_newest_pages_follow():
    split = Split.of(list(reversed(records(300))), segment=32)
    assert split.base == 288
    assert [record.url for record in split.records] == [record.url for record in records(300)]


def test_pagefind_bundles_hold_base_blocks_then_the_newest_pages():
    bundles = Split.of(records(300), segment=32).pagefind_bundles(block=64)
    assert list(bundles) == ["pagefind", "pagefind-2", "pagefind-3", "pagefind-4", "pagefind-5", "pagefind-moi"]
    assert [len(urls) for urls in bundles.values()] == [64, 64, 64, 64, 32, 12]
    assert bundles["pagefind"][0] == "tin-tuc/0000/" and bundles["pagefind-moi"][-1] == "tin-tuc/0299/"
    assert all(is_bundle(name) for name in bundles) and not is_bundle("phat-thanh")


def test_by_default_the_base_is_one_bundle():
    bundles = Split.of(records(300), segment=32).pagefind_bundles()
    assert {name: len(urls) for name, urls in bundles.items()} == {"pagefind": 288, "pagefind-moi": 12}


def test_a_site_under_one_segment_has_one_bundle_and_an_empty_site_none():
    assert list(Split.of(records(20), segment=32).pagefind_bundles()) == ["pagefind"]
    assert Split.of([], segment=32).pagefind_bundles() == {}
