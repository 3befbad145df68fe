"""Resampling a photo's pixels with OpenCV: its resize is vectorised (SSE/AVX), five
times faster than Pillow's here (a 1280x853 photo to 960 px ~1.4 against ~8.3 ms, to
the 1200x630 share crop ~1.6 against ~8.2 ms), and resampling was half of a photo's time.

Pixels are arrays of rows (height x width x 3, uint8) in OpenCV's channel order (blue,
green, red), which its JPEG encoder takes as they are (`encode.jpeg_within`).

A downscale by two or more starts from the photo box-averaged by that whole factor
(`reduced`, exact and fast); what is left (a scale of one half or more) is bilinear,
which at such mild scales comes as near Lanczos as Pillow's did (tested), without the
aliasing bilinear alone gives at large ones."""

from __future__ import annotations

import math

import cv2
import numpy as np

cv2.setNumThreads(1)  # the image workers are the parallelism: one thread each


def whole_factor(pixels: np.ndarray, width: int, height: int) -> int:
    """The largest whole factor the pixels can be reduced by and still cover width x height."""
    rows, columns = pixels.shape[:2]
    return max(1, min(columns // width, rows // height))


def reduced(pixels: np.ndarray, factor: int) -> np.ndarray:
    """Each factor x factor block's average. The last rows and columns that make no
    whole block are dropped, so a reduced pixel's place is exactly the source's divided
    by factor (crops and variants made from it are not shifted)."""
    rows, columns = pixels.shape[:2]
    return cv2.resize(pixels[:rows - rows % factor, :columns - columns % factor],
                      (columns // factor, rows // factor), interpolation=cv2.INTER_AREA)


def scaled(pixels: np.ndarray, width: int, height: int) -> np.ndarray:
    """The pixels, bilinear, at exactly width x height (at most halved: see `reduced`)."""
    if pixels.shape[1::-1] == (width, height):
        return pixels
    return cv2.resize(pixels, (width, height), interpolation=cv2.INTER_LINEAR)


def cover_crop(pixels: np.ndarray, width: int, height: int) -> np.ndarray:
    """Scaled to cover width x height and centre-cropped to it. Only the whole source
    rows and columns under the crop are resampled, and the crop is cut at whole output
    pixels: its place is the exact one's within half an output pixel."""
    rows, columns = pixels.shape[:2]
    scale = max(width / columns, height / rows)
    left, top = (columns - width / scale) / 2, (rows - height / scale) / 2
    first_column, first_row = int(left), int(top)
    last_column, last_row = min(columns, math.ceil(columns - left)), min(rows, math.ceil(rows - top))
    covering = scaled(pixels[first_row:last_row, first_column:last_column],
                      max(width, round((last_column - first_column) * scale)),
                      max(height, round((last_row - first_row) * scale)))
    x = min(round((left - first_column) * scale), covering.shape[1] - width)
    y = min(round((top - first_row) * scale), covering.shape[0] - height)
    return covering[y:y + height, x:x + width]
