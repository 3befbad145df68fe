"""Both search tiers at the end of a build: Pagefind indexes the written pages in its
own process while this one builds the quick tier. The preview server lets Pagefind
catch up behind. Without Pagefind the quick tier answers all. Both split the pages
the same way (`segments.py`): a base and the newest pages."""

from __future__ import annotations

from pathlib import Path

from site_builder.search.index import (
    finish_search_index,
    start_search_index,
    start_search_index_in_background,
)
from site_builder.search.quick_index import build_quick_index, write_quick_index
from site_builder.search.segments import Split


def write_search_indexes(records: list, site_dir: Path, *, use_pagefind: bool, serving: bool, segment: int,
                         pagefind_cache: Path | None = None) -> None:
    """Raises SearchIndexError when Pagefind fails. pagefind_cache: Pagefind bundles kept
    between builds, reused when their pages are unchanged."""
    bundles = Split.of(records, segment).pagefind_bundles() if use_pagefind else {}

    def quick() -> None:
        index = build_quick_index(records, answers_all=not use_pagefind, segment=segment, pagefind=tuple(bundles))
        write_quick_index(index, site_dir)

    if serving:  # the quick tier here, not in a thread: it would hold the GIL against the preview's fast path
        if bundles:
            start_search_index_in_background(site_dir, bundles, pagefind_cache)
        quick()
        return
    if not bundles:
        quick()
        return
    pagefind = start_search_index(site_dir, bundles, pagefind_cache)
    try:
        quick()
    except BaseException:
        pagefind.kill()
        raise
    finish_search_index(pagefind)
