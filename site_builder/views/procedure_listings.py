"""Lookup for procedures: by field, implementing agency, level and online level,
and an A-Z index in Vietnamese alphabetical order."""

from __future__ import annotations

from dataclasses import dataclass

from site_builder.content.store import ContentStore
from site_builder.models.procedure import LEVEL_LABELS, ONLINE_LABELS
from site_builder.vietnamese.collation import initial_letter, sort_key
from site_builder.views.listings import Facet, Listing, group
from site_builder.views.procedures import ProcedureLink, procedure_link

BASE = "thu-tuc/"


def procedure_listings(store: ContentStore) -> list[Listing]:
    procs = store.procedures
    listings = [Listing(BASE, "Thủ tục hành chính", "Tất cả thủ tục hành chính, xếp theo tên.", tuple(procs),
                        kind="procedure")]
    for field_id, entries in _by_field(store).items():
        topic = store.topics[field_id]
        listings.append(Listing(f"{BASE}linh-vuc/{field_id}/", f"Thủ tục lĩnh vực {topic.name}",
                                f"Thủ tục hành chính thuộc lĩnh vực {topic.name}.", tuple(entries), kind="procedure"))
    for agency_id, entries in _by_agency(store).items():
        agency = store.agencies[agency_id]
        listings.append(Listing(f"{BASE}co-quan/{agency_id}/", f"Thủ tục do {agency.display_name} thực hiện",
                                f"Thủ tục hành chính do {agency.name} thực hiện.", tuple(entries), kind="procedure"))
    for level, entries in group(procs, lambda e: e.model.level).items():
        listings.append(Listing(f"{BASE}cap/{level}/", f"Thủ tục {LEVEL_LABELS[level].lower()}",
                                f"Thủ tục hành chính {LEVEL_LABELS[level].lower()}.", tuple(entries), kind="procedure"))
    for online, entries in group(procs, lambda e: e.model.online.level).items():
        listings.append(Listing(f"{BASE}truc-tuyen/{online}/", ONLINE_LABELS[online],
                                f"Thủ tục có mức: {ONLINE_LABELS[online].lower()}.", tuple(entries), kind="procedure"))
    return listings


def procedure_facets(store: ContentStore) -> dict[str, tuple[Facet, ...]]:
    fields = sorted(_by_field(store).items(), key=lambda kv: sort_key(store.topics[kv[0]].name))
    levels = group(store.procedures, lambda e: e.model.level)
    onlines = group(store.procedures, lambda e: e.model.online.level)
    agencies = sorted(_by_agency(store).items(), key=lambda kv: sort_key(store.agencies[kv[0]].display_name))
    return {
        "Lĩnh vực": tuple(Facet(store.topics[f].name, f"{BASE}linh-vuc/{f}/", len(e)) for f, e in fields),
        "Cấp thực hiện": tuple(Facet(LEVEL_LABELS[k], f"{BASE}cap/{k}/", len(levels[k]))
                               for k in LEVEL_LABELS if k in levels),
        "Dịch vụ công trực tuyến": tuple(Facet(ONLINE_LABELS[k], f"{BASE}truc-tuyen/{k}/", len(onlines[k]))
                                         for k in ONLINE_LABELS if k in onlines),
        "Cơ quan thực hiện": tuple(Facet(store.agencies[a].display_name, f"{BASE}co-quan/{a}/", len(e))
                                   for a, e in agencies),
        "Tra cứu": (Facet("Theo vần A-Z", f"{BASE}a-z/", len(store.procedures)),),
    }


@dataclass(frozen=True)
class LetterGroup:
    letter: str
    anchor: str
    procedures: tuple[ProcedureLink, ...]


def az_index(store: ContentStore) -> tuple[LetterGroup, ...]:
    """Procedures under their initial letter: A, Ă, Â, B, C, D, Đ, E, Ê, ..."""
    groups: dict[str, list] = {}
    for entry in store.procedures:  # already in Vietnamese order
        groups.setdefault(initial_letter(entry.model.name), []).append(procedure_link(entry, store))
    return tuple(LetterGroup(letter, f"van-{i}", tuple(links))
                 for i, (letter, links) in enumerate(sorted(groups.items(), key=lambda kv: sort_key(kv[0]))))


def _by_field(store: ContentStore) -> dict[str, list]:
    grouped: dict[str, list] = {}
    for entry in store.procedures:
        for field_id in entry.model.fields:
            grouped.setdefault(field_id, []).append(entry)
    return grouped


def _by_agency(store: ContentStore) -> dict[str, list]:
    grouped: dict[str, list] = {}
    for entry in store.procedures:
        for agency_id in entry.model.agencies.implementing:
            grouped.setdefault(agency_id, []).append(entry)
    return grouped
