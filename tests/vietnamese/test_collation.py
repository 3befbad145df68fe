from site_builder.vietnamese.collation import sort_key


def vn_sorted(words):
    return sorted(words, key=sort_key)


def test_alphabet_order_of_modified_letters():
    letters = ["đ", "d", "ê", "e", "ă", "â", "a", "ơ", "ô", "o", "ư", "u", "b", "c"]
    assert vn_sorted(letters) == ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "o", "ô", "ơ", "u", "ư"]


def test_tones_in_dictionary_order():
    # ngang, huyền, hỏi, ngã, sắc, nặng
    assert vn_sorted(["má", "mạ", "mà", "mả", "ma", "mã"]) == ["ma", "mà", "mả", "mã", "má", "mạ"]


def test_letters_decide_before_tones():
    # "bà" < "ba" would be wrong only on tones; the second letter decides first.
    assert vn_sorted(["bạc", "bà", "bác"]) == ["bà", "bác", "bạc"]
    assert vn_sorted(["Đức", "Dung", "Đăng", "Doan"]) == ["Doan", "Dung", "Đăng", "Đức"]


def test_agency_names_sort_like_a_vietnamese_reader_expects():
    names = ["Ủy ban nhân dân tỉnh", "Sở Tư pháp", "Sở Nội vụ", "Đài Phát thanh", "Báo Khánh Hòa", "Công an tỉnh"]
    assert vn_sorted(names) == [
        "Báo Khánh Hòa", "Công an tỉnh", "Đài Phát thanh", "Sở Nội vụ", "Sở Tư pháp", "Ủy ban nhân dân tỉnh",
    ]


def test_composed_and_decomposed_input_sort_together():
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "Hòa")
    assert sort_key(decomposed)[:3] == sort_key("Hòa")[:3]
