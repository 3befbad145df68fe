"""The dev server's watching moved to the kernel's change notices: MkDocs' own
LiveReloadServer, its paths watched as before, a save seen at once."""

from __future__ import annotations

import time

from mkdocs.livereload import LiveReloadServer
from watchdog.observers.inotify import InotifyObserver
from watchdog.observers.polling import PollingObserver

from site_builder.preview import watching
from site_builder.preview.watching import watch_by_notices


def _server(tmp_path):
    content = tmp_path / "content"
    (content / "news").mkdir(parents=True)
    (content / "news" / "a.md").write_text("cũ", encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: Thử\n", encoding="utf-8")
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path / "site"))
    server.watch(str(content))
    server.watch(str(config))
    server.watch(str(content))  # asked twice: one unwatch() must not end it
    return server, content, config


def _seen(server, deadline: float) -> bool:
    with server._rebuild_cond:
        return server._rebuild_cond.wait_for(lambda: server._want_rebuild, timeout=deadline)


def test_a_save_is_seen_from_the_kernel_at_once(tmp_path):
    server, content, config = _server(tmp_path)
    assert isinstance(server.observer, PollingObserver)
    assert watch_by_notices(server)
    assert isinstance(server.observer, InotifyObserver)
    assert server._watched_paths == {str(content): 2, str(config): 1}
    server.observer.start()
    try:
        (content / "news" / "a.md").read_text(encoding="utf-8")  # a build reads every content file
        time.sleep(0.5)
        assert not server._want_rebuild
        (content / "news" / "a.md").write_text("mới", encoding="utf-8")
        assert _seen(server, 2.0)
        server._want_rebuild = False
        config.write_text("site_name: Thử lại\n", encoding="utf-8")
        assert _seen(server, 2.0)
        server.unwatch(str(content))
        assert str(content) in server._watched_paths
    finally:
        server.observer.stop()
        server.observer.join()


def test_without_notices_polling_stays(tmp_path, monkeypatch):
    server, _, _ = _server(tmp_path)
    polling = server.observer
    monkeypatch.setattr(watching, "_notices_work", lambda observer_type, paths: False)
    assert not watch_by_notices(server)
    assert server.observer is polling


def test_a_path_the_kernel_cannot_watch_keeps_polling(tmp_path):
    server, _, _ = _server(tmp_path)
    server.watch(str(tmp_path / "gone"))  # MkDocs polls a missing path; inotify refuses it
    polling = server.observer
    assert not watch_by_notices(server)
    assert server.observer is polling


def test_a_server_without_the_watched_paths_this_expects_keeps_its_own_watching():
    class OtherServer:
        observer = "its own"

    server = OtherServer()
    assert not watch_by_notices(server)
    assert server.observer == "its own"
