"""The DuckDB store: statement tables, derived tables, name lookup."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pedigree.store.store import DEFAULT_PATH, Store, is_interrupt, resolve_path

__all__ = ["DEFAULT_PATH", "Store", "is_interrupt", "resolve_path"]


def __getattr__(name: str):
    # Re-exported on first use: importing pedigree.store.locking (as the CLI does for --wait)
    # should not load DuckDB and Ibis (see pedigree.lazy).
    if name in __all__:
        from pedigree.store import store

        return getattr(store, name)
    raise AttributeError(f"module 'pedigree.store' has no attribute {name!r}")
