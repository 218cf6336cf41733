"""The landscape: per sector, its leading companies by latest valuation and the lineage of each.

The rules (docs/landscape.md says them for readers):

- *Companies* are organisations of kind `company` or of no stated kind, whose stored sector maps
  to the taxonomy (`pedigree.analytics.sectors`). Each sector shows its top K by latest valuation
  in US dollars (`latest_valuations`; ties by name, then id). Companies without a valuation (or
  in a currency without a rate) come after the valued ones, by name, filling the remaining places.
- *Panels*: the sectors asked for, in that order; otherwise every taxonomy sector with at least
  one valued company, in the taxonomy's order (so maps of different dates line up).
- *Lineages*: a company belongs to the lineage of every organisation its founders came from
  (`company_lineages`). Coloured lineages are those asked for, in that order; otherwise up to
  `colours` lineages chosen greedily: the one with the most companies shown, then each time the
  one with the most companies not yet coloured (ties: the lineage's spin-outs in the whole
  store, the total valuation of those companies, the label). A company in several coloured
  lineages takes the colour of the highest-ranked one (the one asked for first, else the
  largest); one in none of them is "other". Every lineage of a company stays in `lineage_ids`.
- *Data date*: the as-of day when given, else the latest publication date among the sources of
  the valuations and lineage evidence shown.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import ibis
import ibis.expr.types as ir
import pandas as pd

from pedigree.analytics.frames import among, date_text, records
from pedigree.analytics.membership import lineage_label, lineage_labels
from pedigree.analytics.sectors import with_sector_ids
from pedigree.analytics.spinouts import spinout_ties
from pedigree.analytics.valuations import latest_valuations
from pedigree.model import LINEAGE_TIE_KINDS
from pedigree.reference import sectors as taxonomy
from pedigree.store.views import Views

OTHER = {"zh": "其他", "en": "other"}
COMPANY_KINDS = ("company",)

COMPANY_COLUMNS = [
    "sector_id",
    "sector",
    "rank",
    "org_id",
    "name",
    "valuation_usd",
    "valuation",
    "currency",
    "valuation_date",
    "round",
    "valuation_source",
    "lineage_id",
    "lineage",
    "lineage_ids",
    "lineages",
]


@dataclass
class Landscape:
    """The map's data. `companies` has one row per company shown, panel by panel in rank order;
    `lineages` is the colour key (coloured lineages in rank order, with their company counts)."""

    companies: pd.DataFrame = field(repr=False)
    lineages: pd.DataFrame = field(repr=False)
    sources: pd.DataFrame = field(repr=False)
    sectors: list[str]
    empty_sectors: list[str]
    top: int
    lang: str
    as_of: date | None
    data_date: str | None

    @property
    def empty(self) -> bool:
        return self.companies.empty

    def sector_label(self, sector_id: str) -> str:
        return taxonomy.label(sector_id, self.lang)

    @property
    def other_label(self) -> str:
        return OTHER[self.lang]

    def to_json(self) -> dict:
        panels = []
        for sector_id in self.sectors:
            rows = self.companies[self.companies.sector_id == sector_id]
            companies = [
                {
                    key: row[key]
                    for key in COMPANY_COLUMNS
                    if key not in ("sector_id", "sector", "lineage_ids", "lineages")
                }
                | {
                    "lineages": [
                        {"id": i, "label": label}
                        for i, label in zip(row["lineage_ids"], row["lineages"], strict=True)
                    ]
                }
                for row in records(rows)
            ]
            panels.append(
                {"id": sector_id, "label": self.sector_label(sector_id), "companies": companies}
            )
        return {
            "top": self.top,
            "lang": self.lang,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "data_date": self.data_date,
            "sectors": panels,
            "empty_sectors": [{"id": s, "label": self.sector_label(s)} for s in self.empty_sectors],
            "lineages": records(self.lineages),
            "sources": records(self.sources),
        }


def ranked_companies(views: Views, sector_ids: list[str] | None, top: int) -> ir.Table:
    """The top `top` companies of each sector (all listed sectors when `sector_ids` is None),
    with their latest valuation; `rank` counts from 1 and `valued` is the sector's count of
    valued companies."""
    orgs = views.organizations
    orgs = orgs.filter(orgs.kind.isnull() | orgs.kind.isin(COMPANY_KINDS))
    orgs = with_sector_ids(views.backend, orgs.select("id", "name", "sector"))
    orgs = orgs.filter(orgs.sector_id.notnull())
    if sector_ids is not None:
        orgs = among(orgs, "sector_id", sector_ids)
    latest = latest_valuations(views).select(
        org_ref="org_id",
        valuation_usd="valuation_usd",
        valuation="valuation",
        currency="currency",
        valuation_day="date",
        valuation_precision="date_precision",
        round="round",
        valuation_source="source_id",
    )
    joined = orgs.left_join(latest, orgs.id == latest.org_ref).drop("org_ref")
    # Valuations are positive, so -1 puts the unvalued last on every backend's null ordering.
    order = [joined.valuation_usd.fill_null(-1.0).desc(), joined["name"], joined.id]
    ranked = joined.mutate(
        rank=ibis.row_number().over(group_by="sector_id", order_by=order) + 1,
        valued=joined.valuation_usd.count().over(group_by="sector_id"),
    )
    return ranked.filter(ranked["rank"] <= top)


def landscape(
    views: Views,
    *,
    sector_ids: list[str] | None = None,
    lineage_ids: list[str] | None = None,
    top: int = 8,
    colours: int = 6,
    lang: str = "zh",
    tie_kinds: tuple[str, ...] = LINEAGE_TIE_KINDS,
) -> Landscape:
    """Each sector's top `top` companies by latest valuation, coloured by founder lineage
    (the rules are in the module docstring)."""
    shown = views.backend.execute(ranked_companies(views, sector_ids, top))
    if sector_ids is None:
        with_value = set(shown.sector_id[shown.valued > 0])
        panels = [s for s in taxonomy.sectors() if s in with_value]
        empty: list[str] = []
    else:
        present = set(shown.sector_id)
        panels = [s for s in sector_ids if s in present]
        empty = [s for s in sector_ids if s not in present]
    shown = shown[shown.sector_id.isin(panels)]
    order = {sector_id: i for i, sector_id in enumerate(panels)}
    shown = shown.assign(_panel=shown.sector_id.map(order)).sort_values(["_panel", "rank"])
    shown = shown.drop(columns=["_panel", "valued"]).reset_index(drop=True)

    evidence = _evidence(views, list(shown.id), tie_kinds)
    memberships = evidence.groupby("org_id").lineage_id.agg(lambda ids: sorted(set(ids)))
    labels, sizes = _lineage_facts(evidence)
    asked = [i for i in lineage_ids or [] if i not in labels]
    labels |= lineage_labels(views, asked)  # asked-for lineages with no company shown
    key = _colour_key(shown, memberships, labels, sizes, lineage_ids, colours)
    companies = _companies(shown, memberships, labels, key, lang)
    sources = _sources(views, set(shown.valuation_source.dropna()) | set(evidence.source_id))
    data_date = views.as_of.isoformat() if views.as_of else _latest_published(sources)
    return Landscape(
        companies=companies,
        lineages=key,
        sources=sources,
        sectors=panels,
        empty_sectors=empty,
        top=top,
        lang=lang,
        as_of=views.as_of,
        data_date=data_date,
    )


def _evidence(views: Views, org_ids: list[str], tie_kinds: tuple[str, ...]) -> pd.DataFrame:
    """The spin-out evidence that puts each shown company in each lineage — the pairs of
    `company_lineages` — with the sources of both ties (for the data date and the notes), and
    for each lineage its name and aliases (for its label) and its spin-outs in the whole store
    (`size`, for ranking). One query: each round trip costs more than the rows."""
    columns = ["org_id", "lineage_id", "source_id", "name", "aliases", "size"]
    if not org_ids:
        return pd.DataFrame(columns=columns)
    ties = spinout_ties(views, tie_kinds)
    shown = among(ties, "child_id", org_ids)
    pairs = shown.select(org_id="child_id", lineage_id="parent_id", source_id="parent_source")
    pairs = pairs.union(
        shown.select(org_id="child_id", lineage_id="parent_id", source_id="founder_source")
    ).distinct()
    lineages = shown.select(_lineage="parent_id").distinct()
    members = ties.semi_join(lineages, ties.parent_id == lineages._lineage)
    sizes = members.group_by(_sized="parent_id").aggregate(size=members.child_id.nunique())
    orgs = views.organizations.select(_org="id", name="name", aliases="aliases")
    rows = pairs.left_join(sizes, pairs.lineage_id == sizes._sized)
    rows = rows.left_join(orgs, rows.lineage_id == orgs._org)
    return views.backend.execute(rows.select(*columns))


def _lineage_facts(evidence: pd.DataFrame) -> tuple[dict[str, str], dict[str, int]]:
    """lineage id → label (the rule of `lineage_labels`) and → spin-outs in the store."""
    firsts = evidence.drop_duplicates("lineage_id")
    labels, sizes = {}, {}
    for row in records(firsts):
        aliases = [a for a in (row["aliases"] if row["aliases"] is not None else []) if a]
        labels[row["lineage_id"]] = lineage_label(row["name"] or row["lineage_id"], list(aliases))
        sizes[row["lineage_id"]] = int(row["size"] or 0)
    return labels, sizes


def _colour_key(
    shown: pd.DataFrame,
    memberships: pd.Series,
    labels: dict[str, str],
    sizes: dict[str, int],
    wanted: list[str] | None,
    colours: int,
) -> pd.DataFrame:
    """The coloured lineages in rank order: `wanted` as given, else chosen greedily — the
    lineage with the most companies shown first, then each time the one with the most companies
    not coloured yet (ties: size in the store, total valuation of those companies, label), so
    every colour in the key marks at least one company."""
    values = dict(zip(shown.id, shown.valuation_usd.fillna(0.0), strict=True))
    members = {org_id: set(lineages) for org_id, lineages in memberships.items()}
    if wanted:
        chosen = list(dict.fromkeys(wanted))
    else:
        chosen = []
        uncoloured = set(members)
        while len(chosen) < colours:
            counts: Counter[str] = Counter()
            totals: Counter[str] = Counter()
            for org_id in uncoloured:
                for lineage_id in members[org_id]:
                    counts[lineage_id] += 1
                    totals[lineage_id] += values.get(org_id, 0.0)
            if not counts:
                break
            best = min(
                counts,
                key=lambda i: (-counts[i], -sizes.get(i, 0), -totals[i], labels.get(i, i), i),
            )
            chosen.append(best)
            uncoloured = {org_id for org_id in uncoloured if best not in members[org_id]}
    coloured: Counter[str] = Counter()
    for lineages in members.values():
        first = next((i for i in chosen if i in lineages), None)
        if first is not None:
            coloured[first] += 1
    return pd.DataFrame(
        {
            "lineage_id": chosen,
            "lineage": [labels.get(i, i) for i in chosen],
            "companies": [coloured.get(i, 0) for i in chosen],
            "members": [sum(i in lineages for lineages in members.values()) for i in chosen],
        },
        columns=["lineage_id", "lineage", "companies", "members"],
    )


def _companies(
    shown: pd.DataFrame,
    memberships: pd.Series,
    labels: dict[str, str],
    key: pd.DataFrame,
    lang: str,
) -> pd.DataFrame:
    rank_of = {lineage_id: i for i, lineage_id in enumerate(key.lineage_id)}
    rows = []
    for row in records(shown):
        lineages = memberships.get(row["id"], [])
        # Coloured lineages first, in colour-key order; then the others by label.
        lineages = sorted(
            lineages,
            key=lambda i: (rank_of.get(i, len(rank_of)), labels.get(i, i), i),
        )
        colour = lineages[0] if lineages and lineages[0] in rank_of else None
        rows.append(
            {
                "sector_id": row["sector_id"],
                "sector": taxonomy.label(row["sector_id"], lang),
                "rank": int(row["rank"]),
                "org_id": row["id"],
                "name": row["name"] or row["id"],
                "valuation_usd": row["valuation_usd"],
                "valuation": row["valuation"],
                "currency": row["currency"],
                "valuation_date": date_text(row["valuation_day"], row["valuation_precision"]),
                "round": row["round"],
                "valuation_source": row["valuation_source"],
                "lineage_id": colour,
                "lineage": labels.get(colour, colour) if colour else OTHER[lang],
                "lineage_ids": lineages,
                "lineages": [labels.get(i, i) for i in lineages],
            }
        )
    return pd.DataFrame(rows, columns=COMPANY_COLUMNS)


def _sources(views: Views, source_ids: set) -> pd.DataFrame:
    """The sources behind what is shown, newest first."""
    columns = ["id", "title", "publisher", "published", "published_precision"]
    ids = sorted(s for s in source_ids if isinstance(s, str))
    if not ids:
        return pd.DataFrame(columns=[*columns[:3], "published"])
    table = among(views.backend.table("sources"), "id", ids).select(*columns)
    frame = views.backend.execute(table)
    frame = frame.sort_values(["published", "id"], ascending=[False, True], na_position="last")
    frame["published"] = [
        date_text(day, precision)
        for day, precision in zip(frame.published, frame.published_precision, strict=True)
    ]
    return frame.drop(columns="published_precision").reset_index(drop=True)


def _latest_published(sources: pd.DataFrame) -> str | None:
    """The first (newest) dated source's publication date, as text with its precision."""
    dated = sources.published.dropna()
    return dated.iloc[0] if len(dated) else None
