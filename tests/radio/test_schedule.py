import datetime as dt
from zoneinfo import ZoneInfo

from site_builder.models.radio import Programme
from site_builder.radio.schedule import rerun_offset, slots_overlap, upcoming

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def programme(**changes) -> Programme:
    data = {
        "name": "PAR TODAY", "short_name": "PAR TODAY", "description": "x", "station": "dai",
        "frequency": "106.5 FM", "start_date": "2024-01-03", "duration_minutes": 15,
        "premiere": {"weekday": "thu-tu", "time": "18:00"}, "rerun": {"weekday": "thu-nam", "time": "06:30"},
        "skipped_dates": [{"date": "2025-01-29", "reason": "Tết Ất Tỵ"}, {"date": "2026-01-14", "reason": "nghỉ"}],
    }
    data.update(changes)
    return Programme.model_validate(data)


def starts(now: str, count: int = 4, **changes) -> list[str]:
    moment = dt.datetime.fromisoformat(now)
    return [f"{b.kind} {b.start:%Y-%m-%d %H:%M%z}" for b in upcoming(programme(**changes), moment, count)]


def test_across_the_new_year():
    assert starts("2025-12-30T10:00:00+07:00") == [
        "premiere 2025-12-31 18:00+0700", "rerun 2026-01-01 06:30+0700",
        "premiere 2026-01-07 18:00+0700", "rerun 2026-01-08 06:30+0700",
    ]


def test_tet_skips_the_edition_and_its_rerun():
    assert starts("2025-01-27T08:00:00+07:00", 2) == ["premiere 2025-02-05 18:00+0700", "rerun 2025-02-06 06:30+0700"]


def test_a_skipped_week_leaves_the_rerun_of_the_week_before():
    # Thursday 2026-01-08 at 06:00: that morning's rerun is next, then 14 January is skipped.
    assert starts("2026-01-08T06:00:00+07:00", 3) == [
        "rerun 2026-01-08 06:30+0700", "premiere 2026-01-21 18:00+0700", "rerun 2026-01-22 06:30+0700",
    ]


def test_a_broadcast_on_air_is_still_listed_until_it_ends():
    assert starts("2026-11-25T18:10:00+07:00", 1) == ["premiere 2026-11-25 18:00+0700"]
    assert starts("2026-11-25T18:15:00+07:00", 1) == ["rerun 2026-11-26 06:30+0700"]


def test_a_clock_in_another_zone_is_read_in_vietnam_time():
    # 11:05 UTC on Wednesday is 18:05 in Vietnam: the premiere is on air.
    assert starts("2026-11-25T11:05:00+00:00", 1) == ["premiere 2026-11-25 18:00+0700"]


def test_nothing_before_the_start_date():
    assert starts("2023-12-01T00:00:00+07:00", 1) == ["premiere 2024-01-03 18:00+0700"]


def test_rerun_offset():
    assert rerun_offset(programme()) == dt.timedelta(days=1)
    same_day = programme(rerun={"weekday": "thu-tu", "time": "21:00"})
    assert rerun_offset(same_day) == dt.timedelta(0)
    next_week = programme(rerun={"weekday": "thu-tu", "time": "06:00"})
    assert rerun_offset(next_week) == dt.timedelta(days=7)
    assert rerun_offset(programme(rerun=None)) is None


def test_overlapping_slots_on_the_weekly_circle():
    assert not slots_overlap(programme())
    assert slots_overlap(programme(rerun={"weekday": "thu-tu", "time": "18:10"}))
    assert slots_overlap(programme(rerun={"weekday": "thu-tu", "time": "17:50"}))
    assert not slots_overlap(programme(rerun={"weekday": "thu-tu", "time": "18:15"}))
    # Sunday 23:55 runs past midnight into Monday 00:05
    assert slots_overlap(programme(premiere={"weekday": "chu-nhat", "time": "23:55"},
                                   rerun={"weekday": "thu-hai", "time": "00:05"}))
