"""The inputs of the halo model, one row per valued company: its latest valuation in US dollars
and the latest fundamentals known at the as-of day (annual revenue, users, a launched product,
age, round stage, sector), each with its source, and the lineages its founders came from.
`pedigree.analytics.halo` fits the model on them.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir
import pandas as pd

from pedigree.analytics.financials import period_months
from pedigree.analytics.frames import among
from pedigree.analytics.membership import company_lineages
from pedigree.analytics.valuations import happened_by, latest_valuations
from pedigree.reference.fx import fx_rates
from pedigree.reference.sectors import sector_id
from pedigree.store.views import Views

REVENUE_METRICS = ("revenue", "arr", "run_rate", "annual_recurring_revenue")
ANNUAL_METRICS = ("arr", "run_rate", "annual_recurring_revenue")  # already a year's worth
USER_METRICS = ("mau", "users", "registered_users", "dau", "paying_users")  # preferred first
TOP_ACADEMIES = 10  # "top academy": among the organisations with the most spin-outs …
MIN_SPINOUTS = 3  # … and at least this many


# Columns kept from each query: the valuation's as they are, the others as {name: column},
# prefixed in the inputs (revenue_value, users_date, product_launched …).
VALUATION_COLUMNS = (
    "org_id",
    "name",
    "sector",
    "founded",
    "founded_precision",
    "round",
    "valuation_usd",
    "valuation",
    "currency",
)
REVENUE = {
    "metric": "metric",
    "value": "value",
    "unit": "unit",
    "start": "period_start",
    "end": "period_end",
    "source": "source_id",
}
USERS = {
    "metric": "metric",
    "date": "date",
    "precision": "date_precision",
    "product": "product",
    "source": "source_id",
}
LAUNCH = {"launched": "launched", "precision": "launched_precision"}


def _valuations(views: Views) -> ir.Table:
    """Each company's latest valuation in USD, with its name, sector and founding date."""
    latest = latest_valuations(views)
    latest = latest.filter(latest.valuation_usd > 0)
    orgs = views.organizations
    orgs = orgs.select("name", "kind", "sector", "founded", "founded_precision", org_ref=orgs.id)
    rows = latest.left_join(orgs, latest.org_id == orgs.org_ref)
    rows = rows.filter(rows.kind.isnull() | (rows.kind == "company"))
    return rows.select(
        *VALUATION_COLUMNS,
        valuation_date=rows.date,
        valuation_precision=rows.date_precision,
        valuation_source=rows.source_id,
    )


def _prefixed(table: ir.Table, prefix: str, columns: dict[str, str]) -> dict:
    return {f"{prefix}_{name}": table[column] for name, column in columns.items()}


def _latest(table: ir.Table, order: list) -> ir.Table:
    """One row per org_id: the first in `order`."""
    ranked = table.mutate(_rank=ibis.row_number().over(group_by="org_id", order_by=order))
    return ranked.filter(ranked._rank == 0).drop("_rank")


def _revenues(views: Views) -> ir.Table:
    """Each company's latest annual revenue in USD: the figure of the latest period over by the
    as-of day (the longer period first when two end together), a run-rate when shorter than a
    year."""
    f = annual_revenues(views)
    f = _latest(
        f, [f.period_end.fill_null(ibis.date(1, 1, 1)).desc(), f.revenue_months.desc(), f.id]
    )
    return f.select("org_id", "revenue_usd", "revenue_months", **_prefixed(f, "revenue", REVENUE))


def annual_revenues(views: Views) -> ir.Table:
    """Every revenue period over by the as-of day, with `revenue_usd` (a year's worth in USD: a
    run-rate × 12 / months when shorter than a year) and `revenue_months`."""
    f = views.financials
    f = f.filter(
        f.metric.lower().isin(REVENUE_METRICS), f.value > 0, happened_by(f.period_end, views)
    )
    fx = ibis.memtable(fx_rates()).rename(fx_currency="currency")
    f = f.left_join(fx, f.unit.upper().fill_null("USD") == fx.fx_currency)
    start = f.period_start
    months, _ = period_months(start, f.period_end)
    per_year = ibis.ifelse(
        f.metric.lower().isin(ANNUAL_METRICS) | start.isnull() | (months <= 0), 1.0, 12 / months
    )
    f = f.mutate(revenue_months=months, revenue_usd=f.value * f.usd_per_unit * per_year)
    return f.filter(f.revenue_usd.notnull())


