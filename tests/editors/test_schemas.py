"""JSON Schemas generated from the models: committed and current, every sample file valid,
and schema and model agree on bad examples."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

from site_builder.content.source_file import (
    read_text,
    read_yaml_file,
    split_front_matter,
)
from site_builder.schemas import schema_files, vscode_settings
from tests.content.test_bad_input import BAD, load_with
from tests.helpers import ROOT


def test_committed_schemas_and_settings_are_current():
    for name, text in schema_files().items():
        assert (ROOT / "schemas" / name).read_text(encoding="utf-8") == text, "run: python -m site_builder schemas"
    assert (ROOT / ".vscode/settings.json").read_text(encoding="utf-8") == vscode_settings()


def validator(name: str):
    schema = json.loads((ROOT / "schemas" / name).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def front_matter(path):
    return split_front_matter(read_text(path)).front_matter.data


def test_every_sample_file_validates_against_its_schema():
    checked = 0
    for folder in ("plans", "reports", "documents", "procedures", "episodes", "news", "pages"):
        check = validator(f"{folder}.schema.json")
        for path in sorted((ROOT / "content" / folder).glob("*.md")):
            errors = [e.message for e in check.iter_errors(front_matter(path))]
            assert errors == [], path
            checked += 1
    for name, path in (("agencies", "registries/agencies.yml"), ("topics", "registries/topics.yml"),
                       ("programme", "radio/programme.yml")):
        assert list(validator(f"{name}.schema.json").iter_errors(read_yaml_file(ROOT / "content" / path).data)) == []
    assert checked >= 40


# Shape errors both must reject (value rules such as impossible dates are the loader's alone).
SHAPE_CASES = ["plans/missing-abstract.md", "plans/topics-not-a-list.md", "plans/task-bad-status.md",
               "plans/signer-bad-prefix.md", "plans/unknown-key.md", "reports/figure-not-a-number.md",
               "procedures/missing-steps.md", "procedures/fee-not-amount.md", "procedures/code-not-quoted.md",
               "news/cover-without-alt.md"]


@pytest.mark.parametrize("case", SHAPE_CASES)
def test_schema_and_model_agree_on_bad_examples(tmp_path, case):
    folder = case.split("/")[0]
    schema_errors = list(validator(f"{folder}.schema.json").iter_errors(front_matter(BAD / case)))
    _, problems = load_with(tmp_path, case)
    assert schema_errors, "the schema accepts what the model rejects"
    assert problems.items, "the model accepts what the schema rejects"


def test_pre_commit_runs_check_on_changed_content():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    [hook] = config["repos"][0]["hooks"]
    assert hook["entry"] == "python -m site_builder check --strict"
    assert hook["files"] == "^content/" and hook["language"] == "system"
