"""A build lets each page's Markdown go once the page is written (`PortalPlugin._release_markdown`)."""

from mkdocs.commands.build import build
from mkdocs.config import load_config

from tests.helpers import TEST_NOW, make_site


def built_in_process(project, monkeypatch, command: str):
    monkeypatch.setenv("PORTAL_NOW", TEST_NOW)
    config = load_config(str(project / "mkdocs.yml"))
    config.plugins.on_startup(command=command, dirty=False)
    build(config)
    return config.plugins["portal"]


def test_a_built_pages_markdown_is_let_go_and_its_page_says_it_all(tmp_path, monkeypatch):
    project = make_site(tmp_path, "news")
    plugin = built_in_process(project, monkeypatch, "build")
    entries = plugin.entries
    assert entries and all(entry.body == "" for entry in entries.values())
    assert all(plugin.site.pages[src_uri].markdown == "" for src_uri in entries)
    assert all(getattr(file, "page_model", None) in (None, plugin.site.pages[file.src_uri])
               for file in plugin.files if file.src_uri in entries)  # no file keeps the page as it was
    page = (project / "site/tin-tuc/2024-02-01-tin-dau/index.html").read_text(encoding="utf-8")
    assert "Nội dung tin." in page
