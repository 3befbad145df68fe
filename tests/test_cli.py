import shutil
import subprocess
import sys

from tests.helpers import FIXTURES, make_site


def run_check(project, *args):
    return subprocess.run([sys.executable, "-m", "site_builder", "check", *args], cwd=project,
                          capture_output=True, text=True, timeout=120)


def test_check_passes_on_valid_content(tmp_path):
    result = run_check(make_site(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Đã kiểm tra 4 mục hợp lệ: 0 lỗi, 0 cảnh báo (0 errors, 0 warnings)."


def test_check_prints_every_error_and_fails(tmp_path):
    project = make_site(tmp_path)
    for case in ("plans/missing-abstract.md", "plans/unknown-key.md"):
        shutil.copy(FIXTURES / "bad_input" / case, project / "content" / case)
    result = run_check(project)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "content/plans/missing-abstract.md:2: abstract: thiếu trường bắt buộc (required field missing)",
        "content/plans/unknown-key.md:3: abstrct: trường không được hỗ trợ (unknown field); "
        "ý bạn là 'abstract'? (did you mean) [cảnh báo]",
    ]


def test_warnings_fail_only_with_strict(tmp_path):
    project = make_site(tmp_path)
    shutil.copy(FIXTURES / "bad_input/plans/unknown-key.md", project / "content/plans/unknown-key.md")
    assert run_check(project).returncode == 0
    assert run_check(project, "--strict").returncode == 1
