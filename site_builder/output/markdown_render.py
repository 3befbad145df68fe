"""Page.render with one Markdown instance for the whole build.

MkDocs makes a new `markdown.Markdown` for every page: every extension loaded and
configured and every processor registered again, ~0.25 ms a page, a tenth of a
page's conversion (2-3 s of a full build at 10,000 pages). Python-Markdown's own
way to convert many documents is one instance and `reset()` between them, which
every extension with per-document state (the table of contents, footnotes,
abbreviations) implements. What MkDocs registers per page (its link, anchor, title
and raw-HTML processors, which hold the page) is registered again for each page
under the same names, so it replaces the last page's. The instance's inline step
hands plain text back at once (`quick_inline.py`), its block step sends a plain
line straight to the paragraph processor (`quick_blocks.py`).

This repeats `mkdocs.structure.pages.Page.render` of the pinned MkDocs (1.6.1),
private processors included; tests/output/test_markdown_render.py renders pages
both ways and compares everything render sets."""

from __future__ import annotations

import logging

import markdown
from mkdocs.structure.pages import (
    _ExtractAnchorsTreeprocessor,
    _ExtractTitleTreeprocessor,
    _RawHTMLPreprocessor,
    _RelativePathTreeprocessor,
)
from mkdocs.structure.toc import get_toc

from site_builder.output.quick_blocks import quicken_blocks
from site_builder.output.quick_inline import quicken

_PAGES_LOG = logging.getLogger("mkdocs.structure.pages")  # the logger Page.render consults


class SharedMarkdown:
    """One build's Markdown instance, made at the first page rendered (after every
    plugin's on_config has added its extensions)."""

    def __init__(self) -> None:
        self._md: markdown.Markdown | None = None

    def render(self, page, config, files) -> None:
        """Page.render(config, files) for page: set as `page.render`."""
        if page.markdown is None:
            raise RuntimeError("`markdown` field hasn't been set (via `read_source`)")
        md = self._instance(config)
        raw_html_ext = _RawHTMLPreprocessor()
        raw_html_ext._register(md)
        extract_anchors_ext = _ExtractAnchorsTreeprocessor(page.file, files, config)
        extract_anchors_ext._register(md)
        relative_path_ext = _RelativePathTreeprocessor(page.file, files, config)
        relative_path_ext._register(md)
        extract_title_ext = _ExtractTitleTreeprocessor()
        extract_title_ext._register(md)

        page.content = md.convert(page.markdown)
        page.toc = get_toc(getattr(md, "toc_tokens", []))
        page._title_from_render = extract_title_ext.title
        page.present_anchor_ids = extract_anchors_ext.present_anchor_ids | raw_html_ext.present_anchor_ids
        if _PAGES_LOG.getEffectiveLevel() > logging.DEBUG:
            page.links_to_anchors = relative_path_ext.links_to_anchors

    def _instance(self, config) -> markdown.Markdown:
        if self._md is None:
            self._md = markdown.Markdown(extensions=config["markdown_extensions"],
                                         extension_configs=config["mdx_configs"] or {})
            quicken(self._md)
            quicken_blocks(self._md)
        return self._md.reset()
