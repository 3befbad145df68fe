"""A Zalo package per item: JSON (title at most 150 characters, description at most 300,
cover under 1 MB (the page's share image), 500x320 thumbnail (in the cover's format), the
body as text and image blocks, the link), the shape Zalo's article API and staff pasting
by hand both need."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

import orjson

from site_builder.feeds.items import ItemHead, plain_summary

TITLE_LIMIT = 150
DESCRIPTION_LIMIT = 300
THUMB_STEM = "zalo-thumbnail"
JSON_NAME = "zalo.json"
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "li", "blockquote", "figcaption", "td", "th", "dt", "dd"}


@dataclass(frozen=True)
class ZaloNames:
    """Where an item's package lives, relative to the site: beside its page."""

    folder: str  # "tin-tuc/x/"
    cover_name: str  # the page's share image, which the package reuses: "anh-chia-se.jpg"

    @property
    def json(self) -> str:
        return f"{self.folder}{JSON_NAME}"

    @property
    def cover(self) -> str:
        return f"{self.folder}{self.cover_name}"

    @property
    def thumbnail(self) -> str:
        """In the share image's format: a photo's thumbnail is a JPEG, a card's a PNG."""
        suffix = self.cover_name[self.cover_name.rfind("."):]
        return f"{self.folder}{THUMB_STEM}{suffix}"


def packaged_entries(site) -> dict:
    """The items that get a Zalo package (every feed's entries), by src_uri."""
    return {entry.src_uri: entry for spec in site.feeds for entry in spec.entries}


def package_names(site, src_uri: str) -> ZaloNames:
    """Where an item's package goes: beside its page, its cover the page's share image."""
    return ZaloNames(src_uri.removesuffix("index.md"), site.shares[src_uri].src_uri.rsplit("/", 1)[-1])


def body_blocks(html: str, page_url: str) -> list[dict]:
    """Text and image blocks in reading order, from the cleaned page body."""
    import lxml.html  # here: only for an item made anew (feeds and packages are kept), ~10 ms to import

    if not html.strip():
        return []
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    blocks: list[dict] = []
    for element in root.iter():
        if element.tag == "img" and element.get("src"):
            # Absolute as make_links_absolute makes it, for the only links kept: over every
            # link it was half of this function's time (8,800 items in a 10,000-page build).
            url = urljoin(page_url, element.get("src"))
            blocks.append({"type": "image", "url": url, "caption": element.get("alt", "")})
        elif element.tag in _BLOCKS and not any(a.tag in _BLOCKS for a in element.iterancestors()):
            text = " ".join(element.text_content().split())
            if text:
                blocks.append({"type": "text", "content": text})
    return blocks


def package_json(item: ItemHead, html: str, names: ZaloNames, site_url: str) -> bytes:
    base = site_url.rstrip("/") + "/"
    data = {
        "guid": item.guid,
        "title": plain_summary(item.title, TITLE_LIMIT),
        "description": plain_summary(item.summary, DESCRIPTION_LIMIT),
        "link": item.url,
        "published": item.published.isoformat(),
        "cover": base + names.cover,
        "thumbnail": base + names.thumbnail,
        "body": [{"type": "image", "url": base + names.cover, "caption": item.title}] + body_blocks(html, item.url),
    }
    # orjson: the same bytes as json.dumps(indent=2, ensure_ascii=False), ~6 against ~70 µs a package
    return orjson.dumps(data, option=orjson.OPT_INDENT_2)
