"""Encoding: JPEG under a byte budget, no metadata (EXIF, GPS) carried over."""

from __future__ import annotations

import io

import cv2
import numpy as np
from PIL import Image

QUALITIES = (86, 80, 74, 68, 62, 56, 50, 44, 38)


PROGRESSIVE_FROM = 960  # pixels wide


def jpeg_within(pixels: np.ndarray, max_bytes: int, progressive: bool | None = None) -> bytes:
    """The best quality JPEG of the pixels (`resample.py`: blue, green, red) that fits
    max_bytes, by OpenCV's libjpeg-turbo straight from the array (through Pillow each
    size cost ~1 ms more to copy); pixels carry no metadata, so neither does the file.
    Huffman tables optimised, 4:2:0 chroma, as Pillow saved them.
    progressive: by default from PROGRESSIVE_FROM pixels wide."""
    if progressive is None:
        progressive = pixels.shape[1] >= PROGRESSIVE_FROM
    data = b""
    for quality in QUALITIES:
        # Progressive only where it shows (a large image arriving): it doubles a small one's encoding time.
        done, encoded = cv2.imencode(".jpg", pixels, (cv2.IMWRITE_JPEG_QUALITY, quality, cv2.IMWRITE_JPEG_OPTIMIZE, 1,
                                                      cv2.IMWRITE_JPEG_PROGRESSIVE, int(progressive)))
        if not done:
            raise ValueError(f"OpenCV could not encode a {pixels.shape} JPEG")
        data = encoded.tobytes()
        if len(data) <= max_bytes:
            return data
    return data


def encode_like(image: Image.Image, suffix: str) -> bytes:
    """Re-encode in the file's own format; a fresh image carries no EXIF or GPS."""
    clean = Image.new("RGB", image.size)
    clean.paste(image)
    buffer = io.BytesIO()
    if suffix in (".jpg", ".jpeg"):
        clean.save(buffer, format="JPEG", quality=90, optimize=True, progressive=True)
    elif suffix == ".webp":
        clean.save(buffer, format="WEBP", quality=88)
    else:
        clean.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
