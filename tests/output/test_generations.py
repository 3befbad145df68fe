"""Cache generations: the one in use and the last one used before it are kept."""

from __future__ import annotations

import os

from site_builder.output.generations import generation_folder


def make(parent, name, mtime):
    folder = parent / name
    (folder / "ab").mkdir(parents=True)
    (folder / "ab" / "entry").write_text("x")
    os.utime(folder, ns=(mtime, mtime))
    return folder


def names(parent):
    return sorted(p.name for p in parent.iterdir() if "." not in p.name)  # not the ones being removed


def test_generations_beyond_the_last_used_go(tmp_path):
    older, newer = make(tmp_path, "a" * 16, 1_000), make(tmp_path, "b" * 16, 2_000)
    make(tmp_path, "c" * 16, 500)
    make(tmp_path, "0f", 3_000)  # the layout before generations
    folder = generation_folder(tmp_path, "d" * 64)
    assert folder == tmp_path / ("d" * 16) and folder.is_dir()
    assert names(tmp_path) == ["b" * 16, "d" * 16]
    assert not older.exists() and (newer / "ab" / "entry").read_text() == "x"


def test_a_generation_used_again_is_kept_with_its_entries(tmp_path):
    first = generation_folder(tmp_path, "1" * 64)
    (first / "entry").write_text("kept")
    generation_folder(tmp_path, "2" * 64)
    assert generation_folder(tmp_path, "1" * 64) == first
    assert (first / "entry").read_text() == "kept"
    assert names(tmp_path) == ["1" * 16, "2" * 16]
    generation_folder(tmp_path, "3" * 64)  # "2" was used before "1" last: it goes
    assert names(tmp_path) == ["1" * 16, "3" * 16]
