"""A period as the date a fact carries: ISO text at its precision (2024-03-05, 2024-03, 2024);
a quarter, half or run of months is known to the year."""

from __future__ import annotations

from pedigree.ingest.text.periods import Period


def iso_date(period: Period | None) -> str | None:
    if period is None:
        return None
    if period.precision == "day":
        return period.first.isoformat()
    if period.precision == "month":
        return period.first.strftime("%Y-%m")
    return str(period.first.year)
