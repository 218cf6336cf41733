"""Lineage: who left an organisation to found what, over generations.

A *spin-out* of X is an organisation founded by someone who was at X — employed there or one of
its founders — before or while founding it (the tie at X started no later than the founding; ties
with unknown dates are given the benefit of the doubt). Generation 1 are X's spin-outs; generation
k the spin-outs of generation k−1. Every path is kept: a company reached from two parents (VAST:
from SenseTime directly and from MiniMax) appears under both, each edge with its generation. An
organisation is never its own spin-out, and an edge back to an organisation reached at an earlier
generation (a founder returning to X) is dropped, so cycles cannot loop.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

import ibis
import ibis.expr.types as ir
import pandas as pd

from pedigree.analytics.frames import among, date_text, entity_names, records
from pedigree.analytics.valuations import happened_by, latest_valuations
from pedigree.model import LINEAGE_TIE_KINDS
from pedigree.store.views import Views, period_end


def spinout_ties(views: Views, tie_kinds: tuple[str, ...] = LINEAGE_TIE_KINDS) -> ir.Table:
    """The evidence of every spin-out: one row per (parent, child, person, tie at the parent).

    With everything known and the usual tie kinds this is the `spinout_ties` table the store
    derives after each change (from `spinout_evidence`); otherwise it is computed on the fly.
    """
    if views.as_of is None and tie_kinds == LINEAGE_TIE_KINDS:
        return views.backend.table("spinout_ties")
    return spinout_evidence(views, tie_kinds)


def spinout_evidence(views: Views, tie_kinds: tuple[str, ...]) -> ir.Table:
    """`spinout_ties` computed from the stints and organisations."""
    stints = views.stints
    at_parent = stints.filter(stints.kind.isin(tie_kinds)).select(
        "person_id",
        parent_id="org_id",
        parent_title="title",
        parent_kind="kind",
        parent_start="start_date",
        parent_source="source_id",
    )
    founders = stints.filter(stints.kind == "founder").select(
        "person_id",
        child_id="org_id",
        role="title",
        founder_start="start_date",
        founder_precision="start_precision",
        founder_source="source_id",
    )
    orgs = views.organizations.select(
        org_ref="id", org_founded="founded", org_precision="founded_precision"
    )
    founders = founders.left_join(orgs, founders.child_id == orgs.org_ref)
    # When the founder's own tie has no start, the organisation's founding date stands in.
    founded = ibis.coalesce(founders.founder_start, founders.org_founded)
    precision = ibis.ifelse(
        founders.founder_start.notnull(), founders.founder_precision, founders.org_precision
    )
    founders = founders.select(
        "person_id",
        "child_id",
        "role",
        "founder_source",
        founded=founded,
        founded_precision=precision,
    )
    ties = at_parent.join(founders, "person_id")
    before_or_while = (
        ties.parent_start.isnull()
        | ties.founded.isnull()
        | (ties.parent_start <= period_end(ties.founded, ties.founded_precision))
    )
    return ties.filter(
        ties.parent_id != ties.child_id,
        before_or_while,
        happened_by(ties.founded, views),
        happened_by(ties.parent_start, views),
    )


def _walk(views: Views, ties: ir.Table, start: str, depth: int, *, forward: bool) -> pd.DataFrame:
    """Spin-out evidence rows reachable from `start` within `depth` generations, each row with its
    `generation`; `forward` walks to spin-outs, otherwise to the organisations spun out of.

    Edges go to organisations not reached yet and to those first reached at the level being
    expanded (siblings, so every path shows); an edge back to `start` or to an earlier
    generation would loop and is dropped. One query per generation, filtered to its frontier.
    """
    here, there = ("parent_id", "child_id") if forward else ("child_id", "parent_id")
    reached = {start: 0}  # organisation → generation at which it was first reached
    frontier = [start]
    found = []
    for generation in range(1, depth + 1):
        if not frontier:
            break
        rows = views.backend.execute(among(ties, here, frontier))
        keep = [
            other != start and reached.get(other, generation) >= generation - 1
            for other in rows[there]
        ]
        rows = rows.loc[pd.Series(keep, index=rows.index, dtype=bool)]
        found.append(rows.assign(generation=generation))
        frontier = sorted(set(rows[there]) - reached.keys())
        reached.update(dict.fromkeys(frontier, generation))
    return pd.concat(found, ignore_index=True) if found else pd.DataFrame()


@dataclass
class Lineage:
    """A lineage tree: `edges` has one row per (parent, child) with the founders it came through."""

    root_id: str
    root_name: str
    depth: int
    as_of: date | None
    edges: pd.DataFrame = field(repr=False)

    def to_json(self) -> dict:
        return {
            "root": {"id": self.root_id, "name": self.root_name},
            "depth": self.depth,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "edges": records(self.edges),
        }


EDGE_COLUMNS = [
    "parent_id",
    "parent",
    "child_id",
    "child",
    "generation",
    "via",
    "founders",
    "founded",
    "sector",
    "valuation_usd",
    "valuation",
    "valuation_currency",
    "valuation_date",
    "valuation_source",
    "sources",
]


def lineage(
    views: Views,
    root_id: str,
    *,
    depth: int = 3,
    sector: str | None = None,
    tie_kinds: tuple[str, ...] = LINEAGE_TIE_KINDS,
) -> Lineage:
    """The spin-out tree of `root_id`, `depth` generations deep."""
    evidence = _walk(views, spinout_ties(views, tie_kinds), root_id, depth, forward=True)
    edges = _edges(views, evidence)
    if sector is not None:
        edges = _within_sector(edges, sector.lower())
    root_name = entity_names(views, "organizations", [root_id]).get(root_id, root_id)
    return Lineage(root_id, root_name, depth, views.as_of, edges)


def _edges(views: Views, evidence: pd.DataFrame) -> pd.DataFrame:
    """One row per (parent, child, generation) from the evidence rows, with founders, the
    child's founding date, sector and latest valuation. Plain dicts: edges can number thousands."""
    if evidence.empty:
        return pd.DataFrame(columns=EDGE_COLUMNS)
    org_ids = sorted(set(evidence.parent_id) | set(evidence.child_id))
    orgs = views.organizations
    orgs = views.backend.execute(
        among(orgs, "id", org_ids).select("id", "name", "sector", "founded", "founded_precision")
    )
    orgs = {row["id"]: row for row in records(orgs)}
    people = entity_names(views, "people", sorted(set(evidence.person_id)))
    valuations = views.backend.execute(latest_valuations(views, org_ids))
    valuations = {row["org_id"]: row for row in records(valuations)}

    grouped: dict[tuple, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for row in records(evidence):
        key = (row["parent_id"], row["child_id"], int(row["generation"]))
        grouped[key][row["person_id"]].append(row)
    edges = []
    for (parent, child, generation), by_person in grouped.items():
        founders = [
            _founder(person_id, ties, people) for person_id, ties in sorted(by_person.items())
        ]
        child_org = orgs.get(child, {})
        valuation = valuations.get(child, {})
        edges.append(
            {
                "parent_id": parent,
                "parent": orgs.get(parent, {}).get("name") or parent,
                "child_id": child,
                "child": child_org.get("name") or child,
                "generation": generation,
                "via": [f["name"] for f in founders],
                "founders": founders,
                "founded": date_text(child_org.get("founded"), child_org.get("founded_precision")),
                "sector": child_org.get("sector"),
                "valuation_usd": valuation.get("valuation_usd"),
                "valuation": valuation.get("valuation"),
                "valuation_currency": valuation.get("currency"),
                "valuation_date": date_text(valuation.get("date"), valuation.get("date_precision")),
                "valuation_source": valuation.get("source_id"),
                "sources": sorted({s for f in founders for s in f["sources"]}),
            }
        )
    frame = pd.DataFrame(edges, columns=EDGE_COLUMNS)
    return frame.sort_values(["generation", "parent", "child"], ignore_index=True)


def _founder(person_id: str, ties: list[dict], people: dict[str, str]) -> dict:
    """How one person links parent to child: role at the child, titles at the parent, sources."""
    first = ties[0]
    return {
        "person_id": person_id,
        "name": people.get(person_id, person_id),
        "role": next((t["role"] for t in ties if t["role"]), None),
        "titles_at_parent": sorted({t["parent_title"] for t in ties if t["parent_title"]}),
        "founded": date_text(first["founded"], first["founded_precision"]),
        "sources": sorted({t["parent_source"] for t in ties} | {t["founder_source"] for t in ties}),
    }


def _within_sector(edges: pd.DataFrame, sector: str) -> pd.DataFrame:
    """Edges into the sector, plus the edges on the paths that lead to them."""
    keep = edges.sector.fillna("").str.lower() == sector
    while True:
        leads_there = edges.child_id.isin(set(edges.parent_id[keep])) & ~keep
        if not leads_there.any():
            return edges[keep].reset_index(drop=True)
        keep |= leads_there


def ancestry(
    views: Views, org_id: str, *, depth: int = 3, tie_kinds: tuple[str, ...] = LINEAGE_TIE_KINDS
) -> pd.DataFrame:
    """The lineages an organisation belongs to: its parents, their parents, … (`depth` up).

    One row per (ancestor, generation) with the people it came through; generation 1 is a parent.
    """
    rows = _walk(views, spinout_ties(views, tie_kinds), org_id, depth, forward=False)
    columns = ["ancestor_id", "ancestor", "generation", "via", "through", "sources"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    orgs = entity_names(views, "organizations", sorted(set(rows.parent_id) | set(rows.child_id)))
    people = entity_names(views, "people", sorted(set(rows.person_id)))
    result = [
        {
            "ancestor_id": parent,
            "ancestor": orgs.get(parent, parent),
            "generation": int(generation),
            "via": sorted({people.get(p, p) for p in group.person_id}),
            "through": sorted({orgs.get(c, c) for c in group.child_id}),
            "sources": sorted(set(group.parent_source) | set(group.founder_source)),
        }
        for (parent, generation), group in rows.groupby(["parent_id", "generation"], sort=True)
    ]
    return pd.DataFrame(result, columns=columns).sort_values(["generation", "ancestor"])
