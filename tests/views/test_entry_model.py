"""A view's entry model is out of its repr, and must be its entry's (`views/entry_model.py`)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from site_builder.content.loader import load_content
from site_builder.views.documents import DocumentView
from site_builder.views.news import NewsView
from site_builder.views.procedures import ProcedureView
from site_builder.views.site import BuildSettings, build_site_model
from tests.helpers import make_site

NOW = dt.datetime.fromisoformat("2026-11-22T09:00:00+07:00")


@pytest.mark.parametrize("fixture, kind, field_name", [("minimal", DocumentView, "doc"), ("news", NewsView, "news"),
                                                       ("procedures", ProcedureView, "procedure")])
def test_a_views_repr_names_its_entry_not_the_model_again(tmp_path, fixture, kind, field_name):
    project = make_site(tmp_path, fixture)
    store, _ = load_content(project / "content", project, tmp_path / "parse-cache")
    site = build_site_model(store, BuildSettings(20, "https://cchc.example.vn/", "Cổng", NOW, project / "content"))
    views = [value for page in site.pages.values() for value in page.context.values() if isinstance(value, kind)]
    assert views
    for view in views:
        model = getattr(view, field_name)
        assert model is view.entry.model and view.entry.source_key
        assert repr(model) not in repr(view) and repr(view.entry) in repr(view)
    equal_but_another = getattr(views[0], field_name).model_copy()
    with pytest.raises(ValueError, match=f"{kind.__name__}.{field_name} must be its entry's model"):
        dataclasses.replace(views[0], **{field_name: equal_but_another})
