"""Hand MkDocs the generated pages in place of the raw content files."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Callable, Sequence

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel

from site_builder.content.sections import RADIO_FOLDER, REGISTRY_FOLDER, SECTIONS
from site_builder.images.safety import ImageError
from site_builder.output.link import link_or_copy
from site_builder.output.settled_pages import SettledPage
from site_builder.views.site import SiteModel
from site_builder.views.site_model import GeneratedPage

# Guards the body from MkDocs' own front-matter reader: our YAML is already parsed.
_EMPTY_FRONT_MATTER = "---\nportal: generated\n---\n\n"
_OWNED_FOLDERS = tuple(f"{s.folder}/" for s in SECTIONS) + (f"{REGISTRY_FOLDER}/", f"{RADIO_FOLDER}/")


def generated_content(page: GeneratedPage) -> str:
    """The virtual Markdown file MkDocs reads for a GeneratedPage."""
    return _EMPTY_FRONT_MATTER + page.markdown


class PortalFiles(Files):
    """The site's files with the pages to render first: MkDocs goes over the pages in
    this order (twice: converting, then templates), so the pages a rebuild renders are
    done before it walks the thousands it reuses, and the search index can start then.
    `canonical` is the order without that (authored files, then generated pages by
    path): what the sitemap lists pages in, whatever the cache held."""

    def __init__(self, files: list[File], canonical: dict[str, int]) -> None:
        super().__init__(files)
        self.canonical = canonical
        self.settled: dict[str, File] = {}
        self._pages: dict[Callable, list[File]] = {}  # documentation_pages by inclusion

    def settle(self, file: File, page: SettledPage) -> None:
        """A page MkDocs is not to read, convert or write (`settled_pages.py`): left out of
        documentation_pages, so MkDocs makes no Page of it and runs none of its page events;
        still found by path, so links to it resolve and check their anchors against page."""
        file.page = page
        self.settled[file.src_uri] = file
        self._pages = {}

    def append(self, file: File) -> None:
        self._pages = {}
        super().append(file)

    def remove(self, file: File) -> None:
        self._pages = {}
        super().remove(file)

    def documentation_pages(self, *, inclusion: Callable[[InclusionLevel], bool] = InclusionLevel.is_included
                            ) -> Sequence[File]:
        """Worked out once per inclusion while the files stay the same: MkDocs asks five
        times a build (navigation, pages, sitemap, 404), each a pass over ~25,000 files at
        10,000 pages. MkDocs sets the files' inclusion before it first asks (after on_files)."""
        pages = self._pages.get(inclusion)
        if pages is None:
            pages = super().documentation_pages(inclusion=inclusion)
            if self.settled:
                pages = [file for file in pages if file.src_uri not in self.settled]
            self._pages[inclusion] = pages
        return list(pages)

    def sitemap_pages(self, pages: Sequence[File]) -> list[File]:
        """The pages the sitemap lists (those MkDocs went over, and the settled ones) in the
        canonical order."""
        every = [*pages, *self.settled.values()]
        return sorted(every, key=lambda file: self.canonical.get(file.src_uri, len(self.canonical)))


def release_markdown(site: SiteModel, src_uri: str, file: File) -> None:
    """The page's Markdown let go once the page is written: the site model keeps the page
    without it, and so does its virtual file, which made its text from the page."""
    page = site.pages[src_uri]
    if page.markdown:
        released = site.pages[src_uri] = dataclasses.replace(page, markdown="")
        if isinstance(file, GeneratedPageFile) and file.page_model is page:
            file.page_model = released


