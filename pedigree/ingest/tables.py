"""What each importable table looks like: its columns, how each is checked, and which statements a
row becomes. The loader (`pedigree.ingest.load`) is generic over these definitions.

SQL fragments here run in DuckDB against the staged rows, whose columns are all text; the `pd_*`
macros are defined by the store (`pedigree.store.store`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pedigree.kinds import KINDS, Kind, kind
from pedigree.model import (
    CREDENTIAL_TYPES,
    EVENT_TYPES,
    ORG_KINDS,
    PART_OF_RELATIONS,
    STINT_KINDS,
)


@dataclass(frozen=True)
class Column:
    """An input column. `check` is one of: text, date, number, count, list, choice, ref, fraction.

    `ref` names what a ref column points at: an entity type or "source".
    """

    name: str
    check: str = "text"
    required: bool = False
    choices: tuple[str, ...] = ()
    ref: str | None = None
    signed: bool = False  # numbers may be negative (a net loss); amounts and counts may not


@dataclass(frozen=True)
class EntityTable:
    """An input table whose rows are entities: each non-empty property becomes a statement."""

    name: str
    entity_type: str
    columns: tuple[Column, ...]
    # statement property → SQL over the staged row; a property listed in `lists` yields a list
    props: dict[str, str]
    lists: tuple[str, ...] = ()


@dataclass(frozen=True)
class TieInput:
    """An input table whose rows are ties of one kind (`pedigree.kinds`, by the table's name):
    each row becomes one statement in that kind's statement table (`target`)."""

    name: str
    columns: tuple[Column, ...]
    values: dict[str, str]  # statement column → SQL over the staged row
    # (earlier, later) date columns that must be in order
    ordered: tuple[str, str] | None = None
    # Statement columns added by a later schema version: they count towards a statement's id
    # only when set, so rows loaded before they existed keep their ids (loading stays idempotent).
    later: tuple[str, ...] = ()

    @property
    def target(self) -> str:
        return kind(self.name).statements


@dataclass(frozen=True)
class SourceInput:
    name: str = "sources"
    columns: tuple[Column, ...] = field(
        default=(
            Column("id", required=True),
            Column("title"),
            Column("publisher"),
            Column("published", "date"),
            Column("url"),
        )
    )


# Provenance columns any statement table may carry; empty source_id means "this file".
PROVENANCE = (
    Column("source_id", "ref", ref="source"),
    Column("quote"),
    Column("span_start", "count"),
    Column("span_end", "count"),
    Column("confidence", "fraction"),
)


# The staging table holds every column as text plus, parsed once, each date column's first day,
# precision and canonical text ("start__date", "start__precision", "start__text") and each
# numeric column's value ("team_size__number").
def date_of(column: str) -> str:
    return f'"{column}__date"'


def precision_of(column: str) -> str:
    return f'"{column}__precision"'


def canonical_date_of(column: str) -> str:
    return f'"{column}__text"'


def number_of(column: str) -> str:
    return f'"{column}__number"'


BOOLEANS = ("true", "false", "yes", "no", "1", "0")
# How a reported figure relates to the truth: 约 → about, 超过 → over, 近 → nearly.
APPROXIMATIONS = ("about", "over", "nearly")


def boolean_of(column: str) -> str:
    value = f'lower(pd_text("{column}"))'
    return (
        f"CASE WHEN {value} IN ('true', 'yes', '1') THEN true "
        f"WHEN {value} IN ('false', 'no', '0') THEN false END"
    )


def _date(column: str) -> dict[str, str]:
    return {"date": date_of(column), "date_precision": precision_of(column)}


ORGANIZATIONS = EntityTable(
    "organizations",
    "organization",
    (
        Column("id", required=True),
        Column("name", required=True),
        Column("aliases", "list"),
        Column("kind", "choice", choices=ORG_KINDS),
        Column("sector"),
        Column("country"),
        Column("founded", "date"),
        Column("part_of"),  # the parent organisation's id or name (pedigree.store.hierarchy)
        Column("relation", "choice", choices=PART_OF_RELATIONS),
    ),
    {
        "name": "pd_text(name)",
        "alias": "pd_list(aliases)",
        "kind": "lower(pd_text(kind))",
        "sector": "lower(pd_text(sector))",
        "country": "upper(pd_text(country))",
        "founded": canonical_date_of("founded"),
        "part_of": "pd_text(part_of)",
        "relation": "lower(pd_text(relation))",
    },
    lists=("alias",),
)

PEOPLE = EntityTable(
    "people",
    "person",
    (
        Column("id", required=True),
        Column("name", required=True),
        Column("aliases", "list"),
        Column("domains", "list"),
    ),
    {
        "name": "pd_text(name)",
        "alias": "pd_list(aliases)",
        "domain": "list_transform(pd_list(domains), lambda d: lower(d))",
    },
    lists=("alias", "domain"),
)

PRODUCTS = EntityTable(
    "products",
    "product",
    (
        Column("id", required=True),
        Column("org_id", "ref", ref="organization"),
        Column("name", required=True),
        Column("aliases", "list"),
        Column("launched", "date"),
        Column("sector"),
    ),
    {
        "name": "pd_text(name)",
        "alias": "pd_list(aliases)",
        "org": "pd_text(org_id)",
        "launched": canonical_date_of("launched"),
        "sector": "lower(pd_text(sector))",
    },
    lists=("alias",),
)

STINTS = TieInput(
    "stints",
    (
        Column("person_id", "ref", required=True, ref="person"),
        Column("org_id", "ref", required=True, ref="organization"),
        Column("kind", "choice", required=True, choices=STINT_KINDS),
        Column("title"),
        Column("field"),
        Column("team_size", "count"),
        Column("start", "date"),
        Column("end", "date"),
        Column("current", "choice", choices=BOOLEANS),
        Column("resources"),
    ),
    {
        "person_id": "pd_text(person_id)",
        "org_id": "pd_text(org_id)",
        "kind": "lower(pd_text(kind))",
        "title": "pd_text(title)",
        "field": "pd_text(field)",
        "team_size": f"CAST({number_of('team_size')} AS BIGINT)",
        "start_date": date_of("start"),
        "start_precision": precision_of("start"),
        "end_date": date_of("end"),
        "end_precision": precision_of("end"),
        "current": boolean_of("current"),
        "resources": "pd_text(resources)",
    },
    ordered=("start", "end"),
    later=("current", "resources"),
)

ROUNDS = TieInput(
    "rounds",
    (
        Column("org_id", "ref", required=True, ref="organization"),
        Column("date", "date"),
        Column("round"),
        Column("amount", "number"),
        Column("currency"),
        Column("post_money_valuation", "number"),
        Column("investors", "list"),
        Column("approx", "choice", choices=APPROXIMATIONS),
    ),
    {
        "org_id": "pd_text(org_id)",
        **_date("date"),
        "round": "pd_text(round)",
        "amount": number_of("amount"),
        "currency": "upper(pd_text(currency))",
        "post_money_valuation": number_of("post_money_valuation"),
        "investors": "pd_list(investors)",
        "approx": "lower(pd_text(approx))",
    },
    later=("approx",),
)

FINANCIALS = TieInput(
    "financials",
    (
        Column("org_id", "ref", required=True, ref="organization"),
        Column("metric", required=True),
        Column("period_start", "date"),
        Column("period_end", "date"),
        Column("value", "number", required=True, signed=True),
        Column("unit"),
    ),
    {
        "org_id": "pd_text(org_id)",
        "metric": "lower(pd_text(metric))",
        # A period is whole days: "2024" as a start is 2024-01-01, as an end 2024-12-31.
        "period_start": date_of("period_start"),
        "period_end": f"pd_period_end({date_of('period_end')}, {precision_of('period_end')})",
        "value": number_of("value"),
        "unit": "pd_text(unit)",
    },
    ordered=("period_start", "period_end"),
)

CREDENTIALS = TieInput(
    "credentials",
    (
        Column("person_id", "ref", required=True, ref="person"),
        Column("type", "choice", required=True, choices=CREDENTIAL_TYPES),
        Column("detail"),
        Column("date", "date"),
    ),
    {
        "person_id": "pd_text(person_id)",
        "type": "lower(pd_text(type))",
        "detail": "pd_text(detail)",
        **_date("date"),
    },
)

PRODUCT_METRICS = TieInput(
    "product_metrics",
    (
        Column("product_id", "ref", required=True, ref="product"),
        Column("metric", required=True),
        Column("value", "number", required=True),
        Column("date", "date"),
    ),
    {
        "product_id": "pd_text(product_id)",
        "metric": "lower(pd_text(metric))",
        "value": number_of("value"),
        **_date("date"),
    },
)

EVENTS = TieInput(
    "events",
    (
        Column("org_id", "ref", required=True, ref="organization"),
        Column("type", "choice", required=True, choices=EVENT_TYPES),
        Column("date", "date"),
        Column("detail"),
    ),
    {
        "org_id": "pd_text(org_id)",
        "type": "lower(pd_text(type))",
        **_date("date"),
        "detail": "pd_text(detail)",
    },
)

SOURCES = SourceInput()
ENTITY_INPUTS = {table.name: table for table in (ORGANIZATIONS, PEOPLE, PRODUCTS)}
# The kinds whose input needs more than `derived_input` gives (lower-cased choices, ordered
# dates, signed numbers, renamed columns).
TIE_INPUTS = {table.name: table for table in (STINTS, ROUNDS, FINANCIALS, CREDENTIALS)}
TIE_INPUTS |= {table.name: table for table in (PRODUCT_METRICS, EVENTS)}


def derived_input(entry: Kind) -> TieInput:
    """The input table of a kind without a hand-written one, from its statement columns: an id
    column is a required reference; a DATE column (`start_date`, `date`) is read from a date
    column (`start`, `date`) with its precision, if the kind keeps one; other columns are read
    by their type; NOT NULL columns are required."""
    columns: list[Column] = []
    values: dict[str, str] = {}
    for name, sql_type in entry.columns.items():
        required = sql_type.endswith("NOT NULL")
        base = sql_type.removesuffix("NOT NULL").strip()
        if name in entry.ids:
            columns.append(Column(name, "ref", required=True, ref=entry.ids[name]))
            values[name] = f'pd_text("{name}")'
        elif base == "DATE":
            column = name.removesuffix("_date")
            columns.append(Column(column, "date", required=required))
            values[name] = date_of(column)
            if f"{column}_precision" in entry.columns:
                values[f"{column}_precision"] = precision_of(column)
        elif name in values:  # a date's precision, set with its date
            continue
        else:
            check, value = _BY_TYPE[base]
            columns.append(
                Column(
                    name, check, required=required, choices=BOOLEANS if base == "BOOLEAN" else ()
                )
            )
            values[name] = value(name)
    return TieInput(entry.name, tuple(columns), values)


_BY_TYPE = {
    "VARCHAR": ("text", lambda c: f'pd_text("{c}")'),
    "VARCHAR[]": ("list", lambda c: f'pd_list("{c}")'),
    "DOUBLE": ("number", number_of),
    "BIGINT": ("count", lambda c: f"CAST({number_of(c)} AS BIGINT)"),
    "BOOLEAN": ("choice", boolean_of),
}

# In load order (pedigree.kinds.IMPORT_TABLES): whatever a row refers to is loaded before it.
INPUT_TABLES: tuple[SourceInput | EntityTable | TieInput, ...] = (
    SOURCES,
    *ENTITY_INPUTS.values(),
    *(TIE_INPUTS.get(entry.name) or derived_input(entry) for entry in KINDS),
)


def all_columns(table: SourceInput | EntityTable | TieInput) -> tuple[Column, ...]:
    """The table's own columns plus, for statement tables, the provenance columns."""
    if isinstance(table, SourceInput):
        return table.columns
    return table.columns + PROVENANCE
