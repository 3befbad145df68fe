"""What a build keeps for the next in the cache folder besides its caches: the facts of
source files (`source_facts.py`) and the image cache's keys (`images/cache.py`)."""

from __future__ import annotations

from pathlib import Path

from site_builder import source_facts
from site_builder.images.cache import load_keys, save_keys

FACTS = "sources.pickle"
IMAGE_KEYS = "image-keys.pickle"


def load_memos(cache_dir: Path) -> None:
    """At a build's start, before the content's checks read images' sizes."""
    source_facts.load(cache_dir / FACTS)
    load_keys(cache_dir / IMAGE_KEYS)


def save_memos(cache_dir: Path) -> None:
    source_facts.save(cache_dir / FACTS)
    save_keys(cache_dir / IMAGE_KEYS)
