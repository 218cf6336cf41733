"""Benchmark of the foundation: import, academies ranking, lineage and memory on synthetic data.

    python bench/foundation.py                      # 10k, 100k and 1M people (~5 minutes)
    python bench/foundation.py --sizes 10000,100000 # quicker
    python bench/foundation.py --sizes 10000,1000000,10000000  # 10M if 1M's memory says it fits

For every size, in a fresh temporary folder: `bench/synth.py` writes the Parquet files (in its own
process), then a worker process loads them into a fresh store and measures

- import: input rows per second through `pedigree.api.load` (goal ≥ 500k rows/s); then a
  re-import of a 1% change (`write_change`; goal ≤ 5% of the import's time), whose refresh is
  incremental; then the full derived-table refresh (`pedigree.store.derived.refresh` without the
  marks of the last one) on its own, timed per table;
- the full academies ranking (`academies(views, depth=1, top=None)`) against the same ranking as
  hand-written DuckDB SQL over the same store's tables (goal ≤ 1.5×; the SQL takes its spin-out
  edges from the derived `spinout_ties` table when the store has one, as pedigree does, and is
  also timed computing them from the stints, organisations and `org_ancestors`, with the loops
  found by NetworkX) and as a pandas + NetworkX script an analyst would write (goal: ours ≥ 20×
  faster; left out above 1M people); all results are checked equal. The references apply
  pedigree's lineage rules (time order, loop removal, the part_of hierarchy, the alumni roles
  read at the unit; see "the same ranking" below), so like is compared with like;
- the depth-3 lineage of the organisation with the most spin-outs (goal ≤ 200 ms at 1M people),
  and of the median organisation among those with a spin-out;
- peak memory (RSS high-water mark of the worker before the pandas script; goal ≤ 4 GB at 1M).

Timings are medians over warm repeats. The report is printed and written to
bench/out/foundation.json, with a fingerprint of pedigree's sources and the load average (other
work on the machine skews timings). Only synthetic data is used.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
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
    "import_rows_per_s": 500_000,  # issue 16 (issue 2 asked 1M)
    "academies_vs_sql": 1.5,
    "pandas_vs_academies": 20.0,
    "lineage_ms": 200.0,
    "peak_gb": 4.0,
}


def code_fingerprint() -> str:
    """A short hash of pedigree's Python sources, to tell which code a result measured."""
    import hashlib

    import pedigree

    root = Path(pedigree.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def peak_bytes() -> int:
    """This process's RSS high-water mark (ru_maxrss is in KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def cpu_seconds() -> float:
    """CPU seconds this process has used, DuckDB's threads included: on a shared machine a
    fairer figure than wall-clock time, which other work stretches."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


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
#
# Both references apply pedigree's lineage rules (`pedigree.analytics.spinouts`, docs/lineage.md),
# written out again by hand so that the comparison is like with like:
# - a tie at an organisation also counts at every organisation it is part of (`org_ancestors`,
#   the hierarchy as data), and two organisations of one group are never each other's spin-outs;
# - time order: a tie at the parent that began after the child's founding period (its own start,
#   else the parent's founding) is none; a serial founder's other company counts only when it was
#   founded in an earlier period;
# - the edges that close a loop are dropped, undated ones first (`loop_edges_nx`);
# - a founder counts as the parent's alumnus as a founder, employee or faculty, the role read
#   from the tie's kind, title or quote at the organisation (the unit) it was at.


def loop_edges_nx(pairs) -> set[tuple[str, str]]:
    """The (parent, child) edges that close a loop, from (parent, child, dated) rows: within each
    strongly connected set of organisations the undated edges go first, all of them when none is
    undated; repeated until no loop is left. NetworkX's components, not pedigree's."""
    import networkx as nx

    graph = nx.DiGraph()
    for parent, child, dated in pairs:
        graph.add_edge(parent, child, dated=bool(dated))
    dropped: set[tuple[str, str]] = set()
    while True:
        loops = [c for c in nx.strongly_connected_components(graph) if len(c) > 1]
        if not loops:
            return dropped
        for component in loops:
            inside = list(graph.subgraph(component).edges(data="dated"))
            gone = [(u, v) for u, v, dated in inside if not dated] or [(u, v) for u, v, _ in inside]
            graph.remove_edges_from(gone)
            dropped.update(gone)


def role_sql(kind: str, title: str, quote: str) -> str:
    """A tie's role (founder, employee, faculty, intern, visitor, student …) as SQL: the rule of
    `pedigree.analytics.roles` written by hand."""
    from pedigree.analytics import roles

    text = f"lower(coalesce(nullif({title}, ''), {quote}, ''))"

    def has(pattern: str) -> str:
        return f"regexp_matches({text}, '{pattern}')"

    return f"""(CASE WHEN {kind} = 'founder' THEN 'founder'
        WHEN {kind} = 'education' THEN
            CASE WHEN {has(roles.VISITOR_PATTERN)} THEN 'visitor' ELSE 'student' END
        WHEN {kind} <> 'employment' THEN {kind}
        WHEN {has(roles.INTERN_PATTERN)} THEN 'intern'
        WHEN {has(roles.VISITOR_PATTERN)} THEN 'visitor'
        WHEN {has(roles.FACULTY_PATTERN)} THEN 'faculty'
        WHEN {has(roles.STUDENT_PATTERN)} THEN 'student'
        ELSE 'employee' END)"""


def alumni_sql(kind: str, title: str, quote: str) -> str:
    """Whether a tie is an alumni tie (founder, employee, faculty), as SQL."""
    return f"{role_sql(kind, title, quote)} IN ('founder', 'employee', 'faculty')"


def _period_end_sql(value: str, precision: str) -> str:
    return f"""(CASE {precision} WHEN 'year' THEN {value} + INTERVAL 1 YEAR - INTERVAL 1 DAY
        WHEN 'month' THEN {value} + INTERVAL 1 MONTH - INTERVAL 1 DAY ELSE {value} END)"""


def candidate_edges_sql() -> str:
    """Every spin-out tie in time order, from the stints, organisations and `org_ancestors`, with
    the tie's role at the organisation it was at and whether dates show the order; before loops
    are removed. One row per (parent, child, person, tie)."""
    from pedigree.model import LINEAGE_TIE_KINDS

    kinds = ", ".join(f"'{kind}'" for kind in LINEAGE_TIE_KINDS)
    return f"""
    WITH ties AS (
        SELECT s.person_id, s.org_id AS at_id, s.kind,
               {role_sql("s.kind", "s.title", "s.quote")} AS role,
               coalesce(s.start_date, o.founded) AS earliest,
               CASE WHEN s.start_date IS NULL AND s.kind = 'founder' THEN o.founded
                    ELSE s.start_date END AS began,
               CASE WHEN s.start_date IS NULL AND s.kind = 'founder' THEN o.founded_precision
                    ELSE s.start_precision END AS began_precision
        FROM stints s LEFT JOIN organizations o ON o.id = s.org_id
        WHERE s.kind IN ({kinds})
    ),
    at_parent AS (
        SELECT *, at_id AS parent_id FROM ties
        UNION ALL
        SELECT t.*, a.ancestor_id AS parent_id
        FROM ties t JOIN org_ancestors a ON a.org_id = t.at_id
    ),
    tops AS (SELECT DISTINCT org_id, top_id FROM org_ancestors),
    founders AS (
        SELECT s.person_id, s.org_id AS child_id,
               coalesce(s.start_date, o.founded) AS founded,
               CASE WHEN s.start_date IS NOT NULL THEN s.start_precision
                    ELSE o.founded_precision END AS precision
        FROM stints s LEFT JOIN organizations o ON o.id = s.org_id
        WHERE s.kind = 'founder'
    )
    SELECT p.parent_id, f.child_id, p.role,
           p.began IS NOT NULL AND f.founded IS NOT NULL AS dated
    FROM at_parent p JOIN founders f ON f.person_id = p.person_id
    LEFT JOIN tops pt ON pt.org_id = p.parent_id
    LEFT JOIN tops ct ON ct.org_id = f.child_id
    WHERE p.parent_id <> f.child_id
      AND coalesce(pt.top_id, p.parent_id) <> coalesce(ct.top_id, f.child_id)
      AND CASE WHEN p.kind = 'founder'
               THEN p.began IS NOT NULL AND f.founded IS NOT NULL
                    AND {_period_end_sql("p.began", "p.began_precision")} < f.founded
               ELSE NOT coalesce(p.earliest > {_period_end_sql("f.founded", "f.precision")}, false)
          END"""


def ranking_sql(edges: str) -> str:
    """The academies ranking (depth 1) of the (root, node) spin-out edges `edges` (a query)."""
    from pedigree.model import UNICORN_USD
    from pedigree.reference.fx import fx_rates

    fx = ", ".join(
        f"('{row.currency}', {float(row.usd_per_unit)!r})" for row in fx_rates().itertuples()
    )
    return f"""
    WITH fx (currency, usd_per_unit) AS (VALUES {fx}),
    edges AS ({edges}),
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
               CASE WHEN count(l.usd) > 0
                    THEN count(*) FILTER (WHERE l.usd >= {UNICORN_USD}) END AS unicorns,
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
    ORDER BY spinouts DESC, coalesce(unicorns, 0) DESC, coalesce(total_valuation_usd, 0) DESC,
        r.org_id
    """


def academies_by_sql(con, from_ties: bool = False):
    """The academies ranking (depth 1) over the store's tables, as one might write it by hand.

    With `from_ties` the spin-out edges come from the store's derived `spinout_ties` table (what
    pedigree itself reads; loops already removed), the role read from the stint at the unit the
    tie was at. Otherwise they are computed from the stints, organisations and `org_ancestors`
    (`candidate_edges_sql`), the loops found with NetworkX and dropped in a second query."""
    if from_ties:
        edges = f"""
        SELECT DISTINCT t.parent_id AS root, t.child_id AS node
        FROM spinout_ties t LEFT JOIN stints s ON s.person_id = t.person_id
            AND s.org_id = coalesce(t.unit_id, t.parent_id) AND s.kind = t.parent_kind
            AND s.title IS NOT DISTINCT FROM t.parent_title
        WHERE {alumni_sql("t.parent_kind", "t.parent_title", "s.quote")}"""
        return con.execute(ranking_sql(edges)).df()
    con.execute(f"CREATE OR REPLACE TEMP TABLE _bench_candidates AS {candidate_edges_sql()}")
    try:
        pairs = con.execute(
            "SELECT parent_id, child_id, bool_or(dated) FROM _bench_candidates GROUP BY ALL"
        ).fetchall()
        dropped = sorted(loop_edges_nx(pairs))
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _bench_loops (parent_id VARCHAR, child_id VARCHAR)"
        )
        if dropped:
            con.executemany("INSERT INTO _bench_loops VALUES (?, ?)", dropped)
        edges = """
        SELECT DISTINCT c.parent_id AS root, c.child_id AS node
        FROM _bench_candidates c ANTI JOIN _bench_loops l
            ON l.parent_id = c.parent_id AND l.child_id = c.child_id
        WHERE c.role IN ('founder', 'employee', 'faculty')"""
        return con.execute(ranking_sql(edges)).df()
    finally:
        con.execute("DROP TABLE IF EXISTS _bench_candidates")
        con.execute("DROP TABLE IF EXISTS _bench_loops")


