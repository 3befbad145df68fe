"""Each entry page's text beside it when Pagefind is off (`search/page_texts.py`)."""

from __future__ import annotations

import os
from pathlib import Path

from site_builder.search.page_texts import TEXT_FILE, PageTexts, text_path
from site_builder.search.quick_record import page_text
from tests.helpers import build, built_with_portal_option

PAGE = """<html><head><title>T</title><script>var x = "<b>không</b>";</script></head><body>
<nav>Trang chủ</nav><article class="portal-news" data-pagefind-body><h1 data-pagefind-meta="title">Tin &amp; bài</h1>
<p>Người dân   nộp qua <a href="#">VNeID</a>.</p><script>ignored()</script><template>ẩn</template></article>
<footer>Chân trang</footer></body></html>"""


def test_the_text_is_the_indexed_part_as_one_line_of_plain_words():
    assert page_text(PAGE) == "Tin & bài Người dân nộp qua VNeID ."
    assert page_text("<html><body><main>Danh sách</main></body></html>") is None


def test_a_pages_text_file_sits_beside_it():
    assert text_path(os.path.join("site", "tin-tuc", "a", "index.html")) == os.path.join("site", "tin-tuc", "a", TEXT_FILE)
    assert text_path(os.path.join("site", "tin-tuc", "a.html")) == os.path.join("site", "tin-tuc", f"a.{TEXT_FILE}")


class _Reuse:
    """A page cache of files named by page (one fingerprint a page), counting what it makes."""

    def __init__(self, folder: Path, fingerprinted: bool = True) -> None:
        self.folder, self.fingerprinted, self.made = folder, fingerprinted, []

    def memo_path(self, src_uri, kind):
        return self.folder / f"{src_uri}.{kind}" if self.fingerprinted else None

    def memo_file(self, src_uri, kind, make):
        path = self.memo_path(src_uri, kind)
        if path is not None and not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(make())
            self.made.append(src_uri)
        return path


def test_a_text_is_made_when_its_page_is_rendered_and_linked_while_it_is_reused(tmp_path):
    reuse = _Reuse(tmp_path / "cache")
    asked = []

    def html():
        asked.append(1)
        return PAGE

    for reused in (False, True, True):
        texts = PageTexts(reuse)
        texts.note("tin-tuc/a/index.md", str(tmp_path / "site" / "a" / "index.html"), html, reused)
        texts.note("x/index.md", str(tmp_path / "site" / "x.html"), html, reused)
        assert texts.place() == 2
    assert reuse.made == ["tin-tuc/a/index.md", "x/index.md"] and len(asked) == 2
    placed = tmp_path / "site" / "a" / TEXT_FILE
    assert placed.read_text(encoding="utf-8") == page_text(PAGE)
    assert placed.stat().st_ino == (tmp_path / "cache" / "tin-tuc/a/index.md.txt").stat().st_ino
    assert (tmp_path / "site" / f"x.{TEXT_FILE}").read_text(encoding="utf-8") == page_text(PAGE)


def test_a_reused_pages_text_gone_from_the_cache_is_made_again_from_its_html(tmp_path):
    reuse = _Reuse(tmp_path / "cache")
    texts = PageTexts(reuse)
    texts.note("a/index.md", str(tmp_path / "site" / "a" / "index.html"), lambda: PAGE, reused=False)
    texts.place()
    (tmp_path / "cache" / "a/index.md.txt").unlink()
    again = PageTexts(reuse)
    again.note("a/index.md", str(tmp_path / "site2" / "a" / "index.html"), lambda: PAGE, reused=True)
    assert again.place() == 1
    assert (tmp_path / "site2" / "a" / TEXT_FILE).read_text(encoding="utf-8") == page_text(PAGE)


def test_a_page_without_fingerprint_has_its_text_written_never_through_a_link(tmp_path):
    cached = tmp_path / "cache.txt"
    cached.write_text("văn bản trong bộ nhớ đệm", encoding="utf-8")
    (tmp_path / "a").mkdir()
    os.link(cached, tmp_path / "a" / TEXT_FILE)  # as a build with a fingerprint left it
    texts = PageTexts(_Reuse(tmp_path / "cache", fingerprinted=False))
    texts.note("a/index.md", str(tmp_path / "a" / "index.html"), lambda: PAGE, reused=True)
    assert texts.place() == 1 and (tmp_path / "a" / TEXT_FILE).read_text(encoding="utf-8") == page_text(PAGE)
    assert cached.read_text(encoding="utf-8") == "văn bản trong bộ nhớ đệm"


def _entry_folders(site: Path) -> set[Path]:
    return {page.parent for page in site.rglob("index.html") if "data-pagefind-body" in page.read_text(encoding="utf-8")}


def test_without_pagefind_every_entry_page_and_only_those_have_a_text_again_after_a_rebuild(tmp_path):
    project = built_with_portal_option(tmp_path, "pagefind: false")
    site = project / "site"
    entries = _entry_folders(site)
    assert len(entries) > 20
    for _ in range(2):  # the rebuild reuses (settles) every page: their texts come from the cache
        assert {text.parent for text in site.rglob(TEXT_FILE)} == entries
        news = site / "tin-tuc" / "2024-03-12-mot-cua-phuong-huong-dan-nop-truc-tuyen" / TEXT_FILE
        assert "ứng dụng VNeID" in news.read_text(encoding="utf-8")
        result = build(project)
        assert result.returncode == 0, result.stderr[-2000:]


def test_with_pagefind_no_text_is_written(tmp_path):
    site = built_with_portal_option(tmp_path, "pagefind: true") / "site"
    assert (site / "pagefind").is_dir() and not list(site.rglob(TEXT_FILE))
