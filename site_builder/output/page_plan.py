"""Which pages a build renders and which it reuses, decided before MkDocs reads any.

Every generated page is looked up in the page cache in on_files (its fingerprint, and
for a reused page its search record), half of them in a forked copy of the build
(`forked.on_both_cores`: ~2 s of work at 10,000 pages). The pages to render then go
first through MkDocs (`virtual_files.PortalFiles`), and once the last of them is done
every page's search record is known: Pagefind can start then, not after MkDocs' two
passes over every reused page (in a rebuild, ~3 s later).

The dev server's fast path renders pages without on_files: those are decided as MkDocs
reaches them (`PageReuse.decide`), and the search index waits for the end of the build.
"""

from __future__ import annotations

from typing import Callable

from site_builder.forked import on_both_cores
from site_builder.output.page_cache import CachedPage
from site_builder.output.page_reuse import PageReuse
from site_builder.search.quick_record import IndexedPage, SearchRecords


class PagePlan:
    def __init__(self, reuse: PageReuse, records: SearchRecords, read_records: bool) -> None:
        """read_records: take reused pages' search records from the cache now (not for
        the dev server, whose index follows the build)."""
        self.reuse, self.records, self.read_records = reuse, records, read_records
        self._pending: set[str] = set()  # pages to render not yet through on_post_page
        self._known: set[str] = set()  # reused pages whose search record came with the decision
        self._late = 0  # pages whose record or file comes only at the end of the build

    def decide(self, uris: list[str], fingerprint_inputs: Callable[[str], tuple]) -> frozenset[str]:
        """Every page of uris decided; the ones to render."""
        def look_up(part: list[str]) -> dict:
            found = {}
            for uri in part:
                if self.read_records:
                    fingerprint, cached, derived = self.reuse.look_up_with_derived(uri, *fingerprint_inputs(uri))
                    found[uri] = (fingerprint, cached, _cached_record(cached, derived))
                else:
                    fingerprint, cached = self.reuse.look_up(uri, *fingerprint_inputs(uri))
                    found[uri] = (fingerprint, cached, (False, None))
            return found

        found = on_both_cores(uris, look_up)
        for uri in uris:
            fingerprint, cached, (known, record) = found[uri]
            if not self.reuse.record(uri, fingerprint, cached):
                continue
            if known:
                self.records.keep(record, cached.html)
                self._known.add(uri)
            else:
                self._late += 1  # an older cache's page kept without its record: read at its on_post_page
        return frozenset(uri for uri in uris if not self.reuse.is_reused(uri))

    def expect(self, rendered: set[str]) -> None:
        """The pages MkDocs will render (decided, not reused, and in its files)."""
        self._pending = set(rendered)

    def with_record(self) -> list[str]:
        """The reused pages whose search record came with the decision, in src_uri order."""
        return sorted(self._known)

    def has_record(self, src_uri: str) -> bool:
        """True when the page's search record was taken at the decision."""
        return src_uri in self._known

    def done(self, src_uri: str, written_by_mkdocs: bool) -> bool:
        """A page through on_post_page; True once every page's record is known and every
        page file exists (a page without a fingerprint is written by MkDocs afterwards)."""
        self._pending.discard(src_uri)
        if written_by_mkdocs:
            self._late += 1
        return self.read_records and not self._pending and not self._late


def _cached_record(cached: CachedPage | None, derived: dict[str, bytes]) -> tuple[bool, IndexedPage | None]:
    """(whether the cache holds the page's search record, the record: None for a listing)."""
    if cached is None or "search" not in derived:
        return False, None
    # Its word counts left in the cache's record file: only a base part made anew reads them.
    return True, SearchRecords.decode(derived["search"], (str(cached.record), cached.derived_at["search"][0]))
