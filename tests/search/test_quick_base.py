"""The quick tier's base part kept between builds: the same files as made anew, taken
from the cache while the base's pages are unchanged, made again when one changes."""

from __future__ import annotations

import dataclasses
import pickle

from site_builder.search.quick_base import CACHE_FILE, BaseCache, BasePart
from site_builder.search.quick_index import base_part_is_kept, build_quick_index
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


def test_whether_the_base_is_kept_is_known_without_loading_it(tmp_path):
    split = Split.of(RECORDS, 128)
    assert not base_part_is_kept(split, tmp_path) and not base_part_is_kept(split, None)
    build_quick_index(RECORDS, segment=128, base_cache=tmp_path)
    assert base_part_is_kept(Split.of(RECORDS, 128), tmp_path)
    newest = SearchRecord(url="tin-tuc/moi/", title="Tin mới", type="Tin tức", date="01/01/2030", lead="…",
                          terms={"mới": 1}, length=1)
    assert base_part_is_kept(Split.of(RECORDS + [newest], 128), tmp_path)  # an added item: the same base
    edited = list(RECORDS)
    edited[0] = dataclasses.replace(edited[0], terms={**edited[0].terms, "sửa": 7})
    assert not base_part_is_kept(Split.of(edited, 128), tmp_path)
