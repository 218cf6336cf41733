"""Organisation hierarchy: which organisations are part of which (a subsidiary, brand, lab or unit
of a parent), kept as data and never as a merge — 抖音 stays 抖音, and lineage counts its alumni
in 字节系 too.

Two sources, in this order: `part_of` (and `relation`) on imported organisations — statements,
naming the parent by id or by name — and, for organisations without one, the bundled table
`pedigree/data/hierarchy.csv` of the large groups, matched to the store's organisations by name
(any script or alias; each row cites its source). `refresh` derives `org_ancestors`: one row per
(organisation, ancestor) up the chain, with the relation of the organisation's own step, the
source and the chain's top.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import pandas as pd

from pedigree.names import name_key

BUNDLED = "bundled hierarchy (pedigree/data/hierarchy.csv)"
COLUMNS = ["org_id", "ancestor_id", "depth", "relation", "source", "top_id"]


@cache
def bundled_hierarchy() -> pd.DataFrame:
    """The bundled rows: unit, parent (each '|'-separated names), relation, source."""
    with files("pedigree.data").joinpath("hierarchy.csv").open(encoding="utf-8") as handle:
        return pd.read_csv(handle, dtype=str).fillna("")


def write_org_ancestors(con) -> None:
    """Derive `org_ancestors` from the statements and the bundled table (see the module)."""
    parents = _stated_parents(con)
    for row in bundled_hierarchy().itertuples(index=False):
        for unit in _ids_named(con, row.unit.split("|")):
            if unit in parents:
                continue
            for parent in _ids_named(con, row.parent.split("|")):
                if parent != unit:
                    parents[unit] = (parent, row.relation, f"{BUNDLED}: {row.source}")
                    break
    frame = pd.DataFrame(_chains(parents), columns=COLUMNS)
    con.register("_org_ancestors", frame)
    con.execute(
        "CREATE OR REPLACE TABLE org_ancestors AS SELECT org_id::VARCHAR AS org_id, "
        "ancestor_id::VARCHAR AS ancestor_id, depth::INTEGER AS depth, relation::VARCHAR AS "
        "relation, source::VARCHAR AS source, top_id::VARCHAR AS top_id FROM _org_ancestors"
    )
    con.unregister("_org_ancestors")


def _stated_parents(con) -> dict[str, tuple[str, str, str]]:
    """organisation → (parent id, relation, source) from the `part_of` statements shown."""
    rows = con.execute(
        "SELECT o.id, o.part_of, o.relation, s.source_id FROM organizations o "
        "LEFT JOIN (SELECT entity_id, any_value(source_id) AS source_id FROM entity_statements "
        "WHERE prop = 'part_of' GROUP BY entity_id) s ON s.entity_id = o.id "
        "WHERE o.part_of IS NOT NULL"
    ).fetchall()
    known = {row[0] for row in con.execute("SELECT id FROM organizations").fetchall()}
    parents = {}
    for org_id, part_of, relation, source in rows:
        parent = part_of if part_of in known else next(iter(_ids_named(con, [part_of])), None)
        if parent is not None and parent != org_id:
            parents[org_id] = (parent, relation or "unit", source)
    return parents


def _ids_named(con, names: list[str]) -> list[str]:
    """The organisations one of `names` names (by name key, so any script or case)."""
    keys = sorted({name_key(name) for name in names if name.strip()})
    if not keys:
        return []
    marks = ", ".join("?" for _ in keys)
    rows = con.execute(
        f"SELECT DISTINCT entity_id FROM names WHERE entity_type = 'organization' "
        f"AND key IN ({marks}) ORDER BY entity_id",
        keys,
    ).fetchall()
    return [row[0] for row in rows]


def _chains(parents: dict[str, tuple[str, str, str]]) -> list[tuple]:
    """(org, ancestor, depth, relation, source, top) for every step up every chain; a chain that
    comes back to itself (contradictory data) stops where it would loop."""
    rows = []
    for org_id, (first, relation, source) in parents.items():
        chain, seen = [], {org_id}
        parent = first
        while parent is not None and parent not in seen:
            chain.append(parent)
            seen.add(parent)
            parent = parents.get(parent, (None,))[0]
        top = chain[-1]
        rows += [(org_id, up, depth, relation, source, top) for depth, up in enumerate(chain, 1)]
    return rows
