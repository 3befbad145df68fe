"""Image cache keys kept between builds (`images/cache.py`)."""

from __future__ import annotations

import hashlib
import json
import pickle

import pytest

from site_builder.images import cache
from site_builder.images.cache import cache_key, load_keys, save_keys


@pytest.fixture
def keys_file(tmp_path):
    yield tmp_path / "image-keys.pickle"
    load_keys(tmp_path / "none.pickle")  # the next test starts with no kept keys
    load_keys(tmp_path / "none.pickle")


def computed(kind, inputs):
    text = json.dumps({"kind": kind, "v": cache.RENDERER_VERSION, **inputs}, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_a_key_is_its_inputs_digest_kept_for_the_next_build(keys_file):
    load_keys(keys_file)
    inputs = {"title": "Đăng ký khai sinh", "label": "Tin tức · 29/01/2024", "site": "Cổng"}
    key = cache_key("card", inputs)
    assert key == computed("card", inputs)
    assert cache_key("thumb", {"source": "ab", "size": (500, 320)}) == computed("thumb", {"source": "ab", "size": [500, 320]})
    save_keys(keys_file)
    stored = pickle.loads(keys_file.read_bytes())
    assert stored["version"] == cache.RENDERER_VERSION and stored["values"][("card", *inputs.items())] == key
    load_keys(keys_file.with_name("missing.pickle"))
    load_keys(keys_file.with_name("missing.pickle"))
    load_keys(keys_file)  # a new process: the file alone
    assert cache_key("card", inputs) == key and cache._KEYS.made == 0  # found, not computed
    before = keys_file.stat().st_mtime_ns
    cache_key("thumb", {"source": "ab", "size": (500, 320)})
    save_keys(keys_file)
    assert keys_file.stat().st_mtime_ns == before  # the same keys: not written again


def test_keys_of_another_renderer_version_or_a_damaged_file_are_not_used(keys_file, monkeypatch):
    inputs = {"url": "https://cchc.example.vn/thu-tuc/1/"}
    keys_file.write_bytes(pickle.dumps({"version": cache.RENDERER_VERSION, "values": {("qr", *inputs.items()): "sai"}}))
    load_keys(keys_file)
    assert cache_key("qr", inputs) == "sai"  # (what a kept key is trusted to be)
    monkeypatch.setattr(cache, "RENDERER_VERSION", "another")
    load_keys(keys_file.with_name("missing.pickle"))
    load_keys(keys_file)
    assert cache_key("qr", inputs) == computed("qr", inputs)
    keys_file.write_bytes(b"not a pickle")
    load_keys(keys_file.with_name("missing.pickle"))
    load_keys(keys_file)
    assert cache_key("qr", inputs) == computed("qr", inputs)
