"""GeneratedPage and SiteModel: what the plugin hands MkDocs, by virtual source path."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable


@dataclass(frozen=True)
class BuildSettings:
    """What the views need to know of the build: from mkdocs.yml and the injected clock."""

    page_size: int
    site_url: str
    site_name: str
    now: dt.datetime
    content_dir: Path
    # made_once(kind, inputs, make): the file make() gives, kept by the build's caches under
    # the inputs (whose repr says all they are), or None where it keeps none.
    made_once: Callable[[str, tuple, Callable[[], bytes]], Path | None] | None = None


@dataclass(frozen=True)
class GeneratedPage:
    src_uri: str  # "ke-hoach/2024-271-qd-ubnd/index.md"
    title: str
    template: str
    markdown: str
    context: dict[str, Any]
    update_date: str  # ISO date for the sitemap: stable across builds
    description: str | None = None
    og_type: str = "website"  # "article" for entries
    card_label: str = ""  # the line above the title on the share card: "Kế hoạch · 29/01/2024"
    cover: Any = None  # the authored cover image (a Path in content/), when the page has one
    anchors: frozenset[str] = frozenset()  # ids the template adds, so body links to them validate
    toc: tuple[tuple[str, str], ...] = ()  # (id, title) of the template's sections, for the table of contents
    card_title: str = ""  # the share card's title when not the page's: one card for all pages of a listing


class DuplicatePageError(Exception):
    pass


@dataclass
class SiteModel:
    pages: dict[str, GeneratedPage] = field(default_factory=dict)
    static_files: dict[str, bytes] = field(default_factory=dict)  # drawn at build time (QR codes)
    static_paths: dict[str, Any] = field(default_factory=dict)  # made files in the image cache (Path)
    shares: dict[str, Any] = field(default_factory=dict)  # src_uri -> ShareImage for og:image
    feeds: list[Any] = field(default_factory=list)  # FeedSpec: written after pages are rendered

    def add(self, page: GeneratedPage, owner: str) -> None:
        """Refuse two pages at one path, naming both owners."""
        if page.src_uri in self.pages:
            raise DuplicatePageError(
                f"{owner}:1: (tên tệp): trang '{page.src_uri.removesuffix('index.md')}' trùng đường dẫn với "
                f"trang '{self.pages[page.src_uri].title}'; hãy đổi tên tệp (two pages at one URL)"
            )
        self.pages[page.src_uri] = page

    def add_file(self, target: str, make: Callable[[], bytes], kind: str, inputs: tuple,
                 settings: BuildSettings) -> None:
        """A file of the site made by make() from inputs alone, as the build's caches keep it
        (`BuildSettings.made_once`): a rebuild links the radio calendar of 500 episodes, the
        podcast and its artwork rather than making them again (~0.18 s at 10,000 pages, and
        icalendar and feedgen need not be imported)."""
        made = settings.made_once(kind, inputs, make) if settings.made_once is not None else None
        if made is None:
            self.static_files[target] = make()
        else:
            self.static_paths[target] = made
