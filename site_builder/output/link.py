"""Placing a cached file in the site."""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def link_or_copy(source: str | Path, target: str | Path) -> None:
    """A hard link to the cached image where the file system allows it: no bytes copied
    (nothing ever writes to a built image, so cache and site cannot drift apart).

    The link is tried first and its folder made, or an old file removed, only when it
    fails: a build places ~35,000 files at 10,000 pages, most into a folder that holds
    several, and a mkdir and an unlink before each cost a second. Strings are taken as
    they are: a Path made for each of them costs a rebuild a quarter of a second."""
    try:
        _link(source, target)
    except FileNotFoundError:  # in a full build, the first file of each page's folder
        if not os.path.exists(source):
            raise
        os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
        _link(source, target)
    except FileExistsError:
        os.unlink(target)
        _link(source, target)


def _link(source: str | Path, target: str | Path) -> None:
    try:
        os.link(source, target)
    except (FileNotFoundError, FileExistsError):
        raise
    except OSError:  # a file system without hard links, or another device
        if os.path.exists(target):
            os.unlink(target)
        shutil.copyfile(source, target)
