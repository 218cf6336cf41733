"""The CLI starts at once: its modules load the engine's heavy libraries only when a command runs.

Checked in a fresh interpreter by what is in sys.modules, not by timing (bench/startup.py times
it), so the test fails on a regression whatever the machine's load.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pedigree import api
from pedigree.lazy import lazy
from tests.world import WORLD, write_tables

HEAVY = [
    "cn2an", "duckdb", "ibis", "jieba", "matplotlib", "numpy", "opencc", "pandas", "plotly",
    "pyarrow", "pycrfsuite", "pypinyin", "splink", "sqlglot", "statsmodels", "trafilatura",
]  # fmt: skip


def loaded_after(code: str) -> list[str]:
    """The heavy libraries in sys.modules after `code` runs in a fresh interpreter."""
    probe = (
        f"import json, sys\n{code}\nprint(json.dumps(sorted(set({HEAVY!r}) & set(sys.modules))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_cli(*args: str) -> str:
    return f"""
from pedigree.cli import app
try:
    app({list(args)!r})
except SystemExit:
    pass
"""


def test_importing_the_cli_loads_no_heavy_library():
    assert loaded_after("import pedigree.cli") == []


@pytest.mark.parametrize(
    "args",
    [["--help"], ["lineage", "--help"], ["scarcity", "--help"], ["backtest", "--help"]],
    ids=" ".join,
)
def test_help_loads_no_heavy_library(args):
    assert loaded_after(run_cli(*args)) == []


def test_a_command_loads_what_it_needs(tmp_path):
    # the control: the probe does see the engine load when a command needs it
    loaded = loaded_after(run_cli("--db", str(tmp_path / "none.duckdb"), "info"))
    assert {"duckdb", "ibis"} <= set(loaded)


# What reading articles, entity resolution and charts need; a lineage question needs none of it.
NOT_FOR_A_LINEAGE = {
    "cn2an", "jieba", "matplotlib", "plotly", "pycrfsuite", "pypinyin", "splink", "statsmodels",
    "trafilatura",
}  # fmt: skip


def test_a_lineage_loads_the_engine_and_nothing_else(tmp_path):
    db = tmp_path / "world.duckdb"
    api.load(db, [write_tables(tmp_path / "world", WORLD)])
    loaded = set(loaded_after(run_cli("--db", str(db), "lineage", "alpha")))
    assert {"duckdb", "ibis", "pandas"} <= loaded
    assert not loaded & NOT_FOR_A_LINEAGE


def test_the_package_and_the_api_stay_usable():
    import pedigree
    from pedigree import Store
    from pedigree.ingest import load_tables

    assert Store is pedigree.Store and callable(load_tables)
    with pytest.raises(AttributeError):
        pedigree.no_such_thing  # noqa: B018


def test_lazy_modules_load_on_first_use():
    module = lazy("pedigree.analytics.defaults")
    assert module.DEFAULT_MIN_TEAM > 0
    assert lazy("pedigree.analytics.defaults") is module
    with pytest.raises(ValueError, match="pedigree's own"):
        lazy("pandas")
    with pytest.raises(ModuleNotFoundError):
        lazy("pedigree.no_such_module")


def console(*args: str) -> subprocess.CompletedProcess:
    """The console script's `main` in a fresh interpreter that says, on stderr, when its exit
    handlers run and when the interpreter's teardown reaches the main module's objects."""
    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('exit handlers ran', file=sys.stderr))\n"
        "class Torn:\n"
        "    def __del__(self):\n"
        "        print('torn down', file=sys.stderr)\n"
        "marker = Torn()\n"
        f"sys.argv = ['pedigree', *{list(args)!r}]\n"
        "from pedigree.cli.entry import main\n"
        "main()\n"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)


def test_a_read_command_ends_at_once_with_its_output_and_code(tmp_path):
    db = str(tmp_path / "world.duckdb")
    wrote = console("--db", db, "demo")  # a write: the ordinary exit, teardown included
    assert wrote.returncode == 0, wrote.stderr
    assert "exit handlers ran" in wrote.stderr and "torn down" in wrote.stderr
    read = console("--db", db, "lineage", "商汤", "--json")
    assert read.returncode == 0, read.stderr
    assert json.loads(read.stdout)["root"]["name"]  # the whole answer, flushed
    assert "exit handlers ran" in read.stderr and "torn down" not in read.stderr
    missing = console("--db", db, "lineage", "no such organisation")
    assert missing.returncode == 1 and "error: no organisation named" in missing.stderr
    assert "torn down" not in missing.stderr
