from site_builder.vietnamese.numbers import format_money, format_number


def test_thousands_use_dots():
    assert format_number(20000) == "20.000"
    assert format_number(1250000) == "1.250.000"
    assert format_number(48) == "48"


def test_decimals_use_comma():
    assert format_number(106.5) == "106,5"
    assert format_number(12.0) == "12"


def test_money_in_dong():
    assert format_money(20000) == "20.000 đồng"
