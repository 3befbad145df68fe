"""The radio programme: broadcast schedule, audio files, iCalendar and podcast."""
