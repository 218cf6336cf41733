"""pedigree: founder lineages from public reporting, as a provenance-tracked knowledge graph."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pedigree.store import Store

__all__ = ["Store"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # `from pedigree import Store` works, but importing any pedigree module does not load the
    # store's DuckDB and Ibis (see pedigree.lazy).
    if name == "Store":
        from pedigree.store import Store

        return Store
    raise AttributeError(f"module 'pedigree' has no attribute {name!r}")
