"""JSON Schemas for every content type, generated from the models (never written by
hand), and the editor settings that map content folders to them."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import TypeAdapter

from site_builder.content.sections import SECTIONS
from site_builder.models.radio import Programme
from site_builder.models.registry import Agency, Topic

SCHEMA_FOLDER = "schemas"


def schemas() -> dict[str, dict]:
    """File name -> JSON Schema."""
    out = {f"{section.folder}.schema.json": section.model.model_json_schema() for section in SECTIONS}
    out["agencies.schema.json"] = TypeAdapter(list[Agency]).json_schema()
    out["topics.schema.json"] = TypeAdapter(list[Topic]).json_schema()
    out["programme.schema.json"] = Programme.model_json_schema()
    return out


def schema_files() -> dict[str, str]:
    return {name: json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
            for name, schema in sorted(schemas().items())}


def vscode_settings(content: str = "content") -> str:
    """yaml.schemas for the Red Hat YAML extension: registries and programme are YAML
    files; Markdown front matter is mapped too for editors that read it as YAML."""
    mapping = {f"./{SCHEMA_FOLDER}/{s.folder}.schema.json": [f"{content}/{s.folder}/*.md"] for s in SECTIONS}
    mapping[f"./{SCHEMA_FOLDER}/agencies.schema.json"] = [f"{content}/registries/agencies.yml"]
    mapping[f"./{SCHEMA_FOLDER}/topics.schema.json"] = [f"{content}/registries/topics.yml"]
    mapping[f"./{SCHEMA_FOLDER}/programme.schema.json"] = [f"{content}/radio/programme.yml"]
    settings = {"yaml.schemas": mapping, "files.encoding": "utf8", "files.eol": "\n",
                "[markdown]": {"files.trimTrailingWhitespace": False}}
    return json.dumps(settings, ensure_ascii=False, indent=2) + "\n"


def write_all(root: Path) -> list[Path]:
    written = []
    for name, text in schema_files().items():
        path = root / SCHEMA_FOLDER / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    settings = root / ".vscode" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(vscode_settings(), encoding="utf-8")
    return written + [settings]
