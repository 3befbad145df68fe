"""Reading one content file: bytes to clean text, front matter and body apart."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from site_builder.content.yaml_source import YamlDocument, YamlSyntaxError, parse_yaml
from site_builder.vietnamese.text import nfc

_FENCE = re.compile(r"^---[ \t]*$", re.MULTILINE)
_BOM = "\ufeff"


class SourceError(Exception):
    def __init__(self, line: int, field: str, message: str):
        self.line = line
        self.field = field
        self.message = message
        super().__init__(message)


def read_text(path: Path) -> str:
    """UTF-8 text with the BOM dropped, CRLF made LF, and NFC composed."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SourceError(
            line, "(tệp)", "tệp không phải UTF-8; hãy lưu lại với mã hóa UTF-8 (file is not UTF-8)"
        ) from None
    text = text.removeprefix(_BOM).replace("\r\n", "\n").replace("\r", "\n")
    return nfc(text)


@dataclass
class SourceFile:
    front_matter: YamlDocument
    body: str
    body_line: int  # file line where the body starts


def split_front_matter(text: str) -> SourceFile:
    """Split "---\\nYAML\\n---\\nbody"; the front matter is required."""
    if not text.startswith("---\n"):
        raise SourceError(
            1, "(front matter)",
            "tệp phải bắt đầu bằng dòng '---' rồi đến phần khai báo YAML "
            "(file must start with a '---' front matter block)",
        )
    end = _FENCE.search(text, 4)
    if end is None:
        raise SourceError(
            1, "(front matter)",
            "thiếu dòng '---' đóng phần khai báo YAML (front matter is not closed)",
        )
    yaml_text = text[4 : end.start()]
    body_start = end.end() + 1
    try:
        document = parse_yaml(yaml_text, line_offset=1)
    except YamlSyntaxError as exc:
        raise SourceError(exc.line, "(YAML)", exc.message) from None
    body_line = text.count("\n", 0, body_start) + 1
    return SourceFile(front_matter=document, body=text[body_start:], body_line=body_line)


def read_yaml_file(path: Path) -> YamlDocument:
    try:
        return parse_yaml(read_text(path))
    except YamlSyntaxError as exc:
        raise SourceError(exc.line, "(YAML)", exc.message) from None
