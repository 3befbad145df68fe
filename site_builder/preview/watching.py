"""The dev server hears of a saved file from the kernel (inotify), not by polling.

MkDocs' dev server looks for changes by polling: every half second it lists and stats
every file it watches (10,000 content files: ~0.3 s of Python holding the interpreter
lock, while a preview build competes for it), and a save is seen up to a poll and a
listing later. Where the kernel sends change notices (Linux), the server's observer is
swapped for watchdog's inotify observer before it starts: a save is seen at once and
watching costs nothing between saves. Elsewhere, or when the notices cannot be had (the
system's limit on watches reached), polling stays as MkDocs has it. Only changes are
heard: the kernel also tells of a file opened or read, and MkDocs' handler takes any
file event for a change (every build, reading the content, would start the next).

This reaches into MkDocs' LiveReloadServer (its observer and the paths it watched, as
the pinned MkDocs 1.6.1 keeps them); tests/preview/test_watching.py checks it against
the real server."""

from __future__ import annotations

import logging

log = logging.getLogger("mkdocs.plugins.portal")


def watch_by_notices(server) -> bool:
    """server's watching moved to change notices, before server.serve() starts it; True
    when it was (False: polling kept)."""
    try:
        from watchdog.observers.inotify import InotifyObserver
    except ImportError:  # not Linux
        return False
    class ChangesObserver(InotifyObserver):
        def schedule(self, event_handler, path, *, recursive=False, event_filter=None, follow_symlink=False):
            return super().schedule(event_handler, path, recursive=recursive, event_filter=_changes(),
                                    follow_symlink=follow_symlink)

    watched = dict(getattr(server, "_watched_paths", {}))  # path -> how many watch() calls asked for it
    if not hasattr(server, "_watch_refs") or not watched:  # not the server this was written for: it polls
        return False
    if not _notices_work(ChangesObserver, list(watched)):
        log.info("Theo dõi tệp bằng cách quét định kỳ (watching files by polling: no change notices here)")
        return False
    server.observer = ChangesObserver()  # the polling one was never started: dropped
    server._watched_paths, server._watch_refs = {}, {}
    for path, count in watched.items():
        for _ in range(count):
            server.watch(path)
    return True


def _changes() -> list:
    """What a save, a new file, a removal or a rename sends: not an opening or a read."""
    from watchdog import events

    return [events.FileCreatedEvent, events.FileModifiedEvent, events.FileDeletedEvent, events.FileMovedEvent,
            events.FileClosedEvent, events.FileAttribEvent, events.DirCreatedEvent, events.DirDeletedEvent,
            events.DirMovedEvent]


def _notices_work(observer_type, paths: list[str]) -> bool:
    """Whether an observer of that type can watch every path (it may not: the system's
    limit on inotify watches, a file system without notices)."""
    from watchdog.events import FileSystemEventHandler

    probe = observer_type()
    try:
        for path in paths:
            probe.schedule(FileSystemEventHandler(), path, recursive=True)
        probe.start()
        return True
    except OSError:
        return False
    finally:
        if probe.is_alive():
            probe.stop()
            probe.join()
