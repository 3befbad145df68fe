"""Both search tiers in two parts: a base of the oldest pages, in whole blocks of
`segment` pages, and the newest pages after it (fewer than `segment`).

Adding an item rewrites only the recent part: a deploy copies a dozen search files, not
the whole index (at 10,000 pages every term file of a single index changes, since every
score depends on the page count). Once per `segment` additions the base takes the block
and is written anew. A search reads both parts and merges them."""

from __future__ import annotations

from dataclasses import dataclass

SEGMENT = 128  # pages per base block; a multiple of the quick tier's pages per card file
BASE_BUNDLE = "pagefind"
RECENT_BUNDLE = "pagefind-moi"


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

    def pagefind_bundles(self) -> dict[str, list[str]]:
        """Pagefind bundle folder -> the URLs it indexes. A site smaller than one block has one."""
        parts = [self.records[:self.base], self.records[self.base:]]
        parts = [part for part in parts if part]
        names = (BASE_BUNDLE, RECENT_BUNDLE)
        return {name: [record.url for record in part] for name, part in zip(names, parts)}
