"""What the theme's templates get from the plugin: Jinja filters (formatting lives in
vietnamese/), the navigation drawn once per folder of pages outside the nav, and their
compiled code kept between builds."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

import jinja2
from markupsafe import Markup

from site_builder.vietnamese.numbers import format_money, format_number

NAV_TEMPLATE = "partials/nav.html"
TABS_TEMPLATE = "partials/tabs.html"  # the nav's top level as tabs: the same holds for it


def cache_compiled_templates(env, folder: Path) -> None:
    """Jinja keeps each template compiled in folder, checked against the template's source:
    compiling Material's templates was ~0.13 s of every build. folder is one generation of
    the page cache, whose salt covers the theme, MkDocs' and Jinja's versions and the config
    (what else shapes the compiled code)."""
    folder.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))


def register_filters(env) -> None:
    env.filters["vn_number"] = format_number
    env.filters["vn_money"] = format_money
    env.globals["portal_nav"] = NavFragments()
    blocks = BlockMemo()
    env.globals["portal_kept"], env.globals["portal_keep"] = blocks.kept, blocks.keep


class BlockMemo:
    """A block drawn once per key, for a build (each build makes a new environment):
    Material's app configuration (`main.html`, block config) is the same on every page
    with the same base URL, and drawing it (its JSON, its translations) was ~60 µs a page."""

    def __init__(self) -> None:
        self._drawn: dict[tuple[str, str], Markup] = {}

    def kept(self, name: str, key: str) -> Markup | None:
        return self._drawn.get((name, key))

    def keep(self, name: str, key: str, drawn: str) -> Markup:
        self._drawn[(name, key)] = Markup(drawn)
        return self._drawn[(name, key)]


def register_translations(env, language: str) -> None:
    """What theme/partials/language.html gives Material's templates as `lang.t`: a lookup
    in one table made per build, no macro (a page's ~15 lookups and the import ~4-5x faster:
    ~230 -> ~50 µs; the site byte for byte the same)."""
    table = translations(env, language)

    def translate(key: str) -> Markup:
        return table.get(key) or Markup.escape(key)  # as Material's: the key itself when no file has it

    env.globals["portal_translate"] = translate


LANGUAGES = "partials/languages/{}.html"
_KEY = re.compile(r'^\s*"([^"]+)":', re.M)  # a line of a language file's table: "action.edit": "Chỉnh sửa",


def translations(env, language: str) -> dict[str, Markup]:
    """Every string of Material's language files as its partials/language.html gives it:
    the language's, else English, else the key (each escaped, as a macro returns it)."""
    own = env.get_template(LANGUAGES.format(language)).module
    english = env.get_template(LANGUAGES.format("en")).module
    keys = {key for name in {language, "en"}
            for key in _KEY.findall(env.loader.get_source(env, LANGUAGES.format(name))[0])}
    return {key: own.t(key) or english.t(key) or Markup.escape(key) for key in sorted(keys)}


class NavFragments:
    """Material draws the whole navigation into every page (a fifth of a page's template
    time here). A page outside the nav, as every item is, is never marked in it, so its
    navigation differs from another's only by the relative links, which depend on the
    folder the page's URL sits in: it is drawn once per such folder. A page in the nav,
    or one a nav page sits under, is drawn as Material draws it."""

    def __init__(self) -> None:
        self._drawn: dict[tuple[str, int, str], Markup] = {}
        self._nav_urls: dict[int, tuple[frozenset[int], tuple[str, ...]]] = {}

    @jinja2.pass_context
    def __call__(self, context, template: str = NAV_TEMPLATE) -> Markup:
        key = self._key(context.get("page"), context.get("nav"))
        if key is None:
            return self._draw(context, template)
        if (template, *key) not in self._drawn:
            self._drawn[(template, *key)] = self._draw(context, template)
        return self._drawn[(template, *key)]

    def _draw(self, context, template: str) -> Markup:
        return Markup(context.environment.get_template(template).render(context.get_all()))

    def _key(self, page, nav) -> tuple[int, str] | None:
        if page is None or nav is None or not getattr(page, "url", None):
            return None
        in_nav, urls = self._of(nav)
        if id(page) in in_nav:
            return None
        base = page.url.rstrip("/") if page.url.endswith("/") else posixpath.dirname(page.url)
        if any(url.startswith(base + "/") for url in urls):
            return None  # a nav page's link would pass through this page's folder
        depth = len(base.split("/")) if base else 0  # "" is the root; "gioi-thieu" one folder down
        return id(nav), f"{posixpath.dirname(base)}|{depth}"

    def _of(self, nav) -> tuple[frozenset[int], tuple[str, ...]]:
        if id(nav) not in self._nav_urls:
            self._nav_urls[id(nav)] = (frozenset(id(p) for p in nav.pages), tuple(p.url for p in nav.pages))
        return self._nav_urls[id(nav)]
