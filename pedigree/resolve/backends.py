"""Running a match model on a splink backend: in-memory DuckDB by default, Spark at scale.

The models in matching.py are backend-free splink settings. This module binds one to a database
API together with the smoothed term-frequency lookups, so that DuckDB and Spark score every
pair alike (tests/test_resolve_spark.py checks that they do). pyspark is optional
(`pip install -e '.[spark]'`, Java 17 or later); it is imported only when a Spark session is made.
"""

from __future__ import annotations

import math
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
from splink import Linker

from pedigree.resolve.commonness import SHARES, smoothed_frequencies
from pedigree.resolve.matching import (
    ESTIMATE_U_FROM,
    ESTIMATE_U_PAIRS,
    ESTIMATE_U_SEED,
    SETTINGS,
    prior_for,
)

# Name columns whose matches are weighted by how common the name is.
TF_COLUMNS = {"person": ("han", "full", "initial", "surname")}
# Record columns holding lists (records.py), typed as arrays on Spark even when all missing;
# other columns are typed from their values.
_LIST_COLUMNS = frozenset(
    {
        "employers",
        "schools",
        "busy_years",
        "rare_employers",
        "tie_keys",
        "partial_tie_keys",
        "keys",
        "local_keys",
        "descriptors",
        "cores",
        "meanings",
        "founders",
    }
)


def linker_on(db_api, records: pd.DataFrame, entity_type: str, settings=None) -> Linker:
    """A splink linker for the entity type's model (or other `settings`, for experiments) over
    `records` on `db_api` (a DuckDBAPI or SparkAPI), with the smoothed term-frequency lookups
    registered."""
    return _bind(db_api, records, entity_type, settings)[0]


def _bind(db_api, records: pd.DataFrame, entity_type: str, settings=None):
    """(linker, registered records, registered term-frequency lookups by column)."""
    table = db_api.register(_input_for(db_api, records), table_name=f"{entity_type}_records")
    if settings is None:
        settings = SETTINGS[entity_type]()
        settings.probability_two_random_records_match = prior_for(len(records))
    lookups = {
        column: db_api.register(
            _input_for(db_api, smoothed_frequencies(records[column], SHARES[column])),
            table_name=f"tf_{column}",
        )
        for column in TF_COLUMNS.get(entity_type, ())
    }
    linker = _linker(table, settings, lookups)
    if len(records) >= ESTIMATE_U_FROM:
        linker.training.estimate_u_using_random_sampling(
            max_pairs=ESTIMATE_U_PAIRS, seed=ESTIMATE_U_SEED
        )
    return linker, table, lookups


def _linker(table, settings, lookups: dict) -> Linker:
    linker = Linker(table, settings, log_level="WARNING")
    for column, registered in lookups.items():
        linker.table_management.register_term_frequency_lookup(registered, column)
    return linker


def predict_with(
    db_api, records: pd.DataFrame, entity_type: str, threshold: float | None = None
) -> pd.DataFrame:
    """Every blocked pair (with a match probability of at least `threshold`, when given) and
    its probability and levels, scored on `db_api` (empty when there is nothing to pair).

    Rules that explode lists run apart from the others, with the same weights: with one of
    them among its rules splink materialises every rule's pairs first, which at a million
    people doubled the time and memory of the name rules (bench/README.md). A pair two runs
    both find is kept once (its score is the same)."""
    if len(records) < 2:
        return pd.DataFrame(columns=["unique_id_l", "unique_id_r", "match_probability"])
    linker, table, lookups = _bind(db_api, records, entity_type)
    model = linker.misc.save_model_to_json()
    rules = model["blocking_rules_to_generate_predictions"]
    groups = [
        group
        for group in (
            [rule for rule in rules if not rule.get("arrays_to_explode")],
            [rule for rule in rules if rule.get("arrays_to_explode")],
        )
        if group
    ]
    if len(groups) == 1:
        pairs = linker.inference.predict(
            threshold_match_probability=threshold
        ).as_pandas_dataframe()
    else:
        frames = []
        for group in groups:
            rules = {**model, "blocking_rules_to_generate_predictions": group}
            part = _linker(table, rules, lookups)
            frames.append(
                part.inference.predict(threshold_match_probability=threshold).as_pandas_dataframe()
            )
        pairs = pd.concat([f for f in frames if not f.empty] or frames[:1], ignore_index=True)
        pairs = pairs.drop_duplicates(["unique_id_l", "unique_id_r"], ignore_index=True)
    pairs.attrs["levels"] = level_weights(linker)
    return pairs


