"""A build writes the feeds once their own images are made, before it waits for the rest."""

from mkdocs.commands.build import build
from mkdocs.config import load_config

from site_builder.feeds.publish import FeedPublisher
from site_builder.images.pipeline import ImagePipeline
from tests.helpers import TEST_NOW, make_site


def test_the_feeds_are_written_before_the_build_waits_for_every_image(tmp_path, monkeypatch):
    calls = []
    write, finish = FeedPublisher.write, ImagePipeline.finish
    monkeypatch.setattr(FeedPublisher, "write", lambda self: calls.append("feeds") or write(self))
    monkeypatch.setattr(ImagePipeline, "finish", lambda self: calls.append("every image") or finish(self))
    monkeypatch.setenv("PORTAL_NOW", TEST_NOW)
    project = make_site(tmp_path, "news")
    config = load_config(str(project / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)
    build(config)
    assert calls == ["feeds", "every image"]
    assert (project / "site/tin-tuc/feed.xml").is_file()
