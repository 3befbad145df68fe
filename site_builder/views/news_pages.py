"""News pages and listings: the news section and the topic pages it shares with documents."""

from __future__ import annotations

from dataclasses import replace

from site_builder.content.store import ContentStore
from site_builder.images.pipeline import ImagePipeline
from site_builder.vietnamese.collation import sort_key
from site_builder.views.links import any_link, news_link
from site_builder.views.listings import Listing, paginate
from site_builder.views.news import news_view
from site_builder.views.site_model import BuildSettings, GeneratedPage, SiteModel


def news_listings(store: ContentStore) -> list[Listing]:
    listings = [Listing("tin-tuc/", "Tin tức", "Tin tức về cải cách hành chính.", tuple(store.news), kind="news")]
    for topic_id, entries in topic_groups(store).items():
        topic = store.topics[topic_id]
        listings.append(Listing(f"chu-de/{topic_id}/", f"Chủ đề: {topic.name}",
                                topic.description or f"Tin tức và văn bản về {topic.name.lower()}.",
                                tuple(entries), kind="mixed"))
    return listings


def topic_groups(store: ContentStore) -> dict[str, list]:
    """Topic id -> its news and documents, newest first."""
    groups: dict[str, list] = {}
    dated = [(e.model.published.date(), e) for e in store.news] + [(e.model.date.as_date, e) for e in store.documents]
    for _, entry in sorted(dated, key=lambda pair: (pair[0], pair[1].path), reverse=True):
        for topic_id in entry.model.topics:
            groups.setdefault(topic_id, []).append(entry)
    return dict(sorted(groups.items(), key=lambda kv: sort_key(store.topics[kv[0]].name)))


def add_news(site: SiteModel, store: ContentStore, settings: BuildSettings, images: ImagePipeline | None) -> None:
    for entry in store.news:
        news = entry.model
        view = news_view(entry, store)
        cover = None
        if news.cover is not None:
            cover = settings.content_dir / news.cover.file
            if images is not None:
                view = _with_cover_variants(view, site, images, cover, entry.url)
        site.add(GeneratedPage(entry.src_uri, news.title, "news.html", entry.body, {"news": view},
                               news.published.date().isoformat(), news.summary, "article",
                               f"Tin tức · {news.published:%d/%m/%Y}", cover), entry.path)
    for listing in news_listings(store):
        link = (lambda e: news_link(e, store)) if listing.kind == "news" else (lambda e: any_link(e, store))
        newest = listing.entries[0] if listing.entries else None
        date = (newest.model.published.date() if newest is not None and newest.section.kind == "news"
                else newest.model.date.as_date if newest is not None else settings.now.date()).isoformat()
        for listing_page in paginate(listing, link, settings.page_size, {}):
            site.add(GeneratedPage(f"{listing_page.url}index.md", listing_page.title, "listing.html", "",
                                   {"listing": listing_page}, date, listing.description, card_title=listing.title),
                     f"danh sách {listing.title}")


def _with_cover_variants(view, site: SiteModel, images: ImagePipeline, cover, url: str):
    made = images.variants(cover)
    entries = []
    for image in made:
        target = f"{url}anh-bia-{image.width}.jpg"
        site.static_paths[target] = image.path
        entries.append((f"anh-bia-{image.width}.jpg", image))
    default_name, default = entries[min(1, len(entries) - 1)]
    return replace(view, cover_src=default_name, cover_width=default.width, cover_height=default.height,
                   cover_srcset=", ".join(f"{name} {image.width}w" for name, image in entries))
