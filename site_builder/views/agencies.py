"""AgencyView: an agency with what became of it, for its page and the index."""

from __future__ import annotations

from dataclasses import dataclass

from site_builder.content.store import ContentStore
from site_builder.models.registry import LEVEL_LABELS, Agency
from site_builder.vietnamese.collation import sort_key


@dataclass(frozen=True)
class AgencyView:
    agency: Agency
    successor: Agency | None
    document_count: int
    url: str | None  # its document listing, when it has documents


@dataclass(frozen=True)
class AgencyGroup:
    label: str
    agencies: tuple[AgencyView, ...]


def agency_view(agency: Agency, store: ContentStore) -> AgencyView:
    count = len(store.by_agency().get(agency.id, []))
    return AgencyView(
        agency=agency,
        successor=store.agencies.get(agency.successor) if agency.successor else None,
        document_count=count,
        url=f"co-quan/{agency.id}/" if count else None,
    )


def agency_groups(store: ContentStore) -> tuple[AgencyGroup, ...]:
    """Agencies by level, each level in Vietnamese alphabetical order."""
    groups = []
    for level, label in LEVEL_LABELS.items():
        members = sorted((a for a in store.agencies.values() if a.level == level), key=lambda a: sort_key(a.name))
        if members:
            groups.append(AgencyGroup(label, tuple(agency_view(a, store) for a in members)))
    return tuple(groups)
