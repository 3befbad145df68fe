"""Reused pages that MkDocs never reads in a build.

A rebuild at 10,000 pages reuses nearly every page from the page cache, and MkDocs
still made a Page of each, ran its page events and both its page passes (~0.6 s a
rebuild) for an empty result, the cached HTML being linked in at the end. A build
settles such a page as soon as it is decided instead: its HTML is set to be linked, its body to be
read for the feeds, its srcset images to be placed, and its file stays among MkDocs'
files (links to it resolve as before) but out of the pages MkDocs goes over
(`virtual_files.PortalFiles.settle`).

Not settled: the pages the nav names (MkDocs' nav needs their Page), pages whose
search record the cache lacks (read from their HTML in on_post_page), and every page
in the dev server, whose fast path renders again from MkDocs' own pages."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit


@dataclass(frozen=True)
class SettledPage:
    """What MkDocs reads of a settled file's page: the sitemap (its URL and date) and the
    check of anchors in links to it from the pages rendered now (`present_anchor_ids`)."""
    canonical_url: str | None
    abs_url: str | None
    update_date: str
    present_anchor_ids: frozenset[str]
    is_link: bool = False

    @classmethod
    def of(cls, url: str, site_url: str | None, update_date: str, anchors: frozenset[str]) -> SettledPage:
        """url: the file's URL. The canonical URL as MkDocs' Page makes it (`_set_canonical_url`)."""
        url = "" if url in (".", "./") else url
        if not site_url:
            return cls(None, None, update_date, anchors)
        base = site_url if site_url.endswith("/") else site_url + "/"
        if _SIMPLE_PATH.fullmatch(url):  # what urljoin would make of it, without parsing 10,000 URLs
            return cls(base + url, _base_path(base) + url, update_date, anchors)
        canonical = urljoin(base, url)
        return cls(canonical, urlsplit(canonical).path, update_date, anchors)


# A relative path of plain segments: joined to a base ending in "/", it is appended as it is.
_SIMPLE_PATH = re.compile(r"(?:[^/?#.:][^/?#:]*/)*(?:[^/?#.:][^/?#:]*)?")


@functools.lru_cache(maxsize=4)
def _base_path(base: str) -> str:
    return urlsplit(base).path


def nav_sources(nav) -> set[str]:
    """The Markdown files the nav configuration names, at any depth."""
    if isinstance(nav, str):
        return {nav} if nav.endswith(".md") else set()
    if isinstance(nav, dict):
        return set().union(*(nav_sources(value) for value in nav.values()))
    if isinstance(nav, list):
        return set().union(*(nav_sources(item) for item in nav))
    return set()
