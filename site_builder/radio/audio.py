"""Reading an audio file's true duration, size and type (for the podcast enclosure)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import mutagen

from site_builder.source_facts import remembered


class AudioError(Exception):
    pass


@dataclass(frozen=True)
class AudioInfo:
    duration_seconds: int
    size_bytes: int
    mime_type: str

    @property
    def duration_text(self) -> str:
        minutes, seconds = divmod(self.duration_seconds, 60)
        return f"{minutes:02d}:{seconds:02d}"


def read_audio(path: Path) -> AudioInfo:
    """The file's length, size and type, remembered while it stays the same (`source_facts`)."""
    return remembered("audio", path, _read_audio)


def _read_audio(path: Path) -> AudioInfo:
    try:
        audio = mutagen.File(path)
    except (mutagen.MutagenError, OSError):
        audio = None
    if audio is None or not getattr(audio.info, "length", 0):
        raise AudioError("không đọc được tệp âm thanh; cần MP3, M4A, OGG hoặc WAV hợp lệ (unreadable audio file)")
    return AudioInfo(round(audio.info.length), path.stat().st_size, _registered_type(audio.mime))


# Podcast apps expect the IANA names; mutagen lists informal ones (audio/mp3) first.
_PREFERRED = ("audio/mpeg", "audio/mp4", "audio/ogg", "audio/wav", "audio/x-wav", "audio/flac")


def _registered_type(mimes: list[str]) -> str:
    return next((m for m in _PREFERRED if m in mimes), mimes[0])


def audio_items(store, site_url: str) -> list[tuple]:
    """(Episode, page URL, audio URL, AudioInfo) for episodes with a local audio file or a URL."""
    base = site_url.rstrip("/") + "/"
    items = []
    for entry in store.episodes:
        audio = entry.model.audio
        if audio is None:
            continue
        if audio.file:
            info = store.audio[entry.path]
            items.append((entry.model, base + entry.url, base + audio.file, info))
        else:
            info = AudioInfo(audio.duration_seconds, audio.size_bytes, audio.mime_type)
            items.append((entry.model, base + entry.url, str(audio.url), info))
    return items
