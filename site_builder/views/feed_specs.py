"""Which feeds the portal publishes: the whole site, each section and every listing
(type, year, agency, field, topic), as GOV.UK does for its finders."""

from __future__ import annotations

from site_builder.content.store import ContentStore
from site_builder.feeds.writer import FeedSpec
from site_builder.views.listings import document_listings
from site_builder.views.news_pages import news_listings
from site_builder.views.procedure_listings import procedure_listings


def feed_specs(store: ContentStore) -> list[FeedSpec]:
    everything = (*store.news, *store.documents, *store.procedures, *store.episodes)
    specs = [FeedSpec("", "Tất cả", "Tin tức, văn bản, thủ tục và chương trình phát thanh mới.", everything)]
    for listing in (*document_listings(store), *procedure_listings(store), *news_listings(store)):
        specs.append(FeedSpec(listing.base_url, listing.title, listing.description, listing.entries))
    if store.episodes:
        specs.append(FeedSpec("phat-thanh/", "Phát thanh", "Các số chương trình phát thanh.", tuple(store.episodes)))
    return specs
