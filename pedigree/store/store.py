"""The store: one DuckDB file holding the statement tables, the derived tables and sources."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from functools import cached_property
from pathlib import Path

import duckdb
import ibis

from pedigree.errors import Interrupted, NotAStore, PedigreeError, StoreMissing, option
from pedigree.kinds import ENTITY_TABLES, STATEMENT_TABLES
from pedigree.store import compact, locking
from pedigree.store.interrupts import is_interrupt, watch
from pedigree.store.schema import MIGRATIONS, SCHEMA_VERSION, missing_kinds, statement_table_sql

DEFAULT_PATH = "pedigree.duckdb"
# DuckDB would take 80% of RAM; a bound keeps big imports predictable (it spills to disk instead).
DEFAULT_MEMORY_LIMIT = "3GB"

# Helpers for the importer, which is DuckDB-specific by design (analytics are not: they are Ibis).
# Partial dates: "2024", "2024-03", "2024-03-05" (also / or . separators, or a midnight timestamp).
_MACROS = r"""
CREATE OR REPLACE TEMP MACRO pd_text(s) AS nullif(trim(CAST(s AS VARCHAR)), '');
CREATE OR REPLACE TEMP MACRO pd_date_text(s) AS
    regexp_replace(replace(replace(pd_text(s), '/', '-'), '.', '-'), '[ T]00:00:00(\.0+)?$', '');
-- A date's parts are parsed once (one regular expression); the rest works on the parts.
CREATE OR REPLACE TEMP MACRO pd_date_parts(s) AS regexp_extract(
    pd_date_text(s), '^([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?$', ['y', 'm', 'd']);
CREATE OR REPLACE TEMP MACRO pd_parts_precision(p) AS CASE
    WHEN coalesce(p.y, '') = '' THEN NULL
    WHEN p.m = '' THEN 'year' WHEN p.d = '' THEN 'month' ELSE 'day' END;
CREATE OR REPLACE TEMP MACRO pd_parts_date(p) AS CASE
    WHEN coalesce(p.y, '') IN ('', '0000') THEN NULL
    ELSE CAST(try_strptime(p.y || '-' || coalesce(nullif(p.m, ''), '1') || '-'
                           || coalesce(nullif(p.d, ''), '1'), '%Y-%m-%d') AS DATE) END;
CREATE OR REPLACE TEMP MACRO pd_parts_canonical(p) AS CASE pd_parts_precision(p)
    WHEN 'year' THEN p.y
    WHEN 'month' THEN p.y || '-' || lpad(p.m, 2, '0')
    WHEN 'day' THEN p.y || '-' || lpad(p.m, 2, '0') || '-' || lpad(p.d, 2, '0') END;
CREATE OR REPLACE TEMP MACRO pd_precision(s) AS pd_parts_precision(pd_date_parts(s));
CREATE OR REPLACE TEMP MACRO pd_date(s) AS pd_parts_date(pd_date_parts(s));
CREATE OR REPLACE TEMP MACRO pd_canonical_date(s) AS pd_parts_canonical(pd_date_parts(s));
CREATE OR REPLACE TEMP MACRO pd_period_end(d, p) AS CASE p
    WHEN 'year' THEN CAST(d + INTERVAL 1 YEAR - INTERVAL 1 DAY AS DATE)
    WHEN 'month' THEN CAST(d + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE)
    ELSE d END;
CREATE OR REPLACE TEMP MACRO pd_number(s) AS
    TRY_CAST(replace(replace(pd_text(s), ',', ''), '_', '') AS DOUBLE);
CREATE OR REPLACE TEMP MACRO pd_list(s) AS
    list_filter(list_transform(string_split(pd_text(s), '|'), lambda x: trim(x)),
                lambda x: x <> '');
