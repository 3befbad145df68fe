"""Each entry page's text beside it (`noi-dung.txt`), when the quick tier answers every
query (`pagefind: false`): the search page shows the passage around a result's match
from it, where it showed the page's description (Pagefind's fragments give its results
that passage; without Pagefind nothing did).

The text is what Pagefind would index of the page (`quick_record.page_text`), made once
per page fingerprint into the page cache and hard-linked into the site, so a rebuild
places ~8,800 links, not new files (~0.2 s at 10,000 pages)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from site_builder.images.cache import store
from site_builder.output.link import link_or_copy
from site_builder.search.quick_record import page_text

TEXT_FILE = "noi-dung.txt"

def text_path(dest_path: str) -> str:
    """The text file of a page written at dest_path: `a/b/index.html` -> `a/b/noi-dung.txt`,
    `a/b.html` -> `a/b.noi-dung.txt` (the search page asks for it from the page's URL)."""
    folder, name = os.path.split(dest_path)
    if name == "index.html":
        return os.path.join(folder, TEXT_FILE)
    return dest_path.removesuffix(".html") + "." + TEXT_FILE


class PageTexts:
    """reuse: the build's PageReuse, whose page cache keeps each text under the page's
    fingerprint (`memo_file`, `memo_path`); a page without one has its text written."""

    def __init__(self, reuse) -> None:
        self.reuse = reuse
        self._later: list[tuple[str, str, Callable[[], bytes]]] = []  # (cached text, site path, make)
        self.placed = 0

    def note(self, src_uri: str, dest_path: str, html: Callable[[], str], reused: bool) -> None:
        """An entry page. A rendered page's text is made and placed now (its HTML is not
        kept). A reused page's was made when it was rendered: it is linked at the end
        (`place`), once the site's folders are in place, and html() (its cached HTML) is
        read only if that file is gone (no look before: ~8,800 stats a rebuild)."""
        def make() -> bytes:
            return (page_text(html()) or "").encode("utf-8")

        target = text_path(dest_path)
        if reused and (path := self.reuse.memo_path(src_uri, "txt")) is not None:
            self._later.append((path, target, make))
            return
        cached = self.reuse.memo_file(src_uri, "txt", make)
        if cached is None:
            _write(target, make())
        else:
            link_or_copy(cached, target)
        self.placed += 1

    def place(self) -> int:
        """The reused pages' texts noted so far; how many texts the build placed in all."""
        place_texts(self.take_later())
        return self.placed

    def take_later(self) -> list[tuple[str, str, Callable[[], bytes]]]:
        """The reused pages' texts noted so far, for `place_texts`; counted as placed."""
        later, self._later = self._later, []
        self.placed += len(later)
        return later


def place_texts(later: list[tuple[str, str, Callable[[], bytes]]]) -> None:
    for cached, target, make in later:
        try:
            link_or_copy(cached, target)
        except FileNotFoundError:  # a reused page's text gone from the cache
            store(Path(cached), make())
            link_or_copy(cached, target)


def _write(target: str, data: bytes) -> None:
    """A new file, never through the old one: that may be a link into the page cache."""
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    path.write_bytes(data)
