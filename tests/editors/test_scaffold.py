"""`python -m site_builder new` for every type: the round trip new, fill in, check, build."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys

import pytest

from site_builder.content.loader import load_content
from site_builder.scaffold import TYPES, ScaffoldError, scaffold
from tests.helpers import TEST_NOW, build, make_site

NOW = dt.datetime.fromisoformat(TEST_NOW)

# What an editor fills in per type, after `new`: (empty key, value) pairs.
FILL = {
    "plan": {"number": "05/KH-UBND", "issuer": "ubnd-tinh-khanh-hoa", "place": "Khánh Hòa"},
    "report": {"number": "06/BC-UBND", "issuer": "ubnd-tinh-khanh-hoa", "place": "Khánh Hòa"},
    "document": {"number": "07/QĐ-UBND", "issuer": "ubnd-tinh-khanh-hoa", "place": "Khánh Hòa"},
    "news": {"summary": "Tóm tắt tin."},
    "page": {},
    "procedure": {"code": '"2.000001"', "level": "xa", "fields": "[ho-tich]", "applies_to": "[Công dân]",
                  "implementing": "[ubnd-tinh-khanh-hoa]", "where": "[{name: Bộ phận Một cửa}]",
                  "steps": "[Nộp hồ sơ.]", "methods": "[{method: truc-tiep, time: {value: 5, unit: ngay-lam-viec}}]",
                  "cases": "[{name: Trường hợp chung, items: [{name: Tờ khai, originals: 1}]}]",
                  "results": "[Giấy chứng nhận]"},
}
# Keys that occur twice (procedure level, then online.level): filled in a second pass.
SECOND_PASS = {"procedure": {"level": "khong"}}


def fill(text: str, values: dict) -> str:
    for key, value in values.items():
        text, count = re.subn(rf"^(\s*){re.escape(key)}:(?: \[\])?(\s+#.*)?$", rf"\g<1>{key}: {value}\2", text,
                              count=1, flags=re.M)
        assert count == 1, key
    return text


def new(project, kind: str, title: str) -> str:
    result = subprocess.run([sys.executable, "-m", "site_builder", "new", kind, title], cwd=project,
                            capture_output=True, text=True, env={"PORTAL_NOW": TEST_NOW, "PATH": ""})
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize("kind", sorted(set(TYPES) - {"episode"}))
def test_new_fill_in_check_build(tmp_path, kind):
    project = make_site(tmp_path, "procedures")
    relative = new(project, kind, f"Đăng ký thử nghiệm {kind}")
    path = project / relative
    assert path.parent.name == TYPES[kind][0]
    assert re.fullmatch(r"[a-z0-9-]+\.md", path.name) and "dang-ky-thu-nghiem" in path.name
    text = path.read_text(encoding="utf-8")
    _, problems = load_content(project / "content", project)
    if FILL[kind]:
        assert problems.errors, "an unfilled scaffold must not pass"
        assert all(p.path == relative for p in problems.errors)
    path.write_text(fill(fill(text, FILL[kind]), SECOND_PASS.get(kind, {})), encoding="utf-8")
    _, problems = load_content(project / "content", project)
    assert [str(p) for p in problems.items] == []
    result = build(project)
    assert result.returncode == 0, result.stderr


def test_check_names_every_missing_required_value(tmp_path):
    project = make_site(tmp_path)
    relative = new(project, "report", "Báo cáo quý")
    _, problems = load_content(project / "content", project)
    assert [(p.field, p.message) for p in problems.errors] == [
        ("number", "thiếu trường bắt buộc (required field missing)"),
        ("issuer", "thiếu trường bắt buộc (required field missing)"),
        ("place", "thiếu trường bắt buộc (required field missing)"),
    ]
    assert relative == "content/reports/2026-bao-cao-quy.md"


def test_every_field_is_present_with_a_comment(tmp_path):
    made = scaffold("episode", "Đảm bảo", tmp_path, NOW, guid="urn:uuid:00000000-0000-4000-8000-000000000000")
    from site_builder.models.radio import Episode

    keys = re.findall(r"^(\w+):.*  # .+$", made.text, flags=re.M)
    assert keys == [k for k in Episode.model_fields if k not in ("draft", "publish_at", "expires")] + [
        "draft", "publish_at", "expires"]
    assert 'topic: "Đảm bảo"' in made.text and "air_date: 2026-11-22" in made.text
    assert made.path == tmp_path / "episodes/2026-dam-bao.md"


def test_unknown_type_and_existing_file_are_refused(tmp_path):
    with pytest.raises(ScaffoldError, match="không có loại 'tin'"):
        scaffold("tin", "X", tmp_path, NOW)
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages/gioi-thieu.md").write_text("---\ntitle: x\n---\n", encoding="utf-8")
    with pytest.raises(ScaffoldError, match="đã có tệp"):
        scaffold("page", "Giới thiệu", tmp_path, NOW)
