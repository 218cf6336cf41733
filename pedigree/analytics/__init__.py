"""Analytics over the store's derived tables, written as Ibis expressions (DuckDB by default)."""

# The tables the analytics keep in the store register with it when this package is imported.
from pedigree.analytics import derived_tables as _derived_tables  # noqa: F401
