"""Content files parsed on every core when many are not in the parse cache.

After a change to the portal's code (or on a first build) every content file is
parsed again: YAML with line numbers and pydantic validation take ~1 ms a file, nine
seconds at 10,000 pages on one core while the other has nothing to do yet (images
are asked for only once the site model exists). Worker processes parse the files
the cache lacks and hand each back pickled, as the cache would keep it; a file with
any problem is left to the build, which parses it again to report its problems with
the rest, in order. The build takes the workers' entries as cache hits.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from site_builder.content.parse_cache import ParseCache, PickledEntries
from site_builder.content.sections import SECTIONS
from site_builder.problems import Problems
from site_builder.source_facts import learnt_elsewhere, learnt_here

PARALLEL_FROM = 400  # files to parse: fewer are parsed faster than the workers start
FILES_PER_JOB = 100


def parse_in_parallel(misses: list[tuple[Path, str, str, str]], cache: ParseCache, minimum: int | None = None) -> int:
    """misses: (path, section folder, slug, path as shown) of files the cache lacks. Each
    parsed without problems is in the cache afterwards. The number of files handed to workers."""
    workers = os.cpu_count() or 1
    if cache.folder is None or workers < 2 or len(misses) < (PARALLEL_FROM if minimum is None else minimum):
        return 0
    jobs = [misses[i:i + FILES_PER_JOB] for i in range(0, len(misses), FILES_PER_JOB)]
    # forkserver: the build may run inside `mkdocs serve`, whose threads a fork would copy
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("forkserver")) as pool:
        for pickled, facts in pool.map(_pickled_entries, jobs):
            cache.take(pickled)
            learnt_elsewhere(facts)  # the files' keys: the build need not hash them again
    return len(misses)


def _pickled_entries(files: list[tuple[Path, str, str, str]]) -> tuple[list[tuple[str, bytes]], dict]:
    """The entries parsed without problems, pickled; and what was learnt of the files (their keys)."""
    # Imported here, in the worker: the loader imports this module.
    from site_builder.content.loader import parse_and_keep

    cache = PickledEntries()
    sections = {section.folder: section for section in SECTIONS}
    for path, folder, slug, shown in files:
        key = cache.key_of(path, f"{folder}/{slug}")
        parse_and_keep(path, sections[folder], shown, slug, Problems(), cache, key)  # problems: the build reports them
    return cache.pickled, learnt_here()
