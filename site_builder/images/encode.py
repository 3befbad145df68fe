"""Encoding: JPEG under a byte budget, no metadata (EXIF, GPS) carried over."""

from __future__ import annotations

import io

from PIL import Image, ImageOps

QUALITIES = (86, 80, 74, 68, 62, 56, 50, 44, 38)


def jpeg_within(image: Image.Image, max_bytes: int) -> bytes:
    """The best quality JPEG that fits max_bytes (no EXIF: a fresh image is saved)."""
    clean = Image.new("RGB", image.size)
    clean.paste(image)
    data = b""
    for quality in QUALITIES:
        buffer = io.BytesIO()
        clean.save(buffer, format="JPEG", quality=quality, optimize=True, progressive=True)
        data = buffer.getvalue()
        if len(data) <= max_bytes:
            return data
    return data


def cover_crop(image: Image.Image, width: int, height: int) -> Image.Image:
    """Scale and centre-crop to exactly width x height."""
    return ImageOps.fit(image, (width, height), method=Image.Resampling.LANCZOS, centering=(0.5, 0.5))


def resized(image: Image.Image, width: int) -> Image.Image:
    if image.width <= width:
        return image
    height = round(image.height * width / image.width)
    return image.resize((width, height), Image.Resampling.LANCZOS)


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
