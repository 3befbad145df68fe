import dataclasses
import datetime as dt

import pytest

from site_builder.content.loader import load_content
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
