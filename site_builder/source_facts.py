"""What a build learns of each source file, kept for the next build: an image's size in
pixels (read from its header) and digest (of its bytes), an audio file's length, size
and type, a content file's parse-cache key. A fact is keyed by what it is, the file's
path and the modification time, size and inode the file had when it was learnt, the
signature make and rsync trust: an edited or replaced file is learnt anew.

A 10,000-page rebuild asked ~1,500 photos' headers and digests again (~0.3 s) and read
and hashed 8,800 content files (~0.15 s); now it stats them. Facts not asked for in a
build are not kept: the file never grows (`build_memo.py`)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, TypeVar

from site_builder.build_memo import BuildMemo

T = TypeVar("T")

FORMAT = "1"  # bump when a fact's meaning changes

_facts = BuildMemo()


def remembered(kind: str, path: Path, learn: Callable[[Path], T]) -> T:
    """learn(path), unless known for this very file; an error is never remembered."""
    try:
        found = os.stat(path)
    except OSError:
        return learn(path)  # says why it cannot be read
    return _facts.get((kind, str(path), found.st_mtime_ns, found.st_size, found.st_ino), lambda: learn(path))


def learnt_here() -> dict:
    """The facts this process learnt since it last said: a parse worker's, which the
    build keeps as its own (`learnt_elsewhere`), so its first build finds the content
    files' keys the workers worked out and need not read and hash every file itself."""
    return _facts.take_made()


def learnt_elsewhere(facts: dict) -> None:
    """Facts another process learnt (`learnt_here`), each keyed by the file as it was
    when learnt: one changed since is learnt again."""
    _facts.add_made(facts)


def load(file: Path) -> None:
    """Start a build: the facts the last one kept (none when the file is missing,
    damaged or of another format: each is then learnt again)."""
    _facts.load(file, FORMAT)


def save(file: Path) -> None:
    """Keep this build's facts for the next."""
    _facts.save(file, FORMAT)
