"""Writing every feed, and a Zalo package beside every item's page, into the site
folder once the pages (and their bodies) are built.

In steps: `prepare()` makes the packages' JSON, which needs no image, while the
workers still draw images (at 10,000 pages it is ~5 s the build otherwise spent after
them), or only names the packages the workers made as the items rendered (a full
build: `zalo/early.py`); `write()`, once the images are made, writes the feeds (an enclosure gives its
image's size), each kept in the page cache by what it is made from (its items' files,
bodies and images, the registries, the site's settings; the code in the cache's salt)
and linked from there; `place_packages()` links each package's files, once its thumbnail is made
(in a rebuild that made no image, beside the feeds, in the quick tier's forked copy)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from site_builder.feeds.items import feed_item, item_head, published_of
from site_builder.feeds.writer import FEED_FILES, FEED_LIMIT, feed_bytes
from site_builder.output.link import link_or_copy
from site_builder.zalo.package import (
    JSON_NAME,
    ZaloNames,
    package_json,
    package_names,
    packaged_entries,
)


class FeedPublisher:
    """rendered.get(src_uri, "") gives a page's body; memo_file(src_uri, kind, make) keeps
    what derives from one page alone (its Zalo JSON) in a file, or returns None. Feed
    items are made only for the newest FEED_LIMIT of each feed and the packaged items,
    each once."""

    def __init__(self, site, store, rendered, config, memo_file=None, made_once=None, page_key=None,
                 taken: dict[str, str] | None = None) -> None:
        """page_key(src_uri): what the page's body is made from (its page-cache fingerprint), or None;
        taken: the packages the image workers are writing (`zalo/early.py`), src_uri -> where."""
        self.site, self.store, self.rendered, self.config = site, store, rendered, config
        self.memo_file = memo_file or (lambda src_uri, kind, make: None)
        self.made_once = made_once or (lambda kind, inputs, make: None)
        self.page_key = page_key or (lambda src_uri: None)
        self._item_keys: dict[str, str] = {}
        self.root = Path(config.site_dir)
        self._root_text = str(self.root)
        self._items: dict = {}
        self._packages: dict[str, str | bytes] | None = None  # src_uri -> cached file's name, or the JSON itself
        self._taken = taken or {}
        self._newest_of: list[tuple] | None = None

    def prepare(self) -> None:
        """Each item's Zalo JSON, kept in the page cache (or in memory for a page without a fingerprint)."""
        packaged = packaged_entries(self.site)
        self._packages = {src_uri: self._package(entry) for src_uri, entry in sorted(packaged.items())}

    def images(self) -> list[Path]:
        """The share images the feeds give (an enclosure gives its image's size): `write` needs them made."""
        return sorted({self.site.shares[entry.src_uri].image.path for _, newest in self._newest() for entry in newest})

    def _newest(self) -> list[tuple]:
        """(feed, its newest FEED_LIMIT entries) for every feed."""
        if self._newest_of is None:
            order: dict[str, tuple] = {}  # an entry is in several feeds (section, topics, agency): its key made once

            def newest_first(entry) -> tuple:
                if entry.src_uri not in order:
                    order[entry.src_uri] = (published_of(entry, self.store), entry.model.guid)
                return order[entry.src_uri]

            self._newest_of = [(spec, sorted(spec.entries, key=newest_first, reverse=True)[:FEED_LIMIT])
                               for spec in self.site.feeds]
        return self._newest_of

    def write(self) -> None:
        site_url, site_name = self.config.site_url or "", self.config.site_name
        registries = _digest(repr((self.store.topics, self.store.agencies, self.store.programme)).encode())
        for spec, newest in self._newest():
            inputs = (spec.path, spec.title, spec.description, site_url, site_name, registries,
                      tuple(self._item_key(entry) for entry in newest))
            for name, fmt in FEED_FILES:
                def make(fmt=fmt) -> bytes:
                    return feed_bytes(spec, [self._item(entry) for entry in newest], site_url, site_name, fmt)

                # Kept by what the feed is made from: a rebuild links ~300 feeds (~0.4 s to make)
                kept = self.made_once(f"{fmt}.{name}", inputs, make)
                if kept is None:
                    _write(self.root / spec.path / name, make())
                else:
                    link_or_copy(kept, self.root / spec.path / name)

    def place_packages(self) -> None:
        if self._packages is None:
            self.prepare()
        for src_uri, package in self._packages.items():
            self._place_package(src_uri, package)

    def _item_key(self, entry) -> str:
        """What an item of a feed is made from, but the registries and the site's settings
        (a feed's own inputs): the entry (its repr is the digest of its file), its page's
        body, and its share image with the size the enclosure gives."""
        src_uri = entry.src_uri
        if src_uri not in self._item_keys:
            share = self.site.shares[src_uri]
            # The page's fingerprint stands for its body (made from what the fingerprint reads),
            # which a reused page would have to read from the cache: the body itself without one.
            body = self.page_key(src_uri) or self.rendered.get(src_uri, "")
            self._item_keys[src_uri] = _digest(repr((entry, share, share.image.size_bytes, body)).encode())
        return self._item_keys[src_uri]

    def _item(self, entry):
        if entry.src_uri not in self._items:
            self._items[entry.src_uri] = feed_item(entry, self.store, self.rendered.get(entry.src_uri, ""),
                                                   self.site.shares[entry.src_uri], self.config.site_url or "",
                                                   self.config.site_name)
        return self._items[entry.src_uri]

    def _package(self, entry) -> str | bytes:
        """With the package cached or taken by the workers, neither the item nor the page body
        is needed: its file's name, or its bytes."""
        src_uri = entry.src_uri
        if src_uri in self._taken:
            return str(self._taken[src_uri])

        def make() -> bytes:
            return package_json(item_head(entry, self.store, self.config.site_url or ""),
                                self.rendered.get(src_uri, ""), self._names(src_uri), self.config.site_url or "")

        cached = self.memo_file(src_uri, JSON_NAME, make)
        return make() if cached is None else cached

    def _names(self, src_uri: str) -> ZaloNames:
        return package_names(self.site, src_uri)

    def _place_package(self, src_uri: str, package: str | bytes) -> None:
        """The cached package is linked, not written: a new file costs the file system
        ~0.4 ms here, a link a fiftieth of that, and there is one package per item. Joined
        as strings: pathlib's joins cost a rebuild's ~17,600 placings ~0.05 s."""
        names, root = self._names(src_uri), self._root_text
        link_or_copy(self.site.shares[src_uri].zalo_thumbnail.path, f"{root}/{names.thumbnail}")
        if isinstance(package, bytes):
            _write(Path(root, names.json), package)
        else:
            link_or_copy(package, f"{root}/{names.json}")


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
