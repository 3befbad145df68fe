import unicodedata

from site_builder.vietnamese.text import fold, nfc, slugify


def test_fold_drops_marks_and_maps_d_stroke():
    assert fold("Đăng ký khai sinh") == "Dang ky khai sinh"
    assert fold("đất đai") == "dat dai"


def test_two_spellings_of_khanh_hoa_fold_and_compose_equal():
    assert fold("Khánh Hòa") == fold("Khánh Hoà") == "Khanh Hoa"
    assert nfc(unicodedata.normalize("NFD", "Khánh Hòa")) == "Khánh Hòa"


def test_slugify_number_symbol():
    assert slugify("Quyết định 271/QĐ-UBND") == "quyet-dinh-271-qd-ubnd"
    assert slugify("  Báo cáo — năm 2023 ") == "bao-cao-nam-2023"
