"""Benchmark of the foundation: import, academies ranking, lineage and memory on synthetic data.

    python bench/foundation.py                      # 10k, 100k and 1M people
    python bench/foundation.py --sizes 10000,100000 # quicker
    python bench/foundation.py --sizes 10000,1000000,10000000  # 10M if 1M's memory says it fits

For every size, in a fresh temporary folder: `bench/synth.py` writes the Parquet files (in its own
process), then a worker process loads them into a fresh store and measures

- import: input rows per second through `pedigree.api.load` (goal ≥ 1M rows/s), and separately
  the derived-table refresh (`pedigree.store.views.refresh`) on the loaded store;
- the full academies ranking (`academies(views, depth=1, top=None)`) against the same ranking as
  hand-written DuckDB SQL over the same store's derived tables (goal ≤ 1.5×) and as a pandas +
  NetworkX script an analyst would write (goal: ours ≥ 20× faster); all three results are
  checked to be equal;
- the depth-3 lineage of the organisation with the most spin-outs (goal ≤ 200 ms at 1M people);
- peak memory (RSS high-water mark of the worker; goal ≤ 4 GB at 1M people).

Timings are medians over warm repeats. The report is printed and written to
bench/out/foundation.json. Only synthetic data is used.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out" / "foundation.json"
DEFAULT_SIZES = "10000,100000,1000000"

GOALS = {
    "import_rows_per_s": 1_000_000,
    "academies_vs_sql": 1.5,
    "pandas_vs_academies": 20.0,
    "lineage_ms": 200.0,
    "peak_gb": 4.0,
}


def peak_bytes() -> int:
    """This process's RSS high-water mark (ru_maxrss is in KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def timed(fn, repeats: int, warmup: int = 1) -> tuple[float, list[float], object]:
    """(median seconds, all timings, last result) of `fn()` after `warmup` untimed calls."""
    result = None
    for _ in range(warmup):
        result = fn()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), times, result


# --- the same ranking, hand-written in DuckDB SQL ---------------------------------------------


def academies_sql() -> str:
    """The academies ranking (depth 1) over the derived tables, as one might write it by hand."""
    from pedigree.analytics.valuations import fx_rates
    from pedigree.model import LINEAGE_TIE_KINDS, UNICORN_USD

    fx = ", ".join(
        f"('{row.currency}', {float(row.usd_per_unit)!r})" for row in fx_rates().itertuples()
    )
    kinds = ", ".join(f"'{kind}'" for kind in LINEAGE_TIE_KINDS)
    return f"""
    WITH fx (currency, usd_per_unit) AS (VALUES {fx}),
    founders AS (
        SELECT s.person_id, s.org_id AS child_id,
               coalesce(s.start_date, o.founded) AS founded,
               CASE WHEN s.start_date IS NOT NULL THEN s.start_precision
                    ELSE o.founded_precision END AS precision
        FROM stints s LEFT JOIN organizations o ON o.id = s.org_id
        WHERE s.kind = 'founder'
    ),
    edges AS (
        SELECT DISTINCT p.org_id AS root, f.child_id AS node
        FROM stints p JOIN founders f ON f.person_id = p.person_id
        WHERE p.kind IN ({kinds}) AND p.org_id <> f.child_id
          AND (p.start_date IS NULL OR f.founded IS NULL OR p.start_date <= CASE f.precision
                WHEN 'year' THEN f.founded + INTERVAL 1 YEAR - INTERVAL 1 DAY
                WHEN 'month' THEN f.founded + INTERVAL 1 MONTH - INTERVAL 1 DAY
                ELSE f.founded END)
    ),
    valued AS (
        SELECT r.org_id, r.date, r.post_money_valuation * fx.usd_per_unit AS usd
        FROM rounds r LEFT JOIN fx ON fx.currency = coalesce(r.currency, 'USD')
        WHERE r.post_money_valuation IS NOT NULL
    ),
    latest AS (
        SELECT org_id, usd FROM valued
        QUALIFY row_number() OVER (
            PARTITION BY org_id ORDER BY coalesce(date, DATE '0001-01-01') DESC, usd DESC) = 1
    ),
    unicorn AS (
        SELECT org_id, min(date) AS unicorn_date FROM valued
        WHERE usd >= {UNICORN_USD} AND date IS NOT NULL GROUP BY org_id
    ),
    ranked AS (
        SELECT e.root AS org_id, count(*) AS spinouts,
               count(*) FILTER (WHERE l.usd >= {UNICORN_USD}) AS unicorns,
               sum(l.usd) AS total_valuation_usd,
               median(date_diff('day', o.founded, u.unicorn_date) / (365.25 / 12))
                   AS median_months_to_unicorn
        FROM edges e
        LEFT JOIN latest l ON l.org_id = e.node
        LEFT JOIN unicorn u ON u.org_id = e.node
        LEFT JOIN organizations o ON o.id = e.node
        GROUP BY e.root
    )
    SELECT r.org_id, o.name, o.kind, o.sector, r.spinouts, r.unicorns, r.total_valuation_usd,
           r.median_months_to_unicorn
    FROM ranked r LEFT JOIN organizations o ON o.id = r.org_id
    ORDER BY spinouts DESC, unicorns DESC, coalesce(total_valuation_usd, 0) DESC, r.org_id
    """


