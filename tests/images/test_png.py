"""The palette PNG writer: what Pillow (and so any PNG reader) reads back is the image drawn."""

from __future__ import annotations

import io
import zlib

import pytest
from PIL import Image

from site_builder.images.cards import (
    GOLD_ON_BLUE,
    PALETTE,
    SHARE,
    TEXT_ON_BLUE,
    TEXT_ON_DARK,
    THUMBNAIL,
    CardSpec,
    card_indices,
    draw_card,
    render_card,
)
from site_builder.images.png import SIGNATURE, palette_png, palette_png_of_rows

SPEC = CardSpec("Kế hoạch cải cách hành chính năm 2024 của Ủy ban nhân dân tỉnh Khánh Hòa", "Kế hoạch · 29/01/2024",
                "Cổng CCHC")


def read_back(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()  # checks every chunk's CRC and the data's checksum
    return image


def test_the_share_card_reads_back_as_the_card_drawn():
    drawn = render_card(SPEC)
    card = read_back(draw_card(SPEC))
    assert (card.format, card.mode, card.size) == ("PNG", "P", (1200, 630))
    assert card.tobytes() == drawn.tobytes() and card.getpalette() == drawn.getpalette()
    assert card.convert("RGB").tobytes() == drawn.convert("RGB").tobytes()


def test_any_layout_and_a_short_palette_read_back_exactly():
    indices = card_indices(SPEC, THUMBNAIL).point(lambda value: value % 3)
    image = read_back(palette_png(indices, [255, 0, 0, 0, 255, 0, 0, 0, 255]))
    assert image.size == (THUMBNAIL.width, THUMBNAIL.height) and image.tobytes() == indices.tobytes()
    assert image.convert("RGB").getpixel((0, 0)) == ((255, 0, 0), (0, 255, 0), (0, 0, 255))[indices.getpixel((0, 0))]


@pytest.mark.parametrize("made", ["card", "indices"])
def test_the_file_is_the_minimum_and_every_row_is_unfiltered(made):
    """The card as drawn into its rows (`draw_card`) and any L image (`palette_png`)."""
    data = draw_card(SPEC) if made == "card" else palette_png(card_indices(SPEC), PALETTE)
    assert data.startswith(SIGNATURE)
    chunks, at = [], len(SIGNATURE)
    while at < len(data):
        length = int.from_bytes(data[at:at + 4], "big")
        chunks.append((data[at + 4:at + 8], data[at + 8:at + 8 + length]))
        at += 12 + length
    assert [kind for kind, _ in chunks] == [b"IHDR", b"PLTE", b"IDAT", b"IEND"]
    rows = zlib.decompress(chunks[2][1])
    assert len(rows) == 630 * 1201 and all(rows[row * 1201] == 0 for row in range(630))


def test_the_same_card_is_the_same_bytes_whatever_was_drawn_between():
    """Each card is drawn into a copy of its background's rows: none is drawn into the
    background kept for the next."""
    first = draw_card(SPEC)
    other = draw_card(CardSpec("Một tiêu đề khác hẳn, dài hơn nhiều so với tiêu đề trước", "Tin tức · 01/02/2025",
                               SPEC.site_name))
    assert first != other
    assert draw_card(CardSpec(SPEC.title, SPEC.label, SPEC.site_name)) == first


def test_rows_of_the_wrong_length_are_refused():
    with pytest.raises(ValueError, match="palette_png needs"):
        palette_png_of_rows(bytes(10 * 5), 10, 5, [0, 0, 0])


@pytest.mark.parametrize("image, palette", [(Image.new("RGB", (4, 4)), [0, 0, 0]), (Image.new("L", (4, 4)), []),
                                            (Image.new("L", (4, 4)), [0] * 769), (Image.new("L", (4, 4)), [0, 0])])
def test_what_is_not_an_indexed_image_is_refused(image, palette):
    with pytest.raises(ValueError, match="palette_png needs an L image"):
        palette_png(image, palette)


@pytest.mark.parametrize("layout", [SHARE, THUMBNAIL])
def test_the_bands_sit_where_the_layout_puts_them(layout):
    """The band under the label spans exactly margin to width - margin, the dark band
    the full width."""
    card = card_indices(SPEC, layout)
    assert card.size == (layout.width, layout.height)
    row = layout.label_band[0]
    label_row = [card.getpixel((x, row)) for x in range(layout.width)]
    under_label = [x for x, value in enumerate(label_row) if value == GOLD_ON_BLUE[0]]
    assert (under_label[0], under_label[-1]) == (layout.margin, layout.width - layout.margin)
    assert label_row[layout.margin - 1] == label_row[layout.width - layout.margin + 1] == TEXT_ON_BLUE[0]
    band = [card.getpixel((x, layout.height - 1)) for x in range(layout.width)]
    assert band == [TEXT_ON_DARK[0]] * layout.width

