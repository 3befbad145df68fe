"""Markdown bodies may carry raw HTML; what reaches a page or a feed is cleaned
with nh3 (ammonia): no scripts, no event handlers, no javascript: URLs."""

from __future__ import annotations

import nh3

_GLOBAL = {"id", "class", "title", "lang", "dir"}
_ATTRIBUTES = {
    "*": _GLOBAL,
    "a": {"href", "hreflang"},
    "img": {"src", "alt", "width", "height", "srcset", "sizes", "loading", "decoding"},
    "th": {"scope", "colspan", "rowspan", "abbr"},
    "td": {"colspan", "rowspan"},
    "ol": {"start", "reversed", "type"},
    "time": {"datetime"},
    "abbr": {"title"},
    "details": {"open"},
}
_TAGS = set(nh3.ALLOWED_TAGS) | {"section", "audio", "source"}


def clean_html(html: str) -> str:
    return nh3.clean(html, tags=_TAGS, attributes=_ATTRIBUTES, link_rel=None,
                     url_schemes={"http", "https", "mailto", "tel"})
