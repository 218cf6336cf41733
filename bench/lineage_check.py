"""Lineage time-order check on the real 奇绩创坛 demo-day posts: no spin-out edge runs backwards in
time, none closes a loop.

    python bench/lineage_check.py [--db demo-day.duckdb] [--json]

Builds a demo-day store from $PEDIGREE_DATA/miracleplus/raw/*.md (default ../shared/data; with
--db, a store built earlier is reused), then walks every spin-out edge
(`pedigree.analytics.lineage_audit.lineage_problems`) and prints: the candidate edges (a person
tied to X and a founder of Y, the rule before time order), the edges kept, how many of them dates
order, the candidate pairs that ran both ways, and the backwards edges and loops left (both must
be 0).
Exits 1 when any is found, 2 when the data is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from pedigree.analytics.lineage_audit import lineage_problems
from pedigree.ingest.articles import ingest_files
from pedigree.model import LINEAGE_TIE_KINDS
from pedigree.store import Store

CANDIDATES = f"""
    SELECT DISTINCT p.org_id AS parent_id, f.org_id AS child_id
    FROM stints p JOIN stints f USING (person_id)
    WHERE f.kind = 'founder' AND p.kind IN {LINEAGE_TIE_KINDS!r} AND p.org_id <> f.org_id
"""


def check(store: Store) -> dict:
    con = store.con
    candidates = con.execute(f"SELECT count(*) FROM ({CANDIDATES})").fetchall()[0][0]
    both_ways = con.execute(
        f"""WITH c AS ({CANDIDATES})
        SELECT count(*) FROM c JOIN c AS r ON r.parent_id = c.child_id AND r.child_id = c.parent_id
        """
    ).fetchall()[0][0]
    problems = lineage_problems(store.views())
    return {
        "organizations": con.execute("SELECT count(*) FROM organizations").fetchall()[0][0],
        "people": con.execute("SELECT count(*) FROM people").fetchall()[0][0],
        "candidate_edges": candidates,
        "candidate_edges_both_ways": both_ways,
        "edges": problems["edges"],
        "dated_edges": problems["dated"],
        "backwards": problems["backwards"],
        "loops": problems["loops"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", help="store to build (or reuse when it exists)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args()
    data = Path(os.environ.get("PEDIGREE_DATA") or Path.cwd().parent / "shared" / "data")
    posts = sorted((data / "miracleplus" / "raw").glob("*.md"))
    if not posts:
        print(f"no demo-day posts at {data / 'miracleplus' / 'raw'}; set PEDIGREE_DATA")
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(args.db) if args.db else Path(scratch) / "demo-day.duckdb"
        fresh = not path.exists()
        with Store.open(path) as store:
            began = time.perf_counter()
            if fresh:
                ingest_files(store, posts)
            built = time.perf_counter() - began
            report = check(store) | {"posts": len(posts), "build_s": round(built, 1)}
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for key, value in report.items():
            shown = len(value) if isinstance(value, list) else value
            print(f"{key:28} {shown}")
        for edge in report["backwards"] + report["loops"]:
            print("  ", *edge)
    return 1 if report["backwards"] or report["loops"] else 0


if __name__ == "__main__":
    sys.exit(main())
