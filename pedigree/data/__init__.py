"""Bundled data: the curated demo data set, currency rates, the sector taxonomy, alias and name
tables, the NER model."""

from __future__ import annotations

import csv
from importlib.resources import files


def csv_rows(*path: str) -> list[dict[str, str]]:
    """The rows of a bundled CSV file (`csv_rows("aliases", "surnames.csv")`), as strings."""
    with files("pedigree.data").joinpath(*path).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))
