"""Words as both search tiers' quick index sees them; theme/assets/javascripts/search.js
splits queries the same way (keep the two in step).

A token is a run of letters and digits, lower-cased and composed (NFC), except that
dotted numbers stay whole: a procedure code "1.001193" is one word, "271/QĐ-UBND" is
three ("271", "qđ", "ubnd")."""

from __future__ import annotations

import functools
import re
import unicodedata

from site_builder.vietnamese.text import fold

_TOKEN = re.compile(r"[0-9]+(?:\.[0-9]+)+|[^\W_]+")
# "hoà" and "hòa", "thuỷ" and "thủy": the old and new places of the tone mark in a word
# ending oa, oe or uy (not "quý", whose u belongs to qu). Both are written; one is kept.
_TONE = "\u0300\u0301\u0303\u0309\u0323"
_OLD_TONE_PLACE = re.compile(f"(?<!q)(o(?=[ae])|u(?=y))([aey])([{_TONE}])(?![\\w\u0300-\u036f])")


# The same places as they look in composed text: text without them (most pages) skips
# decomposing and composing again. "Not after q" is asked once past the o or u: a pattern
# that opens with a look-behind is tried at every character of a page's ~4,400 (~75 µs
# a page), one that opens with a letter only where that letter is (~30 µs).
_MAYBE_OLD_TONE_PLACE = re.compile(
    "(?:o(?<!qo)[" + unicodedata.normalize("NFC", "".join(v + t for v in "ae" for t in _TONE)) + "]|u(?<!qu)["
    + unicodedata.normalize("NFC", "".join("y" + t for t in _TONE)) + "])(?![\\w\u0300-\u036f])")


def canonical(text: str) -> str:
    """Lower-cased, composed, tone marks in their new place."""
    composed = unicodedata.normalize("NFC", text.lower())
    return _tones_moved(composed) if _MAYBE_OLD_TONE_PLACE.search(composed) else composed


def _tones_moved(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _OLD_TONE_PLACE.sub(r"\1\3\2", decomposed))


def tokens(text: str) -> list[str]:
    """_TOKEN.findall(canonical(text)), a word at a time: most words between spaces are
    letters and digits alone (str.isalnum is [^\\W_], character for character), one token
    as they stand; only the others are searched (a page's words ~390 -> ~280 µs)."""
    found: list[str] = []
    for word in canonical(text).split():
        if word.isalnum():
            found.append(word)
        else:
            found += _TOKEN.findall(word)
    return found


@functools.lru_cache(maxsize=None)  # a few thousand distinct words, millions of occurrences
def folded(token: str) -> str:
    """"đăng" -> "dang": the form unaccented queries and OCR text share."""
    return fold(token)
