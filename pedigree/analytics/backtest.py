"""Cohort backtests: a year on, how many of a lineage's startups matched their valuations?

The question reporting asks ("of 2024's 字节系 startups, after a year only one or two matched their
valuations") is answered without hindsight, on two clocks (docs/model.md):

- the **cohort** is what could be known at the as-of day: the lineage's companies (membership from
  the spin-out ties published by then) with a valuation round dated and published by then. Each
  company enters at its latest such valuation. Companies already acquired, shut down or listed by
  then are not startups any more and are left out;
- the **outcome** is what could be known at as-of + horizon: the rounds dated after the entry
  round, the latest revenue figure and any exit, each dated and published by then;
- the **control cohort** is the other companies known at the as-of day in the same sectors, founded
  within a few years of a cohort member in that sector, read the same way.

Publication lag is the trap this guards against: a round that happened before the as-of day but was
reported after it could not have defined the cohort. `leaky=True` runs the deliberately wrong
variant — today's store cut by valid time only — so the difference can be measured.

"Matched its valuation" is a `MatchRule`: any of its criteria (an up round, a flat round within
the band, revenue reaching a share of what the entry valuation implied at a revenue multiple, an
acquisition, a listing), and never when the company shut down. Match rates get Wilson intervals;
the difference between cohorts a Newcombe hybrid-score interval (Newcombe 1998, method 10).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from datetime import date

import ibis
import pandas as pd

# The settings, re-exported: the API, the CLI and the tests name them from here.
from pedigree.analytics.backtest_rules import Horizon, MatchRule
from pedigree.analytics.cohorts import (
    cohorts,
    exits,
    later_valuations,
    latest_revenue,
    undisclosed_rounds,
)
from pedigree.analytics.frames import date_text, entity_names, records
from pedigree.analytics.membership import lineage_labels
from pedigree.analytics.snapshot import views_at
from pedigree.errors import PedigreeError, option
from pedigree.store.views import Views

CONFIDENCE = 0.95


# --- assembly --------------------------------------------------------------------------------


@dataclass
class CohortResult:
    """One cohort's companies and its match rate with a Wilson interval."""

    companies: pd.DataFrame = field(repr=False)
    n: int = 0
    matched: int = 0
    rate: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None

    @classmethod
    def of(cls, companies: pd.DataFrame) -> CohortResult:
        n = len(companies)
        k = int(companies["matched"].sum()) if n else 0
        if not n:
            return cls(companies)
        from statsmodels.stats.proportion import proportion_confint  # slow import: when needed

        low, high = proportion_confint(k, n, alpha=1 - CONFIDENCE, method="wilson")
        return cls(companies, n, k, k / n, float(low), float(high))

    def to_json(self) -> dict:
        return {
            "n": self.n,
            "matched": self.matched,
            "rate": self.rate,
            "ci_low": self.ci_low,
            "ci_high": self.ci_high,
            "companies": records(self.companies),
        }


@dataclass
class Backtest:
    """A lineage cohort against its control: who matched their valuation by the horizon."""

    lineage_id: str
    lineage_name: str
    lineage_label: str
    as_of: date
    until: date
    horizon: Horizon
    sector: str | None
    rule: MatchRule
    vintage_window: int
    min_n: int
    leaky: bool
    cohort: CohortResult
    control: CohortResult
    difference: dict | None
    # In words, filled in by `pedigree.report.backtest_text.with_text` (the API does): the rule,
    # the control cohort, and why there are no rates when there are too few companies.
    rule_definition: str | None = None
    control_definition: str | None = None
    message: str | None = None

    @property
    def enough_data(self) -> bool:
        return self.cohort.n >= self.min_n and self.control.n >= self.min_n

    def to_json(self) -> dict:
        return {
            "lineage": {"id": self.lineage_id, "name": self.lineage_name,
                        "label": self.lineage_label},
            "as_of": self.as_of.isoformat(),
            "horizon": str(self.horizon),
            "until": self.until.isoformat(),
            "sector": self.sector,
            "leaky": self.leaky,
            "rule": {**asdict(self.rule), "criteria": list(self.rule.criteria),
                     "definition": self.rule_definition},
            "control_definition": self.control_definition,
            "min_n": self.min_n,
            "enough_data": self.enough_data,
            "message": self.message,
            "cohort": self.cohort.to_json(),
            "control": self.control.to_json(),
            "difference": self.difference,
        }  # fmt: skip