"""


def resolve_path(path: str | os.PathLike | None) -> Path:
    """The store path: the argument, else $PEDIGREE_DB, else ./pedigree.duckdb."""
    return Path(path or os.environ.get("PEDIGREE_DB") or DEFAULT_PATH)


class Store:
    """A pedigree store. Open with `Store.open(path)`; use as a context manager to close it.

    Opened for reading (`read_only=True`) it never writes: many readers share the file. Opened
    for writing it writes only a pedigree store: another program's database is refused. A new
    store's schema is created in a transaction that commits with the first write, so a store is
    never left with a schema but no derived tables (see `transaction`)."""

    def __init__(
        self,
        con: duckdb.DuckDBPyConnection,
        path: Path | None,
        *,
        read_only: bool = False,
        new_file: bool = False,
    ):
        self.con = con
        self.path = path
        self.read_only = read_only
        self._new_file = new_file  # this process made the file: a failed creation removes it
        self._creating = False  # the schema is written but not committed yet
        self.opened_version = 0  # the schema version the file had when it was opened
        self._setup()
        if read_only:
            self._check_readable()
        else:
            self._prepare()

    def _setup(self) -> None:
        self.con.execute("SET enable_progress_bar = false")
        limit = os.environ.get("PEDIGREE_MEMORY_LIMIT", DEFAULT_MEMORY_LIMIT)
        try:
            self.con.execute(f"SET memory_limit = '{limit}'")
        except duckdb.Error:
            raise PedigreeError(f"PEDIGREE_MEMORY_LIMIT: not a memory size: {limit!r}") from None
        self.con.execute(_MACROS)

    @classmethod
    def open(
        cls,
        path: str | os.PathLike | None = None,
        *,
        create: bool = True,
        read_only: bool = False,
        wait: float | None = None,
    ) -> Store:
        """Open the store at `path` (see `resolve_path`): for writing, creating it when `create`,
        or for reading (`read_only`). Waits up to `wait` seconds (default: `locking.policy`)
        while another process holds the file."""
        resolved = resolve_path(path)
        exists = resolved.exists()
        if not exists and (read_only or not create):
            raise StoreMissing(
                f"no store at {resolved}; load data first (`pedigree load PATH` or `pedigree demo`)"
            )
        if resolved.is_dir():
            raise PedigreeError(f"cannot open store {resolved}: it is a folder")
        con = locking.connect(resolved, read_only=read_only, wait=wait)
        try:
            return cls(con, resolved, read_only=read_only, new_file=not exists)
        except BaseException:
            if not exists:
                resolved.unlink(missing_ok=True)  # still locked: no one else has opened it
            con.close()
            raise

    @classmethod
    def memory(cls) -> Store:
        """A throwaway in-memory store (tests, notebooks)."""
        store = cls(duckdb.connect(), None)
        store._commit_creation()
        return store

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind, error, trace) -> None:
        if error is not None and self._creating:
            self.con.execute("ROLLBACK")
            self._creating = False
            if self.path is not None and self._new_file:
                self.path.unlink(missing_ok=True)  # still locked: no one else has opened it
        self.close()

    def close(self) -> None:
        """Close the connection; a new store's schema commits if nothing failed."""
        if self._creating:
            self._commit_creation()
        self.con.close()

    def scalar(self, sql: str, params=None):
        """The single value a query returns. Results are always fetched whole: DuckDB refuses
        other work on a connection with a half-read result, and Ibis shares this connection."""
        rows = self.con.execute(sql, params).fetchall()
        return rows[0][0] if rows else None

    # --- schema -----------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return self.scalar("SELECT max(version) FROM schema_migrations") or 0

    def _tables(self) -> list[str]:
        """The tables and views of the file (not this connection's temporary ones)."""
        rows = self.con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
            "AND NOT temporary UNION ALL SELECT view_name FROM duckdb_views() "
            "WHERE database_name = current_database() AND NOT temporary AND NOT internal"
        ).fetchall()
        return sorted(name for (name,) in rows)

    def _foreign(self, tables: list[str]) -> NotAStore:
        shown = ", ".join(tables[:5]) + (f" and {len(tables) - 5} more" if len(tables) > 5 else "")
        return NotAStore(
            f"{self.path} is not a pedigree store (it holds other tables: {shown}); "
            f"pedigree does not read or write it: choose another file ({option('db')})"
        )

    def _check_readable(self) -> None:
        """A read-only store must be one this version can read as it is: nothing is migrated."""
        tables = self._tables()
        if "schema_migrations" not in tables:
            if tables:
                raise self._foreign(tables)
            raise StoreMissing(
                f"the store {self.path} holds no data yet; load data first "
                "(`pedigree load PATH` or `pedigree demo`)"
            )
        current = self.opened_version = self.schema_version
        self._check_not_newer(current)
        if current < SCHEMA_VERSION:
            raise PedigreeError(
                f"the store {self.path} has schema version {current} and this pedigree reads "
                f"{SCHEMA_VERSION}: run `pedigree migrate` (or any command that writes) once to "
                "upgrade it"
            )
        missing = missing_kinds(tables)
        if missing:
            raise PedigreeError(
                f"the store {self.path} has no table for "
                f"{', '.join(entry.name for entry in missing)} yet: run `pedigree migrate` "
                "(or any command that writes) once to add it"
            )

    def _check_not_newer(self, current: int) -> None:
        if current > SCHEMA_VERSION:
            raise PedigreeError(
                f"store {self.path} has schema version {current}, newer than this pedigree "
                f"({SCHEMA_VERSION}); upgrade pedigree"
            )

    def _prepare(self) -> None:
        """For writing: upgrade an older store, or start creating a new one."""
        tables = self._tables()
        if "schema_migrations" not in tables:
            if tables:
                raise self._foreign(tables)
            self.con.execute("BEGIN TRANSACTION")
            self._creating = True
            self._create()
            return
        current = self.opened_version = self.schema_version
        self._check_not_newer(current)
        # A writer killed mid-transaction leaves the blocks it wrote: the next writer gives
        # them back.
        self._compact_if_grown()
        if current < SCHEMA_VERSION or missing_kinds(tables):
            with self.transaction():
                self._migrate(current)

    def _create(self) -> None:
        self.con.execute(
            "CREATE TABLE schema_migrations "
            "(version INTEGER, description VARCHAR, applied_at TIMESTAMP)"
        )
        self._migrate(0)

    def _migrate(self, current: int) -> None:
        """Apply the migrations after `current` and derive the tables again (inside a
        transaction: a store is upgraded whole or not at all)."""
        for version, description, sql in MIGRATIONS:
            if version > current:
                self.con.execute(sql)
                self.con.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, current_timestamp)",
                    [version, description],
                )
        # Kinds registered after the migrations that created the first ones (pedigree.kinds).
        for entry in missing_kinds(self._tables()):
            self.con.execute(statement_table_sql(entry))
        from pedigree.store.derived import refresh  # derived tables need the new schema

        refresh(self)

    def migrate(self) -> tuple[int, int]:
        """Bring the store up to this version: the migrations were applied when it was opened;
        the derived tables are derived again. (version found, version now)."""
        if self.read_only:
            raise PedigreeError("a store opened read-only cannot be migrated")
        found = self.opened_version
        from pedigree.store.derived import refresh

        with self.transaction():
            refresh(self)
        return found, self.schema_version

    def _commit_creation(self) -> None:
        if self._creating:
            self.con.execute("COMMIT")
            self._creating = False

    def _abandon_creation(self) -> None:
        """Roll the new store back. A file this process made is removed while still locked (so
        no other process has opened it) and the store is closed; an empty file that was there
        before is as new again, and the store can still be used."""
        self._rollback()
        self._creating = False
        if self.path is not None and self._new_file:
            self.path.unlink(missing_ok=True)
            self.con.close()
            return
        self._compact_if_grown()
        self.con.execute("BEGIN TRANSACTION")
        self._creating = True
        self._create()

    # --- transactions -----------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing: an exception inside rolls every change back. On a new store the
        schema commits with this transaction's changes (or is rolled back with them). Ctrl-C
        becomes `Interrupted`; a file a rolled-back transaction made larger is compacted."""
        if self.read_only:
            raise PedigreeError(f"the store {self.path} is open read-only")
        creating = self._creating
        if not creating:
            self.con.execute("BEGIN TRANSACTION")
        with watch() as ctrl_c:
            try:
                yield
            except BaseException as error:
                if creating:
                    self._abandon_creation()
                else:
                    self._rollback()
                    self._compact_if_grown()
                if ctrl_c.pressed or is_interrupt(error):
                    raise Interrupted("interrupted; nothing was imported") from None
                raise
        if creating:
            self._commit_creation()
        else:
            self.con.execute("COMMIT")

    def _rollback(self) -> None:
        """ROLLBACK, once DuckDB has finished stopping a query Ctrl-C interrupted (until then
        the connection says it is busy)."""
        for _ in range(100):
            try:
                self.con.execute("ROLLBACK")
                return
            except duckdb.Error as error:
                if "busy" not in str(error):
                    raise
                time.sleep(0.05)
        self.con.execute("ROLLBACK")

    def _compact_if_grown(self) -> None:
        """A rolled-back (or killed) transaction leaves the blocks it wrote in the file (DuckDB
        neither reuses nor truncates them): copy the store to a new file when that is most of it
        (see `pedigree.store.compact`)."""
        if self.path is not None and compact.grown(self.con, self.path):
            self.con = compact.rewrite(self.con, self.path)
            self.__dict__.pop("backend", None)
            self._setup()

    # --- reading ----------------------------------------------------------------------------

    @cached_property
    def backend(self) -> ibis.BaseBackend:
        """The Ibis backend over this store's connection; analytics run through it."""
        return ibis.duckdb.from_connection(self.con)

    def views(self, as_of: date | None = None):
        """The tables the analytics read, as they stood at `as_of` (None: everything known)."""
        from pedigree.store.views import Views

        return Views(self.backend, as_of=as_of)

    def counts(self) -> dict[str, int]:
        """Row counts of the statement tables and derived tables (for `pedigree info`)."""
        tables = ["sources", *STATEMENT_TABLES, *ENTITY_TABLES, "judgements", "canonical_ids"]
        return {t: self.scalar(f"SELECT count(*) FROM {t}") for t in tables}
