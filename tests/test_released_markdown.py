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


def test_the_freed_memory_is_given_back_only_after_much_markdown_was_let_go(tmp_path, monkeypatch):
    """A rebuild renders a few pages: malloc_trim would cost it ~15-30 ms for nothing."""
    import site_builder.plugin as plugin_module

    calls = []
    monkeypatch.setattr(plugin_module, "give_back_freed_memory", lambda: calls.append(1) or True)
    plugin = built_in_process(make_site(tmp_path / "few", "news"), monkeypatch, "build")
    assert 0 < plugin.released_markdown < plugin_module.GIVE_BACK_FROM and calls == []
    monkeypatch.setattr(plugin_module, "GIVE_BACK_FROM", plugin.released_markdown)
    built_in_process(make_site(tmp_path / "enough", "news"), monkeypatch, "build")
    assert calls == [1]
