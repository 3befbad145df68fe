"""Files parsed by worker processes land in the parse cache as the build's own parse
would have put them; a file with a problem is left to the build to report."""

from __future__ import annotations

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
    assert parse_in_parallel(files, tmp_path / "workers", minimum=1) == len(files)
    by_workers, by_build = ParseCache(tmp_path / "workers"), ParseCache(tmp_path / "build")
    load_content(project / "content", project, tmp_path / "build")
    for path, folder, slug, _ in files:
        key = by_workers.key(path.read_bytes(), f"{folder}/{slug}")
        if path == broken:
            assert by_workers.get(key) is None and by_build.get(key) is None
        else:
            assert by_workers.get(key) == by_build.get(key) is not None


def test_a_load_after_the_workers_reports_the_same_problems_and_entries(tmp_path):
    project = copy_repository_site(tmp_path)
    broken = sorted((project / "content" / "plans").glob("*.md"))[0]
    broken.write_text(broken.read_text(encoding="utf-8").replace("---\n", "---\nkhoa_la: 1\n", 1), encoding="utf-8")
    plain, plain_problems = load_content(project / "content", project, None)
    parse_in_parallel(misses(project), tmp_path / "cache", minimum=1)
    cached, cached_problems = load_content(project / "content", project, tmp_path / "cache")
    assert [str(p) for p in cached_problems.items] == [str(p) for p in plain_problems.items]
    assert any("khoa_la" in str(p) for p in cached_problems.items)
    assert [(e.path, e.model, e.body) for e in cached.entries] == [(e.path, e.model, e.body) for e in plain.entries]
