"""A cache of drawn and encoded images, keyed by a hash of everything that made them,
so an unchanged page's card is never redrawn."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

RENDERER_VERSION = "8"  # bump when drawing or encoding changes


def cache_key(kind: str, inputs: dict[str, Any]) -> str:
    text = json.dumps({"kind": kind, "v": RENDERER_VERSION, **inputs}, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def store(path: Path, data: bytes) -> None:
    """Write a cache file so that no reader ever sees half of it (workers write in parallel)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    temporary.replace(path)


class ImageCache:
    def __init__(self, folder: Path):
        self.folder = folder
        self.hits = 0
        self.misses = 0

    def path_for(self, key: str, suffix: str) -> Path:
        return self.folder / key[:2] / f"{key}{suffix}"
