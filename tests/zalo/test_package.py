"""A Zalo package: its body blocks (text and images in reading order, image URLs absolute)
and its JSON as staff open it (indented, Vietnamese as written)."""

from __future__ import annotations

import datetime as dt
import json

import lxml.html

from site_builder.feeds.items import ItemHead
from site_builder.zalo.package import (
    DESCRIPTION_LIMIT,
    TITLE_LIMIT,
    ZaloNames,
    body_blocks,
    package_json,
)

PAGE = "https://cchc.khanhhoa.gov.vn/tin-tuc/2024-02-01-hoi-nghi/"
BODY = """<h2>Kết quả</h2><p>Đoạn một <a href="../khac/">liên kết</a>.</p>
<figure><img src="../../files/anh/a.jpg" alt="Ảnh hội nghị"><figcaption>Chú thích</figcaption></figure>
<ul><li>Mục <strong>một</strong></li></ul><p><img src="https://example.org/b.png"><img src="/c.jpg" alt=""></p>
<img src="anh/d%20e.jpg?x=1#y" alt="d">"""


def test_blocks_in_reading_order_with_images_absolute():
    assert body_blocks(BODY, PAGE) == [
        {"type": "text", "content": "Kết quả"},
        {"type": "text", "content": "Đoạn một liên kết."},
        {"type": "image", "url": "https://cchc.khanhhoa.gov.vn/files/anh/a.jpg", "caption": "Ảnh hội nghị"},
        {"type": "text", "content": "Chú thích"},
        {"type": "text", "content": "Mục một"},
        {"type": "image", "url": "https://example.org/b.png", "caption": ""},
        {"type": "image", "url": "https://cchc.khanhhoa.gov.vn/c.jpg", "caption": ""},
        {"type": "image", "url": PAGE + "anh/d%20e.jpg?x=1#y", "caption": "d"},
    ]


def test_image_urls_are_those_lxml_makes_absolute():
    root = lxml.html.fragment_fromstring(BODY, create_parent="div")
    root.make_links_absolute(PAGE, resolve_base_href=False)
    expected = [img.get("src") for img in root.iter("img")]
    assert [block["url"] for block in body_blocks(BODY, PAGE) if block["type"] == "image"] == expected


def test_no_body_no_blocks():
    assert body_blocks("  \n", PAGE) == []


def test_the_thumbnail_takes_the_share_images_format():
    assert ZaloNames("tin-tuc/a/", "anh-chia-se.jpg").thumbnail == "tin-tuc/a/zalo-thumbnail.jpg"
    assert ZaloNames("ke-hoach/b/", "the-chia-se.png").thumbnail == "ke-hoach/b/zalo-thumbnail.png"


def test_the_package_is_indented_json_with_vietnamese_as_written_and_its_limits_kept():
    item = ItemHead("urn:uuid:1", "Hội nghị tổng kết công tác cải cách hành chính " * 5, PAGE,
                    dt.datetime(2024, 2, 1, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=7))),
                    "Ủy ban nhân dân tỉnh \"đẩy mạnh\" dịch vụ công trực tuyến.\n" * 9)
    data = package_json(item, BODY, ZaloNames("tin-tuc/2024-02-01-hoi-nghi/", "anh-chia-se.jpg"),
                        "https://cchc.khanhhoa.gov.vn")
    text = data.decode("utf-8")
    package = json.loads(text)
    assert text == json.dumps(package, ensure_ascii=False, indent=2)  # two spaces, nothing escaped but JSON's own
    assert "Hội nghị" in text and "\\u" not in text
    assert list(package) == ["guid", "title", "description", "link", "published", "cover", "thumbnail", "body"]
    assert len(package["title"]) <= TITLE_LIMIT and len(package["description"]) <= DESCRIPTION_LIMIT
    assert package["published"] == "2024-02-01T08:30:00+07:00"
    assert package["body"][0] == {"type": "image", "url": PAGE + "anh-chia-se.jpg", "caption": item.title}
    assert package["body"][1:] == body_blocks(BODY, PAGE)
