import dataclasses
import datetime as dt

import pytest

from site_builder.content.loader import load_content
from site_builder.images.cache import ImageCache
from site_builder.images.pipeline import ImagePipeline
from site_builder.output.page_cache import PageCache
from site_builder.views.radio import ARTWORK, CALENDAR, PODCAST
from site_builder.views.site import BuildSettings, DuplicatePageError, build_site_model
from tests.helpers import make_site

NOW = dt.datetime.fromisoformat("2026-11-22T09:00:00+07:00")


def settings(project) -> BuildSettings:
    return BuildSettings(20, "https://cchc.example.gov.vn/", "Cổng thử nghiệm", NOW, project / "content")


def test_every_entry_listing_and_home_gets_one_page(tmp_path):
    project = make_site(tmp_path)
    store, _ = load_content(project / "content", project)
    site = build_site_model(store, settings(project))
    assert site.pages["ke-hoach/2024-271-qd-ubnd/index.md"].template == "document.html"
    assert site.pages["gioi-thieu/index.md"].template == "main.html"
    assert site.pages["index.md"].template == "home.html"
    assert site.pages["van-ban/nam/2024/index.md"].update_date == "2024-01-29"


def test_a_content_file_that_takes_a_generated_url_is_named(tmp_path):
    project = make_site(tmp_path)
    (project / "content/pages/van-ban.md").write_text("---\ntitle: Trùng\n---\n", encoding="utf-8")
    store, problems = load_content(project / "content", project)
    assert problems.items == []
    with pytest.raises(DuplicatePageError) as caught:
        build_site_model(store, settings(project))
    assert str(caught.value) == ("content/pages/van-ban.md:1: (tên tệp): trang 'van-ban/' trùng đường dẫn với "
                                 "trang 'Văn bản'; hãy đổi tên tệp (two pages at one URL)")


class AskedImages(ImagePipeline):
    """A pipeline (one core: nothing is made until finish) that notes what is asked for, in order."""

    def __init__(self, folder):
        super().__init__(ImageCache(folder), workers=1)
        self.asked = []

    def card(self, spec):
        self.asked.append(("card", spec.title))
        return super().card(spec)

    def qr(self, url, draw):
        self.asked.append(("qr", url))
        return super().qr(url, draw)


def test_the_first_pages_cards_are_asked_for_before_the_procedures_are_modelled(tmp_path):
    """So the image workers draw them while the rest of the model is made (asked for
    at its end, the second core was idle ~2 s of a 10,000-page build); every page
    still gets one share image, the pages modelled late too."""
    project = make_site(tmp_path, "procedures")
    store, _ = load_content(project / "content", project)
    images = AskedImages(tmp_path / "cache")
    site = build_site_model(store, settings(project), images)
    kinds = [kind for kind, _ in images.asked]
    assert "qr" in kinds and kinds.index("card") < kinds.index("qr")
    assert sorted(site.shares) == sorted(site.pages)
    carded = sorted(page.card_title or page.title for page in site.pages.values() if page.cover is None)
    assert sorted(title for kind, title in images.asked if kind == "card") == carded  # each asked once
    procedures = [uri for uri, page in site.pages.items() if page.template == "procedure.html"]
    assert procedures and all(site.shares[uri].image.path.suffix == ".png" for uri in procedures)


class CountingMakers:
    """Wraps the calendar's and artwork's makers, counting how often the site model calls them."""

    def __init__(self):
        self.calls = 0

    def made_once(self, cache):
        def made(kind, inputs, make):
            def counted():
                self.calls += 1
                return make()
            return cache.made_once(kind, inputs, counted)
        return made


def test_the_radio_calendar_podcast_and_artwork_are_made_once_and_kept_by_their_inputs(tmp_path):
    project = make_site(tmp_path, "radio")
    store, _ = load_content(project / "content", project)
    plain = build_site_model(store, settings(project))
    cache, makers = PageCache(tmp_path / "cache", "salt"), CountingMakers()
    kept = dataclasses.replace(settings(project), made_once=makers.made_once(cache))
    first = build_site_model(store, kept)
    made = (CALENDAR, ARTWORK, PODCAST)
    assert makers.calls == 3 and not set(made) & set(first.static_files)
    assert {target: first.static_paths[target].read_bytes() for target in made} == {
        target: plain.static_files[target] for target in made}
    again = build_site_model(store, kept)
    assert makers.calls == 3 and again.static_paths == first.static_paths
    renamed = dataclasses.replace(kept, site_url="https://cchc.khac.gov.vn/")  # the calendar's and podcast's inputs
    other = build_site_model(store, renamed)
    assert makers.calls == 5 and other.static_paths[CALENDAR] != first.static_paths[CALENDAR]
    assert other.static_paths[ARTWORK] == first.static_paths[ARTWORK]
