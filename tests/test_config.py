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

