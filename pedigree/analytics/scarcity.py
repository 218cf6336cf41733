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
totals, largest team and sectors. Those are the *talent tables* (`Talent`): computed on the fly
for an as-of day, and otherwise derived by every write (`derive_talent`, registered with the
store's derived tables by `pedigree.analytics.derived_tables`) and read as they are
(`stored_talent`), so a query is a filter over one row per person, a semi-join or two, and the
evidence of the listed people.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from weakref import WeakKeyDictionary

import ibis
import ibis.expr.types as ir
import pandas as pd

from pedigree.analytics import scores
from pedigree.analytics.defaults import DEFAULT_MIN_TEAM
from pedigree.analytics.frames import among, records
from pedigree.analytics.scores import (
    fact_rows,
    person_scores,
    talent_facts,
    with_names,
)
from pedigree.analytics.sectors import sector_id
from pedigree.analytics.valuations import happened_by
from pedigree.errors import PedigreeError
from pedigree.store import derived, incremental
from pedigree.store.views import Views, known_statements

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
                f"--require: unknown requirement {', '.join(map(repr, unknown)) or '(none)'}; "
                f"use {', '.join(REQUIREMENTS)} (comma-separated)"
            )
        if self.min_team < 1:
            raise PedigreeError("--min-team must be at least 1")
        if self.min_gpus is not None and self.min_gpus < 1:
            raise PedigreeError("--min-gpus must be at least 1")

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


# --- the talent tables -------------------------------------------------------------------------


@dataclass(frozen=True)
class Talent:
    """What every query reads. `facts`: everyone's scored facts (with `points`, organisation and
    product names); `domains`: the facts placing people in sectors (with `sector_id`); both one
    row per fact. `people`: `scores.person_scores` of the facts, each person's name and
    `sectors` (the sector ids of their domain facts). `ties`: every tie of a person at an
    organisation (`lineage_ties`), for `--lineage`."""

    facts: ir.Table
    domains: ir.Table
    people: ir.Table
    ties: ir.Table

    @classmethod
    def of(cls, views: Views, facts: ir.Table, domains: ir.Table) -> Talent:
        """The talent tables of the given facts and domain facts (expressions or tables)."""
        return cls(facts, domains, people_of(views, facts, domains), lineage_ties(views))


def people_of(views: Views, facts: ir.Table, domains: ir.Table) -> ir.Table:
    """One row per person with a scored fact: `scores.person_scores`, name and sectors."""
    people = person_scores(facts)
    names = views.people.select(_named="id", name="name")
    people = people.left_join(names, people.person_id == names._named).drop("_named")
    sectors = domains.group_by(_placed="person_id").aggregate(
        sectors=domains.sector_id.collect(distinct=True)
    )
    people = people.left_join(sectors, people.person_id == sectors._placed)
    return people.drop("_placed")


def named_facts(views: Views) -> tuple[ir.Table, ir.Table]:
    """Everyone's scored facts (with names) and domain facts at the views' as-of day. Domain
    facts are many and few are ever shown: their names are looked up when they are."""
    return with_names(views, talent_facts(views)), domain_facts(views)


TALENT_TABLES = {
    "facts": "talent_facts",
    "domains": "talent_domains",
    "people": "talent_people",
    "ties": "talent_ties",
}
# Bump when the rules, the weights or the tables' layout change: a refresh derives the stored
# talent tables again whole (pedigree.store.derived).
RULES_VERSION = 3


def stored_talent(store) -> Talent:
    """The talent tables of everything known, as the store's refresh derived them.

    Every write ends with a refresh, so they are current unless the store was written by another
    version or outside a refresh: then a store open for writing derives them again, and one
    open read-only (which never writes) is refused."""
    from pedigree.analytics import derived_tables  # noqa: F401 (registers the talent tables)

    stamp = incremental.stamp(store.con)
    known = _KNOWN.get(store)
    if known and known[0] == stamp:
        return known[1]  # looking the tables up again would cost a schema query each
    if derived.stale(store, TALENT_TABLES.values()):
        if store.read_only:
            raise PedigreeError(
                f"the talent tables of {store.path} are out of date (written by another "
                "version of pedigree): run `pedigree migrate` once to derive them again"
            )
        with store.transaction():
            derived.refresh(store)
        stamp = incremental.stamp(store.con)
    talent = Talent(*(store.backend.table(name) for name in TALENT_TABLES.values()))
    _KNOWN[store] = (stamp, talent)
    return talent


