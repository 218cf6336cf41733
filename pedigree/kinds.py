"""The registry of statement kinds: one entry per kind of dated tie, as data.

In the spirit of FollowTheMoney's schema files, what a kind of fact *is* lives here once, and
the layers derive from it: the schema creates each kind's statement table from its `columns`
(`pedigree.store.schema.kind_tables`), the importer reads each input table into its kind's
statement table (`pedigree.ingest.tables`: a kind without a hand-written reader gets one derived
from its columns), the views build one derived table per kind and know which columns hold entity
ids (for entity resolution), the store counts the statement tables, and facts read from text
become input rows through each kind's `facts` (`pedigree.ingest.articles`). So a new kind of fact
is one entry here plus its reader. (`tests/test_kinds.py` checks every entry against the migrated
schema and the importer, and runs a kind declared only here through a store.)

Entities (organisations, people, products) are not kinds: their facts are property statements in
one table, `entity_statements`.

This module imports nothing, so any layer may read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ENTITY_STATEMENTS = "entity_statements"
# The tables derived from entity statements (pedigree.store.views), one per entity type.
ENTITY_TABLES = {"organizations": "organization", "people": "person", "products": "product"}


@dataclass(frozen=True)
class FactRow:
    """How an extracted fact (`pedigree.ingest.text.facts`) becomes a row of a kind's input
    table: each input column takes a fact field (an entity-id column takes the entity named by
    the field, found or created by the ingester), plus fixed values."""

    fields: dict[str, str]  # input column → fact field
    fixed: dict[str, str] = field(default_factory=dict)
    # the organisation kind of what the fact's organisation field names (a school for a degree)
    org_kind: str | None = None
    # input columns that take the source's publication date when the fact states none (a
    # valuation reported without a date was current when the piece came out)
    dated_by_source: tuple[str, ...] = ()


@dataclass(frozen=True)
class Kind:
    """A kind of tie statement.

    `name` is both the input table (stints.csv) and the derived table the analytics read;
    `statements` is the append-only table its statements go to; statements with equal `key`
    values are about the same tie and compete under the shown-value rule; `ids` maps each column
    holding an entity id to the entity type it holds; `columns` are the statement table's columns
    (DuckDB types) besides `id` and the provenance every statement carries; `facts` maps each kind
    of extracted fact stored as this kind to how it becomes a row.
    """

    name: str
    statements: str
    key: tuple[str, ...]
    ids: dict[str, str]
    columns: dict[str, str]
    facts: dict[str, FactRow] = field(default_factory=dict)

    @property
    def id_columns(self) -> tuple[str, ...]:
        return tuple(self.ids)


_NOT_NULL = "VARCHAR NOT NULL"
_DATED = {"date": "DATE", "date_precision": "VARCHAR"}

KINDS: tuple[Kind, ...] = (
    Kind(
        "stints",
        "stint_statements",
        ("person_id", "org_id", "kind", "title"),
        {"person_id": "person", "org_id": "organization"},
        {
            "person_id": _NOT_NULL,
            "org_id": _NOT_NULL,
            "kind": _NOT_NULL,
            "title": "VARCHAR",
            "field": "VARCHAR",
            "team_size": "BIGINT",
            "start_date": "DATE",
            "start_precision": "VARCHAR",
            "end_date": "DATE",
            "end_precision": "VARCHAR",
            "current": "BOOLEAN",
            "resources": "VARCHAR",
        },
        {
            "employment": FactRow(
                {
                    "person_id": "person",
                    "org_id": "org",
                    "title": "title",
                    "team_size": "team_size",
                    "resources": "resources",
                    "current": "current",
                    "start": "start",
                    "end": "end",
                },
                {"kind": "employment"},
            ),
            "founded": FactRow(
                {"person_id": "person", "org_id": "org", "title": "role", "start": "date"},
                {"kind": "founder"},
            ),
            "education": FactRow(
                {"person_id": "person", "org_id": "org", "title": "degree", "field": "field"},
                {"kind": "education"},
                org_kind="university",
            ),
        },
    ),
    Kind(
        "rounds",
        "round_statements",
        ("org_id", "round", "date"),
        {"org_id": "organization"},
        {
            "org_id": _NOT_NULL,
            **_DATED,
            "round": "VARCHAR",
            "amount": "DOUBLE",
            "currency": "VARCHAR",
            "post_money_valuation": "DOUBLE",
            "investors": "VARCHAR[]",
            "approx": "VARCHAR",
        },
        {
            "valuation": FactRow(
                {
                    "org_id": "org",
                    "date": "date",
                    "post_money_valuation": "amount",
                    "currency": "currency",
                    "approx": "approx",
                },
                dated_by_source=("date",),
            ),
            "funding": FactRow(
                {
                    "org_id": "org",
                    "investors": "investors",
                    "date": "date",
                    "round": "round",
                    "amount": "amount",
                    "currency": "currency",
                }
            ),
            "investor": FactRow({"org_id": "org", "investors": "investor"}),
        },
    ),
    Kind(
        "financials",
        "financial_statements",
        ("org_id", "metric", "period_start", "period_end"),
        {"org_id": "organization"},
        {
            "org_id": _NOT_NULL,
            "metric": _NOT_NULL,
            "period_start": "DATE",
            "period_end": "DATE",
            "value": "DOUBLE NOT NULL",
            "unit": "VARCHAR",
        },
        {
            "financial": FactRow(
                {
                    "org_id": "org",
                    "metric": "metric",
                    "period_start": "period_start",
                    "period_end": "period_end",
                    "value": "amount",
                    "unit": "currency",
                }
            )
        },
    ),
    Kind(
        "credentials",
        "credential_statements",
        ("person_id", "type", "detail"),
        {"person_id": "person"},
        {"person_id": _NOT_NULL, "type": _NOT_NULL, "detail": "VARCHAR", **_DATED},
        {"credential": FactRow({"person_id": "person", "type": "type", "detail": "detail"})},
    ),
    Kind(
        "product_metrics",
        "product_metric_statements",
        ("product_id", "metric", "date"),
        {"product_id": "product"},
        {"product_id": _NOT_NULL, "metric": _NOT_NULL, "value": "DOUBLE NOT NULL", **_DATED},
        {
            "product_metric": FactRow(
                {"product_id": "product", "metric": "metric", "value": "value", "date": "date"}
            )
        },
    ),
    Kind(
        "events",
        "event_statements",
        ("org_id", "type"),
        {"org_id": "organization"},
        {"org_id": _NOT_NULL, "type": _NOT_NULL, **_DATED, "detail": "VARCHAR"},
        {"event": FactRow({"org_id": "org", "type": "type", "date": "date"})},
    ),
)

# Derived from KINDS (again by `register`).
BY_NAME: dict[str, Kind] = {}
# The import tables, in load order (what a row refers to is loaded before it): sources, the
# entities, then one table per kind of tie.
IMPORT_TABLES: tuple[str, ...] = ()
# Every append-only statement table, entities first.
STATEMENT_TABLES: tuple[str, ...] = ()
# The columns of each statement table that hold entity ids.
ENTITY_ID_COLUMNS: dict[str, tuple[str, ...]] = {}
# Extracted fact kind → the kind its facts are stored as.
BY_FACT: dict[str, Kind] = {}


def _derive() -> None:
    global IMPORT_TABLES, STATEMENT_TABLES
    BY_NAME.clear()
    BY_NAME.update({entry.name: entry for entry in KINDS})
    IMPORT_TABLES = ("sources", *ENTITY_TABLES, *(entry.name for entry in KINDS))
    STATEMENT_TABLES = (ENTITY_STATEMENTS, *(entry.statements for entry in KINDS))
    ENTITY_ID_COLUMNS.clear()
    ENTITY_ID_COLUMNS.update(
        {ENTITY_STATEMENTS: ("entity_id",), **{e.statements: e.id_columns for e in KINDS}}
    )
    BY_FACT.clear()
    BY_FACT.update({fact: entry for entry in KINDS for fact in entry.facts})


_derive()


def register(entry: Kind) -> None:
    """Add a kind from outside this file (a plugin, a test). The layers read the registry when
    they are first imported, so register before importing the store or the importer."""
    global KINDS
    if entry.name in BY_NAME or entry.name in ENTITY_TABLES or entry.name == "sources":
        raise ValueError(f"a kind or table called {entry.name} exists already")
    clashing = set(entry.facts) & set(BY_FACT)
    if clashing:
        raise ValueError(f"facts {sorted(clashing)} are stored as another kind already")
    KINDS = (*KINDS, entry)
    _derive()


def kind(name: str) -> Kind:
    """The kind called `name` (stints, rounds, …)."""
    return BY_NAME[name]
