"""The procedures' QR codes asked for before the content is read (`early_images.py`)."""

from mkdocs.commands.build import build
from mkdocs.config import load_config

from site_builder.content.loader import load_content
from site_builder.images.cache import ImageCache
from site_builder.images.pipeline import ImagePipeline
from site_builder.views.early_images import ask_for_qr_codes
from site_builder.views.site import build_site_model
from tests.helpers import TEST_NOW, make_site
from tests.views.test_site import settings


class PlannedCodes(ImagePipeline):
    """A pipeline (one core) that notes each QR code it planned to draw, not found asked for."""

    def __init__(self, folder):
        super().__init__(ImageCache(folder), workers=1)
        self.planned = []

    def qr(self, url, draw):
        before = self.cache.misses
        path = super().qr(url, draw)
        if self.cache.misses > before:
            self.planned.append(url)
        return path


def test_the_codes_asked_for_early_are_the_ones_the_site_model_asks_for(tmp_path):
    project = make_site(tmp_path, "procedures")
    images = PlannedCodes(tmp_path / "cache")
    asked = ask_for_qr_codes(images, project / "content", settings(project).site_url)
    store, _ = load_content(project / "content", project)
    assert asked == len(store.procedures) > 0 and len(images.planned) == asked
    early = list(images.planned)
    site = build_site_model(store, settings(project), images)
    assert images.planned == early  # every code the model asked for was asked for already
    codes = [path for target, path in site.static_paths.items() if target.endswith(".svg")]
    assert len(codes) == asked


def test_a_build_asks_for_the_codes_before_it_reads_the_content(tmp_path, monkeypatch):
    import site_builder.plugin as plugin_module

    project = make_site(tmp_path, "procedures")
    monkeypatch.setenv("PORTAL_NOW", TEST_NOW)
    config = load_config(str(project / "mkdocs.yml"))
    plugin = config.plugins["portal"]
    planned_before_reading = []
    load = plugin_module.load_content

    def loading(*args, **kwargs):
        planned_before_reading.append(plugin.images.cache.misses)
        return load(*args, **kwargs)

    monkeypatch.setattr(plugin_module, "load_content", loading)
    config.plugins.on_startup(command="build", dirty=False)
    build(config)
    codes = sorted((project / "site/thu-tuc").glob("*/*.svg"))
    assert codes and planned_before_reading == [len(codes)]
