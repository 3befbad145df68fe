"""Card text drawn a word at a time from word images rasterised once per process.

Pillow shapes and rasterises a whole string on every call (about 20 µs a glyph here:
two thirds of a card's time). Titles on a reform portal are made of a few thousand
Vietnamese syllables ("cải", "cách", "hành", "chính" on most cards), so each word is
rasterised once, with its kerning, and later cards paste it. Words start on whole
pixels (Pillow would start them up to half a pixel away) and the space between them
is the font's space: nothing a reader can tell apart. A word with digits is drawn a
digit at a time between its other runs: dates and numbers ("29/01/2024", "271/KH-UBND")
are new words on almost every card (a card's date label cost more than its title).
"""

from __future__ import annotations

import re
from functools import lru_cache

from PIL import ImageDraw

from site_builder.images.fonts import font

# Enough for the words of a worker's cards at every title size (~20 MB at most).
WORDS_KEPT = 8192


# Widths are asked at every size a title is tried at (up to eight), masks only at the
# size it is drawn at: a mask costs ~7x a width (~240 against ~35 µs a word here).
ADVANCES_KEPT = 65536


@lru_cache(maxsize=WORDS_KEPT)
def _word(bold: bool, size: int, word: str):
    """(mask, offset, advance) of one word: the coverage image Pillow would draw, where
    it goes from the pen (top-left anchor, as ImageDraw.text), and the pen's advance."""
    mask, offset = font(bold, size).getmask2(word, "L", None, None, None, 0, "la", 0, (0.0, 0.0),
                                             stroke_filled=True)
    return mask, offset, _advance(bold, size, word)


@lru_cache(maxsize=ADVANCES_KEPT)
def _advance(bold: bool, size: int, word: str) -> float:
    return font(bold, size).getlength(word)


@lru_cache(maxsize=64)
def _space(bold: bool, size: int) -> float:
    return font(bold, size).getlength(" ")


_DIGIT = re.compile(r"[0-9]")
_DIGIT_OR_RUN = re.compile(r"[0-9]|[^0-9]+")


@lru_cache(maxsize=ADVANCES_KEPT)  # as many words as widths are kept for
def pieces(word: str) -> tuple[str, ...]:
    """The parts a word is drawn in: itself, or with digits its digits one by one and the
    runs between them (a digit's neighbours are not kerned against it: Noto Sans' figures
    are tabular)."""
    if _DIGIT.search(word) is None:
        return (word,)
    return tuple(_DIGIT_OR_RUN.findall(word))


def text_width(text: str, bold: bool, size: int) -> float:
    """The width of text whose words are separated by single spaces, as draw_words draws it."""
    words = text.split(" ")
    return (sum(_advance(bold, size, piece) for word in words for piece in pieces(word))
            + _space(bold, size) * (len(words) - 1))


def draw_words(draw: ImageDraw.ImageDraw, xy: tuple[int, int], text: str, bold: bool, size: int,
               ink: int) -> None:
    """ImageDraw.text(xy, text, font=font(bold, size), fill=ink) for one line on a one-band image."""
    x, y = xy
    pen = 0.0
    for word in text.split(" "):
        for piece in pieces(word):
            mask, (left, top), advance = _word(bold, size, piece)
            if mask.size[0] and mask.size[1]:
                draw.draw.draw_bitmap((x + round(pen) + left, y + top), mask, ink)
            pen += advance
        pen += _space(bold, size)

