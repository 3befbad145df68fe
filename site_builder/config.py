"""The plugin's options in mkdocs.yml (plugins: - portal: ...)."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from site_builder.search.segments import SEGMENT


class PortalConfig(Config):
    # Where the content lives, relative to mkdocs.yml; normally the docs_dir itself.
    content_dir = c.Type(str, default="content")
    # Entries per listing page.
    page_size = c.Type(int, default=20)
    # Build into a staging folder and swap it in only when the build succeeds.
    atomic_output = c.Type(bool, default=True)
    # Drawn and encoded images, keyed by a hash of their inputs (relative to mkdocs.yml).
    cache_dir = c.Type(str, default=".cache/images")
    # true: Pagefind answers the queries of rare words (its 1.9 GB peak and ~12 s at 10,000
    # pages; see README "Search"); false: the quick tier answers every query, with the
    # passage around each result's match from the page's text beside it.
    pagefind = c.Type(bool, default=False)
    # Search pages per block of the index's base part (a multiple of 32); the newest pages,
    # fewer than this, are indexed apart so a new item rewrites a dozen search files.
    search_segment = c.Type(int, default=SEGMENT)

    def validate(self):
        failed, warnings = super().validate()
        segment = self.get("search_segment")
        if isinstance(segment, int) and (segment <= 0 or segment % 32):
            failed.append(("search_segment", c.ValidationError(
                f"phải là bội số dương của 32 (must be a positive multiple of 32), không phải {segment}")))
        return failed, warnings
