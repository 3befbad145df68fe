"""Pagefind over the site in bundles (`segments.py`): the base pages into pagefind/, the
newest into pagefind-moi/. Pagefind indexes a folder, so each bundle gets a folder of
hard links to its pages (the same paths, so the same URLs), removed afterwards.

Run as its own process (`python pagefind_bundles.py SITE`), reading
the plan the build left in SITE/.pagefind-sources/plan.json: the build does other work
meanwhile, and the preview server can pause or stop it as one process group."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

SOURCES = ".pagefind-sources"  # inside the site: hard links need the same file system
PLAN = "plan.json"


def pagefind_command(source: Path, output: Path) -> list[str]:
    """The one Pagefind invocation (the benchmark measures it alone too)."""
    return [sys.executable, "-m", "pagefind", "--site", str(source), "--output-path", str(output),
            "--force-language", "vi", "--silent"]


def write_plan(site_dir: Path, bundles: dict[str, list[str]]) -> None:
    folder = site_dir / SOURCES
    folder.mkdir(parents=True, exist_ok=True)
    (folder / PLAN).write_text(json.dumps(bundles, ensure_ascii=False), encoding="utf-8")


def runner_command(site_dir: Path) -> list[str]:
    # The file itself, not -m: it imports the standard library only, from any working folder.
    return [sys.executable, str(Path(__file__).resolve()), str(site_dir)]


def _html_path(url: str) -> str:
    return url + "index.html" if url == "" or url.endswith("/") else url


def _link_pages(site_dir: Path, source: Path, urls: list[str]) -> None:
    shutil.rmtree(source, ignore_errors=True)  # a run stopped half-way left it
    for url in urls:
        relative = _html_path(url)
        target = source / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(site_dir / relative, target)
        except OSError:  # a file system without hard links
            shutil.copyfile(site_dir / relative, target)


def index_bundles(site_dir: Path) -> None:
    """Raises CalledProcessError (with Pagefind's messages on stderr) when Pagefind fails."""
    folder = site_dir / SOURCES
    bundles = json.loads((folder / PLAN).read_text(encoding="utf-8"))
    try:
        for name, urls in bundles.items():
            source = folder / name
            _link_pages(site_dir, source, urls)
            subprocess.run(pagefind_command(source, site_dir / name), check=True)
            shutil.rmtree(source)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    try:
        index_bundles(Path(sys.argv[1]))
    except subprocess.CalledProcessError as exc:
        sys.exit(exc.returncode or 1)
