"""Faults on purpose: kill -9 at many points of store creation, load, ingest and resolve; Ctrl-C
during a load; readers running beside a load and on an idle store.

    python bench/faults.py [--people 5000] [--readers 8] [--out bench/out/faults.json]

Every command runs as a person runs it (`python -m pedigree.cli`), on a small synthetic world
(bench/synth.py) over the bundled demo data, and two short articles written here. Kill points are
time offsets after the command opened the store file (seen in /proc/PID/fd), spread over the
rest of a clean run's time, so they fall while the store is being written rather than while
Python is starting.

After each fault the store is read in a fresh process (info, academies, scarcity, lineage, all
read-only). It is *consistent* when it reads as it was before the command or as a clean run
leaves it (counts of every statement and derived table), or — for a store killed while being
created — when it is refused as holding no data; then the same command runs again and must
finish with the clean run's counts. Reported: inconsistent stores, tracebacks (any "Traceback"
on any stderr), failed reads (a reader that did not exit 0). The goal is 0, 0, 0. Linux only.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
PY = sys.executable

ARTICLE = """{company} raises $40 million in Series B

SHANGHAI, March 3, 2025 — {company}, a warehouse-robot startup founded in 2021 by {founder}, a
former engineering director at 商汤科技, said on Monday it had raised $40 million in a Series B
round led by Fund One.

{founder} previously led a team of 200 engineers at 商汤科技, where she worked from 2015 to 2020.
She holds a PhD in computer science from Tsinghua University.

The company's co-founder, {cofounder}, was a research scientist at MiniMax.
"""
ARTICLES = [
    ("Nova Robotics", "Lin Qiao", "Mark Ellis"),
    ("Orion Motion", "Zhou Min", "Sara Kim"),
    ("Vela Logistics", "Chen Yu", "Tom Berg"),
]

# The read-only check, in a fresh process: what `info` counts, and three reads that need the
# derived tables (academies, lineage) and the talent tables (scarcity) to be there and current.
CHECK = """
import json, sys
from pedigree import api
from pedigree.errors import PedigreeError
db = sys.argv[1]
try:
    counts = api.info(db)["counts"]
    api.academies(db, top=3)
    api.scarcity(db, top=3)
    api.lineage(db, "商汤", depth=2)
    print(json.dumps({"counts": counts}))
except PedigreeError as error:
    print(json.dumps({"error": str(error)}))
"""
NO_DATA = ("no store at", "holds no data yet")
SCENARIOS = ("create", "load", "ingest", "resolve", "interrupt", "readers")
SIGKILL = signal.SIGKILL


@dataclass
class Outcome:
    scenario: str
    fault: str
    offset_s: float | None
    faulted: bool  # False: the command had finished before the fault was sent
    exit_code: int
    state: str  # before, after, new, inconsistent
    recovered: bool
    tracebacks: int
    last_line: str = ""


@dataclass
class Totals:
    faults: int = 0
    inconsistent: int = 0
    tracebacks: int = 0
    failed_reads: int = 0
    reads: int = 0
    outcomes: list = field(default_factory=list)
    readers: dict = field(default_factory=dict)


def cli(db: Path, *args: str) -> list[str]:
    return [PY, "-m", "pedigree.cli", "--db", str(db), *args]


def run(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(cli(db, *args), capture_output=True, text=True, preexec_fn=ctrl_c)


def start(db: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        cli(db, *args), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=ctrl_c
    )


def ctrl_c() -> None:
    """Ctrl-C as at a terminal: a shell starts background jobs with SIGINT ignored, and an
    ignored signal stays ignored in its children, so this script may have been started so."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def tracebacks(text: str) -> int:
    return text.count("Traceback")


def check(db: Path) -> tuple[dict | None, str | None, int]:
    """(counts, error, tracebacks) of the store as a fresh read-only process sees it."""
    done = subprocess.run([PY, "-c", CHECK, str(db)], capture_output=True, text=True)
    found = tracebacks(done.stderr)
    try:
        result = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return None, f"no answer: {done.stderr.strip()[-300:]}", found
    return result.get("counts"), result.get("error"), found


def has_open(pid: int, target: str) -> bool:
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return False
    for fd in fds:
        try:
            if os.readlink(f"/proc/{pid}/fd/{fd}") == target:
                return True
        except OSError:
            continue
    return False


