"""load_content: read every file under content/, validate, check, index.

Nothing renders until this has run over all files; every problem of every
file is collected and reported together.
"""

from __future__ import annotations

import os
from pathlib import Path

from site_builder.collector import collection_paused
from site_builder.content import checks, radio_checks
from site_builder.content.entry import Entry
from site_builder.content.parallel_parse import parse_in_parallel
from site_builder.content.parse_cache import ParseCache
from site_builder.content.sections import (
    AGENCIES_FILE,
    PROGRAMME_FILE,
    RADIO_FOLDER,
    REGISTRY_FOLDER,
    SECTIONS,
    TOPICS_FILE,
    Section,
)
from site_builder.content.source_file import (
    SourceError,
    read_text,
    read_yaml_file,
    split_front_matter,
)
from site_builder.content.store import ContentStore
from site_builder.content.validation import validate_model
from site_builder.models.radio import Programme
from site_builder.models.registry import Agency, Topic
from site_builder.problems import Problems
from site_builder.vietnamese.text import slugify


def load_content(content_dir: Path, project_dir: Path,
                 cache_dir: Path | None = None) -> tuple[ContentStore, Problems]:
    """Everything under content_dir, validated; the store is usable only without errors.
    cache_dir keeps parsed files between builds (see parse_cache)."""
    problems = Problems()
    cache = ParseCache(cache_dir)
    relative = _relative_to(project_dir)
    registry = content_dir / REGISTRY_FOLDER
    agencies, agency_lines = _load_registry(registry / AGENCIES_FILE, Agency, relative, problems)
    topics, _ = _load_registry(registry / TOPICS_FILE, Topic, relative, problems)
    checks.check_agency_links(agencies, agency_lines, problems)
    listed = [(path, section) for section in SECTIONS for path in sorted((content_dir / section.folder).glob("*.md"))]
    # Nothing kept (a first build, or new code): every file goes to the workers at once, and
    # their keys come back with the entries, not read and hashed here first (~0.4 s at 10,000).
    parsed = cache.holds_nothing() and parse_in_parallel(
        [(path, section.folder, path.stem, relative(path)) for path, section in listed], cache)
    files = [(path, section, cache.key_of(path, f"{section.folder}/{path.stem}"))  # a renamed file: checked again
             for path, section in listed]
    with collection_paused():
        found = cache.get_all([key for _, _, key in files])
    if not parsed:
        parse_in_parallel([(path, section.folder, path.stem, relative(path))
                           for (path, section, _), cached in zip(files, found) if cached is None], cache)
    entries: list[Entry] = []
    for (path, section, key), cached in zip(files, found):
        entry = _load_entry(path, section, key, cached if cached is not None else cache.get(key), relative,
                            problems, cache)
        if entry is not None:
            entries.append(entry)
    cache.pack([key for _, _, key in files])  # the misses parsed: the next build reads them packed
    _report_stray_markdown(content_dir, relative, problems)
    programme, programme_lines = _load_programme(content_dir / RADIO_FOLDER / PROGRAMME_FILE, relative, problems)
    store = ContentStore(agencies=agencies, topics=topics, entries=entries, programme=programme)
    radio_checks.run(store, programme_lines, content_dir, problems)
    checks.run_all(store, content_dir, problems)
    for entry in entries:
        entry.lines = entry.reparse_from = None  # line maps are only needed while checking
    return store, problems


def reload_entries(store: ContentStore, changed: list[Path], content_dir: Path, project_dir: Path,
                   cache_dir: Path | None = None) -> tuple[ContentStore, Problems] | None:
    """The store with the entry files in `changed` read again and every cross-file check
    run; the other entries are the same objects (so views built from them compare equal).
    None when a changed file is not an entry the store holds (the dev server then builds
    everything). Registries and the programme are kept: a change to them is not an entry."""
    by_source = {entry.source: index for index, entry in enumerate(store.entries)}
    problems = Problems()
    cache = ParseCache(cache_dir)
    relative = _relative_to(project_dir)
    entries = list(store.entries)
    for path in changed:
        index = by_source.get(path.relative_to(content_dir).as_posix())
        if index is None:
            return None
        section = entries[index].section
        key = cache.key_of(path, f"{section.folder}/{path.stem}")
        entry = _load_entry(path, section, key, cache.get(key), relative, problems, cache)
        if entry is None:
            return store, problems
        entries[index] = entry
    fresh = ContentStore(agencies=store.agencies, topics=store.topics, entries=entries, programme=store.programme)
    radio_checks.run(fresh, None, content_dir, problems)
    checks.run_all(fresh, content_dir, problems)
    for entry in entries:
        entry.lines = entry.reparse_from = None
    return fresh, problems