COMPANY_COLUMNS = [
    "org_id",
    "name",
    "sector",
    "founded",
    "entry_usd",
    "entry_date",
    "entry_source",
    "later_usd",
    "later_date",
    "later_source",
    "rounds_after",
    "outcome",
    "valuation_change",
    "implied_revenue_usd",
    "revenue_usd",
    "revenue_start",  # the revenue's period, first and last day: `backtest_text` writes it
    "revenue_end",
    "revenue_share",
    "revenue_source",
    "events",
    "shut_down",
    "acquired",
    "listed",
    "matched",
]


def backtest(
    store,
    lineage_id: str,
    as_of: date,
    horizon: str | Horizon = "12m",
    *,
    sector: str | None = None,
    rule: MatchRule | None = None,
    vintage_window: int = 1,
    min_n: int = 5,
    leaky: bool = False,
) -> Backtest:
    """Backtest the lineage of `lineage_id` from `as_of` over `horizon` (see the module doc)."""
    horizon = Horizon.parse(horizon)
    rule = rule or MatchRule()
    if vintage_window < 0:
        raise PedigreeError(f"{option('vintage_window')}: must be 0 or more: {vintage_window}")
    until = horizon.after(as_of)
    with views_at(store, as_of, leaky=leaky) as start, views_at(store, until, leaky=leaky) as end:
        cohort, control = cohorts(start, lineage_id, sector=sector, vintage_window=vintage_window)
        both = cohort.mutate(group=ibis.literal("lineage")).union(
            control.mutate(group=ibis.literal("control"))
        )
        companies = _outcomes(end, start.backend.execute(both), rule)
    results = {
        group: CohortResult.of(
            companies[companies.group == group].drop(columns="group").reset_index(drop=True)
        )
        for group in ("lineage", "control")
    }
    # The lineage is named as it is known today (the root may have been renamed since).
    views = store.views()
    name = entity_names(views, "organizations", [lineage_id]).get(lineage_id, lineage_id)
    label = lineage_labels(views, [lineage_id]).get(lineage_id, name)
    result = Backtest(
        lineage_id=lineage_id,
        lineage_name=name,
        lineage_label=label,
        as_of=as_of,
        until=until,
        horizon=horizon,
        sector=sector,
        rule=rule,
        vintage_window=vintage_window,
        min_n=min_n,
        leaky=leaky,
        cohort=results["lineage"],
        control=results["control"],
        difference=None,
    )
    result.difference = _difference(result) if result.enough_data else None
    return result


def _difference(result: Backtest) -> dict:
    """Lineage rate minus control rate, with a Newcombe hybrid-score interval."""
    from statsmodels.stats.proportion import confint_proportions_2indep  # slow import

    a, b = result.cohort, result.control
    low, high = confint_proportions_2indep(
        a.matched, a.n, b.matched, b.n, method="newcomb", compare="diff", alpha=1 - CONFIDENCE
    )
    return {
        "value": a.rate - b.rate,
        "ci_low": float(low),
        "ci_high": float(high),
        "confidence": CONFIDENCE,
        "method": "Newcombe hybrid score interval (from Wilson intervals)",
    }


