"""The quick search tier, for the queries Pagefind is slow on.

Measured at 10,000 pages: a query of words found on most pages ("cải cách hành
chính", "thủ tục hành chính") makes Pagefind fetch 1.7 MB of postings (every position
of every word on ~8,000 pages) and score every matching page in WebAssembly: 3-8 s
in Chromium, 2-6 s even with the index already loaded. This tier answers any query
with a frequent word from a few small files instead:

- words are bucketed by their unaccented form (`t/<bucket>.json`), so one fetch per
  query word brings its accented, unaccented and OCR spellings, and the pages with it
  in their title (BM25 alone barely tells pages apart on words every page repeats);
- a frequent word stores the set of pages it is on as a bitmap (exact AND of words,
  1.25 KB per 10,000 pages) and only its best pages' scores (impact-ordered, BM25);
  other pages count with the word's typical score. A rare word stores every page;
- pages are numbered oldest first and equal scores show the higher number (the newer
  page), so the cards of the first results sit in the last few page files
  (`d/<n>.json`, 32 per file), and a new item leaves the others' numbers alone;
- each filter value (type, year, field, agency) is a bitmap too (`loc/<n>.json`):
  a filtered search is exact over every match, not over the first results.

Every file is JSON, written the same bytes for the same pages."""

from __future__ import annotations

import base64
import heapq
import json
import math
import zlib
from array import array
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from site_builder.search.quick_record import SearchRecord
from site_builder.search.tokens import folded, tokens
from site_builder.vietnamese.collation import sort_key

FOLDER = "tim-kiem-nhanh"
FORMAT_VERSION = 1
DOCS_PER_FILE = 32
HEAD = 200  # best pages kept with their own score, per frequent word
WORDS_PER_BUCKET = 24
K1, B = 1.2, 0.75  # BM25
FILTERS = ("type", "year", "field", "agency")