def opened_at(process: subprocess.Popen, db: Path, limit: float = 120.0) -> float | None:
    """Seconds from now until `process` has `db` open (None: it ended first)."""
    started = time.monotonic()
    target = str(db.resolve())
    while process.poll() is None and time.monotonic() - started < limit:
        if has_open(process.pid, target):
            return time.monotonic() - started
        time.sleep(0.01)
    return None


def closed_at(process: subprocess.Popen, db: Path) -> float:
    """Seconds from now until `process` no longer has `db` open (or ended)."""
    started = time.monotonic()
    target = str(db.resolve())
    while process.poll() is None and has_open(process.pid, target):
        time.sleep(0.01)
    return time.monotonic() - started


def fresh(base: Path | None, db: Path) -> Path:
    """`db` as a copy of `base` (None: no file at all)."""
    for path in (db, Path(f"{db}.wal")):
        path.unlink(missing_ok=True)
    if base is not None:
        shutil.copyfile(base, db)
    return db


def reference(
    base: Path | None, db: Path, args: list[str]
) -> tuple[dict | None, dict, float, float]:
    """A clean run: (counts before, counts after, seconds until it opened the store, seconds it
    held it open)."""
    fresh(base, db)
    before = check(db)[0] if base is not None else None
    process = start(db, *args)
    opened = opened_at(process, db) or 0.0
    held = closed_at(process, db)
    _, stderr = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"clean run of {args} failed: {stderr.decode()[-500:]}")
    after, error, _ = check(db)
    if after is None:
        raise SystemExit(f"store after a clean run of {args} does not read: {error}")
    return before, after, opened, held


def fault(
    totals: Totals,
    name: str,
    base: Path | None,
    db: Path,
    args: list[str],
    fractions: list[float],
    sig: signal.Signals,
) -> None:
    before, after, opened, held = reference(base, db, args)
    print(
        f"{name}: clean run opens the store after {opened:.1f} s, holds it {held:.1f} s", flush=True
    )
    for fraction in fractions:
        fresh(base, db)
        process = start(db, *args)
        seen = opened_at(process, db)
        offset = None
        if seen is not None:
            offset = fraction * held
            time.sleep(offset)
        faulted = process.poll() is None
        if faulted:
            process.send_signal(sig)
        _, stderr_bytes = process.communicate()
        stderr = stderr_bytes.decode(errors="replace")
        found = tracebacks(stderr)
        counts, error, check_tracebacks = check(db)
        found += check_tracebacks
        if counts is not None and counts == before:
            state = "before"
        elif counts is not None and counts == after:
            state = "after"
        elif counts is None and base is None and error and any(t in error for t in NO_DATA):
            state = "new"
        else:
            state = "inconsistent"
        again = run(db, *args)  # the same command once more must finish as a clean run does
        found += tracebacks(again.stderr)
        recovered = again.returncode == 0 and check(db)[0] == after
        if not recovered:
            print(f"  rerun: exit {again.returncode}: {again.stderr.strip()[-300:]}", flush=True)
        last = stderr.strip().splitlines()[-1] if stderr.strip() else ""
        outcome = Outcome(
            name,
            sig.name,
            None if offset is None else round(offset + (seen or 0.0), 2),
            faulted,
            process.returncode,
            state,
            recovered,
            found,
            last[:200],
        )
        totals.outcomes.append(outcome)
        totals.faults += faulted
        totals.inconsistent += state == "inconsistent" or not recovered
        totals.tracebacks += found
        print(
            f"  {sig.name} at {outcome.offset_s} s{'' if faulted else ' (already done)'}: "
            f"exit {process.returncode}, store {state}, "
            f"recovered {recovered}, tracebacks {found}" + (f" — {last[:100]}" if last else ""),
            flush=True,
        )


