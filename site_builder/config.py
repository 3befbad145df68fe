"""The plugin's options in mkdocs.yml (plugins: - portal: ...)."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


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
