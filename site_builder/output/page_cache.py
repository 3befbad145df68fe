"""Pages whose inputs did not change are not rendered again.

A page's fingerprint hashes everything its HTML is made from: the build's salt
(the portal's code, the theme, Material's and MkDocs' versions, the configuration),
its Markdown, metadata, template context, table of contents and the files its body
links to. The rendered HTML (in a file of its own, linked into the site), and in
one record file the body (feeds need it), the anchor ids (other pages' links are
checked against them) and what is derived from the page alone (its search record)
are kept in the cache under that fingerprint; a build that finds them skips Markdown and templates for the page.
Content-addressed, so an edit back to an earlier state is a hit too, and nothing
ever needs invalidating.
"""

from __future__ import annotations

import hashlib
import logging
import os
import posixpath
import re
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from stat import S_ISREG
from typing import Callable

import orjson
from isal import isal_zlib

from site_builder.content.parse_cache import code_digest
from site_builder.images.cache import store

# Inline links and images, HTML src/href, and reference definitions ("[x]: ../a.md"): one
# pattern each, searched only when its marker is in the text (one pattern of three
# alternatives cost ~60 µs a page; a pattern that starts with a literal is scanned for it).
_LINKS = (
    ("](", re.compile(r"\]\(\s*<?([^)\s>]+)")),
    ("src=", re.compile(r"\bsrc=[\"']([^\"']+)")),
    ("href=", re.compile(r"\bhref=[\"']([^\"']+)")),
    ("]:", re.compile(r"^\s*\[[^\]]+\]:\s*<?([^\s>]+)", re.MULTILINE)),
)
_OBJECT_ADDRESS = re.compile(r" at 0x[0-9a-f]+>")


@dataclass(frozen=True)
class CachedPage:
    """A page as last rendered: its HTML file (linked into the site, never read), its
    anchors and srcset images; in its record file, what was derived from it (its search
    record) and its body, read when asked for (a rebuild holds every reused page from
    MkDocs' first pass to its second: their search records would be ~35 MB)."""
    html: str  # paths as strings: ~10,000 a rebuild, handed back from the forked look-ups
    record: str
    anchors: frozenset[str]
    files: dict[str, str]  # site path -> cached image the body's srcset names
    derived_at: dict[str, tuple[int, int]]  # kind -> (offset, length) in the record
    body_offset: int

    def files_present(self) -> bool:
        return os.path.isfile(self.html) and all(os.path.isfile(p) for p in self.files.values())

    def read_derived(self) -> dict[str, bytes]:
        with open(self.record, "rb") as record:
            return {kind: _read_at(record, offset, length) for kind, (offset, length) in self.derived_at.items()}

    def read_body(self) -> str:
        with open(self.record, "rb") as record:
            return RenderedBodies.text_of(_read_at(record, self.body_offset, -1))


def _read_at(opened, offset: int, length: int) -> bytes:
    opened.seek(offset)
    return opened.read(length)


def _record_bytes(body: bytes, anchors, files: dict[str, str], derived: dict[str, bytes]) -> bytes:
    """One file per page for all but its HTML (a new file costs this disk ~0.3 ms): a
    header line (anchors, images, the length of each derived part), the parts, the body
    compressed as `RenderedBodies` holds it."""
    kinds = sorted(derived)
    header = {"anchors": sorted(anchors), "files": files, "derived": [[kind, len(derived[kind])] for kind in kinds]}
    return b"".join([orjson.dumps(header), b"\n", *(derived[kind] for kind in kinds), body])


def _read_record(html: str, record: str, with_derived: bool) -> tuple[CachedPage, dict[str, bytes]]:
    """The page, and what was derived from it when asked for, in one opening of its record."""
    with open(record, "rb") as opened:
        header = orjson.loads(opened.readline())
        offset = opened.tell()
        parts = opened.read(sum(length for _, length in header["derived"])) if with_derived else b""
    derived_at, derived, position = {}, {}, 0
    for kind, length in header["derived"]:
        derived_at[kind] = (offset, length)
        if with_derived:
            derived[kind] = parts[position:position + length]
        offset, position = offset + length, position + length
    return CachedPage(html, record, frozenset(header["anchors"]), header["files"], derived_at, offset), derived


