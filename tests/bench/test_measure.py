"""The benchmark's memory figure: a process tree's pages, each counted once."""

from __future__ import annotations

import sys

from site_builder.bench.measure import run_measured

HOLD_THEN_FORK = """
import os, time
held = bytearray(200 * 1024 * 1024)
held[::4096] = b"x" * len(held[::4096])  # every page touched: resident
child = os.fork()
if child == 0:
    own = bytearray({child_mb} * 1024 * 1024)
    own[::4096] = b"y" * len(own[::4096])
    time.sleep(1.5)
    os._exit(0)
time.sleep(1.5)
os.waitpid(child, 0)
"""


def test_a_forked_copy_counts_its_own_pages_not_the_ones_it_shares(tmp_path):
    shared = run_measured([sys.executable, "-c", HOLD_THEN_FORK.format(child_mb=0)], tmp_path, {})
    assert shared.returncode == 0, shared.output
    assert 200 <= shared.peak_mb < 300  # resident sizes summed would say ~420
    own = run_measured([sys.executable, "-c", HOLD_THEN_FORK.format(child_mb=150)], tmp_path, {})
    assert own.returncode == 0, own.output
    assert 340 <= own.peak_mb < 450


HOLD_THEN_RUN = """
import subprocess, sys, time
held = bytearray(100 * 1024 * 1024)
held[::4096] = b"x" * len(held[::4096])
other = "b = bytearray(150 * 1024 * 1024); b[::4096] = b'y' * len(b[::4096]); import time; time.sleep(1.5)"
subprocess.run([sys.executable, "-c", other], check=True)
"""


def test_a_program_started_by_the_build_counts_whole(tmp_path):
    both = run_measured([sys.executable, "-c", HOLD_THEN_RUN], tmp_path, {})
    assert both.returncode == 0, both.output
    assert 250 <= both.peak_mb < 360


def test_a_process_in_its_parents_very_memory_is_told_from_a_forked_copy():
    """kcmp: the build's vfork'd children (before they run `rm`) share its address space."""
    import os
    import subprocess

    from site_builder.bench.measure import _shares_memory

    assert _shares_memory(os.getpid(), os.getpid())
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(2)"])
    try:
        assert not _shares_memory(other.pid, os.getpid())
    finally:
        other.kill()
        other.wait()


def test_a_copy_sharing_its_parents_memory_adds_nothing(tmp_path, monkeypatch):
    """As the forked copy above would be counted if it ran in its parent's address space."""
    from site_builder.bench import measure

    monkeypatch.setattr(measure, "_shares_memory", lambda pid, parent: True)
    own = run_measured([sys.executable, "-c", HOLD_THEN_FORK.format(child_mb=150)], tmp_path, {})
    assert own.returncode == 0, own.output
    assert 200 <= own.peak_mb < 300  # the copy's own 150 MB not counted


HOLD_THEN_START_PROGRAMS = """
import subprocess
held = bytearray(200 * 1024 * 1024)
held[::4096] = b"x" * len(held[::4096])
for _ in range(300):
    subprocess.Popen(["true"], start_new_session=True).wait()  # as the build starts `rm` at its end
"""


def test_a_program_being_started_is_not_counted_as_a_second_copy_of_its_parent():
    """Python starts a program through vfork: until the child runs it, it has its parent's
    command line and address space. Sampled every millisecond, the count before kcmp read
    ~2x the parent in 15 of ~200 samples."""
    import subprocess
    import time

    from site_builder.bench.measure import TreeMemory

    process = subprocess.Popen([sys.executable, "-c", HOLD_THEN_START_PROGRAMS])
    memory, peak = TreeMemory(process.pid), 0
    while process.poll() is None:
        peak = max(peak, memory.now())
        time.sleep(0.001)
    assert process.returncode == 0
    assert 200 * 2**20 <= peak < 300 * 2**20


def test_the_sampling_reports_the_cpu_it_took_beside_the_command(tmp_path):
    """On two cores the sampler's CPU is taken from a build that uses both: it is reported."""
    run = run_measured([sys.executable, "-c", "import time; time.sleep(1)"], tmp_path, {})
    assert 0 < run.sampler_seconds < 0.25 * run.seconds
