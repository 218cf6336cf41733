"""The facts the issue requires from the real 商汤系 article, checked one by one.

    python bench/article.py [--json]

Reads $PEDIGREE_CORPUS/sensetime-alumni-article.zh-Hant.txt (default ../shared/corpus), extracts
with the publication date 2025-12-31 and prints PASS or FAIL per required fact, per fact that must
not be there (the byline, a podcast host, investors taken for employers) and for the quotes; exits 1
when any check fails. A failed check prints the facts nearest to what it looked for.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pedigree.ingest.text.extract import extract
from pedigree.ingest.text.facts import Fact

ARTICLE = "sensetime-alumni-article.zh-Hant.txt"
PUBLISHED = date(2025, 12, 31)
# The byline (文|, 编辑|) and a podcast host the article quotes: none of them is a subject.
NOT_SUBJECTS = ("周鑫雨", "苏建勋", "罗永浩")
INVESTORS = ("IDG资本", "红杉中国")


def contains(part: str) -> Callable[[Any], bool]:
    return lambda value: part in str(value or "")


@dataclass(frozen=True)
class Check:
    """Facts of `kind` whose fields meet `want`: a value to equal, or a test."""

    name: str
    kind: str | tuple[str, ...]
    want: dict[str, Any] = field(default_factory=dict)

    def matches(self, fact: Fact) -> bool:
        kinds = (self.kind,) if isinstance(self.kind, str) else self.kind
        return fact.kind in kinds and all(
            test(fact.fields.get(name)) if callable(test) else fact.fields.get(name) == test
            for name, test in self.want.items()
        )

    def near(self, facts: list[Fact]) -> list[Fact]:
        """Facts that share the kind and a text value with the check: what to show on a FAIL."""
        entities = {v for v in self.want.values() if isinstance(v, str)}
        kinds = (self.kind,) if isinstance(self.kind, str) else self.kind
        return [f for f in facts if f.kind in kinds and entities & set(map(str, f.fields.values()))]


def _any_field(name: str) -> Callable[[Fact], bool]:
    return lambda fact: any(name in str(v) for v in fact.fields.values() if v)


def required() -> list[Check]:
    def founded(person: str, org: str, role: str | None = None) -> Check:
        want = {"person": person, "org": org} | ({"role": contains(role)} if role else {})
        name = f"{person} founded {org}" + (f", role {role}" if role else "")
        return Check(name, "founded", want)

    def job(person: str, title: str) -> Check:
        want = {"person": person, "org": "商汤科技", "title": contains(title)}
        return Check(f"{person} at 商汤科技 as {title}", "employment", want)

    def revenue(amount: float, start: str, end: str) -> Check:
        want = {"org": "MiniMax", "metric": "revenue", "amount": amount, "currency": "USD"}
        want |= {"period_start": start, "period_end": end}
        return Check(f"MiniMax revenue {amount:,.0f} USD {start}..{end}", "financial", want)

    return [
        founded("闫俊杰", "MiniMax"),
        job("闫俊杰", "副总裁"),
        founded("刘宇", "Vivix AI"),
        job("刘宇", "执行研究总监"),
        job("刘宇", "AIGC业务总经理"),
        Check(
            "Vivix AI valuation 1,320,000,000 USD",
            "valuation",
            {"org": "Vivix AI", "amount": 1_320_000_000, "currency": "USD"},
        ),
        *(
            Check(f"{i} invested in Vivix AI", "investor", {"investor": i, "org": "Vivix AI"})
            for i in INVESTORS
        ),
        Check(
            "刘宇 led a team of 100 with 4000 GPUs",
            "employment",
            {"person": "刘宇", "team_size": 100, "resources": contains("4000")},
        ),
        founded("曹旭东", "Momenta"),
        founded("宋亚宸", "VAST"),
        founded("宋亚宸", "MiniMax", "联合创始人"),
        Check(
            "VAST valuation about 200,000,000 USD",
            "valuation",
            {"org": "VAST", "amount": 200_000_000, "currency": "USD", "approx": "about"},
        ),
        founded("罗予晨", "言图科技"),
        revenue(53_437_000, "2025-01-01", "2025-09-30"),
        revenue(30_523_000, "2024-01-01", "2024-12-31"),
        Check("秒画 has 3,000,000 users", "product_metric", _metric("users", 3_000_000)),
        Check("秒画 has 530,000 daily users", "product_metric", _metric("dau", 530_000)),
    ]


def _metric(metric: str, value: float) -> dict[str, Any]:
    return {"product": "秒画", "metric": metric, "value": value}


def run_checks(text: str, facts: list[Fact]) -> list[dict[str, Any]]:
    results = []
    for check in required():
        found = [f for f in facts if check.matches(f)]
        results.append(_result(check.name, bool(found), found or check.near(facts)))
    for name in NOT_SUBJECTS:
        found = [f for f in facts if _any_field(name)(f)]
        results.append(_result(f"no fact names {name}", not found, found))
    for investor in INVESTORS:
        check = Check("", ("founded", "employment"), {"org": investor})
        found = [f for f in facts if check.matches(f)]
        results.append(_result(f"no one founded or works at {investor}", not found, found))
    wrong = [f for f in facts if f.quote != text[f.start : f.end]]
    results.append(_result("every quote is text[start:end]", not wrong, wrong))
    return results


def _result(name: str, passed: bool, facts: list[Fact]) -> dict[str, Any]:
    # Facts shown: the matches on a PASS are not needed; on a FAIL, the near misses or culprits.
    shown = [] if passed else [f.as_json() for f in facts]
    return {"check": name, "pass": passed, "facts": shown}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args()
    corpus = Path(os.environ.get("PEDIGREE_CORPUS") or Path.cwd().parent / "shared" / "corpus")
    path = corpus / ARTICLE
    if not path.is_file():
        print(f"no article at {path}; set PEDIGREE_CORPUS to its folder", file=sys.stderr)
        return 2
    text = path.read_text(encoding="utf-8")
    facts = extract(text, published=PUBLISHED)
    results = run_checks(text, facts)
    kinds = dict(sorted(Counter(f.kind for f in facts).items()))
    failed = sum(not r["pass"] for r in results)
    if args.json:
        report = {"facts": len(facts), "by kind": kinds, "checks": results, "failed": failed}
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for r in results:
            print(f"{'PASS' if r['pass'] else 'FAIL'}  {r['check']}")
            for fact in r["facts"]:
                print("      ", json.dumps(fact, ensure_ascii=False))
        print(f"\n{len(facts)} facts: " + ", ".join(f"{k} {n}" for k, n in kinds.items()))
        print(f"{len(results) - failed} of {len(results)} checks pass")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
