"""What the schedule page, episode pages and the archive show of the radio programme."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from site_builder.content.entry import Entry
from site_builder.content.store import ContentStore
from site_builder.models.radio import Episode, Guest, Programme
from site_builder.models.registry import Agency
from site_builder.radio.audio import AudioInfo
from site_builder.radio.schedule import Broadcast, broadcasts_of, upcoming
from site_builder.vietnamese.dates import broadcast_time
from site_builder.views.citations import Citation, cite
from site_builder.views.json_ld import script_json
from site_builder.views.procedures import ProcedureLink, procedure_link

BASE = "phat-thanh/"
CALENDAR = f"{BASE}lich-phat-song.ics"
PODCAST = f"{BASE}podcast.xml"
ARTWORK = f"{BASE}podcast-artwork.png"
KIND_LABELS = {"premiere": "Phát sóng", "rerun": "Phát lại"}


@dataclass(frozen=True)
class EpisodeLink:
    url: str
    title: str
    number: int
    air_date: str  # "03/01/2024"
    air_date_iso: str
    has_audio: bool
    summary: str


@dataclass(frozen=True)
class BroadcastView:
    kind: str
    label: str  # "Phát sóng" | "Phát lại"
    when: str  # "18:00 thứ Tư, ngày 25 tháng 11 năm 2026"
    start_iso: str
    episode: EpisodeLink | None  # the planned episode, when one is dated for this edition


@dataclass(frozen=True)
class YearLink:
    year: int
    count: int
    url: str


@dataclass(frozen=True)
class ScheduleView:
    programme: Programme
    station: Agency
    upcoming: tuple[BroadcastView, ...]
    latest: tuple[EpisodeLink, ...]
    years: tuple[YearLink, ...]
    calendar_url: str
    podcast_url: str
    json_ld: str


@dataclass(frozen=True)
class GuestView:
    guest: Guest
    agency: Agency | None


@dataclass(frozen=True)
class EpisodeView:
    episode: Episode
    programme: Programme
    station: Agency
    guests: tuple[GuestView, ...]
    procedures: tuple[ProcedureLink, ...]
    documents: tuple[Citation, ...]
    broadcasts: tuple[BroadcastView, ...]
    audio_url: str | None  # site-relative for files, absolute for URLs
    audio_info: AudioInfo | None
    has_aired: bool
    json_ld: str


@dataclass(frozen=True)
class MonthGroup:
    label: str  # "Tháng 01/2024"
    anchor: str
    episodes: tuple[EpisodeLink, ...]


@dataclass(frozen=True)
class ArchiveView:
    year: int
    months: tuple[MonthGroup, ...]
    years: tuple[YearLink, ...]


def episode_link(entry: Entry) -> EpisodeLink:
    episode = entry.model
    return EpisodeLink(entry.url, episode.page_title, episode.number, f"{episode.air_date:%d/%m/%Y}",
                       episode.air_date.isoformat(), episode.audio is not None, episode.summary)


def broadcast_view(broadcast: Broadcast, planned: dict[dt.date, Entry]) -> BroadcastView:
    entry = planned.get(broadcast.edition)
    return BroadcastView(broadcast.kind, KIND_LABELS[broadcast.kind], broadcast_time(broadcast.start),
                         broadcast.start.isoformat(), episode_link(entry) if entry else None)


def year_links(store: ContentStore) -> tuple[YearLink, ...]:
    years: dict[int, int] = {}
    for entry in store.episodes:
        years[entry.model.air_date.year] = years.get(entry.model.air_date.year, 0) + 1
    return tuple(YearLink(y, n, f"{BASE}luu-tru/{y}/") for y, n in sorted(years.items(), reverse=True))


def _broadcast_service(programme: Programme, station: Agency) -> dict:
    return {"@type": "BroadcastService", "name": f"{station.name} {programme.frequency_mhz}",
            "broadcastFrequency": programme.frequency, "broadcastTimezone": programme.timezone,
            "broadcaster": {"@type": "Organization", "name": station.name}, "inLanguage": "vi"}


def schedule_view(store: ContentStore, now: dt.datetime, site_url: str) -> ScheduleView:
    programme = store.programme
    station = store.agencies[programme.station]
    planned = {e.model.air_date: e for e in store.episodes}
    page = site_url.rstrip("/") + "/" + BASE
    series = {"@context": "https://schema.org", "@type": "RadioSeries", "name": programme.name,
              "alternateName": programme.short_name, "description": programme.description, "url": page,
              "inLanguage": "vi", "productionCompany": {"@type": "Organization", "name": station.name},
              "publication": _broadcast_service(programme, station)}
    return ScheduleView(
        programme=programme, station=station,
        upcoming=tuple(broadcast_view(b, planned) for b in upcoming(programme, now, count=4)),
        latest=tuple(episode_link(e) for e in store.episodes if e.model.air_date <= now.date())[:6],
        years=year_links(store), calendar_url=CALENDAR, podcast_url=PODCAST, json_ld=script_json(series),
    )


def episode_view(entry: Entry, store: ContentStore, now: dt.datetime, site_url: str) -> EpisodeView:
    episode, programme = entry.model, store.programme
    station = store.agencies[programme.station]
    base = site_url.rstrip("/") + "/"
    broadcasts = broadcasts_of(programme, episode.air_date)
    info = store.audio.get(entry.path)
    audio_url = None
    if episode.audio is not None:
        audio_url = episode.audio.file if episode.audio.file else str(episode.audio.url)
        if info is None:
            info = AudioInfo(episode.audio.duration_seconds, episode.audio.size_bytes, episode.audio.mime_type)
    data = {
        "@context": "https://schema.org", "@type": "RadioEpisode", "name": episode.topic,
        "episodeNumber": episode.number, "description": episode.summary, "url": base + entry.url,
        "datePublished": episode.air_date.isoformat(), "inLanguage": "vi",
        "partOfSeries": {"@type": "RadioSeries", "name": programme.name, "url": base + BASE},
        "publication": [{"@type": "BroadcastEvent", "isLiveBroadcast": b.kind == "premiere",
                         "startDate": b.start.isoformat(), "endDate": b.end.isoformat(),
                         "publishedOn": _broadcast_service(programme, station)} for b in broadcasts],
    }
    if info is not None:
        data["audio"] = {"@type": "AudioObject", "contentUrl": base + audio_url if episode.audio.file else audio_url,
                         "encodingFormat": info.mime_type, "contentSize": str(info.size_bytes),
                         "duration": f"PT{info.duration_seconds}S"}
    return EpisodeView(
        episode=episode, programme=programme, station=station,
        guests=tuple(GuestView(g, store.agencies.get(g.agency) if g.agency else None) for g in episode.guests),
        procedures=tuple(procedure_link(store.procedures_by_code[c], store) for c in episode.related_procedures),
        documents=tuple(cite(ref, store) for ref in episode.related_documents),
        broadcasts=tuple(broadcast_view(b, {}) for b in broadcasts),
        audio_url=audio_url, audio_info=info, has_aired=broadcasts[0].start <= now, json_ld=script_json(data),
    )


def archive_views(store: ContentStore) -> list[ArchiveView]:
    years = year_links(store)
    views = []
    for year in years:
        months: dict[int, list[EpisodeLink]] = {}
        for entry in sorted(store.episodes, key=lambda e: (e.model.air_date, e.model.number)):
            if entry.model.air_date.year == year.year:
                months.setdefault(entry.model.air_date.month, []).append(episode_link(entry))
        views.append(ArchiveView(year.year, tuple(
            MonthGroup(f"Tháng {m:02d}/{year.year}", f"thang-{m:02d}", tuple(links)) for m, links in months.items()
        ), years))
    return views
