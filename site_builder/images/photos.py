"""A photo's outputs, made in an image worker: decoded once (`safety.decode_photo`),
resampled with OpenCV (`resample.py`), encoded by its libjpeg-turbo (`encode.py`)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from site_builder.images.cache import store
from site_builder.images.encode import encode_like, jpeg_within
from site_builder.images.jobs import PhotoOutput
from site_builder.images.resample import (
    cover_crop,
    reduced,
    scaled,
    whole_factor,
)
from site_builder.images.safety import DecodedPhoto, decode_photo
from site_builder.images.strip import strip_metadata


def make_outputs(source: Path, outputs: tuple[PhotoOutput, ...]) -> None:
    photo = decode_photo(source)  # even a lossless copy must prove its pixels decode
    bases = _Bases(photo.pixels)
    for output in sorted(outputs, key=_widest_variant_first):
        if output.kind == "stripped":
            data = stripped_bytes(photo, source.suffix.lower())
        elif output.kind == "crop":
            # A crop is for the platforms (share image, feeds, Zalo), which fetch it whole:
            # progressive would only double its encoding time.
            data = jpeg_within(bases.crop(output.width, output.height), output.max_bytes, progressive=False)
        else:
            data = jpeg_within(bases.variant(output.width), output.max_bytes)
        store(output.path, data)


def _widest_variant_first(output: PhotoOutput) -> int:
    """Variants widest first, so that a narrower one can be the half of one made."""
    return -output.width if output.kind == "variant" else 0


class _Bases:
    """What a photo's outputs are resampled from: its pixels, the photo box-averaged by
    the whole factor an output allows (a quarter of the pixels to filter at half the
    size), and the variants made, kept by size for a narrower one to be their half."""

    def __init__(self, pixels: np.ndarray) -> None:
        self.full = pixels
        self._reduced: dict[int, np.ndarray] = {}  # by factor
        self._variants: dict[tuple[int, int], np.ndarray] = {}  # by (width, height)

    def for_size(self, width: int, height: int) -> np.ndarray:
        """The photo, reduced by the largest whole factor that still covers width x height."""
        factor = whole_factor(self.full, width, height)
        if factor == 1:
            return self.full
        if factor not in self._reduced:
            self._reduced[factor] = reduced(self.full, factor)
        return self._reduced[factor]

    def crop(self, width: int, height: int) -> np.ndarray:
        return cover_crop(self.for_size(width, height), width, height)

    def variant(self, width: int) -> np.ndarray:
        """The photo at width (never wider than the photo). Exactly half a variant made
        before, it is that variant's 2x2 box average: fewer pixels to average than the
        photo's, and nearer Lanczos from the photo than resampling it again (tested)."""
        rows, columns = self.full.shape[:2]
        if columns <= width:
            return self.full
        height = round(rows * width / columns)
        double = self._variants.get((width * 2, height * 2))
        made = reduced(double, 2) if double is not None else scaled(self.for_size(width, height), width, height)
        self._variants[(width, height)] = made
        return made


def stripped_bytes(photo: DecodedPhoto, suffix: str) -> bytes:
    """The file (suffix: its lower-case suffix) without its metadata: losslessly for plain
    JPEG and PNG, else re-encoded from its pixels. A photo that asks to be turned is
    re-encoded from its pixels, which `decode_photo` turned upright, since the rotation
    tag goes. The file's bytes and tag are the decoding's (it was opened twice more here)."""
    lossless = strip_metadata(photo.data) if photo.tag == 1 else None
    if lossless is not None:
        return lossless
    return encode_like(Image.fromarray(np.ascontiguousarray(photo.pixels[:, :, ::-1])), suffix)
