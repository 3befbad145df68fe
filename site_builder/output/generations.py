"""Cache folders by generation, so the caches do not grow without end.

Every entry of the page cache is keyed by the build's salt (the portal's code, theme,
versions, configuration), and every parsed content file by the code: when those
change, no older entry can be used again. Each of these caches keeps its entries in
a folder named by that key; a build marks its own folder as used, and folders of
older generations beyond the newest KEPT are removed in the background. Two are
kept: the dev server's salt differs from the build's, and a project alternates them.
(At 10,000 pages a generation of the page cache is ~200 MB; a test machine had
4.2 GB of them after twenty code changes.)
"""

from __future__ import annotations

import os
from pathlib import Path

from site_builder.output.removal import remove_in_background

KEPT = 2


def generation_folder(parent: Path, key: str) -> Path:
    """parent/<key's first 16 characters>, marked as just used; the generations not
    among the KEPT most recently used go, and the folders of the layout before
    generations (one per two-character prefix of an entry's key)."""
    folder = parent / key[:16]
    folder.mkdir(parents=True, exist_ok=True)
    os.utime(folder)  # the mark: generations are ordered by when a build last used them
    entries = [entry for entry in os.scandir(parent) if entry.is_dir() and entry.path != str(folder)]
    generations = sorted((entry for entry in entries if len(entry.name) == 16),
                         key=lambda entry: entry.stat().st_mtime_ns, reverse=True)
    unused = generations[KEPT - 1:] + [entry for entry in entries if len(entry.name) == 2]
    for entry in unused:  # a folder already on its way out has a longer name, and is left to its `rm`
        remove_in_background(Path(entry.path))
    return folder