def frequent_threshold(pages: int) -> int:
    """Pages a word must be on to be answered here rather than by Pagefind."""
    return max(100, pages // 20)


def bucket_of(word: str, buckets: int) -> int:
    """FNV-1a of the UTF-8 bytes; search.js computes the same."""
    value = 0x811C9DC5
    for byte in word.encode("utf-8"):
        value = ((value ^ byte) * 0x01000193) & 0xFFFFFFFF
    return value & (buckets - 1)


@dataclass(frozen=True)
class QuickIndex:
    files: dict[str, bytes]  # path under FOLDER -> content


def _date_key(record: SearchRecord) -> str:
    day, month, year = (record.date.split("/") + ["", "", ""])[:3]
    return f"{year}{month}{day}"


def _order(records: list[SearchRecord]) -> list[SearchRecord]:
    """Oldest first, so a new item takes the next number and the others keep theirs."""
    return sorted(records, key=lambda r: (_date_key(r), r.url))


def _bitmap(ids, pages: int) -> str:
    bits = bytearray((pages + 7) // 8)
    for doc in ids:
        bits[doc >> 3] |= 1 << (doc & 7)
    return base64.b64encode(bytes(bits)).decode("ascii")


class _Postings:
    """One word's pages and weighted counts, in page order, as machine arrays: at 10,000
    pages there are about three million (word, page) pairs."""

    __slots__ = ("docs", "counts")

    def __init__(self) -> None:
        self.docs = array("I")
        self.counts = array("I")

    def add(self, doc: int, count: int) -> None:
        if self.docs and self.docs[-1] == doc:  # "hòa" and "hoà" in one page, both folded to "hoa"
            self.counts[-1] += count
        else:
            self.docs.append(doc)
            self.counts.append(count)


def _postings(records: list) -> dict[str, _Postings]:
    """written word -> its pages; plus "~" + unaccented form for accented words, and
    "^" + written word for the pages with the word in their title."""
    postings: dict[str, _Postings] = defaultdict(_Postings)
    for doc, record in enumerate(records):
        for word in dict.fromkeys(tokens(record.title)):
            postings["^" + word].add(doc, 1)
        for word, count in record.word_counts():
            postings[word].add(doc, count)
            plain = folded(word)
            if plain != word:
                postings["~" + plain].add(doc, count)
    return postings


def _scores(postings: _Postings, norms: list[float]) -> list[int]:
    """BM25 per page, times 100, at least 1. norms: K1 * (1 - B + B * length / average)."""
    # Not BM25's own idf, which is ~0 for a word on every page: a query of such words
    # ("cải cách hành chính") must still rank by how much each page says them.
    scale = 100 * math.log(1 + len(norms) / len(postings.docs)) * (K1 + 1)
    return [max(1, round(scale * count / (count + norms[doc]))) for doc, count in zip(postings.docs, postings.counts)]


def _entry(docs: array, scores, pages: int, frequent: int) -> dict:
    if len(docs) < frequent:
        return {"p": [value for pair in zip(docs, scores) for value in pair]}
    best = heapq.nlargest(HEAD, zip(scores, docs))  # higher score, then the newer page
    rest = len(docs) - len(best)
    rest_total = sum(scores) - sum(score for score, _ in best)
    return {"b": _bitmap(docs, pages), "h": [value for score, doc in best for value in (doc, score)],
            "r": round(rest_total / rest) if rest else 1}


def _bucket_count(words: int) -> int:
    buckets = 16
    while buckets * WORDS_PER_BUCKET < words:
        buckets *= 2
    return buckets


def _filter_values(record: SearchRecord, name: str) -> list[str]:
    if name == "year":
        return [record.date[-4:]] if len(record.date) >= 4 else []
    return [value for value in getattr(record, name).split("; ") if value]


def _filters(records: list[SearchRecord], files: dict[str, bytes]) -> dict[str, list]:
    options: dict[str, list] = {}
    number = 0
    for name in FILTERS:
        members: dict[str, list[int]] = defaultdict(list)
        for doc, record in enumerate(records):
            for value in _filter_values(record, name):
                members[value].append(doc)
        ordered = sorted(members, reverse=True) if name == "year" else sorted(members, key=sort_key)
        options[name] = []
        for value in ordered:
            files[f"loc/{number}.json"] = _json({"b": _bitmap(members[value], len(records))})
            options[name].append([value, number, len(members[value])])
            number += 1
    return options


def _json(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


def build_quick_index(records: list[SearchRecord], answers_all: bool = False) -> QuickIndex:
    """answers_all: no Pagefind in this build, the search page sends every query here."""
    records = _order(records)
    pages = len(records)
    lengths = [max(1, record.length) for record in records]
    average = sum(lengths) / pages if pages else 1.0
    norms = [K1 * (1 - B + B * length / average) for length in lengths]
    frequent = frequent_threshold(pages)
    files: dict[str, bytes] = {}
    postings = _postings(records)
    buckets = _bucket_count(len({word.lstrip("~^") for word in postings}))
    grouped: dict[int, dict[str, dict]] = defaultdict(dict)
    frequent_words: set[str] = set()
    for word, found in postings.items():
        plain = folded(word.lstrip("~^"))
        scores = found.counts if word.startswith("^") else _scores(found, norms)
        entry = _entry(found.docs, scores, pages, frequent)
        grouped[bucket_of(plain, buckets)][word] = entry
        if "b" in entry and not word.startswith("^"):
            frequent_words.add(plain)
    for bucket in range(buckets):
        files[f"t/{bucket}.json"] = _json(grouped.get(bucket, {}))
    for start in range(0, pages, DOCS_PER_FILE):
        files[f"d/{start // DOCS_PER_FILE}.json"] = _json([
            [r.url, r.title, r.type, r.date, r.lead, r.field, r.agency] for r in records[start:start + DOCS_PER_FILE]])
    manifest = {"version": FORMAT_VERSION, "pages": pages, "buckets": buckets, "docs_per_file": DOCS_PER_FILE,
                "frequent": sorted(frequent_words), "filters": _filters(records, files), "answers_all": answers_all}
    manifest["id"] = format(zlib.crc32(b"".join(files[name] for name in sorted(files))), "08x")
    files["manifest.json"] = _json(manifest)
    return QuickIndex(files)


def write_quick_index(index: QuickIndex, site_dir: Path) -> None:
    for name, data in index.files.items():
        path = site_dir / FOLDER / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
