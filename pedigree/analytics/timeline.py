"""A dated account of one organisation or one person, every entry with its source and quote.

An organisation's timeline: its founding, funding rounds (amount, post-money valuation), product
launches and product metrics, financial periods, listing and other events, and the moves of its
people there (founders and staff joining and leaving, study at a university). A person's: their
stints everywhere (founding, jobs, study — start and end), and their credentials.

Dates keep their precision (2024 stays 2024, 2024-03 stays 2024-03). Entries are ordered by the
first day of their date, a coarser date first when two begin on the same day (2024 before
2024-01-15); undated facts come last. With an as-of day only what was published by then counts
(the views see to that) and only what had happened by then: an entry dated after it is left out.

The entries are built as one Ibis union over the views. Each entry's sentence is written by the
caller's `sentence` (`pedigree.report.timeline_text.sentence`, which the API passes): it also
settles the order of entries that share a date and kind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import ibis
import ibis.expr.types as ir
import pandas as pd

from pedigree.analytics import about
from pedigree.analytics.about import statements_about, statements_among
from pedigree.analytics.financials import periods
from pedigree.analytics.frames import cited_sources, date_text, entity_names, records
from pedigree.errors import Ambiguous, NotFound, PedigreeError, clip, option
from pedigree.names import name_key
from pedigree.store.lookup import find_entity, suggest
from pedigree.store.views import Views, partial_date, shown

# What --type accepts.
ENTITY_TYPES = {
    "organization": "organization",
    "organisation": "organization",
    "org": "organization",
    "person": "person",
}

# Every part of the union has these columns, in this order.
SCHEMA = {
    "kind": "string",
    "date": "date",
    "date_precision": "string",
    "org_id": "string",
    "person_id": "string",
    "product_id": "string",
    "label": "string",
    "title": "string",
    "detail": "string",
    "value": "float64",
    "unit": "string",
    "valuation": "float64",
    "team_size": "int64",
    "period_start": "date",
    "months": "float64",
    "period_precision": "string",
    "source_id": "string",
    "quote": "string",
}

# Entry kinds, in the order they are listed when they share a date. A stint is "started" at its
# start date, "ended" at its end date, and listed undated as a "stint" when its start is unknown.
KINDS = (
    "founded",
    "started",
    "stint",
    "round",
    "launch",
    "product",
    "product_metric",
    "financials",
    "event",
    "credential",
    "ended",
)

COLUMNS = [
    "date",
    "precision",
    "kind",
    "text",
    "org_id",
    "org",
    "person_id",
    "person",
    "product_id",
    "product",
    "label",
    "title",
    "detail",
    "value",
    "unit",
    "valuation",
    "source_id",
    "quote",
]


@dataclass
class Timeline:
    """`entries`: one row per dated fact (COLUMNS), in order — the first `limit` when limited;
    `total`: how many there are in all; `sources`: the sources the entries cite."""

    entity_type: str
    id: str
    name: str
    as_of: date | None
    entries: pd.DataFrame
    sources: pd.DataFrame
    total: int = 0

    @property
    def more(self) -> int:
        """Entries left out by the limit."""
        return self.total - len(self.entries)

    def to_json(self) -> dict:
        return {
            "type": self.entity_type,
            "id": self.id,
            "name": self.name,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "total": self.total,
            "more": self.more,
            "entries": records(self.entries),
            "sources": records(self.sources),
        }


def find_subject(con, name: str, entity_type: str | None = None) -> tuple[str, str]:
    """(entity type, id) of the organisation or person called `name`.

    The rule when a name could be either: an id is taken as it is; a name that belongs to exactly
    one organisation or one person is that entity; a name shared by an organisation and a person
    is an error naming both, to be settled with `entity_type` (--type) or the id."""
    if entity_type is not None:
        kind = ENTITY_TYPES.get(entity_type.lower())
        if kind is None:
            raise PedigreeError(
                f"{option('entity_type')}: {entity_type!r}: use organization or person"
            )
        return kind, find_entity(con, name, kind)
    found, ambiguous = {}, []
    for kind in ("organization", "person"):
        try:
            found[kind] = find_entity(con, name, kind)
        except NotFound:
            pass
        except Ambiguous as error:
            ambiguous.append(error)
    by_id = [kind for kind, entity_id in found.items() if entity_id == name]
    if len(by_id) == 1:
        return by_id[0], name
    if ambiguous:  # several organisations (or people) share the name
        raise ambiguous[0]
    if len(found) == 2:
        raise Ambiguous(
            f"{name!r} is both an organisation ({found['organization']}) and a person "
            f"({found['person']}); give {option('entity_type')} organization or person, or the id"
        )
    if found:
        return next(iter(found.items()))
    key = name_key(name)
    close = suggest(con, key, "organization") + suggest(con, key, "person")
    hint = f"; did you mean: {', '.join(dict.fromkeys(close))}?" if close else ""
    raise NotFound(f"no organisation or person named {clip(name)!r}{hint}")


def timeline(
    views: Views,
    entity_type: str,
    entity_id: str,
    limit: int | None = None,
    *,
    sentence: Callable[[Any], str],
) -> Timeline:
    """The timeline of one organisation or person (see the module docstring); its first
    `limit` entries when given (the largest organisations have tens of thousands)."""
    if limit is not None and limit < 1:
        raise PedigreeError(f"limit: must be at least 1, not {limit}")
    frame = about.run(
        views,
        ("timeline", entity_type, limit),
        entity_id,
        lambda entity: _limited(timeline_entries(views, entity_type, entity), limit),
    )
    total = len(frame) if limit is None or frame.empty else int(frame._total.iloc[0])
    table = "organizations" if entity_type == "organization" else "people"
    name = entity_names(views, table, [entity_id]).get(entity_id, entity_id)
    entries = _finish(views, frame.drop(columns="_total", errors="ignore"), sentence)
    if limit is not None:
        entries = entries.head(limit)
    return Timeline(
        entity_type,
        entity_id,
        name,
        views.as_of,
        entries,
        cited_sources(views, entries.source_id),
        total,
    )


def _limited(entries: ir.Table, limit: int | None) -> ir.Table:
    """The entries that can be among the first `limit` in the documented order, each with the
    count of all (`_total`): those ranked below `limit` by date, precision and kind, ties
    included, since the sentence that settles a tie is written afterwards, in pandas."""
    if limit is None:
        return entries
    precision = entries.date_precision.cases(("year", 0), ("month", 1), ("day", 2))
    kind = entries.kind.cases(*[(k, i) for i, k in enumerate(KINDS)])
    order = [entries.date.isnull(), entries.date, precision.isnull(), precision, kind]
    ranked = entries.mutate(
        _rank=ibis.rank().over(order_by=order), _total=entries.kind.count().over()
    )
    return ranked.filter(ranked._rank < limit).drop("_rank")


def timeline_entries(views: Views, entity_type: str, entity_id: str) -> ir.Table:
    """The union of every kind of entry about the entity, cut at the views' as-of day."""
    if entity_type == "organization":
        parts = [
            _founding(views, entity_id),
            *_stint_moves(views, org_id=entity_id),
            _rounds(views, entity_id),
            *_products(views, entity_id),
            _financials(views, entity_id),
            _events(views, entity_id),
        ]
    else:
        parts = [*_stint_moves(views, person_id=entity_id), _credentials(views, entity_id)]
    union = ibis.union(*[_conform(part) for part in parts])
    if views.as_of is not None:
        union = union.filter(union.date.isnull() | (union.date <= views.as_of))
    return union


