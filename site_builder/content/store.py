"""ContentStore: all entries and registries, indexed for lookups and views."""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from site_builder.content.entry import Entry
from site_builder.models.document import DocumentBase, Reference
from site_builder.models.registry import Agency, Topic
from site_builder.vietnamese.collation import sort_key

DocumentKey = tuple  # (number, symbol, year)


def document_key(doc: DocumentBase) -> DocumentKey | None:
    if doc.number.number is None:
        return None
    return doc.number.key(doc.date.year)


def newest_first(entries: list[Entry]) -> list[Entry]:
    """Newest date first; same day: higher number first; then path, so order is stable."""
    return sorted(
        entries,
        key=lambda e: (e.model.date.as_date, e.model.number.number or 0, e.path),
        reverse=True,
    )


@dataclass
class ContentStore:
    agencies: dict[str, Agency]
    topics: dict[str, Topic]
    entries: list[Entry]
    programme: Any = None  # the radio Programme, when content/radio/programme.yml exists
    audio: dict[str, Any] = field(default_factory=dict)  # episode path -> AudioInfo read from its file
    _cited_by: dict[int, list[Entry]] = field(default_factory=dict, repr=False)
    # Views made of this content (`once_per_entry`); not an init field, so a store made
    # from this one (`dataclasses.replace`) starts with none.
    views: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    @cached_property
    def documents(self) -> list[Entry]:
        return newest_first([e for e in self.entries if e.section.is_document])

    @cached_property
    def pages(self) -> list[Entry]:
        return [e for e in self.entries if e.section.kind == "page"]

    @cached_property
    def procedures(self) -> list[Entry]:
        """In Vietnamese alphabetical order of their names."""
        return sorted((e for e in self.entries if e.section.kind == "procedure"),
                      key=lambda e: (sort_key(e.model.name), e.model.code))

    @cached_property
    def replaced_by_code(self) -> dict[str, list[Entry]]:
        """Code -> the procedures it replaces, in the order of procedures."""
        replaced: dict[str, list[Entry]] = {}
        for entry in self.procedures:
            if entry.model.lifecycle.replaced_by:
                replaced.setdefault(entry.model.lifecycle.replaced_by, []).append(entry)
        return replaced

    @cached_property
    def episodes(self) -> list[Entry]:
        """Newest air date first."""
        return sorted((e for e in self.entries if e.section.kind == "episode"),
                      key=lambda e: (e.model.air_date, e.model.number), reverse=True)

    @cached_property
    def news(self) -> list[Entry]:
        """Newest first."""
        return sorted((e for e in self.entries if e.section.kind == "news"),
                      key=lambda e: (e.model.published, e.path), reverse=True)

    @cached_property
    def procedures_by_code(self) -> dict[str, Entry]:
        return {e.model.code: e for e in self.procedures}

    @cached_property
    def _by_key(self) -> dict[DocumentKey, list[Entry]]:
        index: dict[DocumentKey, list[Entry]] = defaultdict(list)
        for entry in self.documents:
            key = document_key(entry.model)
            if key is not None:
                index[key].append(entry)
        return index

    def find(self, ref: Reference) -> Entry | None:
        """The portal's page for a cited document, when there is exactly one."""
        if ref.number is None or ref.number.number is None:
            return None
        year = ref.number.year or (ref.date.year if ref.date else None)
        if year is None:
            return None
        candidates = self._by_key.get(ref.number.key(year), [])
        if ref.issuer:
            candidates = [e for e in candidates if e.model.issuer == ref.issuer]
        return candidates[0] if len(candidates) == 1 else None

    def cited_by(self, entry: Entry) -> list[Entry]:
        """Documents whose legal bases, implements or references resolve to entry."""
        if not self._cited_by:
            self._index_citations()
        return self._cited_by.get(id(entry), [])

    def _index_citations(self) -> None:
        index: dict[int, list[Entry]] = defaultdict(list)
        for citing in self.documents:
            doc = citing.model
            targets = {id(t): t for ref in (*doc.legal_bases, *doc.implements, *doc.references)
                       if (t := self.find(ref)) is not None and t is not citing}
            for target_id in targets:
                index[target_id].append(citing)
        self._cited_by = dict(index)

    def by_agency(self) -> dict[str, list[Entry]]:
        grouped: dict[str, list[Entry]] = defaultdict(list)
        for entry in self.documents:
            grouped[entry.model.issuer].append(entry)
        return dict(grouped)

    def by_year(self) -> dict[int, list[Entry]]:
        grouped: dict[int, list[Entry]] = defaultdict(list)
        for entry in self.documents:
            grouped[entry.model.date.year].append(entry)
        return dict(grouped)


def once_per_entry(make):
    """make(entry, store), made once per entry of a store and kept by the store: an item's
    line is shown in its section's, topics', agency's and year's listings and beside related
    items (~0.1 s of a 10,000-page site model). A new store (a new build, an edit in the
    dev server) makes them anew."""
    @functools.wraps(make)
    def view(entry: Entry, store: ContentStore):
        key = (make, entry)  # an Entry compares by identity; the key keeps it alive
        found = store.views.get(key)
        if found is None:
            found = store.views[key] = make(entry, store)
        return found

    return view
