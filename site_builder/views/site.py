"""SiteModel: every page the portal generates, keyed by its virtual source path."""

from __future__ import annotations

from site_builder.content.entry import Entry
from site_builder.content.store import ContentStore
from site_builder.images.pipeline import ImagePipeline
from site_builder.views.agencies import agency_groups
from site_builder.views.documents import document_view
from site_builder.views.feed_specs import feed_specs
from site_builder.views.home import home_view
from site_builder.views.links import entry_link
from site_builder.views.listings import document_facets, document_listings, paginate
from site_builder.views.news_pages import add_news
from site_builder.views.procedure_listings import (
    az_index,
    procedure_facets,
    procedure_listings,
)
from site_builder.views.procedures import procedure_link, procedure_view
from site_builder.views.qr import qr_svg
from site_builder.views.radio_pages import add_radio
from site_builder.views.robots import robots_txt
from site_builder.views.share import attach_share_images
from site_builder.views.site_map import SITE_MAP, site_map_sections
from site_builder.views.site_map import TITLE as SITE_MAP_TITLE
from site_builder.views.site_model import (  # noqa: F401 (re-exported)
    BuildSettings,
    DuplicatePageError,
    GeneratedPage,
    SiteModel,
)
from site_builder.views.staff_share import add_share_page
from site_builder.zalo.package import packaged_entries

# The section ids theme/procedure.html and theme/document.html write (a body may link to them).
PROCEDURE_TOC = (("tom-tat", "Tóm tắt"), ("cac-buoc", "Các bước thực hiện"), ("ho-so", "Hồ sơ cần chuẩn bị"),
                 ("cach-thuc", "Cách nộp, thời hạn và phí"), ("noi-nop", "Nơi tiếp nhận hồ sơ"),
                 ("thong-tin", "Thông tin thủ tục"))
PROCEDURE_ANCHORS = frozenset({"tom-tat", "cac-buoc", "ho-so", "cach-thuc", "noi-nop", "thong-tin", "dieu-kien",
                               "can-cu-phap-ly", "lien-quan"})
DOCUMENT_ANCHORS = frozenset({"thuc-hien", "can-cu", "so-lieu", "phu-luc", "noi-nhan", "dinh-kem",
                              "van-ban-lien-quan", "duoc-dan-chieu"})


def _newest_date(entries) -> str:
    return max((e.model.date.as_date for e in entries), default=None).isoformat() if entries else "2024-01-01"


def build_site_model(store: ContentStore, settings: BuildSettings, images: ImagePipeline | None = None) -> SiteModel:
    """Generated pages first, then entries: a content file that takes a generated page's
    URL is the one reported."""
    site = SiteModel()
    page_size, site_url, now = settings.page_size, settings.site_url, settings.now
    site.feeds = feed_specs(store, now.date())
    items = set(packaged_entries(site))  # the feed items: each also gets a Zalo package

    def attach_shares() -> None:
        if images is not None:
            attach_share_images(site, images, site_url, settings.site_name, items)

    site_date = _newest_date(store.documents)
    site.add(GeneratedPage("index.md", "Trang chủ", "home.html", "", {"home": home_view(store, now)}, site_date,
                           "Cổng thông tin cải cách hành chính."), "trang chủ")
    site.add(GeneratedPage("co-quan/index.md", "Cơ quan, đơn vị", "agencies.html", "",
                           {"agency_groups": agency_groups(store)}, site_date,
                           "Danh mục cơ quan, đơn vị ban hành và thực hiện."), "danh mục cơ quan")
    _add_listings(site, document_listings(store), document_facets(store), lambda e: entry_link(e, store),
                  page_size, lambda listing: _newest_date(listing.entries))
    _add_listings(site, procedure_listings(store), procedure_facets(store), lambda e: procedure_link(e, store),
                  page_size, lambda listing: site_date)
    site.add(GeneratedPage("thu-tuc/a-z/index.md", "Tra cứu thủ tục theo vần A-Z", "procedure-az.html", "",
                           {"az": az_index(store)}, site_date,
                           "Danh sách thủ tục hành chính theo vần chữ cái tiếng Việt."), "tra cứu A-Z")
    for entry in store.documents:
        view = document_view(entry, store)
        doc = entry.model
        site.add(GeneratedPage(entry.src_uri, doc.page_title, "document.html", entry.body,
                               {"document": view}, doc.date.as_date.isoformat(),
                               doc.summary or doc.abstract, "article",
                               f"{doc.kind_label} · {doc.number.text} · {doc.date.short}",
                               anchors=DOCUMENT_ANCHORS), entry.path)
    attach_shares()  # the cards of the pages so far: the workers draw them while the rest is modelled
    add_news(site, store, settings, images)
    attach_shares()
    for entry in store.procedures:
        view = procedure_view(entry, store, site_url)
        site.add(GeneratedPage(entry.src_uri, entry.model.name, "procedure.html", "", {"procedure": view},
                               _procedure_date(entry.model, site_date),
                               entry.model.summary or "; ".join(entry.model.results), "article",
                               f"Thủ tục hành chính · {entry.model.level_label}",
                               anchors=PROCEDURE_ANCHORS, toc=PROCEDURE_TOC), entry.path)
        if images is not None:
            site.static_paths[view.qr_url] = images.qr(view.absolute_url, qr_svg)
        else:
            site.static_files[view.qr_url] = qr_svg(view.absolute_url)
    if store.programme is not None:
        add_radio(site, store, settings)
    for entry in store.pages:
        site.add(_authored_page(entry, site_date), entry.path)
    add_share_page(site, store, site_url, now.date())
    site.add(GeneratedPage("tim-kiem/index.md", "Tìm kiếm", "search.html", "", {}, _newest_date(store.documents),
                           "Tìm văn bản, thủ tục hành chính, tin tức và chương trình phát thanh."), "trang tìm kiếm")
    site.add(GeneratedPage(SITE_MAP, SITE_MAP_TITLE, "site-map.html", "", {"site_map": site_map_sections(site, _items(store))},
                           site_date, "Mọi trang danh sách, tra cứu và lịch phát sóng của cổng, theo chuyên mục."),
             "sơ đồ cổng")
    site.static_files["robots.txt"] = robots_txt(site_url)
    attach_shares()
    return site


def _items(store: ContentStore) -> set[str]:
    """The pages of documents, procedures, episodes and news items (not authored pages)."""
    return {entry.src_uri for entry in store.entries} - {entry.src_uri for entry in store.pages}


def _procedure_date(proc, fallback: str) -> str:
    """The sitemap date of a procedure: its effective date, else its decision's date."""
    life = proc.lifecycle
    if life.effective:
        return life.effective.isoformat()
    return life.decision.date.as_date.isoformat() if life.decision.date else fallback


def _add_listings(site: SiteModel, listings, facets, link, page_size: int, date_of) -> None:
    for listing in listings:
        for listing_page in paginate(listing, link, page_size, facets):
            site.add(GeneratedPage(f"{listing_page.url}index.md", listing_page.title, "listing.html", "",
                                   {"listing": listing_page}, date_of(listing), listing.description,
                                   card_title=listing.title),
                     f"danh sách {listing.title}")


def _authored_page(entry: Entry, site_date: str) -> GeneratedPage:
    return GeneratedPage(entry.src_uri, entry.model.title, "main.html", entry.body, {}, site_date,
                         entry.model.description)
