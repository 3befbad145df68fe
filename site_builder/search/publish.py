"""Both search tiers at the end of a build: Pagefind indexes the written pages in its
own process while this one builds the quick tier. The preview server lets Pagefind
catch up behind. Without Pagefind the quick tier answers all."""

from __future__ import annotations

from pathlib import Path

from site_builder.search.index import (
    finish_search_index,
    start_search_index,
    start_search_index_in_background,
)
from site_builder.search.quick_index import build_quick_index, write_quick_index


def write_search_indexes(records: list, site_dir: Path, *, use_pagefind: bool, serving: bool) -> None:
    """Raises SearchIndexError when Pagefind fails."""
    def quick() -> None:
        write_quick_index(build_quick_index(records, answers_all=not use_pagefind), site_dir)

    if serving:  # the quick tier here, not in a thread: it would hold the GIL against the preview's fast path
        if use_pagefind:
            start_search_index_in_background(site_dir)
        quick()
        return
    if not use_pagefind:
        quick()
        return
    pagefind = start_search_index(site_dir)
    try:
        quick()
    except BaseException:
        pagefind.kill()
        raise
    finish_search_index(pagefind)