def _compressed(text: str) -> bytes:
    return isal_zlib.compress(text.encode("utf-8"), 0)


_EMPTY_BODY = _compressed("")


class RenderedBodies:
    """Page bodies by src_uri: in memory for pages rendered now, read from the cache for
    reused ones. Held compressed: the feeds read a few hundred of them at the build's
    end, and 10,000 bodies as text are ~41 MB (Vietnamese text is stored two bytes a
    character) against ~7 MB. ISA-L's fastest level (python-isal): ~35 µs a 22 KB page
    compressed, against zlib-ng's ~85 and zlib's ~250 (a full build compresses every
    body), and ~40 µs decompressed."""

    def __init__(self) -> None:
        self._texts: dict[str, bytes] = {}
        self._readers: dict[str, Callable[[], str]] = {}

    def set_text(self, src_uri: str, html: str) -> None:
        self._texts[src_uri] = _compressed(html)

    def set_reader(self, src_uri: str, read: Callable[[], str]) -> None:
        self._readers[src_uri] = read

    def compressed(self, src_uri: str) -> bytes | None:
        """The body of a page rendered now as held (for `text_of`): handing it on costs no copy."""
        return self._texts.get(src_uri)

    def compressed_body(self, src_uri: str) -> bytes:
        """The body of a page rendered now as held, for the page cache; an empty one for a
        page without. MkDocs converts every page before it writes any: at a page's
        on_post_page its body is one of thousands held, and decompressing each to store
        it as text cost ~0.1 s a thousand pages."""
        held = self._texts.get(src_uri)
        return held if held is not None else _EMPTY_BODY

    @staticmethod
    def text_of(compressed: bytes) -> str:
        return isal_zlib.decompress(compressed).decode("utf-8")

    def get(self, src_uri: str, default: str = "") -> str:
        if src_uri in self._texts:
            return self.text_of(self._texts[src_uri])
        if src_uri in self._readers:
            return self._readers[src_uri]()
        return default


def build_salt(config_items: list, theme_dir: Path | None) -> str:
    """What every page depends on: code, templates, versions and configuration."""
    digest = hashlib.sha256(code_digest().encode())
    for path in sorted(theme_dir.rglob("*") if theme_dir else ()):
        if path.is_file():
            digest.update(path.relative_to(theme_dir).as_posix().encode())
            digest.update(path.read_bytes())
    # With the libraries that make files kept under this salt (`made_once`): feeds, calendar, artwork.
    for name in ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2", "nh3", "feedgen", "lxml",
                 "icalendar", "pillow", "orjson"):  # orjson writes the Zalo packages kept with each page
        digest.update(f"{name}={version(name)}".encode())
    digest.update(_OBJECT_ADDRESS.sub(">", repr(config_items)).encode())
    return digest.hexdigest()


def linked_files(markdown: str, source: str | None, content_dir: Path, entries: dict[str, str]) -> list:
    """The targets the body links to, as they resolve now: a renamed, removed or
    changed target changes the fingerprint of every page that links to it."""
    if source is None:
        return []
    targets = {target for marker, pattern in _LINKS if marker in markdown for target in pattern.findall(markdown)}
    here = posixpath.dirname(source)
    root = str(content_dir)
    found = []
    for target in sorted(targets):
        if "://" in target or target.startswith(("#", "mailto:")):
            continue
        path = posixpath.normpath(posixpath.join(here, target.split("#", 1)[0]))
        found.append((path, entries.get(path), _size_and_time(os.path.join(root, path))))
    return found


def _size_and_time(path: str) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return (stat.st_size, stat.st_mtime_ns) if S_ISREG(stat.st_mode) else None


