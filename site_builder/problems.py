"""Problems found in content: collected across all files, reported together."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from enum import Enum

# Messages are Vietnamese first with the English gist in parentheses at the end (or
# before a "; ý bạn là ..." suggestion). PORTAL_LANG=en puts that English gist first.
_ENGLISH = re.compile(r"^(?P<vi>.*?) \((?P<en>[a-z][^()]*)\)(?P<rest>(?:; ý bạn là .*)?)$")


def localize(message: str, lang: str | None = None) -> str:
    lang = lang or os.environ.get("PORTAL_LANG", "vi")
    if lang != "en":
        return message
    match = _ENGLISH.match(message)
    if not match:
        return message
    return f"{match['en']}: {match['vi']}{match['rest']}"


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    field: str
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.field}: {localize(self.message)}"


@dataclass
class Problems:
    """Every error and warning of one content load, in file and line order."""

    items: list[Problem] = field(default_factory=list)

    def error(self, path: str, line: int, field_name: str, message: str) -> None:
        self.items.append(Problem(path, line, field_name, message, Severity.ERROR))

    def warning(self, path: str, line: int, field_name: str, message: str) -> None:
        self.items.append(Problem(path, line, field_name, message, Severity.WARNING))

    def extend(self, other: "Problems") -> None:
        self.items.extend(other.items)

    @property
    def errors(self) -> list[Problem]:
        return sorted(p for p in self.items if p.severity is Severity.ERROR)

    @property
    def warnings(self) -> list[Problem]:
        return sorted(p for p in self.items if p.severity is Severity.WARNING)


class ContentError(Exception):
    """Raised when content has errors; carries all of them."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        lines = "\n".join(str(p) for p in problems)
        super().__init__(f"Nội dung có {len(problems)} lỗi (content errors):\n{lines}")
