"""Square podcast artwork (1400 px) drawn with Pillow in the bundled Noto Sans,
when the programme gives none. No network, same bytes every build."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONTS = Path(__file__).resolve().parent.parent / "fonts"
SIZE = 1400
BLUE = (11, 74, 139)
WHITE = (255, 255, 255)
GOLD = (255, 205, 64)


def _font(bold: bool, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / ("NotoSans-Bold.ttf" if bold else "NotoSans-Regular.ttf")), size)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    return lines + [line] if line else lines


def draw_artwork(title: str, subtitle: str, footer: str) -> bytes:
    image = Image.new("RGB", (SIZE, SIZE), BLUE)
    draw = ImageDraw.Draw(image)
    margin = 110
    draw.rectangle([margin, margin, margin + 220, margin + 24], fill=GOLD)
    y = 260
    title_font = _font(True, 120)
    for line in _wrap(draw, title, title_font, SIZE - 2 * margin):
        draw.text((margin, y), line, font=title_font, fill=WHITE)
        y += 150
    subtitle_font = _font(True, 96)
    draw.text((margin, y + 40), subtitle, font=subtitle_font, fill=GOLD)
    footer_font = _font(False, 56)
    for i, line in enumerate(_wrap(draw, footer, footer_font, SIZE - 2 * margin)):
        draw.text((margin, SIZE - margin - 150 + i * 72), line, font=footer_font, fill=WHITE)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
