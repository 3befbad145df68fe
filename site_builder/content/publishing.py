"""Drafts, scheduled publication and expiry, decided against the injected clock.

A published build leaves out drafts, entries scheduled after now and expired ones;
the preview (mkdocs serve) keeps them, marked, so editors see what they will publish."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from site_builder.content.entry import Entry
from site_builder.content.store import ContentStore
from site_builder.vietnamese.dates import broadcast_time

PUBLISHED, DRAFT, SCHEDULED, EXPIRED = "published", "draft", "scheduled", "expired"


@dataclass(frozen=True)
class Scheduled:
    entry: Entry
    at: dt.datetime

    def __str__(self) -> str:
        return f"{self.entry.path}: hẹn đăng lúc {broadcast_time(self.at)} (scheduled)"


def status_of(entry: Entry, now: dt.datetime) -> str:
    model = entry.model
    if getattr(model, "draft", False):
        return DRAFT
    expires = getattr(model, "expires", None)
    if expires is not None and expires <= now:
        return EXPIRED
    scheduled = model.scheduled_for() if hasattr(model, "scheduled_for") else None
    if scheduled is not None and scheduled > now:
        return SCHEDULED
    return PUBLISHED


def apply_publishing(store: ContentStore, now: dt.datetime, preview: bool) -> tuple[ContentStore, list[Scheduled]]:
    """(the store to build, the scheduled entries, soonest first)."""
    statuses = {id(e): status_of(e, now) for e in store.entries}
    for entry in store.entries:
        entry.status = statuses[id(entry)]
    scheduled = sorted((Scheduled(e, e.model.scheduled_for()) for e in store.entries if e.status == SCHEDULED),
                       key=lambda s: (s.at, s.entry.path))
    if preview:
        return store, scheduled
    kept = [e for e in store.entries if e.status == PUBLISHED]
    return replace(store, entries=kept, _cited_by={}), scheduled
