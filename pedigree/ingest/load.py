"""`pedigree load`: import CSV, Parquet or JSON Lines tables as statements, in one transaction.

Rows never pass through Python: DuckDB reads each file into a staging table (all text), checks it
with SQL, and turns the good rows into statements whose ids are content hashes, so loading the
same rows again adds nothing. Any bad row rejects the whole import (the store is unchanged), unless
`skip_bad` is set, in which case bad rows go to a rejects file with their reasons. Problems name
the file and the line an editor shows (`pedigree.ingest.text_tables`), for every file at once.
Rows built in memory are imported the same way by `pedigree.ingest.rows`.
"""

from __future__ import annotations

import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from pedigree.errors import BadInput, PedigreeError, clip, option
from pedigree.ingest import text_tables
from pedigree.ingest.files import (
    DELIMITERS,
    READERS,
    TEXT_FORMATS,
    discover,
    suffix,
    try_reading,
)
from pedigree.ingest.load_sql import (
    entity_row,
    insert_sources,
    quoted,
    single_valued,
    source_conflict,
    sql_string,
    statement_rows,
    value_checks,
)
from pedigree.ingest.staging import (
    PROBLEMS_PER_FILE,
    check_header,
    first_line,
    read_error,
    staging_sql,
)
from pedigree.ingest.tables import (
    INPUT_TABLES,
    EntityTable,
    SourceInput,
    TieInput,
    all_columns,
    date_of,
    precision_of,
)
from pedigree.output_paths import writable
from pedigree.store.derived import refresh

# How many problems an import lists in all (per file: staging.PROBLEMS_PER_FILE); the rest are
# counted.
PROBLEMS_SHOWN = 100
DEFAULT_REJECTS = "pedigree-rejects.csv"

# (file label, step, fraction done of that step) → None
Progress = Callable[[str, str, float], None]


@dataclass
class FileReport:
    path: Path
    table: str
    rows: int = 0
    added: int = 0
    rejected: int = 0
    encoding: str = "utf-8"


@dataclass
class LoadReport:
    files: list[FileReport] = field(default_factory=list)
    rejects_path: Path | None = None
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)  # columns ignored, by file

    @property
    def added(self) -> int:
        return sum(f.added for f in self.files)

    @property
    def rejected(self) -> int:
        return sum(f.rejected for f in self.files)


def _run(con: duckdb.DuckDBPyConnection, sql: str, params=None, on_progress=None):
    """Execute `sql`, reporting DuckDB's own progress estimate while it runs."""
    if on_progress is None:
        return con.execute(sql, params).fetchall()
    outcome: dict = {}

    def work() -> None:
        try:
            outcome["rows"] = con.execute(sql, params).fetchall()
        except BaseException as error:  # re-raised in the calling thread
            outcome["error"] = error

    worker = threading.Thread(target=work)
    worker.start()
    while worker.is_alive():
        worker.join(0.1)
        fraction = con.query_progress()
        if fraction is not None and fraction >= 0:
            on_progress(min(fraction, 100.0) / 100.0)
    on_progress(1.0)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["rows"]


