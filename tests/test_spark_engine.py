"""Every analytic on Spark agrees with DuckDB: the same API call, once on the store and once with
`engine="spark"` over its Parquet export, gives the same answer — compared as the JSON the CLI
prints (floats to 9 significant digits: Spark sums in another order), rows in the same order.

The worlds: the bundled demo data set (lineages, profiles, talent, landscape, financials,
timelines), the small made-up world of tests/world.py (as-of cuts), the backtest market of
tests/test_backtest.py, and a planted halo market. Each is loaded once and exported once.

Needs the `spark` extra (pyspark) and Java 17+; skipped without them. One local Spark session
(2 cores, 2 shuffle partitions, no UI) serves the whole run.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from pedigree import api
from pedigree.analytics.planted import generate
from pedigree.store import Store
from pedigree.store.spark import comparable
from tests.test_backtest import AS_OF, market_tables
from tests.world import WORLD, write_tables

pytestmark = [
    pytest.mark.spark,
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas"),
    pytest.mark.filterwarnings("ignore:The copy keyword is deprecated"),
]


def _java_major() -> int | None:
    java = shutil.which("java")
    if java is None:
        return None
    text = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    digits = text.split('"')[1].split(".") if '"' in text else []
    return int(digits[0]) if digits and digits[0].isdigit() else None


@pytest.fixture(scope="session")
def spark(tmp_path_factory):
    pytest.importorskip("pyspark", reason="the Spark engine needs the `spark` extra (pyspark)")
    java = _java_major()
    if java is None or java < 17:
        pytest.skip(f"Spark 4 needs Java 17 or later on the PATH (found: {java or 'none'})")
    from pedigree.resolve.backends import local_spark

    session = local_spark(tmp_path_factory.mktemp("spark"), cores=2)
    yield session
    session.stop()


def _exported(folder: Path, load) -> tuple[str, Path]:
    """A store file loaded by `load(store)`, and its Parquet export."""
    path = folder / "store.duckdb"
    with Store.open(path) as store:
        load(store)
    export = folder / "parquet"
    api.export_parquet(str(path), export)
    return str(path), export


@pytest.fixture(scope="session")
def worlds(tmp_path_factory) -> dict[str, tuple[str, Path]]:
    def tables(contents):
        def load(store):
            from pedigree.ingest import load_tables

            load_tables(store, [write_tables(tmp_path_factory.mktemp("tables"), contents)])

        return load

    planted = generate(companies=80, premium=0.5, noise=0.4, seed=5)
    loads = {
        "demo": tables_from(api.demo_data()),
        "world": tables(WORLD),
        "market": tables(market_tables()),
        "planted": planted.load,
    }
    return {name: _exported(tmp_path_factory.mktemp(name), load) for name, load in loads.items()}


def tables_from(folder: Path):
    def load(store):
        from pedigree.ingest import load_tables

        load_tables(store, [folder])

    return load


# (world, API function, arguments): every analytic, with and without an as-of day.
CASES = [
    ("demo", "lineage", {"org": "商汤", "depth": 3}),
    ("world", "lineage", {"org": "Alpha Vision", "as_of": date(2021, 12, 31)}),
    ("demo", "academies", {"depth": 1, "top": None}),
    ("world", "academies", {"depth": 2, "schools": True, "as_of": date(2023, 12, 31)}),
    ("demo", "person", {"name": "閆俊杰"}),
    ("demo", "org", {"name": "MiniMax"}),
    ("world", "person", {"name": "Wang Wei", "as_of": date(2021, 1, 1)}),
    ("demo", "scarcity", {}),
    ("demo", "scarcity", {"domain": "视觉", "require": ["research"], "as_of": date(2025, 12, 31)}),
    ("demo", "score", {"name": "閆俊杰"}),
    ("demo", "landscape", {}),
    ("demo", "financials", {"org": "MiniMax"}),
    ("demo", "timeline", {"name": "MiniMax"}),
    ("demo", "halo_company", {"org": "MiniMax"}),
    ("planted", "halo", {}),
    ("market", "backtest", {"lineage": "acad", "as_of": AS_OF, "horizon": "12m"}),
]


@pytest.mark.parametrize(
    ("world", "function", "arguments"),
    CASES,
    ids=[f"{world}-{function}-{n}" for n, (world, function, _) in enumerate(CASES)],
)
def test_spark_answers_like_duckdb(spark, worlds, world, function, arguments):
    store, export = worlds[world]
    call = getattr(api, function)
    on_duckdb = comparable(call(store, **arguments))
    on_spark = comparable(call(str(export), engine="spark", **arguments))
    assert _substantial(on_duckdb), f"{function} answered nothing: not a comparison"
    assert on_spark == on_duckdb


def _substantial(answer) -> bool:
    """An answer with some rows in it (not an empty or 'not enough data' one)."""
    if isinstance(answer, list):
        return len(answer) > 0
    return any(isinstance(v, list) and v for v in _walk(answer))


def _walk(value):
    yield value
    if isinstance(value, dict):
        for item in value.values():
            yield from _walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item)


def test_a_store_file_is_exported_for_the_call(spark, worlds):
    """Given the DuckDB store itself, the Spark engine exports it to a temporary folder."""
    store, _ = worlds["demo"]
    on_duckdb = comparable(api.academies(store, depth=1))
    assert comparable(api.academies(store, depth=1, engine="spark")) == on_duckdb


def test_writing_is_refused_on_spark(spark, worlds):
    _, export = worlds["world"]
    with pytest.raises(api.SparkUnsupported):
        api.load(api.SparkSource(export), [])


def test_cli_engine_spark_prints_the_same_json(spark, worlds):
    from typer.testing import CliRunner

    from pedigree.cli import app

    store, export = worlds["demo"]
    runner = CliRunner()
    on_duckdb = runner.invoke(app, ["--db", store, "lineage", "商汤", "--json"])
    on_spark = runner.invoke(
        app, ["--engine", "spark", "--parquet", str(export), "lineage", "商汤", "--json"]
    )
    assert on_duckdb.exit_code == 0, on_duckdb.output
    assert on_spark.exit_code == 0, on_spark.output
    assert comparable(json.loads(on_spark.stdout)) == comparable(json.loads(on_duckdb.stdout))
    refused = runner.invoke(app, ["--engine", "spark", "--parquet", str(export), "demo"])
    assert refused.exit_code == 1
    assert "DuckDB store only" in refused.output
