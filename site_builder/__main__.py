"""Command line: `python -m site_builder check` validates content without building."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from site_builder.content.loader import load_content


def _content_dir(config_file: Path) -> Path:
    from mkdocs.config import load_config

    config = load_config(str(config_file))
    plugin = config.plugins.get("portal")
    folder = plugin.config.content_dir if plugin is not None else "content"
    return config_file.parent / folder


def check(config_file: Path, strict: bool) -> int:
    project_dir = config_file.resolve().parent
    store, problems = load_content(_content_dir(config_file.resolve()), project_dir)
    for problem in problems.errors:
        print(f"{problem}", file=sys.stderr)
    for problem in problems.warnings:
        print(f"{problem} [cảnh báo]", file=sys.stderr)
    errors, warnings = len(problems.errors), len(problems.warnings)
    print(f"Đã kiểm tra {len(store.entries)} mục hợp lệ: {errors} lỗi, {warnings} cảnh báo "
          f"({errors} errors, {warnings} warnings).")
    return 1 if errors or (strict and warnings) else 0


def new(kind: str, title: str, config_file: Path) -> int:
    from site_builder.clock import Clock
    from site_builder.scaffold import ScaffoldError, scaffold

    content_dir = _content_dir(config_file.resolve())
    try:
        made = scaffold(kind, title, content_dir, Clock.from_environment().now)
    except ScaffoldError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 1
    made.path.parent.mkdir(parents=True, exist_ok=True)
    made.path.write_text(made.text, encoding="utf-8")
    shown = made.path.relative_to(config_file.resolve().parent).as_posix()
    print(f"Đã tạo {shown}; điền các trường còn trống rồi chạy: python -m site_builder check")
    print(shown)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m site_builder", description="Cổng thông tin CCHC")
    commands = parser.add_subparsers(dest="command", required=True)
    check_cmd = commands.add_parser("check", help="kiểm tra nội dung, không dựng trang (validate content)")
    check_cmd.add_argument("-f", "--config-file", default="mkdocs.yml", type=Path)
    check_cmd.add_argument("--strict", action="store_true", help="cảnh báo cũng tính là lỗi")
    new_cmd = commands.add_parser("new", help="tạo tệp nội dung mới (scaffold a content file)")
    new_cmd.add_argument("type", help="plan, report, document, procedure, episode, news, page")
    new_cmd.add_argument("title", help="tiêu đề, ví dụ \"Chuyển đổi số ở cấp xã\"")
    new_cmd.add_argument("-f", "--config-file", default="mkdocs.yml", type=Path)
    commands.add_parser("schemas", help="viết lại schemas/ và .vscode/settings.json từ các mô hình")
    args = parser.parse_args(argv)
    if args.command == "check":
        return check(args.config_file, args.strict)
    if args.command == "new":
        return new(args.type, args.title, args.config_file)
    if args.command == "schemas":
        from site_builder.schemas import write_all

        for path in write_all(Path.cwd()):
            print(path.relative_to(Path.cwd()).as_posix())
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
