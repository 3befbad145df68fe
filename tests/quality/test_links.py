"""A crawler over the served site: every internal link and anchor resolves."""

from __future__ import annotations

import urllib.request
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(attributes["id"])
        if tag == "a" and attributes.get("name"):
            self.ids.add(attributes["name"])
        for name in ("href", "src"):
            if attributes.get(name) and not (tag == "link" and attributes.get("rel") in ("canonical",)):
                self.links.append(attributes[name])


def test_no_broken_internal_link_or_anchor(gzip_site, built_repository):
    host = urlsplit(gzip_site).netloc
    pages: dict[str, _Page] = {}
    queue, seen, broken, anchors = [gzip_site], {gzip_site}, [], []
    while queue:
        url = queue.pop()
        try:
            with urllib.request.urlopen(url, timeout=30) as response:
                kind, body = response.headers.get_content_type(), response.read()
        except Exception as exc:  # noqa: BLE001 - any failure is a broken link, reported below
            broken.append(f"{url}: {exc}")
            continue
        if kind != "text/html":
            continue
        parser = _Page()
        parser.feed(body.decode("utf-8"))
        pages[url] = parser
        for link in parser.links:
            absolute, fragment = urldefrag(urljoin(url, link))
            if urlsplit(absolute).netloc != host:
                continue
            if fragment:
                anchors.append((url, absolute, fragment))
            if absolute not in seen:
                seen.add(absolute)
                queue.append(absolute)
    missing = [f"{source} -> {target}#{fragment}" for source, target, fragment in anchors
               if target in pages and fragment not in pages[target].ids]
    assert broken == [] and missing == []
    # Every built page is reachable by following links from the home page (404.html aside).
    site = built_repository / "site"
    built = {gzip_site + p.relative_to(site).as_posix().removesuffix("index.html") for p in site.rglob("*.html")}
    assert sorted(built - set(pages) - {gzip_site + "404.html"}) == []
