"""Jinja filters the theme's templates use; formatting lives in vietnamese/."""

from __future__ import annotations

from site_builder.vietnamese.numbers import format_money, format_number


def register_filters(env) -> None:
    env.filters["vn_number"] = format_number
    env.filters["vn_money"] = format_money
