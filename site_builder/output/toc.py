"""The table of contents of generated pages: the page title (the skip link's target),
the template's sections, then the Markdown body's headings."""

from __future__ import annotations

import html

from mkdocs.structure.toc import AnchorLink, TableOfContents

TITLE_ANCHOR = "noi-dung"


def page_toc(title: str, sections: tuple[tuple[str, str], ...], body: TableOfContents | None) -> TableOfContents:
    top = AnchorLink(html.escape(title), TITLE_ANCHOR, 1)
    top.children = [AnchorLink(html.escape(name), anchor, 2) for anchor, name in sections]
    top.children += list(body or [])
    return TableOfContents([top])
