"""Share cards, covers and image safety."""

from __future__ import annotations

import io
import os
import shutil

import numpy as np
import pytest
from fontTools.ttLib import TTFont
from PIL import Image, ImageChops, ImageDraw, ImageOps

from site_builder.images.cache import ImageCache, store
from site_builder.images.cards import FONTS, THUMBNAIL, CardSpec, draw_card, font
from site_builder.images.pipeline import CARDS_PER_JOB, QRS_PER_JOB, ImagePipeline
from site_builder.images.safety import ImageError, decode_pixels, probe_image
from site_builder.views.qr import qr_svg
from tests.images.pixels import pixels_of

STACKED = "Ễ Ệ Ữ Ỗ ễ ệ ữ ỗ Ặ Ằ Ẫ Ậ Ị Ỹ Ửa đổi Đăng ký khai sinh: người đứng đầu, tỉnh Khánh Hòa"


def test_the_bundled_font_has_every_vietnamese_glyph_of_the_title():
    cmap = TTFont(FONTS / "NotoSans-Bold.ttf").getBestCmap()
    missing = [ch for ch in STACKED if not ch.isspace() and ord(ch) not in cmap]
    assert missing == []


def test_no_glyph_renders_as_the_missing_glyph_box():
    face = font(True, 48)

    def mask(text: str) -> Image.Image:
        image = Image.new("L", (120, 120), 0)
        ImageDraw.Draw(image).text((10, 10), text, font=face, fill=255)
        return image

    tofu = mask("\ue000")  # a private-use code point: Noto Sans draws .notdef for it
    for ch in set(STACKED) - {" "}:
        drawn = mask(ch)
        assert drawn.getbbox() is not None, ch
        assert ImageChops.difference(drawn, tofu).getbbox() is not None, ch


def test_card_is_1200_by_630_and_the_title_shrinks_to_fit():
    long_title = " ".join(["Chương trình cải cách hành chính tỉnh Khánh Hòa giai đoạn 2021-2030"] * 4)
    card = Image.open(io.BytesIO(draw_card(CardSpec(long_title, "Văn bản · 24/12/2021", "Cổng CCHC"))))
    assert card.size == (1200, 630)
    short = Image.open(io.BytesIO(draw_card(CardSpec("Đăng ký khai sinh", "Thủ tục", "Cổng CCHC"))))
    assert ImageChops.difference(card, short).getbbox() is not None


@pytest.mark.parametrize("title", [STACKED, " ".join(["Chương trình cải cách hành chính tỉnh Khánh Hòa"] * 5)])
def test_zalo_thumbnail_is_drawn_whole_at_500_by_320(tmp_path, title):
    """Its own layout: the share card cropped to 500x320 cut the start and end of every line."""
    pipeline = ImagePipeline(ImageCache(tmp_path), workers=1)
    thumbnail = pipeline.card_thumbnail(CardSpec(title, "Tin tức · 01/02/2024", "Cổng CCHC"))
    assert pipeline.finish() == []
    with Image.open(thumbnail.path) as image:
        assert image.size == (500, 320) and image.format == "PNG" and thumbnail.mime_type == "image/png"
        above_band = image.convert("L").crop((0, 0, 500, 320 - THUMBNAIL.band))
    for edge in ((0, 0, THUMBNAIL.margin - 4, above_band.height), (500 - THUMBNAIL.margin + 4, 0, 500, above_band.height)):
        low, high = above_band.crop(edge).getextrema()
        assert high - low <= 30, edge  # only the background (and JPEG ringing) at the margins; text spans 150+
    low, high = above_band.crop((THUMBNAIL.margin, THUMBNAIL.title_top, 500 - THUMBNAIL.margin, above_band.height)).getextrema()
    assert high - low > 100  # the title is there


