"""axe-core (WCAG 2.2 A/AA) on every page template, on a phone and a desktop: 0 violations."""

from __future__ import annotations

import pytest

from tests.quality.conftest import TEMPLATE_PAGES, node_file

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture(scope="module")
def axe_source():
    return node_file("axe-core/axe.min.js").read_text(encoding="utf-8")


@pytest.mark.parametrize("width", [360, 1280])
def test_no_axe_violations_on_any_template(browser, gzip_site, axe_source, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    found = {}
    for name, url in TEMPLATE_PAGES.items():
        page.goto(gzip_site + url)
        page.add_script_tag(content=axe_source)
        violations = page.evaluate(
            "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}})).violations"
            ".map(v => v.id + ' ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))", TAGS)
        if violations:
            found[name] = violations
    context.close()
    assert found == {}