# --- the same ranking, as a pandas + NetworkX script ------------------------------------------


def academies_pandas(con):
    """The ranking as an analyst would write it: read tables into pandas, build a DiGraph of
    spin-out edges, then walk each organisation's successors."""
    import networkx as nx
    import numpy as np
    import pandas as pd

    from pedigree.analytics.valuations import fx_rates
    from pedigree.model import LINEAGE_TIE_KINDS, UNICORN_USD

    stints = con.execute(
        "SELECT person_id, org_id, kind, start_date, start_precision FROM stints"
    ).df()
    orgs = con.execute(
        "SELECT id, name, kind, sector, founded, founded_precision FROM organizations"
    ).df()
    rounds = con.execute("SELECT org_id, date, currency, post_money_valuation FROM rounds").df()

    at_parent = stints.loc[stints.kind.isin(LINEAGE_TIE_KINDS), ["person_id", "org_id", "start_date"]]
    founders = stints.loc[stints.kind == "founder"].merge(
        orgs[["id", "founded", "founded_precision"]], left_on="org_id", right_on="id", how="left"
    )
    has_start = founders.start_date.notna()
    founded = founders.start_date.where(has_start, founders.founded)
    precision = founders.start_precision.where(has_start, founders.founded_precision)
    period_end = founded.where(precision != "year", founded + pd.offsets.YearEnd(0))
    period_end = period_end.where(precision != "month", founded + pd.offsets.MonthEnd(0))
    founders = pd.DataFrame(
        {
            "person_id": founders.person_id,
            "child": founders.org_id,
            "founded": founded,
            "period_end": period_end,
        }
    )
    ties = at_parent.merge(founders, on="person_id")
    keep = (ties.org_id != ties.child) & (
        ties.start_date.isna() | ties.founded.isna() | (ties.start_date <= ties.period_end)
    )
    ties = ties.loc[keep]

    graph = nx.DiGraph()
    graph.add_edges_from(zip(ties.org_id, ties.child, strict=True))

    fx = dict(zip(fx_rates().currency, fx_rates().usd_per_unit, strict=True))
    valued = rounds.loc[rounds.post_money_valuation.notna()].copy()
    valued["usd"] = valued.post_money_valuation * valued.currency.fillna("USD").map(fx)
    valued["when"] = valued.date.fillna(pd.Timestamp("1677-09-22"))
    latest = (
        valued.sort_values(["org_id", "when", "usd"], ascending=[True, False, False])
        .drop_duplicates("org_id")
        .set_index("org_id")
        .usd
    )
    unicorns = valued.loc[(valued.usd >= UNICORN_USD) & valued.date.notna()]
    first_unicorn = unicorns.groupby("org_id").date.min()
    founded_at = orgs.set_index("id").founded

    rows = []
    for org in graph.nodes:
        children = list(graph.successors(org))
        if not children:
            continue
        values = latest.reindex(children)
        months = (first_unicorn.reindex(children) - founded_at.reindex(children)).dt.days / (
            365.25 / 12
        )
        rows.append(
            {
                "org_id": org,
                "spinouts": len(children),
                "unicorns": int((values >= UNICORN_USD).sum()),
                "total_valuation_usd": values.sum(min_count=1),
                "median_months_to_unicorn": months.median(),
            }
        )
    table = pd.DataFrame(rows).merge(
        orgs[["id", "name", "kind", "sector"]], left_on="org_id", right_on="id", how="left"
    )
    table["_total"] = table.total_valuation_usd.fillna(0)
    table = table.sort_values(
        ["spinouts", "unicorns", "_total", "org_id"], ascending=[False, False, False, True]
    )
    columns = ["org_id", "name", "kind", "sector", "spinouts", "unicorns"]
    columns += ["total_valuation_usd", "median_months_to_unicorn"]
    return table[columns].reset_index(drop=True).replace({np.nan: None})


