"""Writing every feed into the site folder once the pages (and their bodies) are built."""

from __future__ import annotations

from pathlib import Path

from site_builder.feeds.items import feed_item
from site_builder.feeds.writer import write_feeds
from site_builder.output.link import link_or_copy
from site_builder.zalo.package import ZaloNames, package_json


def write_all_feeds(site, store, rendered: dict[str, str], config, memo=None) -> None:
    """Feeds for every FeedSpec, and a Zalo package beside every item's page.

    memo(src_uri, kind, make) caches what derives from one page alone (its Zalo JSON)."""
    memo = memo or (lambda src_uri, kind, make: make())
    site_url, site_name = config.site_url or "", config.site_name
    items = {}
    for spec in site.feeds:
        chosen = []
        for entry in spec.entries:
            if entry.src_uri not in items:
                items[entry.src_uri] = feed_item(entry, store, rendered.get(entry.src_uri, ""),
                                                 site.shares[entry.src_uri], site_url, site_name)
            chosen.append(items[entry.src_uri])
        chosen.sort(key=lambda item: (item.published, item.guid), reverse=True)
        for path, data in write_feeds(spec, chosen, site_url, site_name).items():
            _write(Path(config.site_dir) / path, data)
    for src_uri, item in sorted(items.items()):
        _write_zalo(item, src_uri, site, rendered.get(src_uri, ""), config, memo)


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def _write_zalo(item, src_uri: str, site, html: str, config, memo) -> None:
    share = site.shares[src_uri]
    names = ZaloNames(src_uri.removesuffix("index.md"), share.src_uri.rsplit("/", 1)[-1])
    root = Path(config.site_dir)
    link_or_copy(share.zalo_thumbnail.path, root / names.thumbnail)
    _write(root / names.json, memo(src_uri, "zalo.json",
                                   lambda: package_json(item, html, names, config.site_url or "")))
