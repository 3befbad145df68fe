"""Unicode normalisation, diacritic folding and slugs for Vietnamese text."""

from __future__ import annotations

import re
import unicodedata

# đ/Đ is a letter of its own, not d plus a mark, so NFD leaves it alone.
_STROKE_D = str.maketrans({"đ": "d", "Đ": "D"})
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def nfc(text: str) -> str:
    """Compose text so "Hoà" typed two ways compares equal."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Drop tone and vowel marks and map đ to d: "Đăng ký" -> "Dang ky"."""
    decomposed = unicodedata.normalize("NFD", text.translate(_STROKE_D))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


def slugify(text: str) -> str:
    """A URL slug without marks: "Quyết định 271/QĐ-UBND" -> "quyet-dinh-271-qd-ubnd"."""
    return _NON_SLUG.sub("-", fold(text).lower()).strip("-")


def toc_slug(value: str, separator: str = "-") -> str:
    """Heading anchors for Python-Markdown's toc: "Quyết định" -> "quyet-dinh" (đ kept as d)."""
    return slugify(value).replace("-", separator)
