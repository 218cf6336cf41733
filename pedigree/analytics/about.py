"""Queries about one entity (a profile, a timeline): its rows read first, then worked on.

At a million people a query that filters a derived or statement table after joining or ranking
it reads the whole table (and building plus compiling its Ibis expression costs more than running
it). So these helpers filter the stored rows by the entity's id before resolution, joins and
windows, and run the expression as SQL compiled once per shape with the id put in at each run.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

import ibis.expr.types as ir
import pandas as pd

from pedigree.analytics import compiled
from pedigree.store.views import Views, resolved


def run(views: Views, key: Hashable, entity_id: str, build: Callable[[str], ir.Table]):
    """`views.backend.execute(build(entity_id))`, compiled once per `key` (which must hold every
    other parameter of the expression) and as-of day."""
    frame: pd.DataFrame = compiled.execute(
        views,
        ("about", key),
        lambda wanted, param: build(param("entity")),
        params={"entity": entity_id},
    )
    return frame


def statements_about(views: Views, table: str, column: str, entity_id: str) -> ir.Table:
    """The statements of `table` whose `column` is the entity (after resolution), with their
    sources' dates, cut at the views' as-of day: `known_statements` filtered, with the filter
    applied to the stored ids first (the entity's own, then those merged into it)."""
    backend = views.backend
    merged = backend.table("canonical_ids")
    merged = merged.filter((merged.canonical_id == entity_id) & (merged.entity_id != entity_id))
    base = backend.table(table)
    own = base.filter(base[column] == entity_id)
    others = base.semi_join(merged, base[column] == merged.entity_id)
    statements = own.union(others.cast(base.schema()))  # (a semi-join's columns read nullable)
    statements = resolved(backend, table, statements)
    return _known(views, statements.filter(statements[column] == entity_id))


def statements_among(views: Views, table: str, column: str, ids: ir.Table) -> ir.Table:
    """Like `statements_about`, for the entities whose ids are in `ids` (column `_id`)."""
    backend = views.backend
    merged = backend.table("canonical_ids")
    merged = merged.semi_join(ids, merged.canonical_id == ids._id)
    raw = ids.select(_id=ids._id.cast("string"))
    raw = raw.union(merged.select(_id=merged.entity_id.cast("string")))
    base = backend.table(table)
    statements = resolved(backend, table, base.semi_join(raw, base[column] == raw._id))
    return _known(views, statements.semi_join(ids, statements[column] == ids._id))


def _known(views: Views, statements: ir.Table) -> ir.Table:
    """The statements with their source's publication dates, cut at the as-of day (the rule
    of `pedigree.store.views.known_statements`)."""
    sources = views.backend.table("sources").select(
        source_ref="id", published="published", known_from="known_from"
    )
    joined = statements.left_join(sources, statements.source_id == sources.source_ref).drop(
        "source_ref"
    )
    if views.as_of is not None:
        joined = joined.filter(joined.known_from.isnull() | (joined.known_from <= views.as_of))
    return joined
