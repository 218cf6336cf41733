"""The Python API: what the CLI does, as calls returning objects and DataFrames.

Every function takes `db`: a path to the store file, None for the default ($PEDIGREE_DB or
./pedigree.duckdb), or an open `Store` (kept open, for notebooks and tests). The analytics also
take `engine`: "duckdb" (the default), or "spark" to run the same expressions on Spark over a
Parquet export — `db` is then the export's folder, or a store that is exported for the call
(`pedigree.store.spark`); a `SparkSource` as `db` means Spark too.

The calls live in modules by job (`stores`: opening a store; `data`: imports, extraction and
exports; `resolution`; `entities`: one entity or source; `lineages`; `talent`; `market`: the
halo model; `reporting`: the HTML report) and are all read from here: `api.lineage(...)`. A
module loads when one of its names is first read, so a command pays only for what it asks.
"""

from __future__ import annotations

import importlib
from typing import Any

# Each public name, and the module of this package that defines it.
_HOME: dict[str, str] = {
    name: module
    for module, names in {
        "stores": ("Db", "store_path", "opened", "held", "SparkSource", "SparkUnsupported"),
        "data": (
            "demo_data",
            "example_data",
            "copy_examples",
            "load",
            "load_demo",
            "extract",
            "ingest",
            "migrate",
            "info",
            "load_unicorns",
            "export_parquet",
            "export_ftm",
        ),
        "resolution": ("judge", "undo", "judgement_list", "resolve", "review_queue", "why"),
        "entities": (
            "sources",
            "names",
            "person",
            "org",
            "financials",
            "timeline",
            "search",
            "source",
        ),
        "lineages": ("lineage", "academies", "landscape", "changes", "backtest"),
        "talent": ("scarcity", "score"),
        "market": ("halo", "halo_company"),
        "reporting": ("report",),
    }.items()
    for name in names
}

__all__ = sorted(_HOME)


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # read once; a test's monkeypatch replaces this
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOME))
