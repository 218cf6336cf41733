"""The `pedigree` command: a thin shell over the Python API (`pedigree.api`).

Commands live in one module per area; importing a module registers its commands on `app`.
"""

from pedigree.cli import data, explore, resolution  # noqa: F401  (registers the commands)
from pedigree.cli.common import app

__all__ = ["app"]
