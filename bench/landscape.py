"""Benchmark of the landscape map on synthetic data: the data query, the drawings, memory.

    python bench/landscape.py                        # 10k, 100k, then 1M people (minutes)
    python bench/landscape.py --sizes 10000,100000   # quicker
    python bench/landscape.py --keep /tmp/land-bench # keep (and reuse) each size's store

For every size, `bench/synth.py` writes the Parquet files and a worker process loads them into a
fresh store (`pedigree.api.load`; with --keep, a store kept from an earlier run is reused), then
measures, as medians over warm repeats:

- the landscape data (`pedigree.analytics.landscape.landscape`, top 8 per sector, every sector
  with a valued company): Ibis expressions on DuckDB, plus the small assembly in pandas;
- the same answer as hand-written DuckDB SQL — top 8 per sector by latest USD valuation with each
  company's lineages — checked equal (sector, rank, company, valuation, lineages), and the ratio;
- the drawings of that data: PNG and SVG (matplotlib), HTML (plotly, library inlined); the first
  PNG of the process is timed apart (it reads the 16 MB CJK font);
- data + PNG together against the goal (≤ 2 s at 1M people), and the whole
  `pedigree landscape --out map.png` command as a fresh process (imports included);
- peak memory (RSS high-water mark of the worker).

The report is printed and written to bench/out/landscape.json. Only synthetic data is used.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
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
    timed,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "out" / "landscape.json"
DEFAULT_SIZES = "10000,100000,1000000"
TOP = 8
GOALS = {"data_and_png_s": 2.0}


# --- the same answer, hand-written in DuckDB SQL ----------------------------------------------


def landscape_sql(con, top: int = TOP) -> str:
    """Top `top` companies per sector by latest USD valuation, each with its lineages (the
    organisations its founders came from, from the store's `spinout_ties`), over the sectors with
    a valued company. Stored sector names meet the taxonomy through a mapping table built from
    the distinct stored names, as a hand-written query would need one too."""
    from pedigree.reference.fx import fx_rates
    from pedigree.reference.sectors import sector_id

    fx = ", ".join(
        f"('{row.currency}', {float(row.usd_per_unit)!r})" for row in fx_rates().itertuples()
    )
    stored = [row[0] for row in con.execute("SELECT DISTINCT sector FROM organizations").fetchall()]
    pairs = [(raw, sector_id(raw)) for raw in stored if raw and sector_id(raw)]
    mapping = ", ".join("('{}', '{}')".format(raw.replace("'", "''"), sid) for raw, sid in pairs)
    return f"""
    WITH fx (currency, usd_per_unit) AS (VALUES {fx}),
    sector_map (raw, sector_id) AS (VALUES {mapping}),
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
    ranked AS (
        SELECT o.id, o.name, m.sector_id, l.usd,
               row_number() OVER (PARTITION BY m.sector_id
                                  ORDER BY coalesce(l.usd, -1) DESC, o.name, o.id) AS rank,
               count(l.usd) OVER (PARTITION BY m.sector_id) AS valued
        FROM organizations o
        JOIN sector_map m ON m.raw = o.sector
        LEFT JOIN latest l ON l.org_id = o.id
        WHERE o.kind IS NULL OR o.kind = 'company'
        QUALIFY rank <= {top}
    )
    SELECT r.sector_id, r.rank, r.id AS org_id, r.usd AS valuation_usd,
           list(DISTINCT t.parent_id ORDER BY t.parent_id)
               FILTER (WHERE t.parent_id IS NOT NULL) AS lineage_ids
    FROM ranked r LEFT JOIN spinout_ties t ON t.child_id = r.id
    WHERE r.valued > 0
    GROUP BY ALL
    ORDER BY r.sector_id, r.rank
    """


def same_answer(ours, by_sql) -> tuple[bool, str]:
    """Whether the map's companies equal the SQL's: sector, rank, id, valuation, lineages."""

    def rows(frame, lineages):
        return {
            (row.sector_id, int(row.rank)): (
                row.org_id,
                None if row.valuation_usd != row.valuation_usd else round(row.valuation_usd, 3),
                tuple(sorted(lineages(row))),
            )
            for row in frame.itertuples(index=False)
        }

    a = rows(ours, lambda row: row.lineage_ids)
    b = rows(
        by_sql, lambda row: list(row.lineage_ids) if hasattr(row.lineage_ids, "__len__") else []
    )
    if a == b:
        return True, f"{len(a)} companies equal"
    differing = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
    key = differing[0]
    return False, f"{len(differing)} differ; first {key}: {a.get(key)} vs {b.get(key)}"


# --- one size, in its own process -------------------------------------------------------------


def worker(data: Path, db: Path, repeats: int, result_path: Path) -> None:
    from pedigree import api
    from pedigree.analytics.landscape import landscape
    from pedigree.report import landscape_chart
    from pedigree.store import Store

    result: dict = {"code": code_fingerprint()}
    if not db.exists():
        started = time.perf_counter()
        api.load(db, [data])
        result["load_s"] = time.perf_counter() - started
    store = Store.open(db)
    con = store.con
    result["organizations"] = con.execute("SELECT count(*) FROM organizations").fetchone()[0]
    result["rounds"] = con.execute("SELECT count(*) FROM rounds").fetchone()[0]
    result["spinout_ties"] = con.execute("SELECT count(*) FROM spinout_ties").fetchone()[0]
    result["peak_before"] = peak_bytes()

    views = store.views()
    started = time.perf_counter()
    first = landscape(views, top=TOP)
    result["data_first_s"] = time.perf_counter() - started
    data_s, data_all, ours = timed(lambda: landscape(store.views(), top=TOP), repeats)
    result["data_s"], result["data_runs"] = data_s, data_all
    result["sectors"] = len(ours.sectors)
    result["companies"] = len(ours.companies)
    result["coloured"] = ours.lineages.lineage.tolist()
    assert ours.companies.org_id.tolist() == first.companies.org_id.tolist()

    sql_s, sql_all, by_sql = timed(lambda: con.execute(landscape_sql(con)).df(), repeats)
    result["sql_s"], result["sql_runs"] = sql_s, sql_all
    result["data_vs_sql"] = data_s / sql_s
    result["sql_equal"] = same_answer(ours.companies, by_sql)

    folder = db.parent
    started = time.perf_counter()
    landscape_chart.save(ours, folder / "first.png")
    result["png_first_s"] = time.perf_counter() - started
    for kind in ("png", "svg", "html"):
        path = folder / f"map.{kind}"
        seconds, runs, _ = timed(lambda path=path: landscape_chart.save(ours, path), repeats)
        result[f"{kind}_s"], result[f"{kind}_runs"] = seconds, runs
        result[f"{kind}_bytes"] = path.stat().st_size
    result["data_and_png_s"] = data_s + result["png_s"]
    result["peak"] = peak_bytes()
    store.close()

    # The whole command, as a user runs it: a fresh process, imports included.
    command = [str(Path(sys.executable).with_name("pedigree")), "--db", str(db), "landscape"]
    command += ["--out", str(folder / "cli.png")]
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    result["cli_png_s"] = time.perf_counter() - started
    result_path.write_text(json.dumps(result, default=str))


# --- driver -----------------------------------------------------------------------------------


def run_size(people: int, seed: int, repeats: int, keep: Path | None) -> dict:
    folder = Path(tempfile.mkdtemp(prefix=f"pedigree-landscape-{people}-"))
    kept = keep / str(people) if keep else None
    try:
        db = folder / "store.duckdb"
        data = folder / "data"
        if kept and (kept / "store.duckdb").exists():
            shutil.copy(kept / "store.duckdb", db)
        else:
            subprocess.run(
                [sys.executable, str(HERE / "synth.py"), "--people", str(people)]
                + ["--out", str(data), "--seed", str(seed)],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        load_before = os.getloadavg()[0]
        result_path = folder / "result.json"
        subprocess.run(
            [sys.executable, __file__, "--worker", str(data), "--db", str(db)]
            + ["--repeats", str(repeats), "--result", str(result_path)],
            check=True,
        )
        result = json.loads(result_path.read_text())
        result.update(people=people, load_average=[load_before, os.getloadavg()[0]])
        if kept:
            kept.mkdir(parents=True, exist_ok=True)
            for name in ("store.duckdb", "map.png", "map.svg", "map.html"):
                shutil.copy(folder / name, kept / name)
        return result
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def report(results: list[dict]) -> str:
    results = sorted(results, key=lambda r: r["people"])

    def row(label: str, fn) -> list[str]:
        cells = []
        for r in results:
            try:
                cells.append(fn(r))
            except KeyError:
                cells.append("—")
        return [label, *cells]

    def ms(key: str):
        return lambda r: f"{r[key] * 1e3:,.0f}"

    table = [
        ["people"] + [f"{r['people']:,}" for r in results],
        row("organizations", lambda r: f"{r['organizations']:,}"),
        row("rounds", lambda r: f"{r['rounds']:,}"),
        row("spin-out evidence rows", lambda r: f"{r['spinout_ties']:,}"),
        row("sectors / companies shown", lambda r: f"{r['sectors']} / {r['companies']}"),
        row("data, first call (ms)", ms("data_first_s")),
        row("data, pedigree (ms)", ms("data_s")),
        row("data, hand-written SQL (ms)", ms("sql_s")),
        row("  pedigree / SQL", lambda r: f"{r['data_vs_sql']:.1f}x"),
        row("  equal", lambda r: "yes" if r["sql_equal"][0] else "NO: " + r["sql_equal"][1]),
        row("PNG, first in process (ms)", ms("png_first_s")),
        row("PNG (ms)", ms("png_s")),
        row("SVG (ms)", ms("svg_s")),
        row("HTML (ms)", ms("html_s")),
        row("data + PNG (ms)", ms("data_and_png_s")),
        row("command, fresh process (ms)", ms("cli_png_s")),
        row("peak memory (GB)", lambda r: f"{r['peak'] / 1e9:.2f}"),
        row("load average before/after", lambda r: "{:.1f}/{:.1f}".format(*r["load_average"])),
    ]
    widths = [max(len(line[i]) for line in table) for i in range(len(table[0]))]
    lines = [
        "  ".join(
            [line[0].ljust(widths[0])]
            + [c.rjust(w) for c, w in zip(line[1:], widths[1:], strict=True)]
        )
        for line in table
    ]
    at = next((r for r in results if r["people"] == 1_000_000), results[-1])
    value = at["data_and_png_s"]
    mark = "ok" if value <= GOALS["data_and_png_s"] else "MISSED"
    lines += ["", f"Goal (at {at['people']:,} people): data + PNG ≤ 2 s: {mark} ({value:.2f} s)"]
    if len(results) > 1:
        lines.append("")
        first, last = results[0], results[-1]
        growth = last["people"] / first["people"]
        for label, key in [("data", "data_s"), ("SQL", "sql_s"), ("PNG", "png_s")]:
            ratio = last[key] / first[key]
            exponent = math.log(ratio) / math.log(growth)
            lines.append(
                f"growth {first['people']:,}→{last['people']:,} ({growth:,.0f}× people): "
                f"{label} {ratio:.1f}× (exponent {exponent:.2f})"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    size_arguments(
        parser,
        sizes=DEFAULT_SIZES,
        out=OUT,
        repeats=5,
        keep_help="keep each size's store (and maps) here",
    )
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.db, args.repeats, args.result)
        return

    results = run_sizes(parse_sizes(args.sizes), run_size, args.seed, args.repeats, args.keep)
    text = report(results)
    print()
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    payload = {"machine": machine(), "goals": GOALS, "seed": args.seed, "results": results}
    args.out.write_text(json.dumps(payload, indent=2, default=str) + "\n")
    print(f"\nwritten to {args.out}")


if __name__ == "__main__":
    main()
