"""How well the match models decide: labelled pairs of records, written by us, scored the way
`pedigree resolve` scores the store (issue 4).

    python -m pedigree.resolve.evaluation [--json] [--data FOLDER] [person|organization …]

`tests/data/resolution/people.csv` and `organizations.csv` hold one pair a row: two records of
a person or an organisation as two sources would give them, whether they are the same, and the
kind of difficulty (script, pinyin, initials, compound surname, namesakes with different
careers, similar company names …). Every record of a file goes into one store-shaped table
set, is turned into matcher records by `pedigree.resolve.records` (the same code as a real
store), and all of them are predicted together, so blocking and term frequencies act as in
real use. A labelled pair is predicted "same" when its match probability reaches AUTO_ACCEPT;
a pair that blocking never compared, or that scored below the review band, is "different".

Employers and schools are written as names; each becomes the id the store would give it
(`org:` + the gazetteer's canonical name), so 商湯 and SenseTime are one employer.
Goals: precision ≥ 0.98 and recall ≥ 0.90 for people, ≥ 0.98 and ≥ 0.95 for organisations.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd

from pedigree.ingest.text.gazetteer import canonical_name
from pedigree.resolve.matching import AUTO_ACCEPT
from pedigree.resolve.records import org_records, person_records
from pedigree.resolve.resolver import predict_pairs

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "resolution"
FILES = {"person": "people.csv", "organization": "organizations.csv"}
GOALS = {"person": (0.98, 0.90), "organization": (0.98, 0.95)}  # precision, recall
SIDES = ("left", "right")
_TABLES = """
CREATE TABLE sources (id VARCHAR, known_from DATE);
CREATE TABLE entity_statements (
    entity_id VARCHAR, entity_type VARCHAR, prop VARCHAR, value VARCHAR);
CREATE TABLE stint_statements (
    person_id VARCHAR, org_id VARCHAR, kind VARCHAR, start_date DATE, end_date DATE,
    "current" BOOLEAN, source_id VARCHAR);
