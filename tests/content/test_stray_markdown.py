"""Markdown anywhere but right inside a type folder is refused, each file named."""

from __future__ import annotations

from site_builder.content.loader import _report_stray_markdown
from site_builder.problems import Problems


def test_markdown_outside_the_type_folders_is_reported_file_by_file(tmp_path):
    content = tmp_path / "content"
    for name in ("news/dung-cho.md", "news/con/sau-mot-tang.md", "ghi-chu.md", "files/anh/doc-toi.md",
                 "files/anh/anh.jpg", "procedures/dung-cho.md", "news/khong-phai.markdown"):
        (content / name).parent.mkdir(parents=True, exist_ok=True)
        (content / name).write_text("x", encoding="utf-8")
    problems = Problems()
    _report_stray_markdown(content, lambda path: path.relative_to(tmp_path).as_posix(), problems)
    reported = [problem.path for problem in problems.errors if problem.field == "(thư mục)"]
    assert reported == ["content/files/anh/doc-toi.md", "content/ghi-chu.md", "content/news/con/sau-mot-tang.md"]