def readers(totals: Totals, base: Path, db: Path, load_dir: Path, count: int) -> None:
    """Readers on an idle store, beside a load, and a load behind readers."""
    reads = [("lineage", "商汤", "--depth", "2"), ("info",), ("person", "閆俊杰"), ("scarcity",)]

    def reader(i: int) -> subprocess.Popen:
        return start(db, *reads[i % len(reads)])

    def finish(group: list[subprocess.Popen], label: str) -> None:
        failed = found = 0
        for process in group:
            _, stderr = process.communicate()
            failed += process.returncode != 0
            found += tracebacks(stderr.decode(errors="replace"))
        totals.reads += len(group)
        totals.failed_reads += failed
        totals.tracebacks += found
        totals.readers[label] = {"readers": len(group), "failed": failed, "tracebacks": found}
        print(f"  {label}: {len(group)} readers, {failed} failed, {found} tracebacks", flush=True)

    print("readers:", flush=True)
    fresh(base, db)
    finish([reader(i) for i in range(count)], "idle store")

    fresh(base, db)
    load = start(db, "load", str(load_dir))
    opened_at(load, db)
    group = [reader(i) for i in range(count)]
    finish(group, "during a load")
    _, stderr = load.communicate()
    totals.tracebacks += tracebacks(stderr.decode(errors="replace"))
    totals.readers["during a load"]["load_exit"] = load.returncode

    fresh(base, db)
    group = [reader(i) for i in range(count)]
    time.sleep(1.0)
    load = run(db, "load", str(load_dir))
    finish(group, "a load behind readers")
    totals.tracebacks += tracebacks(load.stderr)
    totals.readers["a load behind readers"]["load_exit"] = load.returncode
    if load.returncode != 0:
        totals.inconsistent += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=5000, help="synthetic people to load")
    parser.add_argument("--readers", type=int, default=8)
    parser.add_argument("--out", type=Path, default=HERE / "out" / "faults.json")
    parser.add_argument("--only", help=f"comma-separated, of: {', '.join(SCENARIOS)}")
    options = parser.parse_args()

    kills = [0.1, 0.35, 0.6, 0.85]
    wanted = set(options.only.split(",")) if options.only else set(SCENARIOS)
    with tempfile.TemporaryDirectory(prefix="pedigree-faults-") as folder:
        work = Path(folder)
        synth = work / "synth"
        subprocess.run([PY, str(HERE / "synth.py"), "--people", str(options.people), "--out",
                        str(synth)], check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        articles = []
        for company, founder, cofounder in ARTICLES:
            path = work / f"{company.split()[0].lower()}.txt"
            path.write_text(ARTICLE.format(company=company, founder=founder, cofounder=cofounder))
            articles.append(str(path))
        demo, loaded = work / "demo.duckdb", work / "loaded.duckdb"
        made = run(demo, "demo")
        if made.returncode != 0:
            raise SystemExit(f"pedigree demo failed: {made.stderr.strip()[-500:]}")
        shutil.copyfile(demo, loaded)
        if run(loaded, "load", str(synth)).returncode != 0:
            raise SystemExit("loading the synthetic world failed")

        totals = Totals()
        db = work / "store.duckdb"
        load = ["load", str(synth)]
        ingest = ["ingest", *articles, "--published", "2025-03"]
        started = time.monotonic()
        if "create" in wanted:
            fault(totals, "create (demo into a new file)", None, db, ["demo"], kills, SIGKILL)
        if "load" in wanted:
            fault(totals, "load", demo, db, load, kills, SIGKILL)
        if "ingest" in wanted:
            fault(totals, "ingest", demo, db, ingest, kills, SIGKILL)
        if "resolve" in wanted:
            fault(totals, "resolve", loaded, db, ["resolve"], kills, SIGKILL)
        if "interrupt" in wanted:  # early in the write: Ctrl-C after the commit changes nothing
            fault(totals, "load", demo, db, load, [0.1, 0.25, 0.4], signal.SIGINT)
        if "readers" in wanted:
            readers(totals, demo, db, synth, options.readers)
        seconds = time.monotonic() - started

    summary = {
        "people": options.people,
        "faults_sent": totals.faults,
        "inconsistent_stores": totals.inconsistent,
        "tracebacks": totals.tracebacks,
        "reads": totals.reads,
        "failed_reads": totals.failed_reads,
        "seconds": round(seconds, 1),
    }
    print(json.dumps(summary, indent=2))
    options.out.parent.mkdir(parents=True, exist_ok=True)
    report = summary | {
        "outcomes": [asdict(o) for o in totals.outcomes],
        "readers": totals.readers,
    }
    options.out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