def replace_files(files: Files, site: SiteModel, config: MkDocsConfig,
                  render_first: frozenset[str] = frozenset()) -> PortalFiles:
    """Drop the content files the plugin owns; add one virtual page per generated page,
    those in render_first before every other file."""
    kept = [f for f in files if not _is_owned(f)]
    taken = {f.src_uri for f in kept}
    generated = [
        GeneratedPageFile.of(config, src_uri, page)
        for src_uri, page in sorted(site.pages.items())
        if src_uri not in taken  # an authored file at the same path wins
    ]
    canonical = {f.src_uri: index for index, f in enumerate(kept + generated)}
    first = [f for f in generated if f.src_uri in render_first]
    generated = [f for f in generated if f.src_uri not in render_first]
    generated += [File.generated(config, src_uri, content=data) for src_uri, data in sorted(site.static_files.items())]
    generated += [MadeLaterFile.generated(config, src_uri, abs_src_path=str(path))
                  for src_uri, path in sorted(site.static_paths.items())]
    return PortalFiles(first + kept + generated, canonical)


class PosixFile(File):
    """A file the plugin names, by a POSIX path already: MkDocs' setter makes a PurePath
    of every name to make it one (~2.3 µs of a file's 3.6 µs, ~25,000 files a build)."""

    @property
    def src_path(self) -> str:
        return File.src_path.fget(self)

    @src_path.setter
    def src_path(self, value: str) -> None:
        self.src_uri = value


class GeneratedPageFile(PosixFile):
    """A generated page's virtual Markdown file, its text made when MkDocs reads it: a
    text kept per file would be a second copy of every page's Markdown (the site model
    holds the first) for the whole build, ~40 MB at 10,000 pages. The dev server's fast
    path sets a text as for any file."""

    page_model: GeneratedPage | None = None  # until a text is set

    @classmethod
    def of(cls, config: MkDocsConfig, src_uri: str, page: GeneratedPage) -> GeneratedPageFile:
        file = cls.generated(config, src_uri, content="")
        file.page_model = page
        return file

    @property
    def content_string(self) -> str:
        if self.page_model is not None:
            return generated_content(self.page_model)
        return File.content_string.fget(self)

    @content_string.setter
    def content_string(self, value: str) -> None:
        self.page_model = None
        File.content_string.fset(self, value)

    @property
    def content_bytes(self) -> bytes:
        return self.content_string.encode("utf-8")

    @content_bytes.setter
    def content_bytes(self, value: bytes) -> None:
        self.page_model = None
        File.content_bytes.fset(self, value)


def _is_owned(file: File) -> bool:
    return file.src_uri.startswith(_OWNED_FOLDERS) and file.src_uri.endswith((".md", ".yml", ".yaml"))


class MadeLaterFile(PosixFile):
    """An image the workers may still be making: MkDocs' copy pass (before the pages
    are rendered) leaves it; the plugin places it once ImagePipeline.finish() returns."""

    def copy_file(self, dirty: bool = False) -> None:
        pass

    def place(self) -> None:
        link_or_copy(self.abs_src_path, self.abs_dest_path)


def place_made_later(files) -> None:
    for file in made_later(files):
        file.place()


def made_later(files) -> list[MadeLaterFile]:
    return [file for file in files if isinstance(file, MadeLaterFile)]


IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")


def strip_authored_images(files: Files, config: MkDocsConfig, pipeline, shown_dir: str) -> tuple[Files, list[str]]:
    """Replace every image under docs_dir with a copy without metadata; (files, errors).

    shown_dir is the content folder as messages name it ("content")."""
    # Under docs_dir by the path MkDocs gave it (normalised, absolute), not by resolving
    # each (1,500 images' links followed cost ~0.06 s a build): an image linked in from
    # elsewhere is published from content/, so it is stripped as well.
    docs = os.path.join(os.path.normpath(config.docs_dir), "")
    out, errors = [], []
    for file in files:
        is_image = file.abs_src_path and file.src_uri.lower().endswith(IMAGE_SUFFIXES)
        source = Path(file.abs_src_path) if is_image and file.abs_src_path.startswith(docs) else None
        if source:
            try:
                path = pipeline.stripped(source)
            except ImageError as exc:
                errors.append(f"{shown_dir}/{file.src_uri}:1: (ảnh): {exc}")
                continue
            out.append(MadeLaterFile.generated(config, file.src_uri, abs_src_path=str(path)))
        else:
            out.append(file)
    return Files(out), errors
