"""One Markdown instance for the build renders every page as MkDocs' own Page.render
does with a new instance each: same HTML, table of contents, title, anchors and
links to anchors, with nothing of one page (footnotes, abbreviations, headings'
ids) carried into the next."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import load_config
from mkdocs.structure.files import get_files
from mkdocs.structure.pages import Page

from site_builder.output.markdown_render import SharedMarkdown

PAGES = {
    "index.md": "# Trang chủ\n\nXem [thủ tục](thu-tuc.md#ho-so) và [tin](tin.md).\n\n## Giới thiệu\n\nChữ[^1].\n\n"
                "[^1]: Chú thích của trang chủ.\n\n*[CCHC]: Cải cách hành chính\n\nCCHC là trọng tâm.\n",
    "thu-tuc.md": "# Đăng ký khai sinh\n\n## Hồ sơ {#ho-so}\n\n!!! note \"Lưu ý\"\n    Mang bản chính.\n\n"
                  "<div id=\"phi\">Lệ phí</div>\n\n## Giới thiệu\n\n| Kênh | Thời hạn |\n|---|---|\n| Trực tuyến | 1 ngày |\n",
    "tin.md": "Không có tiêu đề cấp một.\n\n## Giới thiệu\n\nCCHC ở đây không được giải thích.\n\n"
              "[Về trang chủ](index.md#gioi-thieu)\n",
}


def _site(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in PAGES.items():
        (docs / name).write_text(text, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Thử\nmarkdown_extensions:\n  - tables\n  - attr_list\n  - admonition\n  - footnotes\n"
        "  - abbr\n  - toc:\n      permalink: false\n", encoding="utf-8")
    config = load_config(str(tmp_path / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)
    return config, get_files(config)


def _rendered(config, files, render) -> list[tuple]:
    results = []
    for file in sorted(files.documentation_pages(), key=lambda f: f.src_uri):
        page = Page(None, file, config)
        page.read_source(config)
        render(page, config, files)
        results.append((page.content, [str(item) for item in page.toc], page._title_from_render,
                        sorted(page.present_anchor_ids), page.links_to_anchors and
                        {f.src_uri: links for f, links in page.links_to_anchors.items()}))
    return results


def test_a_shared_instance_renders_every_page_as_a_new_instance_does(tmp_path):
    config, files = _site(tmp_path)
    fresh = _rendered(config, files, lambda page, config, files: Page.render(page, config, files))
    shared = SharedMarkdown()
    again = _rendered(config, files, shared.render)
    assert again == fresh
    home, procedure, news = again
    assert "Chú thích của trang chủ" in home[0] and "Chú thích" not in procedure[0] + news[0]
    assert '<abbr title="Cải cách hành chính">CCHC</abbr>' in home[0] and "<abbr" not in news[0]
    assert "gioi-thieu" in home[3] and "gioi-thieu" in procedure[3]  # each page's ids counted afresh
    assert news[2] is None and procedure[2] == "Đăng ký khai sinh"
    assert shared._md is not None  # one instance, made once


def test_a_second_pass_over_the_same_pages_gives_the_same_html(tmp_path):
    config, files = _site(tmp_path)
    shared = SharedMarkdown()
    assert _rendered(config, files, shared.render) == _rendered(config, files, shared.render)
