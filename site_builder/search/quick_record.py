"""What the quick search tier knows of one page, read from the page's own HTML: the
same part Pagefind indexes (the element marked data-pagefind-body), with the same
weights (data-pagefind-weight) and metadata (data-pagefind-meta), so the two tiers
never disagree about what a page says. The page's meta description is its excerpt."""

from __future__ import annotations

import functools
import hashlib
import html
import re
from collections import Counter
from dataclasses import dataclass
from dataclasses import field as default
from pathlib import Path

import orjson

from site_builder.search.tokens import tokens

_BODY = re.compile(r"<(\w+)\b[^>]*\bdata-pagefind-body\b[^>]*>(.*)</\1>", re.S)
_META = re.compile(r'data-pagefind-meta="(\w+):([^"]*)"')
_TITLE = re.compile(r'<(\w+)\b[^>]*data-pagefind-meta="title"[^>]*>(.*?)</\1>', re.S)
_WEIGHTED = re.compile(r'<(\w+)\b[^>]*data-pagefind-weight="(\d+)"[^>]*>(.*?)</\1>', re.S)
_DESCRIPTION = re.compile(r'<meta name="description" content="([^"]*)"')
_INVISIBLE = re.compile(r"<(script|style|template)\b.*?</\1>", re.S)
_TAG = re.compile(r"<[^>]+>")
LEAD_CHARACTERS = 240  # the excerpt a result shows


@dataclass(frozen=True)
class SearchRecord:
    url: str
    title: str
    type: str = ""
    date: str = ""  # dd/mm/yyyy, as Pagefind's metadata
    lead: str = ""
    field: str = ""  # several joined by "; "
    agency: str = ""
    terms: dict[str, int] = default(default_factory=dict)  # written token -> weighted count
    length: int = 0  # weighted token count, for length normalisation

    def to_json(self) -> bytes:
        """Two lines: the fields but the word counts, then the word counts. A rebuild reads
        ~8,800 records back and needs only the first line of most (`IndexedPage`)."""
        # Not dataclasses.asdict: it deep-copies the word counts, a third of the cost.
        fields = {name: getattr(self, name) for name in self.__dataclass_fields__ if name != "terms"}
        # The word counts in the order the page has them (`search_record`), which the same
        # page always gives: sorting ~200 words was half of the line's ~110 µs, and every
        # reader makes a dictionary of them.
        return _json_line(fields) + b"\n" + orjson.dumps(self.terms)

    @classmethod
    def from_json(cls, data: bytes) -> SearchRecord:
        fields, terms = data.split(b"\n", 1)
        return cls(**orjson.loads(fields), terms=orjson.loads(terms))

    def word_counts(self):
        return self.terms.items()


@dataclass(frozen=True)
class TermsAt:
    """Where a record's word counts are in a file of the page cache: read when needed."""
    path: str
    offset: int
    length: int

    def read(self) -> bytes:
        with open(self.path, "rb") as opened:
            opened.seek(self.offset)
            return opened.read(self.length)


@dataclass(frozen=True)
class IndexedPage:
    """A record as the build keeps it until the index is written: its word counts as the
    JSON they were read as, or where they are in the page cache, decoded only when the
    index is built from them (a rebuild that keeps the index's base part needs the newest
    pages' alone: decoding every page's took ~40 µs a page, and handing their bytes back
    from the forked look-ups ~0.1 s more)."""
    url: str
    title: str
    type: str
    date: str
    lead: str
    field: str
    agency: str
    terms: bytes | TermsAt  # the word counts' JSON line (`SearchRecord.to_json`)
    length: int
    digest: bytes = b""  # of the record's JSON: what the quick tier's base cache is keyed by

    @classmethod
    def read(cls, data: bytes, at: tuple[str, int] | None = None) -> IndexedPage:
        """From SearchRecord.to_json's bytes, the word counts left undecoded; at, (file,
        offset) where data is kept: then the word counts are left there."""
        fields, terms = data.split(b"\n", 1)
        if at is not None:
            terms = TermsAt(at[0], at[1] + len(fields) + 1, len(terms))
        return cls(**orjson.loads(fields), terms=terms, digest=hashlib.blake2b(data, digest_size=16).digest())

    def word_counts(self):
        return orjson.loads(self.terms if isinstance(self.terms, bytes) else self.terms.read()).items()


