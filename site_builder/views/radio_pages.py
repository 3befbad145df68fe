"""The radio section's pages and files: schedule, archive, episodes, .ics, podcast."""

from __future__ import annotations

from site_builder.content.store import ContentStore
from site_builder.radio.artwork import draw_artwork
from site_builder.radio.audio import audio_items
from site_builder.views.radio import (
    ARTWORK,
    BASE,
    CALENDAR,
    PODCAST,
    archive_views,
    episode_view,
    schedule_view,
)
from site_builder.views.site_model import BuildSettings, GeneratedPage, SiteModel


def add_radio(site: SiteModel, store: ContentStore, settings: BuildSettings) -> None:
    now, site_url = settings.now, settings.site_url
    programme = store.programme
    station = store.agencies[programme.station]
    base = site_url.rstrip("/") + "/"
    newest = max([programme.start_date, *(e.model.air_date for e in store.episodes)]).isoformat()
    site.add(GeneratedPage(f"{BASE}index.md", programme.name, "radio.html", "",
                           {"schedule": schedule_view(store, now, site_url)}, newest,
                           f"Lịch phát sóng và nghe lại chương trình {programme.name} trên {programme.frequency_mhz}."),
             "lịch phát sóng")
    for archive in archive_views(store):
        site.add(GeneratedPage(f"{BASE}luu-tru/{archive.year}/index.md", f"{programme.short_name}: lưu trữ năm "
                               f"{archive.year}", "radio-archive.html", "", {"archive": archive}, newest,
                               f"Các số {programme.short_name} năm {archive.year}, theo tháng."), "lưu trữ phát thanh")
    for entry in store.episodes:
        site.add(GeneratedPage(entry.src_uri, entry.model.page_title, "episode.html", entry.body,
                               {"episode": episode_view(entry, store, now, site_url)}, entry.model.air_date.isoformat(),
                               entry.model.summary), entry.path)
    episodes = [(e.model, base + e.url) for e in store.episodes]
    calendar = (programme, episodes, site_url, station.name)
    site.add_file(CALENDAR, lambda: _calendar(*calendar), "calendar.ics", calendar, settings)
    artwork_url = base + (programme.artwork or ARTWORK)
    if programme.artwork is None:
        artwork = (programme.short_name, programme.frequency_mhz, station.name)
        site.add_file(ARTWORK, lambda: draw_artwork(*artwork), "artwork.png", artwork, settings)
    podcast = (programme, audio_items(store, site_url), site_url, base + BASE, artwork_url, station.name)
    site.add_file(PODCAST, lambda: _podcast(*podcast), "podcast.xml", podcast, settings)


def _calendar(*inputs) -> bytes:
    # Imported when a calendar is made, not when it is kept (`SiteModel.add_file`):
    # icalendar takes ~20 ms to import, and a rebuild links the calendar it made before.
    from site_builder.radio.calendar import build_calendar

    return build_calendar(*inputs)


def _podcast(*inputs) -> bytes:
    # As the calendar: feedgen takes ~25 ms to import, and a rebuild links the podcast it made before.
    from site_builder.radio.podcast import build_podcast

    return build_podcast(*inputs)
