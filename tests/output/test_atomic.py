import logging

from site_builder.output.atomic import AtomicOutput


def test_commit_swaps_the_new_build_in(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "old.html").write_text("old")
    output = AtomicOutput(site, strict=True)
    staging = output.begin()
    (staging / "new.html").write_text("new")
    assert output.commit() is True
    assert [p.name for p in site.iterdir()] == ["new.html"]
    assert not staging.exists() and not output.previous.exists()


def test_strict_build_with_warnings_keeps_the_old_site(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "old.html").write_text("old")
    output = AtomicOutput(site, strict=True)
    staging = output.begin()
    (staging / "new.html").write_text("new")
    logging.getLogger("mkdocs.plugins.test").warning("một cảnh báo")
    assert output.commit() is False
    assert [p.name for p in site.iterdir()] == ["old.html"]
    assert not staging.exists()


def test_abort_removes_the_staging_folder(tmp_path):
    output = AtomicOutput(tmp_path / "site", strict=False)
    staging = output.begin()
    output.abort()
    assert not staging.exists() and not (tmp_path / "site").exists()
