"""A view's field that holds its entry's model.

The page cache's fingerprint of a page is the repr of what it is made from
(`output/page_cache.py`). A view holds its entry, whose repr is the parse cache's digest
of the file (`content/entry.py`), and the entry's model for the templates; spelt out
again, the model was most of a procedure page's fingerprint (its ~20 nested models,
~60 µs a page). So the field is left out of the view's repr, and the view checks, when
made, that it holds that very model, so the entry's repr does stand for it."""

from __future__ import annotations

from dataclasses import field


def entry_model():
    return field(repr=False)


def check_entry_model(view, name: str) -> None:
    """In a view's __post_init__: its field name holds its entry's own model."""
    if getattr(view, name) is not view.entry.model:
        raise ValueError(f"{type(view).__name__}.{name} must be its entry's model")
