"""Writing every feed into the site folder once the pages (and their bodies) are built."""

from __future__ import annotations

from pathlib import Path

from site_builder.feeds.items import feed_item, published_of
from site_builder.feeds.writer import FEED_LIMIT, write_feeds
from site_builder.output.link import link_or_copy
from site_builder.zalo.package import ZaloNames, package_json


def write_all_feeds(site, store, rendered, config, memo_file=None) -> None:
    """Feeds for every FeedSpec, and a Zalo package beside every item's page.

    rendered.get(src_uri, "") gives a page's body; memo_file(src_uri, kind, make) keeps
    what derives from one page alone (its Zalo JSON) in a file, or returns None. Feed
    items are made only for the newest FEED_LIMIT of each feed, not for every entry a
    feed could hold."""
    site_url, site_name = config.site_url or "", config.site_name
    memo_file = memo_file or (lambda src_uri, kind, make: None)
    items = {}

    def item_of(entry):
        if entry.src_uri not in items:
            items[entry.src_uri] = feed_item(entry, store, rendered.get(entry.src_uri, ""),
                                             site.shares[entry.src_uri], site_url, site_name)
        return items[entry.src_uri]

    packaged = {}
    for spec in site.feeds:
        newest = sorted(spec.entries, key=lambda e: (published_of(e, store), e.model.guid), reverse=True)
        chosen = [item_of(entry) for entry in newest[:FEED_LIMIT]]
        for path, data in write_feeds(spec, chosen, site_url, site_name).items():
            _write(Path(config.site_dir) / path, data)
        packaged.update((entry.src_uri, entry) for entry in spec.entries)
    for src_uri, entry in sorted(packaged.items()):
        _write_zalo(lambda entry=entry: item_of(entry), src_uri, site, lambda s=src_uri: rendered.get(s, ""),
                    config, memo_file)


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def _write_zalo(item, src_uri: str, site, html, config, memo_file) -> None:
    """item and html are callables: with the package cached, neither is needed. The
    cached package is linked, not written: a new file costs the file system ~0.4 ms
    here, a link a fiftieth of that, and there is one package per item."""
    share = site.shares[src_uri]
    names = ZaloNames(src_uri.removesuffix("index.md"), share.src_uri.rsplit("/", 1)[-1])
    root = Path(config.site_dir)
    link_or_copy(share.zalo_thumbnail.path, root / names.thumbnail)

    def make() -> bytes:
        return package_json(item(), html(), names, config.site_url or "")

    cached = memo_file(src_uri, "zalo.json", make)
    if cached is None:
        _write(root / names.json, make())
    else:
        link_or_copy(cached, root / names.json)
