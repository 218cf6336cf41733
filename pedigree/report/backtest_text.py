"""A cohort backtest in words: the match rule, the control cohort, why a company matched or fell
short, and why there are no rates. `pedigree.analytics.backtest` returns the figures and each
company's outcome record; `with_text` fills these in (the API does, so JSON and the terminal
carry them)."""

from __future__ import annotations

import pandas as pd

from pedigree.analytics.backtest import Backtest, MatchRule
from pedigree.report.periods import span


def rule_text(rule: MatchRule) -> str:
    """matched = an up round (> +20%) or … by the horizon, and not shut down."""
    words = {
        "up": f"an up round (> +{rule.flat_band:.0%})",
        "flat": f"a flat round (within ±{rule.flat_band:.0%})",
        "revenue": f"revenue ≥ {rule.revenue_share:.0%} of valuation / {rule.multiple:g}",
        "acquired": "an acquisition",
        "listed": "a listing",
    }
    listed = " or ".join(words[c] for c in rule.criteria)
    return f"matched = {listed} by the horizon, and not shut down"


def why(rule: MatchRule, company: dict) -> str:
    """Why one company matched (the criteria it met) or, when it did not, what there was."""
    if company["shut_down"]:
        return "shut down"
    met = rule.met(company)
    if met:
        return " and ".join(met)
    # Not matched: say what there was, so a reader sees why it fell short.
    found = [company["outcome"]] if company["outcome"] != "none" else []
    if company["revenue_share"] is not None:
        found.append(f"revenue {company['revenue_share']:.0%} of implied")
    signals = rule.signals(company)
    found += [f"{kind} (not in the rule)" for kind in ("acquired", "listed") if signals[kind]]
    return ", ".join(found) or "no new facts"


def control_text(result: Backtest) -> str:
    return (
        f"companies outside {result.lineage_label} with a valuation known at {result.as_of}, "
        f"in a cohort member's sector and founded within {result.vintage_window} year(s) of it"
    )


def message(result: Backtest) -> str | None:
    """Why the rates are not given, or None when there are enough companies."""
    if result.enough_data:
        return None
    return (
        f"not enough data: {result.cohort.n} lineage and {result.control.n} control companies; "
        f"rates and their difference need at least {result.min_n} in each"
    )


def with_text(result: Backtest) -> Backtest:
    """`result` with its words: the rule's and the control's definitions, the message, and for
    each company its revenue's period (in place of its first and last day) and its `why` (the
    last column of both cohorts' companies)."""
    result.rule_definition = rule_text(result.rule)
    result.control_definition = control_text(result)
    result.message = message(result)
    for cohort in (result.cohort, result.control):
        rows = cohort.companies.to_dict("records")
        companies = cohort.companies.drop(columns=["revenue_start", "revenue_end"])
        at = cohort.companies.columns.get_loc("revenue_start")
        periods = [span(row["revenue_start"], row["revenue_end"]) for row in rows]
        companies.insert(at, "revenue_period", periods)
        companies["why"] = pd.Series(
            [why(result.rule, row) for row in rows], index=companies.index, dtype=object
        )
        cohort.companies = companies
    return result
