"""A Zalo package's body blocks: text and images in reading order, image URLs absolute."""

from __future__ import annotations

import lxml.html

from site_builder.zalo.package import ZaloNames, body_blocks

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
