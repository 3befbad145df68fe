"""Facts of image sources kept from one build to the next (`images/source_facts.py`)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image

from site_builder import source_facts
from site_builder.images.cache import ImageCache, store
from site_builder.images.pipeline import ImagePipeline
from site_builder.images.safety import ImageError, probe_image
from tests.helpers import next_build, same_stat_other_bytes


class Learner:
    """Learns a file's fact by reading it, and counts how often it had to."""

    def __init__(self):
        self.calls = 0

    def __call__(self, path):
        self.calls += 1
        return path.read_bytes()[:8]


def test_a_fact_is_learnt_once_and_kept_for_the_next_build(tmp_path, facts_file):
    source, learn = tmp_path / "anh.jpg", Learner()
    source.write_bytes(b"first version")
    source_facts.load(facts_file)
    assert source_facts.remembered("kind", source, learn) == b"first ve"
    assert source_facts.remembered("kind", source, learn) == b"first ve" and learn.calls == 1
    next_build(facts_file)
    assert source_facts.remembered("kind", source, learn) == b"first ve" and learn.calls == 1
    assert source_facts.remembered("other kind", source, learn) == b"first ve" and learn.calls == 2


def test_facts_a_worker_learnt_are_kept_as_the_builds_own_for_the_next_build(tmp_path, facts_file):
    """A parse worker hands over what it learnt (`learnt_here`, once); the build keeps it
    (`learnt_elsewhere`) and saves it, as if it had learnt it itself."""
    source, learn = tmp_path / "tin.md", Learner()
    source.write_bytes(b"first version")
    source_facts.load(facts_file)
    assert source_facts.remembered("kind", source, learn) == b"first ve"  # in the worker
    handed = source_facts.learnt_here()
    assert handed and source_facts.learnt_here() == {}  # handed over once
    source_facts.load(tmp_path / "none.pickle")
    source_facts.load(tmp_path / "none.pickle")  # the build: a process that learnt nothing itself
    source_facts.learnt_elsewhere(handed)
    assert source_facts.remembered("kind", source, learn) == b"first ve" and learn.calls == 1
    next_build(facts_file)
    assert source_facts.remembered("kind", source, learn) == b"first ve" and learn.calls == 1


def test_an_edited_or_replaced_file_is_learnt_again(tmp_path, facts_file):
    source, learn = tmp_path / "anh.jpg", Learner()
    source.write_bytes(b"first version")
    source_facts.load(facts_file)
    source_facts.remembered("kind", source, learn)
    stamp = source.stat().st_mtime_ns
    source.write_bytes(b"other version")  # as long: the time tells
    os.utime(source, ns=(stamp + 1_000_000, stamp + 1_000_000))
    next_build(facts_file)
    assert source_facts.remembered("kind", source, learn) == b"other ve" and learn.calls == 2
    replacement = tmp_path / "new.jpg"
    replacement.write_bytes(b"third version")
    os.utime(replacement, ns=(stamp + 1_000_000, stamp + 1_000_000))
    os.replace(replacement, source)  # same time and size, another file (inode)
    assert source_facts.remembered("kind", source, learn) == b"third ve" and learn.calls == 3


def test_facts_not_asked_for_in_a_build_are_not_kept(tmp_path, facts_file):
    kept, dropped, learn = tmp_path / "a.jpg", tmp_path / "b.jpg", Learner()
    kept.write_bytes(b"aaaaaaaaaa")
    dropped.write_bytes(b"bbbbbbbbbb")
    source_facts.load(facts_file)
    source_facts.remembered("kind", kept, learn)
    source_facts.remembered("kind", dropped, learn)
    next_build(facts_file)
    source_facts.remembered("kind", kept, learn)  # the only one asked for in this build
    next_build(facts_file)
    assert learn.calls == 2
    source_facts.remembered("kind", dropped, learn)
    assert learn.calls == 3


def test_a_damaged_or_foreign_file_means_learning_again(tmp_path, facts_file):
    source, learn = tmp_path / "anh.jpg", Learner()
    source.write_bytes(b"first version")
    for damaged in (b"", b"not a pickle", b"\x80\x05N.", b"\x80\x05}\x94."):  # empty, junk, None, {}
        facts_file.parent.mkdir(parents=True, exist_ok=True)
        facts_file.write_bytes(damaged)
        source_facts.load(facts_file.with_name("missing.pickle"))
        source_facts.load(facts_file.with_name("missing.pickle"))
        source_facts.load(facts_file)
        assert source_facts.remembered("kind", source, learn) == b"first ve"
    assert learn.calls == 4


def test_the_next_build_reads_no_header_and_no_bytes_of_an_unchanged_image(tmp_path, facts_file):
    source = tmp_path / "anh.png"
    source.write_bytes(b"\x89PNG broken")
    source_facts.load(facts_file)
    for _ in range(2):  # an error is not remembered
        with pytest.raises(ImageError):
            probe_image(source)
    Image.new("RGB", (30, 20)).save(source)
    stripped = ImagePipeline(ImageCache(tmp_path / "cache")).stripped(source)
    assert probe_image(source) == (30, 20)
    next_build(facts_file)
    same_stat_other_bytes(source, b"\0" * source.stat().st_size)  # were it read, an error
    assert probe_image(source) == (30, 20)
    assert ImagePipeline(ImageCache(tmp_path / "cache")).stripped(source) == stripped


def test_the_cache_lists_its_folders_once_and_looks_for_files_made_since(tmp_path):
    cache = ImageCache(tmp_path / "cache")
    made = cache.path_for("ab" * 32, ".png")
    assert not cache.holds(str(made))  # no cache folder yet
    store(made, b"1")
    assert cache.holds(str(made))  # made since the listing: looked for
    later = ImageCache(tmp_path / "cache")
    assert later.holds(str(made))
    made.unlink()  # a listing is not taken again within a build
    assert later.holds(str(made))
    assert not ImageCache(tmp_path / "cache").holds(str(made))
    (tmp_path / "cache" / "cd").write_text("a file, not a folder")
    assert not ImageCache(tmp_path / "cache").holds(str(cache.path_for("cd" * 32, ".png")))


def test_an_unchanged_audio_file_is_not_read_again(tmp_path, facts_file):
    from site_builder.radio.audio import AudioError, read_audio

    audio = tmp_path / "so-01.mp3"
    audio.write_bytes((Path(__file__).parent / "fixtures/sites/radio/content/files/so-01.mp3").read_bytes())
    source_facts.load(facts_file)
    info = read_audio(audio)
    next_build(facts_file)
    same_stat_other_bytes(audio, b"\0" * audio.stat().st_size)  # were it read, an error
    assert read_audio(audio) == info
    audio.write_bytes(b"\0" * 100)  # an edit
    with pytest.raises(AudioError):
        read_audio(audio)