def same_ranking(ours, other, rows: int | None = None) -> tuple[bool, str]:
    """Whether two rankings agree (order, counts, and numbers to a relative 1e-9)."""
    import pandas as pd

    if len(ours) != len(other):
        return False, f"{len(ours)} rows vs {len(other)}"
    n = len(ours) if rows is None else min(rows, len(ours))
    a, b = ours.head(n).reset_index(drop=True), other.head(n).reset_index(drop=True)
    for column in ["org_id", "spinouts", "unicorns"]:
        left, right = a[column].astype(str).tolist(), b[column].astype(str).tolist()
        if left != right:
            i = next(i for i, (x, y) in enumerate(zip(left, right, strict=True)) if x != y)
            return False, f"{column} differs at row {i}: {left[i]} vs {right[i]}"
    for column in ["total_valuation_usd", "median_months_to_unicorn"]:
        x = pd.to_numeric(a[column], errors="coerce").astype(float)
        y = pd.to_numeric(b[column], errors="coerce").astype(float)
        for i, (u, v) in enumerate(zip(x, y, strict=True)):
            if math.isnan(u) and math.isnan(v):
                continue
            if math.isnan(u) != math.isnan(v) or not math.isclose(u, v, rel_tol=1e-9):
                return False, f"{column} differs at row {i}: {u} vs {v}"
    return True, f"{n} rows equal"


# --- one size, in its own process -------------------------------------------------------------


def worker(data: Path, db: Path, repeats: int, result_path: Path) -> None:
    import pyarrow.parquet as pq

    from pedigree import api
    from pedigree.analytics.academies import academies
    from pedigree.analytics.lineage import lineage
    from pedigree.store import Store
    from pedigree.store.lookup import register_name_key
    from pedigree.store.views import DERIVED_TABLES, derived, refresh

    result: dict = {}
    rows_in = {
        path.stem: pq.ParquetFile(path).metadata.num_rows for path in sorted(data.glob("*.parquet"))
    }
    result["input_rows"] = rows_in
    total_rows = sum(rows_in.values())

    # Import: the whole `pedigree.api.load`, then the refresh it ends with, on its own.
    started = time.perf_counter()
    report = api.load(db, [data])
    load_s = time.perf_counter() - started
    assert report.rejected == 0, report.rejected
    result["load_s"] = load_s
    result["statements_added"] = report.added
    result["import_rows_per_s"] = total_rows / load_s
    result["peak_after_load"] = peak_bytes()

    store = Store.open(db)
    con = store.con
    started = time.perf_counter()
    refresh(store)
    result["refresh_s"] = time.perf_counter() - started
    # Where the refresh goes: each derived table, then the name index.
    import ibis

    register_name_key(con)
    breakdown = {}
    for name in DERIVED_TABLES:
        started = time.perf_counter()
        sql = ibis.to_sql(derived(store.backend, name, None), dialect="duckdb")
        con.execute(f"CREATE OR REPLACE TEMP TABLE _bench_{name} AS {sql}")
        breakdown[name] = time.perf_counter() - started
        con.execute(f"DROP TABLE _bench_{name}")
    started = time.perf_counter()
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _bench_names AS "
        "SELECT entity_id, entity_type, name, name_key(name) AS key FROM (SELECT DISTINCT "
        "entity_id, entity_type, value AS name FROM entity_statements "
        "WHERE prop IN ('name', 'alias'))"
    )
    breakdown["names"] = time.perf_counter() - started
    con.execute("DROP TABLE _bench_names")
    result["refresh_breakdown_s"] = breakdown
    result["statements_s"] = load_s - result["refresh_s"]
    result["counts"] = store.counts()
    result["derived_rows"] = {
        t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
        for t in ("stints", "rounds", "names")
    }

    # Academies: Ibis (ours) vs the hand-written SQL over the same tables.
    views = store.views()
    ours_s, ours_all, ours = timed(lambda: academies(views, depth=1, top=None), repeats)
    sql = academies_sql()
    sql_s, sql_all, by_sql = timed(lambda: con.execute(sql).df(), repeats)
    result["academies_s"], result["academies_runs"] = ours_s, ours_all
    result["sql_s"], result["sql_runs"] = sql_s, sql_all
    result["academies_vs_sql"] = ours_s / sql_s
    result["academies_rows"] = len(ours)
    result["sql_equal"] = same_ranking(ours, by_sql)

    # Lineage of the organisation with the most spin-outs, three generations deep.
    top = ours.iloc[0]
    result["lineage_org"] = {"id": top.org_id, "name": top["name"], "spinouts": int(top.spinouts)}
    lineage_s, lineage_all, tree = timed(lambda: lineage(views, top.org_id, depth=3), repeats)
    result["lineage_ms"], result["lineage_runs_ms"] = lineage_s * 1e3, [t * 1e3 for t in lineage_all]
    result["lineage_edges"] = len(tree.edges)
    result["lineage_generations"] = tree.edges.generation.value_counts().sort_index().to_dict()
    # …and of a typical academy: the median organisation among those with a spin-out.
    typical = ours.iloc[len(ours) // 2]
    typical_s, _, typical_tree = timed(lambda: lineage(views, typical.org_id, depth=3), repeats)
    result["lineage_typical"] = {
        "id": typical.org_id,
        "spinouts": int(typical.spinouts),
        "ms": typical_s * 1e3,
        "edges": len(typical_tree.edges),
    }
    result["peak_pedigree"] = peak_bytes()

    # The analyst's pandas + NetworkX script (it reads the tables itself each time).
    pandas_repeats = max(1, min(repeats, 3))
    pandas_s, pandas_all, by_pandas = timed(lambda: academies_pandas(con), pandas_repeats)
    result["pandas_s"], result["pandas_runs"] = pandas_s, pandas_all
    result["pandas_vs_academies"] = pandas_s / ours_s
    result["pandas_equal"] = same_ranking(ours, by_pandas)
    result["peak_total"] = peak_bytes()
    store.close()
    result_path.write_text(json.dumps(result, default=str))


# --- driver -----------------------------------------------------------------------------------


def run_size(people: int, seed: int, repeats: int, keep: Path | None) -> dict:
    folder = Path(tempfile.mkdtemp(prefix=f"pedigree-bench-{people}-"))
    try:
        data = folder / "data"
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, str(HERE / "synth.py"), "--people", str(people), "--out", str(data)]
            + ["--seed", str(seed)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        generate_s = time.perf_counter() - started
        result_path = folder / "result.json"
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, __file__, "--worker", str(data), "--db", str(folder / "store.duckdb")]
            + ["--repeats", str(repeats), "--result", str(result_path)],
            check=True,
        )
        result = json.loads(result_path.read_text())
        result.update(people=people, generate_s=generate_s)
        result["worker_s"] = time.perf_counter() - started
        result["store_bytes"] = (folder / "store.duckdb").stat().st_size
        if keep is not None:
            target = keep / str(people)
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(folder, target)
        return result
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def machine() -> dict:
    import duckdb
    import ibis

    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    return {
        "python": platform.python_version(),
        "duckdb": duckdb.__version__,
        "ibis": ibis.__version__,
        "cpus": os.cpu_count(),
        "memory_gb": round(memory / 2**30, 1),
        "platform": platform.platform(),
    }


