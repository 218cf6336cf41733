"""The scarcity finder: who has research credentials *and* delivery experience, with the evidence.

A person qualifies when every criterion asked for is met (docs/scarcity.md has the full rules):

- research: a PhD, a paper, a competition medal or an award on record;
- delivery: led a team of at least `min_team`, shipped a product with a recorded user or revenue
  metric while at its company, or a delivery credential;
- compute (`min_gpus`): commanded at least that many GPUs in a job (a stint's resources text);
- domain: worked at or founded an organisation of the sector, was there when one of its products
  of the sector launched, or is tagged with the sector;
- lineage: was at the organisation (any tie).

The answer is the count and the people ranked by their founder scores
(`pedigree.analytics.scores`), each with the facts and sources that met each criterion.

What a query needs is mostly independent of its parameters: every person's scored facts, score
totals, largest team and sectors — the *talent tables* (`pedigree.analytics.talent`), derived by
every write and read as they are, or computed for an as-of day; so a query is a filter over one
row per person, a semi-join or two, and the evidence of the listed people.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import ibis
import ibis.expr.types as ir
import pandas as pd

from pedigree.analytics import scores
from pedigree.analytics.defaults import DEFAULT_MIN_TEAM
from pedigree.analytics.frames import among, entity_names, records
from pedigree.analytics.scores import with_names

# The talent tables, re-exported for the API (`api.scarcity` reads the stored ones).
from pedigree.analytics.talent import (
    TALENT_TABLES,
    Talent,
    computed_talent,
    exported_talent,
    stored_talent,
)
from pedigree.errors import PedigreeError, option
from pedigree.store.views import Views

__all__ = [
    "TALENT_TABLES",
    "Criteria",
    "Scarcity",
    "Talent",
    "exported_talent",
    "scarcity",
    "stored_talent",
]

REQUIREMENTS = ("research", "delivery")
CRITERIA = ("research", "delivery", "compute", "domain", "lineage")


@dataclass(frozen=True)
class Criteria:
    """What a person must have. `domain` is a taxonomy sector id, `lineage` an organisation id."""

    require: tuple[str, ...] = REQUIREMENTS
    min_team: int = DEFAULT_MIN_TEAM
    min_gpus: float | None = None
    domain: str | None = None
    lineage: str | None = None

    def __post_init__(self):
        unknown = [r for r in self.require if r not in REQUIREMENTS]
        if unknown or not self.require:
            raise PedigreeError(
                f"{option('require')}: unknown requirement "
                f"{', '.join(map(repr, unknown)) or '(none)'}; "
                f"use {', '.join(REQUIREMENTS)} (comma-separated)"
            )
        if self.min_team < 1:
            raise PedigreeError(f"{option('min_team')}: must be at least 1")
        if self.min_gpus is not None and self.min_gpus < 1:
            raise PedigreeError(f"{option('min_gpus')}: must be at least 1")

    def to_json(self) -> dict:
        return {
            "require": list(self.require),
            "min_team": self.min_team,
            "min_gpus": self.min_gpus,
            "domain": self.domain,
            "lineage": self.lineage,
        }


@dataclass
class Scarcity:
    """The answer: `count` people qualify; `people` lists the top ones, ranked, with `research`
    and `delivery` scores and `evidence` (criterion → facts with sources)."""

    criteria: Criteria
    as_of: date | None
    count: int
    people: pd.DataFrame = field(repr=False)
    lineage_name: str | None = None

    def to_json(self) -> dict:
        return {
            "count": self.count,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "criteria": self.criteria.to_json() | {"lineage_name": self.lineage_name},
            "people": [
                {
                    "rank": row["rank"],
                    "id": row["id"],
                    "name": row["name"],
                    "evidence": row["evidence"],
                    "scores": {"research": row["research"], "delivery": row["delivery"]},
                }
                for row in records(self.people)
            ],
        }


PEOPLE_COLUMNS = ["rank", "id", "name", "research", "delivery", "evidence"]


# --- the query ---------------------------------------------------------------------------------


def scarcity(
    views: Views, criteria: Criteria, *, top: int | None = None, talent: Talent | None = None
) -> Scarcity:
    """Everyone who meets `criteria` at the views' as-of day: the count, and the `top` of them
    (all when None) ranked by research + delivery score, then research, then id. `talent` are
    the talent tables to read (`stored_talent`); computed from the views when not given."""
    if talent is None:
        with computed_talent(views) as computed:
            return scarcity(views, criteria, top=top, talent=computed)
    ranked = views.backend.execute(ranking(views, talent, criteria, top))
    count = int(ranked["_count"].iloc[0]) if len(ranked) else 0
    ids = list(ranked.person_id)
    lineage_name = None
    if criteria.lineage:
        lineage_name = entity_names(views, "organizations", [criteria.lineage]).get(
            criteria.lineage, criteria.lineage
        )
    evidence = _evidence(views, talent, criteria, ids, lineage_name) if ids else {}
    names = [n if isinstance(n, str) else i for n, i in zip(ranked.name, ids, strict=True)]
    people = pd.DataFrame(
        {
            "rank": range(1, len(ids) + 1),
            "id": ids,
            "name": names,
            "research": [scores.points(v) for v in ranked.research],
            "delivery": [scores.points(v) for v in ranked.delivery],
            "evidence": [evidence.get(i, {}) for i in ids],
        },
        columns=PEOPLE_COLUMNS,
    )
    return Scarcity(criteria, views.as_of, count, people, lineage_name)


def qualifying(views: Views, talent: Talent, criteria: Criteria) -> ir.Table:
    """The talent `people` rows of everyone meeting every criterion."""
    people = talent.people
    conditions = []
    if "research" in criteria.require:
        conditions.append(people.research_facts > 0)
    if "delivery" in criteria.require:
        conditions.append((people.shipped > 0) | (people.max_team >= criteria.min_team))
    if criteria.min_gpus is not None:
        conditions.append(people.max_gpus >= criteria.min_gpus)
    people = people.filter(*conditions)
    if criteria.domain:
        people = people.filter(people.sectors.contains(criteria.domain))
    if criteria.lineage:
        ties = talent.ties
        at = ties.filter(ties.org_id == criteria.lineage).select(_at="person_id")
        people = people.semi_join(at, people.person_id == at._at)
    return people


def ranking(views: Views, talent: Talent, criteria: Criteria, top: int | None) -> ir.Table:
    """The qualifying people with their names and scores (hundredths), best first, and `_count`
    of them all."""
    people = qualifying(views, talent, criteria)
    ranked = people.select(
        "person_id",
        "name",
        "research",
        "delivery",
        _count=people.person_id.count().over(ibis.window()),
    )
    ranked = ranked.order_by(
        [(ranked.research + ranked.delivery).desc(), ranked.research.desc(), ranked.person_id]
    )
    return ranked if top is None else ranked.limit(top)


def _evidence(
    views: Views, talent: Talent, criteria: Criteria, ids: list[str], lineage_name: str | None
) -> dict[str, dict[str, list[dict]]]:
    """person id → criterion → the facts that met it (with points where they score), for the
    listed people. Their facts are fetched as stored and sorted out here: a few hundred rows."""
    # One simple query per kind of evidence: cheaper to compile and run than their union.
    rows = [
        row | {"criterion": _criterion(row, criteria)}
        for row in views.backend.to_pyarrow(_of(talent.facts, ids)).to_pylist()
    ]
    if criteria.domain:
        domains = _of(talent.domains, ids)
        domains = with_names(views, domains.filter(domains.sector_id == criteria.domain))
        rows += [
            row | {"criterion": "domain", "points": None}
            for row in views.backend.to_pyarrow(domains).to_pylist()
        ]
    if criteria.lineage:
        ties = _of(talent.ties, ids)
        ties = ties.filter(ties.org_id == criteria.lineage)
        rows += [
            row | {"criterion": "lineage", "org": lineage_name}
            for row in views.backend.to_pyarrow(ties).to_pylist()
        ]
    rows.sort(key=_fact_order)
    shown = [c for c in CRITERIA if _shown(criteria, c)]
    found: dict[str, dict[str, list[dict]]] = {}
    placed = set()
    for row in rows:
        if row["criterion"] is None:
            continue
        if row["criterion"] == "domain":
            # One fact per organisation, product or tag: three jobs at one company put a
            # person in its sector once, the earliest job being the evidence.
            what = (
                row["person_id"],
                row["kind"],
                row["product_id"] or row["org_id"],
                row["detail"],
            )
            if what in placed:
                continue
            placed.add(what)
        fact = scores.fact_record(row)
        fact.pop("axis")
        found.setdefault(row["person_id"], {c: [] for c in shown})[row["criterion"]].append(fact)
    return found


def _of(facts: ir.Table, ids: list[str]) -> ir.Table:
    """The facts of the listed people: a short list as literals, which the stored facts' index
    on the person answers directly."""
    if len(ids) <= 500:
        return facts.filter(facts.person_id.isin(ids))
    return among(facts, "person_id", ids)


def _criterion(fact: dict, criteria: Criteria) -> str | None:
    """Which criterion a scored fact meets, if any: every research fact; delivery facts but
    teams smaller than `min_team`; compute commanded, when asked and large enough."""
    value = fact["value"]
    if fact["axis"] == "research":
        return "research"
    if fact["kind"] == "gpus":
        wanted = criteria.min_gpus
        return "compute" if wanted is not None and value >= wanted else None
    return "delivery" if fact["kind"] != "team" or value >= criteria.min_team else None


def _fact_order(fact: dict) -> tuple:
    """Within a criterion: most points first, then the earliest, then by kind and id (unknown
    points and dates last)."""
    points, when = fact.get("points"), fact["date"]
    return (
        points is None,
        -(points or 0),
        when is None,
        when or date.min,
        fact["kind"],
        fact["fact_id"] or "",
    )


def _shown(criteria: Criteria, criterion: str) -> bool:
    """Research and delivery evidence is always shown (the scores rest on it); the others when
    asked for."""
    return {
        "research": True,
        "delivery": True,
        "compute": criteria.min_gpus is not None,
        "domain": criteria.domain is not None,
        "lineage": criteria.lineage is not None,
    }[criterion]
