"""Incremental refresh: rebuild only the derived rows of the keys a write touched.

Statement tables only grow (an append-only log), so what changed since the last refresh is the
statements recorded after it. `derived_marks` keeps, per statement table, how many rows it had
and the newest `recorded_at`, plus a fingerprint of the canonical ids. A refresh is incremental
when every table grew only by rows recorded after its mark (anything else — a clock that went
back, rows removed by hand — rebuilds everything) and the canonical ids are unchanged (a merge
or an undone one moves statements between entities: everything is rebuilt).

Then (`pedigree.store.derived.refresh` calls each registered table's `update` with the
`Changes`), per derived table, the keys of the new statements (canonical ids for entities; a tie
kind's key columns for ties) are collected, their rows deleted, and the same expression as the
full build (`views.derived`, restricted by `only`) inserts them again: a key's competing
statements are all read, so the shown value and the count of reports are those of a full build.
Tables kept per person (the talent tables) are rebuilt for `Changes.people`.
"""

from __future__ import annotations

from datetime import datetime

import ibis

from pedigree.kinds import ENTITY_STATEMENTS, STATEMENT_TABLES, Kind

# Bump when the derived tables' rules or layout change: older marks force a full rebuild.
VERSION = 1
MARKS = "derived_marks"
# More new statements than this share of a large table: a full rebuild is cheaper than deletes
# (small tables are quick either way, and stay on the incremental path).
FULL_ABOVE = 0.2
LARGE = 100_000

_FINGERPRINT_SQL = (
    "SELECT count(*) || ':' || coalesce(bit_xor(hash(entity_id, canonical_id)), 0) "
    "FROM canonical_ids"
)


def _fingerprint(con) -> str:
    return f"v{VERSION}:" + str(con.execute(_FINGERPRINT_SQL).fetchall()[0][0])


def _current(con) -> dict[str, tuple[int, datetime | None]]:
    sql = " UNION ALL ".join(
        f"SELECT '{table}', count(*), max(recorded_at) FROM {table}" for table in STATEMENT_TABLES
    )
    return {table: (rows, last) for table, rows, last in con.execute(sql).fetchall()}


def changes(con) -> dict[str, datetime | None] | None:
    """Statement table → the mark after which its new statements were recorded (tables with
    none are left out); None when everything must be rebuilt."""
    # Asked of the catalog: a failed query would abort the caller's transaction.
    known = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE NOT temporary AND table_name = ?", [MARKS]
    ).fetchall()[0][0]
    if not known:  # a new store, or one refreshed by an older version
        return None
    marks = con.execute(f"SELECT part, rows, last, fingerprint FROM {MARKS}").fetchall()
    marks = {part: (rows, last, fingerprint) for part, rows, last, fingerprint in marks}
    if marks.get("canonical_ids", (0, None, None))[2] != _fingerprint(con):
        return None
    changed: dict[str, datetime | None] = {}
    for table, (rows, _) in _current(con).items():
        if table not in marks:
            return None
        before, last, _ = marks[table]
        if rows == before:
            continue
        newer = "recorded_at > ?" if last is not None else "true"
        params = [last] if last is not None else []
        added = con.execute(f"SELECT count(*) FROM {table} WHERE {newer}", params).fetchall()[0][0]
        if before + added != rows or (rows > LARGE and added > FULL_ABOVE * rows):
            return None
        changed[table] = last
    return changed


def write_marks(con) -> None:
    """Remember what the derived tables were built from (at the end of every refresh)."""
    con.execute(
        f"CREATE OR REPLACE TABLE {MARKS} "
        "(part VARCHAR, rows BIGINT, last TIMESTAMP, fingerprint VARCHAR)"
    )
    rows = [(table, n, last, None) for table, (n, last) in _current(con).items()]
    rows.append(("canonical_ids", 0, None, _fingerprint(con)))
    con.executemany(f"INSERT INTO {MARKS} VALUES (?, ?, ?, ?)", rows)


def _counts(con) -> dict[str, int]:
    sql = " UNION ALL ".join(f"SELECT '{t}', count(*) FROM {t}" for t in STATEMENT_TABLES)
    return dict(con.execute(sql).fetchall())


def stamp(con) -> str:
    """The statement tables' row counts and the canonical ids' fingerprint: it changes with
    every write (counting rows reads no data)."""
    return ",".join(map(str, _counts(con).values())) + "|" + _fingerprint(con)


