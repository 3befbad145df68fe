"""Both search tiers in two parts: a base of the oldest pages, in whole blocks of
`segment` pages, and the newest pages after it (fewer than `segment`).

Adding an item rewrites only the recent part: a deploy copies a dozen search files, not
the whole index (at 10,000 pages every term file of a single index changes, since every
score depends on the page count). Once per `segment` additions the base takes the block
and is written anew. A search reads both parts and merges them."""

from __future__ import annotations

from dataclasses import dataclass

SEGMENT = 128  # pages per base block; a multiple of the quick tier's pages per card file
# Base pages per Pagefind bundle; 0: the whole base in one. Blocks (e.g. 2,048) make an
# edit re-index one bundle and Pagefind hold one bundle in memory at a time (1.2 GB peak
# instead of 2.7 GB at 10,000 pages), but every bundle costs a search its own index
# chunk: a rare-word query fetched 412 KB with six bundles, against ~200 KB with two.
# Citizens' bytes first: one base bundle unless a build machine needs the memory.
PAGEFIND_BLOCK = 0
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

    def pagefind_bundles(self, block: int = PAGEFIND_BLOCK) -> dict[str, list[str]]:
        """Pagefind bundle folder -> the URLs it indexes, oldest first: pagefind/ (and
        pagefind-2/, ... with the base in blocks of `block` pages), then pagefind-moi/.
        A site smaller than one segment has pagefind/ alone."""
        urls = [record.url for record in self.records]
        if not self.base:
            return {BASE_BUNDLE: urls} if urls else {}
        block = block or self.base
        bundles = {_base_bundle(start // block): urls[start:min(start + block, self.base)]
                   for start in range(0, self.base, block)}
        if self.base < len(urls):
            bundles[RECENT_BUNDLE] = urls[self.base:]
        return bundles


def _base_bundle(number: int) -> str:
    return BASE_BUNDLE if number == 0 else f"{BASE_BUNDLE}-{number + 1}"


def is_bundle(folder: str) -> bool:
    """A Pagefind bundle's folder name (pagefind, pagefind-2, pagefind-moi)."""
    return folder == BASE_BUNDLE or folder.startswith(BASE_BUNDLE + "-")
