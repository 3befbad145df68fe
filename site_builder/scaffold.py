"""`python -m site_builder new <type> "<title>"`: a new content file with every field of
its model present, each with its Vietnamese description as a comment.

The file is written from the model itself (never a second copy of the field list): the
title goes where the type keeps it, today's date (Vietnam time) where it has a date, a
fresh GUID; other required fields are left empty, and `check` names each one."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from site_builder.content.sections import SECTIONS
from site_builder.models.base import EntryModel
from site_builder.models.introspect import is_list, model_in
from site_builder.vietnamese.text import slugify

# Which field takes the title, and which the date, per type (the folder name).
TYPES = {
    "plan": ("plans", "abstract", "date"),
    "report": ("reports", "abstract", "date"),
    "document": ("documents", "abstract", "date"),
    "procedure": ("procedures", "name", None),
    "episode": ("episodes", "topic", "air_date"),
    "news": ("news", "title", "published"),
    "page": ("pages", "title", None),
}
_PUBLISHING = set(EntryModel.model_fields)  # draft, publish_at, expires: written last


class ScaffoldError(Exception):
    pass


@dataclass(frozen=True)
class Scaffold:
    path: Path
    text: str


def _comment(field) -> str:
    need = "bắt buộc" if field.is_required() else "không bắt buộc"
    return f"  # {field.description or ''} ({need})".rstrip()


def _lines(model: type[BaseModel], values: dict, indent: str = "") -> list[str]:
    lines = []
    names = [n for n in model.model_fields if n not in _PUBLISHING] + [n for n in model.model_fields if n in _PUBLISHING]
    for name in names:
        field = model.model_fields[name]
        if name in values:
            lines.append(f"{indent}{name}: {values[name]}{_comment(field)}")
            continue
        nested = model_in(field.annotation)
        if is_list(field.annotation):
            item = f"; mỗi mục gồm: {', '.join(nested.model_fields)}" if nested else ""
            lines.append(f"{indent}{name}: []{_comment(field)[:-1]}{item})" if item else f"{indent}{name}: []{_comment(field)}")
        elif nested is not None and field.is_required():
            lines.append(f"{indent}{name}:{_comment(field)}")
            lines += _lines(nested, {}, indent + "  ")
        elif field.is_required():
            lines.append(f"{indent}{name}:{_comment(field)}")
        else:
            default = field.get_default(call_default_factory=True)
            shown = "" if default is None else json.dumps(default, ensure_ascii=False)
            lines.append(f"{indent}{name}: {shown}{_comment(field)}".replace(": {", ": {").replace(":   #", ":  #"))
    return lines


def scaffold(kind: str, title: str, content_dir: Path, now: dt.datetime, guid: str | None = None) -> Scaffold:
    if kind not in TYPES:
        raise ScaffoldError(f"không có loại '{kind}'; chọn một trong: {', '.join(TYPES)} (unknown type)")
    folder, title_field, date_field = TYPES[kind]
    section = next(s for s in SECTIONS if s.folder == folder)
    slug = slugify(title)
    if not slug:
        raise ScaffoldError("tiêu đề trống (empty title)")
    if date_field is not None:
        slug = f"{now:%Y-%m-%d}-{slug}" if kind == "news" else f"{now:%Y}-{slug}"
    path = content_dir / folder / f"{slug}.md"
    if path.exists():
        raise ScaffoldError(f"đã có tệp {path.as_posix()}; hãy chọn tiêu đề khác (file exists)")
    values = {title_field: json.dumps(title, ensure_ascii=False)}
    if "guid" in section.model.model_fields:
        values["guid"] = guid or f"urn:uuid:{uuid.uuid4()}"
    if date_field == "published":
        values[date_field] = f"{now:%Y-%m-%d %H:%M}"
    elif date_field is not None:
        values[date_field] = f"{now:%Y-%m-%d}"
    body = "\n".join(["---", *_lines(section.model, values), "---", "", "Nội dung viết bằng Markdown ở đây.", ""])
    return Scaffold(path, body)
