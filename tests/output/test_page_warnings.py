import logging

import pytest

from site_builder.output.page_warnings import PageWarnings
from tests.helpers import build, make_site

# Two ways a page warns: while MkDocs converts it (a link to no file; the page is then not
# kept), and in MkDocs' check of anchors after every page is built (it was kept already,
# and is dropped from the cache at the build's end).
WARNINGS = {
    "link to no file": ("[Xem thêm](khong-co.md)", "contains a link 'khong-co.md', but the target"),
    "missing anchor": ("[Xem thêm](#khong-co-neo-nay)", "contains a link '#khong-co-neo-nay', but there is no such"),
}


@pytest.mark.parametrize("name", sorted(WARNINGS))
def test_a_page_that_warned_warns_again_in_the_next_build(tmp_path, name):
    link, message = WARNINGS[name]
    project = make_site(tmp_path)
    assert build(project).returncode == 0
    page = project / "content" / "pages" / "gioi-thieu.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text + f"\n\n{link}\n", encoding="utf-8")
    for _ in range(2):  # the same build again: the page is not taken from the cache
        result = build(project)
        assert result.returncode == 1
        assert message in result.stderr
        assert "Aborted with 1 warnings in strict mode" in result.stdout
        assert result.stderr.count("Trang có cảnh báo, không giữ trong bộ nhớ đệm: 1 ") == 1
    page.write_text(text, encoding="utf-8")
    fixed = build(project)
    assert fixed.returncode == 0, fixed.stderr[-2000:]
    assert "Trang có cảnh báo" not in fixed.stderr


def test_warnings_are_put_down_to_the_page_being_processed():
    warnings = PageWarnings()
    warnings.attach()
    logger = logging.getLogger("mkdocs.plugins.test")
    try:
        logger.warning("before any page")
        warnings.begin("a.md")
        logger.info("only information")
        warnings.end()
        warnings.begin("b.md")
        logger.warning("about b")
        warnings.end()
        logger.warning("between pages")
        logging.getLogger("another").warning("not one of MkDocs' loggers")
    finally:
        warnings.detach()
    logger.warning("after the build")
    assert warnings.warned == {"b.md"}


def test_the_anchor_check_of_a_page_is_put_down_to_it():
    class File:
        src_uri = "c.md"

    class Page:
        file = File()

        def validate_anchor_links(self, *, files, log_level):
            logging.getLogger("mkdocs.structure.pages").log(log_level, "no such anchor")

    warnings = PageWarnings()
    warnings.attach()
    page = Page()
    try:
        warnings.watch_anchor_check(page)
        page.validate_anchor_links(files=None, log_level=logging.WARNING)
    finally:
        warnings.detach()
    assert warnings.warned == {"c.md"} and warnings.current is None
