"""Work over many items on both cores, for work whose inputs are the build's whole state.

A rebuild's decisions (which pages the cache holds, `plugin._decide_pages`) read the
site model: handing it to a worker process would cost more than the work. A fork is a
copy of the process made in milliseconds, so the child works on half of the items
from the very objects the parent has, and only its results (small) come back,
through a temporary file.

Forking is only safe in a process with one thread (a lock another thread held would
stay held in the child): with any other thread running (the image workers' pool, the
dev server) the work is done here, in one process. The results are the same either way.
"""

from __future__ import annotations

import os
import pickle
import tempfile
import threading
import traceback
from typing import Callable, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

FORK_FROM = 64  # items: fewer are done sooner than a process is forked


class ForkedWorkError(Exception):
    pass


def on_both_cores(items: list[Item], work: Callable[[list[Item]], dict[Item, Result]],
                  minimum: int = FORK_FROM) -> dict[Item, Result]:
    """work(items), a dict by item, with half of them done in a forked child when that
    is safe; an exception in the child is raised here as ForkedWorkError."""
    if len(items) < minimum or not _may_fork():
        return work(items)
    with tempfile.TemporaryFile() as results:
        child = os.fork()
        if child == 0:
            _run_child(lambda: work(items[1::2]), results)
        try:
            mine = work(items[::2])  # every other item: neighbours cost alike (a section's pages are together)
        finally:
            _, status = os.waitpid(child, 0)
        results.seek(0)
        try:
            failed, theirs = pickle.load(results)
        except (EOFError, pickle.UnpicklingError) as exc:
            raise ForkedWorkError(f"the forked half ended without a result (status {status})") from exc
    if failed:
        raise ForkedWorkError(theirs)
    return {**mine, **theirs}


def _may_fork() -> bool:
    return hasattr(os, "fork") and threading.active_count() == 1


def _run_child(work: Callable[[], dict], results) -> None:
    """In the child: never returns. os._exit, not sys.exit: the parent's cleanups
    (atexit, open files' buffers, temporary folders) are the parent's to run."""
    code = 0
    try:
        try:
            outcome = (False, work())
        except BaseException:
            outcome, code = (True, traceback.format_exc()), 1
        pickle.dump(outcome, results, protocol=pickle.HIGHEST_PROTOCOL)
        results.flush()
    finally:
        os._exit(code)
