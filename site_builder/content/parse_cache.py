"""Parsed and validated content files kept between builds, keyed by a hash of the
file's bytes, its section and the portal's code: a rebuild reads 10,000 files but
parses only the ones that changed. Only files that produced no problem at all are
kept, so every warning is still reported on every build."""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from functools import lru_cache
from pathlib import Path

from site_builder.content.parse_pack import ParsePack
from site_builder.images.cache import store
from site_builder.source_facts import remembered

PACKAGE = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def code_digest() -> str:
    """The portal's code (Python, its templates for feeds, fonts): a change to a model or a
    check parses everything again, and renders every page again (page_cache.build_salt)."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if not path.is_file() or path.suffix not in (".py", ".html", ".css", ".js", ".xml", ".ttf") \
                or "bench" in path.relative_to(PACKAGE).parts:  # benchmark code makes no pages
            continue
        digest.update(path.relative_to(PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _key_kind() -> str:
    # The code is in the fact's kind: other code, other keys. Interned: one string in the
    # facts' file, not one per file.
    return sys.intern(f"parse key {code_digest()}")


class ParseCache:
    """folder: where the entries are kept (None: not kept). Entries parsed by the parallel
    workers are handed back as pickles (`take`), held in memory until the pack holds them:
    written as a file each and read back, they cost a full build ~2 s of the workers'
    time and ~0.5 s of the build's."""

    def __init__(self, folder: Path | None):
        self.folder = folder
        self._pack: ParsePack | None = None
        self._fresh: dict[str, bytes] = {}  # key -> pickle, parsed by the workers this build

    def holds_nothing(self) -> bool:
        """True when no entry is kept here yet (a first build, or the code changed); False
        for a cache not kept at all."""
        if self.folder is None:
            return False
        try:
            with os.scandir(self.folder) as found:
                return next(found, None) is None
        except OSError:  # no folder yet
            return True

    def key(self, raw: bytes, section: str) -> str:
        return hashlib.sha256(code_digest().encode() + section.encode() + b"\0" + raw).hexdigest()

    def key_of(self, path: Path, section: str) -> str:
        """key() of the file's bytes, remembered from one build to the next while the file
        stays the same (`source_facts.py`): reading and hashing 8,800 files cost a 10,000-page
        rebuild ~0.15 s, their stats ~0.03 s. section is the file's folder and name."""
        return remembered(_key_kind(), path, lambda source: self.key(source.read_bytes(), section))

    def get(self, key: str):
        if self.folder is None:
            return None
        try:
            return pickle.loads(self._fresh.get(key) or (self.folder / key[:2] / f"{key}.pickle").read_bytes())
        except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError):
            return None

    def take(self, pickled: list[tuple[str, bytes]]) -> None:
        """Entries the workers parsed (`pickled_entries`), kept as the pack will keep them."""
        self._fresh.update(pickled)

    def get_all(self, keys: list[str]) -> list:
        """get() of each key, through the pack of the last build's entries (`parse_pack.py`)."""
        if self.folder is None:
            return [None] * len(keys)
        self._pack = ParsePack(self.folder)
        return [self._pack.get(key) or self.get(key) for key in keys]

    def pack(self, keys: list[str]) -> None:
        """Leave the pack holding the entries of keys the cache holds, for the next build."""
        if self.folder is not None:
            (self._pack or ParsePack(self.folder)).update(keys, self._bytes)
            self._pack = None

    def _bytes(self, key: str) -> bytes | None:
        if key in self._fresh:
            return self._fresh[key]
        try:
            return (self.folder / key[:2] / f"{key}.pickle").read_bytes()
        except OSError:
            return None

    def put(self, key: str, value) -> None:
        if self.folder is not None:
            store(self.folder / key[:2] / f"{key}.pickle", _pickled(value))


class PickledEntries(ParseCache):
    """A worker's parse cache: what is put is kept as pickles, to hand to the build (`ParseCache.take`)."""

    def __init__(self) -> None:
        super().__init__(None)
        self.pickled: list[tuple[str, bytes]] = []

    def put(self, key: str, value) -> None:
        self.pickled.append((key, _pickled(value)))


def _pickled(value) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
