"""Benchmark of the scarcity finder on synthetic data, against hand-written DuckDB SQL.

    python bench/scarcity.py                       # 1M people (the issue's goal: ≤ 300 ms)
    python bench/scarcity.py --sizes 10000,100000  # quicker; sizes run smallest first

For every size, in a fresh temporary folder: `bench/synth.py` writes the Parquet files (people,
careers, credentials, products with metrics …), then a worker process loads them with
`pedigree.api.load` (as `bench/foundation.py` does) and measures

- deriving the talent tables (`pedigree.analytics.talent.stored_talent`, done once per change
  of the store, on the first query after it);
- three scarcity queries through `pedigree.api.scarcity(store, …, top=50)` — the count, the
  ranked top 50 with both scores and every fact of evidence: research and delivery (no filter);
  the same in computer vision (the issue's "in vision, who has both?"); and the same within the
  lineage of the organisation most people worked at;
- each against hand-written DuckDB SQL giving the same answer (count, ranked people, scores):
  over the same talent tables, fetching the same evidence rows (the like-for-like ratio), and
  from the base tables (stints, credentials, products …) with the rules written out in SQL
  (what a query costs without the derived tables); answers are checked equal;
- an as-of query (computed on the fly from the statements) at sizes up to 100k people;
- peak memory (RSS high-water mark of the worker).

Timings are medians over warm repeats, wall clock and this process's CPU time (the machines are
shared; CPU time is less disturbed by other work). The report is printed and written to
bench/out/scarcity.json. Only synthetic data is used.
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

from foundation import (
    code_fingerprint,
    machine,
    parse_sizes,
    peak_bytes,
    run_sizes,
    size_arguments,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "out" / "scarcity.json"
GOAL_MS = 300.0
TOP = 50


def timed(fn, repeats: int) -> dict:
    """Median wall and CPU seconds of `fn()` after one untimed warm-up call, and its result."""
    result = fn()
    walls, cpus = [], []
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return {
        "ms": statistics.median(walls) * 1e3,
        "cpu_ms": statistics.median(cpus) * 1e3,
        "runs_ms": [w * 1e3 for w in walls],
        "result": result,
    }


# --- the same answer, hand-written in DuckDB SQL ------------------------------------------------


def sql_on_talent(con, criteria, top: int) -> dict:
    """Count, ranking and evidence rows from the stored talent tables."""
    where = ["p.research_facts > 0", f"(p.shipped > 0 OR p.max_team >= {criteria.min_team})"]
    if criteria.domain:
        where.append(f"list_contains(p.sectors, '{criteria.domain}')")
    if criteria.lineage:
        ties = f"SELECT person_id FROM talent_ties WHERE org_id = '{criteria.lineage}'"
        where.append(f"p.person_id IN ({ties})")
    ranked = con.execute(
        f"""
        SELECT p.person_id, p.name, p.research, p.delivery, count(*) OVER () AS total
        FROM talent_people p WHERE {" AND ".join(where)}
        ORDER BY p.research + p.delivery DESC, p.research DESC, p.person_id LIMIT {top}
        """
    ).fetchall()
    ids = [row[0] for row in ranked]
    # The evidence: scored facts but teams below the threshold (and compute, not asked here),
    # the asked sector's domain facts, the ties at the lineage's organisation.
    listed = ", ".join(f"'{i}'" for i in ids) or "NULL"
    evidence = con.execute(
        f"""SELECT * FROM talent_facts WHERE person_id IN ({listed}) AND kind <> 'gpus'
            AND NOT (kind = 'team' AND value < {criteria.min_team})"""
    ).fetchall()
    if criteria.domain:  # one fact per organisation, product or tag, with names
        evidence += con.execute(
            f"""SELECT d.*, o.name, p.name FROM (
                    SELECT * FROM talent_domains
                    WHERE sector_id = '{criteria.domain}' AND person_id IN ({listed})
                    QUALIFY row_number() OVER (
                        PARTITION BY person_id, kind, coalesce(product_id, org_id), detail
                        ORDER BY date NULLS LAST, fact_id) = 1) d
                LEFT JOIN organizations o ON o.id = d.org_id
                LEFT JOIN products p ON p.id = d.product_id"""
        ).fetchall()
    if criteria.lineage:
        evidence += con.execute(
            f"SELECT * FROM talent_ties WHERE org_id = '{criteria.lineage}' "
            f"AND person_id IN ({listed})"
        ).fetchall()
    return {"ranked": ranked, "evidence": evidence}


def sql_from_base(con, criteria, top: int, texts: list[str]) -> dict:
    """Count and ranking computed from the derived base tables, the rules written out."""
    from pedigree.analytics import fact_text

    def quoted(pattern: str) -> str:
        return "'" + pattern.replace("'", "''") + "'"

    # A dated event within a stint (periods overlap; unknown dates: benefit of the doubt).
    during = """(%(d)s IS NULL OR (
        (w.start_date IS NULL OR pd_period_end(%(d)s, %(p)s) >= w.start_date)
        AND (w.end_date IS NULL OR %(d)s <= pd_period_end(w.end_date, w.end_precision))))"""
    launched = during % {"d": "p.launched", "p": "p.launched_precision"}
    measured = during % {"d": "m.date", "p": "m.date_precision"}
    sets = ["SELECT person_id FROM research_people", "SELECT person_id FROM delivery_people"]
    if texts:
        listed = ", ".join(quoted(t) for t in texts)
        sets.append(
            f"""SELECT person_id FROM (
                SELECT w.person_id FROM work w JOIN organizations o ON o.id = w.org_id
                    WHERE o.sector IN ({listed})
                UNION SELECT w.person_id FROM work w JOIN products p ON p.org_id = w.org_id
                    WHERE p.sector IN ({listed}) AND {launched}
                UNION SELECT coalesce(c.canonical_id, e.entity_id) FROM entity_statements e
                    LEFT JOIN canonical_ids c USING (entity_id)
                    WHERE e.entity_type = 'person' AND e.prop = 'domain'
                      AND e.value IN ({listed})) AS in_domain (person_id)"""
        )
    if criteria.lineage:
        sets.append(f"SELECT person_id FROM stints WHERE org_id = '{criteria.lineage}'")
    digits, words = quoted(fact_text.GPU_DIGITS_PATTERN), quoted(fact_text.GPU_WORDS_PATTERN)
    gpus = f"""coalesce(
        TRY_CAST(nullif(replace(regexp_extract(lower(resources), {digits}, 1), ',', ''), '')
                 AS DOUBLE)
          * CASE regexp_extract(lower(resources), {digits}, 2)
                WHEN '万' THEN 10000.0 WHEN '千' THEN 1000.0 WHEN 'k' THEN 1000.0 ELSE 1.0 END,
        CASE WHEN regexp_extract(lower(resources), {words}, 2) <> '' THEN
            CASE regexp_extract(lower(resources), {words}, 1)
                WHEN '一' THEN 1 WHEN '二' THEN 2 WHEN '两' THEN 2 WHEN '三' THEN 3
                WHEN '四' THEN 4 WHEN '五' THEN 5 WHEN '六' THEN 6 WHEN '七' THEN 7
                WHEN '八' THEN 8 WHEN '九' THEN 9 WHEN '十' THEN 10 ELSE 1 END
            * CASE regexp_extract(lower(resources), {words}, 2)
                WHEN '万' THEN 10000.0 WHEN '千' THEN 1000.0 ELSE 100.0 END END)"""
    papers = quoted(fact_text.PAPER_COUNT_PATTERN)
    # A PhD is finished only when the quote does not say it is still going or was left
    # (在读, 博士四年级, 休学, 退学, candidate: `fact_text.in_progress`); an award or medal is not
    # the person's when its detail, or the quote's clause leading up to it, names an advisor
    # (师从图灵奖获得者: `fact_text.advisors_honour`).
    unfinished = (
        f"coalesce(regexp_matches(lower(quote), {quoted(fact_text.IN_PROGRESS_PATTERN)}), false)"
    )
    advisor = quoted(fact_text.ADVISOR_PATTERN)
    at = "strpos(coalesce(quote, ''), coalesce(detail, ''))"
    clause = quoted(fact_text.LAST_CLAUSE_PATTERN)
    lead = f"regexp_extract(left(coalesce(quote, ''), {at} - 1), {clause}, 1)"
    advisors = f"""(regexp_matches(lower(coalesce(detail, '')), {advisor})
        OR (coalesce(detail, '') <> '' AND {at} > 0
            AND regexp_matches(lower({lead}), {advisor})))"""
    sql = f"""
    WITH work AS (SELECT * FROM stints WHERE kind IN ('employment', 'founder')),
    creds AS (
        SELECT person_id, type,
               CASE WHEN type = 'paper' THEN coalesce(TRY_CAST(nullif(replace(regexp_extract(
                   lower(coalesce(detail, '')), {papers}, 1), ',', ''), '') AS DOUBLE), 1.0)
               END AS papers
        FROM credentials WHERE type IN ('phd', 'paper', 'competition', 'award', 'delivery')
          AND NOT (type = 'phd' AND (
              regexp_matches(lower(coalesce(detail, '')), {quoted(fact_text.NOT_PHD_PATTERN)})
              OR {unfinished}))
          AND NOT (type IN ('award', 'competition') AND {advisors})),
    phd_stints AS (
        SELECT person_id FROM stints
        WHERE kind = 'education' AND regexp_matches(lower(title), {quoted(fact_text.PHD_PATTERN)})
          AND NOT regexp_matches(lower(title), {quoted(fact_text.NOT_PHD_PATTERN)})
          AND NOT {unfinished}
          AND NOT coalesce("current", false)),
    shipped AS (
        SELECT DISTINCT w.person_id, p.id AS product_id
        FROM work w JOIN products p ON p.org_id = w.org_id
        JOIN product_metrics m ON m.product_id = p.id
        WHERE regexp_matches(lower(m.metric), {quoted(fact_text.REACH_METRIC_PATTERN)})
          AND {launched} AND (p.launched IS NOT NULL OR {measured})),
    research_people AS (
        SELECT person_id FROM creds WHERE type <> 'delivery'
        UNION SELECT person_id FROM phd_stints),
    delivery_people AS (
        SELECT person_id FROM creds WHERE type = 'delivery'
        UNION SELECT person_id FROM work WHERE team_size >= {criteria.min_team}
        UNION SELECT person_id FROM shipped),
    candidates AS ({" INTERSECT ".join(sets)}),
    c_agg AS (
        SELECT person_id, count(*) FILTER (type = 'phd') AS phds,
               sum(papers) FILTER (type = 'paper') AS papers,
               count(*) FILTER (type = 'competition') AS competitions,
               count(*) FILTER (type = 'award') AS awards,
               count(*) FILTER (type = 'delivery') AS deliveries
        FROM creds WHERE person_id IN (SELECT person_id FROM candidates) GROUP BY person_id),
    e_agg AS (
        SELECT person_id, count(*) AS phds FROM phd_stints
        WHERE person_id IN (SELECT person_id FROM candidates) GROUP BY person_id),
    w_agg AS (
        SELECT person_id, max(team_size) FILTER (team_size > 0) AS max_team,
               max({gpus}) FILTER (resources IS NOT NULL) AS max_gpus
        FROM work WHERE person_id IN (SELECT person_id FROM candidates) GROUP BY person_id),
    s_agg AS (
        SELECT person_id, count(*) AS products FROM shipped
        WHERE person_id IN (SELECT person_id FROM candidates) GROUP BY person_id),
    scored AS (
        SELECT k.person_id,
               CASE WHEN coalesce(c.phds, 0) + coalesce(e.phds, 0) > 0 THEN 300 ELSE 0 END
                 + round(least(coalesce(c.papers, 0) * 50, 1000))
                 + 200 * coalesce(c.competitions, 0) + 150 * coalesce(c.awards, 0) AS research,
               CASE WHEN w.max_team > 10 THEN round(log10(w.max_team / 10) * 200) ELSE 0 END
                 + CASE WHEN w.max_gpus > 100 THEN round(log10(w.max_gpus / 100) * 100) ELSE 0 END
                 + 200 * coalesce(s.products, 0) + 200 * coalesce(c.deliveries, 0) AS delivery
        FROM candidates k LEFT JOIN c_agg c USING (person_id) LEFT JOIN e_agg e USING (person_id)
        LEFT JOIN w_agg w USING (person_id) LEFT JOIN s_agg s USING (person_id))
    SELECT s.person_id, p.name, CAST(s.research AS BIGINT), CAST(s.delivery AS BIGINT),
           count(*) OVER () AS total
    FROM scored s LEFT JOIN people p ON p.id = s.person_id
    ORDER BY s.research + s.delivery DESC, s.research DESC, s.person_id LIMIT {top}
    """
    return {"ranked": con.execute(sql).fetchall()}


def same_answer(ours, sql: dict) -> tuple[bool, str]:
    """Whether a hand-written answer equals ours: count, people in order, both scores; and, when
    the SQL fetched evidence, as many facts of evidence."""
    ranked = sql["ranked"]
    count = ranked[0][4] if ranked else 0
    if count != ours.count:
        return False, f"count {ours.count} vs {count}"
    theirs = [(r[0], r[2] / 100, r[3] / 100) for r in ranked]
    mine = list(zip(ours.people.id, ours.people.research, ours.people.delivery, strict=True))
    if mine != theirs:
        diff = next(i for i, (a, b) in enumerate(zip(mine, theirs, strict=False)) if a != b)
        return False, f"ranking differs at {diff}: {mine[diff]} vs {theirs[diff]}"
    if "evidence" in sql:
        shown = sum(len(facts) for e in ours.people.evidence for facts in e.values())
        if shown != len(sql["evidence"]):
            return False, f"{shown} evidence facts vs {len(sql['evidence'])} rows"
    return True, f"count {count}, {len(mine)} ranked equal"


# --- one size, in its own process -------------------------------------------------------------


def worker(data: Path, db: Path, repeats: int, result_path: Path) -> None:
    import pyarrow.parquet as pq

    from pedigree import api
    from pedigree.analytics import scarcity, talent
    from pedigree.store import Store

    result: dict = {"code": code_fingerprint()}
    rows_in = {p.stem: pq.ParquetFile(p).metadata.num_rows for p in sorted(data.glob("*.parquet"))}
    result["input_rows"] = rows_in
    started = time.perf_counter()
    report = api.load(db, [data])
    assert report.rejected == 0, report.rejected
    result["load_s"] = time.perf_counter() - started

    store = Store.open(db)
    con = store.con
    started = time.perf_counter()
    talent.stored_talent(store)
    result["derive_s"] = time.perf_counter() - started
    result["talent_rows"] = {
        name: con.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0]
        for name in talent.TALENT_TABLES.values()
    }
    result["peak_after_derive"] = peak_bytes()

    # The lineage query asks about the organisation most people worked at.
    (busiest,) = con.execute(
        "SELECT org_id FROM stints WHERE kind IN ('employment', 'founder') "
        "GROUP BY org_id ORDER BY count(DISTINCT person_id) DESC, org_id LIMIT 1"
    ).fetchall()[0]
    queries = {
        "both": {},
        "vision": {"domain": "computer_vision"},
        "lineage": {"lineage": busiest},
    }
    result["queries"] = {}
    for label, options in queries.items():
        criteria = scarcity.Criteria(**options)
        texts = []
        if criteria.domain:
            mapping = store.backend.execute(talent.sector_ids(store.views()))
            texts = sorted(mapping._text[mapping._sector_id == criteria.domain])
        ours = timed(lambda o=options: api.scarcity(store, top=TOP, **o), repeats)
        on_talent = timed(lambda c=criteria: sql_on_talent(con, c, TOP), repeats)
        from_base = timed(lambda c=criteria, t=texts: sql_from_base(con, c, TOP, t), repeats)
        answer = ours.pop("result")
        entry = {
            "options": options,
            "count": answer.count,
            "pedigree": ours,
            "sql_talent": {k: v for k, v in on_talent.items() if k != "result"},
            "sql_base": {k: v for k, v in from_base.items() if k != "result"},
            "sql_talent_equal": same_answer(answer, on_talent["result"]),
            "sql_base_equal": same_answer(answer, from_base["result"]),
        }
        entry["vs_sql_talent"] = ours["ms"] / on_talent["ms"]
        entry["vs_sql_base"] = ours["ms"] / from_base["ms"]
        result["queries"][label] = entry
        print(
            f"    {label}: {answer.count:,} people, pedigree {ours['ms']:.0f} ms "
            f"(cpu {ours['cpu_ms']:.0f}), SQL on talent tables {on_talent['ms']:.0f} ms, "
            f"SQL from base tables {from_base['ms']:.0f} ms; equal: "
            f"{entry['sql_talent_equal'][0]}/{entry['sql_base_equal'][0]}",
            flush=True,
        )
    if rows_in["people"] <= 100_000:
        as_of = date(2024, 12, 31)
        then = timed(
            lambda: api.scarcity(store, top=TOP, domain="computer_vision", as_of=as_of),
            max(1, repeats // 3),
        )
        result["as_of"] = {"count": then.pop("result").count, **then}
    result["peak"] = peak_bytes()
    store.close()
    result_path.write_text(json.dumps(result, default=str))


# --- driver -----------------------------------------------------------------------------------


def run_size(people: int, seed: int, repeats: int, keep: Path | None) -> dict:
    folder = Path(tempfile.mkdtemp(prefix=f"pedigree-scarcity-{people}-"))
    try:
        data = folder / "data"
        subprocess.run(
            [sys.executable, str(HERE / "synth.py"), "--people", str(people), "--out", str(data)]
            + ["--seed", str(seed)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        result_path = folder / "result.json"
        load_before = os.getloadavg()[0]
        subprocess.run(
            [sys.executable, __file__, "--worker", str(data), "--db", str(folder / "store.duckdb")]
            + ["--repeats", str(repeats), "--result", str(result_path)],
            check=True,
        )
        result = json.loads(result_path.read_text())
        result.update(people=people, load_average=[load_before, os.getloadavg()[0]])
        result["store_bytes"] = (folder / "store.duckdb").stat().st_size
        if keep is not None:
            shutil.rmtree(keep / str(people), ignore_errors=True)
            shutil.copytree(folder, keep / str(people))
        return result
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _ms(result: dict, label: str) -> float:
    return result["queries"][label]["pedigree"]["ms"]


def report(results: list[dict]) -> str:
    lines = []
    header = ["people"] + [f"{r['people']:,}" for r in results]
    table = [header]

    def row(label, fn):
        cells = [label]
        for r in results:
            try:
                cells.append(fn(r))
            except KeyError:
                cells.append("—")
        table.append(cells)

    row("load (s)", lambda r: f"{r['load_s']:.1f}")
    row("derive talent tables (s)", lambda r: f"{r['derive_s']:.1f}")
    row("  talent facts rows", lambda r: f"{r['talent_rows']['talent_facts']:,}")
    row("  talent domain facts rows", lambda r: f"{r['talent_rows']['talent_domains']:,}")
    row("  talent ties rows", lambda r: f"{r['talent_rows']['talent_ties']:,}")
    row("  talent people rows", lambda r: f"{r['talent_rows']['talent_people']:,}")
    for label in ("both", "vision", "lineage"):
        q = lambda r, label=label: r["queries"][label]  # noqa: E731
        row(f"{label}: count", lambda r, q=q: f"{q(r)['count']:,}")
        row("  pedigree (ms)", lambda r, q=q: f"{q(r)['pedigree']['ms']:.0f}")
        row("  pedigree CPU (ms)", lambda r, q=q: f"{q(r)['pedigree']['cpu_ms']:.0f}")
        row("  SQL on talent tables (ms)", lambda r, q=q: f"{q(r)['sql_talent']['ms']:.1f}")
        row("  → pedigree / SQL", lambda r, q=q: f"{q(r)['vs_sql_talent']:.1f}×")
        row("  SQL from base tables (ms)", lambda r, q=q: f"{q(r)['sql_base']['ms']:.0f}")
        row("  → pedigree / SQL", lambda r, q=q: f"{q(r)['vs_sql_base']:.2f}×")
        row(
            "  answers equal",
            lambda r, q=q: (
                "yes" if q(r)["sql_talent_equal"][0] and q(r)["sql_base_equal"][0] else "NO"
            ),
        )
    row("as-of query, on the fly (ms)", lambda r: f"{r['as_of']['ms']:.0f}")
    row("peak memory (GB)", lambda r: f"{r['peak'] / 1e9:.2f}")
    row("store (MB)", lambda r: f"{r['store_bytes'] / 1e6:,.0f}")
    row("load average before/after", lambda r: "{:.1f}/{:.1f}".format(*r["load_average"]))
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for line in table:
        lines.append(
            "  ".join(
                [line[0].ljust(widths[0])]
                + [c.rjust(w) for c, w in zip(line[1:], widths[1:], strict=True)]
            )
        )
    at = results[-1]
    vision = at["queries"]["vision"]["pedigree"]["ms"]
    mark = "ok" if vision <= GOAL_MS else "MISSED"
    lines.append(f"\nGoal at {at['people']:,} people: scarcity query ≤ {GOAL_MS:.0f} ms: {mark} "
                 f"(vision, both sides: {vision:.0f} ms)")  # fmt: skip
    if len(results) > 1:
        lines.append("\nGrowth (time ratio for the people ratio):")
        for a, b in zip(results, results[1:], strict=False):
            ratios = ", ".join(
                f"{label} {_ms(b, label) / _ms(a, label):.1f}×"
                for label in ("both", "vision", "lineage")
            )
            derive = b["derive_s"] / a["derive_s"]
            memory = b["peak"] / a["peak"]
            lines.append(
                f"  {a['people']:,} → {b['people']:,} ({b['people'] // a['people']}×): "
                f"{ratios}; derive {derive:.1f}×; peak memory {memory:.1f}×"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    size_arguments(parser, sizes="1000000", out=OUT, repeats=7)
    parser.add_argument("--people", type=int, help="one size (same as --sizes N)")
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.db, args.repeats, args.result)
        return
    sizes = [args.people] if args.people else parse_sizes(args.sizes)
    results = run_sizes(sizes, run_size, args.seed, args.repeats, args.keep)
    text = report(results)
    print()
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    payload = {"machine": machine(), "goal_ms": GOAL_MS, "seed": args.seed, "results": results}
    args.out.write_text(json.dumps(payload, indent=2, default=str) + "\n")
    print(f"\nwritten to {args.out}")


if __name__ == "__main__":
    main()
