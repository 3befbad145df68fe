"""The image work itself, run in worker processes: pure functions from a source file
or a card description to files in the cache. Each photo is decoded once for all the
images made from it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PIL import Image, ImageOps

from site_builder.images.cache import store
from site_builder.images.cards import SHARE, THUMBNAIL, CardSpec, draw_card
from site_builder.images.encode import cover_crop, encode_like, jpeg_within, resized
from site_builder.images.safety import open_image
from site_builder.images.strip import strip_metadata


@dataclass(frozen=True)
class PhotoOutput:
    """One image to make: of a photo (kind stripped, crop or variant) or of a card (card or thumbnail)."""
    path: Path
    kind: str
    width: int = 0
    height: int = 0
    max_bytes: int = 0


def make_photo_outputs(source: Path, outputs: tuple[PhotoOutput, ...]) -> None:
    decoded = open_image(source)  # even a lossless copy must prove its pixels decode
    bases = _Bases(decoded)
    for output in sorted(outputs, key=_widest_variant_first):
        if output.kind == "stripped":
            data = stripped_bytes(source, decoded)
        elif output.kind == "crop":
            base = bases.for_size(output.width, output.height)
            # A crop is for the platforms (share image, feeds, Zalo), which fetch it whole:
            # progressive would only double its encoding time.
            data = jpeg_within(cover_crop(base, output.width, output.height), output.max_bytes, progressive=False)
        else:
            data = jpeg_within(bases.variant(output.width), output.max_bytes)
        store(output.path, data)


def _widest_variant_first(output: PhotoOutput) -> int:
    """Variants widest first, so that a narrower one can be the half of one made."""
    return -output.width if output.kind == "variant" else 0


class _Bases:
    """The photo, and once asked for, its half (a 2x2 box average): an output at most
    half the photo's size is resampled from the half, a quarter of the pixels to filter
    (Lanczos over the full photo was three quarters of a photo's time). The variants
    made are kept by size, for a narrower one to be their half (`variant`)."""

    def __init__(self, decoded: Image.Image) -> None:
        self.full = decoded
        self._half: Image.Image | None = None
        self._variants: dict[tuple[int, int], Image.Image] = {}  # by size

    def variant(self, width: int) -> Image.Image:
        """The photo at width (never wider than the photo). Exactly half a variant made
        before, it is that variant's 2x2 box average: on the benchmark's photos 480 px from
        960 px took ~0.8 ms against ~2.6 ms resampled from the photo's half, and came
        nearer Lanczos from the photo (51 against 42 dB)."""
        height = round(self.full.height * width / self.full.width)
        double = self._variants.get((width * 2, height * 2))
        if double is not None:
            made = double.reduce(2)
        else:
            made = resized(self.for_size(width, height), width)
        self._variants[made.size] = made
        return made

    def for_size(self, width: int, height: int) -> Image.Image:
        if width * 2 > self.full.width or height * 2 > self.full.height:
            return self.full
        if self._half is None:
            self._half = self.full.reduce(2)
        return self._half


def stripped_bytes(source: Path, decoded: Image.Image) -> bytes:
    """The file without its metadata: losslessly for plain JPEG and PNG, else re-encoded.
    A photo that asks to be rotated is re-encoded upright, since the rotation tag goes."""
    with Image.open(source) as image:
        orientation = image.getexif().get(0x0112, 1)
        if orientation != 1:
            return encode_like(ImageOps.exif_transpose(image).convert("RGB"), source.suffix.lower())
    lossless = strip_metadata(source.read_bytes())
    return lossless if lossless is not None else encode_like(decoded, source.suffix.lower())


def make_cards(cards: tuple[tuple[CardSpec, tuple[PhotoOutput, ...]], ...]) -> None:
    """The cards of a page: the PNG share card and, for items, the Zalo thumbnail (a PNG
    drawn in its own layout at its own size: a few glyphs cost less than resampling)."""
    for spec, outputs in cards:
        for output in outputs:
            store(output.path, draw_card(spec, SHARE if output.kind == "card" else THUMBNAIL))


def make_qrs(codes: tuple[tuple[Callable[[str], bytes], str, Path], ...]) -> None:
    """QR codes: (draw, url, path) each, draw(url) the SVG's bytes."""
    for draw, url, path in codes:
        store(path, draw(url))
