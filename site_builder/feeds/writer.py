"""RSS 2.0 and Atom from FeedItems, with feedgen. Dates come from the items, never the
clock, so a rebuild writes the same bytes and readers see no change."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from site_builder.feeds.items import FeedItem

FEED_LIMIT = 50
EMPTY_FEED_DATE = dt.datetime(2000, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=7)))


@dataclass(frozen=True)
class FeedSpec:
    path: str  # folder of the feed files: "van-ban/nam/2024/" (feed.xml and feed.atom inside)
    title: str
    description: str
    entries: tuple  # Entry objects, newest first


def _generator(spec: FeedSpec, items: list[FeedItem], site_url: str, site_name: str, fmt: str):
    # Imported when a feed is made: a rebuild links the feeds it kept (`publish.py`), and
    # feedgen takes ~25 ms to import.
    from feedgen.feed import FeedGenerator

    base = site_url.rstrip("/") + "/"
    feed = FeedGenerator()
    feed.id(base + spec.path)
    feed.title(f"{spec.title} - {site_name}")
    feed.description(spec.description)
    feed.subtitle(spec.description)
    feed.language("vi")
    feed.author({"name": site_name})
    # feedgen: the channel <link> is the last link() call; Atom wants rel=self too.
    feed.link(href=base + spec.path + ("feed.atom" if fmt == "atom" else "feed.xml"), rel="self")
    feed.link(href=base + spec.path, rel="alternate")
    # From the items, never feedgen's default (the clock), so rebuilds are identical.
    newest = max((i.published for i in items), default=EMPTY_FEED_DATE)
    feed.updated(newest)
    feed.lastBuildDate(newest)
    for item in items:
        entry = feed.add_entry(order="append")
        entry.id(item.guid)
        entry.guid(item.guid, permalink=False)
        entry.title(item.title)
        entry.link(href=item.url)
        entry.published(item.published)
        entry.updated(item.published)
        entry.description(item.summary)
        entry.content(item.html, type="CDATA" if fmt == "rss" else "html")
        entry.enclosure(item.cover_url, str(item.cover.size_bytes), item.cover.mime_type)
        for name in item.categories:
            entry.category(term=name)
    return feed


FEED_FILES = (("feed.xml", "rss"), ("feed.atom", "atom"))  # (file name in the feed's folder, format)


def feed_bytes(spec: FeedSpec, items: list[FeedItem], site_url: str, site_name: str, fmt: str) -> bytes:
    """The feed as RSS 2.0 (fmt "rss") or Atom ("atom")."""
    feed = _generator(spec, items[:FEED_LIMIT], site_url, site_name, fmt)
    return feed.rss_str(pretty=True) if fmt == "rss" else feed.atom_str(pretty=True)


def write_feeds(spec: FeedSpec, items: list[FeedItem], site_url: str, site_name: str) -> dict[str, bytes]:
    """{"<path>feed.xml": RSS bytes, "<path>feed.atom": Atom bytes}."""
    return {f"{spec.path}{name}": feed_bytes(spec, items, site_url, site_name, fmt) for name, fmt in FEED_FILES}
