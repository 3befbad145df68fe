"""SiteModel: every page the portal generates, keyed by its virtual source path."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from site_builder.content.entry import Entry
from site_builder.content.store import ContentStore
from site_builder.views.documents import document_view
from site_builder.views.agencies import agency_groups
from site_builder.views.home import home_view
from site_builder.views.listings import document_facets, document_listings, paginate


@dataclass(frozen=True)
class GeneratedPage:
    src_uri: str  # "ke-hoach/2024-271-qd-ubnd/index.md"
    title: str
    template: str
    markdown: str
    context: dict[str, Any]
    update_date: str  # ISO date for the sitemap: stable across builds
    description: str | None = None


class DuplicatePageError(Exception):
    pass


@dataclass
class SiteModel:
    pages: dict[str, GeneratedPage] = field(default_factory=dict)

    def add(self, page: GeneratedPage, owner: str) -> None:
        """Refuse two pages at one path, naming both owners."""
        if page.src_uri in self.pages:
            raise DuplicatePageError(
                f"{owner}:1: (tên tệp): trang '{page.src_uri.removesuffix('index.md')}' trùng đường dẫn với "
                f"trang '{self.pages[page.src_uri].title}'; hãy đổi tên tệp (two pages at one URL)"
            )
        self.pages[page.src_uri] = page


def _newest_date(entries) -> str:
    return max((e.model.date.as_date for e in entries), default=None).isoformat() if entries else "2024-01-01"


def build_site_model(store: ContentStore, page_size: int) -> SiteModel:
    """Generated pages first, then entries: a content file that takes a generated page's
    URL is the one reported."""
    site = SiteModel()
    site_date = _newest_date(store.documents)
    site.add(GeneratedPage("index.md", "Trang chủ", "home.html", "", {"home": home_view(store)}, site_date,
                           "Cổng thông tin cải cách hành chính."), "trang chủ")
    site.add(GeneratedPage("co-quan/index.md", "Cơ quan, đơn vị", "agencies.html", "",
                           {"agency_groups": agency_groups(store)}, site_date,
                           "Danh mục cơ quan, đơn vị ban hành và thực hiện."), "danh mục cơ quan")
    facets = document_facets(store)
    for listing in document_listings(store):
        for listing_page in paginate(listing, store, page_size, facets):
            site.add(GeneratedPage(f"{listing_page.url}index.md", listing_page.title, "listing.html", "",
                                   {"listing": listing_page}, _newest_date(listing.entries),
                                   listing.description), f"danh sách {listing.title}")
    for entry in store.documents:
        view = document_view(entry, store)
        site.add(GeneratedPage(entry.src_uri, entry.model.page_title, "document.html", entry.body,
                               {"document": view}, entry.model.date.as_date.isoformat(),
                               entry.model.summary or entry.model.abstract), entry.path)
    for entry in store.pages:
        site.add(_authored_page(entry, site_date), entry.path)
    return site


def _authored_page(entry: Entry, site_date: str) -> GeneratedPage:
    return GeneratedPage(entry.src_uri, entry.model.title, "main.html", entry.body, {}, site_date,
                         entry.model.description)
