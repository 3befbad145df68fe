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


def test_the_body_set_last_is_given_back_without_decompressing_it():
    """Its page asks once more, to keep it in the page cache; the older ones come compressed."""
    bodies = RenderedBodies()
    older = BODY.replace("tỉnh", "xã")
    bodies.set_text("tin-tuc/a/index.md", older)
    bodies.set_text("tin-tuc/b/index.md", BODY)
    assert bodies.get("tin-tuc/b/index.md") is BODY  # the very text: not made again
    assert bodies.get("tin-tuc/a/index.md") == older and bodies.get("tin-tuc/a/index.md") is not older
