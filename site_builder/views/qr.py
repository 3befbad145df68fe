"""QR codes of page addresses, for posters at one-stop counters (drawn at build time).

Encoded by zxing-cpp (C++): ~0.6 ms a code against python-qrcode's ~2 ms, whose fixed
mask was already a shortcut (2,000 procedures: ~4 core-seconds of a full build's image
work); zxing-cpp scores the eight masks, as the standard asks, and still takes a third
of the time. Its import costs ~3 ms, python-qrcode's ~30 ms."""

from __future__ import annotations

import re

import zxingcpp

BORDER = 4  # modules of quiet zone on each side, as the standard asks
_DARK_RUN = re.compile(rb"\x00+")  # zxing-cpp's image: one byte a module, 0 dark, 255 light


def qr_matrix(url: str) -> list[bytes]:
    """The code's modules (error correction M), a row of bytes each (0 dark), without the quiet zone."""
    code = zxingcpp.create_barcode(url, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    modules = memoryview(code.to_image(scale=1, add_quiet_zones=False))
    size = modules.shape[1]
    data = modules.tobytes()
    return [data[row:row + size] for row in range(0, len(data), size)]


def qr_svg(url: str) -> bytes:
    """An SVG QR code of url: deterministic, no fonts, no network. One path, a rectangle
    per run of dark modules in a row."""
    rows = qr_matrix(url)
    size = len(rows) + 2 * BORDER
    runs = [f"M{run.start() + BORDER} {y + BORDER}h{len(run.group())}v1h-{len(run.group())}z"
            for y, row in enumerate(rows) for run in _DARK_RUN.finditer(row)]
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" width="{size * 10}" '
            f'height="{size * 10}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/>'
            f'<path d="{"".join(runs)}" fill="#000"/></svg>\n').encode("ascii")
