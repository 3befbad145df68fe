"""The quick tier's files: exact page sets for frequent words, every page for rare
ones, pages numbered oldest first, exact filters, the same bytes every build; the
newest pages apart, so a new item leaves the base part's files alone."""

from __future__ import annotations

import base64
import json
import random

import pytest

from site_builder.search.postings import Postings
from site_builder.search.quick_index import (
    HEAD,
    RECENT_BUCKETS,
    VECTORISED_FROM,
    _norms,
    _word_entry,
    bucket_of,
    build_quick_index,
    frequent_threshold,
)
from site_builder.search.quick_record import SearchRecord
from site_builder.search.tokens import folded


def record(number: int) -> SearchRecord:
    words = {"hành": 3, "chính": 2} | ({f"mã{number}": 10} if number % 2 else {"khai": 1, "dang": 1})
    return SearchRecord(url=f"tin-tuc/{number:04d}/", title=f"Tin {number}", type="Tin tức" if number % 3 else "Văn bản",
                        date=f"{1 + number % 28:02d}/01/{2000 + number % 20}", lead="…", terms=words,
                        length=sum(words.values()))


def entry(index, word: str) -> dict:
    manifest = json.loads(index.files["manifest.json"])
    return json.loads(index.files[f"t/{bucket_of(folded(word.lstrip('~^')), manifest['buckets'])}.json"])[word]


def pages_in(bitmap: str) -> set[int]:
    bits = base64.b64decode(bitmap)
    return {i for i in range(len(bits) * 8) if bits[i >> 3] >> (i & 7) & 1}


RECORDS = [record(n) for n in range(300)]
WHOLE = 300  # one base block of all the pages


def recent_entry(index, word: str) -> list:
    return json.loads(index.files[f"r/{bucket_of(folded(word.lstrip('~^')), RECENT_BUCKETS)}.json"])[word]


def test_a_frequent_word_has_every_page_as_a_bitmap_and_its_best_pages_scored():
    index = build_quick_index(RECORDS, segment=WHOLE)
    frequent = entry(index, "hành")
    assert pages_in(frequent["b"]) == set(range(300))
    assert len(frequent["h"]) == 2 * HEAD and frequent["r"] > 0
    manifest = json.loads(index.files["manifest.json"])
    assert {"hanh", "chinh", "khai", "dang"} <= set(manifest["frequent"])
    assert frequent_threshold(300) == 100


def test_a_rare_word_lists_its_pages_and_accented_words_have_an_unaccented_entry():
    index = build_quick_index(RECORDS, segment=WHOLE)
    rare = entry(index, "mã7")
    assert len(rare["p"]) == 2  # one page, with its score
    assert pages_in(entry(index, "~hanh")["b"]) == set(range(300))  # "hành" found by "hanh"
    assert "~dang" not in json.loads(index.files[f"t/{bucket_of('dang', json.loads(index.files['manifest.json'])['buckets'])}.json"])


def test_pages_are_numbered_oldest_first():
    index = build_quick_index(RECORDS, segment=WHOLE)
    first = json.loads(index.files["d/0.json"])[0]
    assert first[3].endswith("/2000") and first[3].startswith("01/")


def test_filters_hold_every_page_of_their_value():
    index = build_quick_index(RECORDS, segment=WHOLE)
    manifest = json.loads(index.files["manifest.json"])
    options = {value: (number, count) for value, number, count, _ in manifest["filters"]["type"]}
    number, count = options["Văn bản"]
    assert count == 100 == len(pages_in(json.loads(index.files[f"loc/{number}.json"])["b"]))
    assert [value for value, *_ in manifest["filters"]["year"]][:2] == ["2019", "2018"]  # newest first


def test_the_same_pages_give_the_same_bytes_in_any_order():
    assert build_quick_index(RECORDS).files == build_quick_index(list(reversed(RECORDS))).files


def test_the_newest_pages_are_kept_apart_with_every_page_scored():
    index = build_quick_index(RECORDS, segment=128)
    manifest = json.loads(index.files["manifest.json"])
    assert (manifest["pages"], manifest["base"], manifest["recent_buckets"]) == (300, 256, RECENT_BUCKETS)
    assert pages_in(entry(index, "hành")["b"]) == set(range(256))
    recent = recent_entry(index, "hành")
    assert recent[::2] == list(range(256, 300)) and min(recent[1::2]) > 0
    assert {"hanh", "chinh"} <= set(manifest["frequent"])  # counted over both parts
    options = {value: rest for value, *rest in manifest["filters"]["type"]}
    file, count, newest = options["Văn bản"]
    assert count == 100 and len(newest) + len(pages_in(json.loads(index.files[f"loc/{file}.json"])["b"])) == 100
    assert all(doc >= 256 for doc in newest)


def test_a_new_item_rewrites_only_the_newest_part_and_the_manifest():
    before = build_quick_index(RECORDS, segment=128).files
    newest = SearchRecord(url="tin-tuc/moi/", title="Tin mới", type="Tin tức", date="01/01/2030", lead="…",
                          terms={"hành": 1, "mới": 4}, length=5)
    after = build_quick_index(RECORDS + [newest], segment=128).files
    changed = {name for name in after if before.get(name) != after[name]}
    assert changed <= {"manifest.json", "d/9.json"} | {f"r/{n}.json" for n in range(RECENT_BUCKETS)}
    assert "d/9.json" in changed and len(changed) <= 2 + RECENT_BUCKETS
    assert json.loads(after["manifest.json"])["id"] == json.loads(before["manifest.json"])["id"]


@pytest.mark.parametrize("word", ["cách", "^tiêu đề", "~cach"])
@pytest.mark.parametrize("pages_with", [VECTORISED_FROM, 150, 900, 3000])
def test_a_word_on_many_pages_is_scored_with_numpy_exactly_as_one_by_one(word, pages_with):
    """Frequent (a bitmap and the best 200) and not; ties among scores broken alike."""
    import numpy as np

    rng = random.Random(pages_with)
    pages = 4000
    lengths = [rng.randint(20, 3000) for _ in range(pages)]
    norms = _norms(lengths)
    found = Postings()
    for doc in sorted(rng.sample(range(pages), pages_with)):
        found.add(doc, rng.choice([1, 1, 2, 3, 5, 40]))  # few distinct counts: many equal scores
    frequent = frequent_threshold(pages)
    one_by_one = _word_entry(word, found, norms, pages, frequent)
    vectorised = _word_entry(word, found, norms, pages, frequent, np.array(norms))
    assert vectorised == one_by_one
    assert json.dumps(vectorised) == json.dumps(one_by_one)  # Python ints, not NumPy's
    assert ("b" in one_by_one[0]) == (pages_with >= frequent)


def test_a_score_that_rounds_to_nothing_is_one_with_numpy_too():
    import numpy as np

    pages = 4000
    lengths = [20] * pages
    for doc in range(0, 50, 10):
        lengths[doc] = 3_000_000  # pages far longer than the average: a single mention scores ~0.26
    norms = _norms(lengths)
    found = Postings()
    for doc in range(0, 3000):
        found.add(doc, 1)
    one_by_one = _word_entry("cách", found, norms, pages, 5000)  # not frequent: every score listed
    assert one_by_one[0]["p"][1] == 1
    assert _word_entry("cách", found, norms, pages, 5000, np.array(norms)) == one_by_one
