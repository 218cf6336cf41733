"""Lineage: who left an organisation to found what, over generations.

What counts as a spin-out — its evidence in time order, loops removed, and whose ties count (the
alumni rule) — is `pedigree.analytics.spinouts`; the audit of every edge against those rules is
`pedigree.analytics.lineage_audit`. This module walks the spin-outs into trees and ancestries.

Generation 1 are X's spin-outs; generation k the spin-outs of generation k−1. Every path is kept:
a company reached from two parents (VAST: from SenseTime directly and from MiniMax) appears under
both, each edge with its generation. An organisation is never its own spin-out.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from pedigree.analytics import compiled
from pedigree.analytics.frames import date_text, entity_names, records
from pedigree.analytics.spinouts import alumni_ties, spinout_ties
from pedigree.analytics.valuations import latest_valuations
from pedigree.model import LINEAGE_TIE_KINDS
from pedigree.store.views import Views


def _walk(
    views: Views,
    tie_kinds: tuple[str, ...],
    roles: tuple[str, ...] | None,
    start: str,
    depth: int,
    *,
    forward: bool,
) -> pd.DataFrame:
    """Spin-out evidence rows reachable from `start` within `depth` generations, each row with its
    `generation`; `forward` walks to spin-outs, otherwise to the organisations spun out of.

    Edges go to organisations not reached yet and to those first reached at the level being
    expanded (siblings, so every path shows); an edge back to `start` or to an earlier
    generation would loop and is dropped. One query per generation, filtered to its frontier
    (the `alumni_ties` of `tie_kinds` and `roles`, compiled once per process).
    """
    here, there = ("parent_id", "child_id") if forward else ("child_id", "parent_id")
    reached = {start: 0}  # organisation → generation at which it was first reached
    frontier = [start]
    found = []
    for generation in range(1, depth + 1):
        if not frontier:
            break
        rows = compiled.execute(
            views,
            ("walk", here, tuple(tie_kinds), None if roles is None else tuple(roles)),
            # The frontier's evidence first, then the roles: a few rows, not the whole table.
            lambda wanted: alumni_ties(
                views,
                tie_kinds,
                roles,
                compiled.among(wanted("frontier"), spinout_ties(views, tie_kinds), here),
            ),
            {"frontier": frontier},
        )
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
    "dated",
    "via",
    "units",
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
    roles: tuple[str, ...] | None = None,
) -> Lineage:
    """The spin-out tree of `root_id`, `depth` generations deep, through founders in one of
    `roles` at each parent (default: the alumni rule, see `alumni_ties`)."""
    evidence = _walk(views, tie_kinds, roles, root_id, depth, forward=True)
    edges = _edges(views, evidence)
    if sector is not None:
        edges = _within_sector(edges, sector.lower())
    root_name = entity_names(views, "organizations", [root_id]).get(root_id, root_id)
    return Lineage(root_id, root_name, depth, views.as_of, edges)


def _edges(views: Views, evidence: pd.DataFrame) -> pd.DataFrame:
    """One row per (parent, child, generation) from the evidence rows, with founders, the
    child's founding date, sector and latest valuation.

    Edges can number thousands (3,894 from 4,008 founders at depth 3 of the largest lineage at
    1M people): the evidence is read as columns and grouped in one pass over tuples, not as a
    dict per row, and each distinct date is written once."""
    if evidence.empty:
        return pd.DataFrame(columns=EDGE_COLUMNS)
    units = set(evidence.unit_id.dropna())
    org_ids = sorted(set(evidence.parent_id) | set(evidence.child_id) | units)
    orgs = compiled.execute(
        views,
        ("lineage orgs",),
        lambda wanted: compiled.among(wanted("ids"), views.organizations, "id").select(
            "id", "name", "sector", "founded", "founded_precision"
        ),
        {"ids": org_ids},
    )
    orgs = {row["id"]: row for row in records(orgs)}
    names = {org_id: row["name"] or org_id for org_id, row in orgs.items()}
    people = entity_names(views, "people", sorted(set(evidence.person_id)))
    valuations = compiled.execute(
        views,
        ("lineage valuations",),
        lambda wanted: latest_valuations(views, wanted("ids")),
        {"ids": org_ids},
    )
    valuations = {row["org_id"]: row for row in records(valuations)}
    dates = _DateTexts()

    # (parent, child, generation) → person → that person's evidence rows, in evidence order
    grouped: dict[tuple, dict[str, list[tuple]]] = defaultdict(lambda: defaultdict(list))
    edges = []
    with _collector_paused():
        for row in zip(*_columns(evidence, _EVIDENCE_COLUMNS).values(), strict=True):
            parent, child, generation, person = row[:4]
            grouped[(parent, child, int(generation))][person].append(row)
        for (parent, child, generation), by_person in grouped.items():
            edges.append(
                _edge(parent, child, generation, by_person, orgs, names, valuations, people, dates)
            )
    frame = pd.DataFrame.from_records(edges, columns=EDGE_COLUMNS)
    # Names collide (two companies called 星河科技): the ids settle the order, which would
    # otherwise follow the order the engine returned the evidence in.
    order = ["generation", "parent", "child", "parent_id", "child_id"]
    return frame.sort_values(order, ignore_index=True)


def _edge(parent, child, generation, by_person, orgs, names, valuations, people, dates) -> tuple:
    """One edge (EDGE_COLUMNS) from its founders' evidence tuples (person → rows)."""
    founders = [
        _founder(person_id, ties, people, names, dates)
        for person_id, ties in sorted(by_person.items())
    ]
    child_org = orgs.get(child, {})
    valuation = valuations.get(child, {})
    return (
        parent,
        names.get(parent, parent),
        child,
        names.get(child, child),
        generation,
        any(f["dated"] for f in founders),
        [f["name"] for f in founders],
        sorted({unit for f in founders for unit in f["units"]}),
        founders,
        dates(child_org.get("founded"), child_org.get("founded_precision")),
        child_org.get("sector"),
        valuation.get("valuation_usd"),
        valuation.get("valuation"),
        valuation.get("currency"),
        dates(valuation.get("date"), valuation.get("date_precision")),
        valuation.get("source_id"),
        sorted({s for f in founders for s in f["sources"]}),
    )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while thousands of small dicts and lists are made (they form
    no cycles): each full collection it would start walks every object of the process — Ibis
    and pandas hold hundreds of thousands — about 55 ms CPU of the largest lineage."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


