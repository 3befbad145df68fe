"""Pydantic's validation errors, said in Vietnamese for editors (English after)."""

from __future__ import annotations

import difflib
from typing import Any

from pydantic_core import ErrorDetails

_MESSAGES: dict[str, str] = {
    "missing": "thiếu trường bắt buộc (required field missing)",
    "string_type": "phải là văn bản (must be text)",
    "int_type": "phải là số nguyên (must be a whole number)",
    "int_parsing": "phải là số nguyên (must be a whole number)",
    "int_from_float": "phải là số nguyên (must be a whole number)",
    "float_type": "phải là số (must be a number)",
    "float_parsing": "phải là số (must be a number)",
    "bool_type": "phải là true hoặc false (must be true or false)",
    "bool_parsing": "phải là true hoặc false (must be true or false)",
    "list_type": "phải là một danh sách, mỗi mục bắt đầu bằng '- ' (must be a list)",
    "dict_type": "phải là một nhóm trường 'tên: giá trị' (must be a mapping)",
    "model_type": "phải là một nhóm trường 'tên: giá trị' (must be a mapping)",
    "model_attributes_type": "phải là một nhóm trường 'tên: giá trị' (must be a mapping)",
    "url_parsing": "địa chỉ web không hợp lệ, ví dụ https://cchc.khanhhoa.gov.vn (invalid URL)",
    "url_scheme": "địa chỉ web phải bắt đầu bằng http:// hoặc https:// (invalid URL scheme)",
    "greater_than_equal": "phải lớn hơn hoặc bằng {ge} (must be >= {ge})",
    "greater_than": "phải lớn hơn {gt} (must be > {gt})",
    "too_short": "quá ngắn (too short)",
    "string_too_long": "dài quá {max_length} ký tự (longer than {max_length} characters)",
    "extra_forbidden": "trường không được hỗ trợ (unknown field)",
}


def field_path(loc: tuple[Any, ...]) -> str:
    """("tasks", 3, "lead") -> "tasks[3].lead", as editors read YAML paths."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(tệp)"


def describe(error: ErrorDetails) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind.startswith("vn_"):
        return error["msg"]
    if kind == "literal_error":
        return f"giá trị {error['input']!r} không hợp lệ; chọn một trong: {ctx.get('expected')} (invalid choice)"
    template = _MESSAGES.get(kind)
    if template is None:
        return error["msg"]
    try:
        return template.format(**ctx)
    except (KeyError, IndexError):
        return template


def suggest(name: str, choices: list[str]) -> str:
    """"; ý bạn là 'abstract'? (did you mean)" when a close name exists."""
    close = difflib.get_close_matches(name, choices, n=1, cutoff=0.6)
    return f"; ý bạn là '{close[0]}'? (did you mean)" if close else ""