def unchanged(con) -> bool:
    """Whether nothing was recorded, and no merge made, since the last refresh."""
    known = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE NOT temporary AND table_name = ?", [MARKS]
    ).fetchall()[0][0]
    if not known:
        return False
    marks = {
        part: (rows, fingerprint)
        for part, rows, fingerprint in con.execute(f"SELECT part, rows, fingerprint FROM {MARKS}")
        .fetchall()
    }
    if marks.get("canonical_ids", (0, None))[1] != _fingerprint(con):
        return False
    return all(marks.get(table, (None,))[0] == n for table, n in _counts(con).items())


# Compiled SQL per (derived table, step): the temporary tables it reads have fixed names.
_SQL: dict[tuple[str, str], str] = {}


def _sql(key: tuple[str, str], build) -> str:
    if key not in _SQL:
        _SQL[key] = ibis.to_sql(build(), dialect="duckdb")
    return _SQL[key]


def _new_statements(con, table: str, since: datetime | None) -> str:
    """A temporary table of `table`'s statements recorded after `since`."""
    name = f"_new_{table}"
    newer = "recorded_at > ?" if since is not None else "true"
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT * FROM {table} WHERE {newer}",
        [since] if since is not None else [],
    )
    return name


class Changes:
    """What a write added since the last refresh: per statement table (`new`), a temporary
    table of its new statements; and, asked once the statement-derived tables are current, the
    people whose talent rows they may change (`people`)."""

    def __init__(self, store, since: dict[str, datetime | None]):
        self.store = store
        self.new = {table: _new_statements(store.con, table, last) for table, last in since.items()}
        self._people: str | None = None
        if ENTITY_STATEMENTS in self.new:  # while the people table shows the old values
            _restated_people(store.con, self.new[ENTITY_STATEMENTS])

    @property
    def any(self) -> bool:
        return bool(self.new)

    def people(self) -> str:
        """The name of a temporary table of the touched people's canonical ids."""
        if self._people is None:
            _touched_people(self.store.con, self.new)
            self._people = TOUCHED_PEOPLE
        return self._people

    def drop(self) -> None:
        for name in ["_keys", TOUCHED_PEOPLE, RESTATED_PEOPLE, *self.new.values()]:
            self.store.con.execute(f"DROP TABLE IF EXISTS {name}")


def _replace(con, backend, name: str, keys: list[str]) -> None:
    """Delete `name`'s rows of the keys in _keys and insert them again from the statements."""
    from pedigree.store.views import derived

    match = " AND ".join(f"{name}.{column} IS NOT DISTINCT FROM _keys.{column}" for column in keys)
    if keys == ["entity_id"]:
        match = f"{name}.id = _keys.entity_id"
    con.execute(f"DELETE FROM {name} USING _keys WHERE {match}")
    sql = _sql((name, "rows"), lambda: derived(backend, name, None, backend.table("_keys")))
    con.execute(f"INSERT INTO {name} BY NAME {sql}")


def update_ties(store, changes: Changes, *, kind: Kind) -> None:
    """A tie kind's derived rows of the keys its new statements have."""
    from pedigree.store.views import resolved

    new = changes.new.get(kind.statements)
    if new is None:
        return
    con, backend = store.con, store.backend
    key = list(kind.key)
    sql = _sql(
        (kind.name, "keys"),
        lambda: resolved(backend, kind.statements, backend.table(new)).select(*key).distinct(),
    )
    con.execute(f"CREATE OR REPLACE TEMP TABLE _keys AS {sql}")
    _replace(con, backend, kind.name, key)


def update_entities(store, changes: Changes, *, name: str, entity_type: str) -> None:
    """An entity table's rows of the entities (canonical ids) with new statements."""
    from pedigree.store.views import resolved

    new = changes.new.get(ENTITY_STATEMENTS)
    if new is None:
        return
    con, backend = store.con, store.backend

    def keys():
        statements = resolved(backend, ENTITY_STATEMENTS, backend.table(new))
        of_type = statements.filter(statements.entity_type == entity_type)
        return of_type.select("entity_id").distinct()

    con.execute(f"CREATE OR REPLACE TEMP TABLE _keys AS {_sql((name, 'keys'), keys)}")
    _replace(con, backend, name, ["entity_id"])


def update_names(store, changes: Changes) -> None:
    """The name index's rows of the entities with new statements."""
    if ENTITY_STATEMENTS in changes.new:
        _refresh_names(store.con, changes.new[ENTITY_STATEMENTS])


# The talent tables hold facts per person; a person's facts read their stints, credentials, name
# and domain tags, and the names, sectors and products (with their metrics) of the organisations
# they were at.
TOUCHED_PEOPLE = "_touched_people"
RESTATED_PEOPLE = "_restated_people"


