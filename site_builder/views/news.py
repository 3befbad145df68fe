"""NewsView: a news item's page, with its cover in responsive sizes."""

from __future__ import annotations

from dataclasses import dataclass

from site_builder.content.entry import Entry
from site_builder.content.store import ContentStore
from site_builder.models.news import News
from site_builder.models.registry import Agency, Topic
from site_builder.vietnamese.dates import broadcast_time
from site_builder.views.entry_model import check_entry_model, entry_model


@dataclass(frozen=True)
class NewsView:
    entry: Entry
    news: News = entry_model()  # the entry's model, out of the repr (`entry_model.py`)
    published_text: str  # "08:30 thứ Năm, ngày 01 tháng 02 năm 2024"
    topics: tuple[Topic, ...]
    agency: Agency | None
    cover_src: str | None = None  # site-relative URL of the default size
    cover_srcset: str | None = None  # "url 480w, url 960w"
    cover_width: int | None = None
    cover_height: int | None = None

    def __post_init__(self) -> None:
        check_entry_model(self, "news")


def news_view(entry: Entry, store: ContentStore) -> NewsView:
    news = entry.model
    return NewsView(
        entry=entry, news=news, published_text=broadcast_time(news.published),
        topics=tuple(store.topics[t] for t in news.topics),
        agency=store.agencies.get(news.agency) if news.agency else None,
    )