def test_cards_are_cached_by_their_inputs(tmp_path):
    pipeline = ImagePipeline(ImageCache(tmp_path))
    spec = CardSpec("Ễ Ệ Ữ Ỗ", "Tin tức · 01/02/2024", "Cổng CCHC")
    first = pipeline.card(spec).path
    again = pipeline.card(spec).path
    assert first == again and pipeline.cache.misses == 1 and pipeline.cache.hits == 1
    pipeline.card(CardSpec("Ễ Ệ Ữ Ỗ!", "Tin tức · 01/02/2024", "Cổng CCHC"))
    assert pipeline.cache.misses == 2


def test_an_opened_pipeline_draws_cards_and_qr_codes_in_batches_and_photos_at_start(tmp_path):
    """open(): the workers start on cards and QR codes while the site model asks for more
    (workers=0 draws in this process, at the moment a job would be handed over)."""
    pipeline = ImagePipeline(ImageCache(tmp_path / "cache"), workers=0)
    pipeline.open()
    cards = [pipeline.card(CardSpec(f"Thủ tục số {i}", "Thủ tục", "Cổng CCHC")).path for i in range(CARDS_PER_JOB + 1)]
    codes = [pipeline.qr(f"https://cchc.example.vn/thu-tuc/{i}/", qr_svg) for i in range(QRS_PER_JOB + 1)]
    cover = pipeline.cover(photo(tmp_path)).path
    assert all(path.is_file() for path in cards[:-1] + codes[:-1])  # whole batches: drawn already
    assert not cards[-1].exists() and not codes[-1].exists() and not cover.exists()
    assert pipeline.finish() == []
    assert cards[-1].is_file() and cover.is_file()
    assert codes[-1].read_bytes() == qr_svg(f"https://cchc.example.vn/thu-tuc/{QRS_PER_JOB}/")


def photo(tmp_path, size=(2400, 1600), exif=True):
    path = tmp_path / "anh.jpg"
    image = Image.effect_noise(size, 60).convert("RGB")
    data = Image.Exif()
    data[0x010F] = "Camera"
    data[0x8825] = {1: "N", 2: (12.0, 14.0, 30.0)}
    image.save(path, "JPEG", quality=95, exif=data.tobytes() if exif else b"")
    return path


def test_cover_is_cropped_compressed_and_stripped(tmp_path):
    source = photo(tmp_path)
    pipeline = ImagePipeline(ImageCache(tmp_path / "cache"))
    cover = pipeline.cover(source)
    assert pipeline.finish() == []
    assert cover.size_bytes <= 300 * 1024
    with Image.open(cover.path) as image:
        assert image.size == (1200, 630)
        assert dict(image.getexif()) == {}
        assert "exif" not in image.info


def test_variants_for_srcset_are_never_wider_than_the_original(tmp_path):
    pipeline = ImagePipeline(ImageCache(tmp_path / "cache"))
    made = pipeline.variants(photo(tmp_path, size=(1000, 700)))
    assert [(m.width, m.height) for m in made] == [(480, 336), (960, 672)]
    assert pipeline.finish() == []
    for image in made:
        with Image.open(image.path) as variant:
            assert variant.size == (image.width, image.height)


def test_only_images_people_watch_arrive_are_progressive(tmp_path):
    """The 960 px variant is seen loading in a page; the share crop is fetched whole by
    the platforms, so it is baseline (progressive doubles its encoding time)."""
    source = photo(tmp_path, size=(1600, 1000))
    pipeline = ImagePipeline(ImageCache(tmp_path / "cache"), workers=0)
    cover, variants = pipeline.cover(source), pipeline.variants(source)
    assert pipeline.finish() == []
    with Image.open(cover.path) as image:
        assert not image.info.get("progressive")
    with Image.open(variants[1].path) as image:
        assert (image.width, bool(image.info.get("progressive"))) == (960, True)
    with Image.open(variants[0].path) as image:
        assert (image.width, bool(image.info.get("progressive"))) == (480, False)


