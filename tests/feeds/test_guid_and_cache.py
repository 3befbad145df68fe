"""A renamed item keeps its GUID; a second build redraws no image."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from tests.helpers import build, make_site


def news_site(tmp_path):
    return make_site(tmp_path, "news")


def items(project):
    channel = ET.fromstring((project / "site/tin-tuc/feed.xml").read_bytes()).find("channel")
    return [(i.findtext("title"), i.findtext("link"), i.findtext("guid")) for i in channel.findall("item")]


def test_renaming_an_item_keeps_its_guid(tmp_path):
    project = news_site(tmp_path)
    assert build(project).returncode == 0
    [(title, link, guid)] = items(project)
    source = project / "content/news/2024-02-01-tin-dau.md"
    renamed = project / "content/news/2024-02-01-tin-dau-da-sua.md"
    renamed.write_text(source.read_text(encoding="utf-8").replace("title: Tin đầu tiên", "title: Tin đã sửa tiêu đề"),
                       encoding="utf-8")
    source.unlink()
    assert build(project).returncode == 0
    [(new_title, new_link, new_guid)] = items(project)
    assert (new_title, new_link) != (title, link)
    assert new_guid == guid == "urn:uuid:5e0f4a84-1f50-4b8e-a7d5-0f6f0bb6d001"


def test_a_second_build_redraws_no_image(tmp_path):
    project = news_site(tmp_path)
    first = build(project)
    assert first.returncode == 0
    assert "(images: 0 drawn" not in first.stderr
    second = build(project)
    assert second.returncode == 0
    assert "Ảnh: vẽ mới 0, lấy từ bộ nhớ đệm" in second.stderr


def feed_files(project):
    return {path.relative_to(project / "site").as_posix(): path
            for path in (project / "site").rglob("feed.*")}


def test_a_rebuild_links_its_feeds_from_the_cache_and_an_edit_still_shows(tmp_path):
    project = news_site(tmp_path)
    assert build(project).returncode == 0
    first = {name: path.read_bytes() for name, path in feed_files(project).items()}
    assert build(project).returncode == 0
    linked = feed_files(project)
    assert {name: path.read_bytes() for name, path in linked.items()} == first
    assert all(path.stat().st_nlink >= 2 for path in linked.values())  # kept in the cache, linked into the site
    source = project / "content/news/2024-02-01-tin-dau.md"
    source.write_text(source.read_text(encoding="utf-8").replace("Nội dung tin.", "Nội dung đã sửa."),
                      encoding="utf-8")  # the body alone: the item's page and the feeds' content
    assert build(project).returncode == 0
    assert b"N\xe1\xbb\x99i dung \xc4\x91\xc3\xa3 s\xe1\xbb\xada." in (project / "site/tin-tuc/feed.xml").read_bytes()
    topics = project / "content/registries/topics.yml"
    topics.write_text(topics.read_text(encoding="utf-8").replace("Thông tin, tuyên truyền", "Tuyên truyền"),
                      encoding="utf-8")  # a registry: the item's category in every feed
    assert build(project).returncode == 0
    atom = (project / "site/tin-tuc/feed.atom").read_text(encoding="utf-8")
    assert 'term="Tuyên truyền"' in atom and "Thông tin, tuyên truyền" not in atom
