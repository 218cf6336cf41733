"""`pedigree load`: import CSV, Parquet or JSON Lines tables as statements, in one transaction.

Rows never pass through Python: DuckDB reads each file into a staging table (all text), checks it
with SQL, and turns the good rows into statements whose ids are content hashes, so loading the
same rows again adds nothing. Any bad row rejects the whole import (the store is unchanged), unless
`skip_bad` is set, in which case bad rows go to a rejects file with their reasons.
"""

from __future__ import annotations

import csv
import re
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from pedigree.errors import BadInput, PedigreeError
from pedigree.ingest.tables import (
    INPUT_TABLES,
    Column,
    EntityTable,
    SourceInput,
    TieInput,
    all_columns,
    canonical_date_of,
    date_of,
    number_of,
    precision_of,
)
from pedigree.store.views import refresh

READERS = {
    ".csv": "read_csv({path}, header = true, all_varchar = true)",
    ".tsv": "read_csv({path}, header = true, all_varchar = true, delim = '\t')",
    ".parquet": "read_parquet({path})",
    ".jsonl": "read_json({path}, format = 'newline_delimited')",
    ".ndjson": "read_json({path}, format = 'newline_delimited')",
}
SHOWN_PROBLEMS = 10
DEFAULT_REJECTS = "pedigree-rejects.csv"
NUMERIC_CHECKS = ("number", "count", "fraction")

# (file label, step, fraction done of that step) → None
Progress = Callable[[str, str, float], None]


@dataclass
class FileReport:
    path: Path
    table: str
    rows: int = 0
    added: int = 0
    rejected: int = 0


@dataclass
class LoadReport:
    files: list[FileReport] = field(default_factory=list)
    rejects_path: Path | None = None
    seconds: float = 0.0

    @property
    def added(self) -> int:
        return sum(f.added for f in self.files)

    @property
    def rejected(self) -> int:
        return sum(f.rejected for f in self.files)


def table_for(path: Path) -> SourceInput | EntityTable | TieInput:
    """The input table a file holds, from its name: stints.csv, stints-2024.parquet, …"""
    stem = path.name.lower()
    for suffix in path.suffixes[::-1]:
        stem = stem.removesuffix(suffix.lower())
    for table in sorted(INPUT_TABLES, key=lambda t: -len(t.name)):
        if stem == table.name or (stem.startswith(table.name) and stem[len(table.name)] in "-_."):
            return table
    names = ", ".join(t.name for t in INPUT_TABLES)
    raise PedigreeError(
        f"{path}: cannot tell which table this is; name the file after one of: {names}"
    )


def _suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes if s.lower() not in (".gz", ".zst")]
    return suffixes[-1] if suffixes else ""


