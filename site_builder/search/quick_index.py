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
  a filtered search is exact over every match, not over the first results;
- the newest pages (fewer than one block, `segments.py`) are kept apart: their words
  in a few files of their own (`r/<bucket>.json`, every page with its score, counted
  against the whole site), their filter values in the manifest. Adding an item
  rewrites those, its card file and the manifest; the rest keeps its bytes. Pagefind
  does not index them: queries it answers take the newest pages' matches from here.
- an edited older page changes only its own words' entries (scores are against the
  base's average length to the whole word, which an edit seldom moves), so a rebuild
  patches the kept base part (`_cached_base_part`) and a deploy copies those words'
  files, not every one.

Every file is JSON, written the same bytes for the same pages."""

from __future__ import annotations

import base64
import heapq
import json
import math
import zlib
from array import array
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from site_builder.output.shared_files import SharedFiles
from site_builder.search.postings import FlatPostings, Postings, postings_of
from site_builder.search.quick_base import (
    BaseCache,
    BasePart,
    BaseState,
    key_of,
    record_digest,
)
from site_builder.search.quick_record import SearchRecord
from site_builder.search.segments import SEGMENT, Split
from site_builder.search.tokens import folded
from site_builder.vietnamese.collation import sort_key

FOLDER = "tim-kiem-nhanh"
FORMAT_VERSION = 3  # 3: scored against the average length to the whole word
DOCS_PER_FILE = 32
HEAD = 200  # best pages kept with their own score, per frequent word
WORDS_PER_BUCKET = 24
# The newest pages' word files. A new page's words fall in all of them, so a new item
# changes this many; a query word fetches one (~10 KB gzip at 100 pages; 4 were ~18 KB).
RECENT_BUCKETS = 8
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
    base: str = "made"  # how the base part came: "kept", "patched" or "made" (`_cached_base_part`)


def _bitmap(ids, pages: int) -> str:
    bits = bytearray((pages + 7) // 8)
    for doc in ids:
        bits[doc >> 3] |= 1 << (doc & 7)
    return base64.b64encode(bytes(bits)).decode("ascii")


def _lengths(records: list) -> list[int]:
    return [max(1, record.length) for record in records]


def _average(lengths: list[int]) -> int:
    """The pages' average length to the whole word (half up): an edit seldom moves it, so
    an edited page changes only its own words' scores (`_patched_files`)."""
    return max(1, (2 * sum(lengths) + len(lengths)) // (2 * len(lengths))) if lengths else 1


def _norms(lengths: list[int]) -> list[float]:
    """K1 * (1 - B + B * length / average), per page."""
    average = _average(lengths)
    return [_norm(length, average) for length in lengths]


def _norm(length: int, average: int) -> float:
    return K1 * (1 - B + B * length / average)


def _scale(pages: int, found_on: int) -> float:
    # Not BM25's own idf, which is ~0 for a word on every page: a query of such words
    # ("cải cách hành chính") must still rank by how much each page says them.
    return 100 * math.log(1 + pages / found_on) * (K1 + 1)


def _scores(postings: Postings, norms: list[float], pages: int, found_on: int) -> list[int]:
    """BM25 per page, times 100, at least 1."""
    scale = _scale(pages, found_on)
    # round(x) or 1 is max(1, round(x)) for x >= 0, without a call per page
    return [round(scale * count / (count + norms[doc])) or 1 for doc, count in zip(postings.docs, postings.counts)]


def _entry(docs: array, scores, pages: int, frequent: int) -> tuple[dict, int]:
    """The word's entry, and its scores' sum (`BasePart.totals`)."""
    total = sum(scores)
    if len(docs) < frequent:
        return {"p": [value for pair in zip(docs, scores) for value in pair]}, total
    best = heapq.nlargest(HEAD, zip(scores, docs))  # higher score, then the newer page
    return _frequent_entry(_bitmap(docs, pages), best, len(docs), total), total


def _frequent_entry(bitmap: str, best: list[tuple[int, int]], pages_with: int, total: int) -> dict:
    rest = pages_with - len(best)
    rest_total = total - sum(score for score, _ in best)
    return {"b": bitmap, "h": [value for score, doc in best for value in (doc, score)],
            "r": round(rest_total / rest) if rest else 1}


def _bucket_count(words: int) -> int:
    buckets = 16
    while buckets * WORDS_PER_BUCKET < words:
        buckets *= 2
    return buckets


def _plain(word: str) -> str:
    return folded(word.lstrip("~^"))


def _word_entry(word: str, found: Postings, norms: list[float], pages: int, frequent: int,
                vector_norms=None) -> tuple[dict, int]:
    """vector_norms: norms as a NumPy array, for a word on VECTORISED_FROM pages or more."""
    if vector_norms is not None and len(found.docs) >= VECTORISED_FROM:
        return _vector_entry(word, found, vector_norms, pages, frequent)
    scores = found.counts if word.startswith("^") else _scores(found, norms, pages, len(found.docs))
    return _entry(found.docs, scores, pages, frequent)


# A word on this many pages or more is scored with NumPy: the same doubles, rounded the
# same (half to even), and ties among the best broken the same (the newer page first);
# below it, NumPy's per-call cost is more than the loop it saves.
VECTORISED_FROM = 64


def _vector_entry(word: str, found: Postings, norms, pages: int, frequent: int) -> tuple[dict, int]:
    """`_entry` of `_scores`, with NumPy: the base part of a 10,000-page build scored its
    frequent words' ~2 million (page, count) pairs one by one (~1.5 s)."""
    import numpy as np

    docs = np.frombuffer(found.docs, dtype=np.uint32)
    counts = np.frombuffer(found.counts, dtype=np.uint32)
    if word.startswith("^"):
        scores = counts.astype(np.int64)
    else:
        weighted = counts.astype(np.float64)
        scores = np.rint(_scale(pages, len(docs)) * weighted / (weighted + norms[docs])).astype(np.int64)
        scores[scores == 0] = 1
    total = int(scores.sum())
    if len(docs) < frequent:
        return {"p": np.column_stack((docs.astype(np.int64), scores)).ravel().tolist()}, total
    best = np.lexsort((docs, scores))[::-1][:HEAD]  # higher score, then the newer page
    bits = np.zeros(pages, dtype=bool)
    bits[docs] = True
    bitmap = base64.b64encode(np.packbits(bits, bitorder="little").tobytes()).decode("ascii")
    return _frequent_entry(bitmap, list(zip(scores[best].tolist(), docs[best].tolist())), len(docs), total), total


def _rescored_entry(word: str, entry: dict, total: int | None, old: Postings, found: Postings, edited: list[int],
                    norms: list[float], old_norms: dict[int, float], pages: int) -> tuple[dict, int | None] | None:
    """The word's entry (and total) with only the edited pages' scores made again, as
    `_word_entry` would give it; None when more changed: the word's pages (every score's
    scale is in their number) or an edited page among a frequent word's best (the next
    best is not kept). Scoring a frequent word's every page took most of a patch."""
    if old.docs != found.docs:
        return None
    places = [(doc, bisect_left(found.docs, doc)) for doc in edited]
    places = [(doc, at) for doc, at in places if at < len(found.docs) and found.docs[at] == doc]
    scale = _scale(pages, len(found.docs))

    def score(count: int, norm: float) -> int:  # `_scores`' formula, which stays inline there: no call per page
        return count if word.startswith("^") else round(scale * count / (count + norm)) or 1

    new = {doc: score(found.counts[at], norms[doc]) for doc, at in places}
    if "p" in entry:
        listed = list(entry["p"])
        for doc, at in places:
            listed[2 * at + 1] = new[doc]
        return {"p": listed}, None
    head = entry["h"]
    if total is None or not set(head[0::2]).isdisjoint(new):
        return None
    change = sum(new.values()) - sum(score(old.counts[at], old_norms[doc]) for doc, at in places)
    best = heapq.nlargest(HEAD, [*zip(head[1::2], head[0::2]), *((score, doc) for doc, score in new.items())])
    return _frequent_entry(entry["b"], best, len(found.docs), total + change), total + change


def _as_vector(norms: list[float]):
    import numpy as np  # here: only a base part made anew needs it (~0.1 s to import)

    return np.array(norms, dtype=np.float64)


def _base_files(postings: dict[str, Postings], lengths: list[int]) -> BasePart:
    """The base part's word files, scored within the base alone (so they keep their
    bytes while newer pages come and go), and the pages each word is on."""
    pages = len(lengths)
    if not pages:
        return BasePart({}, 0, {})
    norms = _norms(lengths)
    vector_norms = _as_vector(norms)
    frequent = frequent_threshold(pages)
    buckets = _bucket_count(len({_plain(word) for word in postings}))
    words_of: dict[int, list[str]] = defaultdict(list)
    for word in postings:
        words_of[bucket_of(_plain(word), buckets)].append(word)
    files, totals = {}, {}
    for bucket in range(buckets):
        # One bucket's entries at a time, not all of them as lists of Python ints: the base
        # part at 10,000 pages peaks 11 MB lower (+53 -> +42 MB); its JSON is 7 MB.
        entries = {}
        for word in words_of.get(bucket, ()):
            entries[word], total = _word_entry(word, postings[word], norms, pages, frequent, vector_norms)
            if "b" in entries[word]:
                totals[word] = total
        files[f"t/{bucket}.json"] = _json(entries)
    return BasePart(files, buckets, {word: len(found.docs) for word, found in postings.items()}, totals)


def _patched_files(part: BasePart, postings: FlatPostings, edited: list[int], lengths: list[int],
                   old_lengths: list[int]) -> BasePart | None:
    """part with the words of the edited pages (`postings.replaced`, as they are now) made
    again: the bytes `_base_files` gives for the pages' postings, or None when more than
    those changed (the average length, which every score depends on, or the number of
    buckets, which places every word), or part is an older build's (no totals)."""
    if _average(lengths) != _average(old_lengths) or part.totals is None:
        return None
    changed = postings.replaced
    buckets = _bucket_count(len({_plain(word) for word in postings.words}))
    if buckets != part.buckets:
        return None
    pages, norms = len(lengths), _norms(lengths)
    old_norms = {doc: _norm(old_lengths[doc], _average(old_lengths)) for doc in edited}
    frequent = frequent_threshold(pages)
    files, found_on, totals = dict(part.files), dict(part.found_on), dict(part.totals)
    words_of: dict[int, list[str]] = defaultdict(list)
    for word in changed:
        words_of[bucket_of(_plain(word), buckets)].append(word)
    for bucket, bucket_words in words_of.items():
        name = f"t/{bucket}.json"
        entries = json.loads(files[name])  # the same entries, so the same bytes once written again
        for word in bucket_words:
            found = changed[word]
            if found is None:
                del entries[word], found_on[word]
                totals.pop(word, None)
                continue
            old = postings.kept(word) if word in entries else None
            made = None if old is None else _rescored_entry(word, entries[word], totals.get(word), old, found,
                                                            edited, norms, old_norms, pages)
            entries[word], total = made or _word_entry(word, found, norms, pages, frequent)
            found_on[word] = len(found.docs)
            if "b" in entries[word]:
                totals[word] = total
            else:
                totals.pop(word, None)
        files[name] = _json(entries)
    return BasePart(files, buckets, found_on, totals)


MOST_PATCHED = 32  # edited base pages a build patches the base part for; more: made anew


def _edited(before: list[bytes] | None, digests: list[bytes]) -> list[int] | None:
    """The base pages edited since the build whose page digests were `before`, if few
    enough to patch; None otherwise."""
    if before is None or len(before) != len(digests):
        return None
    edited = [doc for doc, (old, new) in enumerate(zip(before, digests)) if old != new]
    return edited if len(edited) <= MOST_PATCHED else None


def _cached_base_part(records: list, cache: BaseCache) -> tuple[BasePart, str]:
    """The base part, and how it came: "kept" (from the last build), "patched" (the last
    build's, for a few edited pages) or "made"."""
    digests = [record_digest(record) for record in records]
    key = key_of(digests, FORMAT_VERSION)
    last = cache.last()
    if last is not None and last[0] == key:
        return last[1], "kept"
    state = cache.state(last[0]) if last is not None else None
    edited, lengths = _edited(state.digests if state is not None else None, digests), _lengths(records)
    part = None
    if edited is not None:
        postings = state.postings.with_pages({doc: records[doc] for doc in edited})
        part = _patched_files(last[1], postings, edited, lengths, state.lengths)
    else:
        postings = postings_of(records)
    how = "patched" if part is not None else "made"
    if part is None:
        part = _base_files(postings.postings() if isinstance(postings, FlatPostings) else postings, lengths)
    cache.put(key, part, BaseState(key, digests, lengths, postings))
    return part, how


def base_part_is_light(split: Split, base_cache: Path | None) -> bool:
    """Whether quick_index_of(split) would take the base part from base_cache, or patch it
    there for a few edited pages: then it holds little memory (it decodes no kept page's
    words), and may run beside other work (`SearchIndexes.write_quick_tier`)."""
    cache = BaseCache(base_cache)
    digests = [record_digest(record) for record in split.records[:split.base]]
    return cache.holds(key_of(digests, FORMAT_VERSION)) or _edited(cache.pages(), digests) is not None


def _write_recent(records: list, base: int, postings: dict[str, Postings], base_found_on: dict[str, int],
                  files: dict[str, bytes]) -> int:
    """The newest pages' word files: every page with its score, scored against the whole
    site (its page count, its average length, the word's pages in both parts)."""
    if len(records) == base:
        return 0
    norms = _norms(_lengths(records))
    grouped: dict[int, dict[str, list]] = defaultdict(dict)
    for word, found in postings.items():
        found_on = len(found.docs) + base_found_on.get(word, 0)
        scores = found.counts if word.startswith("^") else _scores(found, norms, len(records), found_on)
        grouped[bucket_of(_plain(word), RECENT_BUCKETS)][word] = [v for pair in zip(found.docs, scores) for v in pair]
    for bucket in range(RECENT_BUCKETS):
        files[f"r/{bucket}.json"] = _json(grouped.get(bucket, {}))
    return RECENT_BUCKETS


def _frequent_words(pages: int, *parts: dict[str, int]) -> list[str]:
    """Unaccented forms of the words on many pages of the whole site: the search page's routing.
    parts: word -> pages with it, per part."""
    found_on: dict[str, int] = defaultdict(int)
    for part in parts:
        for word, count in part.items():
            if not word.startswith("^"):
                found_on[word] += count
    threshold = frequent_threshold(pages)
    return sorted({_plain(word) for word, count in found_on.items() if count >= threshold})


def _filter_values(record: SearchRecord, name: str) -> list[str]:
    if name == "year":
        return [record.date[-4:]] if len(record.date) >= 4 else []
    return [value for value in getattr(record, name).split("; ") if value]


def _filters(records: list[SearchRecord], base: int, files: dict[str, bytes]) -> dict[str, list]:
    """name -> [value, base bitmap file (-1: none), pages in all, newest pages with it]."""
    options: dict[str, list] = {}
    number = 0  # counts values found in the base only: new values leave the base files alone
    for name in FILTERS:
        members: dict[str, list[int]] = defaultdict(list)
        for doc, record in enumerate(records):
            for value in _filter_values(record, name):
                members[value].append(doc)
        ordered = sorted(members, reverse=True) if name == "year" else sorted(members, key=sort_key)
        options[name] = []
        for value in ordered:
            old = [doc for doc in members[value] if doc < base]
            new = [doc for doc in members[value] if doc >= base]
            file = -1
            if old:
                file, number = number, number + 1
                files[f"loc/{file}.json"] = _json({"b": _bitmap(old, base)})
            options[name].append([value, file, len(members[value]), new])
    return options


def _json(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


def _checksum(files: dict[str, bytes], names) -> str:
    return format(zlib.crc32(b"".join(files[name] for name in sorted(names))), "08x")


def build_quick_index(records: list[SearchRecord], answers_all: bool = False, segment: int = SEGMENT,
                      pagefind: tuple[str, ...] = (), base_cache: Path | None = None) -> QuickIndex:
    return quick_index_of(Split.of(records, segment), answers_all, pagefind, base_cache)


def quick_index_of(split: Split, answers_all: bool = False, pagefind: tuple[str, ...] = (),
                   base_cache: Path | None = None) -> QuickIndex:
    """The index of split's records (a build splits them once for both search tiers).
    answers_all: no Pagefind in this build, the search page sends every query here.
    pagefind: the Pagefind bundles of this build; the pages after those Pagefind indexes
    (`pagefind_pages` in the manifest) are answered from here on Pagefind's queries too.
    base_cache: a folder keeping the base part for the next build (`quick_base.py`)."""
    records, base = split.records, split.base
    base_part, base_made = _cached_base_part(records[:base], BaseCache(base_cache))
    recent_postings = postings_of(records[base:], first=base)
    files: dict[str, bytes] = dict(base_part.files)
    buckets = base_part.buckets
    recent_found_on = {word: len(found.docs) for word, found in recent_postings.items()}
    recent_buckets = _write_recent(records, base, recent_postings, base_part.found_on, files)
    for start in range(0, len(records), DOCS_PER_FILE):
        files[f"d/{start // DOCS_PER_FILE}.json"] = _json([
            [r.url, r.title, r.type, r.date, r.lead, r.field, r.agency] for r in records[start:start + DOCS_PER_FILE]])
    filters = _filters(records, base, files)
    newest = {name for name in files if name.startswith("r/") or
              (name.startswith("d/") and int(name[2:-5]) * DOCS_PER_FILE >= base)}
    manifest = {"version": FORMAT_VERSION, "pages": len(records), "base": base, "buckets": buckets,
                "recent_buckets": recent_buckets, "docs_per_file": DOCS_PER_FILE,
                "frequent": _frequent_words(len(records), base_part.found_on, recent_found_on), "filters": filters,
                "answers_all": answers_all, "pagefind": list(pagefind),
                "pagefind_pages": split.pagefind_pages if pagefind else 0,
                "id": _checksum(files, set(files) - newest), "recent_id": _checksum(files, newest)}
    files["manifest.json"] = _json(manifest)
    return QuickIndex(files, base_made)


def write_quick_index(index: QuickIndex, site_dir: Path, kept_in: Path | None = None) -> None:
    """The index's files in the site; with kept_in, linked from that folder of the cache,
    which keeps the files of the last build (`output/shared_files.py`)."""
    if kept_in is not None:
        shared = SharedFiles(kept_in)
        for name, data in index.files.items():
            shared.place(data, f"{site_dir}/{FOLDER}/{name}")
        shared.prune()
        return
    for name, data in index.files.items():
        path = site_dir / FOLDER / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