# --- the same ranking, as a pandas + NetworkX script ------------------------------------------


def roles_pandas(stints):
    """Each stint's role (founder, employee, faculty, intern, visitor, student …): the rule of
    `pedigree.analytics.roles` in pandas."""
    import numpy as np

    from pedigree.analytics import roles

    text = stints.title.where(stints.title.fillna("") != "", stints.quote).fillna("").str.lower()

    def has(pattern: str):
        return text.str.contains(pattern, regex=True).to_numpy()

    kind = stints.kind.to_numpy()
    work = kind == "employment"
    return np.select(
        [
            kind == "founder",
            (kind == "education") & has(roles.VISITOR_PATTERN),
            kind == "education",
            ~work,
            has(roles.INTERN_PATTERN),
            has(roles.VISITOR_PATTERN),
            has(roles.FACULTY_PATTERN),
            has(roles.STUDENT_PATTERN),
        ],
        ["founder", "visitor", "student", kind, "intern", "visitor", "faculty", "student"],
        default="employee",
    )


def _period_end(dates, precision):
    import pandas as pd

    ends = dates.where(precision != "year", dates + pd.offsets.YearEnd(0))
    return ends.where(precision != "month", dates + pd.offsets.MonthEnd(0))


def academies_pandas(con, timings: dict | None = None):
    """The ranking as an analyst would write it: read tables into pandas, apply the lineage rules
    (above), build a DiGraph of spin-out edges, then walk each organisation's successors.
    `timings` gets the reading time."""
    import networkx as nx
    import numpy as np
    import pandas as pd

    from pedigree.model import LINEAGE_TIE_KINDS, UNICORN_USD
    from pedigree.reference.fx import fx_rates

    started = time.perf_counter()
    stints = con.execute(
        "SELECT person_id, org_id, kind, title, quote, start_date, start_precision FROM stints"
    ).df()
    orgs = con.execute(
        "SELECT id, name, kind, sector, founded, founded_precision FROM organizations"
    ).df()
    rounds = con.execute("SELECT org_id, date, currency, post_money_valuation FROM rounds").df()
    ancestors = con.execute("SELECT org_id, ancestor_id, top_id FROM org_ancestors").df()
    if timings is not None:
        timings.setdefault("read_s", []).append(time.perf_counter() - started)

    # Ties at the parent: the earliest they can have begun (their start, else the parent's
    # founding), when they began (a founder's, without a start: at the founding), and the role.
    org_dates = orgs[["id", "founded", "founded_precision"]].rename(columns={"id": "org_id"})
    ties = stints.loc[stints.kind.isin(LINEAGE_TIE_KINDS)].merge(org_dates, on="org_id", how="left")
    ties["role"] = roles_pandas(ties)
    undated_founder = ties.start_date.isna() & (ties.kind == "founder")
    ties["earliest"] = ties.start_date.fillna(ties.founded)
    ties["began"] = ties.start_date.where(~undated_founder, ties.founded)
    ties["began_precision"] = ties.start_precision.where(~undated_founder, ties.founded_precision)
    ties = ties[["person_id", "org_id", "kind", "role", "earliest", "began", "began_precision"]]
    # …each also at every organisation the one it was at is part of.
    rolled = ties.merge(ancestors[["org_id", "ancestor_id"]], on="org_id")
    rolled["org_id"] = rolled.pop("ancestor_id")
    at_parent = pd.concat([ties, rolled], ignore_index=True)

    founders = stints.loc[stints.kind == "founder"].merge(org_dates, on="org_id", how="left")
    has_start = founders.start_date.notna()
    founded = founders.start_date.where(has_start, founders.founded)
    precision = founders.start_precision.where(has_start, founders.founded_precision)
    founders = pd.DataFrame(
        {
            "person_id": founders.person_id,
            "child": founders.org_id,
            "founded": founded,
            "period_end": _period_end(founded, precision),
        }
    )
    ties = at_parent.merge(founders, on="person_id")
    top = ancestors.drop_duplicates("org_id").set_index("org_id").top_id
    parent_top = ties.org_id.where(~ties.org_id.isin(top.index), ties.org_id.map(top))
    child_top = ties.child.where(~ties.child.isin(top.index), ties.child.map(top))
    dated = ties.began.notna() & ties.founded.notna()
    earlier_company = dated & (_period_end(ties.began, ties.began_precision) < ties.founded)
    backwards = ties.earliest.notna() & ties.founded.notna() & (ties.earliest > ties.period_end)
    in_order = np.where(ties.kind == "founder", earlier_company, ~backwards)
    keep = (ties.org_id != ties.child) & (parent_top != child_top) & in_order
    ties = ties.loc[keep].assign(dated=dated[keep])

    pairs = ties.groupby(["org_id", "child"], as_index=False).dated.any()
    dropped = loop_edges_nx(pairs.itertuples(index=False, name=None))
    alumni = ties.loc[ties.role.isin(["founder", "employee", "faculty"])]
    edges = {edge for edge in zip(alumni.org_id, alumni.child, strict=True) if edge not in dropped}
    graph = nx.DiGraph()
    graph.add_edges_from(edges)

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
                "unicorns": int((values >= UNICORN_USD).sum()) if values.notna().any() else None,
                "total_valuation_usd": values.sum(min_count=1),
                "median_months_to_unicorn": months.median(),
            }
        )
    table = pd.DataFrame(rows).merge(
        orgs[["id", "name", "kind", "sector"]], left_on="org_id", right_on="id", how="left"
    )
    table["unicorns"] = table.unicorns.astype("Int64")
    table["_total"] = table.total_valuation_usd.fillna(0)
    table["_unicorns"] = table.unicorns.fillna(0)
    table = table.sort_values(
        ["spinouts", "_unicorns", "_total", "org_id"], ascending=[False, False, False, True]
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


class TimedConnection:
    """Passes everything to a DuckDB connection, timing each `execute` by the table it creates."""

    def __init__(self, con):
        self._con = con
        self.spent: dict[str, float] = {}

    def execute(self, sql, *args, **kwargs):
        match = re.search(r"CREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP\s+)?TABLE\s+(\w+)", sql, re.I)
        label = match.group(1) if match else "other"
        started = time.perf_counter()
        try:
            return self._con.execute(sql, *args, **kwargs)
        finally:
            self.spent[label] = self.spent.get(label, 0.0) + time.perf_counter() - started

    def __getattr__(self, name):
        return getattr(self._con, name)


CHANGE_SHARE = 0.01


def write_change(data: Path, out: Path, seed: int = 7) -> Path:
    """A later import of about 1% of the input rows, cited to one new source: 1% of the stints
    restated (a later end and a team size), 1% of the people with a new alias."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    rng = np.random.default_rng(seed)
    out.mkdir(parents=True, exist_ok=True)
    source = "src-change"
    pq.write_table(
        pa.table({"id": [source], "title": ["A later report"], "publisher": ["Synthetic"],
                  "published": ["2026-01-15"], "url": ["https://example.com/change"]}),
        out / "sources.parquet",
    )  # fmt: skip

    def sample(path: Path, columns: list[str] | None = None) -> pa.Table:
        """CHANGE_SHARE of the rows of each row group, read one group at a time: at 10M people
        the stints file holds about 50M rows."""
        file, parts = pq.ParquetFile(path), []
        for group in range(file.num_row_groups):
            rows = file.read_row_group(group, columns=columns)
            picked = rng.choice(len(rows), int(len(rows) * CHANGE_SHARE), replace=False)
            parts.append(rows.take(pa.array(np.sort(picked))))
        return pa.concat_tables(parts)

    stints = sample(data / "stints.parquet")
    stints = stints.set_column(
        stints.schema.get_field_index("end"), "end", pa.array(["2026-01"] * len(stints))
    )
    stints = stints.set_column(
        stints.schema.get_field_index("team_size"),
        "team_size",
        pa.array(rng.integers(2, 500, len(stints)), type=stints.schema.field("team_size").type),
    )
    stints = stints.set_column(
        stints.schema.get_field_index("source_id"), "source_id", pa.array([source] * len(stints))
    )
    pq.write_table(stints, out / "stints.parquet")
    people = sample(data / "people.parquet", columns=["id", "name"])
    aliases = pc.binary_join_element_wise(people["name"], pa.scalar(" (later)"), "")
    pq.write_table(
        pa.table({"id": people["id"], "name": people["name"], "aliases": aliases,
                  "source_id": pa.array([source] * len(people))}),
        out / "people.parquet",
    )  # fmt: skip
    return out


def worker(data: Path, db: Path, repeats: int, result_path: Path) -> None:
    import pyarrow.parquet as pq

    from pedigree import api
    from pedigree.analytics.academies import academies
    from pedigree.analytics.lineage import lineage
    from pedigree.store import Store, incremental
    from pedigree.store.derived import refresh

    result: dict = {"code": code_fingerprint()}
    rows_in = {
        path.stem: pq.ParquetFile(path).metadata.num_rows for path in sorted(data.glob("*.parquet"))
    }
    result["input_rows"] = rows_in
    people = rows_in["people"]
    total_rows = sum(rows_in.values())

    # Import: the whole `pedigree.api.load`, then the refresh it ends with, on its own.
    started, cpu = time.perf_counter(), cpu_seconds()
    report = api.load(db, [data])
    load_s = time.perf_counter() - started
    assert report.rejected == 0, report.rejected
    result["load_s"] = load_s
    result["load_cpu_s"] = cpu_seconds() - cpu
    result["import_rows_per_cpu_s"] = total_rows / result["load_cpu_s"]
    result["statements_added"] = report.added
    result["import_rows_per_s"] = total_rows / load_s
    result["peak_after_load"] = peak_bytes()
    # What is measured so far is kept after each phase: a long run stopped early keeps it.
    result_path.write_text(json.dumps(result, default=str))

    # Re-importing a 1% change (goal ≤ 5% of the full import): the refresh is incremental.
    change = write_change(data, db.parent / "change")
    started, cpu = time.perf_counter(), cpu_seconds()
    report = api.load(db, [change])
    result["reimport_s"] = time.perf_counter() - started
    result["reimport_cpu_s"] = cpu_seconds() - cpu
    result["reimport_vs_load_cpu"] = result["reimport_cpu_s"] / result["load_cpu_s"]
    result["reimport_rows"] = sum(pq.ParquetFile(p).metadata.num_rows for p in change.iterdir())
    result["reimport_added"] = report.added
    result["reimport_vs_load"] = result["reimport_s"] / load_s
    result_path.write_text(json.dumps(result, default=str))

    store = Store.open(db)
    con = store.con
    # The full refresh on its own, with the time of each statement it runs (by the table it
    # creates); without the marks of the last refresh it rebuilds everything.
    store.backend  # noqa: B018 (the Ibis backend stays on the real connection)
    timing = TimedConnection(con)
    store.con = timing
    started = time.perf_counter()
    try:
        with store.transaction():
            con.execute(f"DROP TABLE {incremental.MARKS}")
            refresh(store)
    finally:
        store.con = con
    result["refresh_s"] = time.perf_counter() - started
    result["refresh_breakdown_s"] = timing.spent
    result["statements_s"] = load_s - result["refresh_s"]
    result["counts"] = store.counts()
    result["derived_rows"] = {
        t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
        for t in ("stints", "rounds", "names")
    }
    result_path.write_text(json.dumps(result, default=str))

    # Academies: Ibis (ours) vs hand-written SQL over the same tables: the spin-out edges from
    # the store's `spinout_ties` table when pedigree derives one (so both do the same work), and
    # also computed from the stints.
    views = store.views()
    ours_s, ours_all, ours = timed(lambda: academies(views, depth=1, top=None), repeats)
    result["academies_s"], result["academies_runs"] = ours_s, ours_all
    result["academies_rows"] = len(ours)
    has_ties = bool(
        con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'spinout_ties'"
        ).fetchall()[0][0]
    )
    result["sql_edges_from"] = "spinout_ties" if has_ties else "stints"
    for key, from_ties in [("sql", has_ties), ("sql_from_stints", False)]:
        sql_s, sql_all, by_sql = timed(
            lambda from_ties=from_ties: academies_by_sql(con, from_ties), repeats
        )
        result[f"{key}_s"], result[f"{key}_runs"] = sql_s, sql_all
        result[f"{key}_equal"] = same_ranking(ours, by_sql)
    result["academies_vs_sql"] = ours_s / result["sql_s"]
    result_path.write_text(json.dumps(result, default=str))

    # Lineage of the organisation with the most spin-outs, three generations deep.
    top = ours.iloc[0]
    result["lineage_org"] = {"id": top.org_id, "name": top["name"], "spinouts": int(top.spinouts)}
    lineage_s, lineage_all, tree = timed(lambda: lineage(views, top.org_id, depth=3), repeats)
    result["lineage_ms"], result["lineage_runs_ms"] = (
        lineage_s * 1e3,
        [t * 1e3 for t in lineage_all],
    )
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

    # The analyst's pandas + NetworkX script (it reads the tables itself each time). Above 1M
    # people it would need most of the machine's memory, so it is left out there.
    if people <= 1_000_000:
        reading: dict = {}
        pandas_s, pandas_all, by_pandas = timed(
            lambda: academies_pandas(con, reading), min(repeats, 3), warmup=0
        )
        result["pandas_s"], result["pandas_runs"] = pandas_s, pandas_all
        result["pandas_read_s"] = statistics.median(reading["read_s"])
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
        load_before = os.getloadavg()[0]
        result_path = folder / "result.json"
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, __file__, "--worker", str(data), "--db", str(folder / "store.duckdb")]
            + ["--repeats", str(repeats), "--result", str(result_path)],
            check=True,
        )
        result = json.loads(result_path.read_text())
        result.update(people=people, generate_s=generate_s)
        # Other work on the machine skews timings: the 1-minute load average before and after.
        result["load_average"] = [load_before, os.getloadavg()[0]]
        result["worker_s"] = time.perf_counter() - started
        result["store_bytes"] = (folder / "store.duckdb").stat().st_size
        if keep is not None:
            target = keep / str(people)
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(folder, target)
        return result
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def estimated_peak(results: list[dict], people: int) -> float | None:
    """Peak memory at `people`, extrapolated from the two largest measured sizes (the growth
    exponent between them, at least 0.8), or linearly from one; None below 1M measured."""
    known = sorted((r for r in results if r["people"] < people), key=lambda r: r["people"])
    if not known or known[-1]["people"] < 1_000_000:
        return None
    last = known[-1]
    exponent = 1.0
    if len(known) > 1:
        before = known[-2]
        growth = math.log(last["peak_pedigree"] / before["peak_pedigree"])
        exponent = max(0.8, growth / math.log(last["people"] / before["people"]))
    return last["peak_pedigree"] * (people / last["people"]) ** exponent


def machine() -> dict:
    import duckdb
    import ibis

    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    return {
        "python": platform.python_version(),
        "duckdb": duckdb.__version__,
        "ibis": ibis.__version__,
        "cpus": os.cpu_count(),
        "memory_gib": round(memory / 2**30, 1),
        "platform": platform.platform(),
    }


def _gb(n: float) -> str:
    return f"{n / 1e9:.2f}"


def _cell(fn, result: dict) -> str:
    """A report cell; "—" where the result lacks the figure (no pandas run above 1M people)."""
    try:
        return fn(result)
    except KeyError:
        return "—"


def _value(result: dict, key: str) -> float:
    value = result[key]
    return value["ms"] if isinstance(value, dict) else value


def _mark(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def report(results: list[dict]) -> str:
    results = sorted(results, key=lambda r: r["people"])
    lines = []
    header = ["people"] + [f"{r['people']:,}" for r in results]

    def row(label: str, fn) -> list[str]:
        return [label] + [_cell(fn, r) for r in results]

    table = [
        header,
        row("input rows", lambda r: f"{sum(r['input_rows'].values()):,}"),
        row("  stints", lambda r: f"{r['input_rows']['stints']:,}"),
        row("generate (s)", lambda r: f"{r['generate_s']:.1f}"),
        row("import: load (s)", lambda r: f"{r['load_s']:.2f}"),
        row("  statements (s)", lambda r: f"{r['statements_s']:.2f}"),
        row("  refresh (s)", lambda r: f"{r['refresh_s']:.2f}"),
        row("    stints (s)", lambda r: f"{r['refresh_breakdown_s']['stints']:.2f}"),
        row("    people (s)", lambda r: f"{r['refresh_breakdown_s']['people']:.2f}"),
        row("    spinout_ties (s)", lambda r: f"{r['refresh_breakdown_s']['spinout_ties']:.2f}"),
        row("    names index (s)", lambda r: f"{r['refresh_breakdown_s']['names']:.2f}"),
        row("import, CPU (s)", lambda r: f"{r['load_cpu_s']:.1f}"),
        row("import rows/s", lambda r: f"{r['import_rows_per_s']:,.0f}"),
        row("import rows per CPU s", lambda r: f"{r['import_rows_per_cpu_s']:,.0f}"),
        row("re-import 1% change (s)", lambda r: f"{r['reimport_s']:.2f}"),
        row("  CPU (s)", lambda r: f"{r['reimport_cpu_s']:.2f}"),
        row("  of the full import", lambda r: f"{r['reimport_vs_load']:.1%}"),
        row("  of the full import, CPU", lambda r: f"{r['reimport_vs_load_cpu']:.1%}"),
        row("store (MB)", lambda r: f"{r['store_bytes'] / 1e6:,.0f}"),
        row("academies rows", lambda r: f"{r['academies_rows']:,}"),
        row("academies, Ibis (ms)", lambda r: f"{r['academies_s'] * 1e3:,.0f}"),
        row("academies, SQL (ms)", lambda r: f"{r['sql_s'] * 1e3:,.0f}"),
        row("  SQL edges from", lambda r: r["sql_edges_from"]),
        row("  Ibis / SQL", lambda r: f"{r['academies_vs_sql']:.2f}x"),
        row("  SQL result equal", lambda r: "yes" if r["sql_equal"][0] else "NO"),
        row("academies, SQL from stints (ms)", lambda r: f"{r['sql_from_stints_s'] * 1e3:,.0f}"),
        row("  result equal", lambda r: "yes" if r["sql_from_stints_equal"][0] else "NO"),
        row("academies, pandas+nx (ms)", lambda r: f"{r['pandas_s'] * 1e3:,.0f}"),
        row("  of which reading (ms)", lambda r: f"{r['pandas_read_s'] * 1e3:,.0f}"),
        row("  pandas+nx / Ibis", lambda r: f"{r['pandas_vs_academies']:.1f}x"),
        row("  pandas result equal", lambda r: "yes" if r["pandas_equal"][0] else "NO"),
        row("lineage org spin-outs", lambda r: f"{r['lineage_org']['spinouts']:,}"),
        row("lineage depth 3 edges", lambda r: f"{r['lineage_edges']:,}"),
        row("lineage depth 3 (ms)", lambda r: f"{r['lineage_ms']:,.0f}"),
        row("lineage, median org (ms)", lambda r: f"{r['lineage_typical']['ms']:,.0f}"),
        row("peak after load (GB)", lambda r: _gb(r["peak_after_load"])),
        row("peak, pedigree (GB)", lambda r: _gb(r["peak_pedigree"])),
        row("peak, with pandas (GB)", lambda r: _gb(r["peak_total"])),
        row("load average before/after", lambda r: "{:.1f}/{:.1f}".format(*r["load_average"])),
    ]
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for line in table:
        cells = [line[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(line[1:], widths[1:], strict=True)
        ]
        lines.append("  ".join(cells))

    # The goals are set at 1M people: judged there, else at the largest size run.
    at = next((r for r in results if r["people"] == 1_000_000), results[-1])
    lines += ["", f"Goals (at {at['people']:,} people):"]
    checks = [
        ("import ≥ 500k rows/s", "import_rows_per_s", lambda v: v >= GOALS["import_rows_per_s"],
         lambda v: f"{v:,.0f} rows/s"),
        ("re-import of a 1% change ≤ 5% of the import", "reimport_vs_load",
         lambda v: v <= 0.05, lambda v: f"{v:.1%}"),
        ("academies ≤ 1.5× hand-written SQL", "academies_vs_sql",
         lambda v: v <= GOALS["academies_vs_sql"], lambda v: f"{v:.2f}×"),
        ("academies ≥ 20× faster than pandas+NetworkX", "pandas_vs_academies",
         lambda v: v >= GOALS["pandas_vs_academies"], lambda v: f"{v:.1f}×"),
        ("lineage depth 3 ≤ 200 ms", "lineage_ms", lambda v: v <= GOALS["lineage_ms"],
         lambda v: f"{v:,.0f} ms"),
        ("peak memory ≤ 4 GB", "peak_pedigree", lambda v: v / 1e9 <= GOALS["peak_gb"],
         lambda v: f"{_gb(v)} GB"),
    ]  # fmt: skip
    for label, key, ok, shown in checks:
        if key in at:
            lines.append(f"  {_mark(ok(at[key])):6}  {label}: {shown(at[key])}")

    if len(results) > 1:
        # Time (or memory) ratio against people ratio, step by step and over the whole range;
        # the exponent is log(time ratio) / log(people ratio): 1 is linear, below 1 sublinear.
        steps = list(zip(results, results[1:], strict=False))
        if len(results) > 2:
            steps.append((results[0], results[-1]))
        labels = [f"{a['people']:,}→{b['people']:,}" for a, b in steps]
        growth = [["growth (ratio, exponent)"] + labels]
        growth.append(["people"] + [f"{b['people'] / a['people']:,.0f}×" for a, b in steps])
        for label, key in [
            ("import (load)", "load_s"),
            ("refresh", "refresh_s"),
            ("academies, Ibis", "academies_s"),
            ("academies, SQL", "sql_s"),
            ("academies, SQL from stints", "sql_from_stints_s"),
            ("academies, pandas+nx", "pandas_s"),
            ("lineage depth 3, top org", "lineage_ms"),
            ("lineage, median org", "lineage_typical"),
            ("peak memory", "peak_pedigree"),
        ]:
            cells = [label]
            for a, b in steps:
                if key not in a or key not in b:
                    cells.append("—")
                    continue
                ratio = _value(b, key) / _value(a, key)
                exponent = math.log(ratio) / math.log(b["people"] / a["people"])
                cells.append(f"{ratio:,.1f}× ({exponent:.2f})")
            growth.append(cells)
        widths = [max(len(line[i]) for line in growth) for i in range(len(growth[0]))]
        lines.append("")
        for line in growth:
            cells = [line[0].ljust(widths[0])] + [
                c.rjust(w) for c, w in zip(line[1:], widths[1:], strict=True)
            ]
            lines.append("  ".join(cells))
    return "\n".join(lines)


def size_arguments(
    parser: argparse.ArgumentParser,
    *,
    sizes: str,
    out: Path,
    repeats: int,
    repeats_help: str = "warm timed runs per figure",
    keep_help: str = "copy each size's data and store here",
) -> None:
    """The options of every per-size benchmark, and the hidden ones its worker processes get."""
    parser.add_argument("--sizes", default=sizes, help="people per run, comma-separated")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=repeats, help=repeats_help)
    parser.add_argument("--out", type=Path, default=out)
    parser.add_argument("--keep", type=Path, help=keep_help)
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)


def parse_sizes(text: str) -> list[int]:
    """--sizes "10000,100_000" → [10000, 100000], smallest first."""
    return sorted(int(s.replace("_", "")) for s in text.split(","))


def run_sizes(sizes: list[int], run_size, seed: int, repeats: int, keep: Path | None) -> list:
    """`run_size(people, seed, repeats, keep)` for each size in turn, with progress lines."""
    results = []
    for people in sizes:
        print(f"--- {people:,} people", flush=True)
        started = time.perf_counter()
        results.append(run_size(people, seed, repeats, keep))
        print(f"    done in {time.perf_counter() - started:.0f}s", flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    size_arguments(parser, sizes=DEFAULT_SIZES, out=OUT, repeats=5)
    parser.add_argument(
        "--force", action="store_true", help="run sizes above 1M even if memory looks short"
    )
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.db, args.repeats, args.result)
        return

    sizes = parse_sizes(args.sizes)
    info = machine()
    results: list[dict] = []
    for people in sizes:
        if people > 1_000_000:
            estimate = estimated_peak(results, people)
            fits = estimate is not None and estimate <= 0.7 * info["memory_gib"] * 2**30
            if estimate is None:
                print(f"{people:,} people: run 1,000,000 first to judge its memory")
            else:
                print(f"{people:,} people: estimated peak {_gb(estimate)} GB")
            if not fits and not args.force:
                print(f"skipping {people:,} people (--force runs it anyway)")
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
    codes = sorted({r["code"] for r in results})
    if len(codes) > 1:
        print(f"\nwarning: pedigree's code changed during the run ({', '.join(codes)})")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "machine": info,
        "goals": GOALS,
        "seed": args.seed,
        "code": codes,
        "results": results,
    }
    args.out.write_text(json.dumps(payload, indent=2, default=str) + "\n")
    print(f"\nwritten to {args.out}")


if __name__ == "__main__":
    main()
