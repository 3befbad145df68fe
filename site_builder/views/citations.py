"""Citations of other documents, linked when the portal has the document."""

from __future__ import annotations

from dataclasses import dataclass

from site_builder.content.store import ContentStore
from site_builder.models.document import Reference


@dataclass(frozen=True)
class Citation:
    text: str  # "Quyết định số 4831/QĐ-UBND ngày 24/12/2021 của UBND tỉnh Khánh Hòa ..."
    url: str | None  # site-relative URL of the cited document's page


def citation_text(ref: Reference, store: ContentStore) -> str:
    kind = ref.kind or (ref.number.type_label if ref.number else "Văn bản")
    issuer = ref.issuer_name or (store.agencies[ref.issuer].display_name if ref.issuer else None)
    date = f"ngày {ref.date.short}" if ref.date else None
    if ref.number:
        parts = [kind, f"số {ref.number.text}", date, f"của {issuer}" if issuer else None, ref.title]
    else:
        parts = [kind, ref.title, date, f"của {issuer}" if issuer else None]
    return " ".join(part for part in parts if part)


def cite(ref: Reference, store: ContentStore) -> Citation:
    target = store.find(ref)
    return Citation(text=citation_text(ref, store), url=target.url if target else None)
