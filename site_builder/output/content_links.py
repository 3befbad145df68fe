"""Links and images in Markdown bodies, written as editors think of them: relative to
the content file ("../procedures/dang-ky-thuong-tru.md", "../files/anh/a.jpg").

A Python-Markdown treeprocessor maps them to the virtual pages MkDocs renders (which live
at other paths) before MkDocs' own link rewriting, and gives local photos a srcset of
resized copies, written beside the original at the end of the build."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from site_builder.images.safety import ImageError
from site_builder.output.link import link_or_copy

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")


@dataclass
class LinkState:
    """What the treeprocessor needs: set by the plugin before each page renders."""

    entries: dict[str, str] = field(default_factory=dict)  # "news/x.md" -> "tin-tuc/x/index.md"
    content_dir: Path | None = None
    images: object = None  # ImagePipeline
    source: str | None = None  # the page being rendered, relative to content/
    src_uri: str | None = None
    variants: dict[str, Path] = field(default_factory=dict)  # site path -> cached file, written at the end
    page_variants: dict[str, Path] = field(default_factory=dict)  # those of the page being rendered


class _ContentLinks(Treeprocessor):
    def __init__(self, md: Markdown, state: LinkState):
        super().__init__(md)
        self.state = state

    def run(self, root):
        if self.state.source is None:
            return
        for element in root.iter():
            attribute = {"a": "href", "img": "src"}.get(element.tag)
            if attribute and element.get(attribute):
                self._rewrite(element, attribute)

    def _rewrite(self, element, attribute: str) -> None:
        url = element.get(attribute)
        parts = urlsplit(url)
        if parts.scheme or parts.netloc or url.startswith(("#", "/")) or not parts.path:
            return
        target = posixpath.normpath(posixpath.join(posixpath.dirname(self.state.source), unquote(parts.path)))
        here = posixpath.dirname(self.state.src_uri)
        fragment = f"#{parts.fragment}" if parts.fragment else ""
        if target in self.state.entries:
            element.set(attribute, posixpath.relpath(self.state.entries[target], here) + fragment)
        elif (self.state.content_dir / target).is_file():
            element.set(attribute, posixpath.relpath(target, here) + fragment)
            if element.tag == "img" and target.lower().endswith(PHOTO_SUFFIXES):
                self._srcset(element, target, here)

    def _srcset(self, element, target: str, here: str) -> None:
        try:
            made = self.state.images.variants(self.state.content_dir / target)
        except ImageError:
            return  # the image itself is reported when authored images are processed
        stem, _ = posixpath.splitext(target)
        entries = []
        for image in made:
            site_path = f"{stem}-{image.width}w.jpg"
            self.state.variants[site_path] = image.path
            self.state.page_variants[site_path] = image.path
            entries.append(f"{posixpath.relpath(site_path, here)} {image.width}w")
        largest = made[-1]
        element.set("srcset", ", ".join(entries))
        element.set("sizes", "(max-width: 60em) 100vw, 45rem")
        element.set("width", str(largest.width))
        element.set("height", str(largest.height))
        element.set("loading", "lazy")
        element.set("decoding", "async")


class ContentLinksExtension(Extension):
    def __init__(self, state: LinkState):
        super().__init__()
        self.state = state

    def extendMarkdown(self, md: Markdown) -> None:
        # Before MkDocs' own relpath treeprocessor (priority 0), after inline parsing.
        md.treeprocessors.register(_ContentLinks(md, self.state), "portal_content_links", 1)


def write_variants(variants: dict[str, Path], config) -> None:
    for site_path, cached in sorted(variants.items()):
        link_or_copy(cached, Path(config.site_dir) / site_path)
