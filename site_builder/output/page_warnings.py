"""Pages whose processing logged a warning are not kept in the page cache.

A reused page is neither converted nor checked again, so a warning logged while it was
rendered (MkDocs' check of its links and anchors, an extension, its template) was shown
once and then never again: a strict build failed, and the same build run again passed.
As the parse cache keeps only files that raised no problem, the page cache keeps only
pages that logged no warning (a page that did is dropped from it at the build's end), and
every build that has such a page renders it and warns again. A warning is put down to
the page being processed when it is logged on MkDocs' loggers (those strict mode
counts): from on_pre_page to on_page_content (conversion and link checks), from
on_page_context to on_post_page (template), and during MkDocs' check of a page's anchor
links after all pages are built (`watch_anchor_check`)."""

from __future__ import annotations

import functools
import logging


class PageWarnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.current: str | None = None  # the src_uri of the page being processed
        self.warned: set[str] = set()

    def emit(self, record: logging.LogRecord) -> None:
        if self.current is not None:
            self.warned.add(self.current)

    def attach(self) -> None:
        logging.getLogger("mkdocs").addHandler(self)

    def detach(self) -> None:
        logging.getLogger("mkdocs").removeHandler(self)
        self.current = None

    def begin(self, src_uri: str) -> None:
        self.current = src_uri

    def end(self) -> None:
        self.current = None

    def watch_anchor_check(self, page) -> None:
        """MkDocs checks each page's links to anchors after every page is built, with no
        event around it: the page's own method is wrapped to put its warnings down to it."""
        check = page.validate_anchor_links

        @functools.wraps(check)
        def checked(**kwargs) -> None:
            self.begin(page.file.src_uri)
            try:
                check(**kwargs)
            finally:
                self.end()

        page.validate_anchor_links = checked
