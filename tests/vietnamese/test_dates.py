import datetime as dt

from site_builder.vietnamese.dates import date_line, long_date, short_date


def test_january_and_february_are_zero_padded():
    assert long_date(2024, 1, 29) == "ngày 29 tháng 01 năm 2024"
    assert long_date(2024, 2, 5) == "ngày 05 tháng 02 năm 2024"


def test_months_from_march_are_not_padded_but_days_are():
    assert long_date(2020, 3, 5) == "ngày 05 tháng 3 năm 2020"
    assert long_date(2022, 12, 23) == "ngày 23 tháng 12 năm 2022"


def test_draft_dates_leave_missing_parts_visibly_blank():
    assert long_date(2023, 11) == "ngày … tháng 11 năm 2023"
    assert long_date(2023) == "ngày … tháng … năm 2023"


def test_date_line_with_place():
    assert date_line("Khánh Hòa", 2024, 1, 29) == "Khánh Hòa, ngày 29 tháng 01 năm 2024"


def test_short_date_as_cited():
    assert short_date(dt.date(2023, 2, 14)) == "14/02/2023"
