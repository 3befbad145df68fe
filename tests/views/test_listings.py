from site_builder.content.loader import load_content
from site_builder.views.links import entry_link
from site_builder.views.listings import (
    Listing,
    document_facets,
    document_listings,
    page_url,
    paginate,
)
from tests.helpers import make_site


def store_of(tmp_path):
    project = make_site(tmp_path)
    store, problems = load_content(project / "content", project)
    assert problems.items == []
    return store


def test_pages_link_each_other(tmp_path):
    store = store_of(tmp_path)
    listing = Listing("van-ban/", "Văn bản", "", tuple(store.documents))
    pages = paginate(listing, lambda e: entry_link(e, store), page_size=2, facets={})
    assert [p.url for p in pages] == ["van-ban/", "van-ban/trang/2/"]
    first, second = pages
    assert (first.pagination.previous_url, first.pagination.next_url) == (None, "van-ban/trang/2/")
    assert (second.pagination.previous_url, second.pagination.next_url) == ("van-ban/", None)
    assert [link.is_current for link in second.pagination.pages] == [False, True]
    assert second.title == "Văn bản (trang 2)"
    assert [i.number for i in first.items + second.items] == ["271/QĐ-UBND", "70/KH-UBND", "4831/QĐ-UBND"]


def test_an_empty_listing_still_has_one_page():
    pages = paginate(Listing("ke-hoach/", "Kế hoạch", "", ()), lambda e: e, page_size=20, facets={})
    assert len(pages) == 1 and pages[0].items == ()


def test_listings_per_kind_type_year_and_agency(tmp_path):
    store = store_of(tmp_path)
    urls = [listing.base_url for listing in document_listings(store)]
    assert urls == ["van-ban/", "ke-hoach/", "bao-cao/", "van-ban/loai/bao-cao/", "van-ban/loai/quyet-dinh/",
                    "van-ban/nam/2024/", "van-ban/nam/2023/", "van-ban/nam/2021/", "co-quan/ubnd-tinh-khanh-hoa/"]


def test_facets_count_documents(tmp_path):
    facets = document_facets(store_of(tmp_path))
    assert [(f.label, f.count) for f in facets["Năm ban hành"]] == [("2024", 1), ("2023", 1), ("2021", 1)]
    assert [(f.label, f.count) for f in facets["Loại văn bản"]] == [("Báo cáo", 1), ("Quyết định", 2)]


def test_page_url():
    assert page_url("bao-cao/", 1) == "bao-cao/"
    assert page_url("bao-cao/", 3) == "bao-cao/trang/3/"
