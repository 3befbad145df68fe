"""The human site map (`/so-do-cong/`): every page that leads to others (home, section,
listing, facet, schedule and archive pages, the agencies and A-Z indexes, search and
sharing), by section; no item page and no listing's archive page (`.../trang/N/`), so it
stays a few hundred links at 10,000 pages and adding an item leaves it alone."""

from __future__ import annotations

from dataclasses import dataclass

from site_builder.vietnamese.collation import sort_key
from site_builder.views.site_model import GeneratedPage, SiteModel

SITE_MAP = "so-do-cong/index.md"
TITLE = "Sơ đồ cổng thông tin"


@dataclass(frozen=True)
class MapLink:
    url: str  # relative to the site's root: "van-ban/nam/2024/"
    title: str


@dataclass(frozen=True)
class MapSection:
    title: str
    link: MapLink | None  # the section's own page; None for a folder without one (topics)
    pages: tuple[MapLink, ...]  # the others under it, shallower first, by facet, then by Vietnamese order


def site_map_sections(site: SiteModel, items: set[str]) -> tuple[MapSection, ...]:
    """items: the src_uri of every item (document, procedure, episode, news item), left
    out. The home page's section first, then by title in Vietnamese order."""
    by_folder: dict[str, list[GeneratedPage]] = {}
    for page in site.pages.values():
        if page.src_uri not in items and _leads_to_others(page):
            folder = page.src_uri.split("/", 1)[0] if "/" in page.src_uri else ""
            by_folder.setdefault(folder, []).append(page)
    sections = [_section(folder, pages) for folder, pages in by_folder.items()]
    return tuple(sorted(sections, key=lambda section: (section.link is None or section.link.url != "",
                                                       sort_key(section.title), section.title)))


def _section(folder: str, pages: list[GeneratedPage]) -> MapSection:
    own = f"{folder}/index.md" if folder else "index.md"
    head = next((page for page in pages if page.src_uri == own), None)
    rest = tuple(_link(page) for page in _ordered([page for page in pages if page is not head]))
    if head is not None:
        return MapSection(head.title, _link(head), rest)
    # No page of its own: named by what its pages' titles share ("Chủ đề: Chuyển đổi số").
    prefixes = {page.title.split(": ", 1)[0] for page in pages if ": " in page.title}
    return MapSection(prefixes.pop() if len(prefixes) == 1 else folder, None, rest)


def _leads_to_others(page: GeneratedPage) -> bool:
    return "/trang/" not in page.src_uri and page.src_uri != SITE_MAP and not page.src_uri.startswith("404")


def _ordered(pages: list[GeneratedPage]) -> list[GeneratedPage]:
    """Shallower first; a facet's pages together ("thu-tuc/cap/..."), each by its title."""
    def key(page: GeneratedPage) -> tuple:
        return page.src_uri.count("/"), page.src_uri.rsplit("/", 2)[0], sort_key(page.title), page.src_uri
    return sorted(pages, key=key)


def _link(page: GeneratedPage) -> MapLink:
    return MapLink(page.src_uri.removesuffix("index.md"), page.title)
