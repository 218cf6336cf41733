"""Currency rates: the fixed, approximate US dollars per unit of `pedigree/data/fx.csv`, for
ranking and thresholds, not accounting; a currency missing from the file gives no USD value."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import pandas as pd


@cache
def fx_rates() -> pd.DataFrame:
    """currency, usd_per_unit: one row per currency of the file."""
    with files("pedigree.data").joinpath("fx.csv").open(encoding="utf-8") as handle:
        return pd.read_csv(handle)
