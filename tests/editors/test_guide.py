"""The editors' guide, followed word by word as a new editor would, publishes an episode."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys

import yaml

from tests.helpers import ROOT, TEST_NOW, build, copy_repository_site

GUIDE = ROOT / "HUONG-DAN-BIEN-TAP.md"


def example_blocks() -> list[tuple[str, str]]:
    text = GUIDE.read_text(encoding="utf-8")
    section = text.split("## 2. Ví dụ: thêm một số phát thanh", 1)[1].split("\n## 3.", 1)[0]
    return re.findall(r"```(sh|yaml)\n(.*?)```", section, flags=re.S)


def run(project, command: str) -> subprocess.CompletedProcess:
    argv = shlex.split(command)
    assert argv[:2] == ["python", "-m"], command
    return subprocess.run([sys.executable, *argv[1:]], cwd=project, capture_output=True, text=True,
                          env={"PORTAL_NOW": TEST_NOW, "PATH": ""}, timeout=300)


def test_following_the_guide_publishes_an_episode(tmp_path):
    project = copy_repository_site(tmp_path)
    blocks = example_blocks()
    assert [kind for kind, _ in blocks] == ["sh", "yaml", "sh", "sh"]
    (_, new), (_, fields), (_, check), (_, make_site) = blocks

    created = run(project, new.strip())
    assert created.returncode == 0, created.stderr
    path = project / created.stdout.strip().splitlines()[-1]
    assert path.name == "2026-dich-vu-cong-truc-tuyen-cho-nguoi-cao-tuoi.md"

    text = path.read_text(encoding="utf-8")
    for line in fields.strip().splitlines():  # "sửa các dòng sau cho giống như dưới đây"
        key = line.split(":", 1)[0]
        text, count = re.subn(rf"^{key}:.*$", line, text, count=1, flags=re.M)
        assert count == 1, key
    path.write_text(text, encoding="utf-8")
    assert yaml.safe_load(fields)["number"] == 46

    checked = run(project, check.strip())
    assert checked.returncode == 0, checked.stderr
    assert "0 lỗi, 0 cảnh báo" in checked.stdout

    assert make_site.strip() == "make site"  # `make site` runs `mkdocs build --strict` (Makefile)
    built = build(project)
    assert built.returncode == 0, built.stderr
    page = project / "site/phat-thanh" / path.stem / "index.html"
    html = page.read_text(encoding="utf-8")
    assert "Số 46/2026: Dịch vụ công trực tuyến cho người cao tuổi" in html
    assert "18:00 thứ Tư, ngày 09 tháng 12 năm 2026" in html
    assert "Đăng ký khai sinh" in html  # the related procedure is linked
