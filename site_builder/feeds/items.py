"""FeedItem: one entry as feeds carry it, whatever its type."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import jinja2

from site_builder.clock import VIETNAM
from site_builder.content.entry import Entry
from site_builder.content.store import ContentStore
from site_builder.images.pipeline import MadeImage
from site_builder.views.procedures import summary_of

SUMMARY_LIMIT = 300
_TEMPLATES = jinja2.Environment(loader=jinja2.FileSystemLoader(str(Path(__file__).parent)), autoescape=True)


@dataclass(frozen=True)
class ItemHead:
    """What a Zalo package takes of an item: no body made for a feed it is not in."""
    guid: str
    title: str
    url: str  # absolute
    published: dt.datetime  # aware, +07:00
    summary: str  # plain text, at most 300 characters


@dataclass(frozen=True)
class FeedItem(ItemHead):
    html: str  # full HTML with absolute URLs, cover first
    cover_url: str
    cover: MadeImage
    categories: tuple[str, ...]


def plain_summary(text: str, limit: int = SUMMARY_LIMIT) -> str:
    """Whitespace collapsed; cut at a word boundary with "…" when longer than limit."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def absolute_html(html: str, page_url: str) -> str:
    """Relative links and image sources made absolute against the page's URL."""
    import lxml.html  # here: only for an item made anew (feeds and packages are kept), ~10 ms to import

    if not html.strip():
        return ""
    fragment = lxml.html.fragment_fromstring(html, create_parent="div")
    fragment.make_links_absolute(page_url, resolve_base_href=False)
    return "".join(lxml.html.tostring(child, encoding="unicode") for child in fragment) + (fragment.text or "")


def _at_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=VIETNAM)


def published_of(entry: Entry, store: ContentStore) -> dt.datetime:
    model, kind = entry.model, entry.section.kind
    if kind == "news":
        return model.published.astimezone(VIETNAM)
    if kind == "episode":
        return dt.datetime.combine(model.air_date, store.programme.premiere.clock_time, tzinfo=VIETNAM)
    if kind == "procedure":
        life = model.lifecycle
        day = life.effective or (life.decision.date.as_date if life.decision.date else None)
        return _at_midnight(day or dt.date(2024, 1, 1))
    return _at_midnight(model.date.as_date)


def _facts(entry: Entry, store: ContentStore) -> list[tuple[str, str]]:
    if entry.section.kind != "procedure":
        return []
    s = summary_of(entry.model, store)
    return [("Kết quả", s.result), ("Thời hạn", s.time), ("Phí, lệ phí", s.fee), ("Nơi nộp", s.where),
            ("Trực tuyến", s.online)]


def _summary(entry: Entry) -> str:
    model = entry.model
    return getattr(model, "summary", None) or getattr(model, "abstract", None) or "; ".join(
        getattr(model, "results", []))


def _categories(entry: Entry, store: ContentStore) -> tuple[str, ...]:
    model = entry.model
    names = [model.kind_label]
    if entry.section.is_document and model.type_label != model.kind_label:
        names.append(model.type_label)
    topic_ids = getattr(model, "topics", None) or getattr(model, "fields", [])
    names += [store.topics[t].name for t in topic_ids]
    return tuple(dict.fromkeys(names))


def item_head(entry: Entry, store: ContentStore, site_url: str) -> ItemHead:
    url = site_url.rstrip("/") + "/" + entry.url
    return ItemHead(entry.model.guid, entry.model.page_title, url, published_of(entry, store),
                    plain_summary(_summary(entry)))


def feed_item(entry: Entry, store: ContentStore, html: str, share, site_url: str, site_name: str) -> FeedItem:
    head = item_head(entry, store, site_url)
    cover_alt = entry.model.cover.alt if getattr(entry.model, "cover", None) else head.title
    body = _TEMPLATES.get_template("item.html").render(
        cover_url=share.url, cover_width=share.image.width, cover_height=share.image.height, cover_alt=cover_alt,
        facts=_facts(entry, store), body=absolute_html(html, head.url), url=head.url, site_name=site_name)
    return FeedItem(head.guid, head.title, head.url, head.published, head.summary,
                    body, share.url, share.image, _categories(entry, store))
