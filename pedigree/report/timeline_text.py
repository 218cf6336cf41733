"""A timeline entry in words: one sentence per entry of `pedigree.analytics.timeline`, which
returns the entries' fields (kind, names, label, title, amounts with their unit, period) and asks
for this sentence to settle the order of entries that share a date and kind."""

from __future__ import annotations

import pandas as pd

from pedigree.analytics.financials import period_label
from pedigree.report.amounts import short_amount


def sentence(row) -> str:
    """One entry as a sentence a reader can scan."""
    writer = _SENTENCES[row.kind]
    return writer(row)


def _round(row) -> str:
    head = f"{row.org} {row.label} round" if _given(row.label) else f"{row.org} funding round"
    parts = []
    if _given(row.value):
        parts.append(f"raised {short_amount(row.value, row.unit or None)}")
    if _given(row.valuation):
        parts.append(f"valued at {short_amount(row.valuation, row.unit or None)} post-money")
    if _given(row.detail) and row.detail:
        parts.append(f"investors: {row.detail}")
    return head + (": " + "; ".join(parts) if parts else "")


def _started(row) -> str:
    dated = _given(row.date)
    title = row.title if _given(row.title) else None
    team = f" (team of {int(row.team_size):,})" if _given(row.team_size) else ""
    if row.label == "founder":
        role = f" ({title})" if title and title != "founder" else ""
        what = "founded" if dated else "founder of"
        return f"{row.person} {what} {row.org}{role}{team}"
    if row.label == "education":
        degree = " ".join(p for p in (title, f"in {row.detail}" if _given(row.detail) else None)
                          if p)  # fmt: skip
        verb = "began studying at" if dated else "studied at"
        return f"{row.person} {verb} {row.org}" + (f": {degree}" if degree else "")
    if row.label in ("advisor", "board"):
        role = "advisor to" if row.label == "advisor" else "board member of"
        return f"{row.person} {'became ' if dated else ''}{role} {row.org}"
    if dated:
        return f"{row.person} joined {row.org}" + (f" as {title}" if title else "") + team
    return f"{row.person} worked at {row.org}" + (f" as {title}" if title else "") + team


def _ended(row) -> str:
    title = f" ({row.title})" if _given(row.title) else ""
    if row.label == "education":
        return f"{row.person} finished studying at {row.org}{title}"
    return f"{row.person} left {row.org}{title}"


def _financial_period(row) -> str:
    label = period_label(row.period_start, row.date, row.months, row.period_precision)
    months = f" ({row.months:g} months)" if _given(row.months) else ""
    return f"{row.org} {label} {row.label}: {short_amount(row.value, row.unit or None)}{months}"


_EVENTS = {"ipo_hearing": "IPO hearing", "shutdown": "shut down", "other": "—"}

_SENTENCES = {
    "founded": lambda row: f"{row.org} founded",
    "started": _started,
    "stint": _started,
    "ended": _ended,
    "round": _round,
    "launch": lambda row: f"{row.org} launched {row.product}",
    "product": lambda row: f"{row.org} product {row.product} (launch date not on record)",
    "product_metric": lambda row: f"{row.product} {row.label}: {row.value:,.0f}",
    "financials": _financial_period,
    "event": lambda row: (
        f"{row.org} {_EVENTS.get(row.label, row.label)}"
        + (f": {row.detail}" if _given(row.detail) else "")
    ),
    "credential": lambda row: (
        f"{row.person} {row.label}" + (f": {row.detail}" if _given(row.detail) else "")
    ),
}


def _given(value) -> bool:
    return value is not None and not (not isinstance(value, str) and pd.isna(value))
