"""Rules for news items: registries, and a cover image that exists and can be decoded."""

from __future__ import annotations

from pathlib import Path

from site_builder.content.shared_checks import (
    check_agency_ids,
    check_file,
    check_topic_ids,
)
from site_builder.content.store import ContentStore
from site_builder.images.safety import ImageError, probe_image
from site_builder.problems import Problems


def run(store: ContentStore, content_dir: Path, problems: Problems) -> None:
    for entry in store.news:
        news = entry.model
        check_topic_ids(entry, "topics", store, problems)
        if news.agency:
            check_agency_ids(entry, [(("agency",), news.agency)], store, problems)
        if news.cover is None:
            continue
        count = len(problems.errors)
        check_file(entry, ("cover", "file"), news.cover.file, content_dir, problems)
        if len(problems.errors) > count:
            continue
        try:
            probe_image(content_dir / news.cover.file)
        except ImageError as exc:
            problems.error(entry.path, entry.line_of("cover", "file"), "cover.file", str(exc))
