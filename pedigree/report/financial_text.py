"""Financial figures in words: the sentences that state each comparison and each note of
`pedigree.analytics.financials`, which returns the figures only, with amounts as a reader scans
them (53.4M USD, `pedigree.report.amounts.short_amount`).

`with_text` fills the `text` of every comparison and note (the API does, so JSON and pages carry
them); `sentences` says them again for one metric, naming a parameter the way the caller knows it
(`usd=True` in Python, `--usd` on the command line).
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from pedigree.analytics.financials import Financials, ratio
from pedigree.report.amounts import short_amount

__all__ = ["comparison_text", "note_text", "sentences", "short_amount", "with_text"]


def _python(name: str) -> str:
    return f"{name}=True"  # the one parameter a note names is a switch (usd)


def comparison_text(row) -> str:
    """The sentence of one comparison (a row of `Financials.comparisons`)."""
    amount = short_amount
    period, base, unit = row["period"], row["base_period"], row["unit"]
    cited = ", ".join(dict.fromkeys([row["source_id"], row["base_source_id"]]))
    growth = row["ratio"] if not pd.isna(row["ratio"]) else None
    if row["kind"] == "run_rate_vs_full_year":
        already = ratio(row["value"], row["base_value"])
        months = f"{row['months']:g}"
        return (
            f"{period} {row['metric']} {amount(row['value'], unit)} over {months} months"
            + (f" is {already:.2f}× {base}'s" if already is not None else f" vs {base}")
            + f" {amount(row['base_value'], unit)} over 12 months; annualised run-rate "
            f"{amount(row['compared'], unit)} (× 12 / {months})"
            + (f" = {growth:.2f}× {base} ({growth - 1:+.0%})" if growth is not None else "")
            + f" [{cited}]"
        )
    what = "full-year growth" if row["kind"] == "full_year_growth" else "same-period growth"
    if growth is not None:
        result = f"{growth:.2f}× ({growth - 1:+.0%} {what})"
    else:
        change = row["change"]
        result = f"change {'+' if change >= 0 else '−'}{amount(abs(change), unit)}"
    return (
        f"{period} {row['metric']} {amount(row['value'], unit)} vs {base} "
        f"{amount(row['base_value'], unit)}: {result} [{cited}]"
    )


def note_text(note: dict, fin: Financials, name_of: Callable[[str], str] = _python) -> str:
    """The sentence of one note: what could not be compared, and why."""
    periods = fin.periods[fin.periods.metric == note["metric"]]
    if note["kind"] == "no_same_period":
        row = periods[periods.period == note["period"]]
        # a run-rate is computed only for amounts that add up over time
        additive = bool(row.run_rate.notna().any())
        return (
            f"same-period growth unavailable for {note['period']} {note['metric']}: "
            f"no {note['missing']} figure on record"
            + ("; compare the annualised run-rate instead" if additive else "")
        )
    units = sorted({u if isinstance(u, str) else "no unit" for u in periods.unit})
    hint = "" if fin.usd else f" ({name_of('usd')} compares currencies in US dollars)"
    return (
        f"{note['metric']} is reported in {', '.join(units)}: figures in different units are "
        f"not compared{hint}"
    )


def with_text(fin: Financials) -> Financials:
    """`fin` with the sentence of every comparison and note in their `text`."""
    texts = [comparison_text(row) for row in fin.comparisons.to_dict("records")]
    fin.comparisons.insert(
        fin.comparisons.columns.get_loc("source_id"), "text", pd.Series(texts, dtype=object)
    )
    for note in fin.notes:
        note["text"] = note_text(note, fin)
    return fin


def sentences(
    fin: Financials, metric: str | None = None, name_of: Callable[[str], str] = _python
) -> list[str]:
    """The comparisons and notes in words (of one metric, when given)."""
    rows = fin.comparisons.to_dict("records")
    notes = fin.notes
    if metric is not None:
        rows = [r for r in rows if r["metric"].lower() == metric.lower()]
        notes = [n for n in notes if n["metric"].lower() == metric.lower()]
    return [comparison_text(r) for r in rows] + [note_text(n, fin, name_of) for n in notes]
