"""Measuring a command: wall time and the peak memory of its whole process tree
(MkDocs, image workers and Pagefind together), sampled from /proc; and what a build
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
    peak_mb: float  # the process tree's resident memory at its highest sample
    returncode: int
    output: str


def tree_rss_bytes(root_pid: int) -> int:
    """Resident memory of root_pid and all its descendants, now."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry.name)
        parents[pid] = int(fields[1])
        rss[pid] = int(fields[21]) * PAGE_SIZE
    total, wanted = 0, {root_pid}
    changed = True
    while changed:
        changed = False
        for pid, parent in parents.items():
            if parent in wanted and pid not in wanted:
                wanted.add(pid)
                changed = True
    for pid in wanted:
        total += rss.get(pid, 0)
    return total


def run_measured(command: list[str], cwd: Path, env: dict[str, str], interval: float = 0.05) -> Run:
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss_bytes(process.pid))
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
