"""One loaded content file: its typed model and where it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from site_builder.content.sections import Section


def entry_url(section: Section, slug: str) -> str:
    """The site-relative URL of the entry of section whose file is named slug + ".md"."""
    prefix = f"{section.url_prefix}/" if section.url_prefix else ""
    return f"{prefix}{slug}/"


@dataclass(eq=False)
class Entry:
    model: Any  # an instance of section.model
    section: Section
    path: str  # relative to the project, for messages: content/plans/x.md
    slug: str
    body: str
    body_line: int
    lines: Any = field(default=None, repr=False)  # YamlDocument while checks run
    reparse_from: Any = field(default=None, repr=False)  # the file, while checks run, when lines were not kept
    status: str = "published"  # published | draft | scheduled | expired (set against the clock)
    source_key: str = ""  # the parse cache's key of the file (`parse_cache`)

    def __repr__(self) -> str:
        # What the page cache's fingerprints read of an entry (`output/page_cache.py`). The
        # parse cache's key is a digest of the file's bytes, its section and name, and the
        # code that parses it: model, body and slug follow from it, so a page's fingerprint
        # need not spell them out (~20 µs a page, most of it a procedure's 20 nested models).
        if self.source_key:
            return f"Entry({self.source_key!r}, {self.path!r}, {self.status!r})"
        return (f"Entry(model={self.model!r}, section={self.section!r}, path={self.path!r}, slug={self.slug!r}, "
                f"body={self.body!r}, body_line={self.body_line!r}, status={self.status!r})")

    # Cached: asked ~100,000 times a 10,000-page rebuild (links, listings, feeds); an
    # entry's section and file name never change once it is made.
    @cached_property
    def url(self) -> str:
        """Site-relative URL with a trailing slash: "ke-hoach/2024-271-qd-ubnd/"."""
        return entry_url(self.section, self.slug)

    @property
    def source(self) -> str:
        """The content file, relative to content/: "news/x.md"."""
        return f"{self.section.folder}/{self.slug}.md"

    @cached_property
    def src_uri(self) -> str:
        """The virtual Markdown file MkDocs renders for this entry."""
        return f"{self.url}index.md"

    def line_of(self, *path: Any) -> int:
        if self.lines is None and self.reparse_from is not None:
            # Loaded from the parse cache without its line map: parse again, only to report a problem.
            from site_builder.content.source_file import read_text, split_front_matter

            self.lines = split_front_matter(read_text(self.reparse_from)).front_matter
        return self.lines.line_of(tuple(path)) if self.lines is not None else 1
