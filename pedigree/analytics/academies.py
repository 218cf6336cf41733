"""Founder academies: organisations ranked by the companies their people went on to found."""

from __future__ import annotations

import ibis
import ibis.expr.types as ir
import pandas as pd

from pedigree.analytics.lineage import spinout_ties
from pedigree.analytics.valuations import latest_valuations, unicorn_dates
from pedigree.model import LINEAGE_TIE_KINDS, UNICORN_USD
from pedigree.store.views import Views

DAYS_PER_MONTH = 365.25 / 12


def descendants(views: Views, depth: int, tie_kinds=LINEAGE_TIE_KINDS) -> ir.Table:
    """(root, node) for every organisation `node` within `depth` spin-out generations of `root`."""
    edges = spinout_ties(views, tie_kinds).select(root="parent_id", node="child_id").distinct()
    reach = frontier = edges
    for _ in range(depth - 1):
        following = edges.rename(via="root", next_node="node")
        step = frontier.join(following, frontier.node == following.via)
        step = step.select(root=step.root, node=step.next_node)
        frontier = step.filter(step.node != step.root).distinct()
        reach = reach.union(frontier, distinct=True)
    return reach


def academies_table(views: Views, *, depth: int = 1, tie_kinds=LINEAGE_TIE_KINDS) -> ir.Table:
    """The league table as an expression: one row per organisation with at least one spin-out."""
    reach = descendants(views, depth, tie_kinds)
    latest = latest_valuations(views).select("org_id", "valuation_usd")
    firsts = unicorn_dates(views)
    founded = views.organizations.select(org_ref="id", child_founded="founded")
    rows = (
        reach.left_join(latest, reach.node == latest.org_id)
        .drop("org_id")
        .left_join(firsts, reach.node == firsts.org_id)
        .drop("org_id")
        .left_join(founded, reach.node == founded.org_ref)
        .drop("org_ref")
    )
    months = rows.unicorn_date.delta(rows.child_founded, unit="day") / DAYS_PER_MONTH
    is_unicorn = rows.valuation_usd >= UNICORN_USD
    table = rows.group_by("root").aggregate(
        spinouts=rows.node.nunique(),
        unicorns=is_unicorn.ifelse(1, 0).sum(),
        total_valuation_usd=rows.valuation_usd.sum(),
        median_months_to_unicorn=months.median(),
    )
    orgs = views.organizations.select(org_ref="id", name="name", kind="kind", sector="sector")
    table = table.left_join(orgs, table.root == orgs.org_ref).drop("org_ref")
    return table.rename(org_id="root").order_by(
        [
            ibis.desc("spinouts"),
            ibis.desc("unicorns"),
            ibis.desc(table.total_valuation_usd.fill_null(0)),
            "org_id",
        ]
    )


def academies(
    views: Views, *, depth: int = 1, top: int | None = 20, tie_kinds=LINEAGE_TIE_KINDS
) -> pd.DataFrame:
    """Organisations ranked by spin-outs, unicorns among them, total latest valuation (USD) and
    median months from founding to a US$1B valuation."""
    table = academies_table(views, depth=depth, tie_kinds=tie_kinds)
    if top is not None:
        table = table.limit(top)
    frame = views.backend.execute(table)
    columns = [
        "org_id",
        "name",
        "kind",
        "sector",
        "spinouts",
        "unicorns",
        "total_valuation_usd",
        "median_months_to_unicorn",
    ]
    return frame[columns].reset_index(drop=True)
