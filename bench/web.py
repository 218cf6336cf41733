"""Benchmark of `pedigree serve` on a synthetic store: page times, concurrent clients, memory.

    python bench/web.py                              # 1M people, store in /tmp/pedigree-web-bench
    python bench/web.py --people 10000 --seconds 10  # a quick run
    python bench/web.py --keep DIR                   # build (or reuse) DIR/store.duckdb

Loopback only, and bounded: the store is built once (`bench/synth.py`, then `pedigree.api.load`
in its own process) and reused; then `pedigree serve` runs as a real server process on
127.0.0.1 and this script

1. asks each page kind — search, organisation, person, lineage — for `--samples` subjects one at
   a time and reports the p50/p95 of the app's own time per page (its Server-Timing header) and
   of the round trip (goal: p95 ≤ 300 ms at 1M people); and the financial charts an
   organisation page loads after it (`chart`: /org-chart/…, of organisations with figures);
2. runs `--clients` concurrent clients (threads, one HTTP connection each) for `--seconds`
   seconds over the same pages, counting requests and errors (goal: no errors);
3. reports the server process's peak memory (VmHWM).

Subjects: organisations with spin-outs (the median-sized academies and founded companies),
founders, and search queries taken from stored names (a prefix in half the cases). Results are
printed and written to bench/out/web.json. Only synthetic data is used.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

import duckdb
import httpx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out" / "web.json"
LOG = HERE / "out" / "web-server.log"
GOAL_MS = 300.0
KINDS = ("search", "org", "person", "lineage", "chart")
GOAL_KINDS = ("search", "org", "person", "lineage")  # the pages the goal names


def build(folder: Path, people: int) -> Path:
    db = folder / "store.duckdb"
    if db.exists():
        return db
    data = folder / "data"
    python = sys.executable
    if not data.exists():
        subprocess.run(
            [python, str(HERE / "synth.py"), "--people", str(people), "--out", str(data)],
            check=True,
        )
    started = time.perf_counter()
    subprocess.run(
        [
            python,
            "-c",
            "import sys; from pedigree import api; api.load(sys.argv[1], [sys.argv[2]])",
            str(db),
            str(data),
        ],
        check=True,
    )
    print(f"built {db} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return db


def subjects(db: Path, samples: int, seed: int = 7) -> dict[str, list[str]]:
    """Paths to ask for, per page kind (read before the server starts: DuckDB's file lock)."""
    rng = random.Random(seed)
    con = duckdb.connect(str(db), read_only=True)
    try:
        parents = [
            r[0]
            for r in con.execute(
                "SELECT parent_id FROM spinout_ties GROUP BY 1 ORDER BY count(DISTINCT child_id), 1"
            ).fetchall()
        ]
        founders = [
            r[0]
            for r in con.execute(
                "SELECT DISTINCT person_id FROM stints WHERE kind = 'founder' ORDER BY 1"
            ).fetchall()
        ]
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM names WHERE entity_type IN ('person', 'organization') "
                "USING SAMPLE 2000 ROWS"
            ).fetchall()
        ]
        with_figures = {
            r[0] for r in con.execute("SELECT DISTINCT org_id FROM financials").fetchall()
        }
    finally:
        con.close()
    middle = parents[len(parents) // 4 : 3 * len(parents) // 4] or parents
    orgs = rng.sample(middle, min(samples, len(middle)))
    people = rng.sample(founders, min(samples, len(founders)))
    queries = [
        n if rng.random() < 0.5 else n[: max(2, len(n) // 2)]
        for n in rng.sample(names, min(samples, len(names)))
    ]
    # (a generator of their own: the other kinds' subjects stay those of earlier runs)
    charted = sorted(with_figures.intersection(middle)) or sorted(with_figures)
    charts = random.Random(seed + 1).sample(charted, min(samples, len(charted)))
    return {
        "search": [f"/search?q={quote(q)}" for q in queries],
        "org": [f"/org/{quote(o, safe='')}" for o in orgs],
        "person": [f"/person/{quote(p, safe='')}" for p in people],
        "lineage": [f"/lineage/{quote(o, safe='')}" for o in orgs],
        "chart": [f"/org-chart/{quote(o, safe='')}" for o in charts],
    }


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    # The server's log goes to a file: a pipe nobody reads fills up after some thousand
    # requests and then every request blocks writing its log line.
    LOG.parent.mkdir(exist_ok=True)
    log = LOG.open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "pedigree.cli", "--db", str(db), "serve", "--port", str(port)],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
    )
    log.close()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/static/app.css", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    else:
        server.kill()
        raise SystemExit(f"the server did not start: {LOG.read_text()[-2000:]}")
    # `pedigree serve` asks each kind of page once in the background (pages.warm_up): its
    # CPU is not the pages' to pay, so measuring starts when it says it is done.
    warmed_by = time.monotonic() + 60  # (an older pedigree does not warm up: 60 s lost)
    while time.monotonic() < warmed_by and WARMED not in LOG.read_text():
        time.sleep(0.2)
    return server


# The line `pedigree serve` writes when its warm-up is done (pedigree.web.app).
WARMED = "pages warmed up"


def cpu_ms(pid: int) -> float:
    """CPU time (user + system) the process has used, in ms: a page's cost that other work on
    the machine does not stretch, unlike its wall time."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def app_ms(response: httpx.Response) -> float:
    timing = response.headers.get("server-timing", "app;dur=nan")
    return float(timing.split("dur=")[1])


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def sequential(base: str, paths: dict[str, list[str]], pid: int) -> dict:
    result = {}
    with httpx.Client(base_url=base, timeout=120) as client:
        for kind in KINDS:
            if not paths[kind]:  # a store without figures has no charts
                continue
            client.get(paths[kind][0])  # warm: the first request of a kind compiles its queries
            app, trip, errors = [], [], 0
            cpu_before = cpu_ms(pid)
            for path in paths[kind]:
                started = time.perf_counter()
                response = client.get(path)
                trip.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    errors += 1
                    continue
                app.append(app_ms(response))
            result[kind] = {
                "n": len(paths[kind]),
                "errors": errors,
                "app_p50_ms": statistics.median(app) if app else None,
                "app_p95_ms": percentile(app, 0.95) if app else None,
                "round_trip_p95_ms": percentile(trip, 0.95),
                "server_cpu_ms_per_request": (cpu_ms(pid) - cpu_before) / len(paths[kind]),
                "app_ms": [round(ms, 1) for ms in app],
                "load_average_after": os.getloadavg(),
            }
    return result


def concurrent(base: str, paths: dict[str, list[str]], clients: int, seconds: float) -> dict:
    everything = [p for kind in KINDS for p in paths[kind]]
    counts = {"requests": 0, "errors": 0}
    times: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client_loop(seed: int) -> None:
        rng = random.Random(seed)
        # generous: a request still waiting when time is up may take its time, not fail
        with httpx.Client(base_url=base, timeout=max(5 * seconds, 300)) as client:
            while time.monotonic() < stop:
                path = rng.choice(everything)
                started = time.perf_counter()
                try:
                    status = client.get(path).status_code
                except httpx.HTTPError as error:
                    status = f"{type(error).__name__}"
                spent = (time.perf_counter() - started) * 1000
                with lock:
                    counts["requests"] += 1
                    times.append(spent)
                    if status != 200:
                        counts["errors"] += 1
                        failures.append(f"{status} {path}")

    threads = [threading.Thread(target=client_loop, args=(i,)) for i in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    return {
        "clients": clients,
        "seconds": round(elapsed, 1),
        **counts,
        "requests_per_s": round(counts["requests"] / elapsed, 2),
        "round_trip_p50_ms": statistics.median(times) if times else None,
        "round_trip_p95_ms": percentile(times, 0.95) if times else None,
        "failures": failures[:10],
    }


def peak_rss(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, default=Path("/tmp/pedigree-web-bench"))
    parser.add_argument("--samples", type=int, default=30)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    args.keep.mkdir(parents=True, exist_ok=True)
    db = build(args.keep, args.people)
    paths = subjects(db, args.samples)
    port = free_port()
    server = start_server(db, port)
    base = f"http://127.0.0.1:{port}"
    try:
        result = {
            "people": args.people,
            "load_average": os.getloadavg(),
            "pages": sequential(base, paths, server.pid),
            "concurrent": concurrent(base, paths, args.clients, args.seconds),
            "server_peak_rss_bytes": peak_rss(server.pid),
        }
    finally:
        server.terminate()
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:  # requests still in flight: stop it anyway
            server.kill()
            server.wait()
    result["goal_p95_ms"] = GOAL_MS
    result["met"] = {
        kind: (result["pages"][kind]["app_p95_ms"] or float("inf")) <= GOAL_MS
        for kind in GOAL_KINDS
    }
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