CREATE TABLE canonical_ids (entity_id VARCHAR, canonical_id VARCHAR);
"""
# Every labelled record comes from one imagined source, public on this day: a job written
# "2019-" (no end) is current then.
SOURCE = ("labelled", "2026-01-01")
# An employer cell: a name, optionally "founder", optionally years ("商汤 2014-2019", "星河智能
# founder 2021-").
_STINT = re.compile(
    r"^(?P<org>.+?)(?:\s+(?P<founder>founder))?(?:\s+(?P<start>\d{4})-(?P<end>\d{4})?)?$"
)


def load_pairs(entity_type: str, data: Path | str | None = None) -> list[dict[str, str]]:
    """The labelled pairs of one file, as written (cells are strings; lists are "|"-separated)."""
    path = Path(data or DATA) / FILES[entity_type]
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _cells(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


@cache
def _invented_employers() -> dict[str, str]:
    """The labelled pairs' invented companies (知行生物 = Zhixing Bio …): every form → its name.
    A store learns these from the organisations' own aliases, which `pedigree resolve` merges
    before it matches people; the gazetteer knows only real organisations."""
    path = DATA / "employers.csv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {form: row["name"] for row in rows for form in [row["name"], *_cells(row["aliases"])]}


def org_id(name: str) -> str:
    """The id a store gives an organisation written this way: 商湯 and SenseTime → org:商汤科技."""
    return f"org:{_invented_employers().get(name) or canonical_name(name)}"


def record_id(pair: dict[str, str], side: str) -> str:
    return f"{pair['pair_id']}:{side[0]}"


def _store(pairs: list[dict[str, str]], entity_type: str) -> duckdb.DuckDBPyConnection:
    """An in-memory connection with the statement tables `pedigree.resolve.records` reads,
    one entity per side of each pair."""
    entities: list[tuple[str, str, str, str]] = []
    stints: list[tuple[str, str, str]] = []
    organisations: set[tuple[str, str, str, str]] = set()  # employers and schools, named
    for pair in pairs:
        for side in SIDES:
            entity = record_id(pair, side)
            names = _cells(pair[f"{side}_name"])
            if entity_type == "person":
                entities += [(entity, "person", "name", names[0])]
                entities += [(entity, "person", "alias", alias) for alias in names[1:]]
                for cell in _cells(pair[f"{side}_employers"]):
                    org, kind, start, end, current = _job(cell)
                    stints.append((entity, org_id(org), kind, start, end, current, SOURCE[0]))
                    organisations.add((org_id(org), "organization", "name", org))
                for org in _cells(pair[f"{side}_schools"]):
                    stints.append((entity, org_id(org), "education", None, None, None, SOURCE[0]))
                    organisations.add((org_id(org), "organization", "name", org))
                continue
            aliases = _cells(pair[f"{side}_aliases"])
            entities += [(entity, "organization", "name", names[0])]
            entities += [(entity, "organization", "alias", a) for a in names[1:] + aliases]
            if pair[f"{side}_sector"].strip():
                entities.append((entity, "organization", "sector", pair[f"{side}_sector"].strip()))
            for number, founder in enumerate(_cells(pair[f"{side}_founders"])):
                person = f"{entity}:founder{number}"
                entities.append((person, "person", "name", founder))
                stints.append((person, entity, "founder", None, None, None, SOURCE[0]))
    entities += sorted(organisations)
    con = duckdb.connect()
    con.execute(_TABLES)
    con.execute("INSERT INTO sources VALUES (?, ?)", list(SOURCE))
    columns = {
        "entity_statements": ["entity_id", "entity_type", "prop", "value"],
        "stint_statements": [
            "person_id", "org_id", "kind", "start_date", "end_date", "current", "source_id"
        ],
    }  # fmt: skip
    for table, rows in (("entity_statements", entities), ("stint_statements", stints)):
        if rows:
            con.register("_rows", pd.DataFrame(rows, columns=columns[table]))
            con.execute(f"INSERT INTO {table} SELECT * FROM _rows")
            con.unregister("_rows")
    return con


def _job(cell: str) -> tuple[str, str, str | None, str | None, bool | None]:
    """(organisation, kind, start day, end day, current) of an employer cell."""
    match = _STINT.match(cell)
    kind = "founder" if match["founder"] else "employment"
    start, end = match["start"], match["end"]
    return (
        match["org"],
        kind,
        f"{start}-01-01" if start else None,
        f"{end}-01-01" if end else None,
        True if start and not end else None,  # a job with no end year is current
    )


def matcher_records(pairs: list[dict[str, str]], entity_type: str) -> pd.DataFrame:
    """The matcher's records for every side of every pair, built by `pedigree.resolve.records`."""
    con = _store(pairs, entity_type)
    try:
        return person_records(con) if entity_type == "person" else org_records(con)
    finally:
        con.close()


def evaluate(entity_type: str, data: Path | str | None = None) -> dict:
    """Precision, recall and F1 of the automatic merges on one labelled file, with the errors."""
    if entity_type not in FILES:
        raise ValueError(f"no labelled pairs for {entity_type!r}: one of {sorted(FILES)}")
    pairs = load_pairs(entity_type, data)
    records = matcher_records(pairs, entity_type)
    predicted = predict_pairs(records, entity_type)
    probability = {}
    for left, right, p in predicted[["unique_id_l", "unique_id_r", "match_probability"]].itertuples(
        index=False
    ):
        probability[frozenset((left, right))] = float(p)
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    kinds: dict[str, dict[str, int]] = {}
    errors = []
    for pair in pairs:
        same = pair["same"].strip().lower() == "true"
        p = probability.get(_key(pair))
        said_same = p is not None and p >= AUTO_ACCEPT
        outcome = ("t" if said_same == same else "f") + ("p" if said_same else "n")
        counts[outcome] += 1
        tally = kinds.setdefault(pair["kind"], {"pairs": 0, "same": 0, "errors": 0})
        tally["pairs"] += 1
        tally["same"] += same
        if said_same != same:
            tally["errors"] += 1
            errors.append(
                {
                    "pair_id": pair["pair_id"],
                    "kind": pair["kind"],
                    "same": same,
                    "probability": None if p is None else round(p, 4),
                    "left": pair["left_name"],
                    "right": pair["right_name"],
                }
            )
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    scored = [
        (pair["same"].strip().lower() == "true", probability.get(_key(pair)) or 0.0)
        for pair in pairs
    ]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    goal_precision, goal_recall = GOALS[entity_type]
    # What a reviewer gets to see: true pairs merged or queued (scored in the review band).
    surfaced = tp + sum(1 for e in errors if e["same"] and e["probability"] is not None)
    return {
        "entity_type": entity_type,
        "pairs": len(pairs),
        "same": tp + fn,
        "different": counts["fp"] + counts["tn"],
        "records": len(records),
        "candidates": len(predicted),  # pairs scored at or above the review band
        **counts,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "recall_with_review": round(surfaced / (tp + fn), 4) if tp + fn else 1.0,
        "goal": {"precision": goal_precision, "recall": goal_recall},
        "meets_goal": precision >= goal_precision and recall >= goal_recall,
        # What another auto-accept threshold would give: precision and recall at each.
        "thresholds": [_at(scored, threshold) for threshold in SWEEP],
        "kinds": dict(sorted(kinds.items())),
        "errors": errors,
    }


