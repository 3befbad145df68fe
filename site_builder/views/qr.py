"""QR codes of page addresses, for posters at one-stop counters (drawn at build time)."""

from __future__ import annotations

import qrcode

# A fixed mask skips trying all eight and scoring each, which is most of the time
# spent (2,000 procedures: 80 s down to a few); any mask gives a valid code.
MASK_PATTERN = 2
BORDER = 4


def qr_svg(url: str) -> bytes:
    """An SVG QR code (error correction M) of url: deterministic, no fonts, no network.
    One path, a rectangle per run of dark modules in a row."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=BORDER, mask_pattern=MASK_PATTERN)
    code.add_data(url)
    code.make(fit=True)
    matrix = code.get_matrix()  # includes the quiet zone
    size = len(matrix)
    runs = []
    for y, row in enumerate(matrix):
        x = 0
        while x < size:
            if row[x]:
                start = x
                while x < size and row[x]:
                    x += 1
                runs.append(f"M{start} {y}h{x - start}v1h-{x - start}z")
            else:
                x += 1
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" width="{size * 10}" '
            f'height="{size * 10}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/>'
            f'<path d="{"".join(runs)}" fill="#000"/></svg>\n').encode("ascii")
