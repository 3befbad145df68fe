"""Opening untrusted images: bounded decoded size, so a decompression bomb is an
error with a message, not a hang or an out-of-memory kill."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, UnidentifiedImageError

from site_builder.source_facts import remembered

if TYPE_CHECKING:
    import numpy as np

MAX_PIXELS = 40_000_000  # 40 megapixels: far above any camera photo an editor commits
UNREADABLE = "không đọc được ảnh; cần JPEG, PNG hoặc WebP hợp lệ (unreadable image)"


class ImageError(Exception):
    pass


def probe_image(path: Path) -> tuple[int, int]:
    """(width, height) as the image is shown, from the header alone (a photo whose
    rotation tag turns it a quarter is as high as its header says it is wide), checked
    against the size bound; cheap enough for every image of every build (the pixels are
    decoded later, in a worker). Remembered while the file stays the same, from one build
    to the next (`source_facts.py`): the checks, the image pipeline and the dev server's
    fast path all ask."""
    return remembered("upright size", path, lambda source: _opened(source, _upright_size))


@dataclass(frozen=True)
class DecodedPhoto:
    """A photo as a worker decoded it: its file's bytes, its rotation tag (1-8,
    `orientation`) and its pixels turned upright, so a photo's outputs read it once."""
    data: bytes
    tag: int
    pixels: np.ndarray


def decode_pixels(path: Path) -> np.ndarray:
    """The image's pixels, upright (`decode_photo`)."""
    return decode_photo(path).pixels


def decode_photo(path: Path) -> DecodedPhoto:
    """The image's bytes, rotation tag and pixels (blue, green, red, as `resample.py` takes them); ImageError
    saying why when it cannot be used. Pillow reads the header (the size bound, before a
    pixel is decoded); OpenCV decodes the pixels straight into the array the image
    workers resample (decoding with Pillow and copying out cost ~2-3 ms more a photo).
    OpenCV refuses a file cut short, even by its end marker alone. The rotation tag is
    applied here, for every format alike (the sizes are `probe_image`'s)."""
    import cv2  # here: in the image workers only (OpenCV costs the build process ~0.16 s, ~34 MB)
    import numpy as np

    data = path.read_bytes()
    tag = _opened(io.BytesIO(data), orientation)
    pixels = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR | cv2.IMREAD_IGNORE_ORIENTATION)
    if pixels is None:
        raise ImageError(UNREADABLE)
    return DecodedPhoto(data, tag, _turned_upright(pixels, tag))


def orientation(image: Image.Image) -> int:
    """The EXIF rotation tag (1: upright as stored; 2-8: flipped and/or turned). Pillow
    reads a damaged EXIF block as far as it can (with a warning): such a photo is shown
    as stored, not refused (tested)."""
    tag = image.getexif().get(0x0112, 1)
    return tag if tag in range(1, 9) else 1


def _upright_size(image: Image.Image) -> tuple[int, int]:
    width, height = image.size
    return (height, width) if orientation(image) >= 5 else (width, height)


def _turned_upright(pixels: np.ndarray, tag: int) -> np.ndarray:
    """The pixels as the tag says to show them (as Pillow's `ImageOps.exif_transpose`;
    tested against it): views, made contiguous only when something moved."""
    import numpy as np

    if tag >= 5:  # 5-8: rows and columns swap, then as 1-4
        pixels = pixels.transpose(1, 0, 2)
        tag = {5: 1, 6: 2, 7: 3, 8: 4}[tag]
    if tag in (2, 3):
        pixels = pixels[:, ::-1]
    if tag in (3, 4):
        pixels = pixels[::-1]
    return np.ascontiguousarray(pixels)


def _opened(path: Path | io.BytesIO, use):
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
        raise ImageError(UNREADABLE) from None