def exported_talent(store) -> Talent | None:
    """The talent tables a Parquet export of the store holds (`pedigree.store.spark`), read as
    they are; None when the export has none (then they are computed from the views)."""
    if not all(store.has(name) for name in TALENT_TABLES.values()):
        return None
    return Talent(*(store.backend.table(name) for name in TALENT_TABLES.values()))


def derive_sectors(store) -> None:
    """`talent_sectors`: the taxonomy id of every stored sector text. Mapped in Python;
    stored, it leaves the talent expressions independent of the data, so their SQL is compiled
    once per process."""
    con = store.con
    con.register("_talent_sectors", store.backend.execute(sector_ids(store.views())))
    con.execute("CREATE OR REPLACE TABLE talent_sectors (_text VARCHAR, _sector_id VARCHAR)")
    con.execute("INSERT INTO talent_sectors SELECT _text, _sector_id FROM _talent_sectors")
    con.unregister("_talent_sectors")


def derive_talent(name: str, store) -> None:
    """Derive the talent table `name` of everything known into the store (inside the refresh's
    transaction). The facts are stored in person order with an index on the person, so the
    evidence of a few people is a lookup; domain facts in (sector, person) order and ties in
    (organisation, person) order, so a sector's evidence or a lineage reads only its part."""
    if name not in _TALENT_SQL:
        _TALENT_SQL[name] = ibis.to_sql(_TALENT_BUILDS[name](store.views()), dialect="duckdb")
    store.con.execute(f"CREATE OR REPLACE TABLE {name} AS {_TALENT_SQL[name]}")
    if name == "talent_facts":
        store.con.execute("CREATE INDEX talent_facts_person ON talent_facts (person_id)")


def update_talent(name: str, store, changes) -> None:
    """The rows of talent table `name` of the people a write touched (`changes.people()`,
    pedigree.store.incremental), deleted and derived again; rows appended after the others
    leave the stored order approximate."""
    people = changes.people()
    key = f"{name}:{people}"
    if key not in _TALENT_SQL:
        views = store.views()
        touched = views.backend.table(people)
        rows = _TALENT_BUILDS[name](views, touched)
        rows = rows.filter(rows.person_id.isin(touched.person_id))
        _TALENT_SQL[key] = ibis.to_sql(rows, dialect="duckdb")
    store.con.execute(f"DELETE FROM {name} WHERE person_id IN (SELECT person_id FROM {people})")
    store.con.execute(f"INSERT INTO {name} BY NAME {_TALENT_SQL[key]}")


def _stored_people(views: Views, people: ir.Table | None = None) -> ir.Table:
    table = views.backend.table
    facts, domains = (
        scores.of_people(table(name), people) for name in ("talent_facts", "talent_domains")
    )
    return people_of(views, facts, domains)


# Each stored talent table's expression, in the order they are derived (people reads the rest);
# given a table of people, the facts are computed for them only.
_TALENT_BUILDS = {
    "talent_facts": lambda views, people=None: with_names(
        views, talent_facts(views, people)
    ).order_by("person_id"),
    "talent_domains": lambda views, people=None: domain_facts(
        views, views.backend.table("talent_sectors"), people
    ).order_by("sector_id", "person_id"),
    "talent_ties": lambda views, people=None: lineage_ties(views, people).order_by(
        "org_id", "person_id"
    ),
    "talent_people": _stored_people,
}
_TALENT_SQL: dict[str, str] = {}

# The talent tables last read from each open store, with the stamp the store had.
_KNOWN: WeakKeyDictionary = WeakKeyDictionary()


