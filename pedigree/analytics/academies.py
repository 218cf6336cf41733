"""Founder academies: organisations ranked by the companies their people went on to found.

Who counts as an organisation's people is a rule about roles (`pedigree.analytics.roles`): its
founders, employees and faculty are its alumni; interns, visitors and students are not, unless
asked for (`roles`), and each is shown in a column of its own so the table says how a number was
reached. A school ranks by its students' companies when study is counted (`pedigree academies
--schools`), beside the companies in one table with their kind.

Valuations are what the store knows: a spin-out with no valuation on record is unknown, not
worth nothing, so `valued` counts the spin-outs with one, and `unicorns` is unknown (null) when
none of them has one.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir
import pandas as pd

from pedigree.analytics import compiled
from pedigree.analytics.roles import ALUMNI_ROLES, alumni_roles
from pedigree.analytics.spinouts import role_ties
from pedigree.analytics.valuations import latest_valuations, unicorn_dates
from pedigree.model import LINEAGE_TIE_KINDS, UNICORN_USD
from pedigree.store.views import Views

DAYS_PER_MONTH = 365.25 / 12

# Roles shown in columns of their own (spin-outs with a founder in that role there), counted or
# not: column → role.
ROLE_COLUMNS = {
    "faculty": "faculty",
    "interns": "intern",
    "visitors": "visitor",
    "students": "student",
}

COLUMNS = [
    "org_id",
    "name",
    "kind",
    "sector",
    "country",
    "spinouts",
    "valued",
    "unicorns",
    "total_valuation_usd",
    "median_months_to_unicorn",
    *ROLE_COLUMNS,
]


def academy_roles(*, interns: bool = False, students: bool = False) -> tuple[str, ...]:
    """The roles counted as alumni (`pedigree.analytics.roles.alumni_roles`)."""
    return alumni_roles(interns=interns, students=students)


def descendants(
    views: Views, depth: int, tie_kinds=LINEAGE_TIE_KINDS, roles=ALUMNI_ROLES
) -> ir.Table:
    """(root, node) for every organisation `node` within `depth` spin-out generations of `root`,
    through founders in one of `roles` at each parent."""
    ties = role_ties(views, tie_kinds)
    ties = ties.filter(ties.parent_role.isin(roles))
    edges = ties.select(root="parent_id", node="child_id").distinct()
    reach = frontier = edges
    for _ in range(depth - 1):
        following = edges.rename(via="root", next_node="node")
        step = frontier.join(following, frontier.node == following.via)
        step = step.select(root=step.root, node=step.next_node)
        frontier = step.filter(step.node != step.root).distinct()
        reach = reach.union(frontier, distinct=True)
    return reach


def academies_table(
    views: Views, *, depth: int = 1, tie_kinds=LINEAGE_TIE_KINDS, roles=ALUMNI_ROLES
) -> ir.Table:
    """The league table as an expression: one row per organisation with at least one spin-out
    through the `roles` counted (study is looked at when `tie_kinds` has education)."""
    reach = descendants(views, depth, tie_kinds, roles)
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
    # A float on both sides: Spark reads the literal 30.4375 as a decimal, and an integer over a
    # decimal is a decimal rounded to a few places (18.9897331 where DuckDB has 18.98973305…).
    days = rows.unicorn_date.delta(rows.child_founded, unit="day").cast("float64")
    months = days / DAYS_PER_MONTH
    valued = rows.node.nunique(where=rows.valuation_usd.notnull())
    table = rows.group_by("root").aggregate(
        spinouts=rows.node.nunique(),
        valued=valued,
        unicorns=ibis.ifelse(
            valued > 0, rows.node.nunique(where=rows.valuation_usd >= UNICORN_USD), None
        ),
        total_valuation_usd=rows.valuation_usd.sum(),
        median_months_to_unicorn=months.median(),
    )
    by_role = _by_role(views, tie_kinds)
    table = table.left_join(by_role, table.root == by_role._parent).drop("_parent")
    table = table.mutate(**{column: table[column].fill_null(0) for column in ROLE_COLUMNS})
    orgs = views.organizations.select(
        org_ref="id", name="name", kind="kind", sector="sector", country="country"
    )
    table = table.left_join(orgs, table.root == orgs.org_ref).drop("org_ref")
    return table.rename(org_id="root").order_by(
        [
            ibis.desc("spinouts"),
            ibis.desc(table.unicorns.fill_null(0)),
            ibis.desc(table.total_valuation_usd.fill_null(0)),
            "org_id",
        ]
    )


def _by_role(views: Views, tie_kinds) -> ir.Table:
    """Per parent, its direct spin-outs with a founder in each of `ROLE_COLUMNS` there."""
    ties = role_ties(views, tie_kinds)
    return ties.group_by(_parent="parent_id").aggregate(
        **{
            column: ties.child_id.nunique(where=ties.parent_role == role)
            for column, role in ROLE_COLUMNS.items()
        }
    )


def academies(
    views: Views,
    *,
    depth: int = 1,
    top: int | None = 20,
    tie_kinds=LINEAGE_TIE_KINDS,
    roles=ALUMNI_ROLES,
    sector: str | None = None,
    country: str | None = None,
) -> pd.DataFrame:
    """Organisations ranked by spin-outs, unicorns among them (of those `valued`), total latest
    valuation (USD) and median months from founding to a US$1B valuation; with the direct
    spin-outs that came through faculty, interns, visitors and students. `sector` and
    `country` keep only academies of that sector id or country code (before the `top` cut)."""

    def build(_) -> ir.Table:
        table = academies_table(views, depth=depth, tie_kinds=tie_kinds, roles=roles)
        if sector is not None:
            table = table.filter(table.sector.lower() == sector.lower())
        if country is not None:
            table = table.filter(table.country.upper() == country.upper())
        return table if top is None else table.limit(top)

    key = ("academies", depth, tuple(tie_kinds), tuple(roles), sector, country, top)
    frame = compiled.execute(views, key, build)
    frame["unicorns"] = frame["unicorns"].astype("Int64")
    return frame[COLUMNS].reset_index(drop=True)
