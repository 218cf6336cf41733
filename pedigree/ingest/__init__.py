"""Getting facts into the store: table files, articles and bios."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pedigree.ingest.load import LoadReport, load_tables

__all__ = ["LoadReport", "load_tables"]


def __getattr__(name: str):
    # Re-exported on first use: importing a module of this package (pedigree.ingest.text.ner)
    # should not load the importer and its DuckDB (see pedigree.lazy).
    if name in __all__:
        from pedigree.ingest import load

        return getattr(load, name)
    raise AttributeError(f"module 'pedigree.ingest' has no attribute {name!r}")
