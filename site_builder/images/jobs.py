"""The image work itself, run in worker processes: pure functions from a source file
or a card description to files in the cache. Each photo is decoded once for all the
images made from it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from site_builder.images.cache import store
from site_builder.images.cards import SHARE, THUMBNAIL, CardSpec, draw_card


@dataclass(frozen=True)
class PhotoOutput:
    """One image to make: of a photo (kind stripped, crop or variant) or of a card (card or thumbnail)."""
    path: Path
    kind: str
    width: int = 0
    height: int = 0
    max_bytes: int = 0


def make_photo_outputs(source: Path, outputs: tuple[PhotoOutput, ...]) -> None:
    """A photo's outputs (`photos.py`). Imported here, in the worker: OpenCV and NumPy
    cost the build process ~0.16 s and ~34 MB it has no use for."""
    from site_builder.images.photos import make_outputs

    make_outputs(source, outputs)


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
