"""pedigree: founder lineages from public reporting, as a provenance-tracked knowledge graph."""

from pedigree.store import Store

__all__ = ["Store"]
__version__ = "0.1.0"
