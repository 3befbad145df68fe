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
    env.globals["portal_kept_for"], env.globals["portal_keep_for"] = blocks.kept_for, blocks.keep_for
    env.globals["portal_marker"], env.globals["portal_titled"] = TOPIC_MARKER, titled


class BlockMemo:
    """Blocks drawn once per key, for a build (each build makes a new environment).
    Material's app configuration (block config) is the same on every page with the same
    base URL (drawing it, its JSON and translations, was ~60 µs a page): `kept`, `keep`.
    Its header, footer, styles and scripts differ between pages only by their relative
    links (and the header by the page's title: `titled`), which read the same from every
    page in one folder of pages (`page_folder`): drawn once per folder (~0.2 ms a page),
    `kept_for`, `keep_for`. What a page is given is what it would draw, byte for byte."""

    def __init__(self) -> None:
        self._drawn: dict[tuple[str, str], Markup] = {}
        self._linked: dict[tuple[str, str], tuple[str, ...]] = {}  # where a kept drawing's links lead

    def kept(self, name: str, key: str) -> Markup | None:
        return self._drawn.get((name, key))

    def keep(self, name: str, key: str, drawn: str) -> Markup:
        self._drawn[(name, key)] = Markup(drawn)
        return self._drawn[(name, key)]

    def kept_for(self, name: str, page) -> Markup | None:
        """The block drawn for a page in this page's folder of pages, unless one of its
        links leads into this page's own folder (this page writes that link "./", "a")."""
        key = page_folder(page)
        if key is None or (name, key) not in self._drawn:
            return None
        own = _own_folder(page.url)
        if any(target == own or target.startswith(own + "/") for target in self._linked[(name, key)]):
            return None
        return self._drawn[(name, key)]

    def keep_for(self, name: str, page, drawn: str) -> Markup:
        """drawn (for page), kept for its folder of pages when every relative link in it
        leaves the page's own folder first ("../"): written the same from any page beside it."""
        drawn = Markup(drawn)
        key = page_folder(page)
        if key is not None:
            own = _own_folder(page.url)
            urls = [url for url in _LINK.findall(drawn) if "://" not in url and not url.startswith(_NOT_RELATIVE)]
            if all(url.startswith("../") for url in urls):
                self._drawn[(name, key)] = drawn
                self._linked[(name, key)] = tuple(posixpath.normpath(posixpath.join(own, url)) for url in urls)
        return drawn


_LINK = re.compile(r'\b(?:href|src|srcset|action|formaction|poster)="([^"]*)"')
_NOT_RELATIVE = ("#", "/", "data:", "mailto:", "tel:", "javascript:")


def page_folder(page) -> str | None:
    """Pages whose relative links to the rest of the site read the same (but links into
    their own folders): the folder their own folder sits in, and its depth ("tin-tuc/a/"
    and "tin-tuc/b/": "tin-tuc|2"). None for a page at the root or without a URL (404)."""
    url = None if page is None or isinstance(page, jinja2.Undefined) else getattr(page, "url", None)
    own = _own_folder(url) if url else ""
    return _folder_key(own) if own else None


def _own_folder(url: str) -> str:
    """"tin-tuc/a/" -> "tin-tuc/a"; "tin-tuc/a.html" -> "tin-tuc"."""
    return url.rstrip("/") if url.endswith("/") else posixpath.dirname(url)


def _folder_key(own: str) -> str:
    depth = len(own.split("/")) if own else 0  # "" is the root; "gioi-thieu" one folder down
    return f"{posixpath.dirname(own)}|{depth}"


# Where the page's title goes in the header drawn once per folder (theme/partials/header.html).
TOPIC_MARKER = "\ue000portal-topic\ue000"


def titled(kept: str, topic: str) -> Markup:
    """The header kept for the folder with this page's title (escaped by the template) in it."""
    return Markup(str(kept).replace(TOPIC_MARKER, str(topic)))


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
        base = _own_folder(page.url)
        if any(url.startswith(base + "/") for url in urls):
            return None  # a nav page's link would pass through this page's folder
        return id(nav), _folder_key(base)

    def _of(self, nav) -> tuple[frozenset[int], tuple[str, ...]]:
        if id(nav) not in self._nav_urls:
            self._nav_urls[id(nav)] = (frozenset(id(p) for p in nav.pages), tuple(p.url for p in nav.pages))
        return self._nav_urls[id(nav)]
