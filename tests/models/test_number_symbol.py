import pytest

from site_builder.models.number_symbol import NumberSymbolError, parse_number_symbol


@pytest.mark.parametrize(
    "text, number, style, type_code, issuer, label",
    [
        ("271/QĐ-UBND", 271, "administrative", "QĐ", "UBND", "Quyết định"),
        ("70/KH-UBND", 70, "administrative", "KH", "UBND", "Kế hoạch"),
        ("911/BC-BQL", 911, "administrative", "BC", "BQL", "Báo cáo"),
        ("12823/CTr-UBND", 12823, "administrative", "CTr", "UBND", "Chương trình"),
        ("26/CT-TTg", 26, "administrative", "CT", "TTg", "Chỉ thị"),
        ("3069/SNV-CCHC", 3069, "official_letter", None, "SNV-CCHC", "Công văn"),
        ("300/STTTT-TTBCXB", 300, "official_letter", None, "STTTT-TTBCXB", "Công văn"),
        ("63/2010/NĐ-CP", 63, "legal", "NĐ", "CP", "Nghị định"),
        ("55/2022/QH15", 55, "legal", None, "QH15", "Luật"),
        ("30-CTr/TU", 30, "party", "CTr", "TU", "Chương trình"),
        ("91-KL/TU", 91, "party", "KL", "TU", "Kết luận"),
        ("05/KH-UBND", 5, "administrative", "KH", "UBND", "Kế hoạch"),
        ("/BC-STTTT", None, "administrative", "BC", "STTTT", "Báo cáo"),
    ],
)
def test_parses_every_shape(text, number, style, type_code, issuer, label):
    parsed = parse_number_symbol(text)
    assert (parsed.number, parsed.style, parsed.type_code, parsed.issuer_code) == (number, style, type_code, issuer)
    assert parsed.type_label == label


def test_en_dash_and_decomposed_input_are_normalised():
    import unicodedata

    parsed = parse_number_symbol(unicodedata.normalize("NFD", "271/QĐ\u2013UBND"))
    assert parsed.text == "271/QĐ-UBND"


def test_key_is_number_symbol_and_year():
    assert parse_number_symbol("271/QĐ-UBND").key(2024) == (271, "QĐ-UBND", 2024)
    # legal documents carry their own year
    assert parse_number_symbol("59/2023/NĐ-CP").key(1999)[2] == 2023


@pytest.mark.parametrize(
    "text, message",
    [
        ("271QĐ-UBND", "số ký hiệu '271QĐ-UBND' sai dạng; đúng dạng là số/loại-cơ quan, ví dụ: "
                       "271/QĐ-UBND, 3069/SNV-CCHC, 63/2010/NĐ-CP, 30-CTr/TU (malformed number-symbol)"),
        ("5/KH-UBND", "số nhỏ hơn 10 phải viết hai chữ số, ví dụ '05' (numbers below 10 are zero-padded)"),
        ("0271/QĐ-UBND", "số văn bản không có số 0 ở đầu (no leading zeros)"),
        ("271/QĐ", "số ký hiệu '271/QĐ' thiếu cơ quan ban hành sau loại văn bản, ví dụ 271/QĐ-UBND (missing issuer)"),
        ("271/Qđ-UBND", "viết tắt loại văn bản 'Qđ' sai chữ hoa/thường; đúng là 'QĐ' (wrong case)"),
        ("271 /QĐ-UBND", "số ký hiệu '271 /QĐ-UBND' không được có khoảng trắng (no spaces); ví dụ: "
                         "271/QĐ-UBND, 3069/SNV-CCHC, 63/2010/NĐ-CP, 30-CTr/TU"),
        ("63/2010/XX-CP", "'XX' không phải loại văn bản quy phạm pháp luật (CT, L, NQ, NQLT, NĐ, PL, QĐ, TT, TTLT) "
                          "(unknown legal document type)"),
    ],
)
def test_malformed_number_symbols_say_what_is_wrong(text, message):
    with pytest.raises(NumberSymbolError) as caught:
        parse_number_symbol(text)
    assert str(caught.value) == message
