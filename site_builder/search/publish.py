"""Both search tiers at the end of a build. Pagefind indexes the written pages in its
own process, started as soon as every page is made (a reused page read from the page
cache while the build links it into the site): the build places pages and images and
writes feeds and the quick tier meanwhile (Pagefind uses one core; at 10,000 pages it runs 12 s,
which the rest of the build then hides in part). The preview server lets Pagefind
catch up behind. Without Pagefind the quick tier answers all. Both split the pages
the same way (`segments.py`): a base and the newest pages."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from site_builder.forked import alongside
from site_builder.reporting import log
from site_builder.search.index import (
    finish_search_index,
    start_search_index,
    start_search_index_in_background,
)
from site_builder.search.quick_index import (
    base_part_is_light,
    quick_index_of,
    write_quick_index,
)
from site_builder.search.segments import Split

BASE_SHOWN = {"kept": "giữ nguyên", "patched": "sửa theo các trang đã sửa", "made": "làm lại"}


@dataclass
class SearchIndexes:
    """One build's search indexes: `start` once the pages are written, `finish` at the
    end of the build (or `abort` when the build fails)."""

    site_dir: Path
    use_pagefind: bool
    split: Split  # the records, oldest first, in a base and the newest: one split for both tiers
    cache: Path | None = None
    bundles: dict[str, list[str]] = field(default_factory=dict)  # Pagefind's, by `segments.py`
    pagefind: subprocess.Popen | None = None
    quick_tier_written: bool = False

    @classmethod
    def start(cls, records: list, site_dir: Path, *, use_pagefind: bool, serving: bool, segment: int,
              cache: Path | None = None, page_files: dict[str, Path] | None = None) -> SearchIndexes:
        """cache: a folder of the build cache, where Pagefind bundles (`pagefind/`) and the
        quick tier's base part (`tim-kiem-nhanh/`) are kept and reused while their pages
        are unchanged. page_files: URL -> the file of a page not yet placed in the site
        (a reused page's cached HTML), so Pagefind need not wait for it."""
        split = Split.of(records, segment)
        bundles = split.pagefind_bundles() if use_pagefind else {}
        indexes = cls(site_dir, use_pagefind, split, cache, bundles)
        pagefind_cache = cache / "pagefind" if cache else None
        if bundles and serving:
            start_search_index_in_background(site_dir, bundles, pagefind_cache, page_files)
        elif bundles:
            indexes.pagefind = start_search_index(site_dir, bundles, pagefind_cache, page_files)
        return indexes

    def write_quick_tier(self, meanwhile: Callable[[], None] = lambda: None,
                         placing: Callable[[], None] = lambda: None) -> None:
        """The quick tier and meanwhile() (the rest of the build's end: it waits for the
        image workers). With its base part kept or patched (a rebuild) the quick tier runs
        in a forked copy of the build beside meanwhile(): ~0.5 s at 10,000 pages, ~1.2 s
        patched. A base part made anew (a full build) is not: the fork reads every record, so
        copies their memory (an older item's rebuild peaked at 600 MB that way); it is made
        here, before meanwhile() waits for the image workers' last photos, so the two share
        the cores (made after them, it left one idle ~2-3 s of a 10,000-page build). Beside
        the workers it made the build's peak, 619 MB, until the pages' Markdown was let go as
        they were written and the freed memory given back (`freed_memory.py`): 581 MB.
        placing(): links of files the cache holds, which nothing after reads, done with the
        quick tier: in the fork they are off the build's path (a rebuild: ~0.4 s of links
        there, where the quick tier's patch is ~0.3 s and meanwhile() ~1 s)."""
        try:
            if base_part_is_light(self.split, self._base_cache()):
                alongside(lambda: (placing(), self._write_quick_tier()), meanwhile)
            else:
                placing()
                self._write_quick_tier()
                meanwhile()
        except BaseException:
            self.abort()
            raise
        self.quick_tier_written = True

    def _base_cache(self) -> Path | None:
        return self.cache / "tim-kiem-nhanh" if self.cache else None

    def _write_quick_tier(self) -> None:
        index = quick_index_of(self.split, answers_all=not self.use_pagefind, pagefind=tuple(self.bundles),
                               base_cache=self._base_cache())
        base_cache = self._base_cache()
        write_quick_index(index, self.site_dir, base_cache / "files" if base_cache else None)
        log.info(f"Tìm kiếm nhanh: phần nền {BASE_SHOWN[index.base]} (quick search base part {index.base})")

    def finish(self) -> None:
        """The quick tier unless written, then Pagefind's end. Raises SearchIndexError when Pagefind failed."""
        if not self.quick_tier_written:
            self.write_quick_tier()
        if self.pagefind is not None:
            finish_search_index(self.pagefind)

    def abort(self) -> None:
        """Stops Pagefind (the runner ends the Pagefind process it started on SIGTERM)."""
        if self.pagefind is not None and self.pagefind.poll() is None:
            self.pagefind.terminate()
            try:
                self.pagefind.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.pagefind.kill()
                self.pagefind.wait()
