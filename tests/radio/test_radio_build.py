"""The radio section of the real strict build: schedule, archive, .ics, podcast feed."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

import feedparser
from PIL import Image

from site_builder.radio.audio import read_audio

ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
SITE = "https://cchc.khanhhoa.gov.vn/"


def test_schedule_page_shows_the_next_broadcasts_with_planned_topics(built_repository):
    html = (built_repository / "site/phat-thanh/index.html").read_text(encoding="utf-8")
    upcoming = html.split('class="portal-broadcasts"')[1].split("</ul>")[0]
    lines = re.findall(r"<strong>([^<]+):</strong> <time datetime=\"([^\"]+)\">", upcoming)
    assert lines == [("Phát sóng", "2026-11-25T18:00:00+07:00"), ("Phát lại", "2026-11-26T06:30:00+07:00"),
                     ("Phát sóng", "2026-12-02T18:00:00+07:00"), ("Phát lại", "2026-12-03T06:30:00+07:00")]
    assert "18:00 thứ Tư, ngày 25 tháng 11 năm 2026" in upcoming
    assert "Số 44/2026: Đăng ký khai sinh, thường trú trực tuyến liên thông" in upcoming
    assert 'href="lich-phat-song.ics"' in html and 'href="podcast.xml"' in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "RadioSeries"
    assert data["publication"]["@type"] == "BroadcastService"
    assert data["publication"]["broadcastFrequency"] == "106.5 FM"


def test_archive_by_year_and_month(built_repository):
    html = (built_repository / "site/phat-thanh/luu-tru/2024/index.html").read_text(encoding="utf-8")
    months = re.findall(r'<h2 id="thang-\d+">([^<]+)</h2>', html)
    assert months == ["Tháng 01/2024", "Tháng 02/2024", "Tháng 03/2024"]
    assert html.count('class="portal-list__item"') == 12


def test_episode_json_ld_has_broadcast_events(built_repository):
    html = (built_repository / "site/phat-thanh/2024-so-01/index.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "RadioEpisode" and data["episodeNumber"] == 1
    assert [(e["startDate"], e["isLiveBroadcast"]) for e in data["publication"]] == [
        ("2024-01-03T18:00:00+07:00", True), ("2024-01-04T06:30:00+07:00", False)]
    assert data["publication"][0]["publishedOn"]["broadcastFrequency"] == "106.5 FM"
    assert data["audio"]["encodingFormat"] == "audio/mpeg"


def test_podcast_feed_element_by_element(built_repository):
    site = built_repository / "site"
    raw = (site / "phat-thanh/podcast.xml").read_bytes()
    channel = ET.fromstring(raw).find("channel")
    assert channel.findtext("title") == "Cải cách hành chính hôm nay - PAR TODAY"
    assert channel.findtext("language") == "vi"
    assert channel.findtext(f"{ITUNES}explicit") == "false"
    assert channel.find(f"{ITUNES}category").get("text") == "Government"
    artwork_url = channel.find(f"{ITUNES}image").get("href")
    assert artwork_url == SITE + "phat-thanh/podcast-artwork.png"
    with Image.open(site / "phat-thanh/podcast-artwork.png") as artwork:
        assert artwork.size[0] == artwork.size[1] and 1400 <= artwork.size[0] <= 3000
    items = channel.findall("item")
    assert [i.findtext(f"{ITUNES}episode") for i in items] == ["3", "2", "1"]  # only episodes with audio
    for item in items:
        enclosure = item.find("enclosure")
        local = site / enclosure.get("url").removeprefix(SITE)
        info = read_audio(local)
        assert int(enclosure.get("length")) == local.stat().st_size == info.size_bytes
        assert enclosure.get("type") == "audio/mpeg"
        assert int(item.findtext(f"{ITUNES}duration")) == info.duration_seconds
        assert item.findtext(f"{ITUNES}explicit") == "false"
        published = parsedate_to_datetime(item.findtext("pubDate"))
        assert published.utcoffset().total_seconds() == 7 * 3600
        assert item.findtext("guid").startswith(SITE + "phat-thanh/2024-so-0")
    assert len({i.findtext("guid") for i in items}) == len(items)
    assert channel.findtext("lastBuildDate") == items[0].findtext("pubDate")
    parsed = feedparser.parse(raw)
    assert not parsed.bozo, parsed.bozo_exception
    assert parsed.feed.title == "Cải cách hành chính hôm nay - PAR TODAY"
    assert len(parsed.entries) == 3
