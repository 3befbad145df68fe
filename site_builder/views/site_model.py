"""GeneratedPage and SiteModel: what the plugin hands MkDocs, by virtual source path."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


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


class DuplicatePageError(Exception):
    pass


@dataclass
class SiteModel:
    pages: dict[str, GeneratedPage] = field(default_factory=dict)
    static_files: dict[str, bytes] = field(default_factory=dict)  # drawn at build time (QR codes)

    def add(self, page: GeneratedPage, owner: str) -> None:
        """Refuse two pages at one path, naming both owners."""
        if page.src_uri in self.pages:
            raise DuplicatePageError(
                f"{owner}:1: (tên tệp): trang '{page.src_uri.removesuffix('index.md')}' trùng đường dẫn với "
                f"trang '{self.pages[page.src_uri].title}'; hãy đổi tên tệp (two pages at one URL)"
            )
        self.pages[page.src_uri] = page
