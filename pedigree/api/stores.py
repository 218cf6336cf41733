"""Opening the store a call names, on DuckDB or Spark: what every entry point shares."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pedigree.errors import PedigreeError
from pedigree.store import Store, resolve_path
from pedigree.store.spark import SparkSource, SparkUnsupported

Db = str | Path | Store | SparkSource | None

# False once this process has opened a store for writing or run Spark: the command line then
# ends the ordinary way, not at once (`pedigree.cli.entry`).
only_read = True


def store_path(db: Db) -> Path:
    if isinstance(db, SparkSource):
        return resolve_path(db.path)
    return db.path if isinstance(db, Store) else resolve_path(db)


@contextmanager
def opened(
    db: Db, *, write: bool = False, create: bool = False, engine: str | None = None
) -> Iterator[Store]:
    """The store `db` names, opened for the duration (an open Store is passed through): for
    reading, shared with other readers, unless `write` (or `create`: a new store when there is
    none). Either waits while another process writes (see `pedigree.store.locking`).

    Functions that run on Spark pass `engine`; with "spark" (or a SparkSource `db`) they get a
    `SparkStore` over a Parquet export, which reads like a Store (`pedigree.store.spark`)."""
    global only_read
    if engine == "spark" or isinstance(db, SparkSource):
        only_read = False
        if engine is None or write or create:
            raise SparkUnsupported(
                "this works on the DuckDB store only; Spark runs the analytics over an export"
            )
        from pedigree.store.spark import open_spark

        with open_spark(db) as store:
            yield store
        return
    if engine not in (None, "duckdb"):
        raise PedigreeError(f"engine {engine!r}: choose duckdb or spark")
    if isinstance(db, Store):
        only_read = only_read and db.read_only
        yield db
        return
    if write or create:
        only_read = False
    with Store.open(db, create=create, read_only=not (write or create)) as store:
        yield store


@contextmanager
def held(db: Db) -> Iterator[Db]:
    """`db` opened once for reading, for several calls in a row (each passes the open Store
    through, so the store is not opened again for each: ~20 ms a time); a Store or a
    SparkSource is given back as it is."""
    if isinstance(db, Store | SparkSource):
        yield db
        return
    with opened(db) as store:
        yield store
