"""Image workers keep freed pixel buffers: the next photo's need no new pages."""

from __future__ import annotations

import subprocess
import sys

# Makes and drops 40 photo-sized images; prints the page faults that took.
_PROBE = """
import resource, sys
from PIL import Image
from site_builder.images.worker_memory import keep_freed_memory
tuned = keep_freed_memory() if sys.argv[1] == "tuned" else None
Image.new("RGB", (1280, 853), (1, 2, 3)).resize((1200, 800))  # warm: import and first allocations
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for i in range(40):
    Image.new("RGB", (1280, 853), (i, 2, 3)).resize((1200, 800)).tobytes()
print(tuned, resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def _faults(mode: str) -> tuple[str, int]:
    done = subprocess.run([sys.executable, "-c", _PROBE, mode], capture_output=True, text=True, check=True)
    tuned, faults = done.stdout.split()
    return tuned, int(faults)


def test_a_tuned_worker_takes_few_page_faults_for_photo_after_photo():
    tuned, faults = _faults("tuned")
    assert tuned == "True"  # glibc, as on every machine the project builds on
    _, untuned_faults = _faults("plain")
    # Each image is ~3 MB (~800 pages): untuned, every one is faulted in afresh.
    assert untuned_faults > 40 * 500
    assert faults < untuned_faults / 10
