"""One share image per page for Open Graph, feeds and Zalo: the authored cover
cropped to 1200x630 when the page has one, else a drawn card."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from site_builder.images.cards import CardSpec
from site_builder.images.pipeline import ImagePipeline, MadeImage
from site_builder.views.site_model import SiteModel


@dataclass(frozen=True)
class ShareImage:
    url: str  # absolute
    src_uri: str
    image: MadeImage
    zalo_thumbnail: MadeImage | None = None  # items only: for their Zalo package


def page_folder(src_uri: str) -> str:
    return src_uri.removesuffix("index.md")


def share_target(src_uri: str, page) -> str:
    """Where a page's share image is published, known before it is drawn."""
    name = "anh-chia-se.jpg" if page.cover is not None else "the-chia-se.png"
    return f"{page_folder(src_uri)}{name}"


def attach_share_images(site: SiteModel, pipeline: ImagePipeline, site_url: str, site_name: str,
                        items: set[str]) -> None:
    """The share image of every page that has none yet. items: the pages that are feed
    items, which also get a Zalo package. Called as the model grows (`build_site_model`),
    so the workers draw the first pages' cards while the rest is made: asked for only at
    its end, they left the second core idle for ~2 s of a 10,000-page build."""
    base = site_url.rstrip("/") + "/"
    for src_uri in sorted(site.pages.keys() - site.shares.keys()):
        page, thumbnail = site.pages[src_uri], None
        if page.cover is not None:
            made = pipeline.cover(Path(page.cover))
            if src_uri in items:
                thumbnail = pipeline.thumbnail(Path(page.cover))
        else:
            spec = CardSpec(page.card_title or page.title, page.card_label or site_name, site_name)
            made = pipeline.card(spec)
            if src_uri in items:
                thumbnail = pipeline.card_thumbnail(spec)
        target = share_target(src_uri, page)
        site.static_paths[target] = made.path
        site.shares[src_uri] = ShareImage(base + target, target, made, thumbnail)
