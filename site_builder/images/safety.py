"""Opening untrusted images: bounded decoded size, so a decompression bomb is an
error with a message, not a hang or an out-of-memory kill."""

from __future__ import annotations

import warnings
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from site_builder.source_facts import remembered

MAX_PIXELS = 40_000_000  # 40 megapixels: far above any camera photo an editor commits


class ImageError(Exception):
    pass


def probe_image(path: Path) -> tuple[int, int]:
    """(width, height) from the header alone, checked against the size bound; cheap
    enough for every image of every build (the pixels are decoded later, in a worker).
    Remembered while the file stays the same, from one build to the next
    (`source_facts.py`): the checks, the image pipeline and the dev server's fast path
    all ask."""
    return remembered("pixel size", path, lambda source: _opened(source, lambda image: image.size))


def open_image(path: Path, draft_size: tuple[int, int] | None = None) -> Image.Image:
    """The decoded image, in RGB; ImageError saying why when it cannot be used.

    draft_size lets a JPEG decode at a reduced scale (never below that size):
    a thumbnail need not decode every pixel of the photo."""
    def decode(image: Image.Image) -> Image.Image:
        if draft_size is not None and image.format == "JPEG":
            image.draft("RGB", draft_size)
        image.load()
        return image if image.mode == "RGB" else image.convert("RGB")  # a copy of 1 MP costs ~1.5 ms

    return _opened(path, decode)


def _opened(path: Path, use):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise ImageError(
                        f"ảnh quá lớn ({width}x{height} điểm ảnh, tối đa {MAX_PIXELS // 1_000_000} triệu); "
                        "hãy thu nhỏ trước khi đưa lên (image too large)")
                return use(image)
    except ImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageError("ảnh quá lớn khi giải nén (decompression bomb)") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ImageError("không đọc được ảnh; cần JPEG, PNG hoặc WebP hợp lệ (unreadable image)") from None
