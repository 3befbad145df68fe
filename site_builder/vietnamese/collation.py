"""Vietnamese alphabetical order.

Letters first (a ă â b c d đ e ê ... with each modified vowel a letter of its
own), tones only to break ties, in dictionary order: ngang, huyền, hỏi, ngã,
sắc, nặng. This is the order of ICU's Vietnamese tailoring.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET)}
_MODIFIERS = {"\u0306": "ă", "\u0302": "â", "\u031b": "ơ"}  # breve, circumflex, horn
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_DIGIT_BASE = -20  # digits sort before letters
_OTHER_RANK = -30  # spaces and punctuation sort before both


def _apply_modifier(base: str, mark: str) -> str:
    if mark == "\u0302":
        return {"a": "â", "e": "ê", "o": "ô"}.get(base, base)
    if mark == "\u0306":
        return "ă" if base == "a" else base
    if mark == "\u031b":
        return {"o": "ơ", "u": "ư"}.get(base, base)
    return base


def _clusters(text: str):
    """Yield (base letter, tone, is_upper) per user-perceived character."""
    base, tone, upper = None, 0, False
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            if base is None:
                continue
            if ch in _TONES:
                tone = _TONES[ch]
            elif ch in _MODIFIERS:
                base = _apply_modifier(base, ch)
            continue
        if base is not None:
            yield base, tone, upper
        base, tone, upper = ch.lower(), 0, ch.isupper()
    if base is not None:
        yield base, tone, upper


def _rank(char: str) -> int:
    if char in _LETTER_RANK:
        return _LETTER_RANK[char]
    if char.isdigit():
        return _DIGIT_BASE + int(char)
    return _OTHER_RANK


@lru_cache(maxsize=65536)  # names are sorted again on every build and in several listings
def sort_key(text: str) -> tuple:
    """Key for sorted(): letters, then tones, then case, then the text itself."""
    clusters = list(_clusters(text))
    letters = tuple(_rank(base) for base, _, _ in clusters)
    tones = tuple(tone for _, tone, _ in clusters)
    cases = tuple(upper for _, _, upper in clusters)
    return letters, tones, cases, text


def initial_letter(text: str) -> str:
    """The letter a word is filed under: "Đăng ký" -> "Đ", "Ủy" -> "U", "Ưu" -> "Ư"."""
    for base, _, _ in _clusters(text.strip()):
        return base.upper()
    return "#"
