"""Measuring a command: wall time and the peak memory of its whole process tree
(MkDocs, image workers and Pagefind together, a fork's shared pages counted once), sampled from /proc; and what a build
wrote (file count, bytes, a digest per file to count what changed)."""

from __future__ import annotations

import ctypes
import functools
import hashlib
import os
import platform
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float  # the process tree's memory (`TreeMemory`) at its highest sample
    returncode: int
    output: str
    sampler_seconds: float = 0.0  # the CPU the memory sampling took, beside the command


class TreeMemory:
    """The memory a process tree takes, now: each process's resident size, except that a
    forked copy of its parent (the same command line: the build's forked look-ups, the
    image workers forked from their server) counts only the pages it made its own, since
    the rest are its parent's and counted there (summed resident sizes counted a fork's
    every shared page twice). The copies' own pages are read from their smaps_rollup,
    which costs the kernel a walk of every page (8 ms at 500 MB), so the readings take
    at most COPY_READ_SHARE of a core; between them a copy's resident size's growth is
    added (what it allocates; the pages it copies on writing show at the next reading).
    A copy in its parent's very address space (`_shares_memory`) adds nothing."""

    def __init__(self, root_pid: int) -> None:
        self.root_pid = root_pid
        self._own: dict[int, tuple[int, int]] = {}  # pid -> (own bytes at the last reading, its RSS then)
        self._next_reading = 0.0

    def now(self) -> int:
        processes = _processes()
        tree = [pid for pid in _tree(self.root_pid, processes) if pid in processes]
        commands = _Commands((pid, _command(pid)) for pid in tree)
        # Then the sizes again: a vfork'd child that ran its program between the two readings
        # is read as that program, not with its parent's size and its program's command line.
        processes.update((pid, process) for pid in tree if (process := _process(pid)) is not None)
        copies = {pid for pid in tree if _is_fork_copy(pid, processes, commands)}
        # A copy in its parent's very memory (a vfork'd child before it runs its program) adds nothing.
        copies -= (sharing := {pid for pid in copies if _shares_memory(pid, processes[pid].parent)})
        # No command line: a process ending, or between its parent's memory and its program's
        # (in execve), its size then its parent's: counted at the next sample.
        sharing |= {pid for pid in tree if commands[pid] == b""}
        due = time.perf_counter() >= self._next_reading
        began = time.perf_counter()
        for pid in copies:
            if due or pid not in self._own:  # a copy seen first is read at once
                self._own[pid] = (_private_bytes(pid), processes[pid].rss)
        if due:
            self._next_reading = began + (time.perf_counter() - began) / COPY_READ_SHARE
        return sum(self._own_bytes(pid, processes[pid].rss) if pid in copies else processes[pid].rss
                   for pid in tree if pid not in sharing)

    def _own_bytes(self, pid: int, rss: int) -> int:
        own, rss_then = self._own[pid]
        return own + max(0, rss - rss_then)


COPY_READ_SHARE = 0.05


@dataclass(frozen=True)
class _Process:
    parent: int
    rss: int


def _processes() -> dict[int, _Process]:
    """Every process's parent and resident size, from its stat file read as bytes: the
    sampler runs beside the build it measures, and on two cores what it costs is taken
    from a build that uses both (Material's leaves one idle). Python's text files and a
    command line read for every process cost ~1.9 ms a sample; this ~0.5 ms."""
    found = {}
    for name in os.listdir("/proc"):
        if name.isdigit() and (process := _process(int(name))) is not None:
            found[int(name)] = process
    return found


def _process(pid: int) -> _Process | None:
    try:
        fields = _read(f"/proc/{pid}/stat").rsplit(b")", 1)[1].split()
        return _Process(int(fields[1]), int(fields[21]) * PAGE_SIZE)
    except (IndexError, ValueError):
        return None  # it ended meanwhile


def _read(path: str) -> bytes:
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:
        return b""
    chunks = []
    try:
        while chunk := os.read(descriptor, 4096):
            chunks.append(chunk)
    except OSError:
        return b""
    finally:
        os.close(descriptor)
    return b"".join(chunks)


def _command(pid: int) -> bytes:
    return _read(f"/proc/{pid}/cmdline")


class _Commands(dict):
    """Command lines by pid: the measured tree's, and any other's (the root's parent) read when asked for."""

    def __missing__(self, pid: int) -> bytes:
        self[pid] = command = _command(pid)
        return command


def _tree(root_pid: int, processes: dict[int, _Process]) -> set[int]:
    wanted = {root_pid}
    changed = True
    while changed:
        changed = False
        for pid, process in processes.items():
            if process.parent in wanted and pid not in wanted:
                wanted.add(pid)
                changed = True
    return wanted


def _is_fork_copy(pid: int, processes: dict[int, _Process], commands: _Commands) -> bool:
    parent = processes[pid].parent
    return parent in processes and commands[parent] == commands[pid] != b""


# kcmp(2)'s number by machine, and its KCMP_VM: do two processes run in one address space?
_KCMP = {"x86_64": 312, "aarch64": 272}.get(platform.machine())
_KCMP_VM = 1


def _shares_memory(pid: int, parent: int) -> bool:
    """True when pid runs in its parent's memory: a child made by vfork (how Python starts
    a program, `rm` at a build's end) has its parent's command line and address space
    until it runs the program, and its smaps_rollup then lists the parent's own pages as
    its own: counted twice, a build after adding an item read 662 MB once (~400-470 MB in
    38 repeats), and a 300 MB process starting programs 617 MB. False where kcmp is not
    there or not allowed (the copy is counted as before)."""
    syscall = _syscall()
    return syscall is not None and syscall(_KCMP, pid, parent, _KCMP_VM, 0, 0) == 0


@functools.cache
def _syscall():
    if _KCMP is None:
        return None
    try:
        return ctypes.CDLL(None, use_errno=True).syscall
    except (OSError, AttributeError):
        return None


def _private_bytes(pid: int) -> int:
    total = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii", errors="replace") as rollup:
            for line in rollup:
                if line.startswith(("Private_Clean:", "Private_Dirty:")):
                    total += int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        return 0
    return total


def run_measured(command: list[str], cwd: Path, env: dict[str, str], interval: float = 0.05) -> Run:
    """Wall time, and the tree's memory (`TreeMemory`) at its highest sample, every interval."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True)
    peak, sampler_seconds = 0, 0.0
    done = threading.Event()
    memory = TreeMemory(process.pid)

    def sample() -> None:
        nonlocal peak, sampler_seconds
        began = time.thread_time()
        while not done.is_set():
            peak = max(peak, memory.now())
            done.wait(interval)
        sampler_seconds = time.thread_time() - began

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = process.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    return Run(seconds, peak / 1e6, process.returncode, output, sampler_seconds)


@dataclass(frozen=True)
class TreeStats:
    files: int
    bytes: int


def tree_stats(folder: Path) -> TreeStats:
    files = total = 0
    for path in folder.rglob("*"):
        if path.is_file():
            files += 1
            total += path.stat().st_size
    return TreeStats(files, total)


def digests(folder: Path) -> dict[str, str]:
    return {path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def changed_files(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """Files added, removed or with new bytes: what a deploy has to copy or delete."""
    return sorted(path for path in before.keys() | after.keys() if before.get(path) != after.get(path))
