"""Every image the build makes: share cards, cover crops, responsive variants, Zalo
thumbnails and metadata-free copies of authored images.

Asking for an image answers at once with where it will be and its size; the pixels
are made by worker processes (both cores) while MkDocs renders pages, and
`finish()` waits for them before anything is copied. Made images are kept in the
cache by a hash of their inputs, so a warm build makes none.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from site_builder.images import jobs
from site_builder.images.cache import ImageCache, cache_key
from site_builder.images.cards import HEIGHT, THUMBNAIL, WIDTH, CardSpec
from site_builder.images.jobs import PhotoOutput
from site_builder.images.safety import ImageError, probe_image
from site_builder.images.worker_memory import keep_freed_memory
from site_builder.source_facts import remembered

COVER_MAX_BYTES = 300 * 1024  # Facebook and feeds: a 1200x630 JPEG of at most 300 KB
ZALO_THUMB = (THUMBNAIL.width, THUMBNAIL.height)  # Zalo's article thumbnail
ZALO_THUMB_BYTES = 150 * 1024
VARIANT_WIDTHS = (480, 960, 1440)
CARDS_PER_JOB = 48  # enough to make the hand-over to a worker cheap, few enough to share the work evenly
QRS_PER_JOB = 64  # ~2 ms a code


@dataclass(frozen=True)
class MadeImage:
    path: Path
    width: int
    height: int
    mime_type: str

    @property
    def size_bytes(self) -> int:
        """Only after ImagePipeline.finish(): the file is made in a worker."""
        return self.path.stat().st_size


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


WORKER_NICENESS = 10


def _prepare_worker() -> None:
    """Workers give way to the build process: it renders the pages Pagefind waits for,
    so the sooner it is done the sooner Pagefind starts, and the images left fill the
    core Pagefind's last, single-threaded phase leaves idle (on two cores the workers
    and the build were three processes sharing two, and the build came last). And
    they keep the memory a photo frees for the next (`worker_memory.py`)."""
    os.nice(WORKER_NICENESS)
    keep_freed_memory()


class ImagePipeline:
    def __init__(self, cache: ImageCache, workers: int | None = None, project_dir: Path | None = None):
        self.cache = cache
        self.workers = (os.cpu_count() or 1) if workers is None else workers
        self.project_dir = project_dir
        self._planned: set[str] = set()
        self._photos: dict[Path, list[PhotoOutput]] = {}
        self._cards: dict[CardSpec, list[PhotoOutput]] = {}
        self._qrs: list[tuple[Callable[[str], bytes], str, Path]] = []  # (draw, url, path)
        self._futures: list[tuple[Future, Path | None]] = []
        self._made_by: dict[str, Future] = {}  # an image's path -> the job making it (`wait_for`)
        self._digests: dict[Path, str] = {}
        self._sizes: dict[Path, tuple[int, int]] = {}
        self._known: dict[tuple, Any] = {}  # (kind, inputs) -> path(s): asked again, no hashing, no stat
        self._pool: ProcessPoolExecutor | None = None
        self._opened = False
        self._started = False

    def for_preview(self) -> "ImagePipeline":
        """A pipeline for the dev server's fast path: the few images an edit needs drawn
        in this process (no pool to start), sources' digests and sizes remembered (the
        fast path runs only when no image file changed)."""
        # A cache of its own: the build's listing of the cache folders may be long out of date.
        preview = ImagePipeline(ImageCache(self.cache.folder), workers=1, project_dir=self.project_dir)
        preview._digests, preview._sizes, preview._known = self._digests, self._sizes, self._known
        return preview

    # -- asking for images: answers at once ---------------------------------------------

    def card(self, spec: CardSpec) -> MadeImage:
        path = self._card_output(spec, "card", ".png", PhotoOutput(Path(), "card", WIDTH, HEIGHT))
        return MadeImage(path, WIDTH, HEIGHT, "image/png")

    def card_thumbnail(self, spec: CardSpec) -> MadeImage:
        """The card drawn at 500x320 for the Zalo package, in the same job as the card: a
        PNG like the card (flat colour: ~15 KB, and a JPEG's encoding cost ~8x as much)."""
        thumb = self._card_output(spec, "card-thumb", ".png",
                                  PhotoOutput(Path(), "thumbnail", THUMBNAIL.width, THUMBNAIL.height))
        return MadeImage(thumb, THUMBNAIL.width, THUMBNAIL.height, "image/png")

    def cover(self, source: Path) -> MadeImage:
        """The authored cover cropped to 1200x630, JPEG at most 300 KB, metadata stripped."""
        return self._crop(source, "cover", (WIDTH, HEIGHT), COVER_MAX_BYTES)

    def thumbnail(self, source: Path, size: tuple[int, int] = ZALO_THUMB) -> MadeImage:
        return self._crop(source, "thumb", size, ZALO_THUMB_BYTES)

    def variants(self, source: Path) -> list[MadeImage]:
        """Resized copies for srcset, never wider than the original."""
        return self._remembered(("variants", source), lambda: self._variants(source))

    def _variants(self, source: Path) -> list[MadeImage]:
        width, height = self.size_of(source)
        made = []
        for target in VARIANT_WIDTHS:
            if target > width and made:
                break
            scaled = (target, round(height * target / width)) if width > target else (width, height)
            key = cache_key("variant", {"source": self._digest(source), "width": target})
            path = self._photo(source, key, ".jpg", PhotoOutput(Path(), "variant", target, 0, 400 * 1024))
            made.append(MadeImage(path, *scaled, "image/jpeg"))
        return made

    def stripped(self, source: Path) -> Path:
        """The authored image without its metadata (EXIF, GPS, comments); ImageError now
        when its header is unusable, from finish() when its pixels are."""
        self.size_of(source)
        suffix = source.suffix.lower()
        key = cache_key("stripped", {"source": self._digest(source), "suffix": suffix})
        return self._photo(source, key, suffix, PhotoOutput(Path(), "stripped"))

    def qr(self, url: str, draw: Callable[[str], bytes]) -> Path:
        """The QR code SVG of url, drawn by a worker unless cached: 2,000 procedures' codes
        took ~4 s of the site model, on one core. draw: a module-level function (pickled)."""
        def plan() -> Path:
            key = cache_key("qr", {"url": url})
            path = self._plan(key, ".svg")
            if path is not None:
                self._qrs.append((draw, url, path))
                self._submit_late()
            return self.cache.path_for(key, ".svg")

        return self._remembered(("qr", url), plan)

    def size_of(self, source: Path) -> tuple[int, int]:
        if source not in self._sizes:
            self._sizes[source] = probe_image(source)
        return self._sizes[source]

    # -- making them ---------------------------------------------------------------------

    def open(self) -> None:
        """Let the workers start on cards and QR codes while the site model is still asking
        for images (a full build's second core was idle for ~5 s there): they go in batches
        as they are asked for. Photos wait for start(): a photo's outputs are asked for in
        several places, and are all made from one decoding."""
        self._opened = True

    def start(self) -> None:
        """Hand everything asked for so far to the workers; later requests go at once."""
        self._started = True
        self._submit_late()

    def running(self) -> bool:
        """Whether workers are running (started for images this build)."""
        return self._pool is not None

    def offer(self, function, work: tuple) -> None:
        """Other work for the running workers, beside the images: function(work), waited
        for with them (`all_made`, `finish`); its errors are not an image's, so they are raised."""
        self._run(None, function, work)

    def wait_for(self, paths) -> bool:
        """Wait until the images at paths (asked for before) are made, not for the rest;
        False when a job making one failed (`finish` says why). The feeds need only their
        items' share images: written while the workers make the others, the ~0.7 s they
        take at 10,000 pages is no longer the build process's alone at the end."""
        self.start()
        making = {self._made_by[name] for name in map(str, paths) if name in self._made_by}
        return all(future.exception() is None for future in wait(making).done)

    def all_made(self) -> bool:
        """True when every image asked for is made (none still with the workers, none failed)."""
        if self._photos or self._cards or self._qrs:
            return False
        return all(future.done() and future.exception() is None for future, _ in self._futures)

    def finish(self) -> list[str]:
        """Wait for every image; the messages of the sources that could not be used."""
        self.start()
        errors = []
        for future, source in self._futures:
            try:
                future.result()
            except ImageError as exc:
                errors.append(f"{self._shown(source)}:1: (ảnh): {exc}")
        self._futures, self._made_by = [], {}
        self.close()
        return sorted(set(errors))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _crop(self, source: Path, kind: str, size: tuple[int, int], max_bytes: int) -> MadeImage:
        def plan() -> Path:
            key = cache_key(kind, {"source": self._digest(source), "size": tuple(size)})  # JSON as a list
            return self._photo(source, key, ".jpg", PhotoOutput(Path(), "crop", size[0], size[1], max_bytes))

        return MadeImage(self._remembered((kind, source, size), plan), size[0], size[1], "image/jpeg")

    def _remembered(self, inputs: tuple, plan):
        """plan() once per inputs: a share card asked for by every page of a listing, and
        every image the dev server's fast path asks for again, cost a dictionary lookup."""
        path = self._known.get(inputs)
        if path is None:
            path = self._known[inputs] = plan()
        else:
            self.cache.hits += 1
        return path

    def _photo(self, source: Path, key: str, suffix: str, output: PhotoOutput) -> Path:
        return self._queue(self._photos, source, key, suffix, output)

    def _card_output(self, spec: CardSpec, kind: str, suffix: str, output: PhotoOutput) -> Path:
        return self._remembered((kind, spec), lambda: self._queue(self._cards, spec, cache_key(kind, spec.inputs()),
                                                                  suffix, output))

    def _queue(self, queue: dict, origin, key: str, suffix: str, output: PhotoOutput) -> Path:
        """Queue output (drawn from origin, a photo or a card) unless cached; its path."""
        path = self.cache.path_for(key, suffix)
        if self._to_make(path):
            queue.setdefault(origin, []).append(
                PhotoOutput(path, output.kind, output.width, output.height, output.max_bytes))
            self._submit_late()
        return path

    def _plan(self, key: str, suffix: str) -> Path | None:
        """The path to make, or None when it is cached or already on its way."""
        path = self.cache.path_for(key, suffix)
        return path if self._to_make(path) else None

    def _to_make(self, path: Path) -> bool:
        name = str(path)  # a string's hash is kept; a new Path's costs more than the stat
        if name in self._planned or self.cache.holds(name):
            self.cache.hits += 1
            return False
        self._planned.add(name)
        self.cache.misses += 1
        return True

    def _submit_late(self) -> None:
        if self._started:
            # In the order first asked for: the newest news items' covers first (`add_news`),
            # which the feeds show (`wait_for`).
            for source, outputs in self._photos.items():
                self._run(source, jobs.make_photo_outputs, source, tuple(outputs),
                          made=[output.path for output in outputs])
            self._photos = {}
        if self._started or self._opened:
            self._submit_batches(whole_only=not self._started)

    def _submit_batches(self, whole_only: bool) -> None:
        """Cards and QR codes asked for so far, in jobs of a batch each; whole_only keeps
        them until there is a whole batch."""
        if not whole_only or len(self._cards) >= CARDS_PER_JOB:
            self._in_batches(jobs.make_cards, [(spec, tuple(outputs)) for spec, outputs in self._cards.items()],
                             CARDS_PER_JOB, lambda card: [output.path for output in card[1]])
            self._cards = {}
        if not whole_only or len(self._qrs) >= QRS_PER_JOB:
            self._in_batches(jobs.make_qrs, self._qrs, QRS_PER_JOB, lambda qr: [qr[2]])
            self._qrs = []

    def _in_batches(self, function, work: list, size: int, paths_of) -> None:
        for i in range(0, len(work), size):
            batch = tuple(work[i:i + size])
            self._run(None, function, batch, made=[path for item in batch for path in paths_of(item)])

    def _run(self, source: Path | None, function, *args, made=()) -> None:
        """function(*args) in a worker; made: the paths of the images it makes (`wait_for`)."""
        if self.workers <= 1:  # one core: no process to hand work to
            future: Future = Future()
            try:
                function(*args)
                future.set_result(None)
            except ImageError as exc:
                future.set_exception(exc)
        else:
            if self._pool is None:
                # forkserver: the build may run inside `mkdocs serve`, whose threads a fork would copy
                self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("forkserver"),
                                                 initializer=_prepare_worker)
            future = self._pool.submit(function, *args)
        self._futures.append((future, source))
        for path in made:
            self._made_by[str(path)] = future

    def _digest(self, source: Path) -> str:
        if source not in self._digests:
            self._digests[source] = remembered("sha256", source, file_digest)
        return self._digests[source]

    def _shown(self, source: Path | None) -> str:
        if source is None or self.project_dir is None:
            return str(source)
        try:
            return source.resolve().relative_to(self.project_dir.resolve()).as_posix()
        except ValueError:
            return source.as_posix()
