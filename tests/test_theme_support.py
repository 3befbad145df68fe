"""The navigation drawn once per folder of pages outside the nav (NavFragments)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field

import jinja2

from site_builder.theme_support import (
    NAV_TEMPLATE,
    TABS_TEMPLATE,
    BlockMemo,
    page_folder,
    register_filters,
)
from tests.helpers import ROOT, build, make_site, tree_digest


@dataclass(eq=False)
class Page:
    url: str


@dataclass
class Nav:
    pages: list = field(default_factory=list)


def draw(page, nav, env) -> str:
    """What the nav partial gives the page: its own URL shows which page it was drawn for."""
    return env.get_template("page.html").render(page=page, nav=nav)


def environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.DictLoader({NAV_TEMPLATE: "nav drawn for {{ page.url }}",
                                                       TABS_TEMPLATE: "tabs drawn for {{ page.url }}",
                                                       "page.html": "{{ portal_nav() }}",
                                                       "tabs.html": f"{{{{ portal_nav('{TABS_TEMPLATE}') }}}}"}))
    register_filters(env)
    return env


def test_pages_outside_the_nav_in_one_folder_share_one_drawing():
    env, nav = environment(), Nav([Page("tin-tuc/"), Page("thu-tuc/")])
    first, second = Page("tin-tuc/mot/"), Page("tin-tuc/hai/")
    assert draw(first, nav, env) == draw(second, nav, env) == "nav drawn for tin-tuc/mot/"
    assert draw(Page("thu-tuc/ba/"), nav, env) == "nav drawn for thu-tuc/ba/"  # another folder: its own links


def test_nav_pages_and_pages_a_nav_page_sits_under_are_drawn_each():
    env = environment()
    listing, other = Page("tin-tuc/"), Page("van-ban/")
    nav = Nav([listing, other, Page("van-ban/ke-hoach/")])
    assert draw(listing, nav, env) == "nav drawn for tin-tuc/"
    assert draw(Page("tin-tuc/mot/"), nav, env) == "nav drawn for tin-tuc/mot/"
    assert draw(Page("gioi-thieu/"), nav, env) == "nav drawn for gioi-thieu/"  # root level, one folder down
    assert draw(Page("van-ban/"), nav, env) == "nav drawn for van-ban/"  # not the nav's object, but above one
    assert draw(Page(""), nav, env) == "nav drawn for "  # the root: links one folder shallower


def test_tabs_are_kept_apart_from_the_nav():
    env, nav = environment(), Nav([Page("tin-tuc/")])
    assert draw(Page("tin-tuc/mot/"), nav, env) == "nav drawn for tin-tuc/mot/"
    tabs = env.get_template("tabs.html")
    assert tabs.render(page=Page("tin-tuc/hai/"), nav=nav) == "tabs drawn for tin-tuc/hai/"
    assert tabs.render(page=Page("tin-tuc/ba/"), nav=nav) == "tabs drawn for tin-tuc/hai/"


def test_compiled_templates_are_kept_and_a_changed_template_is_compiled_again(tmp_path):
    from site_builder.theme_support import cache_compiled_templates

    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "page.html").write_text("Xin chào {{ name }}", encoding="utf-8")

    def environment():
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(templates)))
        cache_compiled_templates(env, tmp_path / "cache" / "jinja")
        return env

    assert environment().get_template("page.html").render(name="Khánh Hòa") == "Xin chào Khánh Hòa"
    kept = list((tmp_path / "cache" / "jinja").iterdir())
    assert len(kept) == 1
    compiled = kept[0].read_bytes()
    assert environment().get_template("page.html").render(name="Huế") == "Xin chào Huế"
    assert kept[0].read_bytes() == compiled  # read, not written again
    (templates / "page.html").write_text("Chào {{ name }}!", encoding="utf-8")
    assert environment().get_template("page.html").render(name="Huế") == "Chào Huế!"


def test_every_string_is_the_one_materials_language_partial_gives():
    """theme/partials/language.html answers lang.t(key) from one table: the same text as
    Material's macros (the language's, else English, else the key; escaped once)."""
    import re
    from pathlib import Path

    import material

    from site_builder.theme_support import register_translations

    material_templates = str(Path(material.__file__).parent / "templates")
    theme = str(Path(__file__).parents[1] / "theme")
    english = Path(material_templates, "partials/languages/en.html").read_text(encoding="utf-8")
    keys = re.findall(r'^\s*"([^"]+)":', english, re.M) + ["khong.co.<khoa>&"]
    page = "".join('{{ lang.t(%r) }}|' % key for key in keys)

    def rendered(*folders: str) -> str:
        env = jinja2.Environment(loader=jinja2.ChoiceLoader([
            jinja2.DictLoader({"page.html": '{% import "partials/language.html" as lang with context %}' + page}),
            jinja2.FileSystemLoader(list(folders))]), autoescape=True)
        register_translations(env, "vi")
        return env.get_template("page.html").render(config={"theme": {"language": "vi"}})

    ours, materials = rendered(theme, material_templates), rendered(material_templates)
    assert ours == materials and len(keys) > 50
    assert "|Bỏ qua|" in ours and "|khong.co.&lt;khoa&gt;&amp;|" in ours


def test_the_config_block_is_drawn_once_per_base_url_and_as_material_draws_it():
    """theme/main.html's override of Material's block config: the same text, drawn once per base URL."""
    drawn = []
    loader = jinja2.DictLoader({
        "base.html": '<body>{% block config %}\n  <script>{{ count(base_url) }}{{ base_url }}</script>\n'
                     '{% endblock %}</body>',
        "main.html": '{% extends "base.html" %}' + (ROOT / "theme" / "main.html").read_text(
            encoding="utf-8").split("{#- Material's app configuration", 1)[1].split("-#}", 1)[1]})
    env = jinja2.Environment(loader=loader)
    register_filters(env)
    env.globals["count"] = lambda base_url: drawn.append(base_url) or ""
    pages = [env.get_template("main.html").render(base_url=url) for url in ("..", "..", "../..", "..")]
    plain = [env.get_template("base.html").render(base_url=url, count=lambda _: "") for url in ("..", "../..")]
    assert drawn == ["..", "../.."]
    assert pages == [plain[0], plain[0], plain[1], plain[0]]


def test_a_drawing_is_kept_for_its_folder_only_when_its_links_climb_out_of_the_page():
    memo = BlockMemo()
    here, beside, linked = Page("tin-tuc/a/"), Page("tin-tuc/b/"), Page("tin-tuc/so-do/")
    drawn = memo.keep_for("footer", here, '<a href="../so-do/">Sơ đồ</a><a href="https://x.vn/">x</a>')
    assert memo.kept_for("footer", beside) is drawn
    assert memo.kept_for("footer", linked) is None  # its own folder: it writes that link "./"
    assert memo.kept_for("footer", Page("van-ban/a/")) is None  # another folder of pages
    memo.keep_for("header", linked, '<a href="./">Sơ đồ</a>')
    assert memo.kept_for("header", beside) is None  # "./" would lead into another page's folder
    memo.keep_for("styles", here, '<img srcset="anh.jpg 1x">')
    memo.keep_for("scripts", here, '<form action="gui/">')
    assert memo.kept_for("styles", beside) is memo.kept_for("scripts", beside) is None  # any link attribute counts
    assert page_folder(Page("index.html")) is None and page_folder(None) is None
    assert page_folder(Page("tin-tuc/a/")) == page_folder(Page("tin-tuc/b/")) == "tin-tuc|2"
    assert page_folder(Page("tin-tuc/c.html")) == page_folder(Page("van-ban/")) == "|1"  # both in a first-level folder


def test_pages_draw_the_same_bytes_with_the_blocks_kept_per_folder_as_drawn_each(tmp_path):
    """The minimal site built with theme/main.html, and with a copy of the theme without
    its header, footer, styles and scripts overrides (Material's blocks as they are):
    every file the same, the site map and search pages (linked from every page's header
    and footer) among them."""
    plain_theme = tmp_path / "plain-theme"
    shutil.copytree(ROOT / "theme", plain_theme)
    main = plain_theme / "main.html"
    text = main.read_text(encoding="utf-8")
    main.write_text(text[:text.index("{#- Material's header, footer, styles and scripts")], encoding="utf-8")
    sites = []
    for name, theme in (("kept", ROOT / "theme"), ("plain", plain_theme)):
        project = make_site(tmp_path / name)
        config = project / "mkdocs.yml"
        config.write_text(config.read_text(encoding="utf-8").replace(str(ROOT / "theme"), str(theme)),
                          encoding="utf-8")
        result = build(project)
        assert result.returncode == 0, result.stderr
        sites.append(project / "site")
    kept, plain = (tree_digest(site) for site in sites)
    assert kept == plain
    pages = (sites[0] / "so-do-cong" / "index.html").read_text(encoding="utf-8")
    assert '<a href="./">Sơ đồ cổng thông tin</a>' in pages and "tim-kiem/" in pages
