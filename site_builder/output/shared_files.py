"""Files the site shares with the build cache by their bytes, placed as hard links.

The quick tier's ~840 files are written anew by every build, and most are the bytes
of the build before. In a rebuild they were written while the rest of the build
linked ~50,000 files and `find` emptied the old site: 0.6-0.7 s for 837 files, the
forked quick tier's longest step and the end of the build. Each file is kept once in
a folder of the cache, named by a digest of its bytes, and linked into the site (a
link costs a small part of a new file); the files the last build did not place are
removed from that folder after it, so it holds one build's files.

A build running beside another one (the dev server's and a `mkdocs build`) may remove
a file this one is about to link: it is written again then.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from site_builder.images.cache import store
from site_builder.output.link import link_or_copy

DIGEST_SIZE = 16  # bytes: 32 hex digits in a name


class SharedFiles:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._placed: set[str] = set()  # names in the folder this build placed

    def place(self, data: bytes, target: str | Path) -> None:
        """target holds data: a hard link to the folder's file of those bytes."""
        name = f"{hashlib.blake2b(data, digest_size=DIGEST_SIZE).hexdigest()}{Path(target).suffix}"
        kept = f"{self.folder}/{name}"
        if not os.path.exists(kept):
            store(Path(kept), data)
        try:
            link_or_copy(kept, target)
        except FileNotFoundError:  # removed since by another build (`prune`)
            store(Path(kept), data)
            link_or_copy(kept, target)
        self._placed.add(name)

    def prune(self) -> int:
        """The folder's files this build did not place removed (not a writer's temporary
        file, which `store` renames into place); the number removed."""
        removed = 0
        try:
            entries = list(os.scandir(self.folder))
        except FileNotFoundError:
            return 0
        for entry in entries:
            if entry.name in self._placed or entry.name.endswith(".tmp"):
                continue
            try:
                os.unlink(entry.path)
                removed += 1
            except FileNotFoundError:
                pass
        return removed
