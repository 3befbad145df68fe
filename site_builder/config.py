"""The plugin's options in mkdocs.yml (plugins: - portal: ...)."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from site_builder.search.segments import PAGEFIND_BLOCK, SEGMENT


class PortalConfig(Config):
    # Where the content lives, relative to mkdocs.yml; normally the docs_dir itself.
    content_dir = c.Type(str, default="content")
    # Entries per listing page.
    page_size = c.Type(int, default=20)
    # Build into a staging folder and swap it in only when the build succeeds.
    atomic_output = c.Type(bool, default=True)
    # Drawn and encoded images, keyed by a hash of their inputs (relative to mkdocs.yml).
    cache_dir = c.Type(str, default=".cache/images")
    # Pagefind for queries of rare words; false: the quick tier answers every query and
    # the build skips Pagefind (its 2 GB and 19 s at 10,000 pages; see README "Scale").
    pagefind = c.Type(bool, default=True)
    # Search pages per block of the index's base part (a multiple of 32); the newest pages,
    # fewer than this, are indexed apart so a new item rewrites a dozen search files.
    search_segment = c.Type(int, default=SEGMENT)
    # Base pages per Pagefind bundle (a multiple of search_segment; 0: one bundle). Blocks
    # save the build memory and re-indexing but cost each search bytes (segments.py, README).
    pagefind_block = c.Type(int, default=PAGEFIND_BLOCK)

    def validate(self):
        failed, warnings = super().validate()
        segment = self.get("search_segment")
        if isinstance(segment, int) and (segment <= 0 or segment % 32):
            failed.append(("search_segment", c.ValidationError(
                f"phải là bội số dương của 32 (must be a positive multiple of 32), không phải {segment}")))
        elif isinstance(segment, int) and (self.get("pagefind_block") < 0 or self.get("pagefind_block") % segment):
            failed.append(("pagefind_block", c.ValidationError(
                f"phải là 0 hoặc bội số của search_segment (must be 0 or a multiple of search_segment, {segment}), "
                f"không phải {self.get('pagefind_block')}")))
        return failed, warnings
