"""Numbers and money the Vietnamese way: "1.250", "20.000 đồng"."""

from __future__ import annotations


def format_number(value: int | float) -> str:
    """Thousands with '.', decimals with ',': 1250.5 -> "1.250,5"."""
    if isinstance(value, float) and not value.is_integer():
        whole, _, fraction = f"{value:.2f}".rstrip("0").partition(".")
        return f"{format_number(int(whole))},{fraction}"
    return f"{int(value):,}".replace(",", ".")


def format_money(amount: int) -> str:
    return f"{format_number(amount)} đồng"
