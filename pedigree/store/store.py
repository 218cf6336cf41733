"""The store: one DuckDB file holding the statement tables, the derived tables and sources."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from functools import cached_property
from pathlib import Path

import duckdb
import ibis

from pedigree.errors import PedigreeError, StoreMissing
from pedigree.store.schema import MIGRATIONS, SCHEMA_VERSION

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
    """A pedigree store. Open with `Store.open(path)`; use as a context manager to close it."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path | None):
        self.con = con
        self.path = path
        self.con.execute("SET enable_progress_bar = false")
        limit = os.environ.get("PEDIGREE_MEMORY_LIMIT", DEFAULT_MEMORY_LIMIT)
        try:
            self.con.execute(f"SET memory_limit = '{limit}'")
        except duckdb.Error:
            raise PedigreeError(f"PEDIGREE_MEMORY_LIMIT: not a memory size: {limit!r}") from None
        self.con.execute(_MACROS)
        self._migrate()

    @classmethod
    def open(cls, path: str | os.PathLike | None = None, *, create: bool = True) -> Store:
        """Open (and by default create) the store at `path` (see `resolve_path`)."""
        resolved = resolve_path(path)
        if not create and not resolved.exists():
            raise StoreMissing(
                f"no store at {resolved}; load data first (`pedigree load PATH` or `pedigree demo`)"
            )
        try:
            con = duckdb.connect(str(resolved))
        except duckdb.Error as error:
            raise PedigreeError(f"cannot open store {resolved}: {error}") from None
        return cls(con, resolved)

    @classmethod
    def memory(cls) -> Store:
        """A throwaway in-memory store (tests, notebooks)."""
        return cls(duckdb.connect(), None)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
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

    def _migrate(self) -> None:
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER, description VARCHAR, applied_at TIMESTAMP)"
        )
        current = self.schema_version
        if current > SCHEMA_VERSION:
            raise PedigreeError(
                f"store {self.path} has schema version {current}, newer than this pedigree "
                f"({SCHEMA_VERSION}); upgrade pedigree"
            )
        for version, description, sql in MIGRATIONS:
            if version <= current:
                continue
            with self.transaction():
                self.con.execute(sql)
                self.con.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, current_timestamp)",
                    [version, description],
                )
        if current < SCHEMA_VERSION:
            from pedigree.store.views import refresh  # derived tables need the new schema

            with self.transaction():
                refresh(self)

    # --- transactions -----------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing: an exception inside rolls every change back."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

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
        tables = [
            "sources",
            "entity_statements",
            "stint_statements",
            "round_statements",
            "financial_statements",
            "credential_statements",
            "product_metric_statements",
            "event_statements",
            "organizations",
            "people",
            "products",
            "judgements",
            "canonical_ids",
        ]
        return {t: self.scalar(f"SELECT count(*) FROM {t}") for t in tables}
