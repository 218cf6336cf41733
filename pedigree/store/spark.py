"""The analytics on Spark: the store's tables read from a Parquet export (`pedigree.store.parquet`)
through Ibis's PySpark backend, so `Views` and every analytic run the same expressions as on
DuckDB.

Name lookup (商湯 → its id, suggestions for a misspelt name) is not an analytic: it reads the
small `names` index, which an in-memory DuckDB connection reads straight from the export's
Parquet file, so lookups behave exactly as on the store.

pyspark, ibis and duckdb are imported only when a Spark store is opened: `SparkSource` is all
the CLI needs at start-up.
"""

from __future__ import annotations

import math
import os
import shutil
import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from pedigree.errors import PedigreeError

ENGINES = ("duckdb", "spark")
# The Spark master when no session is running: all local cores unless this says otherwise.
MASTER_ENV = "PEDIGREE_SPARK_MASTER"
# Tables read through the lookup connection (name lookup, the judged ids of a name).
_LOOKUP_TABLES = ("names", "entity_statements")


class SparkUnsupported(PedigreeError):
    """Something that works on the DuckDB store only (writes, resolution, search) was asked of
    the Spark engine."""


@dataclass(frozen=True)
class SparkSource:
    """A store to read with Spark: a Parquet export folder, or a DuckDB store file that is
    exported to a temporary folder first (and the folder removed afterwards)."""

    path: Path | None = None


def check_engine(engine: str) -> str:
    if engine not in ENGINES:
        raise PedigreeError(f"engine {engine!r}: choose one of {', '.join(ENGINES)}")
    return engine


