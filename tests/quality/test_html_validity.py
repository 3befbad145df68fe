"""The Nu HTML Checker (npm vnu-jar) over every page of the sample build: 0 errors."""

from __future__ import annotations

import json
import subprocess

from tests.quality.conftest import node_file

# Material's base.html (not a block, so no override can reach it) writes
# <input type="checkbox" autocomplete="off"> for its drawer and search toggles; the
# attribute is harmless there and HTML only allows it on text-like inputs.
MATERIAL_TOGGLES = ("Attribute “autocomplete” is only allowed when the input type is “color”, “date”, "
                    "“datetime-local”, “email”, “hidden”, “month”, “number”, “password”, “range”, “search”, "
                    "“tel”, “text”, “time”, “url”, or “week”.")


def test_every_page_is_valid_html(built_repository, java):
    jar = node_file("vnu-jar/build/dist/vnu.jar")
    result = subprocess.run([java, "-jar", str(jar), "--format", "json", "--skip-non-html", "--errors-only",
                             str(built_repository / "site")], capture_output=True, text=True, timeout=900)
    messages = json.loads(result.stderr)["messages"]
    errors = [f"{m['url'].split('/site/')[-1]}: {m['message']}" for m in messages
              if m["type"] == "error" and m["message"] != MATERIAL_TOGGLES]
    assert errors == []
    checked = {m["url"] for m in messages if m["message"] == MATERIAL_TOGGLES}
    pages = list((built_repository / "site").rglob("*.html"))
    assert len(checked) == len(pages)  # every page was read (each has Material's toggles)
