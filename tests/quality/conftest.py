"""Real validators over the sample portal: axe-core, the Nu HTML Checker, Lighthouse,
and a link crawler. Missing tools skip loudly, or fail when REQUIRE_BROWSER=1 (CI)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.helpers import ROOT

NODE_MODULES = ROOT / "node_modules"


def require(thing: str, present: bool) -> None:
    if present:
        return
    message = f"{thing} is missing: run `make test` (it runs `npm ci`) or install it"
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"TOOL REQUIRED: {message}")
    pytest.skip(f"QUALITY TEST SKIPPED: {message}")


def node_file(relative: str) -> Path:
    path = NODE_MODULES / relative
    require(f"node_modules/{relative}", path.exists())
    return path


@pytest.fixture(scope="session")
def java():
    path = shutil.which("java")
    require("java (for the Nu HTML Checker)", path is not None)
    return path


# Every page template of the portal, with one sample page each.
TEMPLATE_PAGES = {
    "home": "",
    "listing": "van-ban/",
    "listing-procedures": "thu-tuc/",
    "plan": "ke-hoach/2024-271-qd-ubnd/",
    "report": "bao-cao/2023-70-kh-ubnd-thuc-khang/",
    "draft": "bao-cao/2023-bc-stttt-quang-tri/",
    "procedure": "thu-tuc/dang-ky-thuong-tru/",
    "procedure-replaced": "thu-tuc/cap-giay-phep-xay-dung-nha-o-rieng-le-cap-huyen/",
    "procedure-az": "thu-tuc/a-z/",
    "agencies": "co-quan/",
    "agency": "co-quan/dai-ptth-khanh-hoa/",
    "radio": "phat-thanh/",
    "episode": "phat-thanh/2024-so-01/",
    "radio-archive": "phat-thanh/luu-tru/2024/",
    "news": "tin-tuc/2024-03-12-mot-cua-phuong-huong-dan-nop-truc-tuyen/",
    "topic": "chu-de/chuyen-doi-so/",
    "share": "chia-se/",
    "page": "gioi-thieu/",
    "site-map": "so-do-cong/",
    "not-found": "404.html",
}
