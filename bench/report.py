"""Benchmark of the HTML report on synthetic data: time per section, file size, memory.

    python bench/report.py                          # 10k and 100k people
    python bench/report.py --sizes 10000,100000,1000000
    python bench/report.py --keep /tmp/report-bench # keep (and reuse) each size's store

For every size, `bench/synth.py` writes the Parquet files and a worker process loads them into a
fresh store (`pedigree.api.load`; with --keep, a store kept from an earlier run is reused), then
builds the report (`pedigree.report.html.build`, the defaults of `pedigree report`: depth 3, top
20 academies, up to 4 financial charts) for

- the organisation with the most spin-outs (the largest tree: the worst case), and
- the median organisation among those with a spin-out (a typical report),

timing the whole build (median of warm repeats; the first build of the process is timed apart,
as it loads the CJK font and warms matplotlib), each section, and the HTML's size; and the peak
memory (RSS high-water mark of the worker). Goal: ≤ 10 s at 1M people. There is no hand-written
SQL equivalent of a whole report, so no ratio is given; the sections' queries are benchmarked
against SQL in bench/foundation.py (academies, lineage) and bench/landscape.py.

The report is printed and written to bench/out/report.json. Only synthetic data is used.
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
from pathlib import Path

from foundation import (
    code_fingerprint,
    machine,
    parse_sizes,
    peak_bytes,
    run_sizes,
    size_arguments,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "out" / "report.json"
DEFAULT_SIZES = "10000,100000"
GOAL_S = 10.0


def worker(data: Path, db: Path, repeats: int, result_path: Path) -> None:
    # Not through `pedigree.api`, which imports every command's analytics: only what the
    # report needs.
    from pedigree.analytics.academies import academies
    from pedigree.analytics.talent import stored_talent
    from pedigree.ingest.load import load_tables
    from pedigree.report import html
    from pedigree.store import Store

    result: dict = {"code": code_fingerprint()}
    if not db.exists():
        started = time.perf_counter()
        with Store.open(db, create=True) as store:
            load_tables(store, [data])
        result["load_s"] = time.perf_counter() - started
    store = Store.open(db)
    result["counts"] = store.counts()
    views = store.views()
    # As `pedigree report` does: the store's talent tables, derived once per change of the
    # store (timed apart: the first scarcity question after an import pays it).
    started = time.perf_counter()
    talent = stored_talent(store)
    result["talent_tables_s"] = time.perf_counter() - started
    ranked = academies(views, depth=1, top=None)
    subjects = {"top": ranked.iloc[0], "median": ranked.iloc[len(ranked) // 2]}
    for label, row in subjects.items():
        runs, sections = [], []
        first = None
        for i in range(repeats + 1):
            timings: dict[str, float] = {}
            started = time.perf_counter()
            report = html.build(views, row.org_id, timings=timings, talent=talent)
            spent = time.perf_counter() - started
            if first is None:
                first = spent
            if i > 0 or repeats == 0:
                runs.append(spent)
                sections.append(timings)
        result[label] = {
            "org_id": row.org_id,
            "spinouts": int(row.spinouts),
            "first_s": first,
            "s": statistics.median(runs),
            "runs_s": runs,
            "sections_s": {k: statistics.median(t[k] for t in sections) for k in sections[0]},
            "html_bytes": len(report.html.encode()),
            "companies": len(report.companies),
            "sources": len(report.sources),
            "charts": report.html.count("<svg"),
            "unavailable": report.unavailable,
        }
    result["peak_bytes"] = peak_bytes()
    store.close()
    result_path.write_text(json.dumps(result, default=str))


def run_size(people: int, seed: int, repeats: int, keep: Path | None) -> dict:
    folder = keep / str(people) if keep else Path(tempfile.mkdtemp(prefix="pedigree-report-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        data, db = folder / "data", folder / "store.duckdb"
        if not db.exists():
            subprocess.run(
                [sys.executable, str(HERE / "synth.py"), "--people", str(people)]
                + ["--out", str(data), "--seed", str(seed)],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        result_path = folder / "result.json"
        load_before = os.getloadavg()[0]
        subprocess.run(
            [sys.executable, __file__, "--worker", str(data), "--db", str(db)]
            + ["--repeats", str(repeats), "--result", str(result_path)],
            check=True,
        )
        result = json.loads(result_path.read_text())
        result.update(people=people, load_average=[load_before, os.getloadavg()[0]])
        return result
    finally:
        if keep is None:
            shutil.rmtree(folder, ignore_errors=True)


def summary(results: list[dict]) -> str:
    lines = ["people      org (spin-outs)   build s (first)   html KB  charts  peak GB  sections"]
    for r in results:
        for label in ("top", "median"):
            x = r[label]
            slowest = sorted(x["sections_s"].items(), key=lambda kv: -kv[1])[:3]
            parts = ", ".join(f"{k} {v:.2f}" for k, v in slowest)
            mark = "ok" if x["s"] <= GOAL_S else "SLOW"
            lines.append(
                f"{r['people']:>9,}  {label:6} ({x['spinouts']:>4})  "
                f"{x['s']:6.2f} ({x['first_s']:5.2f}) {mark:4}  {x['html_bytes'] / 1e3:7.0f}  "
                f"{x['charts']:6}  {r['peak_bytes'] / 1e9:7.2f}  {parts}"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    size_arguments(
        parser,
        sizes=DEFAULT_SIZES,
        out=OUT,
        repeats=3,
        repeats_help="warm timed builds per subject",
        keep_help="keep each size's data and store here",
    )
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.db, args.repeats, args.result)
        return
    results = run_sizes(parse_sizes(args.sizes), run_size, args.seed, args.repeats, args.keep)
    text = summary(results)
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps({"machine": machine(), "results": results}, indent=2, default=str)
    )


if __name__ == "__main__":
    main()
