"""Rules for the radio programme and its episodes: slots, skipped dates,
air dates on a slot, unique numbers, audio files that exist and can be read."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, UnidentifiedImageError

from site_builder.content.entry import Entry
from site_builder.content.messages import suggest
from site_builder.content.shared_checks import (
    check_agency_ids,
    check_file,
    check_topic_ids,
    reference_issuers,
)
from site_builder.content.store import ContentStore
from site_builder.models.radio import WEEKDAY_LABELS, WEEKDAYS
from site_builder.problems import Problems
from site_builder.radio.audio import AudioError, read_audio
from site_builder.radio.schedule import slots_overlap
from site_builder.vietnamese.dates import short_date


@dataclass
class ProgrammeLines:
    path: str
    document: Any

    def line_of(self, *loc) -> int:
        return self.document.line_of(tuple(loc))


def run(store: ContentStore, lines: ProgrammeLines | None, content_dir: Path, problems: Problems) -> None:
    if store.programme is not None and lines is not None:
        _check_programme(store, lines, content_dir, problems)
    first: dict[tuple[int, int], Entry] = {}
    for entry in sorted(store.episodes, key=lambda e: e.path):
        if store.programme is None and lines is not None:
            return  # the programme file has errors of its own, already reported
        if store.programme is None:
            problems.error(entry.path, 1, "(tệp)", "có số phát thanh nhưng thiếu tệp content/radio/programme.yml "
                                                   "(episode without a programme file)")
            return
        _check_episode(entry, store, content_dir, problems)
        key = (entry.model.air_date.year, entry.model.number)
        if key in first:
            problems.error(entry.path, entry.line_of("number"), "number",
                           f"số {key[1]:02d}/{key[0]} đã dùng ở {first[key].path} (duplicate episode number in one year)")
        first.setdefault(key, entry)


def _check_programme(store: ContentStore, lines: ProgrammeLines, content_dir: Path, problems: Problems) -> None:
    programme = store.programme
    if programme.station not in store.agencies:
        problems.error(lines.path, lines.line_of("station"), "station",
                       f"không có cơ quan '{programme.station}' trong content/registries/agencies.yml "
                       "(unknown agency)" + suggest(programme.station, list(store.agencies)))
    if slots_overlap(programme):
        problems.error(lines.path, lines.line_of("rerun"), "rerun",
                       f"giờ phát lại ({programme.rerun.label}) trùng với giờ phát lần đầu "
                       f"({programme.premiere.label}, {programme.duration_minutes} phút) (slots overlap)")
    weekday = WEEKDAYS.index(programme.premiere.weekday)
    for i, skipped in enumerate(programme.skipped_dates):
        if skipped.date.weekday() != weekday:
            problems.error(lines.path, lines.line_of("skipped_dates", i, "date"), f"skipped_dates[{i}].date",
                           f"ngày {short_date(skipped.date)} không phải {WEEKDAY_LABELS[programme.premiere.weekday]}, "
                           "ngày phát sóng lần đầu (skipped date is not a premiere day)")
    if programme.artwork:
        _check_artwork(lines, content_dir / programme.artwork, problems)


def _check_artwork(lines: ProgrammeLines, path: Path, problems: Problems) -> None:
    try:
        with Image.open(path) as image:
            width, height = image.size
    except (OSError, UnidentifiedImageError):
        problems.error(lines.path, lines.line_of("artwork"), "artwork", "không mở được ảnh (unreadable image)")
        return
    if width != height or not 1400 <= width <= 3000:
        problems.error(lines.path, lines.line_of("artwork"), "artwork",
                       f"ảnh podcast phải vuông, cạnh 1400-3000 px; ảnh này {width}x{height} "
                       "(podcast artwork must be square, 1400-3000 px)")


def _check_episode(entry: Entry, store: ContentStore, content_dir: Path, problems: Problems) -> None:
    episode, programme = entry.model, store.programme
    skipped = {s.date: s.reason for s in programme.skipped_dates}
    if episode.air_date in skipped:
        problems.warning(entry.path, entry.line_of("air_date"), "air_date",
                         f"ngày {short_date(episode.air_date)} là ngày nghỉ phát sóng ({skipped[episode.air_date]}) "
                         "(air date is a skipped date)")
    elif episode.air_date.weekday() != WEEKDAYS.index(programme.premiere.weekday) \
            or episode.air_date < programme.start_date:
        problems.warning(entry.path, entry.line_of("air_date"), "air_date",
                         f"ngày {short_date(episode.air_date)} không rơi vào giờ phát sóng nào của chương trình "
                         f"({programme.premiere.label}) (air date falls on no slot)")
    used = [(("guests", i, "agency"), g.agency) for i, g in enumerate(episode.guests) if g.agency]
    check_agency_ids(entry, used + reference_issuers(episode, ("related_documents",)), store, problems)
    check_topic_ids(entry, "topics", store, problems)
    for i, code in enumerate(episode.related_procedures):
        if code not in store.procedures_by_code:
            problems.error(entry.path, entry.line_of("related_procedures", i), f"related_procedures[{i}]",
                           f"không có thủ tục mã {code} trên cổng (unknown procedure)"
                           + suggest(code, list(store.procedures_by_code)))
    if episode.audio is not None:
        _check_audio(entry, store, content_dir, problems)


def _check_audio(entry: Entry, store: ContentStore, content_dir: Path, problems: Problems) -> None:
    audio = entry.model.audio
    if (audio.file is None) == (audio.url is None):
        problems.error(entry.path, entry.line_of("audio"), "audio",
                       "cần đúng một trong hai: file hoặc url (exactly one of file or url)")
        return
    if audio.url is not None:
        missing = [name for name in ("duration_seconds", "size_bytes", "mime_type") if getattr(audio, name) is None]
        if missing:
            problems.error(entry.path, entry.line_of("audio", "url"), "audio",
                           f"tệp âm thanh qua url cần khai báo {', '.join(missing)} (url audio needs them)")
        return
    count = len(problems.errors)
    check_file(entry, ("audio", "file"), audio.file, content_dir, problems)
    if len(problems.errors) > count:
        return
    try:
        store.audio[entry.path] = read_audio(content_dir / audio.file)
    except AudioError as exc:
        problems.error(entry.path, entry.line_of("audio", "file"), "audio.file", str(exc))
