"""The registry of derived tables: every table a write derives from the statements, who builds it,
at which version, and the store's record of what was built.

A derived table is registered once (`register`) by the module that knows how to build it: the
canonical ids by `pedigree.resolve.judgements`, the statement-derived tables by
`pedigree.store.views`, the spin-out evidence and the talent tables by
`pedigree.analytics.derived_tables`. The store finds these modules of the layers above it the way
Python plugins are found, through an entry-point group (`PROVIDERS`, declared in pyproject.toml),
never by importing them: any process that writes — the CLI, a notebook calling the importer, a
test — builds every derived table, whatever it happened to import. Every write ends with
`refresh`, inside its transaction, which first builds the tables derived from the judgements
rather than the statements (`before_changes`: the canonical ids, which decide whether the rest
can be updated incrementally), then for each registered table in dependency order

- builds it whole when the store has no record of it at its registered version (new, or its rules
  changed: bump `version`), when a table it reads was built whole, or when the statements cannot
  be trusted to have only grown (`pedigree.store.incremental.changes` is None);
- otherwise updates only the keys the new statements touched (`update`), or builds it whole if it
  has no `update`; with nothing new it is left alone;

and records (name, version, built_at, rows, provider) in `derived_tables`. Readers ask `stale`
whether tables are current; they never build them: a store opened read-only is never written.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pedigree.kinds import ENTITY_TABLES, KINDS

RECORD = "derived_tables"


@dataclass(frozen=True)
class Derived:
    """A derived table. `build(store)` writes it from every statement; `update(store, changes)`
    rewrites only the rows of what `changes` (`pedigree.store.incremental.Changes`) touched, and
    may be None (then any change rebuilds it whole). `after`: the derived tables it reads, built
    before it. `provider`: the module that registered it (recorded, to say which is missing).
    `before_changes`: built whole by every refresh before the statements' changes are measured
    (the canonical ids, derived from the judgements).
    `indexes`: columns a page looks rows up by besides the one the builder sorts the table by
    (zone maps serve that one): each gets an ART index when the table is built whole, which
    updates keep current."""

    name: str
    version: int
    build: Callable
    update: Callable | None = None
    after: tuple[str, ...] = ()
    provider: str = ""
    before_changes: bool = False
    indexes: tuple[str, ...] = ()


REGISTRY: dict[str, Derived] = {}
# The entry-point group of the modules that register derived tables (pyproject.toml); each is
# imported once, by the first refresh of the process.
PROVIDERS = "pedigree.derived_tables"
_loaded: list[bool] = []


# Tables every store has, whose providers ship with pedigree: missing after the providers are
# loaded, the installed metadata is older than the code (an editable install not reinstalled).
ESSENTIAL = ("canonical_ids", *ENTITY_TABLES, *(kind.name for kind in KINDS))


def load_providers() -> None:
    """Register every derived table: those of every installed provider."""
    if _loaded:
        return
    from importlib.metadata import entry_points

    for entry in entry_points(group=PROVIDERS):
        entry.load()
    missing = [name for name in ESSENTIAL if name not in REGISTRY]
    if missing:
        raise RuntimeError(
            f"no provider registers the derived tables {', '.join(missing)}: the installed "
            f"entry points ({PROVIDERS}) are older than this pedigree; reinstall it "
            "(pip install -e . in a checkout)"
        )
    _loaded.append(True)


def register(table: Derived) -> Derived:
    """Add (or replace: a module imported again) a derived table."""
    REGISTRY[table.name] = table
    return table


def ordered(registry: dict[str, Derived] | None = None) -> list[Derived]:
    """The registered tables, each after the ones it reads (registration order otherwise)."""
    registry = REGISTRY if registry is None else registry
    done: dict[str, Derived] = {}

    def visit(table: Derived, path: tuple[str, ...]) -> None:
        if table.name in done:
            return
        if table.name in path:
            raise RuntimeError(f"derived tables read each other: {' → '.join(path)}")
        for name in table.after:
            if name in registry:
                visit(registry[name], (*path, table.name))
        done[table.name] = table

    for table in registry.values():
        visit(table, ())
    return list(done.values())


def _ensure_record(con) -> None:
    con.execute(
        f"CREATE TABLE IF NOT EXISTS {RECORD} (name VARCHAR PRIMARY KEY, version INTEGER, "
        "built_at TIMESTAMP, rows BIGINT, provider VARCHAR, how VARCHAR)"
    )


def _has_record(con) -> bool:
    # Asked of the catalog: a failed query would abort the caller's transaction.
    return bool(
        con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE NOT temporary AND table_name = ?", [RECORD]
        ).fetchall()[0][0]
    )


def recorded(con) -> dict[str, tuple[int, str]]:
    """name → (version, provider) of every derived table the store says it built."""
    if not _has_record(con):
        return {}
    rows = con.execute(f"SELECT name, version, provider FROM {RECORD}").fetchall()
    return {name: (version, provider) for name, version, provider in rows}


def refresh(store) -> None:
    """Bring every registered derived table up to date with the statements (see the module).
    Every command that writes ends with it, inside its transaction."""
    from pedigree.store import incremental
    from pedigree.store.lookup import register_name_key

    load_providers()
    con = store.con
    register_name_key(con)
    for table in ordered():
        if table.before_changes:
            _build(store, table)
            _write_record(con, table, "full")
    since = incremental.changes(con)
    record = recorded(con)
    _check_providers(con, record)
    changes = None if since is None else incremental.Changes(store, since)
    present = {
        name for (name,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
    }
    built_whole: set[str] = set()
    try:
        for table in ordered():
            if table.before_changes:
                continue
            whole = (
                changes is None
                or table.name not in present
                or record.get(table.name, (None,))[0] != table.version
                or any(name in built_whole for name in table.after)
            )
            if whole:
                _build(store, table)
                built_whole.add(table.name)
                _write_record(con, table, "full")
            elif changes.any:
                if table.update is None:
                    _build(store, table)
                    _write_record(con, table, "full")
                else:
                    table.update(store, changes)
                    _write_record(con, table, "incremental")
    finally:
        if changes is not None:
            changes.drop()
    incremental.write_marks(con)


def _build(store, table: Derived) -> None:
    """Build `table` whole, then its indexes (a table built anew has none)."""
    table.build(store)
    for column in table.indexes:
        store.con.execute(
            f"CREATE INDEX IF NOT EXISTS {table.name}_{column} ON {table.name} ({column})"
        )


def _check_providers(con, record: dict[str, tuple[int, str]]) -> None:
    """A table the store holds whose builder this process has not loaded would silently go
    stale: refuse to write instead. One its provider, loaded, no longer registers is dropped."""
    missing = set()
    for name, (_, provider) in record.items():
        if name in REGISTRY:
            continue
        if provider and provider not in sys.modules:
            missing.add(provider)
        else:
            con.execute(f"DELETE FROM {RECORD} WHERE name = ?", [name])
            con.execute(f"DROP TABLE IF EXISTS {name}")
    if missing:
        raise RuntimeError(
            f"this store's derived tables are built by {', '.join(sorted(missing))}, which this "
            "process has not imported: import it before writing to the store"
        )


def _write_record(con, table: Derived, how: str) -> None:
    _ensure_record(con)
    rows = con.execute(f"SELECT count(*) FROM {table.name}").fetchall()[0][0]
    con.execute(f"DELETE FROM {RECORD} WHERE name = ?", [table.name])
    con.execute(
        f"INSERT INTO {RECORD} VALUES (?, ?, CAST(current_timestamp AS TIMESTAMP), ?, ?, ?)",
        [table.name, table.version, rows, table.provider, how],
    )


def stale(store, names: Iterable[str]) -> list[str]:
    """Those of `names` that are not current: not registered, not recorded at their registered
    version, or built before the statements last grew (a refresh would change them). The caller
    has registered the tables it asks about: a read does not pay for finding every provider."""
    from pedigree.store import incremental

    names = list(names)
    record = recorded(store.con)
    old = [
        name
        for name in names
        if name not in REGISTRY or record.get(name, (None,))[0] != REGISTRY[name].version
    ]
    if old or not names:
        return old
    return [] if incremental.unchanged(store.con) else names
