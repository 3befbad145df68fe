"""The parsed-file cache: a second load gives the same store and the same problems."""

from __future__ import annotations

from site_builder import source_facts
from site_builder.content.loader import load_content
from site_builder.content.parse_cache import ParseCache
from tests.helpers import make_site, next_build, same_stat_other_bytes


def load(project, cache):
    store, problems = load_content(project / "content", project, cache)
    return store, [str(p) for p in problems.items]


def plan_file(project):
    return sorted((project / "content" / "plans").glob("*.md"))[0]


def test_a_cached_load_gives_the_same_entries(tmp_path):
    project = make_site(tmp_path)
    cache = tmp_path / "cache"
    first, _ = load(project, cache)
    assert list(cache.rglob("*.pickle"))
    second, _ = load(project, cache)
    assert [(e.path, e.model, e.body) for e in first.entries] == [(e.path, e.model, e.body) for e in second.entries]


def test_a_warning_is_reported_on_every_load(tmp_path):
    project = make_site(tmp_path)
    path = plan_file(project)
    path.write_text(path.read_text(encoding="utf-8").replace("---\n", "---\nkhoa_la: 1\n", 1), encoding="utf-8")
    cache = tmp_path / "cache"
    _, first = load(project, cache)
    _, second = load(project, cache)
    assert any("khoa_la" in p for p in first) and first == second


def test_a_renamed_file_is_checked_again(tmp_path):
    project = make_site(tmp_path)
    cache = tmp_path / "cache"
    load(project, cache)
    path = plan_file(project)
    path.rename(path.with_name("Ten Sai.md"))
    _, problems = load(project, cache)
    assert any("tên tệp phải viết thường" in p for p in problems)


def test_a_problem_found_by_another_file_names_the_same_line_from_the_cache(tmp_path):
    project = make_site(tmp_path)
    cache = tmp_path / "cache"
    load(project, cache)
    registry = project / "content" / "registries" / "agencies.yml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(text.replace("so-noi-vu-khanh-hoa", "so-noi-vu-cu"), encoding="utf-8")
    _, cached = load(project, cache)
    _, fresh = load(project, None)
    assert any("so-noi-vu-khanh-hoa" in p and ":1:" not in p for p in cached) and cached == fresh


def test_an_entry_reads_in_fingerprints_as_its_files_key_path_and_status(tmp_path):
    project = make_site(tmp_path)
    cache = tmp_path / "cache"
    parsed, _ = load(project, cache)
    cached, _ = load(project, cache)  # from the parse cache: the same key
    assert [repr(e) for e in parsed.entries] == [repr(e) for e in cached.entries]
    entry = parsed.entries[0]
    assert entry.source_key and repr(entry) == f"Entry({entry.source_key!r}, {entry.path!r}, 'published')"
    assert entry.body.strip()[:20] not in repr(entry)
    entry.status = "expired"  # set against the clock: it changes the pages that show the entry
    assert "'expired'" in repr(entry)

    path = plan_file(project)
    path.write_text(path.read_text(encoding="utf-8") + "\nMột đoạn thêm.\n", encoding="utf-8")
    edited, _ = load(project, cache)
    changed = [(a.path, repr(a) != repr(b)) for a, b in zip(cached.entries, edited.entries)]
    assert [name for name, differs in changed if differs] == [f"content/plans/{path.name}"]


def test_an_unchanged_file_is_not_read_again_to_find_its_key(tmp_path, facts_file):

    source = tmp_path / "tin.md"
    source.write_text("---\ntitle: Tin\n---\nNội dung\n", encoding="utf-8")
    cache = ParseCache(tmp_path / "cache")
    source_facts.load(facts_file)
    key = cache.key_of(source, "news/tin")
    assert key == cache.key(source.read_bytes(), "news/tin")
    next_build(facts_file)
    same_stat_other_bytes(source, b"x" * source.stat().st_size)  # unseen: the stat is the same
    assert cache.key_of(source, "news/tin") == key
    source.write_text("---\ntitle: Tin mới\n---\n", encoding="utf-8")  # an edit: time and size change
    assert cache.key_of(source, "news/tin") == cache.key(source.read_bytes(), "news/tin") != key
