"""Giving back the space a rolled-back import took.

DuckDB writes a large transaction's rows to the file as it goes; when the transaction rolls back
it forgets those blocks but neither reuses them soon nor truncates the file (nor does CHECKPOINT
or VACUUM), so a failed import could leave the file many times larger. Copying the store into a
new file (COPY FROM DATABASE keeps tables, indexes, constraints and sequences) and renaming it
over the old one gives the space back.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

from pedigree.store import locking

# Compact when the file is more than twice what the store uses, and by at least this much.
_SLACK = 1 << 20


def grown(con: duckdb.DuckDBPyConnection, path: Path) -> bool:
    """Whether most of the file is blocks no table uses."""
    con.execute("CHECKPOINT")
    block_size, blocks = con.execute(
        "SELECT block_size, used_blocks FROM pragma_database_size() "
        "WHERE database_name = current_database()"
    ).fetchone()
    return path.stat().st_size > 2 * block_size * blocks + _SLACK


def rewrite(con: duckdb.DuckDBPyConnection, path: Path) -> duckdb.DuckDBPyConnection:
    """Copy the store `con` has open at `path` into a new file that replaces it; return a
    connection to the new file. Every file is locked by this process at every moment, so no
    other process sees a half-made copy or writes to the old file after the copy."""
    copy = path.with_name(f".{path.name}.compact-{os.getpid()}")
    copy.unlink(missing_ok=True)
    database = con.execute("SELECT current_database()").fetchone()[0]
    try:
        con.execute(f"ATTACH '{_sql(copy)}' AS pedigree_compact")
        con.execute(f'COPY FROM DATABASE "{database}" TO pedigree_compact')
        con.execute("DETACH pedigree_compact")
        holder = duckdb.connect(str(copy))  # holds the new file's lock across the rename
    except BaseException:
        con.execute("DETACH DATABASE IF EXISTS pedigree_compact")
        copy.unlink(missing_ok=True)
        raise
    try:
        os.replace(copy, path)
        con.close()
    finally:
        holder.close()
    return locking.connect(path, read_only=False)


def _sql(path: Path) -> str:
    return str(path).replace("'", "''")
