"""The `pedigree` command: a thin shell over the Python API (`pedigree.api`).

Commands live in one module per area; importing a module registers its commands on `app`.
The order here is the order of `pedigree --help`.
"""

from pedigree.cli import (  # noqa: F401, I001  (importing registers; help follows this order)
    data,
    explore,
    talent,
    market,
    history,
    report,
    halo,
    backtest,
    resolution,
    examples,
    export,
    serve,
)
from pedigree.cli.common import app

__all__ = ["app"]
