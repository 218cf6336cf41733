"""Founder-bio extraction against the 奇绩创坛 labels: for each season, the facts read from
raw/<season>.md against batches/<batch>.json, compared under name keys.

    python bench/bios.py [--json] [--errors founders|education|work]

The labels were machine-made and are noisy; where they are wrong they still count as they stand
(docs note the kinds of disagreement). PEDIGREE_DATA names the data folder (default
../shared/data seen from the working directory).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

from pedigree.ingest.text.extract import extract
from pedigree.ingest.text.facts import Fact
from pedigree.ingest.text.gazetteer import canonical_name
from pedigree.names import name_key

SEASONS = {
    "spring_2021": "2021S",
    "fall_2021": "2021F",
    "spring_2022": "2022S",
    "fall_2022": "2022F",
    "spring_2023": "2023S",
    "spring_2024": "2024S",
    "fall_2024": "2024F",
}
TASKS = ("founders", "founders+role", "education", "work")
DIAGNOSTICS = ("education, labelled people", "work, labelled people")
# Labels in some seasons list each project's whole team (advisers and engineers too), in others
# the first two people only: founders scored on the seasons of whole teams alone.
WHOLE_TEAMS = "founders, seasons labelled with whole teams"
# The same tasks with organisations matched as the team's scorer matches them (tools/names.py):
# a name inside the other counts (网易游戏 ~ 网易, 阿里达摩院 ~ 阿里), one label to one fact.
CONTAINED = ("education, names contained", "work, names contained")
GOALS = {"founders": 0.90, "education": 0.80, "work": 0.80}  # issue 13
# Role words in one vocabulary: 联创 and Co-founder are 联合创始人, Founder is 创始人.
_ROLE_WORDS = {
    "cofounder": "联合创始人",
    "co-founder": "联合创始人",
    "联创": "联合创始人",
    "founder": "创始人",
    "founders": "创始人",
    "创始": "创始人",
    "创办人": "创始人",
    "首席执行官": "ceo",
}


def person_key(name: str) -> str:
    """A person under comparison: no bracketed nickname, no honorific (张三博士, Prof. Li)."""
    name = re.sub(r"[(（][^)）]*[)）]", "", name or "")
    name = re.sub(r"^(?:Prof\.?|Dr\.?)\s*|(?:博士|教授)$", "", name.strip())
    return name_key(name)


def org_key(name: str) -> str:
    return name_key(canonical_name(name or ""))


def role_key(role: str | None) -> str:
    words = re.split(r"\s*(?:/|&|、|兼|和|，|,|\band\b)\s*", (role or "").strip().lower())
    return "+".join(sorted({_ROLE_WORDS.get(w, w) for w in words if w}))


def label_sets(projects: list[dict]) -> dict[str, set[tuple]]:
    sets: dict[str, set[tuple]] = {task: set() for task in TASKS}
    for project in projects:
        org = org_key(project["name"])
        for founder in project.get("founders") or []:
            person = person_key(founder["name"])
            sets["founders"].add((org, person))
            sets["founders+role"].add((org, person, role_key(founder.get("role"))))
            sets["education"] |= {(person, org_key(s)) for s in founder.get("education") or []}
            sets["work"] |= {(person, org_key(w)) for w in founder.get("work_history") or []}
    return sets


def labelled_key(org: str, labelled: set[str]) -> str:
    """`org`'s key, or the labelled project's whose name contains it or is contained in it
    (贝贝盔 ↔ 贝贝盔云量几何): headings and labels spell some names differently."""
    key = org_key(org)
    near = [k for k in labelled if key and k and (key in k or k in key)]
    return key if key in labelled or len(near) != 1 else near[0]


def project_keys(facts: list[Fact], labelled: set[str]) -> dict[str, str]:
    """Each extracted project's key (a company a member founded, read with a team list's
    confidence), matched to the labelled projects."""
    founded = {f.fields["org"] for f in facts if f.kind == "founded" and f.confidence >= 0.9}
    return {org: labelled_key(org, labelled) for org in founded}


def fact_sets(facts: list[Fact], labelled: set[str]) -> dict[str, set[tuple]]:
    sets: dict[str, set[tuple]] = {task: set() for task in TASKS}
    projects = project_keys(facts, labelled)
    for fact in facts:
        person = person_key(fact.fields.get("person", ""))
        org = org_key(fact.fields.get("org", ""))
        if fact.kind == "founded" and fact.fields["org"] in projects:
            org = projects[fact.fields["org"]]
            sets["founders"].add((org, person))
            sets["founders+role"].add((org, person, role_key(fact.fields.get("role"))))
        elif fact.kind == "founded" or (
            fact.kind == "employment"
            and fact.fields["org"] not in projects
            # a post at a labelled project (one whose members the reader listed as staff, no
            # one as its founder) is the member's current job, never a past employer
            and not any(k and k in org for k in labelled)
        ):
            sets["work"].add((person, org))
        elif fact.kind == "education":
            sets["education"].add((person, org))
    return sets


def scores(found: set, expected: set) -> dict[str, float | int]:
    hits = len(found & expected)
    p = hits / len(found) if found else 0.0
    r = hits / len(expected) if expected else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f, "tp": hits, "found": len(found), "expected": len(expected)}


def contained_scores(found: set, expected: set) -> dict[str, float | int]:
    """`scores` with each (…, person, org) matched to a label of the same person whose
    organisation contains its own or is contained in it."""
    by_person: dict[tuple, list[str]] = {}
    for *head, org in expected:
        by_person.setdefault(tuple(head), []).append(org)
    hits = 0
    for *head, org in sorted(found):
        labels = by_person.get(tuple(head), [])
        match = next((o for o in labels if o == org), None) or next(
            (o for o in labels if min(len(o), len(org)) >= 2 and (o in org or org in o)), None
        )
        if match is not None:
            labels.remove(match)
            hits += 1
    p = hits / len(found) if found else 0.0
    r = hits / len(expected) if expected else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f, "tp": hits, "found": len(found), "expected": len(expected)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--errors", choices=TASKS, help="list misses and extras for one task")
    args = parser.parse_args()
    data = Path(os.environ.get("PEDIGREE_DATA") or Path.cwd().parent / "shared" / "data")
    folder = data / "miracleplus"
    if not (folder / "raw").is_dir():
        print(f"no 奇绩创坛 data at {folder}; set PEDIGREE_DATA to the folder holding miracleplus/")
        return 2

    report: dict[str, dict] = {}
    totals: dict[str, tuple[set, set]] = {
        task: (set(), set()) for task in (*TASKS, *DIAGNOSTICS, WHOLE_TEAMS)
    }
    chars = 0
    elapsed = 0.0
    whole_seasons: list[str] = []
    for season, batch in SEASONS.items():
        raw = (folder / "raw" / f"{season}.md").read_text(encoding="utf-8")
        projects = json.loads((folder / "batches" / f"{batch}.json").read_text(encoding="utf-8"))
        began = time.perf_counter()
        facts = extract(raw, lang="zh")
        elapsed += time.perf_counter() - began
        chars += len(raw)
        expected = label_sets(projects)
        if not expected["founders"]:
            report[season] = {"batch": batch, "labels": False, "facts": len(facts)}
            continue
        found = fact_sets(facts, {org_key(p["name"]) for p in projects})
        report[season] = {"batch": batch, "labels": True, "facts": len(facts)}
        whole = any(len(p.get("founders") or []) > 2 for p in projects)
        for task in TASKS:
            tagged_found = {(season, *x) for x in found[task]}
            tagged_expected = {(season, *x) for x in expected[task]}
            totals[task][0].update(tagged_found)
            totals[task][1].update(tagged_expected)
            if task == "founders" and whole:
                whole_seasons.append(season)
                totals[WHOLE_TEAMS][0].update(tagged_found)
                totals[WHOLE_TEAMS][1].update(tagged_expected)
            if task in ("education", "work"):
                # Labels in some seasons keep two founders a project: the others' schools and
                # employers are extras only because their owner is missing from the labels.
                people = {person for _, person in expected["founders"]}
                listed = {x for x in tagged_found if x[1] in people}
                totals[f"{task}, labelled people"][0].update(listed)
                totals[f"{task}, labelled people"][1].update(tagged_expected)
            report[season][task] = scores(found[task], expected[task])
            if args.errors == task:
                for item in sorted(expected[task] - found[task]):
                    print("miss ", season, *item)
                for item in sorted(found[task] - expected[task]):
                    print("extra", season, *item)
    report["overall"] = {task: scores(*totals[task]) for task in TASKS}
    report["diagnostics"] = {task: scores(*totals[task]) for task in (*DIAGNOSTICS, WHOLE_TEAMS)}
    report["diagnostics"][WHOLE_TEAMS]["seasons"] = whole_seasons
    report["diagnostics"] |= {
        name: contained_scores(*totals[name.split(",")[0]]) for name in CONTAINED
    }
    report["speed"] = {"chars": chars, "seconds": elapsed, "chars_per_s": chars / elapsed}
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        _print_table(report)
    return 0


def _print_table(report: dict) -> None:
    print(f"{'season':<12} " + " ".join(f"{t + ' P/R/F1':>24}" for t in TASKS))
    for season, row in report.items():
        if season in ("speed", "diagnostics"):
            continue
        if season != "overall" and not row["labels"]:
            print(f"{season:<12} no labels ({row['facts']} facts extracted)")
            continue
        cells = [f"{row[t]['p']:.3f}/{row[t]['r']:.3f}/{row[t]['f1']:.3f}" for t in TASKS]
        print(f"{season:<12} " + " ".join(f"{c:>24}" for c in cells))
    overall = report["overall"]
    goals = ", ".join(
        f"{t} {overall[t]['f1']:.3f} {'≥' if overall[t]['f1'] >= g else '<'} {g}"
        for t, g in GOALS.items()
    )
    speed = report["speed"]
    print(f"goals: {goals}")
    for task, row in report["diagnostics"].items():
        how = (
            "extras only among people the labels list"
            if task in DIAGNOSTICS
            else f"{', '.join(row.get('seasons', []))}: every team member labelled"
            if task == WHOLE_TEAMS
            else "organisations matched by containment, as tools/names.py does"
        )
        print(f"{task} ({how}): P {row['p']:.3f} R {row['r']:.3f} F1 {row['f1']:.3f}")
    print(
        f"time: {speed['seconds']:.2f} s for {speed['chars']:,} characters "
        f"({speed['chars_per_s']:,.0f} characters/s)"
    )


if __name__ == "__main__":
    sys.exit(main())
