"""The quick tier's base part kept between builds.

The base's word files depend on the base's pages alone (`quick_index.py` scores them
within the base), so a build whose base pages are unchanged (an item added, one of the
newest edited, nothing edited) takes them from the last build instead of counting three
million (word, page) pairs again: 2-3 s at 10,000 pages. The key is every base page's
record (its URL, words and counts, title and metadata), so any change to them makes the
part again; the files are the same bytes either way.

Beside the part, what it was made from (`BaseState`: each page's record digest and
length, the postings): when a few base pages are edited, the build patches the part
(only the edited pages' words are scored again) instead of making it anew."""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import struct
from dataclasses import dataclass
from pathlib import Path

from site_builder.search.postings import (
    FlatPostings,
    Postings,
    dump_postings,
    load_postings,
)

CACHE_FILE = "base.pickle"
KEY_FILE = "base.key"  # the pickle's key alone: asking whether the part is kept need not load it
STATE_FILE = "base.postings"  # a pickled header, then the postings as raw arrays (`postings.dump_postings`)
PAGES_FILE = "base.pages"  # the state's page digests alone: asking whether a patch would do need not load it


@dataclass(frozen=True)
class BasePart:
    files: dict[str, bytes]  # t/<bucket>.json -> content
    buckets: int
    found_on: dict[str, int]  # word (as the postings key it) -> base pages with it
    # A frequent word's scores summed over its pages (its file keeps only the best with theirs):
    # with it, an edit outside a word's best pages updates its entry without scoring every page.
    # None in a part kept by an older build: it is made anew.
    totals: dict[str, int] | None = None


DIGEST_SIZE = 16  # bytes; `quick_record.IndexedPage.read` keeps digests of this size


@dataclass
class BaseState:
    """What a base part was made from: enough to patch it for a few edited pages."""
    key: str  # of the part it belongs to
    digests: list[bytes]  # per page, `record_digest`
    lengths: list[int]  # per page, words counted (at least 1)
    postings: dict[str, Postings] | FlatPostings  # as made, or as kept (`postings.py`)


def record_digest(record) -> bytes:
    """A record's fingerprint: the one its build kept, else made from its JSON."""
    return getattr(record, "digest", b"") or hashlib.blake2b(record.to_json(), digest_size=DIGEST_SIZE).digest()


def key_of(digests: list[bytes], version: int) -> str:
    digest = hashlib.sha256(f"quick-base {version}".encode("ascii"))
    for page in digests:
        digest.update(page)
    return digest.hexdigest()


class BaseCache:
    """One base part, the last build's, in a folder of the build cache; no folder: no cache."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def last(self) -> tuple[str, BasePart] | None:
        """The last build's part with its key."""
        found = self._load(CACHE_FILE)
        return found if isinstance(found, tuple) and len(found) == 2 and isinstance(found[1], BasePart) else None

    def state(self, key: str) -> BaseState | None:
        """What the part with this key was made from, if kept."""
        if self.folder is None:
            return None
        try:
            with open(self.folder / STATE_FILE, "rb") as stored:
                (found_key, digests, lengths), postings = load_postings(stored)
        except (OSError, EOFError, struct.error, pickle.UnpicklingError, ValueError, TypeError):
            return None
        return BaseState(key, digests, lengths, postings) if found_key == key else None

    def pages(self) -> list[bytes] | None:
        """The kept state's page digests (`record_digest`), read without loading the state."""
        if self.folder is None:
            return None
        try:
            data = (self.folder / PAGES_FILE).read_bytes()
        except OSError:
            return None
        return [data[i:i + DIGEST_SIZE] for i in range(0, len(data), DIGEST_SIZE)]

    def _load(self, name: str):
        if self.folder is None:
            return None
        try:
            with open(self.folder / name, "rb") as stored:
                return pickle.load(stored)
        except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError, ImportError):
            return None  # none yet, or from another version of this code: made again

    def holds(self, key: str) -> bool:
        """Whether the last part has this key (the key file says; `last` is read to be sure)."""
        if self.folder is None:
            return False
        try:
            return (self.folder / KEY_FILE).read_text(encoding="ascii") == key
        except (OSError, ValueError):
            return False

    def put(self, key: str, part: BasePart, state: BaseState | None = None) -> None:
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / KEY_FILE).unlink(missing_ok=True)
        (self.folder / PAGES_FILE).unlink(missing_ok=True)
        self._store(CACHE_FILE, (key, part))
        if state is not None:  # its key names the part: a state left from before never fits
            self._store(STATE_FILE, state, lambda value, file: dump_postings(
                value.postings, (value.key, value.digests, value.lengths), file))
            (self.folder / PAGES_FILE).write_bytes(b"".join(state.digests))
        (self.folder / KEY_FILE).write_text(key, encoding="ascii")

    def _store(self, name: str, value, dump=functools.partial(pickle.dump, protocol=pickle.HIGHEST_PROTOCOL)) -> None:
        fresh = self.folder / (name + ".new")
        with open(fresh, "wb") as stored:  # straight to the file: no second copy in memory
            dump(value, stored)
        os.replace(fresh, self.folder / name)  # never half a file under the real name
