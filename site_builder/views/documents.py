"""DocumentView: a plan, report or other document as its page shows it."""

from __future__ import annotations

from dataclasses import dataclass

from site_builder.content.entry import Entry
from site_builder.content.store import ContentStore
from site_builder.models.document import DocumentBase, Figure, Task
from site_builder.models.registry import Agency, Topic
from site_builder.vietnamese.dates import date_line
from site_builder.views.citations import Citation, cite
from site_builder.views.entry_model import check_entry_model, entry_model
from site_builder.views.links import EntryLink, entry_link


@dataclass(frozen=True)
class TaskView:
    task: Task
    lead: tuple[Agency, ...]
    partners: tuple[Agency, ...]


@dataclass(frozen=True)
class AttachmentView:
    title: str
    url: str  # site-relative for files, absolute for links
    is_file: bool


@dataclass(frozen=True)
class DocumentView:
    entry: Entry
    doc: DocumentBase = entry_model()  # the entry's model, out of the repr (`entry_model.py`)
    issuer: Agency
    issuer_name: str  # as printed, or the agency's name on the document's date
    date_line: str  # "Khánh Hòa, ngày 29 tháng 01 năm 2024"
    legal_bases: tuple[Citation, ...]
    implements: tuple[Citation, ...]
    references: tuple[Citation, ...]
    cited_by: tuple[EntryLink, ...]
    tasks: tuple[TaskView, ...]
    figures: tuple[Figure, ...]
    attachments: tuple[AttachmentView, ...]
    topics: tuple[Topic, ...]

    @property
    def kind(self) -> str:
        return self.doc.kind

    @property
    def issuer_renamed(self) -> bool:
        """True when the name printed differs from the agency's name today."""
        return self.issuer_name.casefold() != self.issuer.name.casefold()

    @property
    def number_missing(self) -> bool:
        return self.doc.number.number is None

    def __post_init__(self) -> None:
        check_entry_model(self, "doc")


def document_view(entry: Entry, store: ContentStore) -> DocumentView:
    doc = entry.model
    issuer = store.agencies[doc.issuer]
    agencies = store.agencies
    return DocumentView(
        entry=entry,
        doc=doc,
        issuer=issuer,
        issuer_name=doc.issuer_printed or issuer.name_on(doc.date.as_date),
        date_line=date_line(doc.place, doc.date.year, doc.date.month, doc.date.day),
        legal_bases=tuple(cite(ref, store) for ref in doc.legal_bases),
        implements=tuple(cite(ref, store) for ref in doc.implements),
        references=tuple(cite(ref, store) for ref in doc.references),
        cited_by=tuple(entry_link(e, store) for e in store.cited_by(entry)),
        tasks=tuple(
            TaskView(t, tuple(agencies[a] for a in t.lead), tuple(agencies[a] for a in t.partners))
            for t in getattr(doc, "tasks", [])
        ),
        figures=tuple(getattr(doc, "figures", [])),
        attachments=tuple(
            AttachmentView(a.title, a.file if a.file else str(a.url), a.file is not None)
            for a in doc.attachments
        ),
        topics=tuple(store.topics[t] for t in doc.topics),
    )
