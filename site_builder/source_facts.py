"""What a build learns of each image source file, kept for the next build: its size in
pixels (read from its header) and its digest (of its bytes). A fact is keyed by what it
is, the file's path and the modification time, size and inode the file had when it was
learnt, the signature make and rsync trust: an edited or replaced file is learnt anew.

A 10,000-page rebuild asked ~1,500 photos' headers and digests again (~0.3 s); now a
stat each. Facts not asked for in a build are not kept: the file never grows."""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")

FORMAT = 1  # bump when a fact's meaning changes

_asked: dict[tuple, object] = {}  # asked for since load(): what save() keeps
_known: dict[tuple, object] = {}  # from the last build's file, not yet asked for


def remembered(kind: str, path: Path, learn: Callable[[Path], T]) -> T:
    """learn(path), unless known for this very file; an error is never remembered."""
    try:
        found = os.stat(path)
    except OSError:
        return learn(path)  # says why it cannot be read
    key = (kind, str(path), found.st_mtime_ns, found.st_size, found.st_ino)
    if key in _asked:
        return _asked[key]
    fact = _known.pop(key) if key in _known else learn(path)
    _asked[key] = fact
    return fact


def load(file: Path) -> None:
    """Start a build: the facts the last one kept (none when the file is missing,
    damaged or of another format: each is then learnt again)."""
    global _known
    kept = dict(_asked)  # the dev server's next build: this process's last build's facts
    _asked.clear()
    try:
        with open(file, "rb") as stream:
            stored = pickle.load(stream)
        if stored.get("format") == FORMAT:
            kept.update(stored["facts"])
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, KeyError, TypeError, ValueError):
        pass
    _known = kept


def save(file: Path) -> None:
    """Keep this build's facts for the next (written whole, then moved in place)."""
    temporary = file.with_name(f"{file.name}.{os.getpid()}.tmp")
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        with open(temporary, "wb") as stream:
            pickle.dump({"format": FORMAT, "facts": dict(_asked)}, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, file)
    except OSError:
        temporary.unlink(missing_ok=True)  # a read-only cache: learnt again next time
