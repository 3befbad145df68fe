"""Folders removed without waiting for them."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path


def remove_in_background(folder: Path) -> None:
    """The folder goes to a uniquely named folder removed by a detached `rm -rf`: on a
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
