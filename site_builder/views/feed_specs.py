"""Which feeds the portal publishes: the whole site, each section and every listing
(type, year, agency, field, topic), as GOV.UK does for its finders."""

from __future__ import annotations

import datetime as dt

from site_builder.content.store import ContentStore
from site_builder.feeds.writer import FeedSpec
from site_builder.views.listings import document_listings
from site_builder.views.news_pages import news_listings
from site_builder.views.procedure_listings import procedure_listings


def feed_specs(store: ContentStore, today: dt.date) -> list[FeedSpec]:
    """Episodes enter feeds once they have aired; planned ones are on the schedule only."""
    aired = tuple(e for e in store.episodes if e.model.air_date <= today)
    everything = (*store.news, *store.documents, *store.procedures, *aired)
    specs = [FeedSpec("", "Tất cả", "Tin tức, văn bản, thủ tục và chương trình phát thanh mới.", everything)]
    for listing in (*document_listings(store), *procedure_listings(store), *news_listings(store)):
        specs.append(FeedSpec(listing.base_url, listing.title, listing.description, listing.entries))
    if store.episodes:
        specs.append(FeedSpec("phat-thanh/", "Phát thanh", "Các số chương trình phát thanh đã phát sóng.", aired))
    return specs