def test_workers_make_the_same_bytes_as_one_process(tmp_path):
    specs = [CardSpec(f"Thủ tục số {i}: đăng ký khai sinh", "Thủ tục", "Cổng CCHC") for i in range(5)]
    source = photo(tmp_path)  # noise: a new photo on every call
    made = {}
    for workers in (0, 2):
        pipeline = ImagePipeline(ImageCache(tmp_path / f"cache-{workers}"), workers=workers)
        paths = [pipeline.card(spec).path for spec in specs] + [pipeline.cover(source).path]
        assert pipeline.finish() == []
        made[workers] = [path.read_bytes() for path in paths]
    assert made[0] == made[2]


def test_stripping_keeps_the_pixels_and_drops_exif_and_gps(tmp_path):
    source = photo(tmp_path, size=(300, 200))
    pipeline = ImagePipeline(ImageCache(tmp_path / "cache"))
    stripped = pipeline.stripped(source)
    assert pipeline.finish() == []
    with Image.open(source) as original, Image.open(stripped) as copy:
        assert dict(copy.getexif()) == {} and "exif" not in copy.info
        assert ImageChops.difference(original.convert("RGB"), copy.convert("RGB")).getbbox() is None


def test_a_photo_whose_pixels_do_not_decode_is_reported_by_finish(tmp_path):
    source = photo(tmp_path, size=(300, 200))
    source.write_bytes(source.read_bytes()[:600])  # the header survives, the pixels do not
    pipeline = ImagePipeline(ImageCache(tmp_path / "cache"), project_dir=tmp_path)
    pipeline.cover(source)
    assert pipeline.finish() == [
        "anh.jpg:1: (ảnh): không đọc được ảnh; cần JPEG, PNG hoặc WebP hợp lệ (unreadable image)"]


def test_a_decompression_bomb_is_an_error_not_a_hang(tmp_path):
    bomb = tmp_path / "bomb.png"
    Image.new("1", (9000, 9000)).save(bomb)  # 81 megapixels in a few kilobytes
    assert bomb.stat().st_size < 100_000
    with pytest.raises(ImageError) as caught:
        decode_pixels(bomb)
    assert str(caught.value) == ("ảnh quá lớn (9000x9000 điểm ảnh, tối đa 40 triệu); hãy thu nhỏ trước khi đưa lên "
                                 "(image too large)")


def test_a_corrupt_image_is_an_error(tmp_path):
    broken = tmp_path / "hong.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    with pytest.raises(ImageError) as caught:
        decode_pixels(broken)
    assert str(caught.value) == "không đọc được ảnh; cần JPEG, PNG hoặc WebP hợp lệ (unreadable image)"


def test_store_makes_its_folder_again_when_the_cache_was_emptied(tmp_path):
    target = tmp_path / "ab" / "one.png"
    store(target, b"1")
    shutil.rmtree(tmp_path / "ab")  # emptied by hand between two writes of one process
    store(tmp_path / "ab" / "two.png", b"2")
    assert (tmp_path / "ab" / "two.png").read_bytes() == b"2" and not list(tmp_path.rglob("*.tmp"))


def test_store_replaces_a_file_whole_and_never_writes_through_a_link_to_it(tmp_path):
    target, linked = tmp_path / "ab" / "one.png", tmp_path / "site.png"
    store(target, b"old and longer")
    os.link(target, linked)  # as the site holds it
    data = bytes(range(256)) * 12_000  # 3 MB: more than one write may take
    store(target, data)
    assert target.read_bytes() == data
    assert linked.read_bytes() == b"old and longer"
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # as a file opened by Python



def test_all_made_once_every_image_asked_for_is_made_without_error(tmp_path):
    pipeline = ImagePipeline(ImageCache(tmp_path / "cache"), workers=1)  # one process: each job done when handed
    assert pipeline.all_made()
    pipeline.card(CardSpec("Tin mới", "Tin tức · 01/01/2024", "Cổng CCHC"))
    assert not pipeline.all_made()  # asked for, not yet made
    pipeline.start()
    assert pipeline.all_made()
    source = photo(tmp_path, size=(300, 200))
    source.write_bytes(source.read_bytes()[:600])  # the header survives, the pixels do not
    pipeline.cover(source)
    assert not pipeline.all_made()  # its job ended in an error: no file to place


