"""A generated page's virtual file makes its Markdown when MkDocs reads it, keeping no
copy of its own, and takes a text set on it (the dev server's fast path) as any file."""

from __future__ import annotations

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from site_builder.output.virtual_files import GeneratedPageFile, generated_content
from site_builder.views.site_model import GeneratedPage

PAGE = GeneratedPage(src_uri="tin-tuc/khai-sinh/index.md", title="Khai sinh", template="news.html",
                     markdown="title: không phải siêu dữ liệu\n\nĐăng ký **khai sinh** trực tuyến.\n", context={}, update_date="2024-05-01")


def _config(tmp_path) -> MkDocsConfig:
    (tmp_path / "content").mkdir(exist_ok=True)
    (tmp_path / "mkdocs.yml").write_text("site_name: Thử\ndocs_dir: content\n", encoding="utf-8")
    config = load_config(str(tmp_path / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)
    return config


def test_the_file_reads_as_the_page_model_says_and_keeps_no_text(tmp_path):
    file = GeneratedPageFile.of(_config(tmp_path), PAGE.src_uri, PAGE)
    assert file.content_string == generated_content(PAGE)
    assert file.content_bytes == generated_content(PAGE).encode("utf-8")
    assert file._content == ""  # no copy held for the build


def test_mkdocs_reads_the_markdown_without_taking_a_line_as_metadata(tmp_path):
    config = _config(tmp_path)
    file = GeneratedPageFile.of(config, PAGE.src_uri, PAGE)
    page = Page(None, file, config)
    page.read_source(config)
    assert page.markdown == PAGE.markdown and "title" not in page.meta


def test_a_text_set_on_the_file_is_what_it_reads(tmp_path):
    file = GeneratedPageFile.of(_config(tmp_path), PAGE.src_uri, PAGE)
    file.content_string = "Bản sửa."
    assert file.content_string == "Bản sửa." and file.content_bytes == "Bản sửa.".encode("utf-8")
    file.content_bytes = "Bản sửa lần hai.".encode("utf-8")
    assert file.content_string == "Bản sửa lần hai."


def test_the_plugins_files_keep_their_posix_names_as_mkdocs_would_make_them(tmp_path):
    from mkdocs.structure.files import File

    from site_builder.output.virtual_files import MadeLaterFile

    config = _config(tmp_path)
    for name in ("tin-tuc/khai-sinh/index.md", "chia-se/anh-đẹp.png", "index.md"):
        ours, theirs = MadeLaterFile.generated(config, name, abs_src_path="/x"), File.generated(config, name, content="")
        assert (ours.src_uri, ours.src_path, ours.dest_uri, ours.url) == (
            theirs.src_uri, theirs.src_path, theirs.dest_uri, theirs.url)


def test_documentation_pages_are_worked_out_once_and_again_when_the_files_change(tmp_path):
    from mkdocs.structure.files import File

    from site_builder.output.settled_pages import SettledPage
    from site_builder.output.virtual_files import PortalFiles

    config = _config(tmp_path)
    page = GeneratedPageFile.of(config, PAGE.src_uri, PAGE)
    image = File.generated(config, "anh.png", content=b"png")
    files = PortalFiles([page, image], {})
    assert files.documentation_pages() == [page]
    assert files.documentation_pages() is not files.documentation_pages()  # a list of its own each time
    other = GeneratedPageFile.of(config, "tin-tuc/khac/index.md", PAGE)
    files.append(other)
    assert files.documentation_pages() == [page, other]
    files.settle(page, SettledPage.of(page.url, "https://cchc.example.vn/", "2024-05-01", []))
    assert files.documentation_pages() == [other]
    files.remove(other)
    assert files.documentation_pages() == []
