"""Turning one file's YAML into a typed model, every problem with its line."""

from __future__ import annotations

import copy
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from site_builder.content.messages import describe, field_path, suggest
from site_builder.content.yaml_source import YamlDocument
from site_builder.models.introspect import model_in
from site_builder.problems import Problems

M = typing.TypeVar("M", bound=BaseModel)


def validate_model(
    model_cls: type[M], document: YamlDocument, path: str, problems: Problems,
    data: Any = None, loc_prefix: tuple = (),
) -> M | None:
    """The model, or None when the data has errors (all added to problems).

    Unknown keys are warnings: they are reported, dropped, and the rest validated.
    """
    data = document.data if data is None else data
    if not isinstance(data, dict):
        line = document.line_of(loc_prefix)
        where = field_path(loc_prefix) if loc_prefix else "(front matter)"
        problems.error(path, line, where, "phải là một nhóm trường 'tên: giá trị' (must be a mapping)")
        return None
    data = _without_blanks(data)
    try:
        return model_cls.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
    unknown = [e for e in errors if e["type"] == "extra_forbidden"]
    for error in unknown:
        loc = loc_prefix + tuple(error["loc"])
        choices = _field_names(model_cls, tuple(error["loc"])[:-1])
        message = describe(error) + suggest(str(loc[-1]), choices)
        problems.warning(path, document.line_of(loc), field_path(loc), message)
    real = [e for e in errors if e["type"] != "extra_forbidden"]
    for error in real:
        loc = loc_prefix + tuple(error["loc"])
        message = describe(error)
        if error["type"] == "missing" and len(error["loc"]) == 1:
            message += getattr(model_cls, "missing_note", "")
        problems.error(path, document.line_of(loc), field_path(loc), message)
    if real:
        return None
    return model_cls.model_validate(_without(data, [tuple(e["loc"]) for e in unknown]))


def _without_blanks(data: Any) -> Any:
    """A key left empty ("summary:") counts as absent: required ones are then "missing"."""
    if isinstance(data, dict):
        return {k: _without_blanks(v) for k, v in data.items() if v is not None}
    if isinstance(data, list):
        return [_without_blanks(v) for v in data]
    return data


def _without(data: Any, locs: list[tuple]) -> Any:
    cleaned = copy.deepcopy(data)
    for loc in locs:
        holder = cleaned
        for part in loc[:-1]:
            holder = holder[part]
        holder.pop(loc[-1], None)
    return cleaned


def _field_names(model_cls: type[BaseModel], loc: tuple) -> list[str]:
    """Field names of the model found at loc inside model_cls (for suggestions)."""
    current: Any = model_cls
    for part in loc:
        if isinstance(part, int):
            continue
        fields = getattr(current, "model_fields", {})
        if part not in fields:
            return []
        current = model_in(fields[part].annotation)
        if current is None:
            return []
    return list(getattr(current, "model_fields", {}))
