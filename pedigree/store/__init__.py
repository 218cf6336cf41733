"""The DuckDB store: statement tables, derived tables, name lookup."""

from pedigree.store.store import DEFAULT_PATH, Store, is_interrupt, resolve_path

__all__ = ["DEFAULT_PATH", "Store", "is_interrupt", "resolve_path"]
