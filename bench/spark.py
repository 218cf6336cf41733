"""Benchmark of the Spark engine: every analytic on Spark (local mode) against DuckDB, same data.

    python bench/spark.py                     # 1M people (synthetic), about half an hour here
    python bench/spark.py --sizes 10000       # a quick check
    python bench/spark.py --store S.duckdb    # an existing store instead of a synthetic one
    python bench/spark.py --store S.duckdb --export DIR --only academies   # and its export

For each size, in a fresh temporary folder: `bench/synth.py` writes the Parquet import files,
`pedigree.api.load` imports them into a store, `pedigree.api.export_parquet` exports the store
(timed: that is what Spark reads), then each analytic is called through the API on the store
(`engine="duckdb"`) and on the export (`engine="spark"`): lineage of the largest academy,
the academies ranking, a person's and an organisation's profile, scarcity, a founder score, the
landscape data, financials, the halo model and one company against it, and a backtest cohort.
Each is timed warm (median of `--repeats` after one untimed call, which on Spark also compiles
and caches), the ratio Spark / DuckDB reported, and the two answers compared as the JSON the CLI
prints (floats to 9 significant digits).

Spark runs in local mode on every core (`local[*]`; here 2, shared with other work: the load
average is recorded), shuffle partitions = cores, driver memory `--spark-memory`. The report is
printed and written to bench/out/spark.json. Only synthetic data is used.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out" / "spark.json"


def timed(fn, repeats: int) -> tuple[float, object]:
    """(median seconds of `repeats` calls after one untimed call, the last answer)."""
    answer = fn()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        answer = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), answer


def subjects(store_path: str) -> dict[str, str]:
    """The ids the analytics are asked about: the largest academy, its most credentialled
    founder, a company with valuations and financials (else any valued company), and the
    academy's valued company with the most valuations (`academy_company`, for the halo check;
    else `company`)."""
    from pedigree import api
    from pedigree.store import Store

    top = api.academies(store_path, depth=1, top=1).iloc[0].org_id
    with Store.open(store_path, read_only=True) as store:
        person = store.scalar(
            "SELECT person_id FROM credential_statements GROUP BY 1 ORDER BY count(*) DESC, 1 "
            "LIMIT 1"
        )
        company = store.scalar(
            "SELECT r.org_id FROM rounds r LEFT JOIN (SELECT DISTINCT org_id FROM financials) f "
            "USING (org_id) WHERE r.post_money_valuation IS NOT NULL "
            "GROUP BY 1 ORDER BY bool_or(f.org_id IS NOT NULL) DESC, count(*) DESC, 1 LIMIT 1"
        )
        academy_company = store.scalar(
            "SELECT r.org_id FROM rounds r SEMI JOIN spinout_ties t ON t.child_id = r.org_id "
            "AND t.parent_id = ? WHERE r.post_money_valuation IS NOT NULL "
            "GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1",
            [top],
        )
    return {
        "academy": top,
        "person": person,
        "company": company,
        "academy_company": academy_company or company,
    }


def analytics(ids: dict[str, str]) -> dict[str, tuple[str, dict]]:
    """name → (API function, arguments)."""
    return {
        "lineage": ("lineage", {"org": ids["academy"], "depth": 3}),
        "academies": ("academies", {"depth": 1, "top": None}),
        "person": ("person", {"name": ids["person"]}),
        "org": ("org", {"name": ids["company"]}),
        "scarcity": ("scarcity", {"top": 20}),
        "score": ("score", {"name": ids["person"]}),
        "landscape": ("landscape", {}),
        "financials": ("financials", {"org": ids["company"]}),
        "halo": ("halo", {}),
        "halo_company": ("halo_company", {"org": ids["academy_company"]}),
        "backtest": (
            "backtest",
            {"lineage": ids["academy"], "as_of": date(2022, 6, 30), "horizon": "12m"},
        ),
    }


def run(
    store_path: str, folder: Path, repeats: int, only: set[str] | None, reuse: Path | None = None
) -> dict:
    """Every analytic (or `only` those) on the store and on its Parquet export: written into
    `folder`, else `reuse`, an export of this store made before (its time is not measured)."""
    from pedigree import api
    from pedigree.store.parquet import read_export
    from pedigree.store.spark import SparkStore, comparable

    result: dict = {"load_average": [os.getloadavg()[0]]}
    started = time.perf_counter()
    if reuse is not None:
        export = read_export(reuse)
        result["export_reused"] = str(reuse)
    else:
        export = api.export_parquet(store_path, folder / "parquet")
    result["export_s"] = time.perf_counter() - started
    result["export_rows"] = sum(export.rows.values())
    result["export_bytes"] = sum(p.stat().st_size for p in export.directory.iterdir())
    started = time.perf_counter()
    SparkStore(export.directory).close()  # starts the session, registers the tables
    result["spark_start_s"] = time.perf_counter() - started
    ids = subjects(store_path)
    result["subjects"] = ids
    rows = {}
    for name, (function, arguments) in analytics(ids).items():
        if only and name not in only:
            continue
        call = getattr(api, function)
        print(f"  {name} …", end="", flush=True)
        duck_s, on_duckdb = timed(lambda call=call, a=arguments: call(store_path, **a), repeats)
        spark_s, on_spark = timed(
            lambda call=call, a=arguments: call(str(export.directory), engine="spark", **a),
            repeats,
        )
        equal = comparable(on_spark) == comparable(on_duckdb)
        rows[name] = {
            "duckdb_s": duck_s,
            "spark_s": spark_s,
            "ratio": spark_s / duck_s,
            "equal": equal,
        }
        print(f" duckdb {duck_s:.2f}s, spark {spark_s:.2f}s, equal {equal}", flush=True)
    result["analytics"] = rows
    result["load_average"].append(os.getloadavg()[0])
    return result


def synthetic_store(people: int, seed: int, folder: Path) -> tuple[str, dict]:
    """A store of `people` synthetic people (bench/synth.py), and how long it took."""
    from pedigree import api

    data = folder / "data"
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, str(HERE / "synth.py"), "--people", str(people), "--out", str(data)]
        + ["--seed", str(seed)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    generate_s = time.perf_counter() - started
    store = str(folder / "store.duckdb")
    started = time.perf_counter()
    api.load(store, [data])
    return store, {"generate_s": generate_s, "load_s": time.perf_counter() - started}


def start_spark(memory: str):
    """The local session every SparkStore of this process uses."""
    from pedigree.store.spark import spark_session

    os.environ.setdefault("PYSPARK_SUBMIT_ARGS", f"--driver-memory {memory} pyspark-shell")
    return spark_session()


def report(results: list[dict]) -> str:
    lines = []
    for result in results:
        made = "reused" if result.get("export_reused") else f"{result['export_s']:.1f}s"
        lines.append(
            f"{result['people']:,} people · export {made} "
            f"({result['export_rows']:,} rows, {result['export_bytes'] / 2**20:.0f} MiB) · "
            f"Spark start {result['spark_start_s']:.1f}s · load average "
            f"{result['load_average'][0]:.1f} → {result['load_average'][1]:.1f}"
        )
        lines.append(f"{'analytic':<14}{'DuckDB s':>10}{'Spark s':>10}{'Spark/DuckDB':>14}  equal")
        for name, row in result["analytics"].items():
            lines.append(
                f"{name:<14}{row['duckdb_s']:>10.2f}{row['spark_s']:>10.2f}"
                f"{row['ratio']:>13.1f}×  {'yes' if row['equal'] else 'NO'}"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000000", help="people per run, comma-separated")
    parser.add_argument("--store", type=Path, help="an existing store instead (size: its people)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=1, help="timed warm calls per figure")
    parser.add_argument("--only", help="analytics to run, comma-separated (default: all)")
    parser.add_argument(
        "--export",
        type=Path,
        help="with --store: an existing Parquet export of that store, read instead of exporting "
        "again (at 10M people an export takes minutes; its time is then not reported)",
    )
    parser.add_argument("--spark-memory", default="6g", help="Spark driver memory")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else None
    if args.export and not args.store:
        parser.error("--export needs --store: the export must be of that store")

    import warnings

    warnings.filterwarnings("ignore")
    start_spark(args.spark_memory)
    results = []
    sizes = [None] if args.store else [int(s.replace("_", "")) for s in args.sizes.split(",")]
    for people in sizes:
        folder = Path(tempfile.mkdtemp(prefix="pedigree-bench-spark-"))
        try:
            if args.store:
                store, made = str(args.store), {}
                from pedigree import api

                people = api.info(store)["counts"].get("people", 0)
            else:
                print(f"--- {people:,} people: generating and importing", flush=True)
                store, made = synthetic_store(people, args.seed, folder)
            result = run(store, folder, args.repeats, only, args.export)
            result.update(people=people, **made)
            results.append(result)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    text = report(results)
    print()
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
