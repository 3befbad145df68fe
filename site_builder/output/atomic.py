"""A failed build never damages the last good site/: build aside, then swap.

MkDocs cleans and writes site_dir in place, and in strict mode it raises only
after on_post_build; so the plugin builds into a sibling staging folder,
counts warnings itself, and swaps only a build that strict mode will accept.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import time
from pathlib import Path


class _WarningCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def _remove_in_background(folder: Path) -> None:
    """The old site goes to a uniquely named folder removed by a detached `rm -rf`: on a
    large portal deleting 50,000 files takes seconds nobody needs to wait for."""
    if not folder.exists():
        return
    trash = folder.with_name(f"{folder.name}.{os.getpid()}.{time.monotonic_ns()}")
    folder.rename(trash)
    try:
        subprocess.Popen(["rm", "-rf", "--", str(trash)], start_new_session=True,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except OSError:
        shutil.rmtree(trash, ignore_errors=True)


class AtomicOutput:
    def __init__(self, site_dir: Path, strict: bool):
        self.final = site_dir
        self.staging = site_dir.with_name(f".{site_dir.name}.staging")
        self.previous = site_dir.with_name(f".{site_dir.name}.previous")
        self.strict = strict
        self._counter = _WarningCounter()

    def begin(self) -> Path:
        """Return the folder MkDocs should build into."""
        shutil.rmtree(self.staging, ignore_errors=True)
        self.staging.mkdir(parents=True)
        logging.getLogger("mkdocs").addHandler(self._counter)
        return self.staging

    def commit(self) -> bool:
        """Swap the staging build in; False (and nothing touched) if strict mode will abort."""
        self._detach()
        if self.strict and self._counter.count:
            shutil.rmtree(self.staging, ignore_errors=True)
            return False
        shutil.rmtree(self.previous, ignore_errors=True)
        if self.final.exists():
            self.final.rename(self.previous)
        self.staging.rename(self.final)
        _remove_in_background(self.previous)
        return True

    def abort(self) -> None:
        self._detach()
        shutil.rmtree(self.staging, ignore_errors=True)

    def _detach(self) -> None:
        logging.getLogger("mkdocs").removeHandler(self._counter)
