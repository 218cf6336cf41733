"""Financial figures by period, compared only like with like.

A prospectus puts periods of different lengths side by side: FY2024 (twelve months) next to
9M 2025 (nine). Read naively, 53.4M after nine months against 30.5M for a whole year looks like
+75% growth; the honest comparisons are

- the *annualised run-rate* of a partial period, value × 12 / months (9M 2025: 71.2M a year), set
  against the latest full year before it (2.33× FY2024);
- *same-period growth*, against the same months one year earlier (9M 2025 vs 9M 2024), only when
  that period is on record — otherwise the answer says it is unavailable rather than inventing it;
- *full-year growth*, FY against the previous FY (the same-period rule for twelve months).

Figures are compared within one metric and one unit: a CNY figure is never set against a USD one.
With `usd=True` currency amounts are first converted at the fixed approximate rates of
`pedigree/data/fx.csv` (`pedigree.reference.fx`), so they can be compared.
Run-rates are only computed for amounts that add up over time (a period with a start and a unit
that is not a ratio): annualising a gross margin of 40% makes no sense.

The periods and the pairs compared are Ibis expressions over the `financials` view; period
labels are assembled in pandas at the end. The answer is figures: amounts and sentences are
written by `pedigree.report.financial_text`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import ibis
import ibis.expr.types as ir
import pandas as pd

from pedigree.analytics import compiled
from pedigree.analytics.frames import cited_sources, date_text, entity_names, records
from pedigree.errors import PedigreeError
from pedigree.reference.fx import fx_rates
from pedigree.store.views import Views

# Units of figures that do not add up over a period, so they are never annualised.
RATIO_UNITS = ("%", "PERCENT", "PCT", "RATIO", "X", "BP", "BPS")

PERIOD_COLUMNS = [
    "metric",
    "period",
    "months",
    "partial",
    "period_start",
    "period_end",
    "precision",
    "value",
    "unit",
    "value_usd",
    "run_rate",
    "source_id",
    "quote",
]

COMPARISON_COLUMNS = [
    "kind",
    "metric",
    "unit",
    "period",
    "months",
    "value",
    "compared",
    "base_period",
    "base_months",
    "base_value",
    "ratio",
    "growth",
    "change",
    "source_id",
    "base_source_id",
]


def period_months(
    start: ir.DateValue, end: ir.DateValue
) -> tuple[ir.FloatingValue, ir.BooleanValue]:
    """A period's length in months, and whether it is whole months: counted in months when it
    runs from a month's first day to a month's last day, else days / (365.25 / 12)."""
    whole = (start.day() == 1) & ((end + ibis.interval(days=1)).day() == 1)
    month_count = (end.year() * 12 + end.month()) - (start.year() * 12 + start.month()) + 1
    days = end.delta(start, unit="day") + 1
    months = ibis.ifelse(whole, month_count.cast("float64"), days.cast("float64") / (365.25 / 12))
    return months, whole


def periods(views: Views, org_id: str, metric: str | None = None, usd: bool = False) -> ir.Table:
    """The organisation's financial figures, one row per (metric, period), with the period's
    length in months, whether it is partial (under twelve months) and its annualised run-rate.

    `months` is whole when the period runs from a month's first day to a month's last day,
    otherwise days / (365.25 / 12) to one decimal. Only periods over by the views' as-of day count.
    """
    f = views.financials
    f = f.filter(f.org_id == org_id)
    if metric is not None:
        f = f.filter(f.metric.lower() == metric.lower())
    if views.as_of is not None:
        f = f.filter(f.period_end.isnull() | (f.period_end <= views.as_of))
    fx = ibis.memtable(fx_rates()).rename(fx_currency="currency")
    f = f.left_join(fx, f.unit.upper() == fx.fx_currency)
    start, end = f.period_start, f.period_end
    months, whole = period_months(start, end)
    months = ibis.ifelse(whole, months, months.round(1))
    value_usd = f.value * f.usd_per_unit
    f = f.mutate(
        stated_value=f.value,
        stated_unit=f.unit,
        value_usd=value_usd,
        months=months,
        precision=ibis.ifelse(whole, "month", "day"),
    )
    if usd:
        converted = f.usd_per_unit.notnull()
        f = f.mutate(
            value=ibis.ifelse(converted, f.value_usd, f.value),
            unit=ibis.ifelse(converted, "USD", f.unit),
        )
    additive = start.notnull() & ~f.unit.upper().fill_null("").isin(RATIO_UNITS)
    f = f.mutate(
        partial=f.months < 12,
        additive=additive,
        run_rate=ibis.ifelse(additive & (f.months > 0), f.value * 12 / f.months, ibis.null()),
        unit_key=f.unit.fill_null(""),
        end_month=end.year() * 12 + end.month(),
    )
    return f.select(
        "id",
        "metric",
        "period_start",
        "period_end",
        "months",
        "partial",
        "precision",
        "value",
        "unit",
        "stated_value",
        "stated_unit",
        "value_usd",
        "additive",
        "run_rate",
        "source_id",
        "quote",
        "unit_key",
        "end_month",
    )


def _base(p: ir.Table) -> ir.Table:
    """The periods again, columns prefixed, to be joined as the base of a comparison."""
    return p.select(
        base_id="id",
        base_metric="metric",
        base_unit_key="unit_key",
        base_start="period_start",
        base_end="period_end",
        base_end_month="end_month",
        base_months="months",
        base_value="value",
        base_source_id="source_id",
    )


def same_period_pairs(p: ir.Table) -> ir.Table:
    """Each period with the same period one year earlier (same metric, unit and length):
    9M 2025 with 9M 2024, FY2024 with FY2023."""
    base = _base(p)
    return p.join(
        base,
        [
            p.metric == base.base_metric,
            p.unit_key == base.base_unit_key,
            p.months == base.base_months,
            base.base_start == p.period_start - ibis.interval(years=1),
            base.base_end_month == p.end_month - 12,
        ],
    )


def run_rate_pairs(p: ir.Table) -> ir.Table:
    """Each partial period with an annualised run-rate, paired with the latest twelve-month
    period of the same metric and unit that started and ended before it (9M 2025 with FY2024)."""
    base = _base(p)
    base = base.filter(base.base_months == 12)
    partial = p.filter(p.partial & p.run_rate.notnull())
    pairs = partial.join(
        base,
        [
            partial.metric == base.base_metric,
            partial.unit_key == base.base_unit_key,
            base.base_start < partial.period_start,
            base.base_end < partial.period_end,
        ],
    )
    ranked = pairs.mutate(
        _rank=ibis.row_number().over(group_by="id", order_by=pairs.base_end.desc())
    )
    return ranked.filter(ranked._rank == 0).drop("_rank")


@dataclass
class Financials:
    """An organisation's figures by period and the comparisons that respect period lengths.

    `periods` has one row per (metric, period); `comparisons` one row per comparison made
    (kind: run_rate_vs_full_year, same_period_growth, full_year_growth); `notes` says what could
    not be compared and why (dicts: kind — no_same_period or mixed_units —, metric, period,
    missing). `pedigree.report.financial_text` adds a sentence (`text`) to each;
    `sources` lists the sources cited, with their publication dates."""

    org_id: str
    name: str
    as_of: date | None
    usd: bool
    periods: pd.DataFrame
    comparisons: pd.DataFrame
    notes: list[dict] = field(default_factory=list)
    sources: pd.DataFrame | None = None

    def metrics(self) -> list[str]:
        return list(dict.fromkeys(self.periods.metric))

    def to_json(self) -> dict:
        return {
            "org_id": self.org_id,
            "name": self.name,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "usd": self.usd,
            "periods": records(self.periods),
            "comparisons": records(self.comparisons),
            "notes": self.notes,
            "sources": records(self.sources) if self.sources is not None else [],
        }


def financials(
    views: Views, org_id: str, metric: str | None = None, usd: bool = False
) -> Financials:
    """The figures, comparisons and notes of one organisation (see the module docstring)."""
    name = entity_names(views, "organizations", [org_id]).get(org_id, org_id)
    frame = _query(views, org_id, metric, usd, None)
    if metric is not None and frame.empty:
        _no_such_metric(views, org_id, name, metric)
    same = _query(views, org_id, metric, usd, same_period_pairs)
    run = _query(views, org_id, metric, usd, run_rate_pairs)
    frame = frame.sort_values(
        ["metric", "period_end", "months"], ascending=[True, True, False], ignore_index=True
    )
    labels = {
        row.id: period_label(row.period_start, row.period_end, row.months, row.precision)
        for row in frame.itertuples()
    }
    comparisons = pd.DataFrame(
        [_run_rate_row(row, labels) for row in run.itertuples()]
        + [_same_period_row(row, labels) for row in same.itertuples()],
        columns=COMPARISON_COLUMNS,
    )
    order = {"run_rate_vs_full_year": 0, "same_period_growth": 1, "full_year_growth": 2}
    comparisons = comparisons.sort_values(
        ["metric", "kind", "period"], key=lambda c: c.map(order) if c.name == "kind" else c
    ).reset_index(drop=True)
    notes = _notes(frame, same, labels)
    shown = frame.assign(
        period=[labels[i] for i in frame.id],
        period_start=[date_text(v, "day") for v in frame.period_start],
        period_end=[date_text(v, "day") for v in frame.period_end],
    )
    # In US dollars, the figures as stated stay beside the converted ones.
    shown = shown[PERIOD_COLUMNS + (["stated_value", "stated_unit"] if usd else [])]
    cited = set(shown.source_id) | set(comparisons.base_source_id)
    return Financials(
        org_id, name, views.as_of, usd, shown, comparisons, notes, cited_sources(views, cited)
    )


def _query(views: Views, org_id: str, metric: str | None, usd: bool, pairs) -> pd.DataFrame:
    """The periods (or `pairs(periods)`). Without a metric (an organisation's page) as SQL
    compiled once per shape with the id put in (`pedigree.analytics.compiled`): building and
    compiling the expression costs ~70 ms each time, running it a few."""

    def build(org: str) -> ir.Table:
        p = periods(views, org, metric, usd)
        return p if pairs is None else pairs(p)

    if metric is not None:
        return views.backend.execute(build(org_id))
    return compiled.execute(
        views,
        ("financials", None if pairs is None else pairs.__name__, usd),
        lambda wanted, param: build(param("org")),
        params={"org": org_id},
    )


def _no_such_metric(views: Views, org_id: str, name: str, metric: str) -> None:
    known = views.backend.execute(periods(views, org_id).metric.name("metric")).unique()
    listed = f"; on record: {', '.join(sorted(known))}" if len(known) else ""
    raise PedigreeError(f"no {metric!r} figures for {name}{listed}")


def period_label(start, end, months, precision) -> str:
    """How a prospectus names a period: FY2024, H1 2025, Q3 2025, 9M 2025, 2025-03, or
    "12M to 2025-03" for a fiscal year that does not follow the calendar."""
    if start is None or pd.isna(start):
        return f"to {date_text(end, 'day')}" if end is not None and not pd.isna(end) else "?"
    start, end = pd.Timestamp(start).date(), pd.Timestamp(end).date()
    if precision != "month":
        return f"{start.isoformat()}–{end.isoformat()}"
    whole = int(months)
    to = f"{end.year:04d}-{end.month:02d}"
    if whole == 1:
        return to
    if whole == 12 and start.month == 1:
        return f"FY{start.year}"
    if start.year == end.year:
        if whole == 6 and start.month in (1, 7):
            return f"H{1 if start.month == 1 else 2} {start.year}"
        if whole == 3 and start.month in (1, 4, 7, 10):
            return f"Q{(start.month - 1) // 3 + 1} {start.year}"
        if start.month == 1:
            return f"{whole}M {start.year}"
    return f"{whole}M to {to}"


def year_earlier(start, end, months, precision) -> str:
    """The label of the same period one year before."""
    start, end = pd.Timestamp(start).date(), pd.Timestamp(end).date()
    prior_start = _minus_year(start)
    if precision == "month":  # keep month ends month ends (29 February → 28 February)
        prior_end = _minus_year(end.replace(day=1))
        next_month = (prior_end.replace(day=28) + timedelta(days=4)).replace(day=1)
        prior_end = next_month - timedelta(days=1)
    else:
        prior_end = _minus_year(end)
    return period_label(prior_start, prior_end, months, precision)


def _minus_year(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def ratio(value, base) -> float | None:
    """value / base, only where it means something (a positive base and a value of the same
    sign); a loss against a profit has a change, not a ratio."""
    if base is None or value is None or pd.isna(base) or pd.isna(value) or base <= 0:
        return None
    return value / base if value >= 0 else None


def _run_rate_row(row, labels: dict) -> dict:
    period, base = labels[row.id], labels[row.base_id]
    growth = ratio(row.run_rate, row.base_value)
    return {
        "kind": "run_rate_vs_full_year",
        "metric": row.metric,
        "unit": row.unit,
        "period": period,
        "months": row.months,
        "value": row.value,
        "compared": row.run_rate,
        "base_period": base,
        "base_months": row.base_months,
        "base_value": row.base_value,
        "ratio": growth,
        "growth": growth - 1 if growth is not None else None,
        "change": row.run_rate - row.base_value,
        "source_id": row.source_id,
        "base_source_id": row.base_source_id,
    }


def _same_period_row(row, labels: dict) -> dict:
    period, base = labels[row.id], labels[row.base_id]
    full_year = row.months == 12
    growth = ratio(row.value, row.base_value) if row.additive else None
    return {
        "kind": "full_year_growth" if full_year else "same_period_growth",
        "metric": row.metric,
        "unit": row.unit,
        "period": period,
        "months": row.months,
        "value": row.value,
        "compared": row.value,
        "base_period": base,
        "base_months": row.base_months,
        "base_value": row.base_value,
        "ratio": growth,
        "growth": growth - 1 if growth is not None else None,
        "change": row.value - row.base_value,
        "source_id": row.source_id,
        "base_source_id": row.base_source_id,
    }


def _notes(frame: pd.DataFrame, same: pd.DataFrame, labels: dict) -> list[dict]:
    """What could not be compared, and why."""
    notes = []
    matched = set(same.id)
    for row in frame.itertuples():
        if row.partial and row.precision == "month" and row.id not in matched:
            prior = year_earlier(row.period_start, row.period_end, row.months, row.precision)
            notes.append(
                {
                    "kind": "no_same_period",
                    "metric": row.metric,
                    "period": labels[row.id],
                    "missing": prior,
                }
            )
    for metric, group in frame.groupby("metric", sort=True):
        if len({u if isinstance(u, str) else "no unit" for u in group.unit}) > 1:
            notes.append({"kind": "mixed_units", "metric": metric, "period": None, "missing": None})
    return notes
