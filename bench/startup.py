"""Start-up of the `pedigree` command, whole process, as a person at a terminal waits for it.

    python bench/startup.py                  # 7 runs each; builds the demo store in a temp folder
    python bench/startup.py --runs 15 --db pedigree.duckdb

Times, over N runs after one warm-up (so the OS file cache is warm, as at a terminal):

- `pedigree --help` (goal ≤ 0.3 s): Python, Typer and the command definitions only;
- `pedigree lineage 商汤` on the bundled demo store (goal ≤ 0.8 s): the engine loads (DuckDB,
  Ibis, pandas), the store opens, the question is answered and the tree printed;
- `python -c pass` with the same interpreter, the floor no command can go below.

Each is timed by the wall clock and by its CPU time (user + system), which on a busy machine is the
better estimate of what an idle one would take.

The command is the console script of the interpreter running this file (the venv's). Medians and
minima are printed and written to bench/out/startup.json with the load average: other work on a
2-core machine stretches every run, and the minimum is the best estimate of the unloaded time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOALS = {"help": 0.3, "lineage": 0.8}
OUT = Path(__file__).parent / "out" / "startup.json"


def timed(command: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU (user + system) seconds of `command`, a fresh process each time, after
    one warm-up run. On a busy machine the CPU time is the better estimate of the wall time on
    an idle one: waiting for a core is not counted (DuckDB's threads can make it a little more)."""
    subprocess.run(command, check=True, capture_output=True)
    wall, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        wall.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, help="A store holding the demo data (default: built).")
    args = parser.parse_args()
    pedigree = str(Path(sys.executable).parent / "pedigree")
    with tempfile.TemporaryDirectory() as folder:
        db = args.db
        if db is None:
            db = Path(folder) / "demo.duckdb"
            subprocess.run([pedigree, "--db", str(db), "demo"], check=True, capture_output=True)
        commands = {
            "python": [sys.executable, "-c", "pass"],
            "help": [pedigree, "--help"],
            "lineage": [pedigree, "--db", str(db), "lineage", "商汤"],
        }
        results = {}
        for name, command in commands.items():
            times, cpu = timed(command, args.runs)
            results[name] = {
                "median_s": round(statistics.median(times), 3),
                "min_s": round(min(times), 3),
                "max_s": round(max(times), 3),
                "cpu_median_s": round(statistics.median(cpu), 3),
                "runs": len(times),
            }
    load = os.getloadavg()
    print(f"{args.runs} runs each, load average {load[0]:.2f} (2 cores: above ~1 slows every run)")
    for name, result in results.items():
        goal = GOALS.get(name)
        verdict = ""
        if goal is not None:
            verdict = f"  goal ≤ {goal} s: {'met' if result['min_s'] <= goal else 'missed'} (min)"
        print(
            f"{name:8} median {result['median_s']:.3f} s  min {result['min_s']:.3f} s  "
            f"max {result['max_s']:.3f} s  CPU {result['cpu_median_s']:.3f} s{verdict}"
        )
    OUT.parent.mkdir(exist_ok=True)
    report = {"results": results, "goals_s": GOALS, "load_average": load, "runs": args.runs}
    OUT.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
