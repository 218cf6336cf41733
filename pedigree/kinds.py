"""The registry of statement kinds: one entry per kind of dated tie, as data.

In the spirit of FollowTheMoney's schema files, what a kind of fact *is* lives here once, and
the layers derive from it: the store counts its statement tables, the views build one derived
table per kind and know which columns hold entity ids (for entity resolution), the importer
writes each input table into its kind's statement table, and the FtM export maps them.
(`tests/test_kinds.py` checks every entry against the migrated schema and the importer.)

Entities (organisations, people, products) are not kinds: their facts are property statements in
one table, `entity_statements`.

This module imports nothing, so any layer may read it.
"""

from __future__ import annotations

from dataclasses import dataclass

ENTITY_STATEMENTS = "entity_statements"
# The tables derived from entity statements (pedigree.store.views), one per entity type.
ENTITY_TABLES = {"organizations": "organization", "people": "person", "products": "product"}


@dataclass(frozen=True)
class Kind:
    """A kind of tie statement.

    `name` is both the input table (stints.csv) and the derived table the analytics read;
    `statements` is the append-only table its statements go to; statements with equal `key`
    values are about the same tie and compete under the shown-value rule; `ids` maps each column
    holding an entity id to the entity type it holds.
    """

    name: str
    statements: str
    key: tuple[str, ...]
    ids: dict[str, str]

    @property
    def id_columns(self) -> tuple[str, ...]:
        return tuple(self.ids)


KINDS: tuple[Kind, ...] = (
    Kind(
        "stints",
        "stint_statements",
        ("person_id", "org_id", "kind", "title"),
        {"person_id": "person", "org_id": "organization"},
    ),
    Kind("rounds", "round_statements", ("org_id", "round", "date"), {"org_id": "organization"}),
    Kind(
        "financials",
        "financial_statements",
        ("org_id", "metric", "period_start", "period_end"),
        {"org_id": "organization"},
    ),
    Kind(
        "credentials",
        "credential_statements",
        ("person_id", "type", "detail"),
        {"person_id": "person"},
    ),
    Kind(
        "product_metrics",
        "product_metric_statements",
        ("product_id", "metric", "date"),
        {"product_id": "product"},
    ),
    Kind("events", "event_statements", ("org_id", "type"), {"org_id": "organization"}),
)

BY_NAME = {kind.name: kind for kind in KINDS}

# The import tables, in load order (what a row refers to is loaded before it): sources, the
# entities, then one table per kind of tie.
IMPORT_TABLES: tuple[str, ...] = ("sources", *ENTITY_TABLES, *(kind.name for kind in KINDS))

# Every append-only statement table, entities first.
STATEMENT_TABLES: tuple[str, ...] = (ENTITY_STATEMENTS, *(kind.statements for kind in KINDS))

# The columns of each statement table that hold entity ids.
ENTITY_ID_COLUMNS: dict[str, tuple[str, ...]] = {
    ENTITY_STATEMENTS: ("entity_id",),
    **{kind.statements: kind.id_columns for kind in KINDS},
}


def kind(name: str) -> Kind:
    """The kind called `name` (stints, rounds, …)."""
    return BY_NAME[name]
