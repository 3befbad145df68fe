"""Listings of documents: per kind, type, year and agency, paginated."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from site_builder.content.entry import Entry
from site_builder.content.store import ContentStore
from site_builder.vietnamese.collation import sort_key
from site_builder.vietnamese.text import slugify
from site_builder.views.agencies import AgencyView, agency_view


@dataclass(frozen=True)
class Pagination:
    """Links from one page of a listing to its neighbours. Archive pages are numbered
    from the end of the listing, so their numbers and contents stay put as items are
    added at the top; no page shows how many pages there are."""

    current: int  # 0 on the front page, else the archive page's number
    front_url: str
    previous_url: str | None  # towards the top of the listing (newer)
    next_url: str | None  # towards its end (older)

    @property
    def has_links(self) -> bool:
        return bool(self.previous_url or self.next_url)


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
    # Pages show their own items: neither the page cache (it hashes reprs) nor the dev
    # server's fast path (it compares pages) should see every page change with one item.
    entries: tuple[Entry, ...] = field(repr=False, compare=False)
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
    pagination: Pagination | None  # None when the whole listing fits on its front page
    url: str
    facets: dict[str, tuple[Facet, ...]]
    total: int | None  # how many items the listing has: shown on the front page only

    @property
    def title(self) -> str:
        if self.pagination is None or self.pagination.current == 0:
            return self.listing.title
        return f"{self.listing.title} (trang lưu trữ {self.pagination.current})"


def page_url(base_url: str, number: int) -> str:
    """An archive page's address; number 0 is the front page."""
    return base_url if number == 0 else f"{base_url}trang/{number}/"


def paginate(listing: Listing, link, page_size: int, facets) -> list[ListingPage]:
    """The front page holds the first page_size items; the rest of the listing is cut
    into archive pages counted from its end ("trang/1/" holds the last items). A new item
    at the top then changes the front page and the highest archive page only: every
    other page keeps its bytes, and a deploy copies two pages, not the whole listing.
    link(entry) makes each item's view."""
    entries = listing.entries
    front = ListingPage(listing, tuple(link(e) for e in entries[:page_size]), None, listing.base_url, facets,
                        len(entries))
    if len(entries) <= page_size:
        return [front]
    count = -(-len(entries) // page_size)
    archive = []
    for number in range(count, 0, -1):
        start = max(0, len(entries) - number * page_size)
        chunk = entries[start:len(entries) - (number - 1) * page_size]
        archive.append((number, chunk))
    # The front page shows the first page_size items: its "next" is the archive page
    # holding the one after them (counted from the end, it is item len - 1 - page_size).
    front_next = (len(entries) - 1 - page_size) // page_size + 1
    pages = [replace(front, pagination=Pagination(0, listing.base_url, None, page_url(listing.base_url, front_next)))]
    for number, chunk in archive:
        pagination = Pagination(
            number, listing.base_url,
            page_url(listing.base_url, number + 1) if number < count else listing.base_url,
            page_url(listing.base_url, number - 1) if number > 1 else None)
        pages.append(ListingPage(listing, tuple(link(e) for e in chunk), pagination,
                                 page_url(listing.base_url, number), facets, None))
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
