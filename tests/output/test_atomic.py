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
    assert not staging.exists()
    assert [p.name for p in output.previous.iterdir()] == ["old.html"]  # its folders serve the next build


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


def tree(folder):
    return sorted(p.relative_to(folder).as_posix() + ("/" if p.is_dir() else "") for p in folder.rglob("*"))


def build(site, files, filled=lambda staging: frozenset()):
    """One build through AtomicOutput: (folders moved in, the output's tree). filled(staging):
    the folders said to hold files."""
    output = AtomicOutput(site, strict=True)
    staging = output.begin()
    moved = output.adopt_folders()
    for name, text in files.items():
        (staging / name).parent.mkdir(parents=True, exist_ok=True)
        (staging / name).write_text(text)
    assert output.commit(filled(staging)) is True
    return moved, tree(site)


def test_the_old_sites_folders_are_reused_and_the_result_is_as_built_anew(tmp_path):
    first = {"index.html": "1", "tin-tuc/a/index.html": "a", "tin-tuc/b/index.html": "b", "co-quan/x/y/index.html": "y"}
    second = {"index.html": "2", "tin-tuc/a/index.html": "a2", "tin-tuc/c/index.html": "c"}
    third = {"index.html": "3", "tin-tuc/c/index.html": "c3", "van-ban/d/index.html": "d"}
    site = tmp_path / "site"
    assert build(site, first)[0] == 0  # nothing to reuse yet
    assert build(site, second)[0] == 0  # the site before the last: none yet
    moved, built = build(site, third)
    assert moved == 6  # tin-tuc/, its a/ and b/, co-quan/, x/, x/y/ of the first build
    fresh = tmp_path / "fresh" / "site"
    assert built == build(fresh, third)[1]
    assert (site / "tin-tuc/c/index.html").read_text() == "c3"
    assert not list(tmp_path.glob(".site.*.*"))  # no folder left behind to remove but the previous site


def test_a_failed_build_leaves_no_staging_or_half_emptied_site(tmp_path):
    site = tmp_path / "site"
    build(site, {"a/index.html": "1"})
    build(site, {"b/index.html": "2"})
    output = AtomicOutput(site, strict=False)
    output.begin()
    output.abort()
    assert not output.staging.exists() and not output.recycling.exists()
    assert tree(site) == ["b/", "b/index.html"]


def test_folders_said_to_be_filled_are_not_tried_for_removal(tmp_path):
    site = tmp_path / "site"
    pages = {"index.html": "1", "tin-tuc/a/index.html": "a", "tin-tuc/b/index.html": "b"}
    build(site, pages)
    build(site, pages)
    said = lambda staging: frozenset({f"{staging}/tin-tuc/a", f"{staging}/tin-tuc/b"})  # noqa: E731
    _, built = build(site, {"index.html": "3", "tin-tuc/a/index.html": "a"}, said)
    assert "tin-tuc/b/" in built  # kept, empty: what the caller said held a file is not looked at
    _, built = build(site, {"index.html": "4", "tin-tuc/a/index.html": "a"})
    assert "tin-tuc/b/" not in built and "tin-tuc/a/" in built
