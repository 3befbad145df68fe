"""Indexing the built site with Pagefind (pinned on PyPI, binary included), at the end
of every build, into <site>/pagefind/ (the base part of the pages, `segments.py`;
unchanged bundles reused, `pagefind_bundles.py`). Only elements marked data-pagefind-body (the
content of entries) are indexed: no navigation, footers or listings.

No data-pagefind-filter: Pagefind 1.5.2 writes its filter indexes in a different order
on every run (upstream issue #638), which would break same-input-same-bytes; the
search page filters results by their metadata instead."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
from pathlib import Path

from site_builder.search.pagefind_bundles import runner_command, write_plan


class SearchIndexError(Exception):
    pass


# The preview server's indexer, running behind the last rebuild (one per process).
_background: subprocess.Popen | None = None


def start_search_index_in_background(site_dir: Path, bundles: dict[str, list[str]], cache: Path | None,
                                     files: dict[str, Path] | None = None) -> None:
    """For `mkdocs serve`: the edited page is served at once and search catches up a
    few seconds later, instead of every save waiting for a whole-site index."""
    global _background
    stop_background_index()
    # At the lowest priority: the editor's next save (the fast path) must not wait for the indexer's threads.
    nice = ["nice", "-n", "19"] if shutil.which("nice") else []
    write_plan(site_dir, bundles, cache, files)
    _background = subprocess.Popen(nice + runner_command(site_dir), stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True)  # one group: Pagefind's child too


@contextlib.contextmanager
def background_index_paused():
    """The indexer stopped while the dev server's fast path renders (it would take a core
    and memory bandwidth for the 15 s it runs at 10,000 pages), resumed after."""
    running = _background is not None and _background.poll() is None
    if running:
        _signal_group(signal.SIGSTOP)
    try:
        yield
    finally:
        if running:
            _signal_group(signal.SIGCONT)


def _signal_group(number: int) -> None:
    try:
        os.killpg(_background.pid, number)
    except ProcessLookupError:  # it finished meanwhile
        pass


def stop_background_index() -> None:
    """Before the next rebuild cleans the folder the indexer writes into."""
    global _background
    if _background is not None and _background.poll() is None:
        _signal_group(signal.SIGKILL)  # the wrapper and the Pagefind binary it started
        _background.wait()
    _background = None


def start_search_index(site_dir: Path, bundles: dict[str, list[str]], cache: Path | None,
                       files: dict[str, Path] | None = None) -> subprocess.Popen:
    """Pagefind in its own process: the build does other work (the quick tier) meanwhile.
    cache: where bundles are kept for the next build to reuse; files: pages not yet in
    the site (`write_plan`)."""
    write_plan(site_dir, bundles, cache, files)
    return subprocess.Popen(runner_command(site_dir), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def finish_search_index(process: subprocess.Popen) -> None:
    _, errors = process.communicate(timeout=1800)
    if process.returncode != 0:
        raise SearchIndexError(f"Pagefind không lập được chỉ mục (indexing failed): {errors.strip()[-500:]}")

