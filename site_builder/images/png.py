"""PNG files of palette images, compressed with ISA-L (python-isal).

A share card's PNG is its largest cost after drawing: ~750 KB of pixels through zlib
(~2.3 ms a card in Pillow's encoder at any setting; 8,600 cards in a 10,000-page
build). zlib-ng's fastest level took ~0.66 ms a share card for ~31 KB; ISA-L's level 1
(Intel's hand-written deflate) ~0.44 ms for ~25 KB, and ~0.12 against ~0.18 ms for a
Zalo thumbnail, ~18 % smaller. The file is the standard's minimum: signature, header,
palette, data, end."""

from __future__ import annotations

import struct
import zlib

from isal import isal_zlib
from PIL import Image

SIGNATURE = b"\x89PNG\r\n\x1a\n"
PALETTE_COLOUR = 3  # colour type: indexed
NO_FILTER = 0  # each row's filter byte: raw bytes compress well enough on flat colour
# ISA-L's levels 1 and 2 take about as long here and make about the same size; level 0
# is ~0.1 ms faster a share card but no smaller than zlib-ng's files.
CARD_LEVEL = 1


def palette_png(indices: Image.Image, palette: list[int]) -> bytes:
    """An 8-bit indexed PNG (no interlacing, no metadata) of indices, an L image whose
    values index palette (r, g, b, r, g, b, ...; at most 256 colours)."""
    if indices.mode != "L":
        raise ValueError(f"palette_png needs an L image and up to 256 RGB colours, not {indices.mode}")
    width, height = indices.size
    return palette_png_of_rows(_filtered_rows(indices), width, height, palette)


def palette_png_of_rows(rows, width: int, height: int, palette: list[int]) -> bytes:
    """palette_png of the image whose rows, each led by its filter byte (NO_FILTER), are
    rows (bytes or a bytearray): a card drawn into its rows (`cards._drawn`) hands them over."""
    if not 0 < len(palette) <= 768 or len(palette) % 3 or len(rows) != (width + 1) * height:
        raise ValueError(f"palette_png needs an L image and up to 256 RGB colours, not {len(palette)} values"
                         f" and {len(rows)} bytes for {width}x{height}")
    header = struct.pack(">IIBBBBB", width, height, 8, PALETTE_COLOUR, 0, 0, 0)
    return b"".join((SIGNATURE, _chunk(b"IHDR", header), _chunk(b"PLTE", bytes(palette)),
                     _chunk(b"IDAT", isal_zlib.compress(rows, CARD_LEVEL)), _chunk(b"IEND", b"")))


def _filtered_rows(indices: Image.Image) -> bytes:
    """Every row led by its filter byte: the image pasted one column in, over a first
    column of zeros, gives exactly those bytes in one copy (a join of 630 rows in
    Python cost a third of the compression)."""
    width, height = indices.size
    led = Image.new("L", (width + 1, height), NO_FILTER)
    led.paste(indices, (1, 0))
    return led.tobytes()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(data, zlib.crc32(kind)))
