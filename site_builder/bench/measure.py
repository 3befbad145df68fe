"""Measuring a command: wall time and the peak memory of its whole process tree
(MkDocs, image workers and Pagefind together, shared pages counted once), sampled from /proc; and what a build
wrote (file count, bytes, a digest per file to count what changed)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float  # the process tree's memory (`tree_memory_bytes`) at its highest sample
    returncode: int
    output: str


def tree_memory_bytes(root_pid: int) -> int:
    """Memory of root_pid and all its descendants, now: each one's proportional set size
    (a page shared by n processes counts 1/n in each), so a forked copy of the build, or
    the libraries every worker maps, count once, as they take memory once. Summing
    resident sizes would count a fork's every shared page twice. RSS where the kernel
    gives no smaps_rollup."""
    return sum(_memory_of(pid) for pid in _tree(root_pid))


def tree_rss_bytes(root_pid: int) -> int:
    """The resident sizes summed: never below tree_memory_bytes, and ~500 times cheaper
    to read (the kernel walks every page of a process for its smaps_rollup: 8 ms at 500 MB)."""
    return sum(_rss_of(pid) for pid in _tree(root_pid))


def _tree(root_pid: int) -> set[int]:
    parents: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as stat:
                parents[int(entry.name)] = int(stat.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
    wanted = {root_pid}
    changed = True
    while changed:
        changed = False
        for pid, parent in parents.items():
            if parent in wanted and pid not in wanted:
                wanted.add(pid)
                changed = True
    return wanted


def _memory_of(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii", errors="replace") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return _rss_of(pid)


def _rss_of(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            return int(stat.read().rsplit(")", 1)[1].split()[21]) * PAGE_SIZE
    except (OSError, IndexError, ValueError):
        return 0  # it ended meanwhile


MEMORY_READ_SHARE = 0.1  # of one core, at most, spent reading the true memory figure


def run_measured(command: list[str], cwd: Path, env: dict[str, str], interval: float = 0.05) -> Run:
    """Wall time, and the tree's memory at its peak: the cheap resident sizes every
    interval, and the true figure (tree_memory_bytes) only while the resident sizes are
    above the peak so far (the figure never is), no more often than keeps its reading
    under MEMORY_READ_SHARE of a core, so it takes little from the build measured."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        next_read = 0.0
        while not done.is_set():
            if tree_rss_bytes(process.pid) > peak and time.perf_counter() >= next_read:
                began = time.perf_counter()
                peak = max(peak, tree_memory_bytes(process.pid))
                next_read = began + (time.perf_counter() - began) / MEMORY_READ_SHARE
            done.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = process.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    return Run(seconds, peak / 1e6, process.returncode, output)


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
