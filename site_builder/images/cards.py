"""Share cards (1200x630 PNG) and Zalo thumbnails (500x320, each in its own layout),
drawn with Pillow in the bundled Noto Sans (covers Vietnamese with stacked marks: ễ, ệ,
ữ, Ỗ); the title is wrapped, then shrunk to fit. Text is pasted a word at a time
(`words.py`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageDraw

from site_builder.images.fonts import FONTS, font
from site_builder.images.png import NO_FILTER, palette_png_of_rows
from site_builder.images.words import draw_words, text_width

__all__ = ["FONTS", "font", "CardSpec", "CardLayout", "SHARE", "THUMBNAIL", "render_card", "card_indices", "draw_card"]

BLUE = (11, 74, 139)
DARK = (8, 52, 95)
WHITE = (255, 255, 255)
GOLD = (255, 205, 64)


@dataclass(frozen=True)
class CardSpec:
    title: str
    label: str  # "Kế hoạch · 29/01/2024"
    site_name: str

    def inputs(self) -> dict:
        return {"title": self.title, "label": self.label, "site": self.site_name}


def wrap(text: str, size: int, width: int) -> list[str]:
    """The title's words in lines of at most width pixels (a longer word on its own)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if not line or text_width(candidate, True, size) <= width:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


@dataclass(frozen=True)
class CardLayout:
    """Where a card's parts go. The share card is 1200x630; the Zalo thumbnail (500x320)
    is drawn with its own layout, not cropped from the share card: a crop to its
    narrower shape cut the start and end of every line of the title."""
    width: int
    height: int
    margin: int
    rule: tuple[int, int, int]  # top, width, height of the gold rule above the label
    label_band: tuple[int, int]  # top and bottom of the label's line
    label: tuple[int, int]  # top and size of the label's text
    title_top: int
    title_sizes: tuple[int, int, int]  # largest, smallest, step
    bottom_padding: int  # kept free above the band
    band: int  # height of the dark band with the site's name
    site_size: int
    site_inset: int  # from the band's top to the site name


SHARE = CardLayout(1200, 630, 72, (64, 120, 8), (84, 140), (92, 30), 150, (64, 36, 4), 30, 96, 30, 28)
THUMBNAIL = CardLayout(500, 320, 30, (26, 50, 4), (34, 58), (37, 14), 64, (30, 16, 2), 12, 44, 14, 13)
WIDTH, HEIGHT = SHARE.width, SHARE.height


def fit_title(title: str, width: int, max_lines: int = 4,
              sizes: tuple[int, int, int] = SHARE.title_sizes) -> tuple[int, list[str]]:
    """(size, lines): the largest size from sizes' largest down to its smallest that fits
    in max_lines; at the smallest the last line is cut with an ellipsis."""
    largest, smallest, step = sizes
    for size in range(largest, smallest - 1, -step):
        lines = wrap(title, size, width)
        if len(lines) <= max_lines:
            return size, lines
    lines = wrap(title, smallest, width)[:max_lines]
    last = lines[-1]
    while last and text_width(last + " …", True, smallest) > width:
        last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
    lines[-1] = last + " …"
    return smallest, lines


# The card is drawn in one 8-bit channel whose values index a palette of three
# ramps, so antialiased text blends with the colour under it and the PNG is a quarter
# of the RGB size and several times faster to encode. Text is drawn with the fill at the
# ramp's top over the ramp's bottom value.
TEXT_ON_BLUE = (0, 127)  # white title over blue
TEXT_ON_DARK = (128, 191)  # white site name over the dark band
GOLD_ON_BLUE = (192, 255)  # gold label and rule over blue


def _ramp(start, end, steps: int) -> list[int]:
    return [round(a + (b - a) * i / (steps - 1)) for i in range(steps) for a, b in zip(start, end)]


PALETTE = _ramp(BLUE, WHITE, 128) + _ramp(DARK, WHITE, 64) + _ramp(BLUE, GOLD, 64)


@lru_cache(maxsize=8)
def _background(site_name: str, layout: CardLayout) -> bytes:
    """The card without title and label, as the PNG's rows: one column wider than the
    card, its first column each row's filter byte (`png.NO_FILTER`), the drawing one
    pixel to the right."""
    image = Image.new("L", (layout.width + 1, layout.height), TEXT_ON_BLUE[0])
    draw = ImageDraw.Draw(image)
    band_top = layout.height - layout.band
    draw.rectangle([1, band_top, layout.width, layout.height], fill=TEXT_ON_DARK[0])
    rule_top, rule_width, rule_height = layout.rule
    left = 1 + layout.margin
    draw.rectangle([left, rule_top, left + rule_width, rule_top + rule_height], fill=GOLD_ON_BLUE[1])
    draw.rectangle([left, layout.label_band[0], 1 + layout.width - layout.margin, layout.label_band[1]],
                   fill=GOLD_ON_BLUE[0])  # under the label
    draw.text((left, band_top + layout.site_inset), site_name, font=font(False, layout.site_size),
              fill=TEXT_ON_DARK[1])  # once per layout: Pillow's own drawing
    draw.line([0, 0, 0, layout.height - 1], fill=NO_FILTER)
    return image.tobytes()


def render_card(spec: CardSpec, layout: CardLayout = SHARE) -> Image.Image:
    """The card as a palette image."""
    image = card_indices(spec, layout)
    image.putpalette(PALETTE)  # an L image with a palette becomes a P image
    return image


def card_indices(spec: CardSpec, layout: CardLayout = SHARE) -> Image.Image:
    """The card as an L image of indices into PALETTE."""
    _, canvas = _drawn(spec, layout)
    return canvas.crop((1, 0, layout.width + 1, layout.height))


def draw_card(spec: CardSpec, layout: CardLayout = SHARE) -> bytes:
    """The card's PNG: the share card, or in THUMBNAIL's layout the Zalo thumbnail."""
    rows, _ = _drawn(spec, layout)
    return palette_png_of_rows(rows, layout.width, layout.height, PALETTE)


def _drawn(spec: CardSpec, layout: CardLayout) -> tuple[bytearray, Image.Image]:
    """The card's PNG rows, and an image drawn straight into them: Pillow maps an image
    onto a buffer (`frombuffer`, shared for mode L) and draws into it once it is told it
    may. Copying the drawn image's pixels out (`tobytes`) was ~0.4 ms of a share card's ~2."""
    rows = bytearray(_background(spec.site_name, layout))
    canvas = Image.frombuffer("L", (layout.width + 1, layout.height), rows, "raw", "L", 0, 1)
    canvas.readonly = False  # Pillow maps the buffer read-only by default: drawing would copy it
    draw = ImageDraw.Draw(canvas)
    left = 1 + layout.margin
    label_top, label_size = layout.label
    draw_words(draw, (left, label_top), " ".join(spec.label.split()), True, label_size, GOLD_ON_BLUE[1])
    size, lines = fit_title(spec.title, layout.width - 2 * layout.margin, sizes=layout.title_sizes)
    line_height = round(size * 1.32)
    free = layout.height - layout.band - layout.title_top - layout.bottom_padding - line_height * len(lines)
    top = layout.title_top + max(0, free // 2)
    for i, line in enumerate(lines):
        draw_words(draw, (left, top + i * line_height), line, True, size, TEXT_ON_BLUE[1])
    return rows, canvas
