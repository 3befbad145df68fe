"""The portal's one MkDocs plugin: event methods only, each delegating."""

from __future__ import annotations

import functools
import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from site_builder.clock import Clock
from site_builder.collector import BuildCollector, collection_paused
from site_builder.config import PortalConfig
from site_builder.content.loader import load_content
from site_builder.content.parse_cache import code_digest
from site_builder.content.publishing import apply_publishing
from site_builder.feeds.publish import FeedPublisher
from site_builder.forked import Begun, begun
from site_builder.freed_memory import give_back_freed_memory
from site_builder.images.cache import ImageCache
from site_builder.images.pipeline import ImagePipeline
from site_builder.kept_memos import load_memos, save_memos
from site_builder.output.atomic import AtomicOutput
from site_builder.output.content_links import (
    ContentLinksExtension,
    LinkState,
    write_variants,
)
from site_builder.output.generations import generation_folder
from site_builder.output.markdown_render import SharedMarkdown
from site_builder.output.page_cache import (
    REUSED_TEMPLATE,
    PageCache,
    RenderedBodies,
    build_salt,
    linked_files,
)
from site_builder.output.page_plan import PagePlan
from site_builder.output.page_reuse import PageReuse, link_all
from site_builder.output.page_warnings import PageWarnings
from site_builder.output.sanitize import clean_html
from site_builder.output.settled_pages import SettledPage, nav_sources
from site_builder.output.sitemap import sitemap_xml
from site_builder.output.toc import TITLE_ANCHOR, page_toc
from site_builder.output.virtual_files import (
    GeneratedPageFile,
    PortalFiles,
    generated_content,
    made_later,
    place_made_later,
    release_markdown,
    replace_files,
    strip_authored_images,
)
from site_builder.preview.fast_path import PreviewBuilder, PreviewState
from site_builder.preview.snapshot import Snapshot
from site_builder.preview.stopping import stop_as_on_ctrl_c
from site_builder.preview.watching import watch_by_notices
from site_builder.process_exit import end_after_build
from site_builder.reporting import log, raise_or_warn
from site_builder.search.index import (
    SearchIndexError,
    stop_background_index,
)
from site_builder.search.page_texts import PageTexts, place_texts
from site_builder.search.publish import SearchIndexes
from site_builder.search.quick_record import SearchRecords, encoded_record
from site_builder.theme_support import (
    cache_compiled_templates,
    register_filters,
    register_translations,
)
from site_builder.views.early_images import ask_for_qr_codes
from site_builder.views.site import (
    BuildSettings,
    DuplicatePageError,
    SiteModel,
    build_site_model,
)
from site_builder.zalo.early import PackagesForWorkers

GIVE_BACK_FROM = 1_000_000  # characters of Markdown let go: the freed memory is handed back (`freed_memory.py`)


