"""The image work itself: a photo's variants, each from the cheapest base that keeps its quality."""

from __future__ import annotations

from PIL import Image, ImageChops, ImageStat

from site_builder.bench.corpus import write_photo
from site_builder.images.jobs import PhotoOutput, make_photo_outputs
from site_builder.images.photos import _Bases
from site_builder.images.resample import reduced, scaled
from tests.images.pixels import pixels_of, rgb


def corpus_photo(tmp_path, index: int = 7) -> Image.Image:
    path = tmp_path / "anh.jpg"
    write_photo(path, index)  # 1280x853, as the benchmark's
    with Image.open(path) as image:
        return image.convert("RGB")


def distance(image: Image.Image, reference: Image.Image) -> float:
    return sum(ImageStat.Stat(ImageChops.difference(image, reference)).rms)


def test_a_variant_half_of_one_made_is_its_box_average(tmp_path):
    bases = _Bases(pixels_of(corpus_photo(tmp_path)))
    large = rgb(bases.variant(960))
    small = rgb(bases.variant(480))
    assert (large.size, small.size) == ((960, 640), (480, 320))
    assert small.tobytes() == large.reduce(2).tobytes()  # Pillow's own 2x2 average


def test_it_is_nearer_lanczos_from_the_photo_than_resampling_the_photos_half(tmp_path):
    full = corpus_photo(tmp_path)
    reference = full.resize((480, 320), Image.Resampling.LANCZOS)
    bases = _Bases(pixels_of(full))
    bases.variant(960)
    from_the_variant = rgb(bases.variant(480))
    from_the_half = rgb(scaled(reduced(bases.full, 2), 480, 320))
    assert distance(from_the_variant, reference) < distance(from_the_half, reference)


def test_without_a_variant_twice_its_size_it_is_resampled_from_the_photos_half(tmp_path):
    full = corpus_photo(tmp_path).resize((1001, 700))  # 960 px: 671 high, 480 px: 336; not a half
    bases = _Bases(pixels_of(full))
    bases.variant(960)
    assert bases.variant(480).tobytes() == scaled(reduced(bases.full, 2), 480, 336).tobytes()
    alone = _Bases(pixels_of(corpus_photo(tmp_path)))
    assert alone.variant(480).tobytes() == scaled(reduced(alone.full, 2), 480, 320).tobytes()


def test_a_variant_never_widens_the_photo(tmp_path):
    bases = _Bases(pixels_of(corpus_photo(tmp_path)))
    assert bases.variant(1440) is bases.full


def test_variants_asked_narrowest_first_are_made_widest_first(tmp_path, monkeypatch):
    made = []
    variant = _Bases.variant
    monkeypatch.setattr(_Bases, "variant", lambda self, width: made.append(width) or variant(self, width))
    source = tmp_path / "anh.jpg"
    write_photo(source, 3)
    outputs = (PhotoOutput(tmp_path / "crop.jpg", "crop", 500, 320, 150 * 1024),
               *(PhotoOutput(tmp_path / f"{width}.jpg", "variant", width, 0, 400 * 1024) for width in (480, 960)))
    make_photo_outputs(source, outputs)
    assert made == [960, 480]
    with Image.open(tmp_path / "480.jpg") as small, Image.open(tmp_path / "960.jpg") as large:
        assert (small.size, large.size) == ((480, 320), (960, 640))
    assert (tmp_path / "crop.jpg").exists()


def test_outputs_keep_the_photos_colours(tmp_path):
    """Pixels are blue, green, red inside; every file made is read back in its colours."""
    source = tmp_path / "mau.png"
    colours = [(220, 30, 40), (30, 160, 60), (40, 60, 200)]  # red, green, blue thirds
    photo = Image.new("RGB", (1500, 900))
    for third, colour in enumerate(colours):
        photo.paste(colour, (third * 500, 0, third * 500 + 500, 900))
    photo.save(source)
    outputs = (PhotoOutput(tmp_path / "crop.jpg", "crop", 1200, 630, 300 * 1024),
               PhotoOutput(tmp_path / "thumb.jpg", "crop", 500, 320, 150 * 1024),
               PhotoOutput(tmp_path / "960.jpg", "variant", 960, 0, 400 * 1024))
    make_photo_outputs(source, outputs)
    for output in outputs:
        with Image.open(output.path) as made:
            width, height = made.size
            samples = [made.convert("RGB").getpixel((width * (2 * third + 1) // 6, height // 2)) for third in range(3)]
        for sample, colour in zip(samples, colours):
            assert max(abs(a - b) for a, b in zip(sample, colour)) <= 8, (output.path.name, samples)
