"""The quick tier's base part kept between builds: the same files as made anew, taken
from the cache while the base's pages are unchanged, patched when a few of them are
edited, made again otherwise."""

from __future__ import annotations

import dataclasses
import pickle
import random

from site_builder.search.quick_base import (
    CACHE_FILE,
    PAGES_FILE,
    STATE_FILE,
    BaseCache,
    BasePart,
)
from site_builder.search.quick_index import (
    MOST_PATCHED,
    base_part_is_light,
    build_quick_index,
)
from site_builder.search.quick_record import SearchRecord
from site_builder.search.segments import Split
from tests.search.test_quick_index import RECORDS


def test_a_cached_base_gives_the_bytes_of_a_base_made_anew(tmp_path):
    fresh = build_quick_index(RECORDS, segment=128).files
    assert build_quick_index(RECORDS, segment=128, base_cache=tmp_path).files == fresh  # made, then kept
    assert (tmp_path / CACHE_FILE).is_file()
    assert build_quick_index(RECORDS, segment=128, base_cache=tmp_path).files == fresh  # taken from the cache


def test_the_cache_is_read_while_the_base_is_unchanged(tmp_path):
    build_quick_index(RECORDS, segment=128, base_cache=tmp_path)
    key, part = pickle.loads((tmp_path / CACHE_FILE).read_bytes())
    marked = BasePart({**part.files, "t/0.json": b"{}"}, part.buckets, part.found_on)
    BaseCache(tmp_path).put(key, marked)
    assert build_quick_index(RECORDS, segment=128, base_cache=tmp_path).files["t/0.json"] == b"{}"
    newest = SearchRecord(url="tin-tuc/moi/", title="Tin mới", type="Tin tức", date="01/01/2030", lead="…",
                          terms={"mới": 1}, length=1)  # an added item leaves the base alone
    assert build_quick_index(RECORDS + [newest], segment=128, base_cache=tmp_path).files["t/0.json"] == b"{}"


def test_an_edited_base_page_makes_the_base_again(tmp_path):
    build_quick_index(RECORDS, segment=128, base_cache=tmp_path)
    edited = list(RECORDS)
    edited[0] = dataclasses.replace(edited[0], terms={**edited[0].terms, "sửa": 7})  # the oldest page
    assert build_quick_index(edited, segment=128, base_cache=tmp_path).files == \
        build_quick_index(edited, segment=128).files
    assert build_quick_index(edited, segment=128).files != build_quick_index(RECORDS, segment=128).files


def test_a_damaged_cache_file_is_made_again(tmp_path):
    (tmp_path / CACHE_FILE).write_bytes(b"not a pickle")
    assert build_quick_index(RECORDS, segment=128, base_cache=tmp_path).files == \
        build_quick_index(RECORDS, segment=128).files


def test_whether_the_base_is_light_is_known_without_loading_it(tmp_path):
    """Kept, or patched for a few edited pages: no kept page's words are decoded."""
    split = Split.of(RECORDS, 128)
    assert not base_part_is_light(split, tmp_path) and not base_part_is_light(split, None)
    build_quick_index(RECORDS, segment=128, base_cache=tmp_path)
    assert base_part_is_light(Split.of(RECORDS, 128), tmp_path)
    newest = SearchRecord(url="tin-tuc/moi/", title="Tin mới", type="Tin tức", date="01/01/2030", lead="…",
                          terms={"mới": 1}, length=1)
    assert base_part_is_light(Split.of(RECORDS + [newest], 128), tmp_path)  # an added item: the same base
    assert base_part_is_light(Split.of(with_base_pages_edited(1), 128), tmp_path)
    assert base_part_is_light(Split.of(with_base_pages_edited(MOST_PATCHED), 128), tmp_path)
    assert not base_part_is_light(Split.of(with_base_pages_edited(MOST_PATCHED + 1), 128), tmp_path)
    (tmp_path / PAGES_FILE).unlink()
    assert not base_part_is_light(Split.of(with_base_pages_edited(1), 128), tmp_path)


def with_base_pages_edited(count: int) -> list[SearchRecord]:
    """RECORDS with the oldest `count` pages given a word more (the same dates: the same places)."""
    edited = {record.url: dataclasses.replace(record, terms={**record.terms, "sửa": 7})
              for record in Split.of(RECORDS, 128).records[:count]}
    return [edited.get(record.url, record) for record in RECORDS]


def varied_records(rng: random.Random, count: int) -> list[SearchRecord]:
    return [random_record(rng, n) for n in range(count)]


def random_record(rng: random.Random, number: int) -> SearchRecord:
    """Common words on every page (frequent: bitmaps), a few of the rest (rare: page lists)."""
    rest = rng.sample(VOCABULARY, rng.randint(3, 12))
    terms = {"hành": rng.randint(1, 6), "chính": rng.randint(1, 6)} | {word: rng.randint(1, 4) for word in rest}
    return SearchRecord(url=f"tin-tuc/{number:04d}/", title=" ".join(rest[:3]), type="Tin tức",
                        date=f"{1 + number % 28:02d}/01/{2000 + number % 20}", lead="…", terms=terms,
                        length=sum(terms.values()))


