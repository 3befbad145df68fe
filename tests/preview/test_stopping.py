"""A dev server stopped by SIGTERM or SIGHUP ends as on Ctrl+C: its temporary site
folder removed, its background search indexer stopped."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from site_builder.bench.serve import free_port
from tests.helpers import TEST_NOW, make_site


def _serve(project: Path, temporary: Path) -> tuple[subprocess.Popen, int]:
    port = free_port()
    env = {**os.environ, "PORTAL_NOW": TEST_NOW, "NO_MKDOCS_2_WARNING": "1", "TMPDIR": str(temporary)}
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"], cwd=project,
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return server, port


def _wait_until_served(server: subprocess.Popen, port: int) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and server.poll() is None:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
                if b"</html>" in response.read():
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError("mkdocs serve did not serve the home page")


def _processes_mentioning(text: str) -> list[str]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        if entry.name.isdigit() and text in command:
            found.append(command)
    return found


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_signalled_dev_server_removes_its_temporary_site(tmp_path, number):
    project, temporary = make_site(tmp_path), tmp_path / "tmp"
    temporary.mkdir()
    server, port = _serve(project, temporary)
    try:
        _wait_until_served(server, port)
        assert [p.name for p in temporary.glob("mkdocs_*")], "the server builds into a temporary folder"
        server.send_signal(number)
        server.wait(timeout=60)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    assert not list(temporary.glob("mkdocs_*"))
    assert not _processes_mentioning(str(temporary))
