"""Words as the quick search tier splits and folds them."""

from __future__ import annotations

import unicodedata

from site_builder.search.tokens import folded, tokens


def test_number_symbols_split_and_procedure_codes_stay_whole():
    assert tokens("Quyết định 271/QĐ-UBND, mã 1.001193") == ["quyết", "định", "271", "qđ", "ubnd", "mã", "1.001193"]


def test_old_and_new_tone_places_are_one_word():
    assert tokens("Khánh Hoà") == tokens("Khánh Hòa") == ["khánh", "hòa"]
    assert tokens("thuỷ lợi, hoà giải, khoẻ") == ["thủy", "lợi", "hòa", "giải", "khỏe"]
    assert tokens("quý") == ["quý"]  # the u of qu carries no tone
    assert tokens("đoàn hoàn") == ["đoàn", "hoàn"]  # a final consonant: the tone stays


def test_decomposed_input_is_the_same_word():
    assert tokens(unicodedata.normalize("NFD", "Đăng ký khai sinh")) == ["đăng", "ký", "khai", "sinh"]


def test_folding_drops_marks_and_maps_stroke_d():
    assert [folded(t) for t in tokens("Đăng ký đất đai")] == ["dang", "ky", "dat", "dai"]
