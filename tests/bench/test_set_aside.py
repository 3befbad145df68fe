"""Old outputs moved aside before a measured build, deleted after the measurements."""

from __future__ import annotations

import os

from site_builder.bench.set_aside import SetAside


def _tree(root, files: int) -> None:
    (root / "sub").mkdir(parents=True)
    for number in range(files):
        (root / "sub" / f"{number}.html").write_text(str(number), encoding="utf-8")


def test_a_folder_moved_aside_keeps_its_files_until_emptied(tmp_path):
    aside = SetAside(tmp_path / "set-aside")
    _tree(tmp_path / "site", 3)
    inode = os.stat(tmp_path / "site" / "sub" / "2.html").st_ino
    aside.move(tmp_path / "site")
    assert not (tmp_path / "site").exists()
    moved = list((tmp_path / "set-aside").iterdir())
    assert len(moved) == 1 and os.stat(moved[0] / "sub" / "2.html").st_ino == inode  # renamed: nothing freed
    aside.empty()
    assert not (tmp_path / "set-aside").exists()


def test_the_same_name_moved_aside_twice_keeps_both(tmp_path):
    aside = SetAside(tmp_path / "set-aside")
    for files in (1, 2):
        _tree(tmp_path / "site", files)
        aside.move(tmp_path / "site")
    counts = sorted(len(list((folder / "sub").iterdir())) for folder in (tmp_path / "set-aside").iterdir())
    assert counts == [1, 2]


def test_a_new_set_aside_does_not_overwrite_what_an_earlier_run_left(tmp_path):
    _tree(tmp_path / "site", 1)
    SetAside(tmp_path / "set-aside").move(tmp_path / "site")
    _tree(tmp_path / "site", 2)
    SetAside(tmp_path / "set-aside").move(tmp_path / "site")
    assert len(list((tmp_path / "set-aside").iterdir())) == 2


def test_what_is_not_there_is_not_moved(tmp_path):
    aside = SetAside(tmp_path / "set-aside")
    aside.move(tmp_path / "no-such-site")
    assert not (tmp_path / "set-aside").exists()
