"""Sector ids in Ibis expressions: stored free-text sectors joined to the taxonomy
(`pedigree.reference.sectors`, the taxonomy itself)."""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from pedigree.reference.sectors import sector_id


def with_sector_ids(
    backend, table: ir.Table, column: str = "sector", to: str = "sector_id"
) -> ir.Table:
    """`table` with `to` holding the taxonomy id of its free-text `column` (null when unlisted).

    The distinct stored names are few, so they are mapped here in Python and joined back as a
    small table: the expression stays portable (no database-side name-key function needed)."""
    stored = backend.execute(table.select(_raw=table[column]).distinct())["_raw"].dropna()
    mapping = ibis.memtable(
        {"_raw": list(stored), "_id": [sector_id(value) for value in stored]},
        schema={"_raw": "string", "_id": "string"},
    )
    joined = table.left_join(mapping, table[column] == mapping._raw)
    return joined.mutate(**{to: joined._id}).drop("_raw", "_id")