class _Loader:
    """One import: stages, checks and inserts file after file inside the caller's transaction.

    Problems are collected file by file (at most PROBLEMS_PER_FILE each) so that one run lists
    what is wrong in every file; the caller raises them all once every file has been read."""

    def __init__(
        self, store, skip_bad: bool, progress: Progress | None, scratch: Path, ignore_unknown: bool
    ):
        self.store = store
        self.con = store.con
        self.skip_bad = skip_bad
        self.progress = progress
        self.scratch = scratch
        self.ignore_unknown = ignore_unknown
        self.problems: list[str] = []
        self.total_problems = 0
        self.warnings: list[str] = []
        self.unreadable: set[str] = set()  # what a file that could not be read would have held
        self.readable: dict[Path, Path] = {}  # file → the UTF-8 copy DuckDB reads
        self.line_cache: dict[Path, dict[int, int]] = {}
        self.seen: list[Path] = []  # entity files loaded so far, in order
        self.now = self.store.scalar("SELECT CAST(current_timestamp AS TIMESTAMP)")
        self.con.execute(
            "CREATE OR REPLACE TEMP TABLE _rejects "
            "(file VARCHAR, line BIGINT, col VARCHAR, problem VARCHAR, row_json VARCHAR)"
        )

    def _step(self, label: str, step: str):
        if self.progress is None:
            return None
        return lambda fraction: self.progress(label, step, fraction)

    def _add(self, problems: list[str], total: int | None = None) -> None:
        self.problems += problems[:PROBLEMS_PER_FILE]
        self.total_problems += len(problems) if total is None else total

    def raise_problems(self) -> None:
        if self.problems:
            raise BadInput(self.problems[:PROBLEMS_SHOWN], self.total_problems)

    # --- staging ----------------------------------------------------------------------------

    def stage(self, path: Path, table) -> FileReport | None:
        """Read `path` into _stage; None when it cannot be read (its problems are noted).

        The file is first read on a connection of its own, outside the store: a read that
        fails inside the import's transaction would abort it, and the files after this one
        must still be read to be checked. (A second parse of a CSV costs far less than the
        checks and inserts after it.)"""
        report = FileReport(path, table.name)
        try:
            readable = path
            if suffix(path) in TEXT_FORMATS:
                readable, report.encoding = text_tables.readable_copy(path, self.scratch)
            self.readable[path] = readable
            try:
                try_reading(path, readable)
                report.rows = self._stage("_stage", path, readable, table)
            except duckdb.Error as error:
                raise read_error(path, readable, error) from None
        except PedigreeError as error:
            self._add(*_problem_lines(error))
            if isinstance(table, EntityTable):
                self.unreadable.add(table.entity_type)
            elif isinstance(table, SourceInput):
                self.unreadable.add("source")
            return None
        return report

    def _stage(self, into: str, path: Path, readable: Path, table) -> int:
        reader = READERS[suffix(path)].format(path="$path")
        described = self.con.execute(f"DESCRIBE SELECT * FROM {reader}", {"path": str(readable)})
        source_columns = {row[0].strip().lower(): (row[0], row[1]) for row in described.fetchall()}
        self.warnings += check_header(path, readable, table, source_columns, self.ignore_unknown)
        sql = staging_sql(into, path, table, source_columns, reader)
        _run(self.con, sql, {"path": str(readable)}, self._step(path.name, "reading"))
        return self.store.scalar(f"SELECT count(*) FROM {into}")

    def lines(self, path: Path, staged: Iterable[int]) -> dict[int, int]:
        """_line → the line a person sees, for the rows a message names (identity for files
        that are not CSV, where a record is a line)."""
        staged = set(staged)
        delimiter = DELIMITERS.get(suffix(path))
        readable = self.readable[path]
        if delimiter is None or readable.suffix.lower() in text_tables.COMPRESSED:
            return {line: line for line in staged}
        cache = self.line_cache.setdefault(path, {})
        needed = {line - 1 for line in staged if line not in cache}
        if needed:
            found = text_tables.record_lines(readable, delimiter, needed)
            cache.update({record + 1: line for record, line in found.items()})
        return {line: cache.get(line, line) for line in staged}

    # --- checking ---------------------------------------------------------------------------

    def _checks(self, table) -> list[tuple[str, str, str]]:
        """(column, SQL condition that is true for a bad row, problem) for every check. A ref
        to what an unreadable file held is not checked: its error is reported already."""
        checks = []
        for column in all_columns(table):
            name = f'"{column.name}"'
            present = f"pd_text({name}) IS NOT NULL"
            if column.required:
                checks.append((column.name, f"pd_text({name}) IS NULL", "is required"))
            if column.check == "ref" and column.ref in self.unreadable:
                continue
            checks += [
                (column.name, f"{present} AND {bad}", problem)
                for bad, problem in value_checks(column, name)
            ]
        if isinstance(table, TieInput) and table.ordered:
            first, second = table.ordered
            later_end = f"pd_period_end({date_of(second)}, {precision_of(second)})"
            checks.append((second, f"{date_of(first)} > {later_end}", f"is before {first}"))
        if isinstance(table, SourceInput):
            checks.append(("id", source_conflict(), "already registered with other details"))
        return checks

    def check(self, path: Path, table) -> int:
        """Find bad rows; returns how many rows are bad. Problems land in _errors, each with
        the line a person sees."""
        selects = [
            f"SELECT _line, '{column}' AS col, '{problem}' AS problem, "
            f"CAST({quoted(column)} AS VARCHAR) AS value FROM _stage WHERE {condition}"
            for column, condition, problem in self._checks(table)
        ]
        sql = f"CREATE OR REPLACE TEMP TABLE _errors AS {' UNION ALL '.join(selects)}"
        _run(self.con, sql, None, self._step(path.name, "checking"))
        if isinstance(table, EntityTable):
            self._duplicates(path, table)
        bad = self.store.scalar("SELECT count(DISTINCT _line) FROM _errors")
        self.con.execute("ALTER TABLE _errors ADD COLUMN line BIGINT")
        self.con.execute("UPDATE _errors SET line = _line")
        if bad and DELIMITERS.get(suffix(path)):
            staged = self.con.execute("SELECT DISTINCT _line FROM _errors").fetchall()
            mapping = self.lines(path, [row[0] for row in staged])
            mapping = pd.DataFrame(list(mapping.items()), columns=["k", "v"])
            self.con.register("_line_map", mapping)
            try:
                self.con.execute(
                    "UPDATE _errors SET line = m.v FROM _line_map m WHERE _errors._line = m.k"
                )
            finally:
                self.con.unregister("_line_map")
        return bad

    def _duplicates(self, path: Path, table: EntityTable) -> None:
        """A row whose id an earlier row of this import (in this file or another) gave other
        values on the word of the same source (or of none) is an error naming both rows: the two
        would be blended into one entity. Rows citing different sources are two claims, kept
        as statements, and the documented rule picks the value shown (docs/model.md)."""
        single = single_valued(table)
        seen = f"_seen_{table.name}"
        cols = entity_row(single)
        self.con.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {seen} AS SELECT 0 AS _file, _line, {cols} "
            "FROM _stage LIMIT 0"
        )
        differ = [
            f"CASE WHEN c.{quoted(n)} IS NOT NULL AND e.{quoted(n)} IS NOT NULL "
            f"AND c.{quoted(n)} <> e.{quoted(n)} THEN '{n}' END"
            for n in single
        ]
        current = len(self.seen)
        rows = self.con.execute(
            f"""
            WITH cur AS (SELECT {current} AS _file, _line, {cols}
                         FROM _stage WHERE pd_text(id) IS NOT NULL),
                 pairs AS (
                    SELECT c._line, c.id, e._file AS other_file, e._line AS other_line,
                           list_filter([{", ".join(differ)}], lambda x: x IS NOT NULL) AS differ
                    FROM cur c JOIN (SELECT * FROM {seen} UNION ALL SELECT * FROM cur) e
                      ON c.id = e.id AND c._source IS NOT DISTINCT FROM e._source
                      AND (e._file < c._file OR (e._file = c._file AND e._line < c._line)))
            SELECT DISTINCT ON (_line) _line, id, other_file, other_line, differ
            FROM pairs WHERE len(differ) > 0 ORDER BY _line, other_file, other_line
            """
        ).fetchall()
        files = [*self.seen, path]
        shown: dict[int, dict[int, int]] = {}
        for index in {row[2] for row in rows}:
            shown[index] = self.lines(files[index], [row[3] for row in rows if row[2] == index])
        found = []
        for line, entity_id, other_file, other_line, differ in rows:
            other = files[other_file]
            at = shown[other_file][other_line]
            where = f"line {at}" if other == path else f"{other}:{at}"
            found.append(
                (line, "id", f"{clip(entity_id)!r} is also on {where} with another "
                 f"{' and '.join(differ)}; one id, one entity — give the other one its own id")
            )  # fmt: skip
        if found:
            self.con.executemany(
                "INSERT INTO _errors VALUES (?, ?, ?, NULL)", [list(row) for row in found]
            )

    def remember(self, path: Path, table) -> None:
        """Keep an entity file's good rows for the duplicate check of the files after it."""
        if not isinstance(table, EntityTable):
            return
        self.con.execute(
            f"INSERT INTO _seen_{table.name} SELECT {len(self.seen)}, _line, "
            f"{entity_row(single_valued(table))} FROM _stage "
            "WHERE pd_text(id) IS NOT NULL AND _line NOT IN (SELECT _line FROM _errors)"
        )
        self.seen.append(path)

    def file_problems(self, path: Path) -> tuple[list[str], int]:
        total = self.store.scalar("SELECT count(*) FROM _errors")
        rows = self.con.execute(
            f"SELECT line, col, problem, value FROM _errors ORDER BY line, col "
            f"LIMIT {PROBLEMS_PER_FILE}"
        ).fetchall()
        return [
            f"{path}:{line}: {col}: {problem}" + (f": {clip(value)}" if value is not None else "")
            for line, col, problem, value in rows
        ], total

    def reject(self, path: Path, table) -> None:
        """Add the bad rows to the rejects, each as the columns it was read with (not the
        values the checks derived from them)."""
        row = ", ".join(f"'{c.name}', s.{quoted(c.name)}" for c in all_columns(table))
        self.con.execute(
            f"""
            INSERT INTO _rejects
            SELECT $file, e.line, e.col, e.problem || coalesce(': ' || e.value, ''),
                   json_object({row})::VARCHAR
            FROM _errors e JOIN _stage s USING (_line) ORDER BY e.line, e.col
            """,
            {"file": str(path)},
        )

    # --- inserting --------------------------------------------------------------------------

    def insert(self, path: Path, table) -> int:
        good = "(SELECT * FROM _stage WHERE _line NOT IN (SELECT _line FROM _errors))"
        if isinstance(table, SourceInput):
            sql = insert_sources(good)
        else:
            file_source = self._file_source(path)
            statements = statement_rows(table, good, file_source)
            target = "entity_statements" if isinstance(table, EntityTable) else table.target
            # One statement per id: rows repeated in the input are few, so only they go through
            # DISTINCT ON (over every row and column it cost a third of a large import). They
            # are found by grouping the ids' 64-bit hashes, not the ids (at 1M people 6.3 → ~0.5
            # CPU s); a hash two ids share only sends both through DISTINCT ON. Ids already
            # stored are found by looking the new ids up in the table, not the table's ids up in
            # the new ones (a re-import would hash millions of ids for a few).
            stored = (
                f"ANTI JOIN (SELECT id FROM {target} WHERE id IN (SELECT id FROM s)) USING (id)"
                if self.store.scalar(f"SELECT count(*) FROM {target}")
                else ""
            )
            sql = (
                f"INSERT INTO {target} BY NAME WITH s AS MATERIALIZED ({statements}), "
                "twice AS (SELECT hash(id) AS h FROM s GROUP BY h HAVING count(*) > 1) "
                "SELECT *, $now AS recorded_at FROM ("
                "SELECT * FROM s WHERE hash(id) NOT IN (SELECT h FROM twice) UNION ALL "
                "SELECT DISTINCT ON (id) * FROM s WHERE hash(id) IN (SELECT h FROM twice)) "
                f"{stored}"
            )
        rows = _run(self.con, sql, {"now": self.now}, self._step(path.name, "storing"))
        return rows[0][0] if rows else 0

    def _file_source(self, path: Path) -> str:
        """Rows that name no source are attributed to the file itself (known by its name); the
        file is registered as a source only when some row needs it."""
        source_id = f"file:{path.name}"
        if not self.store.scalar("SELECT count(*) FROM _stage WHERE pd_text(source_id) IS NULL"):
            return source_id
        self.con.execute(
            "INSERT INTO sources (id, title, url, recorded_at) SELECT $id, $title, $url, $now "
            "WHERE $id NOT IN (SELECT id FROM sources)",
            {"id": source_id, "title": path.name, "url": str(path), "now": self.now},
        )
        return source_id

    # --- the whole file ---------------------------------------------------------------------

    def load_file(self, path: Path, table) -> FileReport | None:
        """Load one file (None if it cannot be read). A file with bad rows still has its good
        rows inserted, so that the files after it are checked against them; without skip_bad
        the caller then rolls the whole import back and reports every file's problems."""
        report = self.stage(path, table)
        if report is None:
            return None
        bad = self.check(path, table)
        if bad and not self.skip_bad:
            self._add(*self.file_problems(path))
        elif bad:
            self.reject(path, table)
            report.rejected = bad
        report.added = self.insert(path, table)
        self.remember(path, table)
        return report

    def drop_scratch_tables(self) -> None:
        """Free the staged rows (a Store may live on after the import, as in a notebook)."""
        for name in ["_stage", "_errors", "_rejects", "_lines"] + [
            f"_seen_{table.name}" for table in INPUT_TABLES
        ]:
            self.con.execute(f"DROP TABLE IF EXISTS {name}")

    def write_rejects(self, rejects_path: Path) -> None:
        try:
            self.con.execute(
                "COPY (SELECT file, line, col AS column, problem, row_json AS row FROM _rejects) "
                f"TO '{sql_string(str(rejects_path))}' (HEADER, DELIMITER ',')"
            )
        except duckdb.Error as error:
            raise PedigreeError(
                f"{option('rejects_path')} {str(rejects_path)!r}: cannot write: "
                f"{first_line(error)}; nothing was loaded"
            ) from None


