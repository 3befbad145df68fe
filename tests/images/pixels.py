"""Pillow images as the image workers' pixels (blue, green, red) and back."""

from __future__ import annotations

import numpy as np
from PIL import Image


def pixels_of(image: Image.Image) -> np.ndarray:
    return np.ascontiguousarray(np.asarray(image.convert("RGB"))[:, :, ::-1])


def rgb(pixels: np.ndarray) -> Image.Image:
    return Image.fromarray(np.ascontiguousarray(pixels[:, :, ::-1]))
