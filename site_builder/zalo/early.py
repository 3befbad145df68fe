"""Zalo packages handed to the image workers as their items are rendered.

A package is made from its item's rendered body (an lxml parse, the body's blocks,
JSON: ~0.5 ms an item, ~4-5 s of a 10,000-page full build's build process). In a full
build the build process is the longest path and the workers end their images before it
ends, so the packages go to them in batches while the pages render: a worker writes each
where the page cache keeps it (`PageReuse.memo_path`) and `FeedPublisher.prepare` only
names it. Without running workers (one core; a build that draws no image, such as most
rebuilds) nothing is taken, and prepare makes the packages as before."""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Callable

from site_builder.feeds.items import ItemHead, item_head
from site_builder.images.cache import store as store_file
from site_builder.output.page_cache import RenderedBodies
from site_builder.zalo.package import (
    JSON_NAME,
    ZaloNames,
    package_json,
    package_names,
    packaged_entries,
)

BATCH = 40  # items a job: ~20 ms of a worker's time, for one hand-over

# (where, head, body as RenderedBodies holds it, names, site URL): the body compressed, the
# same bytes the build holds, so that the batches waiting behind the images (a full build's
# ~8,800 items) add no copy of ~10 KB each to the build's memory.
Package = tuple[str, ItemHead, bytes, ZaloNames, str]


def write_packages(packages: tuple[Package, ...]) -> None:
    """In a worker: each package's JSON, written where the page cache keeps it."""
    for path, head, body, names, site_url in packages:
        store_file(Path(path), package_json(head, RenderedBodies.text_of(body), names, site_url))


class PackagesForWorkers:
    """bodies: the pages' rendered bodies; memo_path(src_uri, kind): where the page cache
    keeps the page's file of that kind (None for a page without a fingerprint); workers:
    the image pipeline, whose running workers are offered the batches."""

    def __init__(self, site, store, site_url: str, bodies: RenderedBodies,
                 memo_path: Callable[[str, str], str | None], workers) -> None:
        self.site, self.store, self.site_url, self.bodies = site, store, site_url, bodies
        self.memo_path, self.workers = memo_path, workers
        self.taken: dict[str, str] = {}  # src_uri -> where its package is being written
        self._batch: list[Package] = []

    @functools.cached_property
    def entries(self) -> dict:
        """The items with a package (every feed's entries), by src_uri: made once asked for,
        so a build without workers (the dev server's fast path) never walks the feeds."""
        return packaged_entries(self.site)

    def rendered(self, src_uri: str) -> None:
        """An item's body is rendered (and in bodies): its package to the workers, unless kept already."""
        if not self.workers.running():
            return
        entry = self.entries.get(src_uri)
        if entry is None:
            return
        path, body = self.memo_path(src_uri, JSON_NAME), self.bodies.compressed(src_uri)
        if path is None or body is None or os.path.exists(path):
            return
        self._batch.append((path, item_head(entry, self.store, self.site_url), body,
                            package_names(self.site, src_uri), self.site_url))
        self.taken[src_uri] = path
        if len(self._batch) >= BATCH:
            self.flush()

    def flush(self) -> None:
        """The batch begun handed over (before the packages are asked for)."""
        if self._batch:
            self.workers.offer(write_packages, tuple(self._batch))
            self._batch = []
