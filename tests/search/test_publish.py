"""The end of a build's search work: a quick tier whose base part is made anew is
written before the rest of the build's end, which waits for the image workers, so it
shares the cores with their last photos (its memory beside theirs is the benchmark's
to measure: 581 MB at 10,000 pages, with the pages' Markdown let go as they are written)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from site_builder.search.publish import SearchIndexes
from tests.search.test_quick_index import RECORDS


def indexes(site, cache) -> SearchIndexes:
    return SearchIndexes.start(RECORDS, site, use_pagefind=False, serving=False, segment=128, cache=cache)


def test_a_base_part_made_anew_is_written_before_the_rest(tmp_path):
    manifest = tmp_path / "site" / "tim-kiem-nhanh" / "manifest.json"
    seen = []
    indexes(tmp_path / "site", tmp_path / "cache").write_quick_tier(lambda: seen.append(manifest.exists()))
    assert seen == [True]


def tree(folder):
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def test_the_quick_tier_is_linked_from_the_cache_with_the_bytes_written_without_one(tmp_path):
    indexes(tmp_path / "plain", None).write_quick_tier()
    indexes(tmp_path / "first", tmp_path / "cache").write_quick_tier()
    indexes(tmp_path / "second", tmp_path / "cache").write_quick_tier()  # a rebuild: the same files
    written = tree(tmp_path / "plain")
    assert tree(tmp_path / "first") == written == tree(tmp_path / "second")
    kept = tmp_path / "cache" / "tim-kiem-nhanh" / "files"
    inodes = {path.stat().st_ino for path in kept.iterdir()}
    for name in written:
        first, second = (tmp_path / site / name for site in ("first", "second"))
        assert first.stat().st_ino == second.stat().st_ino and first.stat().st_ino in inodes, name



# In a fresh interpreter: the test runner's own process may have threads, and then nothing forks.
PLACING = """
import json, os, sys
from pathlib import Path
from site_builder.search.publish import SearchIndexes
from tests.search.test_quick_index import RECORDS

root = Path(sys.argv[1])
seen = {"placed": [], "meanwhile": []}

def run(site):
    indexes = SearchIndexes.start(RECORDS, root / site, use_pagefind=False, serving=False, segment=128,
                                  cache=root / "cache")
    indexes.write_quick_tier(lambda: seen["meanwhile"].append(os.getpid()),
                             lambda: (root / f"placed-{site}-{os.getpid()}").write_text("linked"))
    seen["placed"].append(sorted(p.name for p in root.glob(f"placed-{site}-*")))

run("first")  # the base part made: here, after meanwhile
run("second")  # the base part kept: in the quick tier's fork, beside meanwhile
print(json.dumps({"me": os.getpid(), **seen}))
"""


def test_placing_runs_with_the_quick_tier_in_a_forked_copy_when_its_base_is_light(tmp_path):
    result = subprocess.run([sys.executable, "-c", PLACING, str(tmp_path)], capture_output=True, text=True,
                            timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    me = seen["me"]
    assert seen["meanwhile"] == [me, me]
    (first,), (second,) = seen["placed"]  # each placed once, done when write_quick_tier returned
    assert first == f"placed-first-{me}" and second.startswith("placed-second-") and second != f"placed-second-{me}"
    assert (tmp_path / "second" / "tim-kiem-nhanh" / "manifest.json").is_file()
