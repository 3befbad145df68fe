"""Page bodies kept for the feeds: given back as set, held in a fraction of the text's size."""

from __future__ import annotations

import sys

from site_builder.output.page_cache import RenderedBodies

BODY = "<p>Ủy ban nhân dân tỉnh triển khai dịch vụ công trực tuyến toàn trình.</p>\n" * 60


def test_a_body_is_given_back_as_it_was_set_and_held_smaller():
    bodies = RenderedBodies()
    bodies.set_text("tin-tuc/a/index.md", BODY)
    assert bodies.get("tin-tuc/a/index.md") == BODY
    assert sys.getsizeof(bodies._texts["tin-tuc/a/index.md"]) * 4 < sys.getsizeof(BODY)


def test_a_reused_page_body_is_read_when_asked_and_an_unknown_one_is_the_default():
    bodies = RenderedBodies()
    reads = []
    bodies.set_reader("tin-tuc/b/index.md", lambda: reads.append(1) or "<p>Cũ</p>")
    assert reads == []
    assert bodies.get("tin-tuc/b/index.md") == "<p>Cũ</p>" and reads == [1]
    assert bodies.get("tin-tuc/c/index.md", "không có") == "không có"


def test_a_body_goes_to_the_page_cache_as_held_and_a_page_without_one_as_empty():
    """MkDocs converts every page before it writes any: by a page's on_post_page its body
    is one of thousands held compressed, and the page cache keeps it so (no decompressing)."""
    bodies = RenderedBodies()
    bodies.set_text("tin-tuc/a/index.md", BODY)
    held = bodies.compressed_body("tin-tuc/a/index.md")
    assert held is bodies.compressed("tin-tuc/a/index.md") and len(held) * 4 < len(BODY.encode("utf-8"))
    assert RenderedBodies.text_of(held) == BODY
    assert RenderedBodies.text_of(bodies.compressed_body("tin-tuc/khong-co/index.md")) == ""
