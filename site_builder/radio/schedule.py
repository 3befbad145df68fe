"""Broadcasts computed from the programme's rules: weekly premiere and rerun,
skipped editions (Tết, holidays), all in Asia/Ho_Chi_Minh (UTC+7, no DST)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from site_builder.models.radio import Programme, Slot

WEEK = dt.timedelta(days=7)


@dataclass(frozen=True)
class Broadcast:
    kind: str  # "premiere" | "rerun"
    edition: dt.date  # the premiere date this broadcast belongs to
    start: dt.datetime
    end: dt.datetime

    @property
    def is_rerun(self) -> bool:
        return self.kind == "rerun"


def zone(programme: Programme) -> ZoneInfo:
    return ZoneInfo(programme.timezone)


def first_on_or_after(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def rerun_offset(programme: Programme) -> dt.timedelta | None:
    """Days from a premiere to its rerun: the next rerun slot after the premiere starts."""
    if programme.rerun is None:
        return None
    premiere, rerun = programme.premiere, programme.rerun
    days = (rerun.weekday_index - premiere.weekday_index) % 7
    if days == 0 and rerun.clock_time <= premiere.clock_time:
        days = 7
    return dt.timedelta(days=days)


def _at(day: dt.date, slot: Slot, programme: Programme) -> dt.datetime:
    return dt.datetime.combine(day, slot.clock_time, tzinfo=zone(programme))


def editions(programme: Programme, start: dt.date, end: dt.date) -> list[dt.date]:
    """Premiere dates from start to end inclusive, skipped dates left out."""
    skipped = {s.date for s in programme.skipped_dates}
    day = first_on_or_after(max(start, programme.start_date), programme.premiere.weekday_index)
    out = []
    while day <= end:
        if day not in skipped:
            out.append(day)
        day += WEEK
    return out


def broadcasts_of(programme: Programme, edition: dt.date) -> list[Broadcast]:
    length = dt.timedelta(minutes=programme.duration_minutes)
    premiere = _at(edition, programme.premiere, programme)
    out = [Broadcast("premiere", edition, premiere, premiere + length)]
    offset = rerun_offset(programme)
    if offset is not None:
        rerun = _at(edition + offset, programme.rerun, programme)
        out.append(Broadcast("rerun", edition, rerun, rerun + length))
    return out


def upcoming(programme: Programme, now: dt.datetime, count: int = 4) -> list[Broadcast]:
    """The next broadcasts that have not ended at now, in time order."""
    found: list[Broadcast] = []
    start = now.astimezone(zone(programme)).date() - WEEK
    while len(found) < count:
        end = start + 8 * WEEK
        for edition in editions(programme, start, end):
            found += [b for b in broadcasts_of(programme, edition) if b.end > now]
        start = end + dt.timedelta(days=1)
        if start > programme.start_date + dt.timedelta(days=366 * 50):
            break  # a programme whose every edition is skipped: stop, do not loop forever
    return sorted(found, key=lambda b: b.start)[:count]


def slots_overlap(programme: Programme) -> bool:
    """True when the rerun starts before the premiere ends (or the reverse), on the weekly circle."""
    if programme.rerun is None:
        return False
    minutes_in_week = 7 * 24 * 60

    def start_minute(slot: Slot) -> int:
        return slot.weekday_index * 24 * 60 + slot.clock_time.hour * 60 + slot.clock_time.minute

    gap = (start_minute(programme.rerun) - start_minute(programme.premiere)) % minutes_in_week
    length = programme.duration_minutes
    return gap < length or minutes_in_week - gap < length
