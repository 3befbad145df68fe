"""The parse cache's pack: the last build's entries in one file (`content/parse_pack.py`)."""

from __future__ import annotations

import pickle

from site_builder.content.parse_cache import ParseCache
from site_builder.content.parse_pack import INDEX, ParsePack


def filled_cache(tmp_path, count=4):
    cache = ParseCache(tmp_path / "cache")
    keys = [f"{i:02d}" + "ab" * 31 for i in range(count)]
    for i, key in enumerate(keys):
        cache.put(key, ("model", f"thân bài số {i}", i))
    return cache, keys


def per_file(cache, key):
    return cache.folder / key[:2] / f"{key}.pickle"


def data_files(cache):
    return sorted(path.name for path in cache.folder.glob("pack*.data"))


def test_a_packed_entry_is_read_from_the_pack_alone(tmp_path):
    cache, keys = filled_cache(tmp_path)
    assert cache.get_all(keys) == [("model", f"thân bài số {i}", i) for i in range(4)]
    cache.pack(keys)
    for key in keys:
        per_file(cache, key).unlink()  # only the pack has them now
    assert ParseCache(cache.folder).get_all(keys) == [("model", f"thân bài số {i}", i) for i in range(4)]


def test_the_pack_follows_the_entries_a_build_used(tmp_path):
    cache, keys = filled_cache(tmp_path, 6)
    cache.get_all(keys[:4])
    cache.pack(keys[:4])
    first = data_files(cache)
    cache.get_all(keys[1:5])
    cache.pack(keys[1:5])  # one dropped, one added: appended to the same data
    pack = ParsePack(cache.folder)
    assert list(pack.entries) == keys[1:5] and data_files(cache) == first
    assert [pack.get(key) for key in keys] == [None] + [("model", f"thân bài số {i}", i) for i in range(1, 5)] + [None]
    pack.close()
    cache.get_all(keys[5:])
    cache.pack(keys[5:])  # most of the data unused: written anew, the old file gone
    assert len(data_files(cache)) == 1 and data_files(cache) != first
    assert ParseCache(cache.folder).get_all(keys[5:]) == [("model", "thân bài số 5", 5)]


def test_an_entry_with_problems_is_not_packed(tmp_path):
    cache, keys = filled_cache(tmp_path)
    per_file(cache, keys[2]).unlink()  # not cached: its file had a problem
    cache.pack(keys)
    assert list(ParsePack(cache.folder).entries) == [keys[0], keys[1], keys[3]]


def test_a_damaged_pack_is_a_miss_never_another_entry(tmp_path):
    cache, keys = filled_cache(tmp_path)
    cache.pack(keys)
    pack = ParsePack(cache.folder)
    index = pickle.loads((cache.folder / INDEX).read_bytes())
    index["entries"][keys[0]], index["entries"][keys[1]] = index["entries"][keys[1]], index["entries"][keys[0]]
    index["entries"][keys[2]] = (index["entries"][keys[2]][0], 10**9)  # past the end of the data
    pack.close()
    (cache.folder / INDEX).write_bytes(pickle.dumps(index))
    for key in keys:
        per_file(cache, key).unlink()
    assert ParseCache(cache.folder).get_all(keys) == [None, None, None, ("model", "thân bài số 3", 3)]
    (cache.folder / INDEX).write_bytes(b"not an index")
    assert ParseCache(cache.folder).get_all(keys) == [None] * 4
    (cache.folder / INDEX).unlink()
    assert ParseCache(cache.folder).get_all(keys) == [None] * 4
