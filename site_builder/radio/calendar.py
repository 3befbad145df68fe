"""The broadcast schedule as iCalendar (RFC 5545), made with the icalendar library.

Premiere and rerun are two weekly VEVENTs (different days and times), with
TZID Asia/Ho_Chi_Minh and its VTIMEZONE, EXDATE for skipped editions, and
stable UIDs; every dated episode gets an event of its own. DTSTAMP comes from
the content, not the clock, so a rebuild gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from icalendar import Calendar, Event, vRecur

from site_builder.last_call import remember_last_call
from site_builder.models.radio import Programme, Slot
from site_builder.radio.schedule import first_on_or_after, rerun_offset, zone

_BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@remember_last_call
def build_calendar(programme: Programme, episodes, site_url: str, station_name: str) -> bytes:
    """episodes: (Episode, absolute URL) pairs."""
    host = urlsplit(site_url).hostname or "localhost"
    stamp = _stamp(programme, [e for e, _ in episodes])
    calendar = Calendar()
    calendar.add("prodid", f"-//{host}//{programme.short_name}//VI")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"{programme.name} ({programme.frequency_mhz})")
    calendar.add("x-wr-timezone", programme.timezone)
    first = first_on_or_after(programme.start_date, programme.premiere.weekday_index)
    calendar.add_component(_weekly(programme, "phat-song", "Phát sóng", programme.premiere, first, stamp, host,
                                   station_name))
    offset = rerun_offset(programme)
    if offset is not None:
        calendar.add_component(_weekly(programme, "phat-lai", "Phát lại", programme.rerun, first + offset, stamp,
                                       host, station_name, skip_offset=offset))
    for episode, url in sorted(episodes, key=lambda pair: (pair[0].air_date, pair[0].number)):
        calendar.add_component(_episode_event(programme, episode, url, stamp, host, station_name))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _stamp(programme: Programme, episodes) -> dt.datetime:
    newest = max([programme.start_date, *(e.air_date for e in episodes)])
    return dt.datetime.combine(newest, dt.time(0, 0), tzinfo=dt.timezone.utc)


def _weekly(programme: Programme, uid: str, label: str, slot: Slot, first: dt.date, stamp, host: str,
            station: str, skip_offset: dt.timedelta = dt.timedelta(0)) -> Event:
    tz = zone(programme)
    start = dt.datetime.combine(first, slot.clock_time, tzinfo=tz)
    event = Event()
    event.add("uid", f"{programme.short_name.lower().replace(' ', '-')}-{uid}@{host}")
    event.add("dtstamp", stamp)
    event.add("summary", f"{programme.name} ({label.lower()})")
    event.add("description", programme.description)
    event.add("location", f"{station}, {programme.frequency_mhz}")
    event.add("dtstart", start)
    event.add("dtend", start + dt.timedelta(minutes=programme.duration_minutes))
    event.add("rrule", vRecur(freq="WEEKLY", byday=_BYDAY[slot.weekday_index]))
    skipped = [dt.datetime.combine(s.date + skip_offset, slot.clock_time, tzinfo=tz)
               for s in sorted(programme.skipped_dates, key=lambda s: s.date)]
    if skipped:
        event.add("exdate", skipped)
    return event


def _episode_event(programme: Programme, episode, url: str, stamp, host: str, station: str) -> Event:
    start = dt.datetime.combine(episode.air_date, programme.premiere.clock_time, tzinfo=zone(programme))
    event = Event()
    event.add("uid", f"{programme.short_name.lower().replace(' ', '-')}-{episode.air_date.year}-so-"
                     f"{episode.number:02d}@{host}")
    event.add("dtstamp", stamp)
    event.add("summary", f"{programme.short_name} số {episode.number:02d}/{episode.air_date.year}: {episode.topic}")
    event.add("description", episode.summary)
    event.add("location", f"{station}, {programme.frequency_mhz}")
    event.add("url", url)
    event.add("dtstart", start)
    event.add("dtend", start + dt.timedelta(minutes=programme.duration_minutes))
    return event
