"""Snapshot: which files an edit touched, from sizes and modification times."""

from __future__ import annotations

import os

from site_builder.preview.snapshot import Snapshot


def _write(path, text, mtime_ns=None):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    if mtime_ns is not None:
        os.utime(path, ns=(mtime_ns, mtime_ns))


def test_modified_added_and_removed_files_are_told_apart(tmp_path):
    content, config = tmp_path / "content", tmp_path / "mkdocs.yml"
    _write(content / "news" / "a.md", "a", 1_000_000_000)
    _write(content / "news" / "b.md", "b", 1_000_000_000)
    _write(content / "registries" / "agencies.yml", "- id: x", 1_000_000_000)
    _write(config, "site_name: x", 1_000_000_000)
    before = Snapshot.take(content, config)

    _write(content / "news" / "a.md", "a, edited", 2_000_000_000)  # same second as b elsewhere: size and time
    (content / "news" / "b.md").unlink()
    _write(content / "news" / "c.md", "c")
    _write(config, "site_name: y", 1_000_000_000)  # same time, same size: not a change a stat can see
    changes = before.changes(Snapshot.take(content, config))

    assert changes.modified == [content / "news" / "a.md"]
    assert changes.added == [content / "news" / "c.md"]
    assert changes.removed == [content / "news" / "b.md"]
    assert not changes.only_modified


def test_a_touched_file_counts_as_modified_and_nothing_else_does(tmp_path):
    content = tmp_path / "content"
    _write(content / "pages" / "a.md", "a", 1_000_000_000)
    _write(content / "pages" / "b.md", "b", 1_000_000_000)
    before = Snapshot.take(content)
    assert before.changes(Snapshot.take(content)).modified == []

    os.utime(content / "pages" / "b.md", ns=(3_000_000_000, 3_000_000_000))
    changes = before.changes(Snapshot.take(content))
    assert changes.modified == [content / "pages" / "b.md"] and changes.only_modified