def _outcomes(end: Views, entries: pd.DataFrame, rule: MatchRule) -> pd.DataFrame:
    """One record per company: entry, what followed by the horizon, and matched or not."""
    if entries.empty:
        return pd.DataFrame(columns=["group", *COMPANY_COLUMNS])
    keys = ibis.memtable(
        {"org_id": list(entries.org_id), "entry_date": [_day(d) for d in entries.entry_date]},
        schema={"org_id": "string", "entry_date": "date"},
    )
    execute = end.backend.execute
    later = _by_org(execute(later_valuations(end, keys)))
    undisclosed = _by_org(execute(undisclosed_rounds(end, keys)))
    revenue = _by_org(execute(latest_revenue(end, keys)))
    events: dict[str, list[dict]] = {}
    for event in records(execute(exits(end, keys))):
        events.setdefault(event["org_id"], []).append(event)
    companies = [
        {"group": entry["group"]}
        | _company(
            entry,
            later.get(entry["org_id"], {}),
            undisclosed.get(entry["org_id"], {}),
            revenue.get(entry["org_id"], {}),
            events.get(entry["org_id"], []),
            rule,
        )
        for entry in records(entries)
    ]
    frame = pd.DataFrame(companies, columns=["group", *COMPANY_COLUMNS])
    # The id breaks ties between namesakes, whose order would otherwise follow the engine's.
    order, ascending = ["matched", "name", "org_id"], [False, True, True]
    return frame.sort_values(order, ascending=ascending, ignore_index=True)


def _company(
    entry: dict, later: dict, undisclosed: dict, revenue: dict, events: list[dict], rule
) -> dict:
    entry_usd = entry["entry_usd"]
    change = later["later_usd"] / entry_usd - 1 if later and entry_usd else None
    implied = entry_usd / rule.multiple
    annual = _annualised(revenue)
    types = {event["type"] for event in events}
    record = {
        "org_id": entry["org_id"],
        "name": entry["name"] or entry["org_id"],
        "sector": entry["sector"],
        "founded": date_text(entry["founded"], entry["founded_precision"]),
        "entry_usd": entry_usd,
        "entry_date": date_text(entry["entry_date"], entry["entry_precision"]),
        "entry_source": entry["entry_source"],
        "later_usd": later.get("later_usd"),
        "later_date": date_text(later.get("later_date"), later.get("later_precision")),
        "later_source": later.get("later_source") or undisclosed.get("undisclosed_source"),
        "rounds_after": int(later.get("rounds_after") or 0),
        "outcome": rule.round_outcome(change, bool(undisclosed)),
        "valuation_change": change,
        "implied_revenue_usd": implied,
        "revenue_usd": annual,
        "revenue_start": _day(revenue.get("revenue_start")),
        "revenue_end": _day(revenue.get("revenue_end")),
        "revenue_share": annual / implied if annual is not None and implied else None,
        "revenue_source": revenue.get("revenue_source"),
        "events": [
            {
                "type": event["type"],
                "date": date_text(event["date"], event["date_precision"]),
                "detail": event["detail"],
                "source": event["source_id"],
            }
            for event in sorted(events, key=lambda e: (e["date"] is None, e["date"] or 0))
        ],
        "shut_down": "shutdown" in types,
        "acquired": "acquired" in types,
        "listed": "listing" in types,
    }
    if not later and undisclosed:
        record["later_date"] = date_text(
            undisclosed["undisclosed_date"], undisclosed["undisclosed_precision"]
        )
    record["matched"] = bool(rule.met(record))
    return record


def _annualised(revenue: dict) -> float | None:
    """A revenue figure scaled to a year by its period's length in months
    (`financials.period_months`: a nine-month figure × 12/9); a figure without a period start
    is taken as annual."""
    value, months = revenue.get("revenue_usd"), revenue.get("revenue_months")
    if _missing(value):
        return None
    if _missing(months):
        return float(value)
    return float(value) * 12 / months if months > 0 else None


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _by_org(frame: pd.DataFrame) -> dict[str, dict]:
    return {row["org_id"]: row for row in records(frame)}


def _day(value) -> date | None:
    if value is None or (not isinstance(value, date) and pd.isna(value)):
        return None
    return pd.Timestamp(value).date()
