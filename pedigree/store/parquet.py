"""The store as a folder of Parquet files: what Spark (and any Parquet reader) loads.

One file per table, named after it (`stints.parquet`), holding every statement table, `sources`,
the judgements and canonical ids, and every derived table the store holds (organizations, stints,
names, org_ancestors, spinout_ties, the talent tables …), plus `manifest.json`: the format, the
store's schema version, each table's file and row count, and when it was exported. The tables
are copied inside one transaction, so they are one consistent snapshot of the store.

The export is atomic: the files are written to a hidden folder beside the target and renamed
into place at the end, so a failed export leaves no half-written folder behind.
"""

from __future__ import annotations

import json
import shutil
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pedigree.errors import PedigreeError

FORMAT = "pedigree-parquet"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
# Bookkeeping of the DuckDB file itself; the manifest carries the schema version instead.
_NOT_EXPORTED = {"schema_migrations"}


class ExportError(PedigreeError):
    """A Parquet export could not be written or read."""


@dataclass(frozen=True)
class Export:
    """A Parquet export on disk: its folder and the contents of its manifest."""

    directory: Path
    schema_version: int
    exported_at: str
    rows: dict[str, int]

    def file(self, table: str) -> Path:
        return self.directory / f"{table}.parquet"

    @property
    def tables(self) -> list[str]:
        return list(self.rows)


def export_parquet(store, directory: str | Path, *, overwrite: bool = False) -> Export:
    """Write every table of `store` to `directory` as Parquet with a manifest (see the module).

    A `directory` that exists and is not empty is refused unless `overwrite`, which replaces it
    as a whole (only once the new export is complete)."""
    target = Path(directory)
    if target.exists() and not target.is_dir():
        raise ExportError(f"{target}: exists and is not a folder")
    if target.is_dir() and any(target.iterdir()) and not overwrite:
        raise ExportError(f"{target}: folder is not empty; pass overwrite to replace it")
    target.parent.mkdir(parents=True, exist_ok=True)
    work = target.parent / f".{target.name}.exporting-{uuid.uuid4().hex[:8]}"
    work.mkdir()
    try:
        rows = _copy_tables(store, work)
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "schema_version": store.schema_version,
            "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "tables": {name: {"file": f"{name}.parquet", "rows": n} for name, n in rows.items()},
        }
        (work / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        _replace(work, target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return read_export(target)


def _copy_tables(store, folder: Path) -> dict[str, int]:
    """table → rows, each table copied to `folder`/table.parquet in one read transaction."""
    con = store.con
    names = [
        name
        for (name,) in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
            "AND schema_name = 'main' AND NOT temporary ORDER BY table_name"
        ).fetchall()
        if name not in _NOT_EXPORTED
    ]
    rows = {}
    con.execute("BEGIN TRANSACTION")
    try:
        for name in names:
            path = str(folder / f"{name}.parquet").replace("'", "''")
            con.execute(f"COPY \"{name}\" TO '{path}' (FORMAT parquet, COMPRESSION zstd)")
            rows[name] = con.execute(f'SELECT count(*) FROM "{name}"').fetchall()[0][0]
    finally:
        con.execute("COMMIT")
    return rows


def _replace(work: Path, target: Path) -> None:
    """Move the finished export `work` to `target`, replacing what is there."""
    if not target.exists():
        work.rename(target)
        return
    old = target.parent / f".{target.name}.replaced-{uuid.uuid4().hex[:8]}"
    target.rename(old)
    try:
        work.rename(target)
    except BaseException:
        old.rename(target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def read_export(directory: str | Path) -> Export:
    """The export in `directory`, checked: a manifest of this format naming files that exist,
    from a store this pedigree can read."""
    from pedigree.store.schema import SCHEMA_VERSION

    folder = Path(directory)
    path = folder / MANIFEST
    if not path.is_file():
        raise ExportError(f"{folder}: not a Parquet export of a store (no {MANIFEST})")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT:
            raise ExportError(f"{path}: format {manifest.get('format')!r}, expected {FORMAT!r}")
        version, tables = int(manifest["schema_version"]), manifest["tables"]
        rows = {name: int(entry["rows"]) for name, entry in tables.items()}
        exported_at = str(manifest["exported_at"])
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise ExportError(f"{path}: not a valid manifest ({error})") from None
    if int(manifest.get("format_version", 0)) > FORMAT_VERSION:
        raise ExportError(
            f"{path}: format version {manifest['format_version']} is newer than "
            f"this pedigree reads ({FORMAT_VERSION}); upgrade pedigree"
        )
    if version != SCHEMA_VERSION:
        # The derived tables' layout follows the schema: an export is read by the version
        # that wrote it (a store is migrated when opened; export it again).
        raise ExportError(
            f"{path}: schema version {version}, but this pedigree reads "
            f"{SCHEMA_VERSION}; export the store again with this version"
        )
    export = Export(folder, version, exported_at, rows)
    missing = [name for name in rows if not export.file(name).is_file()]
    if missing:
        raise ExportError(f"{folder}: the manifest lists {', '.join(missing)} but no such file")
    return export
