"""The talent tables: what every scarcity query reads, computed or kept in the store.

Every person's scored facts (`pedigree.analytics.scores`), the facts placing them in sectors,
one row per person with their totals, largest team and sectors, and their ties for `--lineage`
(`Talent`). Computed on the fly for an as-of day (`computed_talent`); otherwise derived by every
write (`derive_talent`, registered with the store's derived tables by
`pedigree.analytics.derived_tables`; a write rebuilds only the rows of the people it touched,
`update_talent`, for `pedigree.analytics.talent_touched`) and read as they are (`stored_talent`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from weakref import WeakKeyDictionary

import ibis
import ibis.expr.types as ir

from pedigree.analytics.scores import fact_rows, person_scores, talent_facts, with_names
from pedigree.analytics.talent_touched import touched_people, touched_stints
from pedigree.analytics.valuations import happened_by
from pedigree.analytics.work import of_people, products_during, started_work, with_known_ends
from pedigree.errors import PedigreeError
from pedigree.reference.sectors import sector_id
from pedigree.store import derived, incremental
from pedigree.store.views import Views, known_statements


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
    order = _STORED_ORDER.get(name)
    if order is None:
        store.con.execute(f"CREATE OR REPLACE TABLE {name} AS {_TALENT_SQL[name]}")
    elif _sorts_in_memory(store):
        sql = _TALENT_SQL[name]
        store.con.execute(f"CREATE OR REPLACE TABLE {name} AS FROM ({sql}) ORDER BY {order}")
    else:
        # The rows first, then the sort on its own: sorted in the query that makes them (joins,
        # windows), the sort ran out of memory instead of spilling (10M people at 8GB, 1M at
        # 750MB); sorting a stored table spills, but costs more (at 1M: talent_domains 18.6
        # CPU s against 15.9 in one query, talent_ties 8.6 against 5.9).
        store.con.execute(f"CREATE OR REPLACE TEMP TABLE _talent_rows AS {_TALENT_SQL[name]}")
        store.con.execute(
            f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM _talent_rows ORDER BY {order}"
        )
        store.con.execute("DROP TABLE _talent_rows")
    if name == "talent_facts":
        store.con.execute("CREATE INDEX talent_facts_person ON talent_facts (person_id)")


# Stints per GB of DuckDB's memory limit up to which a talent table is sorted in the query that
# makes it. That sort failed at 6.2M (10M people, 8GB) and 6.6M (1M, 750MB) and passed at 1.7M
# (1M, 3GB); the talent tables have at most some 1.3 rows per stint.
SORT_IN_QUERY_STINTS_PER_GB = 2_000_000
_UNITS = {"bytes": 1, "KiB": 2**10, "MiB": 2**20, "GiB": 2**30, "TiB": 2**40, "PiB": 2**50}


def _sorts_in_memory(store) -> bool:
    """Whether the talent tables are few enough rows for DuckDB's memory limit to be sorted in
    the query that makes them (see SORT_IN_QUERY_STINTS_PER_GB)."""
    limit = store.scalar("SELECT current_setting('memory_limit')")  # e.g. '2.7 GiB'
    number, _, unit = limit.partition(" ")
    gigabytes = float(number) * _UNITS.get(unit, 1) / 1e9
    return store.scalar("SELECT count(*) FROM stints") <= SORT_IN_QUERY_STINTS_PER_GB * gigabytes


def update_talent(name: str, store, changes) -> None:
    """The rows of talent table `name` of the people a write touched (`touched_people`), derived
    again; of those, only the rows that differ from the stored ones are deleted and inserted (a
    restated stint changes a few of its person's rows, and every row written or deleted costs
    again at the commit). Rows appended after the others leave the stored order approximate."""
    people = touched_people(changes)
    key = f"{name}:{people}"
    stints = touched_stints(changes)
    if key not in _TALENT_SQL:
        views = store.views()
        views = views.replacing(stints=views.backend.table(stints))
        touched = views.backend.table(people)
        rows = _TALENT_BUILDS[name](views, touched)
        rows = rows.filter(rows.person_id.isin(touched.person_id))
        _TALENT_SQL[key] = ibis.to_sql(rows, dialect="duckdb")
    con = store.con
    columns = ", ".join(f'"{column}"' for column in _columns(con, name))
    # A row is known by two 64-bit hashes of its values (a 128-bit fingerprint, as unlikely to
    # be shared by two rows as two statements' md5 ids): comparing these is far cheaper than
    # comparing the rows (EXCEPT ALL over 300k rows with their quotes: 1.5 CPU s at 1M).
    hashes = f"hash({columns}) AS _h1, hash('pedigree', {columns}) AS _h2"
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _talent_new AS SELECT *, {hashes} FROM ({_TALENT_SQL[key]})"
    )
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _talent_old AS SELECT rowid AS _row, {hashes} "
        f"FROM {name} WHERE person_id IN (SELECT person_id FROM {people})"
    )
    # Rows kept as many times as before are left alone; the others deleted and inserted.
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _talent_changed AS SELECT _h1, _h2 FROM ("
        "SELECT _h1, _h2, 1 AS n FROM _talent_old UNION ALL "
        "SELECT _h1, _h2, -1 FROM _talent_new) GROUP BY _h1, _h2 HAVING sum(n) <> 0"
    )
    con.execute(
        f"DELETE FROM {name} WHERE rowid IN "
        "(SELECT _row FROM _talent_old SEMI JOIN _talent_changed USING (_h1, _h2))"
    )
    con.execute(
        f"INSERT INTO {name} ({columns}) "
        f"SELECT {columns} FROM _talent_new SEMI JOIN _talent_changed USING (_h1, _h2)"
    )
    for table in ("_talent_new", "_talent_old", "_talent_changed"):
        con.execute(f"DROP TABLE {table}")


def _columns(con, table: str) -> list[str]:
    return [column[0] for column in con.execute(f"SELECT * FROM {table} LIMIT 0").description]


def _stored_people(views: Views, people: ir.Table | None = None) -> ir.Table:
    table = views.backend.table
    facts, domains = (
        of_people(table(name), people) for name in ("talent_facts", "talent_domains")
    )
    return people_of(views, facts, domains)


# Each stored talent table's expression, in the order they are derived (people reads the rest);
# given a table of people, the facts are computed for them only.
_TALENT_BUILDS = {
    "talent_facts": lambda views, people=None: with_names(views, talent_facts(views, people)),
    "talent_domains": lambda views, people=None: domain_facts(
        views, views.backend.table("talent_sectors"), people
    ),
    "talent_ties": lambda views, people=None: lineage_ties(views, people),
    "talent_people": _stored_people,
}
# The order each is stored in (see `derive_talent`).
_STORED_ORDER = {
    "talent_facts": "person_id",
    "talent_domains": "sector_id, person_id",
    "talent_ties": "org_id, person_id",
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
    # A job at an organisation reads no end: its stints are taken as stated (closing the open
    # ones, which only moves ends, cost a grouping and a join of every stint: 6 s of 1M's import).
    started = started_work(views, people)
    orgs = views.organizations.select(_org="id", _sector="sector")
    orgs = orgs.join(mapping, orgs._sector == mapping._text)
    at_org = started.join(orgs, started.org_id == orgs._org)
    launched = products_during(views, with_known_ends(started))
    launched = launched.join(mapping, launched._product_sector == mapping._text)
    tags = known_statements(views.backend, "entity_statements", views.as_of)
    tags = tags.filter(tags.entity_type == "person", tags.prop == "domain")
    tags = of_people(tags.rename(person_id="entity_id"), people)
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
    stints = of_people(views.stints, people)
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
