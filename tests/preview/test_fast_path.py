"""The dev server's fast path, through a real `mkdocs serve` of the sample portal:
an edit serves the page and its listings without a full build, byte for byte what
a full build serves; anything else gets the full build, problems reported."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from site_builder.bench.serve import free_port
from tests.helpers import TEST_NOW, copy_repository_site

NEWS = "content/news/2024-04-10-tap-huan-chuyen-doi-so.md"
NEWS_URL = "tin-tuc/2024-04-10-tap-huan-chuyen-doi-so/"
FAST = re.compile(r"Xem trước: cập nhật (\d+) trang")
FULL = "Xem trước: dựng lại toàn bộ"


class DevServer:
    def __init__(self, project: Path) -> None:
        self.project = project
        self.port = free_port()
        self.log_path = project / "serve.log"
        env = {**os.environ, "PORTAL_NOW": TEST_NOW, "NO_MKDOCS_2_WARNING": "1"}
        with self.log_path.open("w") as log:
            self.process = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{self.port}"],
                                            cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT)
        self.wait_for_log("Serving on", 0, timeout=180)
        time.sleep(1.0)  # the watcher starts after the first build

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8")

    def mark(self) -> int:
        return len(self.log())

    def wait_for_log(self, text: str, since: int, timeout: float = 120) -> str:
        """The log written after `since`, once it holds text and the browsers were told to reload."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            written = self.log()[since:]
            if text in written and ("Reloading browsers" in written.split(text, 1)[1] or text == "Serving on"):
                return written
            if self.process.poll() is not None:
                break
            time.sleep(0.1)
        raise AssertionError(f"no {text!r} in the server's log:\n{self.log()[since:][-3000:]}")

    def get(self, path: str) -> bytes:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/{path}", timeout=10) as response:
            return response.read()

    def page(self, path: str) -> bytes:
        """The page without the live-reload script's epoch, which every build moves on."""
        return re.sub(rb"livereload\(\d+, \d+\)", b"", self.get(path))

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    running = DevServer(copy_repository_site(tmp_path_factory.mktemp("serve")))
    yield running
    running.stop()


def _edit(project: Path, relative: str, old: str, new: str) -> str:
    path = project / relative
    original = path.read_text(encoding="utf-8")
    assert old in original
    path.write_text(original.replace(old, new, 1), encoding="utf-8")
    return original


def test_an_edit_serves_the_page_and_its_listings_without_a_full_build(server):
    since = server.mark()
    original = _edit(server.project, NEWS, "title: Tập huấn", "title: Sửa thử nghiệm, tập huấn")
    try:
        written = server.wait_for_log("Xem trước:", since)
        fast = FAST.search(written)
        assert fast is not None, written
        assert "Building documentation" not in written  # no full build
        # the item, the news listing, the home page, a topic listing or two: not the whole site
        assert 3 <= int(fast.group(1)) <= 10, written
        for path in (NEWS_URL, "tin-tuc/"):
            assert "Sửa thử nghiệm, tập huấn" in server.get(path).decode("utf-8"), path
        served = {path: server.page(path) for path in (NEWS_URL, "tin-tuc/", "")}

        # The same content built in full, every page rendered again (no page cache): the same bytes.
        shutil.rmtree(server.project / ".cache" / "images" / "pages")
        since = server.mark()
        config = server.project / "mkdocs.yml"
        config.write_text(config.read_text(encoding="utf-8") + "\n# dựng lại\n", encoding="utf-8")
        written = server.wait_for_log("Building documentation", since)
        assert FULL in written and "thay đổi không chỉ ở tệp nội dung" in written
        assert {path: server.page(path) for path in served} == served
    finally:
        since = server.mark()
        (server.project / NEWS).write_text(original, encoding="utf-8")
        server.wait_for_log("Xem trước:", since)


def test_a_new_file_gets_a_full_build(server):
    added = server.project / "content/news/2024-05-02-tin-moi-trong-xem-truoc.md"
    since = server.mark()
    added.write_text("---\nguid: urn:uuid:6b3c1f5e-2f44-4c61-9a7e-1d2f3e4a5b6c\ntitle: Tin mới trong xem trước\n"
                     "published: 2024-05-02 08:00\nsummary: Một tin thêm khi máy chủ xem trước đang chạy.\n---\n\n"
                     "Nội dung tin.\n", encoding="utf-8")
    try:
        written = server.wait_for_log("Building documentation", since)
        assert FULL in written and "có tệp thêm, xoá hoặc đổi tên" in written
        assert "Tin mới trong xem trước" in server.get("tin-tuc/2024-05-02-tin-moi-trong-xem-truoc/").decode("utf-8")
        assert "Tin mới trong xem trước" in server.get("tin-tuc/").decode("utf-8")
    finally:
        since = server.mark()
        added.unlink()
        server.wait_for_log("Building documentation", since)


def test_a_content_error_is_reported_by_the_full_build_and_the_fix_is_served(server):
    since = server.mark()
    original = _edit(server.project, NEWS, "published: 2024-04-10 09:00", "published: hôm qua")
    written = ""
    deadline = time.monotonic() + 120
    while "Aborted" not in written and time.monotonic() < deadline:
        time.sleep(0.2)
        written = server.log()[since:]
    assert FULL in written and "nội dung có lỗi" in written
    assert f"{NEWS}:4: published:" in written and "'hôm qua'" in written

    since = server.mark()
    (server.project / NEWS).write_text(original, encoding="utf-8")
    written = server.wait_for_log("Building documentation", since)  # after an error: a full build, not the fast path
    assert "Tập huấn kỹ năng viết tin" in server.get(NEWS_URL).decode("utf-8")


def test_a_page_that_warns_in_the_fast_path_is_not_kept_for_the_next_build(server):
    since = server.mark()
    original = (server.project / NEWS).read_text(encoding="utf-8")
    (server.project / NEWS).write_text(original + "\n\nXem [tài liệu](khong-co.md).\n", encoding="utf-8")
    try:
        written = server.wait_for_log("Xem trước:", since)
        assert FAST.search(written) is not None, written
        assert "contains a link 'khong-co.md', but the target" in written
        assert "Trang có cảnh báo, không giữ trong bộ nhớ đệm: 1 " in written
    finally:
        since = server.mark()
        (server.project / NEWS).write_text(original, encoding="utf-8")
        server.wait_for_log("Xem trước:", since)