def _restated_people(con, new: str) -> None:
    """RESTATED_PEOPLE: the people whose shown name or set of domain tags the new entity
    statements change — asked before the people table is refreshed, so it holds the values
    shown until now. Of a person's own attributes the talent rows read only these two; a new
    name statement repeating the shown name (a later source restating it, as an import of
    aliases does) can leave the shown name as it was, but never make an older one win."""
    canonical = "coalesce(c.canonical_id, n.entity_id)"
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE {RESTATED_PEOPLE} AS
        SELECT DISTINCT n.person_id FROM (
            SELECT {canonical} AS person_id, prop, value FROM {new} n
            LEFT JOIN canonical_ids c USING (entity_id)
            WHERE entity_type = 'person' AND prop IN ('name', 'domain')
        ) n LEFT JOIN people p ON p.id = n.person_id
        WHERE p.id IS NULL
           OR (n.prop = 'name' AND n.value IS DISTINCT FROM p.name)
           OR (n.prop = 'domain' AND NOT coalesce(list_contains(p.domains, n.value), false))
        """
    )


def _touched_people(con, new_tables: dict[str, str]) -> None:
    """TOUCHED_PEOPLE: the canonical ids of everyone whose talent rows the new statements may
    change (the talent tables are rebuilt for them; see `scarcity.update_talent`)."""
    canonical = (
        "coalesce((SELECT c.canonical_id FROM canonical_ids c WHERE c.entity_id = n.{0}), n.{0})"
    )
    people, orgs, products = [], [], []
    for table, column in [
        ("stint_statements", "person_id"),
        ("credential_statements", "person_id"),
    ]:
        if table in new_tables:
            people.append(f"SELECT {canonical.format(column)} FROM {new_tables[table]} n")
    if ENTITY_STATEMENTS in new_tables:
        new = new_tables[ENTITY_STATEMENTS]
        by_type = f"SELECT {canonical.format('entity_id')} FROM {new} n WHERE entity_type = '{{}}'"
        people.append(f"SELECT person_id FROM {RESTATED_PEOPLE}")
        orgs.append(by_type.format("organization"))
        products.append(by_type.format("product"))
    if "product_metric_statements" in new_tables:
        new = new_tables["product_metric_statements"]
        products.append(f"SELECT {canonical.format('product_id')} FROM {new} n")
    if products:  # the organisations a product belongs to, before and after the change
        con.execute("CREATE OR REPLACE TEMP TABLE _products AS " + " UNION ".join(products))
        orgs.append(
            f"SELECT {canonical.format('value')} FROM entity_statements n WHERE prop = 'org' "
            f"AND {canonical.format('entity_id')} IN (SELECT * FROM _products)"
        )
    if orgs:
        con.execute("CREATE OR REPLACE TEMP TABLE _orgs AS " + " UNION ".join(orgs))
        people.append("SELECT person_id FROM stints WHERE org_id IN (SELECT * FROM _orgs)")
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {TOUCHED_PEOPLE} AS "
        f"SELECT DISTINCT person_id FROM ({' UNION ALL '.join(people) or 'SELECT NULL'}) "
        "AS t(person_id) WHERE person_id IS NOT NULL"
    )
    con.execute("DROP TABLE IF EXISTS _products")
    con.execute("DROP TABLE IF EXISTS _orgs")


def _refresh_names(con, new: str) -> None:
    """The name index's rows of the entities with new statements (all their names again)."""
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _keys AS
        SELECT DISTINCT coalesce(c.canonical_id, n.entity_id) AS entity_id
        FROM {new} n LEFT JOIN canonical_ids c USING (entity_id)
        WHERE prop IN ('name', 'alias')
        """
    )
    con.execute("DELETE FROM names USING _keys WHERE names.entity_id = _keys.entity_id")
    con.execute(
        """
        INSERT INTO names
        WITH forms AS (SELECT DISTINCT coalesce(c.canonical_id, s.entity_id) AS entity_id,
                              entity_type, value AS name
                       FROM entity_statements s LEFT JOIN canonical_ids c USING (entity_id)
                       WHERE prop IN ('name', 'alias') AND coalesce(c.canonical_id, s.entity_id)
                             IN (SELECT entity_id FROM _keys)),
             keys AS (SELECT name, name_key(name) AS key FROM (SELECT DISTINCT name FROM forms))
        SELECT entity_id, entity_type, name, key FROM forms JOIN keys USING (name)
        """
    )
