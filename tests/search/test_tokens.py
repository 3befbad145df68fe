"""Words as the quick search tier splits and folds them."""

from __future__ import annotations

import random
import re
import unicodedata

from site_builder.search.tokens import (
    _MAYBE_OLD_TONE_PLACE,
    _TOKEN,
    _TONE,
    _tones_moved,
    canonical,
    folded,
    tokens,
)


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


def test_text_that_looks_clean_is_what_moving_the_tones_would_give():
    """canonical() skips decomposing text without an old tone place in sight: random
    Vietnamese-like text (tones composed and loose, q, digits, underscores) either way."""
    letters = "aăâeêioôơuưyqhkđ_1 " + "àáảãạèéẻẽẹỳýỷỹỵòóỏõọùúủũụ" + "\u0300\u0301\u0309\u0323"
    rng = random.Random(7)
    texts = ["".join(rng.choice(letters) for _ in range(24)) for _ in range(50_000)]
    texts += ["Hoà", "HOÀ BÌNH", "thuỵ", "quỷ", "hoạch", unicodedata.normalize("NFD", "khoẻ")]
    assert [canonical(t) for t in texts] == [_tones_moved(t.lower()) for t in texts]


def test_the_quick_look_for_old_tone_places_finds_what_the_plain_pattern_finds():
    """The look-behind "not after q" moved past the o or u (faster): the same places, at
    the start of a text too, for random text of o, u, q, the toned vowels and marks."""
    vowels = unicodedata.normalize("NFC", "".join(v + t for v in "ae" for t in _TONE))
    ys = unicodedata.normalize("NFC", "".join("y" + t for t in _TONE))
    plain = re.compile(f"(?<!q)(?:o[{vowels}]|u[{ys}])(?![\\w\u0300-\u036f])")
    letters = "oouuqqnhaey _." + vowels + ys + _TONE
    rng = random.Random(5)
    texts = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 12))) for _ in range(100_000)]
    texts += ["oà", "qoà", "quý", "uý", " uỵ."]
    found = 0
    for text in texts:
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in _MAYBE_OLD_TONE_PLACE.finditer(text)] == expected, repr(text)
        found += bool(expected)
    assert found > 2_000, found  # the random texts do reach old tone places


def test_a_word_at_a_time_is_the_pattern_over_the_whole_text():
    """tokens() splits at whitespace first and searches only words with something other
    than letters and digits: the same tokens as the pattern over the whole text, for
    random text of letters, marks, digits, dots, punctuation, symbols and odd spaces."""
    pieces = list("aăâđeêoôơuưyAĐƯ0129_.,;:-/()«»“”…–·%&@#") + ["\u0301", "\u0323", "\u00a0", "\u2009", "\t",
                                                                 "\n", " ", "  ", "1.001193", "٣", "²", "Ⅻ", "ǅ"]
    rng = random.Random(3)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        assert tokens(text) == _TOKEN.findall(canonical(text)), repr(text)
