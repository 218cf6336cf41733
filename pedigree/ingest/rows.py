"""Rows built in memory — the facts read from articles, a unicorn list — imported the way table
files are: written as CSV files to a scratch folder and loaded in one transaction
(`pedigree.ingest.load`), with each rejected row named by where it came from, never by the
scratch file."""

from __future__ import annotations

import csv
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from pedigree.errors import BadInput
from pedigree.ingest.load import LoadReport, Progress, load_tables


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
        return problem.replace(f"{scratch}{os.sep}", "")  # never name the scratch folder
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