def level_weights(linker: Linker) -> dict[str, list[tuple[float, str]]]:
    """comparison → (match weight, label) of each of its levels but the null level, as the
    linker weighs them (estimated u included): a pair's `mw_<comparison>` names the level it
    met, which is what the matcher's evidence is called (`resolver.evidence`)."""
    return {
        comparison.output_column_name: [
            (float(level._log2_bayes_factor), level.label_for_charts)
            for level in comparison.comparison_levels
            if not level.is_null_level
        ]
        for comparison in linker._settings_obj.comparisons
    }


def duckdb_api():
    """Splink on its own in-memory DuckDB, never inside the store file."""
    import duckdb
    from splink.backends.duckdb import DuckDBAPI

    return DuckDBAPI(duckdb.connect())


def local_spark(work_dir: str | Path | None = None, cores: int = 1):
    """A quiet local-mode Spark session for tests and laptops: no UI, one shuffle partition per
    core, errors-only logging, splink's similarity functions on the class path, and its
    checkpoints under `work_dir` (when None, a new temporary folder that the caller removes).
    Stop it when done."""
    from pyspark.sql import SparkSession
    from splink.backends.spark import similarity_jar_location

    work = Path(work_dir or tempfile.mkdtemp(prefix="pedigree-spark-"))
    work.mkdir(parents=True, exist_ok=True)
    log_config = work / "log4j2.properties"
    log_config.write_text(
        "rootLogger.level = error\n"
        "rootLogger.appenderRef.stderr.ref = console\n"
        "appender.console.type = Console\n"
        "appender.console.name = console\n"
        "appender.console.target = SYSTEM_ERR\n"
        "appender.console.layout.type = PatternLayout\n"
        "appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n\n",
        encoding="utf-8",
    )
    java_options = f"-Dlog4j2.configurationFile={log_config.as_uri()}"
    spark = (
        SparkSession.builder.master(f"local[{cores}]")
        .appName("pedigree-resolve")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", str(cores))
        .config("spark.default.parallelism", str(cores))
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.extraJavaOptions", java_options)
        .config("spark.sql.warehouse.dir", str(work / "warehouse"))
        .config("spark.jars", similarity_jar_location())
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    spark.sparkContext.setCheckpointDir(str(work / "checkpoints"))
    return spark


def spark_api(spark, **options):
    """Splink's Spark API on `spark`; `options` go to SparkAPI (break_lineage_method, ...).
    The default breaks lineage by writing parquet under the session's checkpoint folder."""
    from splink.backends.spark import SparkAPI

    return SparkAPI(spark_session=spark, **options)


def _input_for(db_api, frame: pd.DataFrame):
    """What `db_api.register` takes: the pandas frame itself, or for Spark a Spark frame with
    an explicit schema, since Spark cannot infer a type for a column that is all missing."""
    if db_api.sql_dialect.sql_dialect_str != "spark":
        return frame
    return _spark_frame(db_api.spark, frame)


def _spark_frame(spark, frame: pd.DataFrame):
    """Lists become arrays of strings, floats doubles, everything else strings: records are
    strings and lists of strings, term-frequency lookups add a float share."""
    from pyspark.sql.types import ArrayType, DoubleType, StringType, StructField, StructType

    fields = []
    for column in frame.columns:
        present = frame[column].dropna()
        if column in _LIST_COLUMNS or any(
            isinstance(value, (list, tuple, np.ndarray)) for value in present
        ):
            kind = ArrayType(StringType())
        elif pd.api.types.is_float_dtype(frame[column]):
            kind = DoubleType()
        else:
            kind = StringType()
        fields.append(StructField(str(column), kind))
    rows = [tuple(_plain(value) for value in row) for row in frame.itertuples(index=False)]
    return spark.createDataFrame(rows, StructType(fields))


def _plain(value):
    """A Python value Spark accepts: missing as None, numpy arrays as lists."""
    if isinstance(value, np.ndarray):
        return value.tolist()
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, np.generic):
        return value.item()
    return value
