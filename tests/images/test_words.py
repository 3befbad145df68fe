"""Card text drawn from cached word images looks as Pillow draws the line itself."""

from __future__ import annotations

from PIL import Image, ImageChops, ImageDraw, ImageStat

from site_builder.images.fonts import font
from site_builder.images.words import _word, draw_words, text_width

LINE = "Ễ Ệ Ữ Ỗ ễ ệ ữ ỗ Đăng ký khai sinh: Trường Sa, Khánh Hòa"


def drawn(draw_line) -> Image.Image:
    image = Image.new("L", (2000, 120), 0)
    draw_line(ImageDraw.Draw(image))
    return image


def test_a_line_of_words_covers_what_pillow_draws():
    ours = drawn(lambda draw: draw_words(draw, (10, 10), LINE, True, 64, 255))
    pillows = drawn(lambda draw: draw.text((10, 10), LINE, font=font(True, 64), fill=255))
    ours_box, pillows_box = ours.getbbox(), pillows.getbbox()
    assert all(abs(a - b) <= 2 for a, b in zip(ours_box, pillows_box)), (ours_box, pillows_box)
    ink, expected = ImageStat.Stat(ours).sum[0], ImageStat.Stat(pillows).sum[0]
    assert abs(ink - expected) / expected < 0.01
    # a word out of place by more than a pixel would leave whole strokes in the difference
    assert ImageStat.Stat(ImageChops.difference(ours, pillows)).sum[0] / expected < 0.1  # 2 px off: 0.32


def test_width_of_a_line_is_pillows_within_a_pixel_a_word():
    words = len(LINE.split())
    assert abs(text_width(LINE, True, 64) - font(True, 64).getlength(LINE)) <= words


def test_a_word_from_the_cache_is_drawn_as_when_first_rasterised():
    _word.cache_clear()
    first = drawn(lambda draw: draw_words(draw, (10, 10), "cải cách cải", False, 30, 200))
    assert _word.cache_info().hits == 1  # "cải" the second time
    again = drawn(lambda draw: draw_words(draw, (10, 10), "cải cách cải", False, 30, 200))
    assert ImageChops.difference(first, again).getbbox() is None


def test_measuring_a_line_rasterises_no_word():
    """A title is measured at up to eight sizes and drawn at one: only that one's words are rasterised."""
    _word.cache_clear()
    for size in range(64, 35, -4):
        text_width(LINE, True, size)
    assert _word.cache_info().currsize == 0
    drawn(lambda draw: draw_words(draw, (10, 10), LINE, True, 48, 255))
    assert _word.cache_info().currsize == len(set(LINE.split()))


LABEL = "Kế hoạch · 29/01/2024 · 271/KH-UBND"


def test_a_line_with_dates_and_numbers_covers_what_pillow_draws():
    ours = drawn(lambda draw: draw_words(draw, (10, 10), LABEL, True, 30, 255))
    pillows = drawn(lambda draw: draw.text((10, 10), LABEL, font=font(True, 30), fill=255))
    assert all(abs(a - b) <= 2 for a, b in zip(ours.getbbox(), pillows.getbbox()))
    expected = ImageStat.Stat(pillows).sum[0]
    assert abs(ImageStat.Stat(ours).sum[0] - expected) / expected < 0.01
    assert ImageStat.Stat(ImageChops.difference(ours, pillows)).sum[0] / expected < 0.1
    assert abs(text_width(LABEL, True, 30) - font(True, 30).getlength(LABEL)) < 0.01  # figures are not kerned


def test_every_date_is_drawn_from_the_same_digits():
    """A date is a new word on almost every card: its digits are rasterised once, not the date."""
    _word.cache_clear()
    for day in range(1, 29):
        drawn(lambda draw: draw_words(draw, (10, 10), f"Tin tức · {day:02d}/02/2024", True, 30, 255))
    assert _word.cache_info().currsize <= len({"Tin", "tức", "·", "/"}) + 10
