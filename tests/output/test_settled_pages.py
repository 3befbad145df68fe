"""Reused pages settled in a build (`output/settled_pages.py`): MkDocs never reads them,
links to them resolve and check their anchors as before, and the site is the same."""

from __future__ import annotations

import re

import pytest
import yaml

from site_builder.output.settled_pages import SettledPage, nav_sources
from tests.helpers import build, copy_repository_site, logged_number, tree_digest
from tests.output.test_page_cache import rendered_count

LINKING_NEWS = "content/news/2024-03-12-mot-cua-phuong-huong-dan-nop-truc-tuyen.md"
LINK = "dang-ky-tam-tru.md#ho-so"  # a procedure's section, from a news item's body


def pages_read(result) -> set[str]:
    """The pages MkDocs read (its debug line for each)."""
    return set(re.findall(r"Reading: (\S+)", result.stderr))


def _config(project) -> dict:
    """mkdocs.yml as data, its Python names (the slug function) left as None."""
    loader = type("Loader", (yaml.SafeLoader,), {})
    loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    return yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=loader)


def settled_count(result) -> int:
    return logged_number(result, r"(\d+) not read by MkDocs")


def test_a_rebuild_reads_only_the_pages_it_renders_and_those_the_nav_names(tmp_path):
    project = copy_repository_site(tmp_path)
    first = build(project, extra=("--verbose",))
    assert first.returncode == 0, first.stderr[-2000:]
    every = pages_read(first)
    assert settled_count(first) == 0 and len(every) > 50
    news = sorted((project / "content" / "news").glob("*.md"))[-1]
    news.write_text(news.read_text(encoding="utf-8").replace("title: ", "title: Sửa đổi - ", 1), encoding="utf-8")
    result = build(project, extra=("--verbose",))
    assert result.returncode == 0, result.stderr[-2000:]
    rendered, reused = rendered_count(result)
    read, settled = pages_read(result), settled_count(result)
    nav = nav_sources(_config(project)["nav"])
    assert len(every) == rendered + reused and settled > 50
    assert len(read) == rendered + reused - settled  # read: the pages rendered now and the nav's reused pages
    assert every - read == every - read - nav and len(read - nav) <= rendered
    assert "Sửa đổi - " in (project / "site" / "tin-tuc" / news.stem / "index.html").read_text(encoding="utf-8")


def test_a_link_into_a_settled_page_checks_its_anchor(tmp_path):
    project = copy_repository_site(tmp_path)
    assert build(project).returncode == 0
    linking = project / LINKING_NEWS
    text = linking.read_text(encoding="utf-8")
    assert LINK in text
    linking.write_text(text.replace(LINK, "dang-ky-tam-tru.md#cac-buoc"), encoding="utf-8")
    good = build(project)
    assert good.returncode == 0, good.stderr[-2000:]
    assert settled_count(good) > 50
    kept = tree_digest(project / "site")
    linking.write_text(text.replace(LINK, "dang-ky-tam-tru.md#khong-co"), encoding="utf-8")
    bad = build(project)
    assert bad.returncode != 0
    assert "does not contain an anchor '#khong-co'" in bad.stderr
    assert tree_digest(project / "site") == kept  # the last good site stays


@pytest.mark.parametrize("site_url", ["https://cchc.khanhhoa.gov.vn/", "https://example.vn/cong", "http://a.b/c/d/"])
@pytest.mark.parametrize("url", ["", "./", "tin-tuc/x/", "a/b.html", "thu-tuc/1.2/", "ẩm/ố/", "../x/", "a/../b/",
                                 ".an/", "a:b/"])
def test_a_settled_pages_address_is_the_one_mkdocs_gives(site_url, url):
    from urllib.parse import urljoin, urlsplit

    from mkdocs.structure.files import File
    from mkdocs.structure.pages import Page

    page = SettledPage.of(url, site_url, "2024-01-29", frozenset({"ho-so"}))
    mkdocs_page = Page.__new__(Page)
    mkdocs_page.file = File.__new__(File)
    mkdocs_page.file.url = url
    mkdocs_page._set_canonical_url(site_url)
    assert (page.canonical_url, page.abs_url) == (mkdocs_page.canonical_url, mkdocs_page.abs_url)
    assert page.canonical_url == urljoin(site_url.rstrip("/") + "/", "" if url == "./" else url)
    assert page.abs_url == urlsplit(page.canonical_url).path
    assert SettledPage.of(url, "", "2024-01-29", frozenset()).canonical_url is None


def test_the_nav_names_its_markdown_files_at_any_depth():
    nav = ["index.md", {"Tin tức": "tin-tuc/index.md"},
           {"Giới thiệu": [{"Cơ quan": "co-quan/index.md"}, "gioi-thieu.md", {"Ngoài": "https://x.vn/"}]}]
    assert nav_sources(nav) == {"index.md", "tin-tuc/index.md", "co-quan/index.md", "gioi-thieu.md"}
