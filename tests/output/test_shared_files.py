import os

from site_builder.output import shared_files
from site_builder.output.shared_files import SharedFiles


def inode(path) -> int:
    return os.stat(path).st_ino


def test_the_same_bytes_are_one_file_linked_into_the_site(tmp_path):
    shared = SharedFiles(tmp_path / "cache")
    shared.place(b'{"a": 1}', tmp_path / "site" / "t" / "1.json")
    shared.place(b'{"a": 1}', tmp_path / "site" / "t" / "2.json")
    shared.place(b'{"b": 2}', tmp_path / "site" / "manifest.json")
    kept = sorted(os.listdir(tmp_path / "cache"))
    assert len(kept) == 2 and all(name.endswith(".json") for name in kept)
    assert inode(tmp_path / "site" / "t" / "1.json") == inode(tmp_path / "site" / "t" / "2.json")
    assert (tmp_path / "site" / "manifest.json").read_bytes() == b'{"b": 2}'


def test_the_next_build_links_what_it_shares_with_the_last_and_prunes_the_rest(tmp_path):
    first = SharedFiles(tmp_path / "cache")
    first.place(b"kept", tmp_path / "site1" / "a.json")
    first.place(b"old", tmp_path / "site1" / "b.json")
    assert first.prune() == 0
    second = SharedFiles(tmp_path / "cache")
    second.place(b"kept", tmp_path / "site2" / "a.json")
    second.place(b"new", tmp_path / "site2" / "b.json")
    assert inode(tmp_path / "site2" / "a.json") == inode(tmp_path / "site1" / "a.json")
    (tmp_path / "cache" / "x.json.123.tmp").write_bytes(b"another build is writing it")
    assert second.prune() == 1  # "old": no build placed it last
    assert sorted(p.read_bytes() for p in (tmp_path / "cache").iterdir()) == [
        b"another build is writing it", b"kept", b"new"]
    assert (tmp_path / "site1" / "b.json").read_bytes() == b"old"  # the earlier site keeps its file


def test_a_file_another_build_removed_meanwhile_is_written_again(tmp_path, monkeypatch):
    shared = SharedFiles(tmp_path / "cache")
    shared.place(b"bytes", tmp_path / "site1" / "a.json")
    for kept in (tmp_path / "cache").iterdir():
        kept.unlink()  # another build's prune, after this build saw the file
    monkeypatch.setattr(shared_files.os.path, "exists", lambda path: True)
    shared.place(b"bytes", tmp_path / "site2" / "a.json")
    assert (tmp_path / "site2" / "a.json").read_bytes() == b"bytes"
    assert len(list((tmp_path / "cache").iterdir())) == 1
