"""One source and every fact read from it: what a reader checks a claim against.

Each statement of the source becomes one row, with the entity it is about (canonical ids, so a
merged person links to their one page), what it says, and the quote and span that locate it in
the source. Statements that lost to another source under the shown-value rule are listed too:
the source said them, whatever the store shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import ibis
import pandas as pd

from pedigree.analytics.frames import cited_sources, date_text, entity_names, records
from pedigree.errors import NotFound, clip
from pedigree.kinds import ENTITY_TABLES
from pedigree.store.views import Views, known_statements

COLUMNS = [
    "statement_id",
    "kind",
    "subject_type",
    "subject_id",
    "subject",
    "object_type",
    "object_id",
    "object",
    "property",
    "value",
    "date",
    "quote",
    "span_start",
    "span_end",
    "confidence",
]

# statement table → (kind, subject column and type, object column and type, property column,
# value columns joined into the value text, date column and its precision)
_TABLES = {
    "entity_statements": ("entity", "entity_id", None, None, None, "prop", ("value",), None),
    "stint_statements": (
        "stint",
        "person_id",
        "person",
        "org_id",
        "organization",
        "kind",
        ("title", "team_size"),
        "start_date",
    ),
    "round_statements": (
        "round",
        "org_id",
        "organization",
        None,
        None,
        "round",
        ("amount", "currency", "post_money_valuation"),
        "date",
    ),
    "financial_statements": (
        "financial",
        "org_id",
        "organization",
        None,
        None,
        "metric",
        ("value", "unit"),
        "period_end",
    ),
    "credential_statements": (
        "credential",
        "person_id",
        "person",
        None,
        None,
        "type",
        ("detail",),
        "date",
    ),
    "product_metric_statements": (
        "product_metric",
        "product_id",
        "product",
        None,
        None,
        "metric",
        ("value",),
        "date",
    ),
    "event_statements": (
        "event",
        "org_id",
        "organization",
        None,
        None,
        "type",
        ("detail",),
        "date",
    ),
}
_ENTITY_TABLES = {entity_type: table for table, entity_type in ENTITY_TABLES.items()}


@dataclass
class SourceFacts:
    """`source`: id, title, publisher, published, url; `facts`: one row per statement (COLUMNS),
    in the order of their spans (unplaced ones last)."""

    source: dict
    as_of: date | None
    facts: pd.DataFrame
    total: int  # statements the source holds; `facts` may list fewer (the limit)

    def to_json(self) -> dict:
        return {
            "source": self.source,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "total": self.total,
            "facts": records(self.facts),
        }


def source_facts(views: Views, source_id: str, limit: int | None = None) -> SourceFacts:
    """The source `source_id` and its statements, as known at the views' as-of day (a source
    published later is not found then); at most `limit` statements of each kind (a table
    source can hold millions), with the `total` count."""
    found = cited_sources(views, [source_id])
    known = views.as_of is None or _known_by(views, source_id)
    if found.empty or not known:
        raise NotFound(f"no source with id {clip(source_id)!r}")
    parts = [_statements(views, table, spec, source_id, limit) for table, spec in _TABLES.items()]
    total = sum(_count(views, table, source_id) for table in _TABLES)
    facts = pd.concat([p for p in parts if not p.empty] or [pd.DataFrame(columns=COLUMNS)])
    facts = _named(views, facts)
    facts = facts.sort_values(
        ["span_start", "kind", "statement_id"], na_position="last", ignore_index=True
    )
    return SourceFacts(records(found)[0], views.as_of, facts[COLUMNS], total)


def _count(views: Views, table: str, source_id: str) -> int:
    t = views.backend.table(table)
    return int(views.backend.execute(t.filter(t.source_id == source_id).count()))


def _known_by(views: Views, source_id: str) -> bool:
    sources = views.backend.table("sources")
    row = views.backend.execute(
        sources.filter(sources.id == source_id).select("known_from").limit(1)
    )
    known_from = row["known_from"].iloc[0] if len(row) else None
    return known_from is None or pd.isna(known_from) or known_from <= pd.Timestamp(views.as_of)


def _statements(
    views: Views, table: str, spec: tuple, source_id: str, limit: int | None
) -> pd.DataFrame:
    kind, subject, subject_type, obj, object_type, prop, values, when = spec
    t = known_statements(views.backend, table, None)
    t = t.filter(t.source_id == source_id)
    columns = {"statement_id": t.id, "subject_id": t[subject], "property": t[prop]}
    columns |= {f"_v{i}": t[c] for i, c in enumerate(values)}
    if obj:
        columns["object_id"] = t[obj]
    if when:
        columns["_date"] = t[when]
        precision = {"start_date": "start_precision", "date": "date_precision"}.get(when)
        if precision:
            columns["_precision"] = t[precision]
    if table == "entity_statements":
        columns["subject_type"] = t.entity_type
    selected = t.select(
        **columns,
        quote=t.quote,
        span_start=t.span_start,
        span_end=t.span_end,
        confidence=t.confidence,
    ).order_by([ibis.asc("span_start"), "statement_id"])
    frame = views.backend.execute(selected.limit(limit) if limit else selected)
    if frame.empty:
        return pd.DataFrame(columns=COLUMNS)
    frame["kind"] = kind
    if subject_type:
        frame["subject_type"] = subject_type
    frame["object_type"] = object_type
    if "object_id" not in frame:
        frame["object_id"] = None
    # The statement's values as data (`pedigree.report.fact_lines` writes them as one text).
    frame["value"] = [
        [v for v in row if v is not None and not pd.isna(v)]
        for row in frame.filter(like="_v").itertuples(index=False)
    ]
    precisions = frame["_precision"] if "_precision" in frame else [None] * len(frame)
    dates = frame["_date"] if "_date" in frame else [None] * len(frame)
    frame["date"] = [date_text(d, p) for d, p in zip(dates, precisions, strict=True)]
    return frame


def _named(views: Views, facts: pd.DataFrame) -> pd.DataFrame:
    facts = facts.reset_index(drop=True)
    for side in ("subject", "object"):
        names: dict[tuple[str, str], str] = {}
        for entity_type, table in _ENTITY_TABLES.items():
            ids = facts.loc[facts[f"{side}_type"] == entity_type, f"{side}_id"].dropna()
            for entity_id, name in entity_names(views, table, sorted(set(ids))).items():
                names[(entity_type, entity_id)] = name
        facts[side] = [
            names.get((kind, entity_id), entity_id) if entity_id else None
            for kind, entity_id in zip(facts[f"{side}_type"], facts[f"{side}_id"], strict=True)
        ]
    return facts