def discover(
    paths: Iterable[str | Path],
) -> list[tuple[Path, SourceInput | EntityTable | TieInput]]:
    """Files to load with their tables, in load order. Folders contribute their table files."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and _suffix(p) in READERS)
        elif path.is_file():
            if _suffix(path) not in READERS:
                kinds = ", ".join(READERS)
                raise PedigreeError(f"{path}: unsupported file type (use one of {kinds})")
            found.append(path)
        else:
            raise PedigreeError(f"{path}: no such file or folder")
    if not found:
        raise PedigreeError("nothing to load: no .csv, .parquet or .jsonl files found")
    order = {table.name: i for i, table in enumerate(INPUT_TABLES)}
    pairs = [(path, table_for(path)) for path in found]
    return sorted(pairs, key=lambda pair: (order[pair[1].name], str(pair[0])))


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
    """One import: stages, checks and inserts file after file inside the caller's transaction."""

    def __init__(self, store, skip_bad: bool, progress: Progress | None):
        self.store = store
        self.con = store.con
        self.skip_bad = skip_bad
        self.progress = progress
        self.now = self.store.scalar("SELECT CAST(current_timestamp AS TIMESTAMP)")
        self.con.execute(
            "CREATE OR REPLACE TEMP TABLE _rejects "
            "(file VARCHAR, line BIGINT, col VARCHAR, problem VARCHAR, row_json VARCHAR)"
        )

    def _step(self, label: str, step: str):
        if self.progress is None:
            return None
        return lambda fraction: self.progress(label, step, fraction)

    # --- staging ----------------------------------------------------------------------------

    def stage(self, path: Path, table) -> int:
        reader = READERS[_suffix(path)].format(path="$path")
        try:
            described = self.con.execute(f"DESCRIBE SELECT * FROM {reader}", {"path": str(path)})
            source_columns = {
                row[0].strip().lower(): (row[0], row[1]) for row in described.fetchall()
            }
        except duckdb.Error as error:
            raise PedigreeError(f"{path}: cannot read: {_first_line(error)}") from None
        columns = all_columns(table)
        missing = [c.name for c in columns if c.required and c.name not in source_columns]
        if missing:
            raise PedigreeError(f"{path}:1: missing required column(s): {', '.join(missing)}")
        select = []
        for column in columns:
            if column.name not in source_columns:
                select.append(f'CAST(NULL AS VARCHAR) AS "{column.name}"')
                continue
            original, sql_type = source_columns[column.name]
            quoted = '"' + original.replace('"', '""') + '"'
            value = (
                f"array_to_string({quoted}, '|')"
                if sql_type.endswith("[]")
                else f"CAST({quoted} AS VARCHAR)"
            )
            select.append(f'{value} AS "{column.name}"')
        # Dates are split into parts by one regular expression, then turned into values.
        with_parts = [f'"{c.name}"' for c in columns] + [
            f'pd_date_parts("{c.name}") AS "{c.name}__parts"' for c in columns if c.check == "date"
        ]
        parsed = [f'"{c.name}"' for c in columns]
        for column in columns:
            name = column.name
            if column.check == "date":
                parsed += [
                    f'pd_parts_date("{name}__parts") AS {date_of(name)}',
                    f'pd_parts_precision("{name}__parts") AS {precision_of(name)}',
                    f'pd_parts_canonical("{name}__parts") AS {canonical_date_of(name)}',
                ]
            elif column.check in NUMERIC_CHECKS:
                parsed.append(f'pd_number("{name}") AS {number_of(name)}')
        # Line numbers as a person sees them: the header is line 1 of a CSV.
        offset = 1 if _suffix(path) in (".csv", ".tsv") else 0
        sql = (
            f"CREATE OR REPLACE TEMP TABLE _stage AS SELECT _line, {', '.join(parsed)} FROM "
            f"(SELECT _line, {', '.join(with_parts)} FROM "
            f"(SELECT row_number() OVER () + {offset} AS _line, {', '.join(select)} FROM {reader}))"
        )
        try:
            _run(self.con, sql, {"path": str(path)}, self._step(path.name, "reading"))
        except duckdb.Error as error:
            raise PedigreeError(f"{path}: cannot read: {_first_line(error)}") from None
        return self.store.scalar("SELECT count(*) FROM _stage")

    # --- checking ---------------------------------------------------------------------------

    def _checks(self, table) -> list[tuple[str, str, str]]:
        """(column, SQL condition that is true for a bad row, problem) for every check."""
        checks = []
        for column in all_columns(table):
            name = f'"{column.name}"'
            present = f"pd_text({name}) IS NOT NULL"
            if column.required:
                checks.append((column.name, f"pd_text({name}) IS NULL", "is required"))
            checks += [
                (column.name, f"{present} AND {bad}", problem)
                for bad, problem in _value_checks(column, name)
            ]
        if isinstance(table, TieInput) and table.ordered:
            first, second = table.ordered
            later_end = f"pd_period_end({date_of(second)}, {precision_of(second)})"
            checks.append((second, f"{date_of(first)} > {later_end}", f"is before {first}"))
        if isinstance(table, SourceInput):
            checks.append(("id", _source_conflict(), "already registered with other details"))
        return checks

    def check(self, path: Path, table) -> int:
        """Find bad rows; returns how many rows are bad. Problems land in _errors."""
        selects = [
            f"SELECT _line, '{column}' AS col, "
            f"'{problem}' || coalesce(': ' || CAST({_quoted(column)} AS VARCHAR), '') AS problem "
            f"FROM _stage WHERE {condition}"
            for column, condition, problem in self._checks(table)
        ]
        sql = f"CREATE OR REPLACE TEMP TABLE _errors AS {' UNION ALL '.join(selects)}"
        _run(self.con, sql, None, self._step(path.name, "checking"))
        return self.store.scalar("SELECT count(DISTINCT _line) FROM _errors")

    def problems(self, path: Path) -> tuple[list[str], int]:
        total = self.store.scalar("SELECT count(*) FROM _errors")
        rows = self.con.execute(
            f"SELECT _line, col, problem FROM _errors ORDER BY _line, col LIMIT {SHOWN_PROBLEMS}"
        ).fetchall()
        return [f"{path}:{line}: {col}: {problem}" for line, col, problem in rows], total

    def reject(self, path: Path) -> None:
        self.con.execute(
            """
            INSERT INTO _rejects
            SELECT $file, e._line, e.col, e.problem, to_json(s)::VARCHAR
            FROM _errors e JOIN _stage s USING (_line) ORDER BY e._line, e.col
            """,
            {"file": str(path)},
        )

    # --- inserting --------------------------------------------------------------------------

    def insert(self, path: Path, table) -> int:
        good = "(SELECT * FROM _stage WHERE _line NOT IN (SELECT _line FROM _errors))"
        if isinstance(table, SourceInput):
            sql = _insert_sources(good)
        else:
            file_source = self._file_source(path)
            statements = _statement_rows(table, good, file_source)
            target = "entity_statements" if isinstance(table, EntityTable) else table.target
            sql = (
                f"INSERT INTO {target} BY NAME SELECT *, $now AS recorded_at FROM "
                f"(SELECT DISTINCT ON (id) * FROM ({statements})) "
                f"WHERE id NOT IN (SELECT id FROM {target})"
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

    def load_file(self, path: Path, table) -> FileReport:
        report = FileReport(path, table.name)
        report.rows = self.stage(path, table)
        bad = self.check(path, table)
        if bad and not self.skip_bad:
            problems, total = self.problems(path)
            raise BadInput(problems, total)
        if bad:
            self.reject(path)
            report.rejected = bad
        report.added = self.insert(path, table)
        return report

    def write_rejects(self, rejects_path: Path) -> None:
        self.con.execute(
            "COPY (SELECT file, line, col AS column, problem, row_json AS row FROM _rejects) "
            f"TO '{_sql_string(str(rejects_path))}' (HEADER, DELIMITER ',')"
        )


def load_rows(
    store,
    tables: dict[str, list[dict]],
    *,
    origin: Callable[[str, dict], str] | None = None,
    progress: Progress | None = None,
) -> LoadReport:
    """Load rows built in memory (table name → rows, as the import tables' CSV columns) the way
    table files are loaded: written to a scratch folder, then one transaction. A rejected row is
    reported by `origin(table, row)` (the file it was read from), else as "TABLE row N" — never
    by the scratch file, which is gone by the time anyone reads the message."""
    with tempfile.TemporaryDirectory(prefix="pedigree-rows-") as scratch:
        written = [_write_csv(Path(scratch), name, rows) for name, rows in tables.items() if rows]
        try:
            return load_tables(store, written, progress=progress)
        except BadInput as error:
            problems = [_row_problem(p, Path(scratch), tables, origin) for p in error.problems]
            raise BadInput(problems, error.total) from None


_PROBLEM = re.compile(r"^(?P<path>.+?)\.csv:(?P<line>\d+): (?P<rest>.*)$", re.S)


def _row_problem(problem: str, scratch: Path, tables: dict[str, list[dict]], origin) -> str:
    """A `scratch/TABLE.csv:LINE: column: what` problem said of the row it came from."""
    found = _PROBLEM.match(problem)
    if not found or Path(found["path"]).parent != scratch:
        return problem
    table, line = Path(found["path"]).name, int(found["line"])
    rows = tables.get(table, [])
    index = line - 2  # line 1 is the header
    where = f"{table} row {index + 1}"
    if origin is not None and 0 <= index < len(rows):
        where = f"{origin(table, rows[index])} ({where})"
    return f"{where}: {found['rest']}"


def _write_csv(folder: Path, table: str, rows: list[dict]) -> Path:
    columns = list(dict.fromkeys(column for row in rows for column in row))
    path = folder / f"{table}.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({c: "" if row.get(c) is None else row.get(c) for c in columns})
    return path


def load_tables(
    store,
    paths: Iterable[str | Path],
    *,
    skip_bad: bool = False,
    rejects_path: str | Path = "pedigree-rejects.csv",
    progress: Progress | None = None,
) -> LoadReport:
    """Load table files into `store` as one transaction and rebuild the derived tables."""
    files = discover(paths)
    loader = _Loader(store, skip_bad, progress)
    report = LoadReport()
    started = time.perf_counter()
    with store.transaction():
        for path, table in files:
            report.files.append(loader.load_file(path, table))
        refresh(store)
    if report.rejected:
        report.rejects_path = Path(rejects_path)
        loader.write_rejects(report.rejects_path)
    report.seconds = time.perf_counter() - started
    return report


# --- SQL builders -----------------------------------------------------------------------------


def _quoted(column: str) -> str:
    return f'"{column}"'


def _sql_string(text: str) -> str:
    return text.replace("'", "''")


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0]


