"""EntryLink: one entry as a line in a listing or a "cited by" list."""

from __future__ import annotations

from dataclasses import dataclass

from site_builder.content.entry import Entry
from site_builder.content.store import ContentStore, once_per_entry


@dataclass(frozen=True)
class EntryLink:
    url: str
    title: str
    kind_label: str  # "Kế hoạch"
    type_label: str  # from the symbol: "Quyết định"
    number: str
    date: str  # "29/01/2024"
    date_iso: str
    issuer: str
    summary: str
    is_draft: bool


@once_per_entry
def entry_link(entry: Entry, store: ContentStore) -> EntryLink:
    doc = entry.model
    return EntryLink(
        url=entry.url,
        title=doc.page_title,
        kind_label=doc.kind_label,
        type_label=doc.type_label,
        number=doc.number.text,
        date=doc.date.short,
        date_iso=doc.date.iso,
        issuer=store.agencies[doc.issuer].display_name,
        summary=doc.summary or doc.abstract,
        is_draft=doc.draft_document,
    )


@once_per_entry
def news_link(entry: Entry, store: ContentStore) -> EntryLink:
    news = entry.model
    agency = store.agencies[news.agency].display_name if news.agency else ""
    return EntryLink(
        url=entry.url, title=news.title, kind_label=news.kind_label, type_label=news.kind_label, number="",
        date=f"{news.published:%d/%m/%Y}", date_iso=news.published.isoformat(), issuer=agency,
        summary=news.summary, is_draft=False,
    )


def any_link(entry: Entry, store: ContentStore) -> EntryLink:
    """A document or a news item, for listings that mix them (topics)."""
    return news_link(entry, store) if entry.section.kind == "news" else entry_link(entry, store)
