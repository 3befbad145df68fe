"""The parse cache's entries of the last build in one file, read by one mapping.

A rebuild at 10,000 pages took its 8,800 parsed files from as many cache files: opening
and reading them cost ~0.15 s of the ~0.3 s the parse cache took (the rest unpickles).
The pack holds each entry's pickle as the cache file holds it, end to end, and an index
of where each is; a build adds the entries it used that the pack lacks and drops from
the index those it did not use, and the data is written anew once most of it is unused.
The cache's own files stay the source of truth: the pack is only ever a faster way to
their bytes, and anything wrong with it (missing, cut short, from another build) means
reading them.

Safe with builds running at once: each entry is stored after its key, which a read
checks, so an index that points at the wrong bytes (two builds appending at once) is
a miss, never another entry; data is appended before the index that points at it is
replaced (written whole, then renamed); data written anew goes to a new file that the
new index names, and a reader holds the files it opened."""

from __future__ import annotations

import mmap
import os
import pickle
from pathlib import Path
from typing import Callable

from site_builder.images.cache import store

INDEX = "pack.index"
FORMAT = 1


class ParsePack:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.data_name, self.entries = _read_index(folder / INDEX)
        self._view: memoryview | None = None
        self._map: mmap.mmap | None = None
        self._size = 0

    def get(self, key: str):
        """The entry kept under key, or None when the pack lacks it (or it does not load)."""
        where = self.entries.get(key)
        view = self._data() if where is not None else None
        if view is None:
            return None
        blob = _checked(view, key, where)
        if blob is None:
            return None
        try:
            return pickle.loads(blob)
        except (pickle.PickleError, EOFError, AttributeError, ImportError, ValueError, TypeError):
            return None

    def update(self, used: list[str], bytes_of: Callable[[str], bytes | None]) -> None:
        """Make the pack hold exactly the entries used (the keys, in order): those it lacks
        are appended, with bytes_of(key) (None: left out). Then close it."""
        if list(self.entries) == used:
            self.close()
            return
        live = sum(self.entries[key][1] for key in used if key in self.entries)
        size = self._data_size()
        if self.data_name is None or size == 0 or size > 2 * live:  # gone, or mostly unused: written anew
            self._write_anew(used, bytes_of)
        else:
            self._append(used, bytes_of, size)

    def close(self) -> None:
        if self._view is not None:
            self._view.release()
            self._view = None
        if self._map is not None:
            self._map.close()
            self._map = None

    def _data(self) -> memoryview | None:
        if self._view is None and self.data_name is not None:
            try:
                with open(self.folder / self.data_name, "rb") as opened:
                    self._map = mmap.mmap(opened.fileno(), 0, access=mmap.ACCESS_READ)
                self._view = memoryview(self._map)
            except (OSError, ValueError):  # missing, or empty (mmap refuses a file of no bytes)
                self.data_name, self.entries = None, {}
        return self._view

    def _data_size(self) -> int:
        try:
            return os.path.getsize(self.folder / self.data_name) if self.data_name else 0
        except OSError:
            return 0

    def _append(self, used: list[str], bytes_of, size: int) -> None:
        entries = {}
        with open(self.folder / self.data_name, "ab", buffering=0) as data:
            for key in used:
                if key in self.entries:
                    entries[key] = self.entries[key]
                elif (blob := bytes_of(key)) is not None:
                    record = key.encode() + blob
                    if data.write(record) == len(record):  # appended where the file ended, whoever else writes
                        entries[key] = (data.tell() - len(record), len(record))
        self.close()
        _write_index(self.folder / INDEX, self.data_name, entries)

    def _write_anew(self, used: list[str], bytes_of) -> None:
        name = f"pack.{os.getpid()}.{os.urandom(4).hex()}.data"
        entries, size = {}, 0
        self.folder.mkdir(parents=True, exist_ok=True)  # the workers' entries come in memory: no file made it
        with open(self.folder / name, "wb") as data:
            for key in used:
                record = self._record(key)
                if record is None and (blob := bytes_of(key)) is not None:
                    record = key.encode() + blob
                if record is not None:
                    entries[key] = (size, len(record))
                    data.write(record)
                    size += len(record)
        old = self.data_name
        self.close()
        _write_index(self.folder / INDEX, name, entries)
        if old is not None and old != name:
            (self.folder / old).unlink(missing_ok=True)  # a reader that opened it keeps it

    def _record(self, key: str) -> bytes | None:
        """The entry's key and pickle as the pack holds them, when it holds them."""
        where = self.entries.get(key)
        view = self._data() if where is not None else None
        if view is None or _checked(view, key, where) is None:
            return None
        return bytes(view[where[0]:where[0] + where[1]])


def _checked(view: memoryview, key: str, where: tuple[int, int]) -> memoryview | None:
    """The pickle stored at where, if the key stored before it is key."""
    offset, length = where
    start = offset + len(key)
    if offset < 0 or start > offset + length or offset + length > len(view) or view[offset:start] != key.encode():
        return None
    return view[start:offset + length]


def _read_index(path: Path) -> tuple[str | None, dict[str, tuple[int, int]]]:
    try:
        with open(path, "rb") as opened:
            stored = pickle.load(opened)
        if stored.get("format") == FORMAT:
            return stored["data"], stored["entries"]
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, KeyError, TypeError, ValueError):
        pass
    return None, {}


def _write_index(path: Path, data_name: str, entries: dict[str, tuple[int, int]]) -> None:
    store(path, pickle.dumps({"format": FORMAT, "data": data_name, "entries": entries},
                             protocol=pickle.HIGHEST_PROTOCOL))  # whole, then moved in place
