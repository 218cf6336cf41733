"""Modules that load on first use, so a command pays only for the libraries it needs.

`pedigree --help` must start at once, yet the engine behind the commands brings in ibis, pandas,
DuckDB, splink, pypinyin, jieba, trafilatura, statsmodels and the chart libraries. The rule: a
module imports eagerly what every one of its calls needs, and names through `lazy` the pedigree
modules that only some calls need:

    api = lazy("pedigree.api")        # nothing is imported yet
    api.lineage(db, "商汤")             # now pedigree.api and what it imports load, once

Only pedigree's own modules go through `lazy`; third-party libraries are imported normally by
the pedigree module that uses them, so `sys.modules` never holds a stand-in for one of them.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def lazy(name: str) -> ModuleType:
    """The module `name`, executed when one of its attributes is first read (at once if it is
    already imported)."""
    if not name.startswith("pedigree."):
        raise ValueError(f"lazy() is for pedigree's own modules, not {name!r}")
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"no module named {name!r}", name=name)
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    # As the import system does: `pedigree.api` is also the attribute `api` of `pedigree`.
    parent, _, child = name.rpartition(".")
    setattr(sys.modules[parent], child, module)
    return module
