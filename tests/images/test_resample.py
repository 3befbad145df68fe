"""Resampling with OpenCV: exact box averages, bilinear as near Lanczos as Pillow's, and
cover crops in their place."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageChops, ImageDraw, ImageStat

from site_builder.bench.corpus import write_photo
from site_builder.images.resample import cover_crop, reduced, scaled, whole_factor
from tests.images.pixels import pixels_of, rgb


def distance(image: Image.Image, reference: Image.Image) -> float:
    return sum(ImageStat.Stat(ImageChops.difference(image, reference)).rms)


def test_pixels_are_blue_green_red():
    assert pixels_of(Image.new("RGB", (3, 2), (200, 100, 50))).tolist() == [[[50, 100, 200]] * 3] * 2


@pytest.mark.parametrize("size", [(1280, 853), (1001, 700)])
def test_reduced_is_the_exact_block_average_and_drops_what_makes_no_block(size):
    pixels = pixels_of(Image.effect_noise(size, 60).convert("RGB"))
    for factor in (2, 3, 4):
        rows, columns = size[1] // factor, size[0] // factor
        blocks = pixels[:rows * factor, :columns * factor].reshape(rows, factor, columns, factor, 3)
        exact = blocks.mean(axis=(1, 3))
        made = reduced(pixels, factor)
        assert made.shape == exact.shape and np.abs(made - exact).max() <= 0.5  # rounded to the nearest


def test_a_half_is_pillows_own_2x2_average():
    photo = Image.effect_noise((1001, 700), 60).convert("RGB")
    assert rgb(reduced(pixels_of(photo), 2)).tobytes() == photo.crop((0, 0, 1000, 700)).reduce(2).tobytes()


def test_a_mild_downscale_is_as_near_lanczos_as_pillows_bilinear(tmp_path):
    write_photo(tmp_path / "anh.jpg", 11)
    with Image.open(tmp_path / "anh.jpg") as photo:
        photo = photo.convert("RGB")
    reference = photo.resize((960, 640), Image.Resampling.LANCZOS)
    ours = rgb(scaled(pixels_of(photo), 960, 640))
    pillows = photo.resize((960, 640), Image.Resampling.BILINEAR)
    assert distance(ours, reference) <= distance(pillows, reference) * 1.05


def test_the_whole_factor_still_covers_the_size():
    pixels = np.zeros((853, 1280, 3), np.uint8)
    assert [whole_factor(pixels, *size) for size in ((1200, 630), (960, 640), (500, 320), (480, 320), (200, 100))] \
        == [1, 1, 2, 2, 6]


def marker_photo(size, box) -> np.ndarray:
    photo = Image.new("RGB", size, (20, 20, 20))
    ImageDraw.Draw(photo).rectangle(box, fill=(250, 250, 250))
    return pixels_of(photo)


def centre_of_light(pixels: np.ndarray) -> tuple[float, float]:
    light = pixels[:, :, 0].astype(float) - 20
    rows, columns = np.indices(light.shape)
    return float((light * (columns + 0.5)).sum() / light.sum()), float((light * (rows + 0.5)).sum() / light.sum())


@pytest.mark.parametrize("photo_size", [(1280, 853), (640, 426), (1001, 700), (1283, 857), (997, 661), (853, 1280), (300, 200)])
@pytest.mark.parametrize("crop_size", [(1200, 630), (500, 320)])
def test_a_cover_crop_is_the_size_asked_and_in_its_place(photo_size, crop_size):
    width, height = photo_size
    scale = max(crop_size[0] / width, crop_size[1] / height)
    left, top = (width - crop_size[0] / scale) / 2, (height - crop_size[1] / scale) / 2
    for across, down in ((0.4, 0.45), (0.3, 0.6), (0.55, 0.35)):  # a light square, off centre
        pixels = marker_photo(photo_size, (round(width * across), round(height * down),
                                           round(width * across) + 37, round(height * down) + 23))
        source_x, source_y = centre_of_light(pixels)
        crop = cover_crop(pixels, *crop_size)
        assert crop.shape == (crop_size[1], crop_size[0], 3)
        x, y = centre_of_light(crop)
        # The exact crop's place, within half an output pixel (cut at whole pixels) and what
        # rounding the resampled size to whole pixels moves it (under a tenth here); a crop
        # cut a pixel off (truncated, not rounded) is up to a whole pixel out.
        assert abs(x - (source_x - left) * scale) <= 0.6 and abs(y - (source_y - top) * scale) <= 0.6
