"""The page cache's part in one build, across MkDocs' page events: which pages are
reused (decided before MkDocs converts their Markdown), what a reused page restores
(anchors, body, srcset images), what a rendered page leaves in the cache, and the
cached HTML linked into the site at the end."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from site_builder.output.link import link_or_copy
from site_builder.output.page_cache import (
    SKIPPED_PAGE_FILTER,
    CachedPage,
    PageCache,
    RenderedBodies,
    render_nothing,
)


@dataclass(frozen=True)
class KeptPage:
    """What on_post_page leaves of a page: the cached HTML file linked into the site
    at the end (None when MkDocs must write the page itself: it has no fingerprint),
    and what was derived from its HTML, by kind."""
    html: str | Path | None
    derived: dict[str, bytes]


Derive = Callable[[str], bytes]  # a page's HTML -> something derived from it alone


class PageReuse:
    def __init__(self, cache: PageCache) -> None:
        self.cache = cache
        self.fingerprints: dict[str, str | None] = {}
        self._reused: dict[str, CachedPage] = {}  # until the page's on_post_page
        self._linked: list[tuple[str | Path, str | Path]] = []  # (cached HTML, where it goes in the site)
        self._linked_uris: set[str] = set()  # pages MkDocs does not write: their cached file is linked in
        SKIPPED_PAGE_FILTER.linked = self._linked_uris
        self._page_files: dict[str, dict[str, str]] = {}  # src_uri -> the srcset images its body names
        self.settled = 0  # reused pages MkDocs never read

    def decide(self, src_uri: str, *fingerprint_inputs) -> bool:
        """True when the cache holds the page as its inputs are now. A build decides every
        page before MkDocs reads any (the pages to render go first, `look_up` on both
        cores); the dev server's fast path decides the pages it renders again as MkDocs
        reaches them."""
        return self.record(src_uri, *self.look_up(src_uri, *fingerprint_inputs))

    def look_up(self, src_uri: str, *fingerprint_inputs) -> tuple[str | None, CachedPage | None]:
        """The page's fingerprint and what the cache holds under it; nothing recorded."""
        fingerprint = self.cache.fingerprint(src_uri, *fingerprint_inputs)
        return fingerprint, self.cache.find(fingerprint)

    def look_up_with_derived(self, src_uri: str, *fingerprint_inputs
                             ) -> tuple[str | None, CachedPage | None, dict[str, bytes]]:
        """look_up, and what was derived from the cached page (`PageCache.find_with_derived`)."""
        fingerprint = self.cache.fingerprint(src_uri, *fingerprint_inputs)
        return fingerprint, *self.cache.find_with_derived(fingerprint)

    def record(self, src_uri: str, fingerprint: str | None, cached: CachedPage | None) -> bool:
        """A look-up's outcome for this build: True when the page is reused."""
        self.fingerprints[src_uri] = fingerprint
        self.cache.count(fingerprint, cached)
        if cached is None:
            return False
        self._reused[src_uri] = cached
        self._linked_uris.add(src_uri)
        return True

    def is_decided(self, src_uri: str) -> bool:
        return src_uri in self.fingerprints

    def apply(self, page) -> bool:
        """Before MkDocs reads the page: a reused page's Markdown conversion switched off
        (not even a Markdown instance). True for a reused page."""
        if page.file.src_uri not in self._reused:
            return False
        page.render = functools.partial(render_nothing, page)
        return True

    def is_reused(self, src_uri: str) -> bool:
        return src_uri in self._reused

    def restore(self, page, rendered: RenderedBodies, variants: dict) -> bool:
        """on_page_content of a reused page: what later steps need of its last render."""
        cached = self._reused.get(page.file.src_uri)
        if cached is None:
            return False
        page.present_anchor_ids = set(cached.anchors)
        _restore_parts(page.file.src_uri, cached, rendered, variants)
        return True

    def settle(self, src_uri: str, dest_path: str, rendered: RenderedBodies, variants: dict) -> CachedPage:
        """A reused page that MkDocs will not see (`virtual_files.PortalFiles.settle`): what
        restore and finish do for it, done at once. Returns what the cache holds of it
        (its anchors, for the links from other pages to check against)."""
        cached = self._reused.pop(src_uri)
        self.settled += 1
        _restore_parts(src_uri, cached, rendered, variants)
        self._linked.append((cached.html, dest_path))
        return cached

    def note_files(self, src_uri: str, page_variants: dict) -> None:
        self._page_files[src_uri] = {site: str(path) for site, path in page_variants.items()}

    def finish(self, page, output: str, body: Callable[[], bytes], derive: dict[str, Derive]) -> KeptPage:
        """on_post_page: the page's HTML file in the cache (the reused page's, or the one
        just stored for a rendered page: a link costs the disk a fiftieth of a new file),
        and what derive makes of its HTML (kept with the page: made once per fingerprint).
        body() is asked for only when the page was rendered now (a reused one's is cached)."""
        src_uri = page.file.src_uri
        cached = self._reused.pop(src_uri, None)
        if cached is not None:
            html, derived = cached.html, cached.read_derived() if derive else {}
            for kind in derive.keys() - derived.keys():  # kept by an older build: made from the cached HTML
                derived[kind] = derive[kind](Path(html).read_text(encoding="utf-8"))
        else:
            derived = {kind: make(output) for kind, make in derive.items()}
            html = self.cache.put(self.fingerprints.get(src_uri), output, body(), page.present_anchor_ids or (),
                                  self._page_files.pop(src_uri, {}), derived)
            if html is None:
                # MkDocs writes into the file in place: never through a link into the cache (the dev server's folder)
                Path(page.file.abs_dest_path).unlink(missing_ok=True)
                return KeptPage(None, derived)
            self._linked_uris.add(src_uri)
        self._linked.append((html, Path(page.file.abs_dest_path)))
        return KeptPage(html, derived)

    def forget(self, src_uris) -> None:
        """These pages' cache entries dropped (they logged a warning: `page_warnings`): the
        next build renders them again, and warns again."""
        for src_uri in src_uris:
            self.cache.forget(self.fingerprints.get(src_uri))

    def link_cached(self) -> None:
        """The cached HTML of the pages kept so far linked into the site (and forgotten:
        a later call links those kept since)."""
        link_all(self.take_links())

    def take_links(self) -> list[tuple[str | Path, str | Path]]:
        """(cached HTML, where it goes) of the pages kept so far, for `link_all`; forgotten here."""
        linked, self._linked = self._linked, []
        return linked

    def memo_file(self, src_uri: str, kind: str, make) -> str | None:
        """What is derived from one page alone in a file, made once per page fingerprint, for
        linking into the site; None when the page has no fingerprint."""
        return self.cache.memo_file(self.fingerprints.get(src_uri), kind, make)

    def memo_path(self, src_uri: str, kind: str) -> str | None:
        """Where memo_file keeps the page's file of that kind (made or not); None without a fingerprint."""
        return self.cache.memo_path(self.fingerprints.get(src_uri), kind)

    def summary(self) -> str:
        return (f"Trang: dựng {self.cache.misses}, dùng lại {self.cache.hits}, MkDocs không đọc {self.settled} "
                f"(pages: {self.cache.misses} rendered, {self.cache.hits} reused, {self.settled} not read by MkDocs)")


def link_all(linked: list[tuple[str | Path, str | Path]]) -> None:
    for cached, target in linked:
        link_or_copy(cached, target)


def _restore_parts(src_uri: str, cached: CachedPage, rendered: RenderedBodies, variants: dict) -> None:
    """A reused page's body for the feeds (read when asked for) and its srcset images."""
    rendered.set_reader(src_uri, cached.read_body)
    variants.update({site: Path(path) for site, path in cached.files.items()})
