"""Zalo packages made by the image workers while the pages render."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

from site_builder.content.loader import load_content
from site_builder.feeds.items import item_head
from site_builder.feeds.publish import FeedPublisher
from site_builder.images.cache import ImageCache
from site_builder.images.pipeline import ImagePipeline
from site_builder.output.page_cache import RenderedBodies
from site_builder.views.site import BuildSettings, build_site_model
from site_builder.zalo.early import BATCH, PackagesForWorkers
from site_builder.zalo.package import package_json, package_names
from tests.helpers import make_site

NOW = dt.datetime.fromisoformat("2026-11-22T09:00:00+07:00")
SITE_URL = "https://cchc.example.gov.vn/"


def built_model(tmp_path, workers: int):
    project = make_site(tmp_path)
    store, _ = load_content(project / "content", project)
    images = ImagePipeline(ImageCache(tmp_path / "cache"), workers=workers)
    images.open()
    site = build_site_model(store, BuildSettings(20, SITE_URL, "Cổng thử nghiệm", NOW, project / "content"), images)
    images.start()
    return store, site, images


def memo_path_in(folder: Path):
    return lambda src_uri, kind: str(folder / f"{src_uri.replace('/', '_')}.{kind}")


def body_of(src_uri: str) -> str:
    return f'<p>Thân bài của {src_uri}</p><p><img src="anh.jpg" alt="Ảnh"></p>'


def bodies_of(site) -> RenderedBodies:
    bodies = RenderedBodies()
    for src_uri in site.pages:
        bodies.set_text(src_uri, body_of(src_uri))
    return bodies


def test_rendered_items_are_written_by_the_workers_as_prepare_would_make_them(tmp_path):
    store, site, images = built_model(tmp_path, workers=2)
    packages = PackagesForWorkers(site, store, SITE_URL, bodies_of(site), memo_path_in(tmp_path / "pages"), images)
    items = sorted(packages.entries)
    assert images.running() and items
    for src_uri in [*items, "gioi-thieu/index.md"]:  # not an item: no package
        packages.rendered(src_uri)
    packages.flush()
    assert sorted(packages.taken) == items
    assert images.finish() == []
    for src_uri in items:
        made = package_json(item_head(packages.entries[src_uri], store, SITE_URL), body_of(src_uri),
                            package_names(site, src_uri), SITE_URL)
        assert Path(packages.taken[src_uri]).read_bytes() == made


def test_without_running_workers_or_with_the_package_kept_nothing_is_taken(tmp_path):
    store, site, images = built_model(tmp_path, workers=1)
    alone = PackagesForWorkers(site, store, SITE_URL, bodies_of(site), memo_path_in(tmp_path / "pages"), images)
    for src_uri in alone.entries:
        alone.rendered(src_uri)
    assert alone.taken == {}
    store, site, images = built_model(tmp_path / "two", workers=2)
    kept_folder = tmp_path / "kept"
    kept_folder.mkdir()
    packages = PackagesForWorkers(site, store, SITE_URL, bodies_of(site), memo_path_in(kept_folder), images)
    kept = sorted(packages.entries)[0]
    Path(packages.memo_path(kept, "zalo.json")).write_bytes(b"{}")
    for src_uri in packages.entries:
        packages.rendered(src_uri)
    packages.flush()
    images.finish()
    assert kept not in packages.taken and len(packages.taken) == len(packages.entries) - 1


def test_a_batch_goes_once_it_is_whole_and_the_rest_on_flush(tmp_path):
    store, site, images = built_model(tmp_path, workers=2)
    offered = []
    images.offer = lambda function, work: offered.append(len(work))
    bodies = bodies_of(site)
    packages = PackagesForWorkers(site, store, SITE_URL, bodies, memo_path_in(tmp_path / "pages"), images)
    item = sorted(packages.entries)[0]
    packages.entries = {f"{n}/{item}": packages.entries[item] for n in range(BATCH + 3)}
    site.shares.update({src_uri: site.shares[item] for src_uri in packages.entries})
    for src_uri in packages.entries:
        bodies.set_text(src_uri, body_of(item))
        packages.rendered(src_uri)
    assert offered == [BATCH]
    packages.flush()
    assert offered == [BATCH, 3]
    images.finish()


def test_prepare_names_the_packages_taken_and_makes_only_the_others(tmp_path):
    store, site, images = built_model(tmp_path, workers=1)
    items = sorted({entry.src_uri for spec in site.feeds for entry in spec.entries})
    taken = {items[0]: str(tmp_path / "taken.json")}
    made = []

    def memo_file(src_uri, kind, make):
        made.append(src_uri)
        return tmp_path / f"{len(made)}.json"

    config = SimpleNamespace(site_dir=str(tmp_path / "site"), site_url=SITE_URL, site_name="Cổng thử nghiệm")
    feeds = FeedPublisher(site, store, RenderedBodies(), config, memo_file, taken=taken)
    feeds.prepare()
    assert feeds._packages[items[0]] == taken[items[0]]  # its name, as the worker gave it
    assert made == items[1:]
    images.finish()