# The evidence columns `_edges` reads, in the order its tuples hold them.
_EVIDENCE_COLUMNS = (
    "parent_id",
    "child_id",
    "generation",
    "person_id",
    "unit_id",
    "role",
    "parent_title",
    "founded",
    "founded_precision",
    "dated",
    "parent_source",
    "founder_source",
)


def _columns(frame: pd.DataFrame, names: Iterable[str]) -> dict[str, list]:
    """Columns as lists, pandas' missing markers turned into None (as `records`); dates as
    `datetime.date` (numpy writes those at once; pandas makes a Timestamp per value)."""
    columns = {}
    for name in names:
        column = frame[name]
        if pd.api.types.is_datetime64_dtype(column.dtype):
            columns[name] = column.to_numpy().astype("datetime64[D]").tolist()
            continue
        values, missing = column.tolist(), column.isna().tolist()
        columns[name] = [None if gone else v for v, gone in zip(values, missing, strict=True)]
    return columns


class _DateTexts:
    """`date_text`, once per distinct (date, precision): a lineage repeats a few hundred dates."""

    def __init__(self) -> None:
        self._written: dict = {}

    def __call__(self, value, precision) -> str | None:
        key = (value, precision)
        try:
            return self._written[key]
        except KeyError:
            text = self._written[key] = date_text(value, precision)
            return text
        except TypeError:  # an unhashable value
            return date_text(value, precision)


def _founder(
    person_id: str, ties: list[tuple], people: dict[str, str], names: dict, dates: _DateTexts
) -> dict:
    """How one person links parent to child: role at the child, titles at the parent, the units
    of the parent the person was at (抖音 for 字节跳动; empty for the parent itself), whether
    dates show the order (`dated`), sources. `ties`: evidence tuples (`_EVIDENCE_COLUMNS`)."""
    first = ties[0]
    units = {t[4] for t in ties if t[4]}
    return {
        "person_id": person_id,
        "name": people.get(person_id, person_id),
        "units": sorted(names.get(unit, unit) for unit in units),
        "role": next((t[5] for t in ties if t[5]), None),
        "titles_at_parent": sorted({t[6] for t in ties if t[6]}),
        "founded": dates(first[7], first[8]),
        "dated": any(bool(t[9]) for t in ties),
        "sources": sorted({t[10] for t in ties} | {t[11] for t in ties}),
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
    views: Views,
    org_id: str,
    *,
    depth: int = 3,
    tie_kinds: tuple[str, ...] = LINEAGE_TIE_KINDS,
    roles: tuple[str, ...] | None = None,
) -> pd.DataFrame:
    """The lineages an organisation belongs to: its parents, their parents, … (`depth` up).

    One row per (ancestor, generation) with the people it came through; generation 1 is a parent.
    Founders count through the `roles` (default: the alumni rule, see `alumni_ties`).
    """
    rows = _walk(views, tie_kinds, roles, org_id, depth, forward=False)
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
