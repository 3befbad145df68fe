"""Shared test helpers: fixture sites copied to a temporary folder and built for real."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from site_builder import source_facts
from site_builder.bench.measure import digests

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"

FIXTURE_CONFIG = """\
site_name: Cổng CCHC thử nghiệm
site_url: https://cchc.example.gov.vn/
docs_dir: content
site_dir: site
strict: true
theme:
  name: material
  custom_dir: {theme}
  language: vi
  font: false
extra_css:
  - assets/stylesheets/portal.css
extra_javascript:
  - assets/javascripts/portal.js
nav:
  - Trang chủ: index.md
  - Văn bản: van-ban/index.md
plugins:
  - portal:
      page_size: {page_size}
markdown_extensions:
  - tables
  - attr_list
  - admonition
  - toc:
      slugify: !!python/name:site_builder.vietnamese.text.toc_slug
validation:
  omitted_files: ignore
  absolute_links: warn
  unrecognized_links: warn
  anchors: warn
"""


def make_site(tmp_path: Path, fixture: str = "minimal", page_size: int = 20) -> Path:
    """A copy of a fixture site with a mkdocs.yml pointing at the repository's theme."""
    project = tmp_path / "project"
    shutil.copytree(FIXTURES / "sites" / fixture / "content", project / "content")
    (project / "mkdocs.yml").write_text(
        FIXTURE_CONFIG.format(theme=ROOT / "theme", page_size=page_size), encoding="utf-8"
    )
    return project


def copy_repository_site(tmp_path: Path) -> Path:
    """The repository's own mkdocs.yml, content and theme, to build and corrupt safely."""
    project = tmp_path / "repo"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "content", project / "content")
    shutil.copytree(ROOT / "theme", project / "theme")
    return project


def built_with_portal_option(tmp_path: Path, option: str, files: dict[str, str] | None = None) -> Path:
    """The repository's sample portal built with more plugin options (e.g. "pagefind: false";
    several joined by "\n      ") and extra files (path relative to the project -> text)."""
    project = copy_repository_site(tmp_path)
    for name, text in (files or {}).items():
        (project / name).write_text(text, encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "  - portal:\n      page_size: 20\n", f"  - portal:\n      page_size: 20\n      {option}\n"), encoding="utf-8")
    result = build(project)
    assert result.returncode == 0, result.stderr
    return project


# The clock every test build sees, so builds are reproducible and schedules known.
TEST_NOW = "2026-11-22T09:00:00+07:00"


def build(project: Path, now: str = TEST_NOW, extra: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    env = {**os.environ, "PORTAL_NOW": now, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), *extra],
        capture_output=True, text=True, cwd=project, timeout=600, env=env,
    )


tree_digest = digests  # every file's SHA-256 by relative path: compares two builds byte for byte


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.hrefs.append(value)


def logged_number(result: subprocess.CompletedProcess, pattern: str) -> int:
    """The number pattern's one group reads from a build's log (the build must have logged it)."""
    found = re.search(pattern, result.stderr)
    assert found, result.stderr[-2000:]
    return int(found.group(1))


def links_in(html: str) -> list[str]:
    parser = _Links()
    parser.feed(html)
    return parser.hrefs


def broken_internal_links(site: Path) -> list[str]:
    """Relative links of every built page that point at no file."""
    broken = []
    for page in sorted(site.rglob("*.html")):
        for href in links_in(page.read_text(encoding="utf-8")):
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith(("#", "mailto:", "tel:", "data:")):
                continue
            base = site if parts.path.startswith("/") else page.parent  # 404.html links from the root
            target = (base / unquote(parts.path).lstrip("/")).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(site)} -> {href}")
    return broken


def sideways_overflow(page) -> int:
    """How far a browser page scrolls sideways (0 or less: it does not)."""
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def next_build(facts_file):
    """What a new build process starts with: this build's facts, from the file alone."""
    source_facts.save(facts_file)
    source_facts.load(facts_file.with_name("missing.pickle"))
    source_facts.load(facts_file.with_name("missing.pickle"))  # nothing left in memory
    source_facts.load(facts_file)


def same_stat_other_bytes(path, data: bytes) -> None:
    """Bytes changed in place with the time put back: what the facts cannot see."""
    found = path.stat()
    assert len(data) == found.st_size
    with open(path, "r+b") as stream:
        stream.write(data)
    os.utime(path, ns=(found.st_atime_ns, found.st_mtime_ns))
