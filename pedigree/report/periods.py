"""Periods written for a reader, from their first and last day (the analytics return the days).

Two forms, kept as the answers have always shown them: `day_range` (2024-01-01 – 2024-12-31,
`?` for an unknown day: a halo check's paired revenue) and `span` (2024-01-01…2024-12-31, or
…2024-12-31 without a start: a backtest's revenue period).
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from pedigree.analytics.frames import date_text


def day_range(start, end) -> str:
    return f"{date_text(start, 'day') or '?'} – {date_text(end, 'day') or '?'}"


def span(start: date | None, end: date | None) -> str | None:
    if _unknown(end):
        return None
    return f"…{end.isoformat()}" if _unknown(start) else f"{start.isoformat()}…{end.isoformat()}"


def _unknown(day) -> bool:
    return day is None or pd.isna(day)
