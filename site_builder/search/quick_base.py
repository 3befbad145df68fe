"""The quick tier's base part kept between builds.

The base's word files depend on the base's pages alone (`quick_index.py` scores them
within the base), so a build whose base pages are unchanged (an item added, one of the
newest edited, nothing edited) takes them from the last build instead of counting three
million (word, page) pairs again: 2-3 s at 10,000 pages. The key is every base page's
record (its URL, words and counts, title and metadata), so any change to them makes the
part again; the files are the same bytes either way."""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass
from pathlib import Path

CACHE_FILE = "base.pickle"
KEY_FILE = "base.key"  # the pickle's key alone: asking whether the part is kept need not load it


@dataclass(frozen=True)
class BasePart:
    files: dict[str, bytes]  # t/<bucket>.json -> content
    buckets: int
    found_on: dict[str, int]  # word (as the postings key it) -> base pages with it


def record_digest(record) -> bytes:
    """A record's fingerprint: the one its build kept, else made from its JSON."""
    return getattr(record, "digest", b"") or hashlib.blake2b(record.to_json(), digest_size=16).digest()


def base_key(records: list, version: int) -> str:
    digest = hashlib.sha256(f"quick-base {version}".encode("ascii"))
    for record in records:
        digest.update(record_digest(record))
    return digest.hexdigest()


class BaseCache:
    """One base part, the last build's, in a folder of the build cache; no folder: no cache."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def get(self, key: str) -> BasePart | None:
        if self.folder is None:
            return None
        try:
            with open(self.folder / CACHE_FILE, "rb") as stored:
                found_key, part = pickle.load(stored)
        except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError):
            return None  # none yet, or from another version of this code: made again
        return part if found_key == key else None

    def holds(self, key: str) -> bool:
        """Whether get(key) would find the part (the key file says; get checks again)."""
        if self.folder is None:
            return False
        try:
            return (self.folder / KEY_FILE).read_text(encoding="ascii") == key
        except (OSError, ValueError):
            return False

    def put(self, key: str, part: BasePart) -> None:
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / KEY_FILE).unlink(missing_ok=True)
        fresh = self.folder / (CACHE_FILE + ".new")
        with open(fresh, "wb") as stored:
            pickle.dump((key, part), stored, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(fresh, self.folder / CACHE_FILE)  # never half a file under the real name
        (self.folder / KEY_FILE).write_text(key, encoding="ascii")
