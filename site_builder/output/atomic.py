"""A failed build never damages the last good site/: build aside, then swap.

MkDocs cleans and writes site_dir in place, and in strict mode it raises only
after on_post_build; so the plugin builds into a sibling staging folder,
counts warnings itself, and swaps only a build that strict mode will accept.

The site before the last one is kept (`.site.previous`) for its folders: making a
folder costs about 0.35 ms on the disks we build on, and a portal of 10,000 pages
has 11,000 of them, while unlinking a file costs a few microseconds (nearly all are
hard links into the caches). So a build starts `find` unlinking the old files,
reads its content meanwhile, and, once MkDocs has cleaned the staging folder,
moves the emptied folders in. Folders this build did not fill are removed before
the swap: the site is the same, file for file and folder for folder, as one built
into a new folder.
"""

from __future__ import annotations

import logging
import os
import subprocess
import tempfile
from pathlib import Path

from site_builder.output.removal import remove_in_background


class _WarningCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


class AtomicOutput:
    def __init__(self, site_dir: Path, strict: bool):
        self.final = site_dir
        self.staging = site_dir.with_name(f".{site_dir.name}.staging")
        self.previous = site_dir.with_name(f".{site_dir.name}.previous")
        self.recycling = site_dir.with_name(f".{site_dir.name}.recycling")
        self.strict = strict
        self._counter = _WarningCounter()
        self._emptying: subprocess.Popen | None = None
        self._listing = None  # the file `find` lists the old site's folders in
        self._folders: list[str] = []  # moved in from the old site, deepest first

    def begin(self) -> Path:
        """Return the folder MkDocs should build into."""
        remove_in_background(self.staging)  # a build killed half-way
        self.staging.mkdir(parents=True)
        self._start_emptying()
        logging.getLogger("mkdocs").addHandler(self._counter)
        return self.staging

    def _start_emptying(self) -> None:
        """`find` unlinks the old site's files and lists its folders, deepest first."""
        if not self.previous.is_dir():
            return
        remove_in_background(self.recycling)
        self.previous.rename(self.recycling)
        # Its list goes to a file: 11,000 folder names fill a pipe, and `find` would wait for a reader.
        self._listing = tempfile.TemporaryFile()
        try:
            self._emptying = subprocess.Popen(
                ["find", str(self.recycling), "-depth", "!", "-type", "d", "-delete", "-o", "-type", "d", "-print0"],
                stdout=self._listing, stderr=subprocess.DEVNULL)
        except OSError:  # no `find`: folders are made anew
            self._listing.close()
            remove_in_background(self.recycling)

    def adopt_folders(self) -> int:
        """Once MkDocs has cleaned the staging folder, before it writes (on_env): the old site's emptied
        folders moved in. The number of folders moved."""
        emptying, self._emptying = self._emptying, None
        if emptying is None:
            return 0
        emptying.wait()
        self._listing.seek(0)
        listing = self._listing.read()
        self._listing.close()
        if emptying.returncode != 0 or any(self.staging.iterdir()):
            remove_in_background(self.recycling)
            return 0
        root = str(self.recycling)
        inside = [path[len(root) + 1:] for path in os.fsdecode(listing).split("\0") if path.startswith(root + "/")]
        for entry in os.scandir(self.recycling):
            os.rename(entry.path, self.staging / entry.name)
        self.recycling.rmdir()
        staging = str(self.staging)
        self._folders = [f"{staging}/{relative}" for relative in inside]  # strings: ~10,000 tried at the end
        return len(self._folders)

    def commit(self, filled: set[str] | frozenset[str] = frozenset()) -> bool:
        """Swap the staging build in; False (and nothing touched) if strict mode will abort.
        filled: folders (as `staging/…` strings) known to hold a file of this build, not tried
        for removal (a rebuild placed files in ~10,000 of them: a failed rmdir each)."""
        self._detach()
        if self.strict and self._counter.count:
            remove_in_background(self.staging)
            return False
        self._remove_unfilled_folders(filled)
        remove_in_background(self.previous)
        if self.final.exists():
            self.final.rename(self.previous)
        self.staging.rename(self.final)
        return True

    def _remove_unfilled_folders(self, filled) -> None:
        for folder in self._folders:  # deepest first: a parent is empty once its children are gone
            if folder in filled:
                continue
            try:
                os.rmdir(folder)
            except OSError:  # not empty: this build placed files in it
                pass
        self._folders = []

    def abort(self) -> None:
        self._detach()
        if self._emptying is not None:
            self._emptying.wait()
            self._emptying = None
            self._listing.close()
        remove_in_background(self.recycling)
        remove_in_background(self.staging)

    def _detach(self) -> None:
        logging.getLogger("mkdocs").removeHandler(self._counter)
