"""The dev server's save-to-served time: start `mkdocs serve`, wait for the first
build, change one news item's title, and time until the item's page and the news
listing both serve the new title."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ServeTiming:
    first_build_seconds: float
    page_seconds: float  # from the save until the edited page serves the change
    listing_seconds: float  # ... and until the news listing does


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", errors="replace")
    except OSError:
        return None


def wait_for(url: str, text: str, deadline: float, poll: float = 0.05) -> float:
    """Seconds until url serves text (time.perf_counter at that moment)."""
    while time.perf_counter() < deadline:
        body = fetch(url)
        if body is not None and text in body:
            return time.perf_counter()
        time.sleep(poll)
    raise TimeoutError(f"{url} never served {text!r}")


def time_save_to_served(corpus_root: Path, mkdocs: list[str], env: dict[str, str], news_file: Path,
                        timeout: float = 900) -> ServeTiming:
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    process = subprocess.Popen([*mkdocs, "serve", "-a", f"127.0.0.1:{port}"], cwd=corpus_root,
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    original = news_file.read_text(encoding="utf-8")
    try:
        started = time.perf_counter()
        ready = wait_for(base, "</html>", started + timeout)
        time.sleep(1.0)  # let the watcher settle after the first build
        marker = "Bản sửa thử nghiệm số 7"
        edited = original.replace('title: "', f'title: "{marker}: ', 1)
        saved = time.perf_counter()
        news_file.write_text(edited, encoding="utf-8")
        page_url = f"{base}tin-tuc/{news_file.stem}/"
        page = wait_for(page_url, marker, saved + timeout)
        listing = wait_for(f"{base}tin-tuc/", marker, saved + timeout)
        return ServeTiming(ready - started, page - saved, listing - saved)
    finally:
        news_file.write_text(original, encoding="utf-8")
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
