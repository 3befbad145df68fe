"""Dates the way Vietnamese official documents print them (Decree 30/2020).

Days below 10 and the months January and February are zero-padded; months
3 to 12 are not: "ngày 05 tháng 3 năm 2020", "ngày 29 tháng 01 năm 2024".
"""

from __future__ import annotations

import datetime as dt

_BLANK = "\u2026"  # an unfilled part of a draft's date line


def day_text(day: int) -> str:
    return f"{day:02d}"


def month_text(month: int) -> str:
    return f"{month:02d}" if month <= 2 else str(month)


def long_date(year: int, month: int | None = None, day: int | None = None) -> str:
    """"ngày 29 tháng 01 năm 2024"; missing parts of a draft stay visibly blank."""
    day_part = day_text(day) if day else _BLANK
    month_part = month_text(month) if month else _BLANK
    return f"ngày {day_part} tháng {month_part} năm {year}"


def short_date(value: dt.date) -> str:
    """"29/01/2024", as dates are cited inside Vietnamese documents."""
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


def date_line(place: str, year: int, month: int | None = None, day: int | None = None) -> str:
    """"Khánh Hòa, ngày 29 tháng 01 năm 2024"."""
    return f"{place}, {long_date(year, month, day)}"


WEEKDAY_NAMES = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


def broadcast_time(moment: dt.datetime) -> str:
    """"18:00 thứ Tư, ngày 25 tháng 11 năm 2026"."""
    day = moment.date()
    return f"{moment:%H:%M} {WEEKDAY_NAMES[day.weekday()]}, {long_date(day.year, day.month, day.day)}"
