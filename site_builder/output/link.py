"""Placing a cached file in the site."""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def link_or_copy(source: Path, target: Path) -> None:
    """A hard link to the cached image where the file system allows it: no bytes copied
    (nothing ever writes to a built image, so cache and site cannot drift apart)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
