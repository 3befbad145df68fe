"""Waiting for some images while the workers make the rest (`ImagePipeline.wait_for`)."""

from __future__ import annotations

import time
from pathlib import Path

from site_builder.images.cache import ImageCache
from site_builder.images.cards import CardSpec
from site_builder.images.pipeline import ImagePipeline
from tests.images.test_images import photo


def _blocked_until(work: tuple) -> None:
    """Other work for a worker (module level: it is pickled): runs until the file exists."""
    flag, = work
    deadline = time.monotonic() + 20
    while not Path(flag).exists() and time.monotonic() < deadline:
        time.sleep(0.01)


def test_wait_for_returns_once_its_images_are_made_while_other_work_goes_on(tmp_path):
    flag = tmp_path / "go"
    pipeline = ImagePipeline(ImageCache(tmp_path / "cache"), workers=2)
    pipeline.start()
    pipeline.offer(_blocked_until, (str(flag),))
    card = pipeline.card(CardSpec("Tin mới", "Tin tức", "Cổng CCHC")).path
    try:
        assert pipeline.wait_for([card]) is True
        assert card.is_file() and not pipeline.all_made()  # the other work still goes on
    finally:
        flag.touch()
    assert pipeline.finish() == [] and pipeline.all_made()


def test_wait_for_says_when_a_job_making_one_of_its_images_failed(tmp_path):
    source = photo(tmp_path, size=(300, 200))
    source.write_bytes(source.read_bytes()[:600])  # the header survives, the pixels do not
    pipeline = ImagePipeline(ImageCache(tmp_path / "cache"), workers=1, project_dir=tmp_path)
    card = pipeline.card(CardSpec("Tin mới", "Tin tức", "Cổng CCHC")).path
    cover = pipeline.cover(source).path
    assert pipeline.wait_for([card]) is True and card.is_file()
    assert pipeline.wait_for([card, cover]) is False
    assert len(pipeline.finish()) == 1  # finish says which photo and why


class HandedOver(ImagePipeline):
    """Notes the photo of each job, in the order the jobs go to the workers."""

    def __init__(self, folder: Path) -> None:
        super().__init__(ImageCache(folder), workers=1)
        self.handed: list[Path | None] = []

    def _run(self, source, function, *args, made=()) -> None:
        self.handed.append(source)
        super()._run(source, function, *args, made=made)


def test_photos_go_to_the_workers_in_the_order_first_asked_for(tmp_path):
    """The site model asks for the newest news items' covers first: the ones the feeds
    give, and wait for (`wait_for`), are then made first."""
    (tmp_path / "z").mkdir()
    (tmp_path / "a").mkdir()
    newest, oldest = photo(tmp_path / "z", size=(300, 200)), photo(tmp_path / "a", size=(300, 200))
    pipeline = HandedOver(tmp_path / "cache")
    pipeline.variants(newest)
    pipeline.variants(oldest)
    pipeline.cover(oldest)
    pipeline.cover(newest)
    pipeline.start()
    assert pipeline.handed == [newest, oldest]  # each once, with all its outputs
    assert pipeline.finish() == []
