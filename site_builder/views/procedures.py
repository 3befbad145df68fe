"""ProcedureView: what a citizen's procedure page shows, summary box first."""

from __future__ import annotations

from dataclasses import dataclass

from site_builder.content.entry import Entry
from site_builder.content.store import ContentStore, once_per_entry
from site_builder.last_call import remember_calls
from site_builder.models.procedure import Procedure, SubmissionMethod
from site_builder.models.registry import Agency, Topic
from site_builder.views.citations import Citation, cite
from site_builder.views.entry_model import check_entry_model, entry_model
from site_builder.views.json_ld import script_json


@dataclass(frozen=True)
class ProcedureLink:
    url: str
    code: str
    name: str
    level: str
    online: str
    online_level: str
    status: str
    is_current: bool
    fields: str


@dataclass(frozen=True)
class Summary:
    """The first screen on a phone: what you get, how long, what it costs, where, online."""

    result: str
    time: str
    fee: str
    where: str
    online: str
    online_url: str | None


@dataclass(frozen=True)
class ProcedureView:
    entry: Entry
    procedure: Procedure = entry_model()  # the entry's model, out of the repr (`entry_model.py`)
    summary: Summary
    fields: tuple[Topic, ...]
    implementing: tuple[Agency, ...]
    competent: tuple[Agency, ...]
    authorised: tuple[Agency, ...]
    coordinating: tuple[Agency, ...]
    legal_basis: tuple[Citation, ...]
    decision: Citation
    related: tuple[ProcedureLink, ...]
    replacement: ProcedureLink | None
    replaces: tuple[ProcedureLink, ...]
    absolute_url: str
    qr_url: str  # site-relative URL of the QR code image of absolute_url
    json_ld: str

    def __post_init__(self) -> None:
        check_entry_model(self, "procedure")


@once_per_entry
def procedure_link(entry: Entry, store: ContentStore) -> ProcedureLink:
    proc = entry.model
    return ProcedureLink(
        url=entry.url, code=proc.code, name=proc.name, level=proc.level_label, online=proc.online.label,
        online_level=proc.online.level, status=proc.lifecycle.label, is_current=proc.lifecycle.is_current,
        fields=", ".join(store.topics[f].name for f in proc.fields),
    )


def _per_method(methods: list[SubmissionMethod], text_of) -> str:
    texts = [text_of(m) for m in methods]
    if len(set(texts)) == 1:
        return texts[0]
    return "; ".join(f"{text} ({m.label.lower()})" for m, text in zip(methods, texts))


def summary_of(proc: Procedure, store: ContentStore) -> Summary:
    place = proc.where[0]
    return Summary(
        result="; ".join(proc.results),
        time=_per_method(proc.methods, lambda m: m.time.text),
        fee=_per_method(proc.methods, lambda m: m.fee_total_text),
        where=place.name,
        online=proc.online.label,
        online_url=str(proc.online.url) if proc.online.url else None,
    )


def procedure_address(site_url: str, url: str) -> str:
    """A procedure page's absolute address (url: its site-relative URL), which its QR code holds."""
    return site_url.rstrip("/") + "/" + url


def procedure_view(entry: Entry, store: ContentStore, site_url: str) -> ProcedureView:
    proc = entry.model
    agencies = store.agencies
    by_code = store.procedures_by_code
    absolute_url = procedure_address(site_url, entry.url)
    replacement = by_code.get(proc.lifecycle.replaced_by) if proc.lifecycle.replaced_by else None
    view_fields = tuple(store.topics[f] for f in proc.fields)
    implementing = tuple(agencies[a] for a in proc.agencies.implementing)
    return ProcedureView(
        entry=entry,
        procedure=proc,
        summary=summary_of(proc, store),
        fields=view_fields,
        implementing=implementing,
        competent=tuple(agencies[a] for a in proc.agencies.competent),
        authorised=tuple(agencies[a] for a in proc.agencies.authorised),
        coordinating=tuple(agencies[a] for a in proc.agencies.coordinating),
        legal_basis=tuple(cite(ref, store) for ref in proc.legal_basis),
        decision=cite(proc.lifecycle.decision, store),
        related=tuple(procedure_link(by_code[c], store) for c in proc.related),
        replacement=procedure_link(replacement, store) if replacement else None,
        replaces=tuple(procedure_link(e, store) for e in store.replaced_by_code.get(proc.code, ())),
        absolute_url=absolute_url,
        qr_url=f"{entry.url}ma-qr.svg",
        json_ld=_json_ld(proc, absolute_url, view_fields, implementing),
    )


@remember_calls
def _json_ld(proc: Procedure, url: str, fields, implementing) -> str:
    """schema.org GovernmentService, escaped for a <script> element."""
    channels = []
    for method in proc.methods:
        channel = {"@type": "ServiceChannel", "name": method.label,
                   "processingTime": f"PT{method.time.value}H" if method.time.unit == "gio"
                   else f"P{method.time.value}D"}
        if method.method == "truc-tuyen" and proc.online.url:
            channel["serviceUrl"] = str(proc.online.url)
        channels.append(channel)
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": proc.name,
        "identifier": proc.code,
        "url": url,
        "serviceType": ", ".join(f.name for f in fields),
        "description": proc.summary or "; ".join(proc.results),
        "audience": {"@type": "Audience", "audienceType": "; ".join(proc.applies_to)},
        "provider": [{"@type": "GovernmentOrganization", "name": a.name} for a in implementing],
        "availableChannel": channels,
        "inLanguage": "vi",
    }
    return script_json(data)
