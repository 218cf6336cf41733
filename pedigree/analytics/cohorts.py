"""A backtest's cohorts and their outcomes, as Ibis queries over views: the lineage's startups
with a valuation known at the as-of day, and the rounds, revenue and exits known by the horizon.
`pedigree.analytics.backtest` reads them through `snapshot.views_at`, so each query sees only
what was published by its day."""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from pedigree.analytics.financials import period_months
from pedigree.analytics.membership import company_lineages
from pedigree.analytics.sectors import with_sector_ids
from pedigree.analytics.valuations import happened_by, latest_valuations, valuations_usd
from pedigree.reference.fx import fx_rates
from pedigree.reference.sectors import find_sector
from pedigree.store.views import Views

# Events after which a company is no longer a startup (and which the outcome reports).
EXIT_EVENTS = ("acquired", "shutdown", "listing")


def startups_with_valuation(views: Views, exclude: str) -> ir.Table:
    """Companies with a valuation dated and known at the views' day, each at its latest one,
    with its sector key and founding year; those already acquired, shut down or listed left out.
    """
    entry = latest_valuations(views)
    entry = entry.filter(entry.valuation_usd.notnull())
    orgs = views.organizations
    orgs = orgs.filter((orgs.kind.isnull() | (orgs.kind == "company")) & (orgs.id != exclude))
    events = views.events
    exited = events.filter(events.type.isin(EXIT_EVENTS) & happened_by(events.date, views))
    joined = entry.join(orgs, entry.org_id == orgs.id)
    joined = joined.anti_join(exited, joined.org_id == exited.org_id)
    table = joined.select(
        "org_id",
        "name",
        "sector",
        "founded",
        "founded_precision",
        vintage=joined.founded.year(),
        entry_usd=joined.valuation_usd,
        entry_valuation=joined.valuation,
        entry_currency=joined.currency,
        entry_date=joined.date,
        entry_precision=joined.date_precision,
        entry_round=joined.round,
        entry_source=joined.source_id,
    )
    table = with_sector_ids(views.backend, table)
    return table.mutate(sector_key=table.sector_id.fill_null(table.sector))


def cohorts(
    views: Views, lineage_id: str, *, sector: str | None = None, vintage_window: int = 1
) -> tuple[ir.Table, ir.Table]:
    """(lineage cohort, control cohort) at the views' day.

    The control cohort: companies outside the lineage whose sector is a cohort member's and
    whose founding year is within `vintage_window` years of that member's.
    """
    candidates = startups_with_valuation(views, lineage_id)
    if sector is not None:
        candidates = candidates.filter(candidates.sector_id == find_sector(sector))
    members = company_lineages(views)
    members = members.filter(members.lineage_id == lineage_id).select(member="org_id").distinct()
    cohort = candidates.semi_join(members, candidates.org_id == members.member)
    pool = candidates.anti_join(members, candidates.org_id == members.member)
    keys = cohort.filter(cohort.sector_key.notnull() & cohort.vintage.notnull())
    keys = keys.select(key_sector="sector_key", key_vintage="vintage").distinct()
    control = pool.semi_join(
        keys,
        [
            pool.sector_key == keys.key_sector,
            (pool.vintage - keys.key_vintage).abs() <= vintage_window,
        ],
    )
    return cohort, control


# --- outcomes (Ibis) -------------------------------------------------------------------------


def later_valuations(views: Views, entries: ir.Table) -> ir.Table:
    """Per company, the latest valued round dated after its entry round (and by the views' day),
    and how many valued rounds there were after the entry."""
    values = valuations_usd(views)
    keys = entries.select(key_org="org_id", key_date="entry_date")
    joined = values.join(keys, values.org_id == keys.key_org)
    later = joined.filter(
        joined.date.notnull() & (joined.key_date.isnull() | (joined.date > joined.key_date))
    )
    order = [later.date.desc(), later.valuation_usd.desc()]
    ranked = later.mutate(
        _rank=ibis.row_number().over(group_by="org_id", order_by=order),
        rounds_after=later.org_id.count().over(group_by="org_id"),
    )
    ranked = ranked.filter(ranked._rank == 0)
    return ranked.select(
        "org_id",
        "rounds_after",
        later_usd=ranked.valuation_usd,
        later_date=ranked.date,
        later_precision=ranked.date_precision,
        later_round=ranked.round,
        later_source=ranked.source_id,
    )


def undisclosed_rounds(views: Views, entries: ir.Table) -> ir.Table:
    """Per company, the first round after its entry reported without a valuation."""
    rounds = views.rounds
    rounds = rounds.filter(
        rounds.post_money_valuation.isnull()
        & rounds.date.notnull()
        & happened_by(rounds.date, views)
    )
    keys = entries.select(key_org="org_id", key_date="entry_date")
    joined = rounds.join(keys, rounds.org_id == keys.key_org)
    later = joined.filter(joined.key_date.isnull() | (joined.date > joined.key_date))
    ranked = later.mutate(
        _rank=ibis.row_number().over(group_by="org_id", order_by=[later.date, later.id])
    )
    ranked = ranked.filter(ranked._rank == 0)
    return ranked.select(
        "org_id",
        undisclosed_date=ranked.date,
        undisclosed_precision=ranked.date_precision,
        undisclosed_round=ranked.round,
        undisclosed_source=ranked.source_id,
    )


def latest_revenue(views: Views, entries: ir.Table) -> ir.Table:
    """Per company, the revenue figure of the latest period over by the views' day (the longest
    such period on a tie), with its US-dollar value."""
    figures = views.financials
    figures = figures.filter(
        (figures.metric == "revenue")
        & figures.period_end.notnull()
        & (figures.period_end <= views.as_of)
    )
    figures = figures.semi_join(entries, figures.org_id == entries.org_id)
    fx = ibis.memtable(fx_rates()).rename(fx_currency="currency")
    figures = figures.left_join(fx, figures.unit.fill_null("USD") == fx.fx_currency)
    order = [figures.period_end.desc(), figures.period_start.fill_null(ibis.date(1, 1, 1))]
    ranked = figures.mutate(_rank=ibis.row_number().over(group_by="org_id", order_by=order))
    ranked = ranked.filter(ranked._rank == 0)
    months, _ = period_months(ranked.period_start, ranked.period_end)
    return ranked.select(
        "org_id",
        revenue_usd=ranked.value * ranked.usd_per_unit,
        revenue_start=ranked.period_start,
        revenue_end=ranked.period_end,
        revenue_months=months,  # null without a start: taken as annual
        revenue_source=ranked.source_id,
    )


def exits(views: Views, entries: ir.Table) -> ir.Table:
    """Acquisitions, shutdowns and listings of the companies, dated by the views' day."""
    events = views.events
    events = events.filter(events.type.isin(EXIT_EVENTS) & happened_by(events.date, views))
    events = events.semi_join(entries, events.org_id == entries.org_id)
    return events.select("org_id", "type", "date", "date_precision", "detail", "source_id")
