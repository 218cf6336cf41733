"""Amounts and numbers as a reader scans them — the one place they are written.

Two forms of an amount: `short_amount` (53.4M USD, 1.2B CNY, 40 %: the unit after the number,
for sentences and figures of any unit) and `money` ($1.32B, CNY 3B: a currency prefix, for
tables and trees of valuations); `number` writes a bare number (3,000,000, 12.5, never 3e+06).
The analytics return the values with their unit; these write them.
"""

from __future__ import annotations

import math


def short_amount(value, unit: str | None = None) -> str:
    """53.4M USD, 1.2B CNY, 530K, 40 %: an amount as a reader scans it."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    suffix = f" {unit}" if unit else ""
    for size, letter in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= size:
            return f"{value / size:,.1f}{letter}{suffix}"
    return f"{value:,.3g}{suffix}"


def money(value, currency: str = "USD") -> str:
    """$1.32B, $200M, ¥3.0亿-style shortening; blank for unknown."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    prefix = "$" if currency == "USD" else f"{currency} "
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= size:
            return f"{prefix}{number(float(f'{value / size:.3g}'))}{suffix}"
    return f"{prefix}{value:,.0f}"


def number(value) -> str:
    """A number as people write it — 3,000,000, 12.5, 0.0312 — never 3e+06; blank for unknown.
    Whole numbers and anything from 1,000 up are shown whole; others to 3 significant digits."""
    # Imported here: the CLI imports this module, and must start without numpy and pandas.
    import numpy as np
    import pandas as pd

    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    value = float(value)
    if value.is_integer() or abs(value) >= 999.5:
        return f"{value:,.0f}"
    return np.format_float_positional(value, precision=3, unique=False, fractional=False, trim="-")
