"""A cache of drawn and encoded images, keyed by a hash of everything that made them,
so an unchanged page's card is never redrawn."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Callable

RENDERER_VERSION = "4"  # bump when drawing or encoding changes


def cache_key(kind: str, inputs: dict[str, Any]) -> str:
    text = json.dumps({"kind": kind, "v": RENDERER_VERSION, **inputs}, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ImageCache:
    def __init__(self, folder: Path):
        self.folder = folder
        self.hits = 0
        self.misses = 0

    def path_for(self, key: str, suffix: str) -> Path:
        return self.folder / key[:2] / f"{key}{suffix}"

    def get_or_make(self, key: str, suffix: str, make: Callable[[], bytes]) -> Path:
        path = self.path_for(key, suffix)
        if path.exists():
            self.hits += 1
            return path
        self.misses += 1
        data = make()
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(path.suffix + ".tmp")
        temporary.write_bytes(data)
        temporary.replace(path)  # never leave half a file in the cache
        return path
