"""The content store's per-entry views (`content/store.py: once_per_entry`)."""

from __future__ import annotations

import dataclasses

from site_builder.content.loader import load_content
from site_builder.content.store import once_per_entry
from tests.helpers import make_site


def test_a_view_is_made_once_per_entry_and_store_and_anew_for_a_new_store(tmp_path):
    project = make_site(tmp_path)
    store, _ = load_content(project / "content", project)
    made = []

    @once_per_entry
    def line(entry, store):
        made.append(entry.path)
        return {"title": entry.model.page_title}  # a new object each time it is made

    first, second = store.documents[:2]
    assert line(first, store) is line(first, store)
    assert line(second, store) is not line(first, store)
    assert made == [first.path, second.path]
    published = dataclasses.replace(store, entries=list(store.entries))  # as apply_publishing makes one
    assert published.views == {}
    assert line(first, published) is not line(first, store) and made[-1] == first.path and len(made) == 3
