"""The dev server's fast path.

MkDocs' dev server builds the whole site again after every save: at 10,000 pages
that is most of a minute. When the save touched only entry files (Markdown under
the content folders, edited, not added or removed), the fast path instead reads
those files again, runs every cross-file check, rebuilds the site model in memory
and renders again only the pages whose inputs changed: the edited page, the
listings, home and schedule pages that show it. They are written into the served
folder with MkDocs' own two page steps, so every plugin event runs as in a build.

Anything else goes to the full build: a new, deleted or renamed file, a registry or
the programme, mkdocs.yml, the theme, a page added to or dropped from the site, a
problem in the content (the full build reports it, with file and line). Feeds and
search indexes stay as the last full build wrote them: they are for publishing,
and the next full build (any of the changes above, or restarting the server)
writes them again.
"""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass
from pathlib import Path

from mkdocs.commands.build import _build_page, _populate_page
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files, InclusionLevel

from site_builder.content.loader import reload_entries
from site_builder.output.link import link_or_copy
from site_builder.preview.snapshot import Snapshot
from site_builder.reporting import log
from site_builder.search.index import background_index_paused
from site_builder.views.site_model import SiteModel


@dataclass
class PreviewState:
    """What the dev server's last full build left for the fast path to render with."""

    config: MkDocsConfig
    files: Files
    nav: object  # mkdocs.structure.nav.Navigation
    env: object  # the theme's jinja2.Environment
    roots: tuple[Path, ...]  # what the snapshot covers: content, mkdocs.yml, the theme
    snapshot: Snapshot


@dataclass(frozen=True)
class Outcome:
    """What one fast update did, or why it left the work to a full build."""

    rendered: int = 0
    seconds: float = 0.0
    fallback: str = ""  # why the full build is needed; empty when the fast path did it

    def __str__(self) -> str:
        if self.fallback:
            return f"Xem trước: dựng lại toàn bộ, vì {self.fallback}"
        return (f"Xem trước: cập nhật {self.rendered} trang trong {self.seconds:.2f} s; RSS và chỉ mục tìm kiếm "
                f"cập nhật ở lần dựng đầy đủ sau (preview: {self.rendered} pages updated; feeds and search "
                f"refresh on the next full build)")


def changed_pages(old: SiteModel, new: SiteModel, old_status: dict[str, str],
                  new_status: dict[str, str]) -> list[str] | None:
    """The pages to render again, in src_uri order; None when the set of pages changed.

    Views keep the unchanged entries' own objects, so comparing a page's inputs is
    cheap and exact: the same comparison the page cache's fingerprint makes, without
    hashing every page."""
    if old.pages.keys() != new.pages.keys():
        return None
    return [uri for uri in sorted(new.pages)
            if old.pages[uri] != new.pages[uri] or old.shares.get(uri) != new.shares.get(uri)
            or old_status.get(uri) != new_status.get(uri)]


def render(state: PreviewState, src_uris: list[str], markdown_of) -> None:
    """MkDocs' own page steps (every plugin event runs), writing into the served folder."""
    doc_files = state.files.documentation_pages(inclusion=InclusionLevel.is_in_serve)
    for uri in src_uris:
        file = state.files.get_file_from_path(uri)
        file.content_string = markdown_of(uri)
        # The served file may be a hard link to the page cache: writing through it would change the cache.
        Path(file.abs_dest_path).unlink(missing_ok=True)
        _populate_page(file.page, state.config, state.files)
        _build_page(file.page, state.config, doc_files, state.nav, state.env,
                    excluded=file.inclusion.is_excluded())


def place_static(old: SiteModel, new: SiteModel, site_dir: Path) -> int:
    """Made images and drawn files whose content changed (a share card after a new title)."""
    placed = 0
    for site_path, path in new.static_paths.items():
        if old.static_paths.get(site_path) != path:
            link_or_copy(Path(path), site_dir / site_path)
            placed += 1
    for site_path, data in new.static_files.items():
        if old.static_files.get(site_path) != data:
            target = site_dir / site_path
            target.unlink(missing_ok=True)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            placed += 1
    return placed


def update(plugin) -> Outcome:
    """The fast path for the plugin's last dev-server build (plugin.preview)."""
    started = time.perf_counter()
    state: PreviewState | None = plugin.preview
    if state is None:
        return Outcome(fallback="chưa có lần dựng đầy đủ thành công (no good full build yet)")
    now = Snapshot.take(*state.roots)
    changes = state.snapshot.changes(now)
    content_dir = plugin.content_dir()
    if not changes.only_modified:
        return Outcome(fallback="có tệp thêm, xoá hoặc đổi tên (files added, removed or renamed)")
    if not changes.modified:
        return Outcome(fallback="không thấy tệp nào đổi nội dung (no file changed)")
    if not all(path.suffix == ".md" and path.is_relative_to(content_dir) for path in changes.modified):
        return Outcome(fallback="thay đổi không chỉ ở tệp nội dung .md (not only entry files changed)")
    reloaded = reload_entries(plugin.store, changes.modified, content_dir, plugin.project_dir(),
                              plugin.parse_cache_dir())
    if reloaded is None:
        return Outcome(fallback="tệp sửa không phải một mục nội dung (an edited file is not an entry)")
    store, problems = reloaded
    if problems.items:
        return Outcome(fallback="nội dung có lỗi hoặc cảnh báo (the content has problems)")
    old_site, old_status = plugin.site, dict(plugin.statuses)
    store, site, images = plugin.model_for_preview(store)
    pages = changed_pages(old_site, site, old_status, {e.src_uri: e.status for e in store.entries})
    if pages is None:
        return Outcome(fallback="trang được thêm hoặc bớt (pages added or removed)")
    plugin.adopt(store, site, images)
    render(state, pages, plugin.generated_markdown)
    plugin.finish_preview(lambda: place_static(old_site, site, Path(state.config.site_dir)))
    state.snapshot = now
    return Outcome(rendered=len(pages), seconds=time.perf_counter() - started)


class PreviewBuilder:
    """Stands in for the dev server's builder: the fast path when it applies, else
    MkDocs' full build (which also refreshes the fast path's state)."""

    def __init__(self, plugin, full_build) -> None:
        self.plugin = plugin
        self.full_build = full_build

    def __call__(self) -> None:
        gc.disable()  # its few seconds make garbage the next collection takes in passing
        try:
            with background_index_paused():
                outcome = update(self.plugin)
        except Exception as exc:  # the full build reports the problem properly, or succeeds
            outcome = Outcome(fallback=f"{type(exc).__name__}: {exc}")
        finally:
            gc.enable()
        log.info(str(outcome))
        if outcome.fallback:
            self.plugin.preview = None
            self.full_build()