def _value_checks(column: Column, name: str) -> list[tuple[str, str]]:
    """(SQL condition true for a bad non-empty value, problem) pairs for one column."""
    number = number_of(column.name)
    if column.check == "date":
        return [(f"{date_of(column.name)} IS NULL", "not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")]
    if column.check == "number":
        checks = [(f"{number} IS NULL", "not a number")]
        if not column.signed:
            checks.append((f"{number} < 0", "must not be negative"))
        return checks
    if column.check == "count":
        return [
            (
                f"{number} IS NULL OR {number} < 0 OR {number} <> floor({number})",
                "not a whole number ≥ 0",
            )
        ]
    if column.check == "fraction":
        return [(f"{number} IS NULL OR {number} < 0 OR {number} > 1", "not a number from 0 to 1")]
    if column.check == "choice":
        choices = ", ".join(f"'{c}'" for c in column.choices)
        return [
            (
                f"lower(pd_text({name})) NOT IN ({choices})",
                f"must be one of {'|'.join(column.choices)}",
            )
        ]
    if column.check == "ref":
        if column.ref == "source":
            known = "SELECT id FROM sources"
        else:
            known = f"SELECT entity_id FROM entity_statements WHERE entity_type = '{column.ref}'"
        label = "organisation" if column.ref == "organization" else column.ref
        return [(f"pd_text({name}) NOT IN ({known})", f"unknown {label} id")]
    return []


