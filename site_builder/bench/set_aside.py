"""What a measured build must start without (an old site, emptied caches) is moved
aside, not deleted, and deleted once the measurements are over.

On ext4 without a journal (this machine's disk) the kernel will not hand out an inode
freed in the last one to six minutes: every new file then steps over the ones just
freed (`recently_deleted` in `find_inode_bit`). A full build right after deleting the
last one's ~72,000 files spent ~4.4 core-seconds of its ~95 there (`perf`), and
Material's after deleting its ~19,000 less: the deletion measured, not the build.
A rename frees nothing."""

from __future__ import annotations

import shutil
from pathlib import Path


class SetAside:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._moved = 0

    def move(self, path: Path) -> None:
        """path (a file or folder, if there) moved into the set-aside folder."""
        if not path.exists():
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        while (target := self.folder / f"{self._moved}-{path.name}").exists():
            self._moved += 1
        path.rename(target)
        self._moved += 1

    def empty(self) -> None:
        """Everything moved aside deleted (at the end of a run, or what an interrupted one left)."""
        shutil.rmtree(self.folder, ignore_errors=True)
