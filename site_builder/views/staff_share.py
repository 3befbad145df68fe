"""The staff page "Chia sẻ": the newest items with copy-ready text and image downloads
for Facebook fanpages and Zalo."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from site_builder.content.store import ContentStore
from site_builder.feeds.items import plain_summary
from site_builder.views.share import share_target
from site_builder.views.site_model import GeneratedPage, SiteModel
from site_builder.zalo.package import DESCRIPTION_LIMIT, TITLE_LIMIT, ZaloNames

SHARE_COUNT = 30


@dataclass(frozen=True)
class ShareItem:
    kind_label: str
    date: str
    title: str  # at most 150 characters
    description: str  # at most 300 characters
    url: str  # absolute
    image_url: str  # the share image (1200x630), site-relative
    zalo_cover_url: str
    zalo_thumbnail_url: str
    zalo_json_url: str

    @property
    def copy_text(self) -> str:
        return f"{self.title}\n\n{self.description}\n\n{self.url}"


def _dated(store: ContentStore):
    yield from ((e.model.published.date(), e) for e in store.news)
    yield from ((e.model.date.as_date, e) for e in store.documents)
    yield from ((e.model.air_date, e) for e in store.episodes)


def add_share_page(site: SiteModel, store: ContentStore, site_url: str, today: dt.date) -> None:
    """Items dated today or earlier: a planned episode is not shared before it airs."""
    base = site_url.rstrip("/") + "/"
    dated = [(day, entry) for day, entry in _dated(store) if day <= today]
    newest = sorted(dated, key=lambda pair: (pair[0], pair[1].path), reverse=True)[:SHARE_COUNT]
    items = []
    for day, entry in newest:
        share_path = share_target(entry.src_uri, site.pages[entry.src_uri])
        names = ZaloNames(entry.url, share_path.rsplit("/", 1)[-1])
        model = entry.model
        summary = getattr(model, "summary", None) or getattr(model, "abstract", "")
        items.append(ShareItem(model.kind_label, f"{day:%d/%m/%Y}", plain_summary(model.page_title, TITLE_LIMIT),
                               plain_summary(summary, DESCRIPTION_LIMIT), base + entry.url,
                               share_path, names.cover, names.thumbnail, names.json))
    site.add(GeneratedPage("chia-se/index.md", "Chia sẻ lên mạng xã hội", "share.html", "", {"items": tuple(items)},
                           newest[0][0].isoformat() if newest else "2024-01-01",
                           "Nội dung sẵn sàng để đăng lên fanpage và Zalo: tiêu đề, mô tả, liên kết, ảnh."),
             "trang chia sẻ")