VOCABULARY = ["hoà", "hòa", "cải", "cách", "thủ", "tục", "dân", "số", "đề", "án", "xã", "phường", "một", "cửa",
              "liên", "thông", "hồ", "sơ", "trực", "tuyến"] + [f"mã{n}" for n in range(40)]


def test_a_few_edited_base_pages_patch_the_base_to_the_bytes_made_anew(tmp_path):
    rng = random.Random(3)
    records = varied_records(rng, 300)
    assert build_quick_index(records, segment=128, base_cache=tmp_path).base == "made"
    ways = []
    for _ in range(40):
        ordered = Split.of(records, 128).records  # edit pages of the base (the oldest 256)
        for record in rng.sample(ordered[:256], rng.randint(1, 3)):
            edited = random_record(rng, int(record.url.split("/")[1]))
            records[records.index(record)] = edited
        index = build_quick_index(records, segment=128, base_cache=tmp_path)
        assert index.files == build_quick_index(records, segment=128).files
        ways.append(index.base)
    assert ways.count("patched") >= 20, ways  # the rest: the average length moved, made anew
    assert build_quick_index(records, segment=128, base_cache=tmp_path).base == "kept"


def test_the_base_is_made_anew_when_the_average_length_moves(tmp_path):
    records = varied_records(random.Random(5), 300)
    build_quick_index(records, segment=128, base_cache=tmp_path)
    oldest = Split.of(records, 128).records[0]
    longer = dataclasses.replace(oldest, terms={**oldest.terms, "dài": 5000}, length=oldest.length + 5000)
    records[records.index(oldest)] = longer
    index = build_quick_index(records, segment=128, base_cache=tmp_path)
    assert index.base == "made" and index.files == build_quick_index(records, segment=128).files


def test_many_edited_pages_make_the_base_anew(tmp_path):
    records = varied_records(random.Random(6), 300)
    build_quick_index(records, segment=128, base_cache=tmp_path)
    for record in Split.of(records, 128).records[:MOST_PATCHED + 1]:  # base pages
        records[records.index(record)] = dataclasses.replace(record, title=record.title + " sửa")
    index = build_quick_index(records, segment=128, base_cache=tmp_path)
    assert index.base == "made" and index.files == build_quick_index(records, segment=128).files


def test_a_damaged_state_file_makes_the_base_anew(tmp_path):
    records = varied_records(random.Random(8), 300)
    build_quick_index(records, segment=128, base_cache=tmp_path)
    (tmp_path / STATE_FILE).write_bytes(b"not a pickle")
    records[0] = dataclasses.replace(records[0], title=records[0].title + " sửa")
    index = build_quick_index(records, segment=128, base_cache=tmp_path)
    assert index.base == "made" and index.files == build_quick_index(records, segment=128).files


def counted_record(rng: random.Random, number: int) -> SearchRecord:
    """Two words on every page, one on every other (frequent, with pages beyond the best
    200 kept), a few rare ones."""
    terms = {"hành": rng.randint(1, 6), "chính": rng.randint(1, 6)}
    if number % 2 == 0:
        terms["cải"] = rng.randint(1, 6)
    terms |= {word: rng.randint(1, 4) for word in rng.sample(VOCABULARY[4:], 3)}
    return SearchRecord(url=f"tin-tuc/{number:04d}/", title="Tin số", type="Tin tức",
                        date=f"{1 + number % 28:02d}/01/{2000 + number % 20}", lead="…", terms=terms,
                        length=sum(terms.values()))


def test_an_edit_that_keeps_a_pages_words_rescores_only_that_page(tmp_path, monkeypatch):
    """Counts changed, no word added or dropped: a word's entry is updated for the edited
    pages alone, as long as none is among a frequent word's best; the bytes are those of
    a base made anew all the same."""
    from site_builder.search import quick_index

    updated = []
    real = quick_index._rescored_entry

    def spy(word, entry, *rest):
        made = real(word, entry, *rest)
        if made is not None:
            updated.append("b" if "b" in entry else "p")
        return made

    monkeypatch.setattr(quick_index, "_rescored_entry", spy)
    rng = random.Random(11)
    records = [counted_record(rng, n) for n in range(700)]
    build_quick_index(records, segment=128, base_cache=tmp_path)
    ways = []
    for _ in range(30):
        base = Split.of(records, 128).records[:640]
        for record in rng.sample(base, rng.randint(1, 3)):
            terms = {word: max(1, count + rng.choice((-1, 1))) for word, count in record.terms.items()}
            edited = dataclasses.replace(record, terms=terms, length=sum(terms.values()))
            records[records.index(record)] = edited
        index = build_quick_index(records, segment=128, base_cache=tmp_path)
        assert index.files == build_quick_index(records, segment=128).files
        ways.append(index.base)
    assert ways.count("patched") >= 20, ways
    assert updated.count("b") >= 20 and updated.count("p") >= 20, (updated.count("b"), updated.count("p"))
