"""robots.txt at the site's root: every page open to crawlers and the sitemap named; kept
out of search engines, the files only the search page reads: the quick tier's index,
Pagefind's (when on), and each entry page's text beside it (`noi-dung.txt`, the page's
own words again, which would count as a duplicate of every page).

Crawlers read robots.txt at the root of the host only: for a portal served under a path
(`site_url` https://example.vn/cchc/) the host's own robots.txt must carry these lines."""

from __future__ import annotations

from urllib.parse import urlsplit

from site_builder.search.page_texts import TEXT_FILE
from site_builder.search.quick_index import FOLDER
from site_builder.search.segments import PAGEFIND_BUNDLE


def robots_txt(site_url: str) -> bytes:
    path = urlsplit(site_url).path if site_url else "/"
    base = path if path.endswith("/") else path + "/"
    lines = ["User-agent: *", f"Disallow: {base}{FOLDER}/", f"Disallow: {base}{PAGEFIND_BUNDLE}/",
             f"Disallow: {base}*{TEXT_FILE}$"]  # "a/noi-dung.txt" and "a.noi-dung.txt"
    if site_url:
        lines += ["", f"Sitemap: {site_url.rstrip('/')}/sitemap.xml"]
    return ("\n".join(lines) + "\n").encode("utf-8")
