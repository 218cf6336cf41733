"""Getting facts into the store: table files now; articles and bios later."""

from pedigree.ingest.load import LoadReport, load_tables

__all__ = ["LoadReport", "load_tables"]
