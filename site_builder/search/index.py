"""Indexing the built site with Pagefind (pinned on PyPI, binary included), at the end
of every build, into <site>/pagefind/. Only elements marked data-pagefind-body (the
content of entries) are indexed: no navigation, footers or listings.

No data-pagefind-filter: Pagefind 1.5.2 writes its filter indexes in a different order
on every run (upstream issue #638), which would break same-input-same-bytes; the
search page filters results by their metadata instead."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


class SearchIndexError(Exception):
    pass


def build_search_index(site_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir", "pagefind",
         "--force-language", "vi", "--silent"],
        capture_output=True, text=True, timeout=1800,
    )
    if result.returncode != 0:
        raise SearchIndexError(f"Pagefind không lập được chỉ mục (indexing failed): {result.stderr.strip()[-500:]}")
