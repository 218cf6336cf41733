"""Staging one file of an import: its header checked against the table, the SQL that reads it
into the staging table (all text, dates and numbers parsed once), and DuckDB's read errors said
of the line where the file goes wrong. `pedigree.ingest.load` runs these, file after file.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import duckdb

from pedigree.errors import BadInput, PedigreeError, clip, option
from pedigree.ingest import text_tables
from pedigree.ingest.files import DELIMITERS, TEXT_FORMATS, suffix
from pedigree.ingest.tables import (
    all_columns,
    canonical_date_of,
    date_of,
    number_of,
    precision_of,
)

PROBLEMS_PER_FILE = 20  # how many problems a file's diagnosis lists (the rest are counted)
PANDAS_INDEX = "__index_level_"  # the index pandas writes into Parquet: not data, not an error
NUMERIC_CHECKS = ("number", "count", "fraction")


def read_error(path: Path, readable: Path, error: duckdb.Error) -> PedigreeError:
    """DuckDB's reason, said of the line where the file goes wrong."""
    message = str(error)
    if "not utf-8" in message.lower() or "invalid unicode" in message.lower():
        return text_tables.utf8_problem(path)
    delimiter = DELIMITERS.get(suffix(path))
    problems: list[str] = []
    if readable.suffix.lower() in text_tables.COMPRESSED:
        pass
    elif delimiter:
        problems, total = text_tables.diagnose(readable, path, delimiter, PROBLEMS_PER_FILE)
    elif suffix(path) in TEXT_FORMATS:
        problems, total = text_tables.diagnose_json_lines(readable, path, PROBLEMS_PER_FILE)
    if problems:
        return BadInput(problems, total)
    return PedigreeError(f"{path}: cannot read: {clip(first_line(error), 200)}")


def check_header(
    path: Path, readable: Path, table, source_columns: dict, ignore_unknown: bool
) -> list[str]:
    """Refuse a header that lacks a required column, repeats one or has one this table does
    not know; the warnings for the unknown columns `ignore_unknown` lets through."""
    columns = all_columns(table)
    known = [c.name for c in columns]
    problems, warnings = [], []
    delimiter = DELIMITERS.get(suffix(path))
    if delimiter and readable.suffix.lower() not in text_tables.COMPRESSED:
        repeated = text_tables.repeated_columns(readable, delimiter)
        if repeated:
            named = ", ".join(repr(clip(name)) for name in repeated)
            raise PedigreeError(f"{path}:1: the header names column {named} twice")
    if len(source_columns) == 1:
        (only,) = source_columns
        other = next((d for d in ";\t|" if d in only), None)
        if other and other != DELIMITERS.get(suffix(path)):
            raise PedigreeError(
                f"{path}:1: the header is one column, {clip(only)!r}: is the file separated "
                f"by {other!r}? .csv files are comma-separated, .tsv files tab-separated"
            )
    for name in source_columns:
        if name in known or name.startswith(PANDAS_INDEX):
            continue
        guess = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        hint = f" (did you mean {guess[0]!r}?)" if guess else ""
        if ignore_unknown:
            warnings.append(f"{path}: column {clip(name)!r} ignored{hint}")
        else:
            problems.append(f"{path}:1: unknown column {clip(name)!r}{hint}")
    if problems:
        problems[-1] += (
            f"; {table.name} has: {', '.join(known)} "
            f"({option('ignore_unknown_columns')} loads the file without them)"
        )
    missing = [c.name for c in columns if c.required and c.name not in source_columns]
    if missing:
        problems.insert(0, f"{path}:1: missing required column(s): {', '.join(missing)}")
    if problems:
        raise BadInput(problems)
    return warnings


def staging_sql(into: str, path: Path, table, source_columns: dict, reader: str) -> str:
    """The statement that reads a file (`reader`) into the temporary table `into`: every column
    as text, a missing one as NULL, and each date column's first day, precision and canonical
    text and each numeric column's value parsed once (`pedigree.ingest.tables`)."""
    columns = all_columns(table)
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
    # _line is the record number plus the header; `lines` turns it into the line an editor
    # shows, which differs after a quoted line break or a blank line.
    offset = 1 if suffix(path) in DELIMITERS else 0
    return (
        f"CREATE OR REPLACE TEMP TABLE {into} AS SELECT _line, {', '.join(parsed)} FROM "
        f"(SELECT _line, {', '.join(with_parts)} FROM "
        f"(SELECT row_number() OVER () + {offset} AS _line, {', '.join(select)} FROM {reader}))"
    )


def first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0]
