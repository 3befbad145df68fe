"""Pagefind over the site, by bundle (`segments.py`: the base pages into pagefind/).
Pagefind indexes a folder, so a bundle gets a folder of its pages' indexed parts
(`pagefind_source.py`; the same paths, so the same URLs): kept in the cache between
builds and brought up to date (only changed pages written anew), or made for the run
and removed when there is no cache. A bundle whose pages are byte for byte those of
the last build's is linked from the cache instead of indexed again (Pagefind writes
the same bytes for the same pages): adding an item, or editing one of the newest,
does not run Pagefind at all.

Run as its own process (`python pagefind_bundles.py SITE`), reading the plan the build
left in SITE/.pagefind-sources/plan.json: the build does other work meanwhile, and the
preview server can pause or stop it as one process group."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

if __package__:
    from site_builder.search.pagefind_source import indexed_part
else:  # run as a file (`runner_command`): its own folder is on sys.path
    from pagefind_source import indexed_part

SOURCES = ".pagefind-sources"  # inside the site: hard links need the same file system
PLAN = "plan.json"
PAGEFIND_OPTIONS = ["--force-language", "vi", "--silent"]


def pagefind_command(source: Path, output: Path) -> list[str]:
    return [sys.executable, "-m", "pagefind", "--site", str(source), "--output-path", str(output), *PAGEFIND_OPTIONS]


def write_plan(site_dir: Path, bundles: dict[str, list[str]], cache: Path | None = None,
               files: dict[str, Path] | None = None) -> None:
    """files: URL -> a file holding that page's bytes, for pages not (yet) in the site
    (a reused page's cached HTML, linked into the site while Pagefind runs)."""
    folder = site_dir / SOURCES
    folder.mkdir(parents=True, exist_ok=True)
    plan = {"bundles": bundles, "cache": str(cache) if cache else None,
            "files": {url: str(path) for url, path in (files or {}).items()}}
    (folder / PLAN).write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")


def runner_command(site_dir: Path) -> list[str]:
    # The file itself, not -m: it imports the standard library only, from any working folder.
    return [sys.executable, str(Path(__file__).resolve()), str(site_dir)]


def _html_path(url: str) -> str:
    return url + "index.html" if url == "" or url.endswith("/") else url


class _Pages:
    """Where each page's bytes are: the plan's file for it, else the site's."""

    def __init__(self, site_dir: Path, files: dict[str, str]) -> None:
        self.site_dir, self.files = site_dir, files

    def __call__(self, url: str) -> Path:
        file = self.files.get(url)
        return Path(file) if file else self.site_dir / _html_path(url)


def _fresh_source(pages: _Pages, source: Path, urls: list[str]) -> dict[str, str]:
    shutil.rmtree(source, ignore_errors=True)  # a run stopped half-way left it
    return _sync_sources(pages, source, urls, {})


def _kept_source(pages: _Pages, cached: Path, urls: list[str]) -> tuple[Path, dict[str, str]]:
    """The bundle's source folder kept in the cache between builds: only the pages that
    changed are written anew and the ~9,000 folders stay (making a folder costs this file
    system ~0.4 ms: 4 s a run at 10,000 pages). Its listing (page -> digest) says what
    the folder holds."""
    source, listing = cached / "source", cached / "source-pages.json"
    try:
        before = json.loads(listing.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        before = None
    if not isinstance(before, dict):  # none yet, damaged, or of a release that linked whole pages
        shutil.rmtree(source, ignore_errors=True)
        before = {}
    listing.unlink(missing_ok=True)  # until the folder matches a listing again
    now = _sync_sources(pages, source, urls, before)
    listing.write_text(json.dumps(now), encoding="utf-8")
    return source, now


def _sync_sources(pages: _Pages, source: Path, urls: list[str], before: dict[str, str]) -> dict[str, str]:
    """source: each page's indexed part (`pagefind_source.py`) at the page's path, so the
    same URL, and nothing else. before: what the folder holds (page -> digest of the
    page's bytes). Returns the same for the pages now."""
    wanted = {_html_path(url): url for url in urls}
    for relative in before:
        if relative not in wanted:
            (source / relative).unlink(missing_ok=True)
    now = {}
    for relative in sorted(wanted):
        page = pages(wanted[relative]).read_bytes()
        now[relative] = hashlib.sha256(page).hexdigest()
        if before.get(relative) != now[relative]:
            _write_new(source / relative, indexed_part(page))
    return now


def _write_new(target: Path, data: bytes) -> None:
    """A new file, never through the old one: that may be a link to a page of the site."""
    try:
        target.unlink()
    except FileNotFoundError:
        target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def _bundle_key(digests: dict[str, str]) -> str:
    """What a bundle depends on: Pagefind's version and options, and each page's URL and bytes."""
    key = hashlib.sha256(" ".join([importlib.metadata.version("pagefind"), *PAGEFIND_OPTIONS]).encode("utf-8"))
    for relative, digest in digests.items():
        key.update(f"{relative}\0{digest}\0".encode("utf-8"))
    return key.hexdigest()


def _link_tree(source: Path, target: Path) -> None:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target, copy_function=_link_or_copy)


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _reuse(cached: Path, key: str, output: Path) -> bool:
    try:
        if (cached / "key").read_text(encoding="utf-8") != key:
            return False
    except OSError:
        return False
    _link_tree(cached / "bundle", output)
    return True


def _remember(cached: Path, key: str, output: Path) -> None:
    fresh = cached / "bundle.new"
    _link_tree(output, fresh)
    (cached / "key").unlink(missing_ok=True)  # no key while the bundle is replaced: never reused half-made
    shutil.rmtree(cached / "bundle", ignore_errors=True)
    fresh.rename(cached / "bundle")
    (cached / "key").write_text(key, encoding="utf-8")


def index_bundles(site_dir: Path) -> list[str]:
    """Returns the bundles indexed (the others were reused). Raises CalledProcessError
    (with Pagefind's messages on stderr) when Pagefind fails."""
    folder = site_dir / SOURCES
    plan = json.loads((folder / PLAN).read_text(encoding="utf-8"))
    cache = Path(plan["cache"]) if plan["cache"] else None
    pages = _Pages(site_dir, plan.get("files") or {})
    indexed = []
    try:
        for name, urls in plan["bundles"].items():
            if cache is None:
                source, key = folder / name, None
                _fresh_source(pages, source, urls)
            else:
                source, digests = _kept_source(pages, cache / name, urls)
                key = _bundle_key(digests)
                if _reuse(cache / name, key, site_dir / name):
                    continue
            shutil.rmtree(site_dir / name, ignore_errors=True)  # Pagefind adds to what a folder holds
            subprocess.run(pagefind_command(source, site_dir / name), check=True)
            indexed.append(name)
            if cache is not None:
                _remember(cache / name, key, site_dir / name)
        if cache is not None:  # bundles of an earlier split
            for old in cache.glob("*"):
                if old.name not in plan["bundles"]:
                    shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return indexed


def _stop(signal_number: int, frame) -> None:
    # SystemExit inside subprocess.run kills Pagefind too, and the finally clauses tidy up.
    sys.exit(128 + signal_number)


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _stop)  # a failed build stops the runner and the Pagefind it started
    try:
        index_bundles(Path(sys.argv[1]))
    except subprocess.CalledProcessError as exc:
        sys.exit(exc.returncode or 1)
