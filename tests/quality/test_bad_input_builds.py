"""The bad-input corpus through the real strict build: every case fails with its exact
messages and no traceback, and the previous site is left untouched; the accepted cases
(BOM, CRLF, NFD, the same number in another year) build."""

from __future__ import annotations

import shutil
import unicodedata

import pytest

from tests.content.test_bad_input import (
    ACCEPTED,
    BAD,
    ERRORS,
    FIXTURE_OF,
    WARNINGS,
    place_case,
)
from tests.helpers import build, make_site, tree_digest


@pytest.fixture(scope="module")
def built_fixtures(tmp_path_factory):
    """Each fixture site built once; cases start from a copy with its site/ in place."""
    sites = {}
    for fixture in sorted(set(FIXTURE_OF.values()) | {"minimal"}):
        project = make_site(tmp_path_factory.mktemp(fixture), fixture)
        result = build(project)
        assert result.returncode == 0, result.stderr
        sites[fixture] = project
    return sites


def prepare(built_fixtures, tmp_path, case: str):
    project = tmp_path / "project"
    shutil.copytree(built_fixtures[FIXTURE_OF.get((BAD / case).parent.name, "minimal")], project)
    place_case(project, case)
    return project


def test_the_corpus_has_at_least_40_cases():
    assert len(set(ERRORS) | set(WARNINGS) | set(ACCEPTED)) >= 40


@pytest.mark.parametrize("case", sorted(set(ERRORS) | set(WARNINGS)))
def test_bad_input_fails_the_build_and_keeps_the_site(built_fixtures, tmp_path, case):
    project = prepare(built_fixtures, tmp_path, case)
    before = tree_digest(project / "site")
    result = build(project)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    for message in ERRORS.get(case, []) + WARNINGS.get(case, []):
        assert message in result.stderr, message
    assert tree_digest(project / "site") == before
    assert not (project / ".site.staging").exists()


@pytest.mark.parametrize("case", ACCEPTED)
def test_accepted_input_builds(built_fixtures, tmp_path, case):
    project = prepare(built_fixtures, tmp_path, case)
    result = build(project)
    assert result.returncode == 0, result.stderr
    slug = (BAD / case).stem
    html = (project / "site/ke-hoach" / slug / "index.html").read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", html)
    if slug in ("bom", "crlf", "nfd"):
        assert "Nội dung có dấu: Khánh Hoà, đăng ký." in html
    if slug == "nfd":
        assert "Tiêu đề dạng NFD: Khánh Hòa" in html  # composed again
