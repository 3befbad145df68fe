"""Pagefind is given only the part of a page it indexes: the same index, fewer bytes;
any page that might index differently cut is given whole."""

from __future__ import annotations

import subprocess

from site_builder.bench.measure import digests
from site_builder.search.pagefind_bundles import (
    index_bundles,
    pagefind_command,
    write_plan,
)
from site_builder.search.pagefind_source import indexed_part

PAGE = (b'<!doctype html><html lang="vi" class="no-js"><head><title>Khai sinh</title><link rel="stylesheet">'
        b'</head><body><header><nav>Trang ch\xe1\xbb\xa7</nav></header><main>{body}</main>'
        b'<footer>S\xe1\xbb\x9f N\xe1\xbb\x99i v\xe1\xbb\xa5</footer></body></html>')
BODY = (b'<article class="portal-news" data-pagefind-body><h1 data-pagefind-meta="title">Khai sinh</h1>'
        b'<article><p>B\xc3\xaan trong</p></article><p>Sau</p></article>')


def page(body: bytes = BODY, after: bytes = b"") -> bytes:
    return PAGE.replace(b"{body}", body + after)


def test_a_page_is_cut_to_its_html_tag_title_and_body_element():
    cut = indexed_part(page())
    assert cut == (b'<!DOCTYPE html><html lang="vi" class="no-js"><head><meta charset="utf-8">'
                   b'<title>Khai sinh</title></head><body>' + BODY + b'</body></html>')
    assert b"<nav>" not in cut and b"<footer>" not in cut


def test_a_nested_element_of_the_same_name_does_not_end_the_body():
    assert indexed_part(page()).count(b"<p>Sau</p></article></body>") == 1


def test_a_page_pagefind_might_read_otherwise_is_given_whole():
    unclosed = page(BODY.removesuffix(b"</article>").replace(b"<p>Sau</p></article>", b"<p>Sau</p>"))
    for whole in (page(b"<p>no body</p>"),
                  page(BODY, after=b'<div data-pagefind-body>hai</div>'),  # a second body
                  page(BODY, after=b'<span data-pagefind-meta="date:01/02/2024"></span>'),  # metadata outside
                  unclosed):
        assert indexed_part(whole) == whole


def test_pagefind_indexes_the_cut_pages_of_the_sample_portal_as_it_does_the_whole_pages(built_repository, tmp_path):
    site = built_repository / "site"
    urls = sorted(path.parent.relative_to(site).as_posix() + "/" for path in site.rglob("index.html")
                  if b"data-pagefind-body" in path.read_bytes())
    assert len(urls) > 30  # every entry of the sample portal
    whole = tmp_path / "whole"
    subprocess.run(pagefind_command(_linked(site, urls, tmp_path / "pages"), whole), check=True)
    write_plan(site, {"pagefind-cut": urls})
    try:
        index_bundles(site)
        assert digests(site / "pagefind-cut") == digests(whole)
    finally:
        subprocess.run(["rm", "-rf", str(site / "pagefind-cut")], check=True)


def _linked(site, urls, folder):
    for url in urls:
        target = folder / url / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.hardlink_to(site / url / "index.html")
    return folder
