"""The search indexes in two parts: a base of the oldest pages, in whole blocks of
`segment` pages, and the newest pages after it (fewer than `segment`).

Adding an item rewrites only the newest part: a deploy copies a few search files, not
the whole index (at 10,000 pages every term file of a single index changes, since every
score depends on the page count). Once per `segment` additions the base takes the block
and is written anew.

Pagefind indexes the base only, in one bundle: the quick tier holds every word of the
newest pages exactly, and the search page takes their matches from it. (Several Pagefind
bundles merged by the search page were tried, for the newest pages and for the base in
blocks of 2,048 pages, which cut the build's peak from 2.6 GB to 1.2 GB: each bundle
without the query's exact words falls back to partial words, so "2.001012" brought ten
pages that merely say "20", and a news item titled "... số 10" came first for the code
"1.001193". One bundle has the exact words wherever the site has them.)
A site smaller than one segment has no base: Pagefind indexes all of it."""

from __future__ import annotations

from dataclasses import dataclass

SEGMENT = 128  # pages per base block; a multiple of the quick tier's pages per card file
PAGEFIND_BUNDLE = "pagefind"


def _date_key(date: str) -> str:
    day, month, year = (date.split("/") + ["", "", ""])[:3]
    return f"{year}{month}{day}"


def oldest_first(records: list) -> list:
    """So a new item takes the next number and the others keep theirs."""
    return sorted(records, key=lambda r: (_date_key(r.date), r.url))


def base_size(pages: int, segment: int) -> int:
    return pages // segment * segment


@dataclass(frozen=True)
class Split:
    """Records oldest first; the first `base` of them are the base part."""
    records: list
    base: int

    @classmethod
    def of(cls, records: list, segment: int = SEGMENT) -> Split:
        ordered = oldest_first(records)
        return cls(ordered, base_size(len(ordered), segment))

    @property
    def pagefind_pages(self) -> int:
        """How many of the oldest pages Pagefind indexes: the base, or all of a small site."""
        return self.base or len(self.records)

    def pagefind_bundles(self) -> dict[str, list[str]]:
        """Pagefind bundle folder -> the URLs it indexes, oldest first."""
        urls = [record.url for record in self.records[:self.pagefind_pages]]
        return {PAGEFIND_BUNDLE: urls} if urls else {}
