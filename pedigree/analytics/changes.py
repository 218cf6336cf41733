"""What is new in a lineage since a day: what an analyst following 商汤系 wants to hear first.

Knowledge time decides: an entry is new when its source was published after `since` (and by
`as_of`, when given). The kinds:

- spinout: a company in the lineage tree now that was not in it as known at `since`;
- round: a funding round of a lineage company (the root or one of its spin-outs);
- figure: a financial figure of a lineage company;
- departure: a person's job at a lineage company reported as ended.

Sources without a publication date are background knowledge and never count as new.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from pedigree.analytics.frames import among, date_text, entity_names, records
from pedigree.analytics.lineage import lineage
from pedigree.store import Store

COLUMNS = [
    "published",
    "kind",
    "org_id",
    "org",
    "person_id",
    "person",
    "parent_id",
    "parent",
    "date",
    "label",
    "value",
    "unit",
    "source_id",
    "quote",
]


@dataclass
class Changes:
    """`entries`: one row per new fact (COLUMNS), newest publication first."""

    root_id: str
    root_name: str
    since: date
    as_of: date | None
    entries: pd.DataFrame

    def to_json(self) -> dict:
        return {
            "root": {"id": self.root_id, "name": self.root_name},
            "since": self.since.isoformat(),
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "entries": records(self.entries),
        }


def changes(
    store: Store, root_id: str, since: date, *, as_of: date | None = None, depth: int = 3
) -> Changes:
    views = store.views(as_of)
    now = lineage(views, root_id, depth=depth)
    before = lineage(store.views(since), root_id, depth=depth)
    orgs = sorted({root_id} | set(now.edges.child_id))
    parts = [
        _spinouts(views, now.edges, set(before.edges.child_id), since),
        _rounds(views, orgs, since),
        _figures(views, orgs, since),
        _departures(views, orgs, since),
    ]
    entries = pd.concat([p for p in parts if not p.empty] or [pd.DataFrame(columns=COLUMNS)])
    entries = _named(views, entries.reindex(columns=COLUMNS))
    entries = entries.sort_values(
        ["published", "kind", "org_id"], ascending=[False, True, True], ignore_index=True
    )
    return Changes(root_id, now.root_name, since, as_of, entries[COLUMNS])


def _after(table, since: date):
    return table.filter(table.published.notnull() & (table.published > since))


def _spinouts(views, edges: pd.DataFrame, before: set[str], since: date) -> pd.DataFrame:
    new = edges[~edges.child_id.isin(before)].drop_duplicates("child_id")
    if new.empty:
        return pd.DataFrame(columns=COLUMNS)
    first = {sources[0] if sources else None for sources in new.sources}
    published = _published(views, {s for s in first if s})
    return pd.DataFrame(
        {
            "published": [published.get(s[0]) if s else None for s in new.sources],
            "kind": "spinout",
            "org_id": new.child_id,
            "parent_id": new.parent_id,
            "date": new.founded,
            "label": [", ".join(v) for v in new.via],
            "source_id": [s[0] if s else None for s in new.sources],
        }
    )


def _published(views, source_ids: set[str]) -> dict[str, str | None]:
    sources = views.backend.table("sources")
    rows = views.backend.execute(among(sources, "id", source_ids).select("id", "published"))
    return dict(zip(rows["id"], _dates(rows["published"]), strict=True))


def _rounds(views, orgs: list[str], since: date) -> pd.DataFrame:
    t = _after(among(views.rounds, "org_id", orgs), since)
    rows = views.backend.execute(
        t.select(
            "org_id",
            "date",
            "date_precision",
            "round",
            "amount",
            "currency",
            "published",
            "source_id",
            "quote",
        )
    )
    return pd.DataFrame(
        {
            "published": _dates(rows.published),
            "kind": "round",
            "org_id": rows.org_id,
            "date": [date_text(d, p) for d, p in zip(rows.date, rows.date_precision, strict=True)],
            "label": rows["round"],
            "value": rows.amount,
            "unit": rows.currency,
            "source_id": rows.source_id,
            "quote": rows.quote,
        }
    )


def _figures(views, orgs: list[str], since: date) -> pd.DataFrame:
    t = _after(among(views.financials, "org_id", orgs), since)
    rows = views.backend.execute(
        t.select(
            "org_id", "metric", "period_end", "value", "unit", "published", "source_id", "quote"
        )
    )
    return pd.DataFrame(
        {
            "published": _dates(rows.published),
            "kind": "figure",
            "org_id": rows.org_id,
            "date": _dates(rows.period_end),
            "label": rows.metric,
            "value": rows.value,
            "unit": rows.unit,
            "source_id": rows.source_id,
            "quote": rows.quote,
        }
    )


def _departures(views, orgs: list[str], since: date) -> pd.DataFrame:
    t = _after(among(views.stints, "org_id", orgs), since)
    t = t.filter(t.end_date.notnull() & (t.kind != "education"))
    rows = views.backend.execute(
        t.select(
            "org_id",
            "person_id",
            "title",
            "end_date",
            "end_precision",
            "published",
            "source_id",
            "quote",
        )
    )
    return pd.DataFrame(
        {
            "published": _dates(rows.published),
            "kind": "departure",
            "org_id": rows.org_id,
            "person_id": rows.person_id,
            "date": [
                date_text(d, p) for d, p in zip(rows.end_date, rows.end_precision, strict=True)
            ],
            "label": rows.title,
            "source_id": rows.source_id,
            "quote": rows.quote,
        }
    )


def _dates(values) -> list[str | None]:
    return [date_text(v, "day") for v in values]


def _named(views, entries: pd.DataFrame) -> pd.DataFrame:
    entries = entries.reset_index(drop=True)
    org_ids = set(entries.org_id.dropna()) | set(entries.parent_id.dropna())
    orgs = entity_names(views, "organizations", sorted(org_ids))
    people = entity_names(views, "people", sorted(set(entries.person_id.dropna())))
    entries["org"] = [orgs.get(i) if isinstance(i, str) else None for i in entries.org_id]
    entries["parent"] = [orgs.get(i) if isinstance(i, str) else None for i in entries.parent_id]
    entries["person"] = [people.get(i) if isinstance(i, str) else None for i in entries.person_id]
    return entries