def test_a_jpeg_cut_short_even_by_its_end_marker_alone_is_an_error(tmp_path):
    whole = photo(tmp_path, size=(300, 200))
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole.read_bytes()[:-2])
    assert decode_pixels(whole).shape == (200, 300, 3)
    with pytest.raises(ImageError) as caught:
        decode_pixels(cut)
    assert str(caught.value) == "không đọc được ảnh; cần JPEG, PNG hoặc WebP hợp lệ (unreadable image)"


@pytest.mark.parametrize("mode", ["RGB", "RGBA", "P", "L"])
def test_every_png_mode_decodes_to_blue_green_red_as_pillow_sees_it(tmp_path, mode):
    path = tmp_path / "anh.png"
    Image.new("RGB", (40, 30), (200, 120, 40)).convert(mode).save(path)
    with Image.open(path) as image:
        colour = image.convert("RGB").getpixel((10, 10))
    pixels = decode_pixels(path)
    assert pixels.shape == (30, 40, 3) and tuple(pixels[10, 10][::-1]) == colour


def test_a_16_bit_png_is_scaled_to_8_bits_not_clipped(tmp_path):
    path = tmp_path / "anh.png"
    Image.new("I;16", (40, 30), 50000).save(path)
    assert tuple(decode_pixels(path)[10, 10]) == (50000 >> 8,) * 3


def tagged(path, image, tag):
    data = Image.Exif()
    data[0x0112] = tag
    image.save(path, exif=data.tobytes())
    return path


@pytest.mark.parametrize("tag", range(1, 9))
def test_pixels_and_size_follow_the_rotation_tag_as_pillow_shows_it(tmp_path, tag):
    stored = Image.effect_noise((40, 30), 80).convert("RGB")  # no symmetry: any wrong turn shows
    path = tagged(tmp_path / "anh.png", stored, tag)
    with Image.open(path) as image:
        shown = ImageOps.exif_transpose(image).convert("RGB")
    assert probe_image(path) == shown.size
    assert np.array_equal(decode_pixels(path), pixels_of(shown))


def test_a_turned_photo_is_cropped_and_scaled_upright(tmp_path):
    """Stored on its side (the camera held upright): every output shows it standing,
    red above and blue below, at the sizes the page's markup is given."""
    stored = Image.new("RGB", (1600, 1000), (0, 0, 255))
    stored.paste((255, 0, 0), (0, 0, 800, 1000))  # the left half: the top once turned clockwise (tag 6)
    source = tagged(tmp_path / "anh.jpg", stored, 6)
    pipeline = ImagePipeline(ImageCache(tmp_path / "cache"), workers=0)
    cover, variants, copy = pipeline.cover(source), pipeline.variants(source), pipeline.stripped(source)
    assert pipeline.finish() == []
    assert [(v.width, v.height) for v in variants] == [(480, 768), (960, 1536)]
    for path, size in [(cover.path, (1200, 630)), (variants[0].path, (480, 768)), (copy, (1000, 1600))]:
        with Image.open(path) as image:
            assert image.size == size and 0x0112 not in image.getexif()
            rgb = image.convert("RGB")
            top, bottom = rgb.getpixel((size[0] // 2, 2)), rgb.getpixel((size[0] // 2, size[1] - 3))
            assert top[0] > 200 > top[2] and bottom[2] > 200 > bottom[0], (path, top, bottom)


def test_a_damaged_exif_block_leaves_the_photo_as_stored(tmp_path):
    path = tmp_path / "anh.jpg"
    Image.effect_noise((40, 30), 80).convert("RGB").save(path, exif=b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\xff\xff")
    with pytest.warns(UserWarning, match="Corrupt EXIF"):
        assert probe_image(path) == (40, 30)
        assert decode_pixels(path).shape == (30, 40, 3)