def _report_stray_markdown(content_dir: Path, relative, problems: Problems) -> None:
    """Markdown outside the type folders would reach MkDocs unvalidated: refuse it."""
    folders = {section.folder for section in SECTIONS}
    stray = []
    # os.walk and strings: rglob made a Path of each of 11,500 files (a tenth of a second a build).
    for here, _, names in os.walk(content_dir):
        parts = Path(here).relative_to(content_dir).parts
        if len(parts) == 1 and parts[0] in folders:
            continue  # Markdown right inside a type folder: an entry
        stray += [Path(here, name) for name in names if name.endswith(".md")]
    for path in sorted(stray):
        problems.error(relative(path), 1, "(thư mục)",
                       f"tệp Markdown phải nằm ngay trong một thư mục loại nội dung: "
                       f"{', '.join(sorted(folders))} (Markdown outside a content folder)")


def _relative_to(project_dir: Path):
    resolved_project = project_dir.resolve()  # once, not per file: resolving is a syscall per path part

    def relative(path: Path) -> str:
        try:
            return path.relative_to(project_dir).as_posix()
        except ValueError:
            pass
        try:
            return path.resolve().relative_to(resolved_project).as_posix()
        except ValueError:
            return path.as_posix()

    return relative


def _load_registry(path: Path, model, relative, problems: Problems):
    """(items by id, RegistryLines) of one registry file."""
    shown = relative(path)
    lines = checks.RegistryLines(shown, None, {})
    if not path.exists():
        problems.error(shown, 1, "(tệp)", "thiếu tệp danh mục (registry file missing)")
        return {}, lines
    try:
        document = read_yaml_file(path)
    except SourceError as exc:
        problems.error(shown, exc.line, exc.field, exc.message)
        return {}, lines
    if not isinstance(document.data, list):
        problems.error(shown, 1, "(tệp)",
                       "danh mục phải là một danh sách, mỗi mục bắt đầu bằng '- ' (must be a list)")
        return {}, lines
    lines = checks.RegistryLines(shown, document, {})
    items: dict = {}
    for index, data in enumerate(document.data):
        item = validate_model(model, document, shown, problems, data=data, loc_prefix=(index,))
        if item is None:
            continue
        if item.id in items:
            problems.error(shown, document.line_of((index, "id")), f"[{index}].id",
                           f"mã '{item.id}' bị trùng (duplicate id)")
            continue
        items[item.id] = item
        lines.index_of[item.id] = index
    return items, lines


def _load_programme(path: Path, relative, problems: Problems):
    """(Programme or None, its Entry-like line lookup) from content/radio/programme.yml."""
    if not path.exists():
        return None, None
    shown = relative(path)
    try:
        document = read_yaml_file(path)
    except SourceError as exc:
        problems.error(shown, exc.line, exc.field, exc.message)
        return None, None
    programme = validate_model(Programme, document, shown, problems)
    return programme, radio_checks.ProgrammeLines(shown, document)


def _load_entry(path: Path, section: Section, key: str, cached, relative, problems: Problems,
                cache: ParseCache) -> Entry | None:
    """The entry from the cache (cached: what the cache holds under key, or None), or parsed."""
    shown = relative(path)
    slug = path.stem
    if cached is not None:
        model, body, body_line = cached
        return Entry(model=model, section=section, path=shown, slug=slug, body=body, body_line=body_line,
                     reparse_from=path, source_key=key)
    return parse_and_keep(path, section, shown, slug, problems, cache, key)


def parse_and_keep(path: Path, section: Section, shown: str, slug: str, problems: Problems, cache: ParseCache,
                   key: str) -> Entry | None:
    """The file parsed; kept in the cache only if it raised no problem at all (so every
    warning is reported on every build)."""
    before = len(problems.items)
    entry = parse_entry(path, section, shown, slug, problems)
    if entry is not None:
        entry.source_key = key
        if len(problems.items) == before:
            cache.put(key, (entry.model, entry.body, entry.body_line))  # line maps are heavy: parsed again if needed
    return entry


def parse_entry(path: Path, section: Section, shown: str, slug: str, problems: Problems) -> Entry | None:
    if slugify(slug) != slug:
        problems.error(shown, 1, "(tên tệp)",
                       f"tên tệp phải viết thường, không dấu, nối bằng '-', ví dụ '{slugify(slug)}.md' "
                       "(file name must be a slug)")
        return None
    try:
        source = split_front_matter(read_text(path))
    except SourceError as exc:
        problems.error(shown, exc.line, exc.field, exc.message)
        return None
    model = validate_model(section.model, source.front_matter, shown, problems)
    if model is None:
        return None
    return Entry(model=model, section=section, path=shown, slug=slug, body=source.body,
                 body_line=source.body_line, lines=source.front_matter)
