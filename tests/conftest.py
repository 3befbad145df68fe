"""Fixtures shared by the whole suite: the sample portal built once, and a real Chromium
(Debian's /usr/bin/chromium) driven by Playwright.

Chromium is installed with apt when it is missing and this user can; otherwise the
browser tests skip with the reason, unless REQUIRE_BROWSER=1 (set by CI), which turns
that skip into a failure.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import threading

import pytest

from site_builder import source_facts
from site_builder.bench.search import (  # one definition for tests and the benchmark
    CHROMIUM,
    CHROMIUM_ARGS,
)
from tests.helpers import build, copy_repository_site


@pytest.fixture(scope="session")
def built_repository(tmp_path_factory):
    """A copy of the repository's sample portal, built once, strictly, at the test clock."""
    project = copy_repository_site(tmp_path_factory.mktemp("repository"))
    result = build(project)
    assert result.returncode == 0, result.stderr
    return project




def _install_chromium() -> str | None:
    if os.path.exists(CHROMIUM):
        return None
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return "Chromium thiếu và không cài được bằng apt (not root or no apt-get)"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium"]):
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=900)
        if result.returncode != 0:
            return f"apt-get không cài được Chromium: {result.stderr.strip()[-300:]}"
    return None if os.path.exists(CHROMIUM) else "apt-get chạy xong nhưng không có /usr/bin/chromium"


@pytest.fixture(scope="session")
def browser():
    problem = _install_chromium()
    if problem:
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"BROWSER REQUIRED: {problem}")
        pytest.skip(f"BROWSER TESTS SKIPPED: {problem}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def served_site(built_repository):
    """Base URL of the repository's sample portal, built strictly and served locally."""
    handler = functools.partial(_QuietHandler, directory=str(built_repository / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 360, "height": 640}, device_scale_factor=1)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def gzip_site(built_repository):
    """The sample portal served with gzip, as a production server would."""
    from site_builder.bench.serving import SiteServer

    with SiteServer(built_repository / "site") as server:
        yield server.url


@pytest.fixture
def facts_file(tmp_path):
    yield tmp_path / "cache" / "sources.pickle"
    source_facts.load(tmp_path / "none.pickle")  # the next test starts with no facts of these files
    source_facts.load(tmp_path / "none.pickle")
