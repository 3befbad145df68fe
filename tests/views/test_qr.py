"""The procedures' QR codes: the SVG read back by a decoder that did not make it."""

from __future__ import annotations

import re

import cv2
import numpy as np
import pytest
import zxingcpp

from site_builder.views.qr import BORDER, qr_matrix, qr_svg

ADDRESSES = ["https://cchc.khanhhoa.gov.vn/thu-tuc/dang-ky-khai-sinh/",
             "https://cchc.khanhhoa.gov.vn/thu-tuc/cap-ban-sao-tu-so-goc-2-001677/",
             "https://cchc.khanhhoa.gov.vn/thu-tuc/" + "cap-giay-phep-xay-dung-moi-doi-voi-nha-o-rieng-le-" * 3 + "1/",
             "https://cchc.example.vn/"]


def _modules_drawn(svg: bytes) -> np.ndarray:
    """The SVG's path as modules (True dark), quiet zone included: each "M x y h n v1 h-n z" one run."""
    text = svg.decode("ascii")
    size = int(re.search(r'viewBox="0 0 (\d+) \1"', text).group(1))
    modules = np.zeros((size, size), bool)
    for x, y, length, back in re.findall(r"M(\d+) (\d+)h(\d+)v1h-(\d+)z", text):
        assert length == back
        modules[int(y), int(x):int(x) + int(length)] = True
    return modules


@pytest.mark.parametrize("address", ADDRESSES)
def test_the_svg_decodes_to_the_address_with_opencvs_reader(address):
    modules = _modules_drawn(qr_svg(address))
    pixels = np.where(np.kron(modules, np.ones((8, 8), bool)), 0, 255).astype(np.uint8)  # 8 pixels a module
    decoded, _, _ = cv2.QRCodeDetectorAruco().detectAndDecode(pixels)  # the classic detector misses larger versions
    assert decoded == address


def test_the_svg_draws_every_dark_module_and_a_quiet_zone():
    address = ADDRESSES[1]
    modules = _modules_drawn(qr_svg(address))
    inner = np.array([[byte == 0 for byte in row] for row in qr_matrix(address)])
    assert modules.shape == (len(inner) + 2 * BORDER,) * 2
    assert (modules[BORDER:-BORDER, BORDER:-BORDER] == inner).all()
    assert not modules[:BORDER].any() and not modules[-BORDER:].any()
    assert not modules[:, :BORDER].any() and not modules[:, -BORDER:].any()


def test_the_same_address_gives_the_same_bytes():
    assert qr_svg(ADDRESSES[0]) == qr_svg(ADDRESSES[0]) != qr_svg(ADDRESSES[1])


def test_the_code_corrects_errors_at_level_m():
    """Level M: ~15 % of the code can be soiled or torn off a poster and it still reads
    (zxing-cpp's reader tells the level from the code's format bits)."""
    modules = _modules_drawn(qr_svg(ADDRESSES[0]))
    read = zxingcpp.read_barcode(np.where(np.kron(modules, np.ones((4, 4), bool)), 0, 255).astype(np.uint8))
    assert read.text == ADDRESSES[0] and read.extra["ECLevel"] == "M"