def _users(views: Views) -> ir.Table:
    """Each company's user figure: of its products' metrics dated by the as-of day, the most
    preferred metric (`USER_METRICS`), then the latest, then the largest."""
    m = views.product_metrics
    m = m.filter(m.metric.lower().isin(USER_METRICS), m.value > 0, happened_by(m.date, views))
    products = views.products.select(product_ref="id", org_id="org_id", product="name")
    m = m.join(products, m.product_id == products.product_ref)
    preference = ibis.cases(*((m.metric.lower() == name, i) for i, name in enumerate(USER_METRICS)))
    m = _latest(m, [preference, m.date.fill_null(ibis.date(1, 1, 1)).desc(), m.value.desc()])
    return m.select("org_id", users=m.value, **_prefixed(m, "users", USERS))


def _launches(views: Views) -> ir.Table:
    """Each company's first product launched by the as-of day."""
    p = views.products
    p = p.filter(p.org_id.notnull() & p.launched.notnull() & happened_by(p.launched, views))
    p = _latest(p, [p.launched, p.id])
    return p.select("org_id", product=p.name, product_id=p.id, **_prefixed(p, "product", LAUNCH))


def company_inputs(views: Views) -> pd.DataFrame:
    """One row per company with a valuation known at the as-of day: the valuation and every
    fundamental with the source it came from, plus `stage`, `age_years`, `sector_key`,
    `launched` and `lineages` (ids of the organisations its founders came from)."""
    # Four small queries joined here rather than one: Ibis compiles the as-of views' large
    # expressions in time that grows faster than their size, and the results are one row per
    # company.
    frame = views.backend.execute(_valuations(views))
    for extra in (_revenues(views), _users(views), _launches(views)):
        frame = frame.merge(views.backend.execute(extra), on="org_id", how="left")
    frame = frame.sort_values("org_id", ignore_index=True)
    frame["name"] = frame["name"].fillna(frame["org_id"])
    frame["sector_key"] = [_sector_key(s) for s in frame.sector]
    frame["stage"] = [stage_of(r) for r in frame["round"]]
    frame["launched"] = frame["product"].notna() | frame["users"].notna()
    frame["age_years"] = _years(frame.valuation_date, frame.founded)
    ties = company_lineages(views)
    ties = views.backend.execute(among(ties, "org_id", frame.org_id))
    members = ties.groupby("org_id").lineage_id.agg(lambda ids: sorted(set(ids))).to_dict()
    frame["lineages"] = [members.get(org_id, []) for org_id in frame.org_id]
    return frame


def _years(later: pd.Series, earlier: pd.Series) -> pd.Series:
    """Years from `earlier` to `later` (0 when `later` comes first; missing when either is)."""
    days = (pd.to_datetime(later) - pd.to_datetime(earlier)).dt.days
    return (days / 365.25).clip(lower=0)


def _sector_key(text) -> str:
    if not isinstance(text, str) or not text.strip():
        return "unknown"
    return sector_id(text) or text.strip().lower()


_STAGES = {
    "seed": ("seed", "pre-seed", "preseed", "angel", "种子", "天使", "種子"),
    "A": ("a", "pre-a", "prea"),
    "B": ("b", "pre-b", "preb"),
    "C+": ("c", "d", "e", "f", "g", "h", "pre-ipo", "preipo", "growth", "late stage"),
}
_ROUND_WORDS = ("series", "round", "funding", "financing", "轮", "輪", "融资", "融資", "+")


def stage_of(round_name) -> str:
    """The stage of a round as reported (Series A, A+轮, 天使轮, Pre-IPO, C2 …): seed, A, B,
    C+ or unknown (strategic rounds, unlabelled ones)."""
    if not isinstance(round_name, str):
        return "unknown"
    text = round_name.strip().lower()
    for word in _ROUND_WORDS:
        text = text.replace(word, " ")
    text = text.strip().rstrip("0123456789").strip(" -_")
    for stage, names in _STAGES.items():
        if text in names or any(not name.isascii() and name in text for name in names):
            return stage
    return "unknown"


def top_academies(views: Views) -> list[str]:
    """The organisations counted as top academies: the `TOP_ACADEMIES` with the most companies
    founded by their people (at least `MIN_SPINOUTS`), ties broken by id."""
    ties = company_lineages(views)
    counts = ties.group_by("lineage_id").aggregate(spinouts=ties.org_id.nunique())
    counts = counts.filter(counts.spinouts >= MIN_SPINOUTS)
    counts = counts.order_by([ibis.desc("spinouts"), "lineage_id"]).limit(TOP_ACADEMIES)
    return list(views.backend.execute(counts).lineage_id)
