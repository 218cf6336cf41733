"""Validation of the halo model on planted data: does the estimator recover a known premium?

    python bench/halo_validation.py                        # 100 seeds, β = 0.4 and β = 0,
                                                           # three lineage mixes
    python bench/halo_validation.py --seeds 20 --mixes all # quicker
    python bench/halo_validation.py --as-of 2024-06-30     # fit as of a day: lag in play

For each lineage mix, each of N seeds and each planted premium (β with seeds 0…N−1, 0 with seeds
1000…1000+N−1, so the two arms share no noise), `pedigree.analytics.planted` generates a market
(240 companies, three academies, reporting lag, the premium kept at follow-on rounds so every
latest valuation carries β), writes it as import tables, loads them into a fresh store and fits
`pedigree.api.halo` on it — the code path of `pedigree halo`, nothing shortcut. The lineage mix
says where the founders of the companies outside the academies come from (`PlantedSpec.
lineage_mix`): "none" — no organisation, so they are outside every lineage; "some" — half from
an employer of their own; "all" — every one from one of four other organisations with no
premium, so every company is inside some lineage and the lineage indicators add up to the
intercept.

A premium means "priced ×k against companies with the same fundamentals outside this lineage",
so the planted value it is checked against is `Planted.true_premium`: the members' mean planted
premium minus that of every other company in the fit (β for "any top-academy lineage" with no
other lineage carrying a premium; for one academy, β less β times the share of the other two
academies' members among the companies outside it; for a no-premium organisation, minus that
share of β). Reported, per mix and premium:

- coverage: how often the 95% interval covers the planted value, for the pooled "any
  top-academy lineage" premium (one per seed, when it can be estimated: in the "all" mix every
  company is in a top academy and nobody is outside), for each academy's own premium (three per
  seed) and for each other organisation's (four per seed, "all" mix);
- false positives with β = 0 (every planted value is then 0): how often the interval excludes 1,
  with a 95% Clopper-Pearson interval for the rate;
- power with β > 0 (the interval excludes 1 when the planted value is not 0), the mean estimate
  against the mean planted value, and the naive estimate (members' mean log valuation minus the
  others', no fundamentals), which the planted confounding biases.

The report is printed and written to bench/out/halo_validation.json (`--out` for another file).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
OUT = HERE / "out" / "halo_validation.json"
ACADEMIES = ("academy-1", "academy-2", "academy-3")
OTHERS = ("other-1", "other-2", "other-3", "other-4")
MIXES = ("none", "some", "all")
ZERO_SEEDS = 1000  # the β = 0 markets use seeds 1000, 1001, …
GROUPS = (("any_top_academy", ("top_academy",)), ("per_academy", ACADEMIES))
GROUPS += (("other_lineages", OTHERS),)


def one_seed(task: tuple[int, float, int, str | None, str]) -> dict:
    """Generate, load and fit one planted market; the premiums' estimates and intervals, each
    with the planted value it should cover."""
    from pedigree import api
    from pedigree.analytics.halo import TOP_ACADEMY
    from pedigree.analytics.halo_inputs import top_academies
    from pedigree.analytics.planted import generate
    from pedigree.store import Store

    seed, premium, companies, as_of, mix = task
    planted = generate(
        companies=companies, premium=premium, persistence=1.0, seed=seed, lineage_mix=mix
    )
    day = date.fromisoformat(as_of) if as_of else None
    started = time.perf_counter()
    with Store.memory() as store:
        planted.load(store)
        model = api.halo(store, as_of=day)
        top = top_academies(store.views(day))
    rows = model.premiums.set_index("lineage")
    result = {"seed": seed, "premium": premium, "mix": mix, "n": model.n, "seconds": 0.0}
    result["premiums"], result["not_estimated"] = {}, {}
    for lineage in (TOP_ACADEMY, *ACADEMIES, *OTHERS):
        if lineage not in rows.index:
            continue
        row = rows.loc[lineage]
        if row.status != "estimated":
            result["not_estimated"][lineage] = row.note
            continue
        members = top if lineage == TOP_ACADEMY else lineage
        result["premiums"][lineage] = {
            "estimate": math.log(row.multiplier),
            "low": math.log(row.ci_low),
            "high": math.log(row.ci_high),
            "planted": planted.true_premium(members, model.inputs.org_id, as_of=day),
            "n": int(row.n),
        }
    latest = planted.truth.sort_values("round_number").groupby("org_id").tail(1)
    members = latest.log_valuation[latest.member]
    result["naive"] = float(members.mean() - latest.log_valuation[~latest.member].mean())
    result["r2_fundamentals"] = model.r2_fundamentals
    result["r2_with_lineage"] = model.r2_with_lineage
    result["seconds"] = time.perf_counter() - started
    return result


def rate(hits: int, trials: int) -> dict:
    """A proportion with its binomial standard error and 95% Clopper-Pearson interval."""
    from scipy.stats import binomtest

    if trials == 0:
        return {"hits": 0, "trials": 0}
    p = hits / trials
    interval = binomtest(hits, trials).proportion_ci(confidence_level=0.95)
    return {
        "hits": hits,
        "trials": trials,
        "rate": p,
        "se": math.sqrt(p * (1 - p) / trials),
        "ci95": [interval.low, interval.high],
    }


def summarise(results: list[dict], premium: float, mix: str) -> dict:
    """Coverage, rejections of "no premium", bias, width, for the pooled, the per-academy and
    the other organisations' premiums of the runs with one planted premium and lineage mix."""
    summary = {"planted": premium, "mix": mix, "seeds": len(results)}
    for name, lineages in GROUPS:
        found = [r["premiums"][lin] for r in results for lin in lineages if lin in r["premiums"]]
        skipped = [lin for r in results for lin in lineages if lin in r["not_estimated"]]
        if not found:
            summary[name] = {"estimated": 0, "not_estimated": len(skipped)}
            continue
        covered = sum(f["low"] <= f["planted"] <= f["high"] for f in found)
        rejects = sum(f["low"] > 0 or f["high"] < 0 for f in found)
        estimates = [f["estimate"] for f in found]
        summary[name] = {
            "estimated": len(found),
            "not_estimated": len(skipped),
            "coverage": rate(covered, len(found)),
            "rejects_no_premium": rate(rejects, len(found)),
            "mean_estimate": statistics.fmean(estimates),
            "mean_planted": statistics.fmean(f["planted"] for f in found),
            "mean_multiplier": statistics.fmean(math.exp(e) for e in estimates),
            "median_ci_width": statistics.median(f["high"] - f["low"] for f in found),
            "mean_members": statistics.fmean(f["n"] for f in found),
        }
    summary["naive_mean_estimate"] = statistics.fmean(r["naive"] for r in results)
    summary["mean_r2_fundamentals"] = statistics.fmean(r["r2_fundamentals"] for r in results)
    summary["mean_r2_with_lineage"] = statistics.fmean(r["r2_with_lineage"] for r in results)
    summary["mean_n"] = statistics.fmean(r["n"] for r in results)
    return summary


