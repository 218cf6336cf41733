"""Analytics over the store's derived tables, written as Ibis expressions (DuckDB by default)."""