@contextmanager
def computed_talent(views: Views) -> Iterator[Talent]:
    """The talent tables at the views' as-of day, for one query: the facts are computed once
    and kept (Ibis `cache`: a temporary table on DuckDB, a cached frame on Spark), which the
    ranking and the evidence then read (ties are a filter of the stints, read as they are)."""
    kept: list[ir.Table] = []
    try:
        for facts in named_facts(views):
            kept.append(facts.cache())
        yield Talent.of(views, *kept)
    finally:
        for table in kept:
            table.release()


# --- domains -----------------------------------------------------------------------------------


def sector_ids(views: Views) -> ir.Table:
    """(`_text`, `_sector_id`) for every stored sector or domain text that is in the taxonomy
    (computer_vision, 视觉, Computer Vision …). Mapped in Python over the distinct stored values,
    which are few, and joined back as a small table (the expression stays portable)."""
    statements = views.backend.table("entity_statements")
    stated = statements.filter(statements.prop.isin(["sector", "domain"])).select("value")
    texts = [t for t in views.backend.execute(stated.distinct())["value"] if sector_id(t)]
    return ibis.memtable(
        {"_text": texts, "_sector_id": [sector_id(t) for t in texts]},
        schema={"_text": "string", "_sector_id": "string"},
    )


def domain_facts(
    views: Views, mapping: ir.Table | None = None, people: ir.Table | None = None
) -> ir.Table:
    """Facts placing people in sectors, with `sector_id`: a job at or founding of an organisation
    of the sector, a product of the sector launched while they were at its company, or a domain
    tag. Study is not work in a domain (a university's sector is not its students'). `mapping`:
    the `sector_ids` table, when it is stored; `people`: only theirs (a table with `person_id`)."""
    mapping = sector_ids(views) if mapping is None else mapping
    work = scores.work_stints(views, people)
    orgs = views.organizations.select(_org="id", _sector="sector")
    orgs = orgs.join(mapping, orgs._sector == mapping._text)
    at_org = work.join(orgs, work.org_id == orgs._org)
    launched = scores.products_during(views, work)
    launched = launched.join(mapping, launched._product_sector == mapping._text)
    tags = known_statements(views.backend, "entity_statements", views.as_of)
    tags = tags.filter(tags.entity_type == "person", tags.prop == "domain")
    tags = scores.of_people(tags.rename(person_id="entity_id"), people)
    tags = tags.join(mapping, tags.value == mapping._text)
    return ibis.union(
        fact_rows(
            at_org,
            person_id=at_org.person_id,
            kind="organization",
            fact_id=at_org.id,
            detail=at_org._sector,
            org_id=at_org.org_id,
            date=at_org.start_date,
            date_precision=at_org.start_precision,
            source_id=at_org.source_id,
            quote=at_org.quote,
            sector_id=at_org._sector_id,
        ),
        fact_rows(
            launched,
            person_id=launched.person_id,
            kind="product",
            fact_id=launched.id,
            detail=launched._product_sector,
            org_id=launched.org_id,
            product_id=launched._product_id,
            date=launched._launched,
            date_precision=launched._launched_precision,
            source_id=launched.source_id,
            quote=launched.quote,
            sector_id=launched._sector_id,
        ),
        fact_rows(
            tags,
            person_id=tags.person_id,
            kind="tag",
            fact_id=tags.id,
            detail=tags.value,
            source_id=tags.source_id,
            quote=tags.quote,
            sector_id=tags._sector_id,
        ),
    )


def lineage_ties(views: Views, people: ir.Table | None = None) -> ir.Table:
    """Every tie (job, founding, study, board seat) of a person at an organisation, by the as-of
    day, as evidence: kind, title (`detail`), start (`date`), source and quote; of `people` only
    when given."""
    stints = scores.of_people(views.stints, people)
    stints = stints.filter(happened_by(stints.start_date, views))
    return stints.select(
        "person_id",
        "org_id",
        "kind",
        "source_id",
        "quote",
        fact_id="id",
        detail="title",
        date="start_date",
        date_precision="start_precision",
    )


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
        lineage_name = scores.entity_names(views, "organizations", [criteria.lineage]).get(
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