def _conform(table: ir.Table) -> ir.Table:
    """`table` with exactly the SCHEMA columns (typed nulls for the ones it lacks)."""
    return table.select(
        **{
            column: table[column].cast(kind) if column in table.columns else ibis.null(kind)
            for column, kind in SCHEMA.items()
        }
    )


def _founding(views: Views, org_id: str) -> ir.Table:
    statements = statements_about(views, "entity_statements", "entity_id", org_id)
    attrs = _attributes(statements, "organization", ["founded"])
    day, precision = partial_date(attrs.value)
    return attrs.select(
        "source_id", "quote", kind=ibis.literal("founded"), date=day, date_precision=precision,
        org_id=attrs.entity_id,
    )  # fmt: skip


def _attributes(statements: ir.Table, entity_type: str, props: list[str]) -> ir.Table:
    """The shown statements of some single-valued attributes, with their sources, from the
    known entity statements of some entities (`pedigree.analytics.about`). The same rule as
    `pedigree.store.views.entity_attributes`, applied to these properties only: the rule ranks
    within (entity, property), so filtering first changes nothing but the cost."""
    statements = statements.filter(
        (statements.entity_type == entity_type) & statements.prop.isin(props)
    )
    return shown(statements, ("entity_id", "prop"))


def _stint_moves(views: Views, **equal: str) -> list[ir.Table]:
    """Each stint's start (undated when the start is unknown) and, when known, its end: one
    row per stint and side, so the stints are read once."""
    stints = views.stints
    stints = stints.filter(*[stints[column] == value for column, value in equal.items()])
    sides = ibis.memtable({"_end": [False, True]}, schema={"_end": "boolean"})
    moves = stints.cross_join(sides)
    moves = moves.filter(~moves._end | moves.end_date.notnull())
    started = ibis.ifelse(moves.start_date.notnull(), "started", "stint")
    return [
        moves.select(
            kind=ibis.ifelse(moves._end, "ended", started),
            date=ibis.ifelse(moves._end, moves.end_date, moves.start_date),
            date_precision=ibis.ifelse(moves._end, moves.end_precision, moves.start_precision),
            org_id=moves.org_id,
            person_id=moves.person_id,
            label=moves.kind,
            title=moves.title,
            detail=moves.field,
            team_size=moves.team_size,
            source_id=moves.source_id,
            quote=moves.quote,
        )
    ]