def spark_session():
    """The running Spark session, or a new quiet local one: no UI, shuffle partitions sized to
    the cores (Spark's default of 200 costs more than the work on small tables), UTC clock so
    dates and timestamps read back as they were written."""
    from pyspark.sql import SparkSession

    # pyspark 4 warns on every pandas conversion that pandas 3 is not yet fully supported; the
    # conversions the analytics use are checked against DuckDB by tests/test_spark_engine.py.
    warnings.filterwarnings("ignore", "PySpark does not yet fully support pandas")
    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    cores = os.cpu_count() or 1
    session = (
        SparkSession.builder.master(os.environ.get(MASTER_ENV, "local[*]"))
        .appName("pedigree")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", str(cores))
        .config("spark.default.parallelism", str(cores))
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    return session


@cache
def _backend_class():
    """Ibis's PySpark backend, with the tables it keeps (`cache()`) able to read in-memory
    tables: Ibis 12 registers those with Spark before running a query, but not before caching
    one, so a kept table built on a `memtable` (the sector names of the talent tables) fails."""
    import ibis
    from ibis.backends.pyspark import Backend

    _ = ibis.pyspark  # loading the backend through ibis registers its options

    class KeepingBackend(Backend):
        def _create_cached_table(self, name, expr):
            self._register_in_memory_tables(expr)
            return super()._create_cached_table(name, expr)

    return KeepingBackend


@cache
def _kept_views_class():
    from pedigree.store.views import Views

    class KeptViews(Views):
        """Views whose tables are derived once and kept until `release`."""

        def __init__(self, backend, as_of: date | None = None):
            super().__init__(backend, as_of)
            self._kept: dict = {}

        def table(self, name: str):
            if name not in self._kept:
                self._kept[name] = super().table(name).cache()
            return self._kept[name]

        def release(self) -> None:
            for table in self._kept.values():
                table.release()
            self._kept.clear()

    return KeptViews


# The export whose tables each session's temporary views show now: (folder, export time, the
# manifest's inode and change time — a folder exported again within a second differs).
_REGISTERED: dict[int, tuple] = {}


def _register(session, export) -> None:
    """Show each table of `export` as a temporary view of its name in `session`. The schema is
    read from the Parquet footers rather than inferred by Spark (a job per file: seconds per
    export); an export already shown is not registered again."""
    import pyarrow.parquet as pq
    from pyspark.sql.pandas.types import from_arrow_schema

    from pedigree.store.parquet import MANIFEST

    manifest = (export.directory / MANIFEST).stat()
    key = (
        str(export.directory.resolve()),
        export.exported_at,
        manifest.st_ino,
        manifest.st_mtime_ns,
    )
    if _REGISTERED.get(id(session)) == key and all(
        session.catalog.tableExists(name) for name in export.tables
    ):
        return
    for name in export.tables:
        path = str(export.file(name).resolve())
        schema = from_arrow_schema(pq.read_schema(path), prefer_timestamp_ntz=True)
        session.read.schema(schema).parquet(path).createOrReplaceTempView(name)
    _REGISTERED[id(session)] = key


class SparkStore:
    """A Parquet export read by Spark, with the reading side of `Store`'s interface: `views`,
    `backend`, `path`, `schema_version`, `counts`, and `con` for name lookup (see the module).

    Each table is registered as a temporary view of its name in the session; a session reads
    one export at a time (the latest opened)."""

    def __init__(self, directory: str | Path, session=None):
        import duckdb

        from pedigree.store.parquet import read_export

        self.export = read_export(directory)
        self.path = self.export.directory
        self.session = session or spark_session()
        _register(self.session, self.export)
        self.backend = _backend_class()().connect(self.session)
        self._views: list = []
        self.con = duckdb.connect()
        for name in _LOOKUP_TABLES:
            if name in self.export.rows:
                path = str(self.export.file(name).resolve()).replace("'", "''")
                self.con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{path}')")

    def __enter__(self) -> SparkStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        for views in self._views:
            views.release()
        self._views.clear()
        self.con.close()

    @property
    def schema_version(self) -> int:
        return self.export.schema_version

    def views(self, as_of: date | None = None):
        """The derived tables as Ibis tables at `as_of`. At a day, each is derived once and kept
        (cached in Spark) while the store is open: an analytic reads a table several times, and
        Spark would plan the whole derivation again for every query (seconds each)."""
        from pedigree.store.views import Views

        if as_of is None:
            return Views(self.backend)
        views = _kept_views_class()(self.backend, as_of=as_of)
        self._views.append(views)
        return views

    def has(self, table: str) -> bool:
        return table in self.export.rows

    def counts(self) -> dict[str, int]:
        return dict(self.export.rows)


@contextmanager
def open_spark(db) -> Iterator[SparkStore]:
    """A Spark store over `db`: a Parquet export folder (a SparkSource, a path), or a DuckDB
    store (a path, an open Store, None for the default), which is exported to a temporary
    folder for the duration — convenient, but each call pays the export: export once
    (`pedigree export --parquet`) to ask many questions."""
    from pedigree.store.parquet import export_parquet
    from pedigree.store.store import Store, resolve_path

    if isinstance(db, SparkSource):
        db = db.path
    if not isinstance(db, Store) and resolve_path(db).is_dir():  # a folder: an export
        with SparkStore(resolve_path(db)) as store:
            yield store
        return
    folder = Path(tempfile.mkdtemp(prefix="pedigree-parquet-"))
    try:
        if isinstance(db, Store):
            export_parquet(db, folder / "export")
        else:
            with Store.open(db, create=False, read_only=True) as store:
                export_parquet(store, folder / "export")
        with SparkStore(folder / "export") as store:
            yield store
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def comparable(answer):
    """An analytic's answer as the CLI prints it (`--json`), floats to 9 significant digits and
    NaN as None: the form in which Spark's and DuckDB's answers must be equal (tests, bench)."""
    import json

    import pandas as pd

    if isinstance(answer, pd.DataFrame):
        answer = answer.to_dict(orient="records")
    elif hasattr(answer, "to_json"):
        answer = answer.to_json()
    return _rounded(json.loads(json.dumps(answer, ensure_ascii=False, default=str)))


def _rounded(value):
    if isinstance(value, dict):
        return {key: _rounded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_rounded(item) for item in value]
    if isinstance(value, float):
        return None if math.isnan(value) else float(f"{value:.9g}")
    return value