def _json_line(value) -> bytes:
    """Compact and on one line (JSON escapes every line break in a string). orjson: a
    page's word counts ~8 against json's ~50 µs written, ~15 against ~60 µs read (every
    page's in a full build's postings); its output is json's without spaces."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)


def _text(fragment: str) -> str:
    return html.unescape(_TAG.sub(" ", fragment))


def _lead(page_html: str) -> str:
    match = _DESCRIPTION.search(page_html)
    lead = " ".join(html.unescape(match.group(1)).split()) if match else ""
    if len(lead) > LEAD_CHARACTERS:
        lead = lead[:LEAD_CHARACTERS].rsplit(" ", 1)[0] + "…"
    return lead


def _indexed_body(page_html: str) -> re.Match | None:
    """_BODY.search(page_html), started where a match can start: after the last ">"
    before the attribute's first mention. No tag reaching the attribute can open before
    that ">", and the search from the top tried every "<" of the page's head and header
    (~115 of a news page's ~160 µs)."""
    mention = page_html.find("data-pagefind-body")
    if mention < 0:
        return None
    return _BODY.search(page_html, page_html.rfind(">", 0, mention) + 1)


class IndexedPart:
    """The part of a page Pagefind indexes (scripts and styles left out), read once for
    both what is made of it: the page's search record and its text (`page_texts.py`),
    which a build makes one after the other from the same HTML (finding the part and
    its text twice cost ~80 µs a page)."""

    def __init__(self, page_html: str, content: str) -> None:
        self.page_html, self.content = page_html, content

    @functools.cached_property
    def words(self) -> str:
        """The part's text, tags and entities gone (whitespace as it comes)."""
        return _text(self.content)

    def text(self) -> str:
        return " ".join(self.words.split())

    def record(self, url: str) -> SearchRecord:
        content = self.content
        meta = dict(_META.findall(content))
        title = _TITLE.search(content)
        # Every word once as the page reads, and the weighted parts' words weight - 1 times more.
        counts: Counter[str] = Counter(tokens(self.words))
        for match in _WEIGHTED.finditer(content):
            extra = int(match.group(2)) - 1
            for token in tokens(_text(match.group(3))):
                counts[token] += extra
        return SearchRecord(url=url, title=" ".join(_text(title.group(2)).split()) if title else url,
                            type=html.unescape(meta.get("type", "")), date=meta.get("date", ""),
                            lead=_lead(self.page_html), field=html.unescape(meta.get("field", "")),
                            agency=html.unescape(meta.get("agency", "")), terms=dict(counts),
                            length=sum(counts.values()))  # in reading order


@functools.lru_cache(maxsize=1)  # the page just rendered: its record, then its text
def indexed_part(page_html: str) -> IndexedPart | None:
    """None for a page without the part (a listing)."""
    body = _indexed_body(page_html)
    return None if body is None else IndexedPart(page_html, _INVISIBLE.sub(" ", body.group(2)))


def page_text(page_html: str) -> str | None:
    """The words of the part Pagefind indexes, as one line of plain text; None for a page
    without one (a listing)."""
    part = indexed_part(page_html)
    return None if part is None else part.text()


def search_record(url: str, page_html: str) -> SearchRecord | None:
    """None for pages Pagefind does not index either (listings, home, search)."""
    part = indexed_part(page_html)
    return None if part is None else part.record(url)


class SearchRecords:
    """Each entry page's record (made once per page fingerprint: the page cache keeps it
    with the page), kept by URL for the index written after the build."""

    def __init__(self) -> None:
        self.records: dict[str, IndexedPage] = {}
        self.cached_files: dict[str, Path] = {}  # URL -> the page's HTML in the page cache (linked in at the end)

    def add(self, data: bytes, html_path: Path | None = None) -> None:
        """data: encoded_record()'s; html_path: where the page is kept until it is linked
        into the site (Pagefind reads it there)."""
        self.keep(self.decode(data), html_path)

    @staticmethod
    def decode(data: bytes, at: tuple[str, int] | None = None) -> IndexedPage | None:
        """None for a page without a record (a listing); at as for IndexedPage.read."""
        if data == b"null":
            return None
        return IndexedPage.read(data, at)

    def keep(self, page: IndexedPage | None, html_path: Path | None = None) -> None:
        if page is None:
            return
        self.records[page.url] = page
        if html_path is not None:
            self.cached_files[page.url] = html_path


def encoded_record(url: str, page_html: str) -> bytes:
    record = search_record(url, page_html)
    return b"null" if record is None else record.to_json()