def _rounds(views: Views, org_id: str) -> ir.Table:
    rounds = views.rounds
    rounds = rounds.filter(rounds.org_id == org_id)
    return rounds.select(
        "org_id",
        "date",
        "date_precision",
        "source_id",
        "quote",
        kind=ibis.literal("round"),
        label=rounds.round,
        value=rounds.amount,
        unit=rounds.currency,
        valuation=rounds.post_money_valuation,
        detail=rounds.investors.join(", "),
    )


def _products(views: Views, org_id: str) -> list[ir.Table]:
    """Launches (dated by the product's `launched` attribute, with its source) and the metrics
    of the organisation's products; a product without a launch date is listed undated."""
    products = views.products
    products = products.filter(products.org_id == org_id).select(
        product_ref="id", product_org="org_id"
    )
    statements = statements_among(
        views, "entity_statements", "entity_id", products.select(_id="product_ref")
    )
    attrs = _attributes(statements, "product", ["launched", "org"])
    attrs = attrs.join(products, attrs.entity_id == products.product_ref)
    # One entry per product: its launch when dated, else the statement tying it to the org.
    attrs = attrs.mutate(
        _rank=ibis.row_number().over(
            group_by="entity_id", order_by=ibis.ifelse(attrs.prop == "launched", 0, 1)
        )
    )
    attrs = attrs.filter(attrs._rank == 0)
    launched = attrs.prop == "launched"
    day, precision = partial_date(ibis.ifelse(launched, attrs.value, ibis.null("string")))
    launches = attrs.select(
        "source_id",
        "quote",
        kind=ibis.ifelse(launched, "launch", "product"),
        date=day,
        date_precision=precision,
        org_id=attrs.product_org,
        product_id=attrs.entity_id,
    )
    metrics = views.product_metrics
    metrics = metrics.semi_join(products, metrics.product_id == products.product_ref)
    metrics = metrics.select(
        "product_id",
        "date",
        "date_precision",
        "value",
        "source_id",
        "quote",
        kind=ibis.literal("product_metric"),
        org_id=ibis.literal(org_id),
        label=metrics.metric,
    )
    return [launches, metrics]


def _financials(views: Views, org_id: str) -> ir.Table:
    """Each financial period, dated by its last day (when the figure is complete)."""
    p = periods(views, org_id)
    return p.select(
        "period_start",
        "months",
        "value",
        "unit",
        "source_id",
        "quote",
        kind=ibis.literal("financials"),
        date=p.period_end,
        date_precision=ibis.literal("day"),
        org_id=ibis.literal(org_id),
        label=p.metric,
        period_precision=p.precision,
    )


def _events(views: Views, org_id: str) -> ir.Table:
    events = views.events
    events = events.filter(events.org_id == org_id)
    return events.select(
        "org_id",
        "date",
        "date_precision",
        "detail",
        "source_id",
        "quote",
        kind=ibis.literal("event"),
        label=events.type,
    )


def _credentials(views: Views, person_id: str) -> ir.Table:
    credentials = views.credentials
    credentials = credentials.filter(credentials.person_id == person_id)
    return credentials.select(
        "person_id",
        "date",
        "date_precision",
        "detail",
        "source_id",
        "quote",
        kind=ibis.literal("credential"),
        label=credentials.type,
    )


def _finish(views: Views, frame: pd.DataFrame, sentence: Callable[[Any], str]) -> pd.DataFrame:
    """Names, sentences (`sentence` of each row), dates as written, and the documented order."""
    frame = frame.assign(
        org=_names(views, frame.org_id, "organizations"),
        person=_names(views, frame.person_id, "people"),
        product=_names(views, frame.product_id, "products"),
        _kind=frame.kind.map({kind: i for i, kind in enumerate(KINDS)}),
        _precision=frame.date_precision.map({"year": 0, "month": 1, "day": 2}),
    )
    frame["text"] = [sentence(row) for row in frame.itertuples()]
    frame = frame.sort_values(
        ["date", "_precision", "_kind", "text"], na_position="last", ignore_index=True
    )
    frame["date"] = [date_text(v, p) for v, p in zip(frame.date, frame.date_precision, strict=True)]
    return frame.rename(columns={"date_precision": "precision"})[COLUMNS]


def _names(views: Views, ids: pd.Series, table: str) -> list:
    names = entity_names(views, table, sorted({i for i in ids if isinstance(i, str)}))
    return [names.get(i, i) if isinstance(i, str) else None for i in ids]
