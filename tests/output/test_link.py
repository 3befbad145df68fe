import os

import pytest

from site_builder.output.link import link_or_copy


def test_links_into_a_folder_made_on_demand(tmp_path):
    source = tmp_path / "cache" / "a.png"
    source.parent.mkdir()
    source.write_bytes(b"image")
    target = tmp_path / "site" / "tin-tuc" / "x" / "a.png"
    link_or_copy(source, target)
    assert target.read_bytes() == b"image"
    assert os.stat(target).st_ino == os.stat(source).st_ino  # a hard link, no bytes copied


def test_replaces_the_file_of_an_earlier_build_without_writing_through_it(tmp_path):
    old, new = tmp_path / "old.png", tmp_path / "new.png"
    old.write_bytes(b"old")
    new.write_bytes(b"new")
    target = tmp_path / "site" / "a.png"
    link_or_copy(old, target)
    link_or_copy(new, target)
    assert target.read_bytes() == b"new"
    assert old.read_bytes() == b"old"  # the cached file the target was linked to is untouched


def test_a_missing_source_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        link_or_copy(tmp_path / "missing.png", tmp_path / "site" / "a.png")
    assert not (tmp_path / "site").exists()
