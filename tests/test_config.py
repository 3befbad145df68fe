"""The plugin's options in mkdocs.yml: a bad value is refused by name, in Vietnamese with English."""

from __future__ import annotations

from site_builder.config import PortalConfig


def errors_of(**options) -> list[str]:
    config = PortalConfig()
    config.load_dict(options)
    failed, _ = config.validate()
    return [f"{name}: {error}" for name, error in failed]


def test_defaults_are_valid():
    assert errors_of() == []


def test_search_segment_must_be_a_positive_multiple_of_32():
    assert errors_of(search_segment=64) == []
    for bad in (100, 0, -32):
        assert errors_of(search_segment=bad) == [
            f"search_segment: phải là bội số dương của 32 (must be a positive multiple of 32), không phải {bad}"]


def test_pagefind_block_must_be_whole_search_segments():
    assert errors_of(search_segment=64, pagefind_block=256) == [] == errors_of(pagefind_block=0)
    for bad in (96, -64):
        assert errors_of(search_segment=64, pagefind_block=bad) == [
            "pagefind_block: phải là 0 hoặc bội số của search_segment (must be 0 or a multiple of search_segment, 64), "
            f"không phải {bad}"]
