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
    child = _Child(lambda: work(items[1::2]))
    try:
        mine = work(items[::2])  # every other item: neighbours cost alike (a section's pages are together)
    except BaseException:
        child.discard()
        raise
    return {**mine, **child.result()}


class Begun:
    """Work begun in a forked child (`begun`): wait() for its end, ForkedWorkError if it failed."""

    def __init__(self, child: "_Child | None") -> None:
        self._child = child

    def wait(self) -> None:
        child, self._child = self._child, None
        if child is not None:
            child.result()

    def discard(self) -> None:
        """Waited for, its outcome dropped (the build failed meanwhile)."""
        child, self._child = self._child, None
        if child is not None:
            child.discard()


def begun(task: Callable[[], object]) -> Begun:
    """task() (work done for its files) begun in a forked child when that is safe, while
    this process goes on; else done here, now."""
    if not _may_fork():
        task()
        return Begun(None)
    return Begun(_Child(task))


def alongside(there: Callable[[], object], here: Callable[[], Result]) -> Result:
    """here()'s result, with there() (work done for its files, its result dropped) run
    meanwhile in a forked child when that is safe, else before here()."""
    if not _may_fork():
        there()
        return here()
    child = _Child(there)
    try:
        value = here()
    except BaseException:
        child.discard()
        raise
    child.result()
    return value


def _may_fork() -> bool:
    return hasattr(os, "fork") and threading.active_count() == 1


class _Child:
    """task() in a forked copy of this process; its result comes back pickled in a file."""

    def __init__(self, task: Callable[[], object]) -> None:
        self._results = tempfile.TemporaryFile()
        self._status: int | None = None
        self._pid = os.fork()
        if self._pid == 0:
            _run_child(task, self._results)

    def wait(self) -> None:
        if self._status is None:
            _, self._status = os.waitpid(self._pid, 0)

    def discard(self) -> None:
        """Waited for, its result unread (the work here failed)."""
        self.wait()
        self._results.close()

    def result(self):
        """The task's result; ForkedWorkError with the child's traceback when it failed."""
        self.wait()
        with self._results:
            self._results.seek(0)
            try:
                failed, value = pickle.load(self._results)
            except (EOFError, pickle.UnpicklingError) as exc:
                raise ForkedWorkError(f"the forked work ended without a result (status {self._status})") from exc
        if failed:
            raise ForkedWorkError(value)
        return value


def _run_child(work: Callable[[], object], results) -> None:
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
