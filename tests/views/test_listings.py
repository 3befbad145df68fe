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
    assert [p.url for p in pages] == ["van-ban/", "van-ban/trang/2/", "van-ban/trang/1/"]
    front, newer, older = pages
    assert (front.pagination.previous_url, front.pagination.next_url) == (None, "van-ban/trang/1/")
    assert (newer.pagination.previous_url, newer.pagination.next_url) == ("van-ban/", "van-ban/trang/1/")
    assert (older.pagination.previous_url, older.pagination.next_url) == ("van-ban/trang/2/", None)
    assert older.title == "Văn bản (trang lưu trữ 1)" and front.title == "Văn bản"
    assert (front.total, older.total) == (3, None)
    assert [i.number for i in front.items] == ["271/QĐ-UBND", "70/KH-UBND"]
    assert [i.number for i in newer.items + older.items] == ["271/QĐ-UBND", "70/KH-UBND", "4831/QĐ-UBND"]


def test_a_new_item_leaves_every_archive_page_but_the_newest_as_it_was(tmp_path):
    entries = tuple(range(45, 0, -1))  # newest first
    before = paginate(Listing("tin-tuc/", "Tin tức", "", entries), lambda e: e, page_size=20, facets={})
    after = paginate(Listing("tin-tuc/", "Tin tức", "", (46,) + entries), lambda e: e, page_size=20, facets={})
    old = {p.url: (p.items, p.pagination) for p in before}
    new = {p.url: (p.items, p.pagination) for p in after}
    changed = sorted(url for url in old.keys() | new.keys() if old.get(url) != new.get(url))
    assert changed == ["tin-tuc/", "tin-tuc/trang/3/"]
    assert new["tin-tuc/trang/1/"][0] == (20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1)


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
    assert page_url("bao-cao/", 0) == "bao-cao/"
    assert page_url("bao-cao/", 1) == "bao-cao/trang/1/"
    assert page_url("bao-cao/", 3) == "bao-cao/trang/3/"
