"""Fixtures shared by the whole suite."""

from __future__ import annotations

import pytest

from tests.helpers import build, copy_repository_site


@pytest.fixture(scope="session")
def built_repository(tmp_path_factory):
    """A copy of the repository's sample portal, built once, strictly, at the test clock."""
    project = copy_repository_site(tmp_path_factory.mktemp("repository"))
    result = build(project)
    assert result.returncode == 0, result.stderr
    return project
