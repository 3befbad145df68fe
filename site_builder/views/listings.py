"""Listings of documents: per kind, type, year and agency, paginated."""

from __future__ import annotations

from dataclasses import dataclass

from site_builder.content.entry import Entry
from site_builder.content.store import ContentStore
from site_builder.vietnamese.collation import sort_key
from site_builder.vietnamese.text import slugify
from site_builder.views.agencies import AgencyView, agency_view


@dataclass(frozen=True)
class PageLink:
    number: int
    url: str
    is_current: bool


@dataclass(frozen=True)
class Pagination:
    current: int
    total: int
    pages: tuple[PageLink, ...]
    previous_url: str | None
    next_url: str | None


@dataclass(frozen=True)
class Facet:
    label: str
    url: str
    count: int


@dataclass(frozen=True)
class Listing:
    """One listing before pagination: a title, a base URL and its entries."""

    base_url: str  # "van-ban/nam/2024/"
    title: str
    description: str
    entries: tuple[Entry, ...]
    agency: AgencyView | None = None  # set on an agency's own listing
    kind: str = "document"  # document | procedure | news | mixed: which list partial renders the items

    @property
    def feed_url(self) -> str:
        return f"{self.base_url}feed.xml"

    @property
    def atom_url(self) -> str:
        return f"{self.base_url}feed.atom"


@dataclass(frozen=True)
class ListingPage:
    listing: Listing
    items: tuple  # EntryLink or ProcedureLink, by listing.kind
    pagination: Pagination
    url: str
    facets: dict[str, tuple[Facet, ...]]

    @property
    def title(self) -> str:
        if self.pagination.current == 1:
            return self.listing.title
        return f"{self.listing.title} (trang {self.pagination.current})"


def page_url(base_url: str, number: int) -> str:
    return base_url if number == 1 else f"{base_url}trang/{number}/"


def paginate(listing: Listing, link, page_size: int, facets) -> list[ListingPage]:
    """Pages of page_size items; link(entry) makes each item's view."""
    chunks = [listing.entries[i : i + page_size] for i in range(0, len(listing.entries), page_size)] or [()]
    total = len(chunks)
    pages = []
    for number, chunk in enumerate(chunks, start=1):
        links = tuple(PageLink(n, page_url(listing.base_url, n), n == number) for n in range(1, total + 1))
        pagination = Pagination(
            current=number,
            total=total,
            pages=links,
            previous_url=page_url(listing.base_url, number - 1) if number > 1 else None,
            next_url=page_url(listing.base_url, number + 1) if number < total else None,
        )
        pages.append(ListingPage(listing, tuple(link(e) for e in chunk), pagination,
                                 page_url(listing.base_url, number), facets))
    return pages


def document_listings(store: ContentStore) -> list[Listing]:
    docs = store.documents
    listings = [Listing("van-ban/", "Văn bản", "Tất cả kế hoạch, báo cáo và văn bản khác.", tuple(docs))]
    for kind, url, title in (("plan", "ke-hoach/", "Kế hoạch"), ("report", "bao-cao/", "Báo cáo")):
        listings.append(Listing(url, title, f"{title} về cải cách hành chính.",
                                tuple(e for e in docs if e.model.kind == kind)))
    for label, entries in sorted(group(docs, lambda e: e.model.type_label).items(), key=lambda kv: sort_key(kv[0])):
        listings.append(Listing(f"van-ban/loai/{slugify(label)}/", label, f"Các văn bản loại {label.lower()}.",
                                tuple(entries)))
    for year, entries in sorted(store.by_year().items(), reverse=True):
        listings.append(Listing(f"van-ban/nam/{year}/", f"Văn bản năm {year}",
                                f"Văn bản ban hành năm {year}.", tuple(entries)))
    for agency_id, entries in store.by_agency().items():
        agency = store.agencies[agency_id]
        listings.append(Listing(f"co-quan/{agency_id}/", agency.name,
                                f"Văn bản do {agency.name} ban hành.", tuple(entries),
                                agency_view(agency, store)))
    return listings


def document_facets(store: ContentStore) -> dict[str, tuple[Facet, ...]]:
    """The filter links every document listing shows."""
    docs = store.documents
    types = sorted(group(docs, lambda e: e.model.type_label).items(), key=lambda kv: sort_key(kv[0]))
    years = sorted(store.by_year().items(), reverse=True)
    agencies = sorted(store.by_agency().items(), key=lambda kv: sort_key(store.agencies[kv[0]].display_name))
    return {
        "Loại văn bản": tuple(Facet(label, f"van-ban/loai/{slugify(label)}/", len(e)) for label, e in types),
        "Năm ban hành": tuple(Facet(str(year), f"van-ban/nam/{year}/", len(e)) for year, e in years),
        "Cơ quan ban hành": tuple(
            Facet(store.agencies[a].display_name, f"co-quan/{a}/", len(e)) for a, e in agencies
        ),
    }


def group(entries, key) -> dict:
    grouped: dict = {}
    for entry in entries:
        grouped.setdefault(key(entry), []).append(entry)
    return grouped
