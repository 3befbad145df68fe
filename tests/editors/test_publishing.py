"""Drafts, scheduled publication and expiry: out of the published build (pages, listings,
feeds, sitemap), in the preview with a banner; the build says what is scheduled next."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

from tests.helpers import TEST_NOW, build, make_site

DRAFT = """---
guid: urn:uuid:9b1e0000-0000-4000-8000-00000000d001
title: Tin nháp chưa đăng
published: 2024-05-01 08:00
summary: Bản nháp.
draft: true
---

Nội dung nháp.
"""
SCHEDULED = """---
guid: urn:uuid:9b1e0000-0000-4000-8000-00000000d002
title: Tin hẹn giờ đăng
published: 2026-12-01 08:00
summary: Đăng vào tháng 12.
---

Nội dung hẹn giờ.
"""
EXPIRED = """---
guid: urn:uuid:9b1e0000-0000-4000-8000-00000000d003
title: Tin đã hết hạn
published: 2024-05-02 08:00
summary: Hết hạn.
expires: 2025-01-01 00:00
---

Nội dung hết hạn.
"""


def site_with_states(tmp_path):
    project = make_site(tmp_path, "news")
    for name, text in (("2024-05-01-nhap", DRAFT), ("2026-12-01-hen-gio", SCHEDULED), ("2024-05-02-het-han", EXPIRED)):
        (project / f"content/news/{name}.md").write_text(text, encoding="utf-8")
    return project


def test_hidden_entries_are_nowhere_in_the_published_build(tmp_path):
    project = site_with_states(tmp_path)
    result = build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    for slug in ("2024-05-01-nhap", "2026-12-01-hen-gio", "2024-05-02-het-han"):
        assert not (site / "tin-tuc" / slug).exists(), slug
        for listing in ("tin-tuc/index.html", "feed.xml", "tin-tuc/feed.xml", "sitemap.xml", "chia-se/index.html"):
            assert slug not in (site / listing).read_text(encoding="utf-8"), (slug, listing)
    assert ("Hẹn đăng tiếp theo (next scheduled): content/news/2026-12-01-hen-gio.md: hẹn đăng lúc 08:00 thứ Ba, "
            "ngày 01 tháng 12 năm 2026 (scheduled)") in result.stderr
    assert (site / "tin-tuc/2024-02-01-tin-dau/index.html").exists()


def test_a_scheduled_item_appears_once_its_time_has_come(tmp_path):
    project = site_with_states(tmp_path)
    result = build(project, now="2026-12-01T08:00:00+07:00")
    assert result.returncode == 0, result.stderr
    assert (project / "site/tin-tuc/2026-12-01-hen-gio/index.html").exists()
    assert "2026-12-01-hen-gio" in (project / "site/tin-tuc/feed.xml").read_text(encoding="utf-8")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_preview_shows_drafts_with_a_banner(tmp_path):
    project = site_with_states(tmp_path)
    port = free_port()
    env = {**os.environ, "PORTAL_NOW": TEST_NOW, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--no-livereload", "-a", f"127.0.0.1:{port}",
                               "-f", str(project / "mkdocs.yml")], cwd=project, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        html = None
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and html is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/tin-tuc/2024-05-01-nhap/", timeout=5) as r:
                    html = r.read().decode("utf-8")
            except OSError:
                time.sleep(0.5)
        assert html is not None, "mkdocs serve did not answer"
        assert "Xem trước:</strong>" in html and "bản nháp, chưa đăng (draft: true)." in html
    finally:
        server.terminate()
        server.wait(timeout=30)
