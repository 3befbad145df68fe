"""A cache of drawn and encoded images, keyed by a hash of everything that made them,
so an unchanged page's card is never redrawn."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
from pathlib import Path
from typing import Any

import isal
import PIL

from site_builder.build_memo import BuildMemo

# The first part: bump when drawing or encoding changes. The libraries' versions follow
# their pins, so an upgrade of any makes the images anew (same commit, same bytes).
# OpenCV's is read from its package's metadata: importing it costs the build process
# ~0.16 s and ~34 MB (only the image workers use it).
RENDERER_VERSION = (f"15/pillow {PIL.__version__}/isal {isal.__version__}"
                    f"/opencv {importlib.metadata.version('opencv-python-headless')}")


def cache_key(kind: str, inputs: dict[str, Any]) -> str:
    """The digest of the inputs' JSON; remembered from one build to the next (~4 µs each,
    ~28,000 asked in a 10,000-page rebuild). inputs' values: strings, numbers, tuples."""
    return _KEYS.get((kind, *inputs.items()), lambda: _digest_of(kind, inputs))


def _digest_of(kind: str, inputs: dict[str, Any]) -> str:
    text = json.dumps({"kind": kind, "v": RENDERER_VERSION, **inputs}, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_KEYS = BuildMemo()


def load_keys(file: Path) -> None:
    """At a build's start: the keys the last one kept at this renderer version."""
    _KEYS.load(file, RENDERER_VERSION)


def save_keys(file: Path) -> None:
    """This build's keys for the next."""
    _KEYS.save(file, RENDERER_VERSION)


_FOLDERS_MADE: set[str] = set()  # by this process: a cache of 256 folders gets tens of thousands of files


def store(path: str | Path, data: bytes) -> None:
    """Write a cache file so that no reader ever sees half of it (workers write in parallel).
    Strings through os.path: a full build stores ~40,000 files from the build process
    alone, and pathlib's objects cost each a few microseconds more."""
    folder = os.path.dirname(path) or "."
    if folder not in _FOLDERS_MADE:
        os.makedirs(folder, exist_ok=True)
        _FOLDERS_MADE.add(folder)
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        _write_new(temporary, data)
    except FileNotFoundError:  # the folder was removed since (a cache emptied by hand)
        _FOLDERS_MADE.discard(folder)
        os.makedirs(folder, exist_ok=True)
        _write_new(temporary, data)
    os.replace(temporary, path)


_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)


def _write_new(name: str, data: bytes) -> None:
    """The file's bytes, through the system calls alone: a build writes ~75,000 cache
    files, and Python's file object adds a terminal check, a seek and a stat to each."""
    descriptor = os.open(name, _NEW_FILE, 0o666)  # as open() makes it: the umask decides
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(descriptor, view):]
    finally:
        os.close(descriptor)


class ImageCache:
    def __init__(self, folder: Path):
        self.folder = folder
        self.hits = 0
        self.misses = 0
        self._listed: set[str] | None = None

    def holds(self, name: str) -> bool:
        """Whether the file named (as path_for names it) is in the cache. The cache's
        folders are listed once: a 10,000-page rebuild asks ~26,000 times, and a stat
        each cost ~0.16 s against ~0.02 s. A name not listed (made since) is looked for."""
        if self._listed is None:
            self._listed = self._listing()
        return name in self._listed or os.path.exists(name)

    def _listing(self) -> set[str]:
        listed: set[str] = set()
        try:
            folders = [name for name in os.listdir(self.folder) if len(name) == 2]
        except OSError:  # no cache yet
            return listed
        for folder in folders:
            prefix = f"{self.folder}/{folder}/"
            try:
                listed.update(prefix + name for name in os.listdir(prefix))
            except OSError:  # not a folder, or removed meanwhile
                pass
        return listed

    def path_for(self, key: str, suffix: str) -> Path:
        # One Path from one string: two joins cost a rebuild's ~45,000 asks twice as much.
        return Path(f"{self.folder}/{key[:2]}/{key}{suffix}")
