"""Founder scores: research depth and delivery experience, two axes that show their working.

Each axis is the sum of the points its facts earned at the weights in `WEIGHTS` (documented with
the formula in docs/scarcity.md): a PhD, papers, competition medals and awards for research; the
largest team led, products shipped with a recorded user or revenue metric, delivery credentials
and the most compute commanded for delivery. Every fact is one row with its points, so a score
always decomposes into the facts behind it; there is no single opaque number.

Points are kept in hundredths, as whole numbers, from the database to the output: a score is the
exact sum of its facts' points whatever order they are added in, and the ranking query and the
`pedigree score` decomposition agree to the last digit.

The facts are Ibis expressions over the views (backend-portable); `as_of` views see only what was
published by then, and facts dated after that day (a later credential, a stint that started later,
a launch or metric after it) do not count.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import ibis
import ibis.expr.types as ir

from pedigree.analytics.fact_text import (
    NOT_PHD_PATTERN,
    REACH_METRIC_PATTERN,
    advisors_honour,
    gpu_count,
    in_progress,
    is_phd,
    paper_count,
)
from pedigree.analytics.frames import date_text
from pedigree.analytics.valuations import happened_by
from pedigree.analytics.work import during, of_people, products_during, work_stints
from pedigree.store.views import Views

AXES = ("research", "delivery")


@dataclass(frozen=True)
class Weight:
    """How one kind of fact earns points on an axis; `rule` says it in words."""

    kind: str
    axis: str
    points: float
    rule: str


WEIGHTS: dict[str, Weight] = {
    w.kind: w
    for w in (
        Weight("phd", "research", 3.0, "3 points for a PhD, counted once"),
        Weight(
            "paper",
            "research",
            0.5,
            "0.5 per paper (the count its detail states, else 1), at most 10 points in all",
        ),
        Weight("competition", "research", 2.0, "2 points per competition medal or placing"),
        Weight("award", "research", 1.5, "1.5 points per award"),
        Weight(
            "team",
            "delivery",
            2.0,
            "2 × log10(size / 10) for the largest team led (sizes above 10; other teams 0)",
        ),
        Weight(
            "product",
            "delivery",
            2.0,
            "2 points per product shipped with a recorded user or "
            "revenue metric while at its company",
        ),
        Weight("delivery", "delivery", 2.0, "2 points per delivery credential"),
        Weight(
            "gpus",
            "delivery",
            1.0,
            "1 × log10(GPUs / 100) for the most compute commanded (above 100 GPUs; other stints 0)",
        ),
    )
}
PAPER_CAP = 10.0  # points from papers, in all
TEAM_BASE = 10  # a team of this size or smaller earns nothing
GPU_BASE = 100

CREDENTIAL_KINDS = ("phd", "paper", "competition", "award", "delivery")

FACT_SCHEMA = ibis.schema(
    {
        "person_id": "string",
        "axis": "string",
        "kind": "string",
        "fact_id": "string",
        "detail": "string",
        "org_id": "string",
        "product_id": "string",
        "value": "float64",
        "metric": "string",
        "date": "date",
        "date_precision": "string",
        "source_id": "string",
        "quote": "string",
        "source2_id": "string",
        "quote2": "string",
    }
)


# --- the facts ---------------------------------------------------------------------------------


def fact_rows(table: ir.Table, **columns) -> ir.Table:
    """Rows of `table` in the fact schema: `columns` give the values, the rest are null;
    columns outside the schema follow it."""
    values = {}
    for name, dtype in FACT_SCHEMA.items():
        value = columns.get(name)
        if value is None:
            value = ibis.null(dtype)
        elif isinstance(value, str):
            value = ibis.literal(value, type=dtype)
        values[name] = value.cast(dtype)
    extra = {name: value for name, value in columns.items() if name not in FACT_SCHEMA}
    return table.select(**values, **extra)


def research_facts(views: Views, people: ir.Table | None = None) -> ir.Table:
    """PhD, paper, competition and award facts, before points."""
    credentials = _credentials(views, people)
    credentials = credentials.filter(credentials.type != "delivery")
    # A PhD credential must be a finished one; an award or medal must be the person's own.
    detail = credentials.detail.fill_null("")
    unfinished = (credentials.type == "phd") & (
        detail.lower().re_search(NOT_PHD_PATTERN) | in_progress(credentials.quote)
    )
    not_theirs = credentials.type.isin(["award", "competition"]) & advisors_honour(
        credentials.detail, credentials.quote
    )
    credentials = credentials.filter(~unfinished, ~not_theirs)
    stints = of_people(views.stints, people)
    finished = ibis.coalesce(stints.end_date, stints.start_date)
    phds = stints.filter(
        stints.kind == "education",
        is_phd(stints.title, stints.quote),
        ~stints.current.fill_null(False),
        happened_by(finished, views),
    )
    field = ibis.ifelse(phds.field.isnull(), "", ", " + phds.field)
    return _credential_facts(credentials).union(
        fact_rows(
            phds,
            person_id=phds.person_id,
            axis="research",
            kind="phd",
            fact_id=phds.id,
            detail=phds.title + field,
            org_id=phds.org_id,
            date=ibis.coalesce(phds.end_date, phds.start_date),
            date_precision=ibis.ifelse(
                phds.end_date.isnull(), phds.start_precision, phds.end_precision
            ),
            source_id=phds.source_id,
            quote=phds.quote,
        )
    )


def delivery_facts(views: Views, people: ir.Table | None = None) -> ir.Table:
    """Team, product, delivery-credential and compute facts, before points."""
    credentials = _credentials(views, people)
    work = work_stints(views, people)
    teams = work.filter(work.team_size > 0)
    commanded = work.filter(work.resources.notnull())
    commanded = commanded.mutate(_gpus=gpu_count(commanded.resources))
    commanded = commanded.filter(commanded._gpus > 0)
    return ibis.union(
        _credential_facts(credentials.filter(credentials.type == "delivery")),
        _stint_facts(teams, "team", teams.team_size, teams.title),
        _stint_facts(commanded, "gpus", commanded._gpus, commanded.resources),
        shipped_products(views, work),
    )


def _credentials(views: Views, people: ir.Table | None) -> ir.Table:
    credentials = of_people(views.credentials, people)
    return credentials.filter(
        credentials.type.isin(CREDENTIAL_KINDS), happened_by(credentials.date, views)
    )


def _credential_facts(credentials: ir.Table) -> ir.Table:
    is_paper = credentials.type == "paper"
    return fact_rows(
        credentials,
        person_id=credentials.person_id,
        axis=ibis.ifelse(credentials.type == "delivery", "delivery", "research"),
        kind=credentials.type,
        fact_id=credentials.id,
        detail=credentials.detail,
        value=ibis.ifelse(is_paper, paper_count(credentials.detail.fill_null("")), None),
        date=credentials.date,
        date_precision=credentials.date_precision,
        source_id=credentials.source_id,
        quote=credentials.quote,
    )


def _stint_facts(stints: ir.Table, kind: str, value, detail) -> ir.Table:
    return fact_rows(
        stints,
        person_id=stints.person_id,
        axis="delivery",
        kind=kind,
        fact_id=stints.id,
        detail=detail,
        org_id=stints.org_id,
        value=value,
        date=stints.start_date,
        date_precision=stints.start_precision,
        source_id=stints.source_id,
        quote=stints.quote,
    )



def shipping_stints(views: Views, work: ir.Table) -> ir.Table:
    """(stint, product, metric) for every product a person shipped with a recorded user or
    revenue metric while at its company: the product was launched during the stint, or, when its
    launch date is unknown, a metric is dated during it (unknown dates: benefit of the doubt)."""
    metrics = views.product_metrics
    metrics = metrics.filter(
        metrics.metric.lower().re_search(REACH_METRIC_PATTERN), happened_by(metrics.date, views)
    ).select(
        _metric_product="product_id",
        _metric_id="id",
        _metric="metric",
        _metric_value="value",
        _metric_date="date",
        _metric_precision="date_precision",
        _metric_source="source_id",
        _metric_quote="quote",
    )
    shipped = products_during(views, work)
    shipped = shipped.join(metrics, shipped._product_id == metrics._metric_product)
    return shipped.filter(
        shipped._launched.notnull()
        | during(shipped._metric_date, shipped._metric_precision, shipped)
    )


def shipped_products(views: Views, work: ir.Table) -> ir.Table:
    """One product fact per (person, product) of `shipping_stints`; the latest metric (then the
    largest) is its evidence, with the stint's source beside the metric's."""
    shipped = shipping_stints(views, work)
    order = [
        shipped._metric_date.desc(),
        shipped._metric_value.desc(),
        shipped._metric_id,
        shipped.id,
    ]
    shipped = shipped.mutate(
        _rank=ibis.row_number().over(group_by=["person_id", "_product_id"], order_by=order)
    )
    shipped = shipped.filter(shipped._rank == 0)
    return fact_rows(
        shipped,
        person_id=shipped.person_id,
        axis="delivery",
        kind="product",
        fact_id=shipped._metric_id,
        detail=shipped._product_name,
        org_id=shipped.org_id,
        product_id=shipped._product_id,
        value=shipped._metric_value,
        metric=shipped._metric,
        date=shipped._metric_date,
        date_precision=shipped._metric_precision,
        source_id=shipped._metric_source,
        quote=shipped._metric_quote,
        source2_id=shipped.source_id,
        quote2=shipped.quote,
    )


def _hundredths(points: float) -> int:
    return round(points * 100)


def with_points(facts: ir.Table) -> ir.Table:
    """`facts` with `points` (hundredths of a point, a whole number) by the rules in WEIGHTS.

    Once-only facts (PhD, largest team, most GPUs) go to the first of a person's facts of that
    kind — the largest value, then the earliest, then by id, so the choice never depends on row
    order; the paper cap is reached along the papers in date order."""
    group = ["person_id", "kind"]
    first = ibis.row_number().over(
        group_by=group, order_by=[facts.value.desc(), facts.date, facts.fact_id]
    )
    papers_so_far = facts.value.sum().over(
        ibis.window(
            group_by=group, order_by=[facts.date, facts.fact_id], preceding=None, following=0
        )
    )
    facts = facts.mutate(_first=first, _papers=papers_so_far)
    w = {kind: _hundredths(weight.points) for kind, weight in WEIGHTS.items()}
    cap = _hundredths(PAPER_CAP)
    reached = ibis.least(facts._papers * w["paper"], cap)
    before = ibis.least((facts._papers - facts.value) * w["paper"], cap)
    team = (facts.value / TEAM_BASE).log10() * w["team"]
    gpus = (facts.value / GPU_BASE).log10() * w["gpus"]
    fixed = [
        (facts.kind == kind, w[kind]) for kind in ("competition", "award", "product", "delivery")
    ]
    once = facts._first == 0
    points = ibis.cases(
        (facts.kind == "phd", ibis.ifelse(once, w["phd"], 0)),
        (facts.kind == "paper", (reached - before).round()),
        (facts.kind == "team", ibis.ifelse(once & (facts.value > TEAM_BASE), team.round(), 0)),
        (facts.kind == "gpus", ibis.ifelse(once & (facts.value > GPU_BASE), gpus.round(), 0)),
        *fixed,
        else_=0,
    )
    return facts.mutate(points=points.cast("int64")).drop("_first", "_papers")


def talent_facts(views: Views, people: ir.Table | None = None) -> ir.Table:
    """Every research and delivery fact of `people` (a table with `person_id`; everyone when
    None), one row each, with its points."""
    return with_points(research_facts(views, people).union(delivery_facts(views, people)))


def person_scores(facts: ir.Table) -> ir.Table:
    """One row per person with a scored fact: `research` and `delivery` (hundredths), and what
    the scarcity criteria test — `research_facts` (how many), `shipped` (delivery credentials
    and products), `max_team` and `max_gpus` (a person has a team of at least N exactly when the
    largest is)."""
    is_research = facts.axis == "research"
    return facts.group_by("person_id").aggregate(
        research=facts.points.sum(where=is_research).fill_null(0).cast("int64"),
        delivery=facts.points.sum(where=~is_research).fill_null(0).cast("int64"),
        research_facts=facts.person_id.count(where=is_research),
        shipped=facts.person_id.count(where=facts.kind.isin(["delivery", "product"])),
        max_team=facts.value.max(where=facts.kind == "team"),
        max_gpus=facts.value.max(where=facts.kind == "gpus"),
    )


def points(hundredths) -> float:
    """Hundredths of a point as the number shown (2 decimals at most)."""
    return int(hundredths) / 100


def with_names(views: Views, facts: ir.Table) -> ir.Table:
    """Facts with `org` and `product` names beside their ids."""
    orgs = views.organizations.select(_org="id", org="name")
    products = views.products.select(_product="id", product="name")
    facts = facts.left_join(orgs, facts.org_id == orgs._org).drop("_org")
    return facts.left_join(products, facts.product_id == products._product).drop("_product")


def fact_record(row: dict) -> dict:
    """A fact row as the JSON the CLI prints: points as numbers, dates as written, sources as a
    list of (source_id, quote)."""
    sources = [{"source_id": row["source_id"], "quote": row["quote"]}]
    if row.get("source2_id"):
        sources.append({"source_id": row["source2_id"], "quote": row["quote2"]})
    value = row.get("value")
    fact = {
        "axis": row.get("axis"),
        "kind": row["kind"],
        "detail": row["detail"],
        "org_id": row.get("org_id"),
        "org": row.get("org"),
        "product_id": row.get("product_id"),
        "product": row.get("product"),
        "value": None if value is None or math.isnan(value) else value,
        "metric": row.get("metric"),
        "date": date_text(row["date"], row["date_precision"]),
        "sources": sources,
    }
    if "points" in row:
        fact["points"] = None if row["points"] is None else points(row["points"])
    return fact
