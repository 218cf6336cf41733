"""Person and organisation profiles: every fact the store holds about one entity, with sources.

Tables show the value picked by the rule in `pedigree.store.views`; `also_reported` lists the
statements that lost to it, so disagreements stay visible.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import ibis.expr.types as ir
import pandas as pd
from ibis.common.exceptions import TableNotFound

from pedigree.analytics import about, compiled
from pedigree.analytics.frames import cited_sources, date_text, entity_names, records
from pedigree.analytics.lineage import Lineage, ancestry, lineage
from pedigree.analytics.roles import tie_role
from pedigree.analytics.spinouts import spinout_ties
from pedigree.analytics.valuations import latest_valuations, valuations_usd
from pedigree.kinds import Kind
from pedigree.store.views import LOST_TABLES, TIE_TABLES, Views

# Which column of each tie table points at the profiled entity.
_PERSON_TIES = {"stints": "person_id", "credentials": "person_id"}
_ORG_TIES = {"stints": "org_id", "rounds": "org_id", "financials": "org_id", "events": "org_id"}


@dataclass
class Profile:
    """A profile: `facts` holds one DataFrame per section; `sources` the sources they cite."""

    entity_type: str
    id: str
    name: str
    attributes: dict
    as_of: date | None
    facts: dict[str, pd.DataFrame] = field(default_factory=dict)
    sources: pd.DataFrame | None = None

    def to_json(self) -> dict:
        return {
            "type": self.entity_type,
            "id": self.id,
            "name": self.name,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            **self.attributes,
            **{section: records(frame) for section, frame in self.facts.items()},
            "sources": records(self.sources) if self.sources is not None else [],
        }


def person_profile(views: Views, person_id: str) -> Profile:
    person = _one(views, "people", person_id)
    stints = _fetch(views, "stints", person_id=person_id)
    stints = _attach_names(views, stints, "org_id", "organizations", "org")
    credentials = _fetch(views, "credentials", person_id=person_id)
    founded = stints[stints.kind == "founder"][["org_id", "org", "title", "start", "source_id"]]
    founded = _attach_valuations(views, founded)
    facts = {
        "names": _name_forms(views, person_id),
        "career": stints[_STINT_COLUMNS],
        "credentials": credentials[["type", "detail", "date", "source_id"]],
        "founded": founded,
        "lineages": _person_lineages(views, person_id),
        "also_reported": _also_reported(
            views, _PERSON_TIES, person_id, {"stints": stints, "credentials": credentials}
        ),
    }
    attributes = {"aliases": _list(person["aliases"]), "domains": _list(person["domains"])}
    return _finish(
        views, Profile("person", person_id, person["name"], attributes, views.as_of, facts)
    )


def org_profile(views: Views, org_id: str, tree: Lineage | None = None) -> Profile:
    """The organisation's profile. `tree`: its lineage tree at these views (`lineage`, any
    depth, the default founders rule, no sector filter), whose first generation are its
    spin-outs, when the caller has it (the web page shows both): they are not walked again."""
    org = _one(views, "organizations", org_id)
    stints = _fetch(views, "stints", org_id=org_id)
    stints = _attach_names(views, stints, "person_id", "people", "person")
    founders = stints[stints.kind == "founder"][
        ["person_id", "person", "title", "start", "source_id"]
    ]
    people = stints[stints.kind != "founder"][
        ["person_id", "person", "kind", "role", "title", "team_size", "start", "end", "source_id"]
    ]
    rounds = _fetch(views, "rounds", org_id=org_id)
    rounds["investors"] = rounds["investors"].map(_list)
    financials = _fetch(views, "financials", org_id=org_id)
    financials["months"] = [
        _months(start, end)
        for start, end in zip(financials.period_start, financials.period_end, strict=True)
    ]
    events = _fetch(views, "events", org_id=org_id)
    if tree is None or tree.root_id != org_id or tree.as_of != views.as_of:
        tree = lineage(views, org_id, depth=1)
    spinouts = tree.edges[tree.edges.generation == 1].reset_index(drop=True)
    facts = {
        "names": _name_forms(views, org_id),
        "founders": founders,
        "people": people,
        "rounds": rounds[
            [
                "date",
                "round",
                "amount",
                "currency",
                "post_money_valuation",
                "investors",
                "source_id",
            ]
        ],
        "valuations": _valuation_history(views, org_id),
        "financials": financials[
            ["metric", "period_start", "period_end", "months", "value", "unit", "source_id"]
        ],
        "products": _products(views, org_id),
        "events": events[["type", "date", "detail", "source_id"]],
        "lineages": ancestry(views, org_id),
        "spinouts": spinouts[["child_id", "child", "via", "founded", "sector", "valuation_usd"]],
        "also_reported": _also_reported(
            views,
            _ORG_TIES,
            org_id,
            {
                "stints": stints,
                "rounds": rounds,
                "financials": financials,
                "events": events,
            },
        ),
    }
    attributes = {
        "aliases": _list(org["aliases"]),
        "kind": org["kind"],
        "sector": org["sector"],
        "country": org["country"],
        "founded": date_text(org["founded"], org["founded_precision"]),
    }
    return _finish(
        views, Profile("organization", org_id, org["name"], attributes, views.as_of, facts)
    )


_STINT_COLUMNS = [
    "org_id",
    "org",
    "kind",
    "role",
    "title",
    "field",
    "team_size",
    "start",
    "end",
    "source_id",
    "reports",
]


# The stint columns the profiles show or use (`_also_reported` reads id and reports).
_STINTS_READ = [
    "id",
    "person_id",
    "org_id",
    "kind",
    "role",
    "title",
    "field",
    "team_size",
    "start_date",
    "start_precision",
    "end_date",
    "end_precision",
    "source_id",
    "reports",
]

# Every query reads the entity's rows first, as SQL compiled once per shape (`about.run`).


def _one(views: Views, table: str, entity_id: str) -> dict:
    t = views.table(table)
    rows = about.run(views, ("one", table), entity_id, lambda entity: t.filter(t.id == entity))
    if rows.empty:  # known only after the as-of day
        return {column: None for column in t.columns} | {"id": entity_id, "name": entity_id}
    return rows.iloc[0].to_dict()


def _fetch(views: Views, table: str, **equal) -> pd.DataFrame:
    """Rows of a derived table whose column (one, in `equal`) is the entity's id, with partial
    dates written as text."""
    ((column, entity_id),) = equal.items()

    def build(entity: str) -> ir.Table:
        t = views.table(table)
        t = t.filter(t[column] == entity)
        if table == "stints":
            # What the tie was (`pedigree.analytics.roles`): an internship stored as employment,
            # a visiting post stored as study, show as what they were. Only the columns a
            # profile shows: the rows of a large employer lie apart in the table (it is kept in
            # person order), and each column read costs a fetch per row.
            t = t.mutate(role=tie_role(t.kind, t.title, t.quote)).select(*_STINTS_READ)
        return t

    frame = about.run(views, ("fetch", table, column), entity_id, build)
    for column, precision in (
        ("start_date", "start_precision"),
        ("end_date", "end_precision"),
        ("date", "date_precision"),
    ):
        if column in frame:
            target = column.removesuffix("_date")
            frame[target] = [
                date_text(v, p) for v, p in zip(frame[column], frame[precision], strict=True)
            ]
    for column in ("period_start", "period_end"):
        if column in frame:
            frame[column] = [date_text(v, "day") for v in frame[column]]
    if "team_size" in frame:
        frame["team_size"] = frame["team_size"].astype("Int64")
    # Dates first; the statement id breaks ties, so equal dates keep one order every time.
    sort = [c for c in ("start", "date", "period_start", "id") if c in frame]
    return frame.sort_values(sort, na_position="first", ignore_index=True) if sort else frame


def _attach_names(views, frame: pd.DataFrame, id_column: str, table: str, name_column: str):
    names = entity_names(views, table, sorted(set(frame[id_column])))
    return frame.assign(**{name_column: [names.get(i, i) for i in frame[id_column]]})


def _attach_valuations(views: Views, founded: pd.DataFrame) -> pd.DataFrame:
    values = compiled.execute(
        views,
        ("profile valuations",),
        lambda wanted: latest_valuations(views, wanted("ids")),
        {"ids": founded.org_id},
    )
    values = values.set_index("org_id")["valuation_usd"].to_dict()
    return founded.assign(valuation_usd=[values.get(o) for o in founded.org_id])


def _valuation_history(views: Views, org_id: str) -> pd.DataFrame:
    frame = compiled.execute(
        views,
        ("valuation history",),
        lambda wanted: valuations_usd(views, wanted("ids")).order_by("date"),
        {"ids": [org_id]},
    )
    frame["date"] = [date_text(v, p) for v, p in zip(frame.date, frame.date_precision, strict=True)]
    return frame[["date", "round", "valuation", "currency", "valuation_usd", "source_id"]]


def _products(views: Views, org_id: str) -> pd.DataFrame:
    products = _fetch(views, "products", org_id=org_id)
    products["launched"] = [
        date_text(v, p) for v, p in zip(products.launched, products.launched_precision, strict=True)
    ]
    metrics = compiled.execute(
        views,
        ("product metrics",),
        lambda wanted: compiled.among(wanted("ids"), views.product_metrics, "product_id"),
        {"ids": products.id},
    )
    # Each product's metrics as data; `pedigree.report.fact_lines` writes them as one line.
    listed = {
        product_id: [
            {
                "metric": row.metric,
                "value": row.value,
                "date": date_text(row.date, row.date_precision) if pd.notna(row.date) else None,
                "source_id": row.source_id,
            }
            for row in group.itertuples()
        ]
        for product_id, group in metrics.groupby("product_id")
    }
    products["metrics"] = [listed.get(p, []) for p in products.id]
    return products[["id", "name", "launched", "sector", "metrics"]]


def _name_forms(views: Views, entity_id: str) -> pd.DataFrame:
    """Every name and alias of the entity, with the source that used it."""

    def build(entity: str) -> ir.Table:
        statements = about.statements_about(views, "entity_statements", "entity_id", entity)
        statements = statements.filter(statements.prop.isin(["name", "alias"]))
        return statements.select("value", "prop", "source_id")

    frame = about.run(views, ("names",), entity_id, build)
    return frame.rename(columns={"value": "name"}).sort_values(["prop", "name"], ignore_index=True)


def _person_lineages(views: Views, person_id: str) -> pd.DataFrame:
    """The organisations a person was at before founding something: the lineages they carry."""
    rows = about.run(
        views,
        ("lineages",),
        person_id,
        lambda entity: spinout_ties(views).filter(lambda t: t.person_id == entity),
    )
    rows = _attach_names(views, rows, "parent_id", "organizations", "lineage")
    rows = _attach_names(views, rows, "child_id", "organizations", "founded_org")
    return (
        rows[["lineage", "parent_title", "founded_org", "parent_source"]]
        .drop_duplicates()
        .sort_values(["lineage", "founded_org"], ignore_index=True)
    )


def _also_reported(
    views: Views, ties: dict[str, str], entity_id: str, shown: dict[str, pd.DataFrame]
) -> pd.DataFrame:
    """Statements about the entity that the rule did not pick (other sources' values): those
    not among the `shown` rows of each table (the profile has read them already). A shown row's
    `reports` counts the statements of its key, so when every one is 1 none lost: no query."""
    frames = []
    for spec in TIE_TABLES:
        if spec.name not in ties:
            continue
        column = ties[spec.name]
        rows = shown[spec.name]
        if rows.empty or (rows.reports == 1).all():
            continue
        frame = _lost(views, spec, column, entity_id, rows.id)
        if frame.empty:
            continue
        values = [c for c in frame.columns if c not in _PROVENANCE_COLUMNS]
        frames.append(
            pd.DataFrame(
                {
                    "table": spec.name,
                    "statement": [
                        _describe(row, values) for row in frame.to_dict(orient="records")
                    ],
                    "source_id": frame.source_id,
                    "published": [date_text(v, "day") for v in frame.published],
                }
            )
        )
    if not frames:
        return pd.DataFrame(columns=["table", "statement", "source_id", "published"])
    return pd.concat(frames, ignore_index=True)


def _lost(views: Views, spec: Kind, column: str, entity_id: str, shown: pd.Series) -> pd.DataFrame:
    """The entity's statements of a tie kind that lost to the `shown` ones, in id order: read
    from the store's table of lost statements where it keeps one (DuckDB, everything known),
    else the entity's statements less the shown."""
    stored = _stored_lost(views, spec)
    if stored is not None:
        return about.run(
            views,
            ("lost", spec.name, column),
            entity_id,
            lambda entity: stored.filter(stored[column] == entity).order_by("id"),
        )

    def build(wanted, param) -> ir.Table:
        statements = about.statements_about(views, spec.statements, column, param("entity"))
        ids = wanted("shown")
        lost = statements.anti_join(ids, statements.id == ids._wanted)
        return lost.order_by("id")  # the same order on every engine

    return compiled.execute(
        views,
        ("also reported", spec.name, column),
        build,
        values={"shown": shown},
        params={"entity": entity_id},
    )


def _stored_lost(views: Views, spec: Kind) -> ir.Table | None:
    name = LOST_TABLES.get(spec.name)
    if name is None or views.as_of is not None or views.backend.name != "duckdb":
        return None
    try:
        return views.backend.table(name)
    except TableNotFound:  # a store derived before the table was kept
        return None


_PROVENANCE_COLUMNS = {
    "id",
    "source_id",
    "quote",
    "span_start",
    "span_end",
    "confidence",
    "recorded_at",
    "published",
    "known_from",
}


def _describe(row: dict, columns: list[str]) -> str:
    return ", ".join(
        f"{c}={row[c]}"
        for c in columns
        if row[c] is not None
        and not (isinstance(row[c], float) and pd.isna(row[c]))
        and not c.endswith("_precision")
    )


def _finish(views: Views, profile: Profile) -> Profile:
    cited = set()
    for frame in profile.facts.values():
        for column in ("source_id", "parent_source", "valuation_source"):
            if column in frame:
                cited |= {s for s in frame[column] if isinstance(s, str)}
        if "sources" in frame:
            cited |= {s for sources in frame["sources"] for s in sources}
    profile.sources = cited_sources(views, cited)
    return profile


def _list(value) -> list:
    if value is None or (not hasattr(value, "__len__") and pd.isna(value)):
        return []
    return sorted(str(v) for v in value)


def _months(start, end) -> float | None:
    if not start or not end:
        return None
    days = (date.fromisoformat(end) - date.fromisoformat(start)).days + 1
    return round(days / (365.25 / 12), 1)
