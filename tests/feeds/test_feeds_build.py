"""Every feed of the sample portal, parsed by feedparser and checked strictly."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

import feedparser
import pytest
from PIL import Image

SITE = "https://cchc.khanhhoa.gov.vn/"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
ATOM = "{http://www.w3.org/2005/Atom}"


def rss_feeds(site):
    return sorted(p for p in site.rglob("feed.xml"))


def local(site, url: str):
    assert url.startswith(SITE), url
    return site / url.removeprefix(SITE)


def test_every_listing_has_rss_and_atom(built_repository):
    site = built_repository / "site"
    feeds = rss_feeds(site)
    assert len(feeds) >= 40
    for folder in ("", "ke-hoach/", "bao-cao/", "van-ban/", "thu-tuc/", "tin-tuc/", "phat-thanh/", "van-ban/nam/2024/",
                   "co-quan/ubnd-tinh-khanh-hoa/", "thu-tuc/linh-vuc/ho-tich/", "chu-de/chuyen-doi-so/"):
        assert (site / folder / "feed.xml").exists() and (site / folder / "feed.atom").exists(), folder
    listing = (site / "van-ban/nam/2024/index.html").read_text(encoding="utf-8")
    # "alternate feed": Material's JS fetches sitemap.xml beside every rel=alternate link (for languages)
    assert '<link rel="alternate feed" type="application/rss+xml" title="RSS: Văn bản năm 2024" href="feed.xml">' in listing
    assert '<a href="feed.xml">RSS</a>' in listing


def test_rss_feeds_are_strict(built_repository):
    site = built_repository / "site"
    for path in rss_feeds(site):
        raw = path.read_bytes()
        parsed = feedparser.parse(raw)
        assert not parsed.bozo, (path, parsed.bozo_exception)
        channel = ET.fromstring(raw).find("channel")
        for name in ("title", "link", "description", "lastBuildDate"):
            assert channel.findtext(name), (path, name)
        assert channel.findtext("link").startswith(SITE)
        items = channel.findall("item")
        guids = [i.findtext("guid") for i in items]
        assert len(guids) == len(set(guids)), path
        dates = [parsedate_to_datetime(i.findtext("pubDate")) for i in items]
        assert dates == sorted(dates, reverse=True), path  # newest first
        if items:
            assert channel.findtext("lastBuildDate") == items[0].findtext("pubDate")
        for item in items:
            tags = [child.tag for child in item]
            for name in ("title", "link", "guid", "pubDate", "description", CONTENT, "enclosure"):
                assert name in tags, (path, name)
            assert tags.index("description") < tags.index(CONTENT), path
            assert item.findtext("pubDate").endswith("+0700"), path
            assert item.findtext("link").startswith(SITE)
            description = item.findtext("description")
            assert len(description) <= 300 and "<" not in description, path
            html = item.findtext(CONTENT)
            images = re.findall(r'<img src="([^"]+)"', html)
            enclosure = item.find("enclosure")
            assert images and images[0] == enclosure.get("url"), path  # the cover comes first
            for url in re.findall(r'(?:href|src)="([^"]+)"', html):
                assert url.startswith(("https://", "http://", "mailto:")), (path, url)
            cover = local(site, enclosure.get("url"))
            assert int(enclosure.get("length")) == cover.stat().st_size, path
            assert enclosure.get("type") == {".png": "image/png", ".jpg": "image/jpeg"}[cover.suffix]


def test_atom_feeds_parse(built_repository):
    for path in sorted((built_repository / "site").rglob("feed.atom")):
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo, (path, parsed.bozo_exception)
        assert parsed.version == "atom10"
        assert all(e.id.startswith("urn:uuid:") for e in parsed.entries), path


def test_guids_come_from_the_content(built_repository):
    raw = (built_repository / "site/ke-hoach/feed.xml").read_bytes()
    items = ET.fromstring(raw).find("channel").findall("item")
    first = {i.findtext("link"): i.findtext("guid") for i in items}
    assert first[SITE + "ke-hoach/2024-271-qd-ubnd/"] == "urn:uuid:c1fcf5d8-a913-5770-83ab-76dc1c5e9d14"


def test_planned_episodes_stay_out_of_feeds_until_they_air(built_repository):
    raw = (built_repository / "site/phat-thanh/feed.xml").read_bytes()
    links = [i.findtext("link") for i in ET.fromstring(raw).find("channel").findall("item")]
    assert SITE + "phat-thanh/2024-so-12/" in links
    assert SITE + "phat-thanh/2026-so-44/" not in links  # airs 25/11/2026, after the test clock


def test_open_graph_on_every_page(built_repository):
    site = built_repository / "site"
    for page in sorted(site.rglob("index.html")):
        html = page.read_text(encoding="utf-8")
        for prop in ("og:title", "og:type", "og:url", "og:image", "og:image:width", "og:image:height",
                     "og:description", "og:locale"):
            assert f'property="{prop}"' in html, (page, prop)
        url = re.search(r'<meta property="og:url" content="([^"]+)">', html).group(1)
        assert url == SITE + page.parent.relative_to(site).as_posix().strip(".") + ("/" if page.parent != site else "")
        assert f'<link rel="canonical" href="{url}">' in html
        image = re.search(r'<meta property="og:image" content="([^"]+)">', html).group(1)
        with Image.open(local(site, image)) as picture:
            assert picture.size == (1200, 630), page


@pytest.mark.parametrize("folder", ["tin-tuc/2024-02-01-hoi-nghi-tong-ket-cchc-2023/", "ke-hoach/2024-271-qd-ubnd/"])
def test_zalo_package(built_repository, folder):
    site = built_repository / "site"
    data = json.loads((site / folder / "zalo.json").read_text(encoding="utf-8"))
    assert len(data["title"]) <= 150 and len(data["description"]) <= 300
    assert data["link"] == SITE + folder
    cover = local(site, data["cover"])
    assert cover.stat().st_size < 1024 * 1024
    thumbnail_file = local(site, data["thumbnail"])
    with Image.open(cover) as cover_image, Image.open(thumbnail_file) as thumbnail:
        # A photo's thumbnail is a JPEG like its cover, a card's a PNG like the card.
        assert thumbnail.size == (500, 320) and thumbnail.format == cover_image.format
        assert thumbnail_file.suffix == {"JPEG": ".jpg", "PNG": ".png"}[thumbnail.format]
    kinds = {block["type"] for block in data["body"]}
    assert kinds == {"text", "image"}
    assert all(b["url"].startswith(SITE) for b in data["body"] if b["type"] == "image")


def test_share_page_lists_copy_ready_items(built_repository):
    html = (built_repository / "site/chia-se/index.html").read_text(encoding="utf-8")
    assert html.count('class="portal-share__item"') == 26  # 3 news, 11 documents, 12 aired episodes
    assert "Số 44/2026" not in html  # not shared before it airs
    assert 'href="../tin-tuc/2024-04-10-tap-huan-chuyen-doi-so/zalo.json" download' in html
