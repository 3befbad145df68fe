"""The baseline: the corpus's text as plain Markdown for plain Material for MkDocs
(items out of the nav, the built-in lunr search), the way a portal would be built
without this project. Procedures' structured fields become Markdown lists and a table
so both builds render comparable text."""

from __future__ import annotations

import shutil
from pathlib import Path

SECTIONS = (("news", "Tin tức"), ("procedures", "Thủ tục"), ("plans", "Kế hoạch"), ("reports", "Báo cáo"),
            ("documents", "Văn bản"), ("episodes", "Phát thanh"))


class PlainSite:
    def __init__(self, root: Path):
        self.root = root
        self.docs = root / "docs"

    def _write(self, relative: str, text: str) -> None:
        path = self.docs / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def page(self, relative: str, title: str, body: str) -> None:
        self._write(relative, f"# {title}\n\n{body}\n")

    def article(self, relative: str, title: str, summary: str, body: str) -> None:
        self._write(relative, f"# {title}\n\n_{summary}_\n\n{body}\n")

    def procedure(self, relative: str, data: dict, fee: int, days: int) -> None:
        steps = "\n".join(f"{n}. {step}" for n, step in enumerate(data["steps"], 1))
        items = "\n".join(f"- {item['name']}: {item['originals']} bản chính, {item['copies']} bản sao"
                          for case in data["dossier"]["cases"] for item in case["items"])
        methods = "\n".join(f"| {m['method']} | {days} ngày làm việc | {m['fees'][0]['amount']:,} đồng |"
                            for m in data["methods"]).replace(",", ".")
        body = (f"Mã thủ tục: {data['code']}\n\n## Các bước thực hiện\n\n{steps}\n\n## Hồ sơ\n\n{items}\n\n"
                f"## Cách thức, thời hạn, phí\n\n| Cách thức | Thời hạn | Phí |\n|---|---|---|\n{methods}\n\n"
                f"## Kết quả\n\n" + "\n".join(f"- {r}" for r in data["results"]))
        self.article(relative, data["name"], data["summary"], body)

    def copy(self, source: Path, relative: str) -> None:
        target = self.docs / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)

    def finish(self, our_config: Path) -> None:
        """Section index pages and mkdocs.yml: the same site name, theme options and Markdown."""
        for folder, title in SECTIONS:
            self.page(f"{folder}/index.md", title, f"Các mục {title.lower()} của cổng.")
        self.page("index.md", "Trang chủ", "Cổng thông tin cải cách hành chính.")
        nav = "\n".join(f"  - {title}: {folder}/index.md" for folder, title in SECTIONS)
        (self.root / "mkdocs.yml").write_text(f"""site_name: Cổng thông tin Cải cách hành chính tỉnh Khánh Hòa
site_url: https://cchc.khanhhoa.gov.vn/
docs_dir: docs
site_dir: site
use_directory_urls: true
theme:
  name: material
  language: vi
  font: false
  features:
    - navigation.tabs
plugins:
  - search:
      lang: vi
nav:
  - Trang chủ: index.md
  - Giới thiệu: gioi-thieu.md
{nav}
markdown_extensions:
  - tables
  - attr_list
  - admonition
  - toc:
      permalink: false
validation:
  omitted_files: ignore
""", encoding="utf-8")
