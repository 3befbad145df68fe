"""The podcast RSS feed (feedgen's podcast extension) for episodes that have audio."""

from __future__ import annotations

import datetime as dt

import lxml.etree  # noqa: F401 (feedgen's util reads lxml.etree, imported by feedgen.feed, not by itself)
from feedgen.ext.podcast import PodcastExtension
from feedgen.ext.podcast_entry import PodcastEntryExtension
from feedgen.feed import FeedGenerator

from site_builder.models.radio import Programme
from site_builder.radio.schedule import zone

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"


def _apple_explicit(element):
    """feedgen writes itunes:explicit as yes/no/clean; Apple now asks for true/false."""
    for explicit in element.iter(f"{{{ITUNES}}}explicit"):
        explicit.text = "false" if explicit.text in ("no", "clean") else "true"
    return element


class _ApplePodcastExtension(PodcastExtension):
    def extend_rss(self, rss_feed):
        return _apple_explicit(super().extend_rss(rss_feed))


class _ApplePodcastEntryExtension(PodcastEntryExtension):
    def extend_rss(self, entry):
        return _apple_explicit(super().extend_rss(entry))


def build_podcast(programme: Programme, items, site_url: str, page_url: str, artwork_url: str,
                  station_name: str) -> bytes:
    """items: (Episode, absolute page URL, absolute audio URL, AudioInfo), any order."""
    feed = FeedGenerator()
    feed.register_extension("podcast", _ApplePodcastExtension, _ApplePodcastEntryExtension)
    feed.title(programme.name)
    feed.description(programme.description)
    feed.link(href=page_url, rel="alternate")
    feed.language("vi")
    feed.image(url=artwork_url, title=programme.name, link=page_url)
    feed.copyright(station_name)
    feed.podcast.itunes_author(station_name)
    feed.podcast.itunes_category("Government")
    feed.podcast.itunes_explicit("no")
    feed.podcast.itunes_image(artwork_url)
    feed.podcast.itunes_type("episodic")
    if programme.owner_email:
        feed.podcast.itunes_owner(name=station_name, email=programme.owner_email)
    newest = None
    for episode, page, audio_url, info in sorted(items, key=lambda item: (item[0].air_date, item[0].number),
                                                 reverse=True):
        published = dt.datetime.combine(episode.air_date, programme.premiere.clock_time, tzinfo=zone(programme))
        newest = max(newest or published, published)
        entry = feed.add_entry(order="append")
        entry.guid(page, permalink=True)
        entry.title(f"Số {episode.number:02d}/{episode.air_date.year}: {episode.topic}")
        entry.link(href=page)
        entry.description(episode.summary)
        entry.published(published)
        entry.enclosure(audio_url, str(info.size_bytes), info.mime_type)
        entry.podcast.itunes_duration(info.duration_seconds)
        entry.podcast.itunes_episode(episode.number)
        entry.podcast.itunes_explicit("no")
    # From the content, never the clock (feedgen's default), so rebuilds are identical.
    feed.lastBuildDate(newest or dt.datetime.combine(programme.start_date, dt.time(0, 0), tzinfo=zone(programme)))
    return feed.rss_str(pretty=True)
