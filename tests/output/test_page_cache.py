"""The page cache through the real build: reused pages are the same bytes as rendered
ones, and an edit re-renders the edited page and the pages that show it, nothing else."""

from __future__ import annotations

import dataclasses
import re
import shutil

from site_builder.output.page_cache import PageCache, RenderedBodies
from tests.helpers import build, copy_repository_site, tree_digest


def rendered_count(result) -> tuple[int, int]:
    found = re.search(r"pages: (\d+) rendered, (\d+) reused", result.stderr)
    assert found, result.stderr[-2000:]
    return int(found.group(1)), int(found.group(2))


def test_reused_pages_are_the_bytes_a_full_render_gives(tmp_path):
    project = copy_repository_site(tmp_path)
    first = build(project)
    assert first.returncode == 0, first.stderr
    rendered, reused = rendered_count(first)
    assert rendered > 50 and reused == 0
    full = tree_digest(project / "site")
    again = build(project)
    assert again.returncode == 0 and rendered_count(again) == (0, rendered)
    assert tree_digest(project / "site") == full


def test_an_edit_renders_the_page_and_what_shows_it_again(tmp_path):
    project = copy_repository_site(tmp_path)
    assert build(project).returncode == 0
    news = sorted((project / "content" / "news").glob("*.md"))[-1]
    news.write_text(news.read_text(encoding="utf-8").replace("title: ", "title: Sửa đổi - ", 1), encoding="utf-8")
    result = build(project)
    assert result.returncode == 0, result.stderr
    rendered, reused = rendered_count(result)
    assert 0 < rendered < 15 and reused > 50
    page = (project / "site" / "tin-tuc" / news.stem / "index.html").read_text(encoding="utf-8")
    assert "Sửa đổi - " in page
    assert "Sửa đổi - " in (project / "site" / "tin-tuc" / "index.html").read_text(encoding="utf-8")


def test_an_emptied_image_cache_renders_the_pages_that_name_its_images(tmp_path):
    project = copy_repository_site(tmp_path)
    assert build(project).returncode == 0
    full = tree_digest(project / "site")
    shutil.rmtree(project / ".cache" / "images")
    result = build(project)
    assert result.returncode == 0, result.stderr
    assert tree_digest(project / "site") == full


def test_a_rendered_page_is_written_once_into_the_cache_and_linked_into_the_site(tmp_path):
    project = copy_repository_site(tmp_path)
    result = build(project)
    assert result.returncode == 0 and rendered_count(result)[0] > 50
    pages = sorted((project / "site").rglob("index.html"))
    cache = {path.stat().st_ino: path for path in (project / ".cache").rglob("*.html")}
    linked = [page for page in pages if page.stat().st_ino in cache]
    assert len(linked) == len(pages)  # every page a hard link to its cached HTML, none written twice
    assert "Page skipped" not in result.stderr


def test_a_page_is_kept_as_its_html_and_one_record_file(tmp_path):
    image = tmp_path / "anh-480.jpg"
    image.write_bytes(b"jpeg")
    cache = PageCache(tmp_path / "pages", "salt")
    fingerprint = cache.fingerprint("tin-tuc/a.md", "nội dung")
    derived = {"search": '{"title": "Khánh Hòa"}'.encode(), "other": b"\n{}\n"}  # newlines inside a part
    bodies = RenderedBodies()
    bodies.set_text("tin-tuc/a.md", "<p>Thân bài ễ\n</p>")
    html = cache.put(fingerprint, "<html>Đăng ký</html>", bodies.compressed_body("tin-tuc/a.md"), {"b", "a"},
                     {"files/anh-480.jpg": str(image)}, derived)
    kept = sorted(path.name for path in (tmp_path / "pages").rglob("*") if path.is_file())
    assert kept == [f"{fingerprint}.html", f"{fingerprint}.page"]
    page = cache.find(fingerprint)
    cache.count(fingerprint, page)
    assert (cache.hits, cache.misses) == (1, 0)
    assert (page.html, page.anchors, page.files) == (str(html), {"a", "b"}, {"files/anh-480.jpg": str(image)})
    assert page.read_derived() == derived
    assert cache.find_with_derived(fingerprint) == (page, derived)  # read with the page, in one opening
    assert page.read_body() == "<p>Thân bài ễ\n</p>"
    assert html.read_text(encoding="utf-8") == "<html>Đăng ký</html>"


def test_a_damaged_or_incomplete_record_renders_the_page_again(tmp_path):
    cache = PageCache(tmp_path / "pages", "salt")
    damaged, unlinked = cache.fingerprint("a.md"), cache.fingerprint("b.md")
    for fingerprint in (damaged, unlinked):
        cache.put(fingerprint, "<html></html>", RenderedBodies().compressed_body("a.md"), set(), {}, {"search": b"null"})
    next((tmp_path / "pages").rglob(f"{damaged}.page")).write_bytes(b'{"anchors": [')  # a header cut short
    next((tmp_path / "pages").rglob(f"{unlinked}.html")).unlink()  # the HTML emptied from the cache
    assert cache.find(damaged) is None and cache.find(unlinked) is None
    assert cache.find_with_derived(damaged) == cache.find_with_derived(unlinked) == (None, {})
    for fingerprint in (damaged, unlinked, None):  # a page without a fingerprint is neither
        cache.count(fingerprint, cache.find(fingerprint))
    assert (cache.hits, cache.misses) == (0, 2)


def test_a_rebuild_after_an_edit_is_the_site_a_clean_build_makes(tmp_path):
    """The pages to render go first through MkDocs, reused ones after: nothing of that
    order may show (the sitemap lists pages in their own order either way)."""
    project = copy_repository_site(tmp_path)
    assert build(project).returncode == 0
    news = sorted((project / "content" / "news").glob("*.md"))
    middle = news[len(news) // 2]
    middle.write_text(middle.read_text(encoding="utf-8") + "\nMột câu thêm vào.\n", encoding="utf-8")
    result = build(project)
    assert result.returncode == 0, result.stderr
    assert 0 < rendered_count(result)[0] < 15
    rebuilt = tree_digest(project / "site")
    shutil.rmtree(project / ".cache")
    assert build(project).returncode == 0
    assert tree_digest(project / "site") == rebuilt


def test_an_entrys_own_body_reads_in_its_fingerprint_as_the_entrys_key():
    from site_builder.content.entry import Entry
    from site_builder.plugin import _markdown_as_read

    body = "Nội dung **tin**.\n" * 50
    entry = Entry(model=None, section=None, path="content/news/a.md", slug="a", body=body, body_line=5,
                  source_key="k" * 64)
    assert _markdown_as_read(body, entry) == ("the body of", "k" * 64)
    assert _markdown_as_read("".join(list(body)), entry) == body  # equal text, not the entry's own: as it is
    assert _markdown_as_read(body, dataclasses.replace(entry, source_key="")) == body  # no key: as it is
    assert _markdown_as_read("Trang danh sách", None) == "Trang danh sách"