def _gb(n: float) -> str:
    return f"{n / 2**30:.2f}"


def _mark(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def report(results: list[dict]) -> str:
    lines = []
    header = ["people"] + [f"{r['people']:,}" for r in results]

    def row(label: str, fn) -> list[str]:
        return [label] + [fn(r) for r in results]

    table = [
        header,
        row("input rows", lambda r: f"{sum(r['input_rows'].values()):,}"),
        row("  stints", lambda r: f"{r['input_rows']['stints']:,}"),
        row("generate (s)", lambda r: f"{r['generate_s']:.1f}"),
        row("import: load (s)", lambda r: f"{r['load_s']:.2f}"),
        row("  statements (s)", lambda r: f"{r['statements_s']:.2f}"),
        row("  refresh (s)", lambda r: f"{r['refresh_s']:.2f}"),
        row("    names index (s)", lambda r: f"{r['refresh_breakdown_s']['names']:.2f}"),
        row("import rows/s", lambda r: f"{r['import_rows_per_s']:,.0f}"),
        row("store (MB)", lambda r: f"{r['store_bytes'] / 1e6:,.0f}"),
        row("academies rows", lambda r: f"{r['academies_rows']:,}"),
        row("academies, Ibis (ms)", lambda r: f"{r['academies_s'] * 1e3:,.0f}"),
        row("academies, SQL (ms)", lambda r: f"{r['sql_s'] * 1e3:,.0f}"),
        row("  Ibis / SQL", lambda r: f"{r['academies_vs_sql']:.2f}x"),
        row("  SQL result equal", lambda r: "yes" if r["sql_equal"][0] else "NO"),
        row("academies, pandas+nx (ms)", lambda r: f"{r['pandas_s'] * 1e3:,.0f}"),
        row("  pandas+nx / Ibis", lambda r: f"{r['pandas_vs_academies']:.1f}x"),
        row("  pandas result equal", lambda r: "yes" if r["pandas_equal"][0] else "NO"),
        row("lineage org spin-outs", lambda r: f"{r['lineage_org']['spinouts']:,}"),
        row("lineage depth 3 edges", lambda r: f"{r['lineage_edges']:,}"),
        row("lineage depth 3 (ms)", lambda r: f"{r['lineage_ms']:,.0f}"),
        row("lineage, median org (ms)", lambda r: f"{r['lineage_typical']['ms']:,.0f}"),
        row("peak after load (GB)", lambda r: _gb(r["peak_after_load"])),
        row("peak, pedigree (GB)", lambda r: _gb(r["peak_pedigree"])),
        row("peak, with pandas (GB)", lambda r: _gb(r["peak_total"])),
    ]
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for line in table:
        cells = [line[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(line[1:], widths[1:])]
        lines.append("  ".join(cells))

    biggest = max(results, key=lambda r: r["people"])
    lines += ["", f"Goals (at {biggest['people']:,} people):"]
    checks = [
        ("import ≥ 1M rows/s", biggest["import_rows_per_s"] >= GOALS["import_rows_per_s"],
         f"{biggest['import_rows_per_s']:,.0f} rows/s"),
        ("academies ≤ 1.5× hand-written SQL", biggest["academies_vs_sql"]
         <= GOALS["academies_vs_sql"], f"{biggest['academies_vs_sql']:.2f}×"),
        ("academies ≥ 20× faster than pandas+NetworkX", biggest["pandas_vs_academies"]
         >= GOALS["pandas_vs_academies"], f"{biggest['pandas_vs_academies']:.1f}×"),
        ("lineage depth 3 ≤ 200 ms", biggest["lineage_ms"] <= GOALS["lineage_ms"],
         f"{biggest['lineage_ms']:,.0f} ms"),
        ("peak memory ≤ 4 GB", biggest["peak_pedigree"] / 1e9 <= GOALS["peak_gb"],
         f"{_gb(biggest['peak_pedigree'])} GiB"),
    ]  # fmt: skip
    for label, ok, value in checks:
        lines.append(f"  {_mark(ok):6}  {label}: {value}")

    smallest = min(results, key=lambda r: r["people"])
    if biggest is not smallest:
        factor = biggest["people"] / smallest["people"]
        lines += ["", f"Growth from {smallest['people']:,} to {biggest['people']:,} people "
                  f"({factor:,.0f}× the people; exponent 1 = linear):"]  # fmt: skip
        for label, key in [
            ("import (load s)", "load_s"),
            ("refresh (s)", "refresh_s"),
            ("academies, Ibis", "academies_s"),
            ("academies, SQL", "sql_s"),
            ("academies, pandas+nx", "pandas_s"),
            ("lineage depth 3", "lineage_ms"),
            ("peak memory", "peak_pedigree"),
        ]:
            ratio = biggest[key] / smallest[key]
            exponent = math.log(ratio) / math.log(factor)
            lines.append(f"  {label:22} {ratio:9,.1f}×   exponent {exponent:.2f}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help="people per run, comma-separated")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=5, help="warm timed runs per figure")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--keep", type=Path, help="copy each size's data and store here")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.db, args.repeats, args.result)
        return

    sizes = sorted(int(s.replace("_", "")) for s in args.sizes.split(","))
    info = machine()
    results: list[dict] = []
    for people in sizes:
        if people > 1_000_000:
            known = [r for r in results if r["people"] >= 1_000_000]
            if not known:
                print(f"skipping {people:,}: run 1,000,000 first to judge its memory")
                continue
            estimate = known[-1]["peak_total"] * people / known[-1]["people"]
            if estimate > 0.8 * info["memory_gb"] * 2**30:
                print(f"skipping {people:,}: estimated peak {_gb(estimate)} GiB does not fit")
                continue
        print(f"--- {people:,} people", flush=True)
        started = time.perf_counter()
        results.append(run_size(people, args.seed, args.repeats, args.keep))
        print(f"    done in {time.perf_counter() - started:.0f}s", flush=True)
    if not results:
        return
    text = report(results)
    print()
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    payload = {"machine": info, "goals": GOALS, "seed": args.seed, "results": results}
    args.out.write_text(json.dumps(payload, indent=2, default=str) + "\n")
    print(f"\nwritten to {args.out}")


if __name__ == "__main__":
    main()
