"""Share cards: 1200x630 PNG drawn with Pillow in the bundled Noto Sans (covers
Vietnamese with stacked marks: ễ, ệ, ữ, Ỗ); the title is wrapped, then shrunk to fit."""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONTS = Path(__file__).resolve().parent.parent / "fonts"
WIDTH, HEIGHT = 1200, 630
MARGIN = 72
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


@lru_cache(maxsize=32)
def font(bold: bool, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / ("NotoSans-Bold.ttf" if bold else "NotoSans-Regular.ttf")), size)


def wrap(draw: ImageDraw.ImageDraw, text: str, face, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if not line or draw.textlength(candidate, font=face) <= width:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def fit_title(draw: ImageDraw.ImageDraw, title: str, width: int, max_lines: int = 4):
    """(font, lines): the largest size from 64 px down to 36 px that fits in max_lines;
    at 36 px the last line is cut with an ellipsis."""
    for size in range(64, 35, -4):
        face = font(True, size)
        lines = wrap(draw, title, face, width)
        if len(lines) <= max_lines:
            return face, lines
    face = font(True, 36)
    lines = wrap(draw, title, face, width)[:max_lines]
    last = lines[-1]
    while last and draw.textlength(last + " …", font=face) > width:
        last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
    lines[-1] = last + " …"
    return face, lines


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
def _background(site_name: str) -> Image.Image:
    image = Image.new("L", (WIDTH, HEIGHT), TEXT_ON_BLUE[0])
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, HEIGHT - 96, WIDTH, HEIGHT], fill=TEXT_ON_DARK[0])
    draw.rectangle([MARGIN, 64, MARGIN + 120, 72], fill=GOLD_ON_BLUE[1])
    draw.rectangle([MARGIN, 84, WIDTH - MARGIN, 140], fill=GOLD_ON_BLUE[0])  # under the label
    draw.text((MARGIN, HEIGHT - 68), site_name, font=font(False, 30), fill=TEXT_ON_DARK[1])
    return image


def render_card(spec: CardSpec) -> Image.Image:
    """The card as a palette image."""
    image = _background(spec.site_name).copy()
    draw = ImageDraw.Draw(image)
    draw.text((MARGIN, 92), spec.label, font=font(True, 30), fill=GOLD_ON_BLUE[1])
    face, lines = fit_title(draw, spec.title, WIDTH - 2 * MARGIN)
    line_height = round(face.size * 1.32)
    top = 150 + max(0, (HEIGHT - 96 - 150 - 30 - line_height * len(lines)) // 2)
    for i, line in enumerate(lines):
        draw.text((MARGIN, top + i * line_height), line, font=face, fill=TEXT_ON_BLUE[1])
    image.putpalette(PALETTE)  # an L image with a palette becomes a P image
    return image


def card_png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=6, compress_type=3)  # Z_RLE: flat colour, 3x faster
    return buffer.getvalue()


def draw_card(spec: CardSpec) -> bytes:
    return card_png(render_card(spec))