class PortalPlugin(BasePlugin[PortalConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.command = "build"
        self.site = SiteModel()
        self.output: AtomicOutput | None = None
        self.store = None
        self.rendered = RenderedBodies()
        self.entries: dict = {}  # src_uri -> Entry
        self.sources: dict[str, str] = {}
        self.statuses: dict[str, str] = {}
        self.images: ImagePipeline | None = None
        self.files: Files | None = None
        self.preview: PreviewState | None = None  # the dev server's fast path renders with it
        self.search: SearchIndexes | None = None  # started once every page's search record is known
        self.plan: PagePlan | None = None  # which pages this build renders (`adopt`)
        self.packages: PackagesForWorkers | None = None  # Zalo packages the image workers make (`adopt`)
        self.collector = BuildCollector()
        self._nav = None
        self._built = False  # this build got through on_post_build, and no error came after
        self.page_warnings = PageWarnings()
        self._placed_early: Begun | None = None  # links begun at on_env (`_place_early`)
        self.released_markdown = 0

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command
        if command == "serve":
            stop_as_on_ctrl_c()

    @event_priority(-100)  # after every other plugin's: the process may end here
    def on_shutdown(self) -> None:
        stop_background_index()  # in a session of its own: the server's end does not reach it
        end_after_build(self.command, self._built)

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        stop_background_index()
        self._built = False
        self.search = None
        self.collector.start()
        self.clock = Clock.from_environment()
        self.links = LinkState()
        project_dir = Path(config.config_file_path).parent
        cache_dir = project_dir / self.config.cache_dir
        self._cache_dir = cache_dir
        load_memos(cache_dir)
        salt = build_salt(
            [self.command, config.site_url, config.site_name, config.site_description, config.copyright,
             config.use_directory_urls, dict(config.theme), config.extra, config.nav, config.markdown_extensions,
             config.mdx_configs, config.extra_css, config.extra_javascript, dict(self.config)],
            Path(config.theme.custom_dir) if config.theme.custom_dir else None)
        self.reuse = PageReuse(PageCache(generation_folder(cache_dir / "pages", salt), salt))
        self.markdown = SharedMarkdown()  # after this event: every plugin's extensions are in the config
        self._parse_cache_dir = generation_folder(cache_dir / "content", code_digest())
        self.search_records = SearchRecords()
        self.released_markdown = 0  # characters of entry bodies let go (`_release_markdown`)
        config.markdown_extensions.append(ContentLinksExtension(self.links))
        self.output = None
        if self.config.atomic_output and self.command in ("build", "gh-deploy"):
            self.output = AtomicOutput(Path(config.site_dir), bool(config.strict))
            config.site_dir = str(self.output.begin())
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        self.mkdocs_config = config
        roots = self._watched(config)
        snapshot = Snapshot.take(*roots) if self.command == "serve" else None  # before reading: no edit missed
        images = self.images = ImagePipeline(ImageCache(self.project_dir() / self.config.cache_dir),
                                             project_dir=self.project_dir())  # closed by on_build_error
        images.open()  # QR codes and cards are drawn while the content is read and the site model made
        ask_for_qr_codes(images, self.content_dir(), config.site_url or "")
        store, problems = load_content(self.content_dir(), self.project_dir(), self.parse_cache_dir())
        raise_or_warn(problems)
        store, scheduled = apply_publishing(store, self.clock.now, preview=self.command == "serve")
        if scheduled:
            log.info(f"Hẹn đăng tiếp theo (next scheduled): {scheduled[0]}")
        # What on_files makes lives to the end of the build (content, models, views, MkDocs'
        # files): no collection walks it, and once made it is out of the collector's sight
        # (`collector.py`; a quarter of the dev server's fast path).
        with collection_paused():
            self.adopt(store, self._site_model(store, images, self.clock.now), images)
            files, image_errors = strip_authored_images(files, config, self.images, self.config.content_dir)
            _raise_image_errors(image_errors)
            to_render = self.plan.decide(sorted(self.site.pages), self._fingerprint_inputs)
            self.files = replace_files(files, self.site, config, to_render)
            # src_uris, not get_file_from_path: its PurePath per call cost ~40 ms a rebuild (our src_uris are POSIX)
            self.plan.expect({uri for uri in to_render if uri in self.files.src_uris})
            if self.plan.read_records:  # a build: the dev server's fast path renders from MkDocs' own pages
                self._settle_reused(config)
        self.images.start()  # workers make images while MkDocs renders the pages
        if snapshot is not None:
            self._roots, self._snapshot = roots, snapshot
        return self.files

    def _settle_reused(self, config: MkDocsConfig) -> None:
        """Reused pages MkDocs need not see at all (`output/settled_pages.py`)."""
        in_nav = nav_sources(config.nav)
        files = self.files.src_uris
        for src_uri in self.plan.with_record():
            file = files.get(src_uri)
            if src_uri in in_nav or not isinstance(file, GeneratedPageFile):
                continue
            cached = self.reuse.settle(src_uri, file.abs_dest_path, self.rendered, self.links.variants)
            update_date = self.site.pages[src_uri].update_date
            self.files.settle(file, SettledPage.of(file.url, config.site_url, update_date, cached.anchors))
            self._note_text(src_uri, file, functools.partial(_read_text, cached.html), reused=True)

    def _note_text(self, src_uri: str, file, html, reused: bool) -> None:
        """The text beside a page with a search record (an entry), without Pagefind (`search/page_texts.py`)."""
        if self.texts is not None and file.url in self.search_records.records:
            self.texts.note(src_uri, file.abs_dest_path, html, reused)

    def _fingerprint_inputs(self, src_uri: str) -> tuple:
        """What a page's HTML is made from, besides the build's salt (`page_cache`)."""
        generated = self.site.pages[src_uri]
        return (_markdown_as_read(generated.markdown, self.entries.get(src_uri)),
                sorted(self._meta(src_uri, generated).items()), generated.update_date,
                generated.context, generated.toc, sorted(generated.anchors),
                linked_files(generated.markdown, self.sources.get(src_uri), self.links.content_dir, self.links.entries))

    def _watched(self, config: MkDocsConfig) -> tuple[Path, ...]:
        """What the dev server watches and the fast path's snapshots cover."""
        theme = (Path(config.theme.custom_dir),) if config.theme.custom_dir else ()
        return (self.content_dir(), Path(config.config_file_path)) + theme

    def content_dir(self) -> Path:
        return self.project_dir() / self.config.content_dir

    def project_dir(self) -> Path:
        return Path(self.mkdocs_config.config_file_path).parent

    def parse_cache_dir(self) -> Path:
        return self._parse_cache_dir

    def _site_model(self, store, images: ImagePipeline, now) -> SiteModel:
        config = self.mkdocs_config
        settings = BuildSettings(self.config.page_size, config.site_url or "", config.site_name, now,
                                 self.content_dir(), self.reuse.cache.made_once)
        try:
            return build_site_model(store, settings, images)
        except DuplicatePageError as exc:
            raise PluginError(str(exc)) from None

    def adopt(self, store, site: SiteModel, images: ImagePipeline) -> None:
        """Build (or preview update) state from this content: pages render from it."""
        self.store, self.site, self.images, self.rendered = store, site, images, RenderedBodies()
        self.links.entries = {e.source: e.src_uri for e in store.entries}
        self.entries = {e.src_uri: e for e in store.entries}
        self.sources = {e.src_uri: e.source for e in store.entries}
        self.statuses = {e.src_uri: e.status for e in store.entries}
        self.links.content_dir, self.links.images, self.links.variants = self.content_dir(), images, {}
        self.reuse = PageReuse(self.reuse.cache)
        self.search_records = SearchRecords()
        self.plan = PagePlan(self.reuse, self.search_records, read_records=self.command != "serve")
        self.texts = None if self.config.pagefind else PageTexts(self.reuse)
        self.packages = PackagesForWorkers(site, store, self.mkdocs_config.site_url or "", self.rendered,
                                           self.reuse.memo_path, images)
        self.page_warnings.detach()
        self.page_warnings = PageWarnings()  # its pages' warnings, from the first page rendered
        self.page_warnings.attach()

    def model_for_preview(self, store):
        """(store, site model, images) of the dev server's fast path, against the clock now."""
        now = Clock.from_environment().now
        store, _ = apply_publishing(store, now, preview=True)
        images = self.images.for_preview()
        return store, self._site_model(store, images, now), images

    def generated_markdown(self, src_uri: str) -> str:
        return generated_content(self.site.pages[src_uri])

    def finish_preview(self, place_static) -> None:
        """The fast path's end of build: images drawn and placed, cached pages linked."""
        _raise_image_errors(self.images.finish())
        place_static()
        write_variants(self.links.variants, self.mkdocs_config)
        self._forget_warned_pages()
        self.reuse.link_cached()

    def on_nav(self, nav, *, config: MkDocsConfig, files: Files):
        self._nav = nav
        return nav

    def on_env(self, env, *, config: MkDocsConfig, files: Files):
        if self.output is not None:  # the last event before MkDocs writes: `find` has had the most time
            log.info(f"Thư mục dùng lại: {self.output.adopt_folders()} (folders reused from the site before)")
        register_filters(env)
        cache_compiled_templates(env, self.reuse.cache.folder / "jinja")
        register_translations(env, config.theme["language"])
        env.auto_reload = False  # each build makes a new environment; no need to stat every template per page
        self._env = env
        self._placed_early = self._place_early()
        return env

    def _place_early(self) -> Begun | None:
        """A rebuild that made no image: what the cache holds of the pages reused (their
        HTML and texts) and the images are linked from here on, in a forked copy of the
        build when it may fork, while MkDocs renders (~0.35 s of links at 10,000 pages, where
        MkDocs takes ~0.3 s); the end of the build links the pages rendered since. The
        folders are in place (`adopt_folders`) and MkDocs writes none of these files."""
        if self.plan is None or not self.plan.read_records or self.images is None or not self.images.all_made():
            return None
        pages, made = self.reuse.take_links(), made_later(self.files)
        texts = self.texts.take_later() if self.texts is not None else []
        return begun(lambda: (link_all(pages), place_texts(texts), [file.place() for file in made]))

    def on_serve(self, server, *, config: MkDocsConfig, builder):
        server.builder = PreviewBuilder(self, builder)
        watch_by_notices(server)
        return server

    def on_pre_page(self, page: Page, *, config: MkDocsConfig, files: Files) -> Page:
        src_uri = page.file.src_uri
        self.page_warnings.begin(src_uri)  # to on_page_content: MkDocs converts the page and checks its links
        generated = self.site.pages.get(src_uri)
        self.links.page_variants = {}
        if generated is not None and not self.reuse.is_decided(src_uri):  # the dev server's fast path
            self.reuse.decide(src_uri, *self._fingerprint_inputs(src_uri))
        if not self.reuse.apply(page):
            page.render = functools.partial(self.markdown.render, page)
        return page

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        src_uri = page.file.src_uri
        generated = self.site.pages.get(src_uri)
        self.links.source = self.sources.get(src_uri)
        self.links.src_uri = src_uri
        if generated is not None:
            page.meta = self._meta(src_uri, generated)
            page.update_date = generated.update_date
            if self.reuse.is_reused(src_uri):
                page.meta["template"] = REUSED_TEMPLATE  # on_post_page puts the cached HTML back
                return ""
        return markdown

    def _meta(self, src_uri: str, generated) -> dict:
        meta = {"template": generated.template, "title": generated.title, "og_type": generated.og_type,
                "portal_status": self.statuses.get(src_uri, "published")}
        if generated.description:
            meta["description"] = generated.description
        share = self.site.shares.get(src_uri)
        if share is not None:
            meta.update(og_image=share.url, og_image_width=share.image.width,
                        og_image_height=share.image.height, og_image_type=share.image.mime_type)
        return meta

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        self.page_warnings.end()
        if page.file.src_uri not in self.site.pages:
            return html
        generated = self.site.pages[page.file.src_uri]
        if self.reuse.restore(page, self.rendered, self.links.variants):
            return ""
        self.page_warnings.watch_anchor_check(page)
        page.present_anchor_ids = (page.present_anchor_ids or set()) | generated.anchors
        if generated.template != "main.html":  # Material's skip link goes to the first TOC entry
            page.toc = page_toc(generated.title, generated.toc, page.toc)
            page.present_anchor_ids.add(TITLE_ANCHOR)
        cleaned = clean_html(html)
        page.markdown = ""  # rendered: its text is the site model's, not kept a second time (not None: no title then)
        self.reuse.note_files(page.file.src_uri, self.links.page_variants)
        self.rendered.set_text(page.file.src_uri, cleaned)  # feeds carry the body after the pages are built
        self.packages.rendered(page.file.src_uri)
        return cleaned

    def on_page_context(self, context, *, page: Page, config: MkDocsConfig, nav):
        self.page_warnings.begin(page.file.src_uri)  # to on_post_page: the page's template
        generated = self.site.pages.get(page.file.src_uri)
        if generated is not None:
            context.update(generated.context)
        return context

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        src_uri = page.file.src_uri
        self.page_warnings.end()
        if src_uri not in self.site.pages:
            return output
        known, reused = self.plan.has_record(src_uri), self.reuse.is_reused(src_uri)
        kept = self.reuse.finish(page, output, functools.partial(self.rendered.compressed_body, src_uri),
                                 {} if known else {"search": functools.partial(encoded_record, page.url)})
        if not known:
            self.search_records.add(kept.derived["search"], kept.html)
        self._note_text(src_uri, page.file, functools.partial(_read_text, kept.html) if reused else lambda: output,
                        reused)
        page.content = ""  # written: the body lives on in `rendered` (compressed) for the feeds
        if self.command != "serve":
            self._release_markdown(src_uri, page.file)
        if self.plan.done(src_uri, written_by_mkdocs=kept.html is None):
            self._start_search(config)
        return "" if kept.html is not None else output  # a cached page: MkDocs writes nothing, it is linked in

    def _start_search(self, config: MkDocsConfig) -> None:
        """Once every page's record is known: Pagefind (reading reused pages from the page
        cache) runs while the rest is built and placed."""
        if self.search is None:
            self.search = SearchIndexes.start(list(self.search_records.records.values()), Path(config.site_dir),
                                              use_pagefind=self.config.pagefind, serving=self.command == "serve",
                                              segment=self.config.search_segment,
                                              cache=self.project_dir() / self.config.cache_dir,
                                              page_files=self.search_records.cached_files)

    def _release_markdown(self, src_uri: str, file) -> None:
        """A built page's Markdown let go: nothing reads it once the page is written (its
        fingerprint was taken before), and 8,800 entries' bodies were ~40 MB of a 10,000-page
        build's peak, at its end. Not in the dev server, whose fast path compares the models."""
        entry = self.entries.get(src_uri)
        if entry is not None:
            self.released_markdown += len(entry.body)
            entry.body = ""
        release_markdown(self.site, src_uri, file)

    def on_template_context(self, context, *, template_name: str, config: MkDocsConfig):
        if template_name == "sitemap.xml":
            pages = context["pages"]
            if isinstance(self.files, PortalFiles):
                pages = self.files.sitemap_pages(pages)  # not the pages-to-render-first order
            context["portal_sitemap"] = sitemap_xml(pages)
        return context

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        self._forget_warned_pages()
        if self.released_markdown >= GIVE_BACK_FROM:  # a rebuild renders too few pages to gain the ~15-30 ms
            give_back_freed_memory()  # the pages' Markdown, let go as they were written
        save_memos(self._cache_dir)
        self._start_search(config)  # unless started once the last page to render was done
        self.packages.flush()
        feeds = FeedPublisher(self.site, self.store, self.rendered, config, self.reuse.memo_file,
                              self.reuse.cache.made_once, self.reuse.fingerprints.get, self.packages.taken)
        feeds.prepare()  # needs no image: made while the workers finish them
        images_made = self.images.all_made()  # else the packages wait for their thumbnails

        early = self._placed_early

        def link_pages() -> None:
            self.reuse.link_cached()  # (begun early: the pages rendered since)
            if self.texts is not None:
                self.texts.place()

        def placing() -> None:
            """Links of files in the cache, in the quick tier's forked copy when it forks,
            so that the two processes take about as long: a full build's pages, while this
            process waits for the images; the Zalo packages (~0.2 s at 10,000 pages) of a
            rebuild that did not begin placing early. Placing begun early (`_place_early`),
            the quick tier (~0.3 s) is alone there, the feeds and packages (~0.35 s) here."""
            if not images_made:
                link_pages()
            elif early is None:
                feeds.place_packages()

        def place_the_rest() -> None:
            if images_made:
                link_pages()
            # The feeds once their own images are made, while the workers make the rest.
            feeds_written = self.images.wait_for(feeds.images())
            if feeds_written:
                feeds.write()
            _raise_image_errors(self.images.finish())
            if early is None:
                place_made_later(self.files)
            if not feeds_written:
                feeds.write()
            if not images_made or early is not None:
                feeds.place_packages()
            write_variants(self.links.variants, config)
            if early is not None:
                early.wait()

        self.search.write_quick_tier(place_the_rest, placing)
        try:
            self.search.finish()
        except SearchIndexError as exc:
            raise PluginError(str(exc)) from None
        log.info(self.reuse.summary())
        log.info(f"Ảnh: vẽ mới {self.images.cache.misses}, lấy từ bộ nhớ đệm {self.images.cache.hits} "
                 f"(images: {self.images.cache.misses} drawn, {self.images.cache.hits} cached)")
        if self.output is not None:
            # The reused pages' folders hold their linked HTML: not tried for removal.
            settled = getattr(self.files, "settled", {})
            self.output.commit({os.path.dirname(file.abs_dest_path) for file in settled.values()})
            config.site_dir = str(self.output.final)
        if self.command == "serve":
            self.preview = PreviewState(config, self.files, self._nav, self._env, self._roots, self._snapshot)
        self.collector.stop()
        self._built = True

    def _forget_warned_pages(self) -> None:
        """Pages that warned are not reused: the next build warns again (`page_warnings`)."""
        self.page_warnings.detach()
        warned, self.page_warnings.warned = sorted(self.page_warnings.warned), set()  # once: an error may follow
        if warned:  # (so a page was processed: the build got past on_config)
            self.reuse.forget(warned)
            log.info(f"Trang có cảnh báo, không giữ trong bộ nhớ đệm: {len(warned)} "
                     f"(pages with warnings, not kept in the page cache)")

    def on_build_error(self, *, error: Exception) -> None:
        self._built = False  # strict mode's warnings too: MkDocs raises them after on_post_build
        if self._placed_early is not None:
            self._placed_early.discard()
        self._forget_warned_pages()
        self.preview = None
        self.collector.stop()
        if self.search is not None:
            self.search.abort()
        if self.images is not None:
            self.images.close()
        if self.output is not None:
            self.output.abort()


def _markdown_as_read(markdown: str, entry) -> object:
    """A page's Markdown as its fingerprint reads it: an entry's own body as the entry's
    parse-cache key, a digest of the file the body comes from (~10 µs a page of repr and
    hashing, 9,000 entry pages at 10,000), any other text as it is."""
    if entry is not None and entry.source_key and markdown is entry.body:
        return ("the body of", entry.source_key)
    return markdown


def _raise_image_errors(errors: list[str]) -> None:
    if errors:
        raise PluginError("Ảnh không dùng được (unusable images):\n" + "\n".join(errors))


def _read_text(path: str | Path) -> str:
    with open(path, encoding="utf-8") as opened:
        return opened.read()