class PageCache:
    def __init__(self, folder: Path, salt: str):
        self.folder = folder
        self.salt = salt
        self.hits = 0
        self.misses = 0

    def fingerprint(self, *parts) -> str | None:
        """None when an input has no stable text form (it would never hit)."""
        text = repr((self.salt,) + parts)
        if " at 0x" in text and _OBJECT_ADDRESS.search(text):  # the plain search first: ~10 KB a page
            return None
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def memo_file(self, fingerprint: str | None, kind: str, make) -> str | None:
        """make()'s bytes in a file of their own (to be linked into the site), made once
        per page fingerprint; its name (a string: ~17,600 a rebuild, linked and let go),
        None without a fingerprint."""
        if fingerprint is None:
            return None
        name = self._name(fingerprint, f".{kind}")
        if not os.path.isfile(name):
            store(name, make())
        return name

    def made_once(self, kind: str, inputs: tuple, make) -> Path | None:
        """memo_file for a file of the site made from inputs alone (and this build's code and
        settings, in the salt), not from one page: kind names it ("calendar.ics")."""
        name = self.memo_file(self.fingerprint(kind, *inputs), kind, make)
        return None if name is None else Path(name)

    def memo_path(self, fingerprint: str | None, kind: str) -> str | None:
        """Where memo_file keeps that file, whether made yet or not (a string: its caller
        keeps ~8,800 of them to the end of a rebuild)."""
        return None if fingerprint is None else self._name(fingerprint, f".{kind}")

    def _path(self, fingerprint: str, suffix: str) -> Path:
        return Path(self._name(fingerprint, suffix))  # one string: see ImageCache.path_for

    def _name(self, fingerprint: str, suffix: str) -> str:
        return f"{self.folder}/{fingerprint[:2]}/{fingerprint}{suffix}"

    def find(self, fingerprint: str | None) -> CachedPage | None:
        """The page kept under fingerprint, complete, or None (`count` counts the outcome:
        a look-up may run in a forked copy of the build, whose counts would be lost)."""
        return self.find_with_derived(fingerprint, False)[0]

    def find_with_derived(self, fingerprint: str | None, with_derived: bool = True
                          ) -> tuple[CachedPage | None, dict[str, bytes]]:
        """find(), and what was derived from the page (as read_derived gives it) read
        with it: a rebuild's 10,000 look-ups opened each record twice (~0.08 s)."""
        if fingerprint is None:
            return None, {}
        try:
            page, derived = _read_record(self._name(fingerprint, ".html"), self._name(fingerprint, ".page"),
                                         with_derived)
        except (OSError, ValueError, KeyError, TypeError):
            return None, {}
        return (page, derived) if page.files_present() else (None, {})  # a cache emptied in part: render again

    def count(self, fingerprint: str | None, page: CachedPage | None) -> None:
        if fingerprint is not None:
            if page is None:
                self.misses += 1
            else:
                self.hits += 1

    def put(self, fingerprint: str | None, html: str, body: bytes, anchors, files: dict[str, str],
            derived: dict[str, bytes]) -> Path | None:
        """The page as rendered now, kept; its HTML file, or None without a fingerprint.
        body: the page's body compressed (`RenderedBodies.compressed_body`)."""
        if fingerprint is None:
            return None
        page = self._name(fingerprint, ".html")
        store(page, html.encode("utf-8", errors="xmlcharrefreplace"))  # as MkDocs writes
        # The record is written last: its presence means the entry is complete.
        store(self._name(fingerprint, ".page"), _record_bytes(body, anchors, files, derived))
        return Path(page)

    def forget(self, fingerprint: str | None) -> None:
        """The entry made incomplete (its record gone, so `find` misses); its HTML file
        stays, since the site may hold a link to it."""
        if fingerprint is not None:
            self._path(fingerprint, ".page").unlink(missing_ok=True)


REUSED_TEMPLATE = "portal/reused.html"


def render_nothing(page, config, files) -> None:
    """Page.render for a reused page: no Markdown instance, no conversion."""
    page.content = ""


class _SkippedPageFilter(logging.Filter):
    """MkDocs logs "Page skipped" for every page whose output is empty: for a reused page
    that is by design (its cached file is linked in), so the line is dropped."""

    linked: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not (message.startswith("Page skipped: '") and message.split("'")[1] in self.linked)


SKIPPED_PAGE_FILTER = _SkippedPageFilter()
logging.getLogger("mkdocs.commands.build").addFilter(SKIPPED_PAGE_FILTER)