def _source_conflict() -> str:
    """True for a source row whose id is registered (in the store or earlier in the same file)
    with different details: sources are immutable, a changed one needs a new id."""
    fields = (
        "coalesce(pd_text(title), ''), coalesce(pd_text(publisher), ''), "
        "coalesce(pd_canonical_date(published), ''), coalesce(pd_text(url), '')"
    )
    stored = (
        "coalesce(title, ''), coalesce(publisher, ''), coalesce(CASE published_precision "
        "WHEN 'year' THEN strftime(published, '%Y') WHEN 'month' THEN strftime(published, '%Y-%m') "
        "WHEN 'day' THEN strftime(published, '%Y-%m-%d') END, ''), coalesce(url, '')"
    )
    return (
        f"(pd_text(id), {fields}) NOT IN (SELECT (id, {stored}) FROM sources) "
        f"AND pd_text(id) IN (SELECT id FROM sources) "
        f"OR (SELECT count(DISTINCT ({fields})) FROM _stage s2 "
        f"WHERE pd_text(s2.id) = pd_text(_stage.id)) > 1"
    )


def _insert_sources(good: str) -> str:
    return f"""
        INSERT INTO sources
        SELECT DISTINCT pd_text(id), pd_text(title), pd_text(publisher), pd_date(published),
               pd_precision(published),
               pd_period_end(pd_date(published), pd_precision(published)), pd_text(url), $now
        FROM {good} WHERE pd_text(id) NOT IN (SELECT id FROM sources)
    """


def _provenance(file_source: str) -> dict[str, str]:
    return {
        "source_id": f"coalesce(pd_text(source_id), '{_sql_string(file_source)}')",
        "quote": "nullif(quote, '')",
        "span_start": f"CAST({number_of('span_start')} AS INTEGER)",
        "span_end": f"CAST({number_of('span_end')} AS INTEGER)",
        "confidence": f"coalesce({number_of('confidence')}, 1.0)",
    }


def _content_id(prefix: str, columns: Iterable[str], later: tuple[str, ...] = ()) -> str:
    """Statement id: md5 over the table name and every column (NULL written as empty). A column
    in `later` is left out when NULL (concat_ws skips NULLs), so adding it kept old ids."""
    parts = ", ".join(
        f"CAST({c} AS VARCHAR)" if c in later else f"coalesce(CAST({c} AS VARCHAR), '')"
        for c in columns
    )
    return f"md5(concat_ws(chr(31), '{prefix}', {parts}))"


def _statement_rows(table: EntityTable | TieInput, good: str, file_source: str) -> str:
    """SELECT of the statements (with content-hash ids) that the good rows make."""
    provenance = _provenance(file_source)
    if isinstance(table, TieInput):
        values = {**table.values, **provenance}
        inner = ", ".join(f"{sql} AS {column}" for column, sql in values.items())
        return (
            f"SELECT {_content_id(table.target, values, table.later)} AS id, * "
            f"FROM (SELECT {inner} FROM {good})"
        )
    props = []
    for prop, sql in table.props.items():
        value = f"unnest({sql})" if prop in table.lists else sql
        props.append(
            f"SELECT pd_text(id) AS entity_id, '{prop}' AS prop, {value} AS value, "
            f"{', '.join(f'{s} AS {c}' for c, s in provenance.items())} FROM {good}"
        )
    columns = ["entity_type", "entity_id", "prop", "value", *provenance]
    return (
        f"SELECT {_content_id('entity', columns)} AS id, * FROM ("
        f"SELECT '{table.entity_type}' AS entity_type, * FROM ({' UNION ALL '.join(props)})"
        f") WHERE value IS NOT NULL AND value <> ''"
    )
