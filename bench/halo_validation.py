"""Validation of the halo model on planted data: does the estimator recover a known premium?

    python bench/halo_validation.py                        # 100 seeds, β = 0.4 and β = 0
    python bench/halo_validation.py --seeds 20 --workers 2 # quicker
    python bench/halo_validation.py --as-of 2024-06-30     # fit as of a day: lag in play

For each of N seeds and each planted premium (β with seeds 0…N−1, 0 with seeds 1000…1000+N−1, so
the two arms share no noise), `pedigree.analytics.planted` generates a market
(240 companies, three academies, reporting lag, the premium kept at follow-on rounds so every
latest valuation carries β), writes it as import tables, loads them into a fresh store and fits
`pedigree.api.halo` on it — the code path of `pedigree halo`, nothing shortcut. Reported:

- coverage: how often the 95% interval covers the planted exp(β), for the pooled "any
  top-academy lineage" premium (one per seed) and for each academy's own premium (three per seed);
- false positives with β = 0: how often the interval excludes 1 (the estimator claims a premium
  that is not there), with a 95% Clopper-Pearson interval for the rate;
- power with β > 0, the mean estimate against the planted one, and the naive estimate (members'
  mean log valuation minus the others', no fundamentals), which the planted confounding biases.

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
ZERO_SEEDS = 1000  # the β = 0 markets use seeds 1000, 1001, …


def one_seed(task: tuple[int, float, int, str | None]) -> dict:
    """Generate, load and fit one planted market; the premiums' estimates and intervals."""
    from pedigree import api
    from pedigree.analytics.halo import TOP_ACADEMY
    from pedigree.analytics.planted import generate
    from pedigree.store import Store

    seed, premium, companies, as_of = task
    planted = generate(companies=companies, premium=premium, persistence=1.0, seed=seed)
    started = time.perf_counter()
    with Store.memory() as store:
        planted.load(store)
        model = api.halo(store, as_of=date.fromisoformat(as_of) if as_of else None)
    rows = model.premiums.set_index("lineage")
    result = {"seed": seed, "premium": premium, "n": model.n, "seconds": 0.0, "premiums": {}}
    for lineage in (TOP_ACADEMY, *ACADEMIES):
        if lineage in rows.index and rows.loc[lineage, "status"] == "estimated":
            row = rows.loc[lineage]
            result["premiums"][lineage] = {
                "estimate": math.log(row.multiplier),
                "low": math.log(row.ci_low),
                "high": math.log(row.ci_high),
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


def summarise(results: list[dict], premium: float) -> dict:
    """Coverage, rejections of "no premium", bias, width, for the pooled and the per-academy
    premiums of the runs with one planted premium."""
    summary = {"planted": premium, "seeds": len(results)}
    for name, lineages in (("any_top_academy", ["top_academy"]), ("per_academy", ACADEMIES)):
        found = [r["premiums"][lin] for r in results for lin in lineages if lin in r["premiums"]]
        covered = sum(f["low"] <= premium <= f["high"] for f in found)
        rejects = sum(f["low"] > 0 or f["high"] < 0 for f in found)
        estimates = [f["estimate"] for f in found]
        summary[name] = {
            "coverage": rate(covered, len(found)),
            "rejects_no_premium": rate(rejects, len(found)),
            "mean_estimate": statistics.fmean(estimates) if estimates else None,
            "mean_multiplier": statistics.fmean(math.exp(e) for e in estimates)
            if estimates
            else None,
            "median_ci_width": statistics.median(f["high"] - f["low"] for f in found)
            if found
            else None,
            "mean_members": statistics.fmean(f["n"] for f in found) if found else None,
        }
    summary["naive_mean_estimate"] = statistics.fmean(r["naive"] for r in results)
    summary["mean_r2_fundamentals"] = statistics.fmean(r["r2_fundamentals"] for r in results)
    summary["mean_r2_with_lineage"] = statistics.fmean(r["r2_with_lineage"] for r in results)
    summary["mean_n"] = statistics.fmean(r["n"] for r in results)
    return summary


def report(summary: dict) -> str:
    premium = summary["planted"]
    lines = [
        f"planted β = {premium} (multiplier {math.exp(premium):.3f}), {summary['seeds']} seeds, "
        f"mean n = {summary['mean_n']:.0f}, mean R² {summary['mean_r2_fundamentals']:.3f} → "
        f"{summary['mean_r2_with_lineage']:.3f} with lineage"
    ]
    for name in ("any_top_academy", "per_academy"):
        part = summary[name]
        cover, reject = part["coverage"], part["rejects_no_premium"]
        what = "false positives" if premium == 0 else "power (CI excludes 1)"
        lines.append(
            f"  {name}: CI covers β in {cover['hits']}/{cover['trials']} "
            f"({cover['rate']:.1%}, 95% CI {cover['ci95'][0]:.1%}–{cover['ci95'][1]:.1%}); "
            f"{what} {reject['hits']}/{reject['trials']} = {reject['rate']:.1%} "
            f"± {reject['se']:.1%} (95% CI {reject['ci95'][0]:.1%}–{reject['ci95'][1]:.1%}); "
            f"mean β̂ {part['mean_estimate']:+.3f}, median CI width {part['median_ci_width']:.3f}"
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
    parser.add_argument("--out", type=Path, default=OUT, help="Where to write the JSON report.")
    args = parser.parse_args()

    started = time.perf_counter()
    # The β = 0 markets use other seeds: with the same seeds their noise would be the planted
    # arm's exactly, and each false positive would be one of its misses.
    tasks = [(seed, args.premium, args.companies, args.as_of) for seed in range(args.seeds)]
    tasks += [(ZERO_SEEDS + seed, 0.0, args.companies, args.as_of) for seed in range(args.seeds)]
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        results = list(pool.map(one_seed, tasks))
    summaries = [
        summarise([r for r in results if r["premium"] == premium], premium)
        for premium in (args.premium, 0.0)
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
