"""What the watched folders hold, by size and modification time: from two snapshots
the dev server's fast path tells which files an edit touched (MkDocs' watcher says
only that something changed)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Changes:
    modified: list[Path] = field(default_factory=list)
    added: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)

    @property
    def only_modified(self) -> bool:
        return not self.added and not self.removed


@dataclass(frozen=True)
class Snapshot:
    stats: dict[str, tuple[int, int]]  # path -> (mtime_ns, size)

    @classmethod
    def take(cls, *roots: Path) -> Snapshot:
        stats: dict[str, tuple[int, int]] = {}
        for root in roots:
            if root.is_file():
                found = root.stat()
                stats[str(root)] = (found.st_mtime_ns, found.st_size)
            elif root.is_dir():
                _walk(str(root), stats)
        return cls(stats)

    def changes(self, later: Snapshot) -> Changes:
        before, after = self.stats, later.stats
        return Changes(modified=[Path(p) for p in sorted(after) if p in before and before[p] != after[p]],
                       added=[Path(p) for p in sorted(after.keys() - before.keys())],
                       removed=[Path(p) for p in sorted(before.keys() - after.keys())])


def _walk(folder: str, stats: dict[str, tuple[int, int]]) -> None:
    with os.scandir(folder) as found:
        for item in found:
            if item.is_dir(follow_symlinks=False):
                _walk(item.path, stats)
            elif item.is_file():
                info = item.stat()
                stats[item.path] = (info.st_mtime_ns, info.st_size)
