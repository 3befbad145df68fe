"""robots.txt: the sitemap named, the search page's own files kept from search engines."""

from __future__ import annotations

import re
from xml.etree import ElementTree

from site_builder.views.robots import robots_txt


def test_robots_names_the_sitemap_and_keeps_the_search_files_out():
    assert robots_txt("https://cchc.khanhhoa.gov.vn/").decode("utf-8") == (
        "User-agent: *\nDisallow: /tim-kiem-nhanh/\nDisallow: /pagefind/\nDisallow: /*noi-dung.txt$\n\n"
        "Sitemap: https://cchc.khanhhoa.gov.vn/sitemap.xml\n")


def test_a_portal_under_a_path_keeps_its_own_path_and_one_without_address_names_no_sitemap():
    under = robots_txt("https://example.vn/cchc").decode("utf-8")
    assert "Disallow: /cchc/tim-kiem-nhanh/\n" in under and under.endswith("Sitemap: https://example.vn/cchc/sitemap.xml\n")
    assert "Sitemap" not in robots_txt("").decode("utf-8")


def test_the_built_site_has_it_naming_its_own_sitemap(built_repository):
    site = built_repository / "site"
    robots = (site / "robots.txt").read_text(encoding="utf-8")
    sitemap_url = re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1)
    first = ElementTree.parse(site / "sitemap.xml").getroot()[0][0].text  # the first page's address
    assert sitemap_url.removesuffix("sitemap.xml") == first.split("/", 3)[0] + "//" + first.split("/", 3)[2] + "/"
    rules = [_as_regex(rule) for rule in re.findall(r"^Disallow: (\S+)$", robots, re.M)]
    paths = ["/" + path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file()]
    kept_out = {path for path in paths if any(rule.match(path) for rule in rules)}
    texts = {path for path in paths if path.endswith("/noi-dung.txt")}
    assert texts and texts <= kept_out
    assert not [path for path in kept_out if path.endswith((".html", ".xml", ".png", ".jpg", ".json"))
                and not path.startswith("/tim-kiem-nhanh/")]  # pages, feeds and images stay open


def _as_regex(rule: str) -> re.Pattern:
    """A robots.txt path rule as crawlers read it: a prefix, "*" any run, "$" the end."""
    return re.compile(re.escape(rule).replace(r"\*", ".*").replace(r"\$", "$"))
