"""A site built in the folders of the site before the last is the site built anew,
file for file and folder for folder (AtomicOutput moves the emptied folders in)."""

from __future__ import annotations

import shutil

from tests.helpers import build, copy_repository_site, logged_number, tree_digest


def layout(site) -> tuple[dict[str, str], list[str]]:
    return tree_digest(site), sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_dir())


def folders_reused(result) -> int:
    return logged_number(result, r": (\d+) \(folders reused")


def test_a_site_built_in_reused_folders_is_the_site_built_anew(tmp_path):
    project = copy_repository_site(tmp_path)
    assert build(project).returncode == 0
    removed = sorted((project / "content" / "news").glob("*.md"))[0]
    removed.unlink()  # its page, share image and Zalo package leave the site: their folders must go too
    second = build(project)
    assert second.returncode == 0 and folders_reused(second) == 0  # no site before the last yet
    edited = sorted((project / "content" / "news").glob("*.md"))[-1]
    edited.write_text(edited.read_text(encoding="utf-8").replace("title: ", "title: Sửa - ", 1), encoding="utf-8")
    third = build(project)
    assert third.returncode == 0, third.stderr
    assert folders_reused(third) > 100  # the first build's, the removed item's among them
    assert not (project / "site" / "tin-tuc" / removed.stem).exists()
    fresh = tmp_path / "fresh"
    shutil.copytree(project, fresh, ignore=shutil.ignore_patterns("site", ".site.*"))
    assert build(fresh).returncode == 0
    assert layout(project / "site") == layout(fresh / "site")
