"""Every analytic through the API on one DuckDB store: time, answer size and memory.

    python bench/every_analytic.py --store S.duckdb [--repeats 1] [--out FILE]

Runs what `bench/spark.py` runs on DuckDB (same subjects, same calls: lineage of the largest
academy, the academies ranking, a person's and an organisation's profile, scarcity, a founder
score, the landscape data, financials, the halo model and one company against it, a backtest
cohort), each on the store opened read-only by the API as a user's call opens it: the first
call (cold: the store opened, the SQL compiled) and the median of `--repeats` warm calls, in
wall and CPU seconds (the process's, BLAS and DuckDB threads included). Then
the full academies ranking on one open store against `bench/foundation.py`'s hand-written SQL
(results checked equal), `pedigree academies` as a whole process (start-up included), and the
store's file unchanged after it all (no read writes). Meant for stores too large to export for
Spark (10M people); the store comes from `bench/foundation.py --keep DIR` (or any import).
Only synthetic data is used.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from spark import analytics, subjects  # noqa: E402  (the same subjects and calls)


def peak_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def size(answer) -> str:
    """A short description of an answer: its rows, else the rows of its first table (a frame
    among its fields), else its type."""
    import dataclasses

    import pandas as pd

    if isinstance(answer, pd.DataFrame | list | tuple):
        return f"{len(answer):,} rows"
    if dataclasses.is_dataclass(answer):
        for field in dataclasses.fields(answer):
            value = getattr(answer, field.name)
            if isinstance(value, pd.DataFrame | list | tuple):
                return f"{type(answer).__name__}.{field.name}: {len(value):,}"
    return type(answer).__name__


def fingerprint(path: Path) -> str:
    """Size and modification time of the store file and its WAL: a read must change neither."""
    parts = []
    for candidate in (path, path.with_name(path.name + ".wal")):
        if candidate.exists():
            stat = candidate.stat()
            parts.append(f"{candidate.name}:{stat.st_size}:{stat.st_mtime_ns}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:12]


def academies_vs_sql(store_path: str, repeats: int) -> dict:
    """The full academies ranking on one open store (read-only) against the hand-written SQL of
    `bench/foundation.py` (spin-out edges from `spinout_ties`), as that benchmark times them:
    the median of `repeats` warm calls each, and whether the rankings are equal."""
    from foundation import academies_by_sql, same_ranking, timed

    from pedigree.analytics.academies import academies
    from pedigree.store import Store

    with Store.open(store_path, read_only=True) as store:
        views = store.views()
        ours_s, ours_runs, ours = timed(lambda: academies(views, depth=1, top=None), repeats)
        sql_s, sql_runs, by_sql = timed(lambda: academies_by_sql(store.con, True), repeats)
    equal = same_ranking(ours, by_sql)
    print(
        f"academies on an open store {ours_s * 1e3:,.0f} ms, hand-written SQL {sql_s * 1e3:,.0f} "
        f"ms: {ours_s / sql_s:.2f}x; equal: {equal[1] if equal[0] else 'NO, ' + equal[1]}",
        flush=True,
    )
    return {
        "academies_s": ours_s,
        "academies_runs": ours_runs,
        "sql_s": sql_s,
        "sql_runs": sql_runs,
        "ratio": ours_s / sql_s,
        "rows": len(ours),
        "equal": equal,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--repeats", type=int, default=1, help="warm timed calls per analytic")
    parser.add_argument("--only", help="analytics to run, comma-separated (default: all)")
    parser.add_argument("--out", type=Path, default=HERE / "out" / "every_analytic.json")
    args = parser.parse_args()
    if not args.store.is_file():
        raise SystemExit(f"no store at {args.store}")
    only = set(args.only.split(",")) if args.only else None

    from pedigree import api

    store = str(args.store)
    before = fingerprint(args.store)
    result: dict = {
        "store": store,
        "store_bytes": args.store.stat().st_size,
        "counts": api.info(store)["counts"],
        "load_average": [os.getloadavg()[0]],
        "memory_limit": os.environ.get("PEDIGREE_MEMORY_LIMIT"),
    }
    started = time.perf_counter()
    ids = subjects(store)
    result["subjects"], result["subjects_s"] = ids, time.perf_counter() - started
    rows: dict = {}
    for name, (function, arguments) in analytics(ids).items():
        if only and name not in only:
            continue
        call = getattr(api, function)
        print(f"{name:<14}", end="", flush=True)
        row: dict = {}
        try:
            started, cpu = time.perf_counter(), time.process_time()
            answer = call(store, **arguments)
            row["cold_s"] = time.perf_counter() - started
            row["cold_cpu_s"] = time.process_time() - cpu
            warm, warm_cpu = [], []
            for _ in range(args.repeats):
                started, cpu = time.perf_counter(), time.process_time()
                answer = call(store, **arguments)
                warm.append(time.perf_counter() - started)
                warm_cpu.append(time.process_time() - cpu)
            row["warm_s"] = statistics.median(warm)
            row["warm_cpu_s"] = statistics.median(warm_cpu) if warm_cpu else None
            row["answer"] = size(answer)
        except Exception as error:  # a failing analytic is reported, the rest still run
            row["error"] = f"{type(error).__name__}: {error}"
        row["peak_gb"] = peak_bytes() / 1e9
        rows[name] = row
        save(args.out, {**result, "analytics": rows})  # a run stopped early keeps what it has
        if "error" in row:
            print(f"FAILED {row['error']}", flush=True)
        else:
            print(
                f"cold {row['cold_s']:8.2f}s ({row['cold_cpu_s']:.2f} CPU)  warm "
                f"{row['warm_s']:8.2f}s  {row['answer']:<34}peak {row['peak_gb']:.2f} GB",
                flush=True,
            )
    result["analytics"] = rows
    if not only or "academies" in only:
        result["academies_vs_sql"] = academies_vs_sql(store, args.repeats)

    # The academies command as a user runs it: a whole process, start-up included.
    command = [sys.executable, "-m", "pedigree.cli", "--db", store, "academies", "--top", "20"]
    timings = []
    for _ in range(max(1, args.repeats)):
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        timings.append(time.perf_counter() - started)
        if done.returncode != 0:
            result["cli_academies_error"] = done.stderr.strip()[-500:]
            break
    result["cli_academies_s"] = timings
    result["cli_academies_peak_gb"] = (
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024 / 1e9
    )
    print(f"pedigree academies (whole process): {', '.join(f'{t:.2f}s' for t in timings)}")
    result["store_unchanged"] = fingerprint(args.store) == before
    result["load_average"].append(os.getloadavg()[0])
    print(f"store unchanged by the reads: {result['store_unchanged']}")
    print(f"load average {result['load_average'][0]:.1f} → {result['load_average'][1]:.1f}")
    save(args.out, result)
    print(f"written to {args.out}")


def save(path: Path, result: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=2, default=str) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
