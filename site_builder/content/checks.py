"""Rules across fields and files: references to registries, drafts, uniqueness.

Each rule adds problems with the file, line and field; none stops the others.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from site_builder.content import news_checks, procedure_checks
from site_builder.content.entry import Entry
from site_builder.content.messages import field_path
from site_builder.content.shared_checks import (
    check_agency_ids,
    check_file,
    check_topic_ids,
    reference_issuers,
    unknown_agency,
)
from site_builder.content.store import ContentStore, document_key
from site_builder.problems import Problems
from site_builder.vietnamese.dates import short_date


@dataclass
class RegistryLines:
    path: str
    document: Any  # YamlDocument or None
    index_of: dict[str, int]

    def line(self, item_id: str, field_name: str) -> int:
        if self.document is None:
            return 1
        return self.document.line_of((self.index_of.get(item_id, 0), field_name))


def run_all(store: ContentStore, content_dir: Path, problems: Problems) -> None:
    for entry in store.documents:
        _check_document(entry, store, content_dir, problems)
    _check_unique_numbers(store, problems)
    _check_unique_guids(store, problems)
    procedure_checks.run(store, content_dir, problems)
    news_checks.run(store, content_dir, problems)


def check_agency_links(agencies: dict, lines: RegistryLines, problems: Problems) -> None:
    for agency in agencies.values():
        index = lines.index_of[agency.id]
        for field_name in ("parent", "successor"):
            target = getattr(agency, field_name)
            if target and target not in agencies:
                problems.error(lines.path, lines.line(agency.id, field_name), f"[{index}].{field_name}",
                               unknown_agency(target, agencies))


def _check_document(entry: Entry, store: ContentStore, content_dir: Path, problems: Problems) -> None:
    doc = entry.model
    _check_draft_rules(entry, problems)
    _check_symbol_type(entry, problems)
    _check_agencies(entry, store, problems)
    _check_topics(entry, store, problems)
    _check_attachments(entry, content_dir, problems)
    _check_tasks(entry, problems)
    if getattr(doc, "period", None) and doc.period.end < doc.period.start:
        problems.error(entry.path, entry.line_of("period", "end"), "period.end",
                       "ngày kết thúc kỳ báo cáo trước ngày bắt đầu (period ends before it starts)")


def _check_draft_rules(entry: Entry, problems: Problems) -> None:
    doc = entry.model
    if doc.draft_document:
        return
    if doc.number.number is None:
        problems.error(entry.path, entry.line_of("number"), "number",
                       "thiếu số văn bản; chỉ văn bản dự thảo (draft_document: true) được để trống số "
                       "(number missing; only drafts may omit it)")
    if not doc.date.is_complete:
        problems.error(entry.path, entry.line_of("date"), "date",
                       "cần ngày đầy đủ, ví dụ 2024-01-29; chỉ văn bản dự thảo (draft_document: true) "
                       "được thiếu ngày (full date required unless draft)")
    if doc.number.year and doc.number.year != doc.date.year:
        problems.error(entry.path, entry.line_of("number"), "number",
                       f"năm trong số ký hiệu ({doc.number.year}) khác năm ban hành ({doc.date.year}) "
                       "(year in number-symbol differs from date)")


def _check_symbol_type(entry: Entry, problems: Problems) -> None:
    doc = entry.model
    expected = type(doc).expected_types
    if not expected or doc.number.type_code in expected or "symbol-type" in doc.accepted_warnings:
        return
    got = doc.number.type_code or "không có (công văn)"
    problems.warning(entry.path, entry.line_of("number"), "number",
                     f"{doc.kind_label.lower()} thường có ký hiệu {', '.join(expected)} nhưng số ký hiệu ghi "
                     f"'{got}'; nếu bản gốc đúng như vậy, thêm 'accepted_warnings: [symbol-type]' "
                     "(symbol type does not match the document type)")


def _check_agencies(entry: Entry, store: ContentStore, problems: Problems) -> None:
    doc = entry.model
    used: list[tuple[tuple, str]] = [(("issuer",), doc.issuer)]
    used += reference_issuers(doc, ("legal_bases", "implements", "references"))
    for i, task in enumerate(getattr(doc, "tasks", [])):
        for role in ("lead", "partners"):
            used += [(("tasks", i, role, j), agency_id) for j, agency_id in enumerate(getattr(task, role))]
    check_agency_ids(entry, used, store, problems)
    issuer = store.agencies.get(doc.issuer)
    if issuer and issuer.ended and doc.date.as_date >= issuer.ended:
        problems.error(entry.path, entry.line_of("issuer"), "issuer",
                       f"cơ quan '{issuer.id}' đã kết thúc hoạt động từ {short_date(issuer.ended)}, "
                       f"trước ngày văn bản (issuer had ended before the document's date)")


def _check_topics(entry: Entry, store: ContentStore, problems: Problems) -> None:
    check_topic_ids(entry, "topics", store, problems)


def _check_attachments(entry: Entry, content_dir: Path, problems: Problems) -> None:
    for i, attachment in enumerate(entry.model.attachments):
        if (attachment.file is None) == (attachment.url is None):
            problems.error(entry.path, entry.line_of("attachments", i), f"attachments[{i}]",
                           "cần đúng một trong hai: file hoặc url (exactly one of file or url)")
        elif attachment.file is not None:
            check_file(entry, ("attachments", i, "file"), attachment.file, content_dir, problems)


def _check_tasks(entry: Entry, problems: Problems) -> None:
    seen: dict[int, int] = {}
    for i, task in enumerate(getattr(entry.model, "tasks", [])):
        if task.number in seen:
            problems.error(entry.path, entry.line_of("tasks", i, "number"), f"tasks[{i}].number",
                           f"số thứ tự {task.number} đã dùng ở nhiệm vụ thứ {seen[task.number] + 1} "
                           "(duplicate task number)")
        seen.setdefault(task.number, i)


def _check_unique_numbers(store: ContentStore, problems: Problems) -> None:
    first: dict[tuple, Entry] = {}
    for entry in sorted(store.documents, key=lambda e: e.path):
        key = document_key(entry.model)
        if key is None:
            continue
        scoped = (entry.model.issuer, *key)
        if scoped in first:
            other = first[scoped]
            problems.error(entry.path, entry.line_of("number"), "number",
                           f"số ký hiệu {entry.model.number.text} năm {key[2]} của cùng cơ quan đã dùng ở "
                           f"{other.path} (duplicate number-symbol in one year)")
            continue
        first[scoped] = entry


_path = field_path


def _check_unique_guids(store: ContentStore, problems: Problems) -> None:
    """A feed item's GUID must belong to one entry only, or readers drop or repost items."""
    first: dict[str, Entry] = {}
    for entry in sorted(store.entries, key=lambda e: e.path):
        guid = getattr(entry.model, "guid", None)
        if guid is None:
            continue
        if guid in first:
            problems.error(entry.path, entry.line_of("guid"), "guid",
                           f"guid đã dùng ở {first[guid].path}; mỗi mục cần một guid riêng (duplicate guid)")
            continue
        first[guid] = entry
