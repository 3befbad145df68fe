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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m site_builder", description="Cổng thông tin CCHC")
    commands = parser.add_subparsers(dest="command", required=True)
    check_cmd = commands.add_parser("check", help="kiểm tra nội dung, không dựng trang (validate content)")
    check_cmd.add_argument("-f", "--config-file", default="mkdocs.yml", type=Path)
    check_cmd.add_argument("--strict", action="store_true", help="cảnh báo cũng tính là lỗi")
    args = parser.parse_args(argv)
    if args.command == "check":
        return check(args.config_file, args.strict)
    return 2


if __name__ == "__main__":
    sys.exit(main())
