"""Files parsed by worker processes land in the parse cache (handed back, then packed) as
the build's own parse would have put them; a file with a problem is left to the build to report."""

from __future__ import annotations

from site_builder.content import loader, parallel_parse
from site_builder.content.loader import load_content
from site_builder.content.parallel_parse import parse_in_parallel
from site_builder.content.parse_cache import ParseCache
from site_builder.content.sections import SECTIONS
from tests.helpers import copy_repository_site


def misses(project):
    return [(path, folder, path.stem, path.relative_to(project).as_posix())
            for folder in (section.folder for section in SECTIONS)
            for path in sorted((project / "content" / folder).glob("*.md"))]


def test_workers_fill_the_cache_with_what_a_load_parses(tmp_path):
    project = copy_repository_site(tmp_path)
    broken = sorted((project / "content" / "news").glob("*.md"))[0]
    broken.write_text(broken.read_text(encoding="utf-8").replace("title:", "titel:", 1), encoding="utf-8")
    files = misses(project)
    by_workers = ParseCache(tmp_path / "workers")
    assert parse_in_parallel(files, by_workers, minimum=1) == len(files)
    assert not (tmp_path / "workers").exists()  # held, not written a file each
    keys = [by_workers.key(path.read_bytes(), f"{folder}/{slug}") for path, folder, slug, _ in files]
    by_workers.pack(keys)
    packed, by_build = ParseCache(tmp_path / "workers"), ParseCache(tmp_path / "build")
    load_content(project / "content", project, tmp_path / "build")
    for (path, *_), key, from_pack in zip(files, keys, packed.get_all(keys)):
        if path == broken:
            assert by_workers.get(key) is None and from_pack is None and by_build.get(key) is None
        else:
            assert by_workers.get(key) == from_pack == by_build.get(key) is not None


def test_a_load_through_the_workers_reports_the_same_problems_and_entries(tmp_path, monkeypatch):
    project = copy_repository_site(tmp_path)
    broken = sorted((project / "content" / "plans").glob("*.md"))[0]
    broken.write_text(broken.read_text(encoding="utf-8").replace("---\n", "---\nkhoa_la: 1\n", 1), encoding="utf-8")
    plain, plain_problems = load_content(project / "content", project, None)
    handed = []
    monkeypatch.setattr(parallel_parse, "PARALLEL_FROM", 1)

    def handing(*args):
        handed.append(parse_in_parallel(*args))
        return handed[-1]

    monkeypatch.setattr(loader, "parse_in_parallel", handing)
    cached, cached_problems = load_content(project / "content", project, tmp_path / "cache")
    assert handed == [len(misses(project))]  # an empty cache: every file handed over at once
    assert [str(p) for p in cached_problems.items] == [str(p) for p in plain_problems.items]
    assert any("khoa_la" in str(p) for p in cached_problems.items)
    assert [(e.path, e.model, e.body) for e in cached.entries] == [(e.path, e.model, e.body) for e in plain.entries]


def test_a_first_load_takes_the_files_keys_from_the_workers(tmp_path, monkeypatch):
    """With nothing kept, every file goes to the workers before the build works out any
    key: their keys come back with the entries (a broken file's too), none is hashed here."""
    project = copy_repository_site(tmp_path)
    broken = sorted((project / "content" / "news").glob("*.md"))[0]
    broken.write_text(broken.read_text(encoding="utf-8").replace("title:", "titel:", 1), encoding="utf-8")
    hashed_here = []
    key = ParseCache.key
    monkeypatch.setattr(ParseCache, "key", lambda self, raw, section: hashed_here.append(section) or key(self, raw, section))
    monkeypatch.setattr(parallel_parse, "PARALLEL_FROM", 1)
    store, problems = load_content(project / "content", project, tmp_path / "cache")
    assert hashed_here == []
    assert any("titel" in str(p) for p in problems.items)
    plain, _ = load_content(project / "content", project, None)
    assert [(e.path, e.source_key) for e in plain.entries] == [(e.path, e.source_key) for e in store.entries]
