import datetime as dt

from icalendar import Calendar

from site_builder.models.radio import Episode
from site_builder.radio.calendar import build_calendar
from tests.radio.test_schedule import programme


def episodes():
    data = [{"guid": "urn:uuid:1", "number": 1, "air_date": "2024-01-03", "topic": "Số đầu", "summary": "Tóm tắt"},
            {"guid": "urn:uuid:2", "number": 2, "air_date": "2024-01-10", "topic": "Số hai", "summary": "Tóm tắt"}]
    return [(Episode.model_validate(d), f"https://cchc.example.gov.vn/phat-thanh/2024-so-0{d['number']}/")
            for d in data]


def test_the_ics_parses_back_with_two_weekly_events_and_one_per_episode():
    raw = build_calendar(programme(), episodes(), "https://cchc.example.gov.vn/", "Đài PTTH Khánh Hòa")
    calendar = Calendar.from_ical(raw)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Ho_Chi_Minh"]
    events = calendar.walk("VEVENT")
    weekly = [e for e in events if "RRULE" in e]
    assert [str(e["UID"]) for e in weekly] == ["par-today-phat-song@cchc.example.gov.vn",
                                              "par-today-phat-lai@cchc.example.gov.vn"]
    premiere, rerun = weekly
    assert premiere["RRULE"]["BYDAY"] == ["WE"] and rerun["RRULE"]["BYDAY"] == ["TH"]
    assert premiere.decoded("DTSTART") == dt.datetime(2024, 1, 3, 18, 0, tzinfo=premiere.decoded("DTSTART").tzinfo)
    assert str(premiere.decoded("DTSTART").tzinfo) == "Asia/Ho_Chi_Minh"
    assert premiere.decoded("DTSTART").utcoffset() == dt.timedelta(hours=7)
    assert rerun.decoded("DTSTART").strftime("%Y-%m-%d %H:%M") == "2024-01-04 06:30"
    assert premiere.decoded("DTEND") - premiere.decoded("DTSTART") == dt.timedelta(minutes=15)
    premiere_skips = [d.dt.strftime("%Y-%m-%d %H:%M") for d in premiere["EXDATE"].dts]
    rerun_skips = [d.dt.strftime("%Y-%m-%d %H:%M") for d in rerun["EXDATE"].dts]
    assert premiere_skips == ["2025-01-29 18:00", "2026-01-14 18:00"]
    assert rerun_skips == ["2025-01-30 06:30", "2026-01-15 06:30"]
    single = [e for e in events if "RRULE" not in e]
    assert [str(e["SUMMARY"]) for e in single] == ["PAR TODAY số 01/2024: Số đầu", "PAR TODAY số 02/2024: Số hai"]
    assert str(single[0]["URL"]) == "https://cchc.example.gov.vn/phat-thanh/2024-so-01/"


def test_the_ics_is_the_same_bytes_every_time():
    args = (programme(), episodes(), "https://cchc.example.gov.vn/", "Đài PTTH Khánh Hòa")
    assert build_calendar(*args) == build_calendar(*args)
    assert b"DTSTAMP:20240110T000000Z" in build_calendar(*args)