def report(summary: dict) -> str:
    premium = summary["planted"]
    lines = [
        f"lineage mix {summary['mix']!r}, planted β = {premium} (multiplier "
        f"{math.exp(premium):.3f}), {summary['seeds']} seeds, mean n = {summary['mean_n']:.0f}, "
        f"mean R² {summary['mean_r2_fundamentals']:.3f} → "
        f"{summary['mean_r2_with_lineage']:.3f} with lineage"
    ]
    for name, _ in GROUPS:
        part = summary[name]
        if not part["estimated"]:
            if part["not_estimated"]:
                lines.append(f"  {name}: not estimated ({part['not_estimated']} times)")
            continue
        cover, reject = part["coverage"], part["rejects_no_premium"]
        what = "false positives" if premium == 0 else "CI excludes 1"
        lines.append(
            f"  {name}: CI covers the planted value in {cover['hits']}/{cover['trials']} "
            f"({cover['rate']:.1%}, 95% CI {cover['ci95'][0]:.1%}–{cover['ci95'][1]:.1%}); "
            f"{what} {reject['hits']}/{reject['trials']} = {reject['rate']:.1%} "
            f"± {reject['se']:.1%} (95% CI {reject['ci95'][0]:.1%}–{reject['ci95'][1]:.1%}); "
            f"mean β̂ {part['mean_estimate']:+.3f} for a planted {part['mean_planted']:+.3f}, "
            f"median CI width {part['median_ci_width']:.3f}"
            + (f"; not estimated {part['not_estimated']}" if part["not_estimated"] else "")
        )
    lines.append(
        f"  naive members − others, no fundamentals: {summary['naive_mean_estimate']:+.3f}"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, default=100)
    parser.add_argument("--premium", type=float, default=0.4)
    parser.add_argument("--companies", type=int, default=240)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--as-of", default=None, help="Fit as of this day (YYYY-MM-DD).")
    parser.add_argument(
        "--mixes", default=",".join(MIXES), help="Lineage mixes, comma-separated (none,some,all)."
    )
    parser.add_argument("--out", type=Path, default=OUT, help="Where to write the JSON report.")
    args = parser.parse_args()

    started = time.perf_counter()
    # The β = 0 markets use other seeds: with the same seeds their noise would be the planted
    # arm's exactly, and each false positive would be one of its misses.
    mixes = [mix.strip() for mix in args.mixes.split(",") if mix.strip()]
    tasks = []
    for mix in mixes:
        tasks += [(s, args.premium, args.companies, args.as_of, mix) for s in range(args.seeds)]
        tasks += [(ZERO_SEEDS + s, 0.0, args.companies, args.as_of, mix) for s in range(args.seeds)]
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        results = list(pool.map(one_seed, tasks))
    summaries = [
        summarise([r for r in results if r["premium"] == p and r["mix"] == mix], p, mix)
        for mix in mixes
        for p in (args.premium, 0.0)
    ]
    elapsed = time.perf_counter() - started
    text = "\n".join(report(s) for s in summaries)
    seconds = statistics.median(r["seconds"] for r in results)
    print(text)
    print(f"{len(results)} fits in {elapsed:.0f} s ({seconds:.1f} s median per load + fit)")
    args.out.parent.mkdir(exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "settings": {**vars(args), "out": str(args.out)},
                "summaries": summaries,
                "seconds": elapsed,
                "runs": results,
            },
            indent=1,
        )
        + "\n"
    )


if __name__ == "__main__":
    main()
