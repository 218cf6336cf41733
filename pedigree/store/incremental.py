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
full build (`views.derived`, restricted by `only`; `views.update_ties`) inserts them again: a
key's competing statements are all read, so the shown value and the count of reports are those
of a full build.
Tables kept per person (the talent tables, `pedigree.analytics.talent`) are rebuilt for the
people the changes touch.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from pedigree.kinds import ENTITY_STATEMENTS, STATEMENT_TABLES

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
    table of its new statements. Providers of derived tables may keep what they work out from
    them in `memo` (once per write) and name their temporary tables in `temporary`, dropped with
    the changes."""

    def __init__(self, store, since: dict[str, datetime | None]):
        self.store = store
        self.new = {table: _new_statements(store.con, table, last) for table, last in since.items()}
        self.memo: dict[str, object] = {}
        self.temporary: list[str] = []
        for callback in BEFORE_UPDATES.values():
            callback(self)

    @property
    def any(self) -> bool:
        return bool(self.new)

    def drop(self) -> None:
        for name in ["_keys", *self.temporary, *self.new.values()]:
            self.store.con.execute(f"DROP TABLE IF EXISTS {name}")


# Called with a write's changes as soon as they are known, before any derived table is updated:
# a provider notes there what its tables read until now (the people whose shown name a write
# changes, `pedigree.analytics.talent_touched`). By name, so a module imported again replaces
# its own.
BEFORE_UPDATES: dict[str, Callable[[Changes], None]] = {}


def before_updates(name: str, callback: Callable[[Changes], None]) -> None:
    BEFORE_UPDATES[name] = callback


def update_names(store, changes: Changes) -> None:
    """The name index's rows of the entities with new statements."""
    if ENTITY_STATEMENTS in changes.new:
        _refresh_names(store.con, changes.new[ENTITY_STATEMENTS])


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