SWEEP = tuple(sorted({0.8, 0.9, AUTO_ACCEPT, 0.99}))


def _key(pair: dict[str, str]) -> frozenset[str]:
    return frozenset(record_id(pair, side) for side in SIDES)


def _at(scored: list[tuple[bool, float]], threshold: float) -> dict[str, float]:
    tp = sum(1 for same, p in scored if same and p >= threshold)
    said = sum(1 for _, p in scored if p >= threshold)
    actual = sum(1 for same, _ in scored if same)
    return {
        "threshold": threshold,
        "precision": round(tp / said, 4) if said else 1.0,
        "recall": round(tp / actual, 4) if actual else 1.0,
    }


def _print(result: dict) -> None:
    goal = result["goal"]
    print(
        f"\n{result['entity_type']}: {result['pairs']} pairs ({result['same']} same, "
        f"{result['different']} different), {result['records']} records, "
        f"{result['candidates']} candidate pairs (p ≥ 0.6)"
    )
    print(
        f"  precision {result['precision']:.3f} (goal {goal['precision']})  "
        f"recall {result['recall']:.3f} (goal {goal['recall']})  F1 {result['f1']:.3f}  "
        f"tp {result['tp']} fp {result['fp']} fn {result['fn']} tn {result['tn']}  "
        + ("goal met" if result["meets_goal"] else "GOAL NOT MET")
    )
    print(f"  merged or queued for review: recall {result['recall_with_review']:.3f}")
    print(
        "  at other thresholds: "
        + "  ".join(
            f"{t['threshold']}: P {t['precision']:.3f} R {t['recall']:.3f}"
            for t in result["thresholds"]
        )
    )
    print(f"  {'kind':<34} {'pairs':>5} {'same':>5} {'errors':>6}")
    for kind, tally in result["kinds"].items():
        print(f"  {kind:<34} {tally['pairs']:>5} {tally['same']:>5} {tally['errors']:>6}")
    for error in result["errors"]:
        verdict = "missed" if error["same"] else "wrongly merged"
        p = (
            "p < 0.6 or not compared"
            if error["probability"] is None
            else f"p={error['probability']:.3f}"
        )
        print(f"  {verdict:<15} {error['pair_id']:<6} {error['kind']:<28} {p:<13} "
              f"{error['left']} | {error['right']}")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("types", nargs="*", metavar="TYPE", help="person, organization (both)")
    parser.add_argument("--data", type=Path, default=DATA, help="folder with the labelled CSVs")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.types) - set(FILES))
    if unknown:
        parser.error(f"no labelled pairs for {', '.join(unknown)}: one of {', '.join(FILES)}")
    results = [evaluate(entity_type, args.data) for entity_type in args.types or list(FILES)]
    if args.json:
        json.dump(results, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for result in results:
            _print(result)
    return 0 if all(r["meets_goal"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
