"""The files an import reads: which are found under a path, which table each holds (by its
name), and how DuckDB reads each format."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import duckdb

from pedigree.errors import PedigreeError
from pedigree.ingest import text_tables
from pedigree.ingest.tables import INPUT_TABLES, EntityTable, SourceInput, TieInput

# CSV dialect fixed, not guessed: a guess turns a ragged or badly quoted file into one column.
_CSV = (
    "read_csv({path}, header = true, skip = 0, all_varchar = true, quote = '\"', "
    f"escape = '\"', max_line_size = {text_tables.MAX_ROW_BYTES}, "
)
READERS = {
    ".csv": _CSV + "delim = ',')",
    ".tsv": _CSV + "delim = '\t')",
    ".parquet": "read_parquet({path})",
    ".jsonl": "read_json({path}, format = 'newline_delimited')",
    ".ndjson": "read_json({path}, format = 'newline_delimited')",
}
DELIMITERS = {".csv": ",", ".tsv": "\t"}
TEXT_FORMATS = (".csv", ".tsv", ".jsonl", ".ndjson")


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


def suffix(path: Path) -> str:
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
            found += sorted(p for p in path.rglob("*") if p.is_file() and suffix(p) in READERS)
        elif path.is_file():
            if suffix(path) not in READERS:
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


def try_reading(path: Path, readable: Path) -> None:
    """Read the whole file once on a scratch connection: DuckDB's errors surface here."""
    reader = READERS[suffix(path)].format(path="$path")
    with duckdb.connect() as scratch:
        scratch.execute(f"SELECT count(*) FROM {reader}", {"path": str(readable)}).fetchall()
