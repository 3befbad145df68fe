"""schema.org JSON-LD, serialised so it can never close its <script> element."""

from __future__ import annotations

import json
from typing import Any


def script_json(data: dict[str, Any]) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
