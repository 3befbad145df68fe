"""Rules for procedures across fields and files: registries, online service,
lifecycle and replacements, unique codes, related procedures, form files."""

from __future__ import annotations

from pathlib import Path

from site_builder.content.entry import Entry
from site_builder.content.messages import suggest
from site_builder.content.shared_checks import (
    check_agency_ids,
    check_file,
    check_topic_ids,
    reference_issuers,
)
from site_builder.content.store import ContentStore
from site_builder.problems import Problems


def run(store: ContentStore, content_dir: Path, problems: Problems) -> None:
    first: dict[str, Entry] = {}
    for entry in sorted(store.procedures, key=lambda e: e.path):
        proc = entry.model
        if proc.code in first:
            problems.error(entry.path, entry.line_of("code"), "code",
                           f"mã thủ tục {proc.code} đã dùng ở {first[proc.code].path} (duplicate procedure code)")
        first.setdefault(proc.code, entry)
    for entry in store.procedures:
        proc = entry.model
        roles = ("implementing", "competent", "authorised", "coordinating")
        used = [(("agencies", role, i), a) for role in roles for i, a in enumerate(getattr(proc.agencies, role))]
        used += reference_issuers(proc, ("legal_basis",))
        if proc.lifecycle.decision.issuer:
            used.append((("lifecycle", "decision", "issuer"), proc.lifecycle.decision.issuer))
        check_agency_ids(entry, used, store, problems)
        check_topic_ids(entry, "fields", store, problems)
        _check_online(entry, problems)
        _check_lifecycle(entry, store, problems)
        _check_related(entry, store, problems)
        for c, case in enumerate(proc.dossier.cases):
            for i, item in enumerate(case.items):
                if item.form and item.form.file:
                    loc = ("dossier", "cases", c, "items", i, "form", "file")
                    check_file(entry, loc, item.form.file, content_dir, problems)


def _check_online(entry: Entry, problems: Problems) -> None:
    proc = entry.model
    online_method = any(m.method == "truc-tuyen" for m in proc.methods)
    if proc.online.level != "khong" and proc.online.url is None:
        problems.error(entry.path, entry.line_of("online", "level"), "online.url",
                       f"mức '{proc.online.level}' cần địa chỉ nộp hồ sơ trực tuyến (url), ví dụ "
                       "https://dichvucong.gov.vn/... (online service needs its link)")
    if proc.online.level != "khong" and not online_method:
        problems.error(entry.path, entry.line_of("methods"), "methods",
                       "thủ tục có dịch vụ công trực tuyến nhưng không có cách thức 'truc-tuyen' với thời hạn "
                       "và phí riêng (online level set but no online method)")
    if proc.online.level == "khong" and online_method:
        problems.error(entry.path, entry.line_of("online", "level"), "online.level",
                       "có cách thức 'truc-tuyen' nhưng mức dịch vụ công trực tuyến là 'khong' "
                       "(online method without online level)")


def _check_lifecycle(entry: Entry, store: ContentStore, problems: Problems) -> None:
    life = entry.model.lifecycle
    if life.status == "thay-the":
        if not life.replaced_by:
            problems.error(entry.path, entry.line_of("lifecycle", "status"), "lifecycle.replaced_by",
                           "thủ tục được thay thế phải ghi mã thủ tục thay thế (replaced_by) "
                           "(replaced procedure needs its replacement)")
        elif life.replaced_by not in store.procedures_by_code:
            problems.error(entry.path, entry.line_of("lifecycle", "replaced_by"), "lifecycle.replaced_by",
                           f"không có thủ tục mã {life.replaced_by} trên cổng (unknown replacement)"
                           + suggest(life.replaced_by, list(store.procedures_by_code)))
    elif life.replaced_by:
        problems.error(entry.path, entry.line_of("lifecycle", "replaced_by"), "lifecycle.replaced_by",
                       "chỉ thủ tục có status 'thay-the' mới có replaced_by (only replaced procedures)")
    if life.status == "sua-doi" and not life.changes:
        problems.error(entry.path, entry.line_of("lifecycle", "status"), "lifecycle.changes",
                       "thủ tục sửa đổi, bổ sung phải nêu bộ phận được sửa đổi (changes) "
                       "(amended procedure must say what changed)")
    if life.status in ("thay-the", "bai-bo") and life.effective is None:
        problems.error(entry.path, entry.line_of("lifecycle", "status"), "lifecycle.effective",
                       "cần ngày có hiệu lực của việc thay thế hoặc bãi bỏ, ví dụ 2025-07-01 "
                       "(effective date required)")


def _check_related(entry: Entry, store: ContentStore, problems: Problems) -> None:
    for i, code in enumerate(entry.model.related):
        if code not in store.procedures_by_code:
            problems.error(entry.path, entry.line_of("related", i), f"related[{i}]",
                           f"không có thủ tục mã {code} trên cổng (unknown related procedure)"
                           + suggest(code, list(store.procedures_by_code)))
