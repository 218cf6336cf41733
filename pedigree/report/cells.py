"""Values as a web page's table cells show them: amounts, sectors, numbers, missing values."""

from __future__ import annotations

import math

from pedigree.reference.sectors import label
from pedigree.report.amounts import short_amount


def missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def amount(value, unit: str | None = None) -> str:
    """2.5B USD, 600.0M CNY; empty when unknown."""
    return "" if missing(value) else short_amount(value, unit)


def usd(value) -> str:
    return "" if missing(value) else "US$" + short_amount(value)


def number(value, digits: int = 2) -> str:
    if missing(value):
        return ""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.{digits}f}"
    return f"{int(value):,}" if isinstance(value, int | float) else str(value)


def sector(value, lang: str) -> str:
    """A sector id as its label in the reader's language (Chinese labels for 简体/繁體)."""
    return "" if missing(value) else label(value, "en" if lang == "en" else "zh")


def text(value) -> str:
    if missing(value):
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)
