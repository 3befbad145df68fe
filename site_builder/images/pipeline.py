"""Every image the build makes, through the cache: share cards, cover crops,
responsive variants and Zalo thumbnails. Returns file paths MkDocs copies."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from site_builder.images.cache import ImageCache, cache_key
from site_builder.images.cards import HEIGHT, WIDTH, CardSpec, draw_card
from site_builder.images.encode import cover_crop, encode_like, jpeg_within, resized
from site_builder.images.safety import open_image

COVER_MAX_BYTES = 300 * 1024  # Facebook and feeds: a 1200x630 JPEG of at most 300 KB
ZALO_THUMB = (500, 320)
VARIANT_WIDTHS = (480, 960, 1440)


@dataclass(frozen=True)
class MadeImage:
    path: Path
    width: int
    height: int
    mime_type: str

    @property
    def size_bytes(self) -> int:
        return self.path.stat().st_size


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class ImagePipeline:
    def __init__(self, cache: ImageCache):
        self.cache = cache

    def card(self, spec: CardSpec) -> MadeImage:
        path = self.cache.get_or_make(cache_key("card", spec.inputs()), ".png", lambda: draw_card(spec))
        return MadeImage(path, WIDTH, HEIGHT, "image/png")

    def cover(self, source: Path) -> MadeImage:
        """The authored cover cropped to 1200x630, JPEG at most 300 KB, metadata stripped."""
        key = cache_key("cover", {"source": file_digest(source)})
        path = self.cache.get_or_make(key, ".jpg", lambda: jpeg_within(
            cover_crop(open_image(source), WIDTH, HEIGHT), COVER_MAX_BYTES))
        return MadeImage(path, WIDTH, HEIGHT, "image/jpeg")

    def thumbnail(self, source: Path, size: tuple[int, int] = ZALO_THUMB) -> MadeImage:
        key = cache_key("thumb", {"source": file_digest(source), "size": list(size)})
        path = self.cache.get_or_make(key, ".jpg", lambda: jpeg_within(
            cover_crop(open_image(source), *size), 150 * 1024))
        return MadeImage(path, size[0], size[1], "image/jpeg")

    def variants(self, source: Path) -> list[MadeImage]:
        """Resized copies for srcset, never wider than the original."""
        original = open_image(source)
        digest = file_digest(source)
        made = []
        for width in VARIANT_WIDTHS:
            if width > original.width and made:
                break
            scaled = resized(original, width)
            key = cache_key("variant", {"source": digest, "width": width})
            path = self.cache.get_or_make(key, ".jpg", lambda s=scaled: jpeg_within(s, 400 * 1024))
            made.append(MadeImage(path, scaled.width, scaled.height, "image/jpeg"))
        return made

    def stripped(self, source: Path) -> Path:
        """The authored image re-encoded without its metadata (EXIF, GPS, comments)."""
        suffix = source.suffix.lower()
        key = cache_key("stripped", {"source": file_digest(source), "suffix": suffix})
        return self.cache.get_or_make(key, suffix, lambda: encode_like(open_image(source), suffix))