def _problem_lines(error: PedigreeError) -> tuple[list[str], int]:
    if isinstance(error, BadInput):
        return error.problems, error.total
    return [str(error)], 1


def load_tables(
    store,
    paths: Iterable[str | Path],
    *,
    skip_bad: bool = False,
    rejects_path: str | Path = DEFAULT_REJECTS,
    ignore_unknown_columns: bool = False,
    progress: Progress | None = None,
) -> LoadReport:
    """Load table files into `store` as one transaction and rebuild the derived tables.

    Every file is read and checked before anything commits; the problems of all of them (up to
    PROBLEMS_PER_FILE each, PROBLEMS_SHOWN in all) are raised together as BadInput. The rejects
    file (`skip_bad`) is checked before the first file is read and written before the commit,
    so good rows are never stored without the list of the rows left out."""
    files = discover(paths)
    if skip_bad:
        rejects_path = writable(rejects_path, option("rejects_path"))
    report = LoadReport()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="pedigree-load-") as scratch:
        loader = _Loader(store, skip_bad, progress, Path(scratch), ignore_unknown_columns)
        with store.transaction():
            for path, table in files:
                file = loader.load_file(path, table)
                if file is not None:
                    report.files.append(file)
            loader.raise_problems()
            refresh(store)
            if report.rejected:
                report.rejects_path = Path(rejects_path)
                loader.write_rejects(report.rejects_path)
        loader.drop_scratch_tables()  # a rollback drops them with everything else
    report.warnings = loader.warnings
    report.seconds = time.perf_counter() - started
    return report
