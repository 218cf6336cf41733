"""The halo model in words. The market view: its caveats (`notes`) and why a premium is not
estimated (`note`), which `pedigree.analytics.halo` returns as data (`remarks`, `reason`);
`with_text` writes them in. One company's check: its caveats, the flags a reader should notice
and the table of the model's inputs with their values, dates and sources
(`pedigree.analytics.halo_company` returns the numbers; `described` writes these in). The API
does both, so JSON and pages carry the words."""

from __future__ import annotations

import pandas as pd

from pedigree.analytics.frames import cited_sources, date_text
from pedigree.analytics.halo import MIN_LEVEL, MIN_LINEAGE, HaloModel
from pedigree.analytics.halo_company import (
    FRONTIER_SECTOR,
    MIN_PEERS,
    CompanyHalo,
    attribute_sources,
    founder_origins,
)
from pedigree.reference.sectors import label as sector_label
from pedigree.report.amounts import short_amount
from pedigree.report.periods import day_range
from pedigree.store.views import Views


def with_text(model: HaloModel) -> HaloModel:
    """`model` with its `notes` written and each premium's `reason` written as its `note`."""
    model.notes = [remark_text(remark) for remark in model.remarks]
    model.premiums = _reasons_written(model.premiums)
    model.fundamentals = model.fundamentals.assign(
        label=[term_label(term) for term in model.fundamentals["term"]]
    )
    return model


# The fundamentals model's terms in words (sectors and stages are named with their level).
TERMS = {
    "const": "intercept (log USD)",
    "log_revenue": "log revenue (elasticity)",
    "no_revenue": "no revenue on record",
    "log_users": "log users (elasticity)",
    "no_users": "no user figure on record",
    "launched": "product launched",
    "age_years": "age at valuation (per year)",
    "no_age": "founding date unknown",
}


def term_label(term: str) -> str:
    if term.startswith("sector:"):
        return f"sector {sector_label(term.split(':', 1)[1], 'en')}"
    if term.startswith("stage:"):
        return f"stage {term.split(':', 1)[1]}"
    return TERMS.get(term, term)


def remark_text(remark: dict) -> str:
    """One caveat of the model (`HaloModel.remarks`, `CompanyHalo.remarks`) as a sentence."""
    kind, what = remark["kind"], remark.get("input")
    if kind == "few_known":
        known, n = remark["known"], remark["n"]
        return f"{what}: on record for {known} of {n} companies — left out of the model"
    if kind == "median_filled":
        return f"{what}: missing for {remark['missing']} companies — filled with the median"
    if kind == "one_sided":
        yes, n = remark["yes"], remark["n"]
        return f"{what}: yes for {yes} of {n} companies — left out of the model"
    if kind == "no_level":
        return f"{what}: no level has {remark['min_level']} companies — left out of the model"
    if kind == "small_levels":
        return (
            f"{what}: {', '.join(remark['levels'])} (under {remark['min_level']} companies "
            f"each) counted with the reference level {remark['reference']}"
        )
    if kind == "collinear":
        return f"{what}: a combination of other inputs — left out"
    if kind == "not_enough_data":
        n, as_of = remark["n"], remark["as_of"]
        when = f" as of {as_of}" if as_of else ""
        have = "company has" if n == 1 else "companies have"
        return (
            f"not enough data: {n} {have} a valuation on record{when}; the halo model needs "
            f"at least {remark['needed']}"
        )
    if kind == "coverage":
        listed = ", ".join(f"{_COVERED[what]} for {n}" for what, n in remark["counts"].items())
        return f"of these companies, on record: {listed}"
    if kind == "no_estimate":
        return f"no fundamentals-only estimate: {remark_text(remark['because'])}"
    raise ValueError(f"no words for a halo remark of kind {kind!r}")


_COVERED = {
    "revenue": "revenue",
    "users": "users",
    "launched": "a launched product",
    "founded": "a founding date",
    "stage": "a round label",
    "lineage": "a lineage",
}


def premium_note(reason: str | None, n: int, n_outside: int) -> str | None:
    """Why a lineage's premium is not estimated (`reason`, a code of `pedigree.analytics.halo`),
    for a lineage of `n` valued companies with `n_outside` valued companies outside it."""
    if reason is None or (not isinstance(reason, str) and pd.isna(reason)):
        return None
    if reason == "few_members":
        return f"{n} {_companies(n)} with a valuation; a premium needs {MIN_LINEAGE}"
    if reason == "not_fitted":
        return "the model could not be fitted (too few companies overall)"
    if reason == "few_outside":
        outside = "no company" if n_outside == 0 else f"{n_outside} {_companies(n_outside)}"
        return (
            f"{outside} with a valuation outside it; a premium compares with at least "
            f"{MIN_LEVEL} companies outside"
        )
    if reason == "not_separable":
        return "not separable from other inputs (its members are fixed by them)"
    raise ValueError(f"no words for a premium's reason {reason!r}")


def _companies(n: int) -> str:
    return "company" if n == 1 else "companies"


def _reasons_written(premiums: pd.DataFrame, total: int | None = None) -> pd.DataFrame:
    """`premiums` with the `note` each `reason` means, after it (the answers' JSON shows the
    note, not the code). The number outside a lineage is the frame's `n_outside`, else
    `total` − n."""
    if "reason" not in premiums.columns:
        return premiums
    outside = premiums["n_outside"] if "n_outside" in premiums.columns else total - premiums["n"]
    notes = [
        premium_note(reason, int(n), int(out))
        for reason, n, out in zip(premiums["reason"], premiums["n"], outside, strict=True)
    ]
    written = premiums.drop(columns="note", errors="ignore")
    written.insert(written.columns.get_loc("reason") + 1, "note", notes)
    return written


def _periods_written(peers: pd.DataFrame) -> pd.DataFrame:
    """`peers` with the period of each paired revenue written (2024-01-01 – 2024-12-31) in
    place of its first and last day."""
    if "paired_revenue_start" not in peers.columns:
        return peers
    periods = [
        None if pd.isna(usd) else day_range(start, end)
        for usd, start, end in zip(
            peers.paired_revenue_usd,
            peers.paired_revenue_start,
            peers.paired_revenue_end,
            strict=True,
        )
    ]
    written = peers.drop(columns="paired_revenue_end")
    at = written.columns.get_loc("paired_revenue_start")
    written = written.drop(columns="paired_revenue_start")
    written.insert(at, "paired_revenue_period", periods)
    return written


def described(views: Views, result: CompanyHalo) -> CompanyHalo:
    """`result` with its `notes`, the `note` of each of its lineages, its `inputs` (and the
    `sources` they cite) and its `flags` written."""
    row, model = result.fundamentals, result.model
    result.notes = [remark_text(remark) for remark in result.remarks]
    result.lineages = _reasons_written(result.lineages, total=len(model.inputs))
    result.peers = _periods_written(result.peers)
    result.inputs = inputs_table(views, row, model)
    result.sources = cited_sources(views, result.inputs.source_id)
    result.flags = flags(result, row, model.inputs)
    return result


def _money(value: float) -> str:
    return short_amount(value, "USD")


def flags(result: CompanyHalo, row, inputs: pd.DataFrame) -> list[str]:
    """What a reader should notice, in plain words."""
    found = []
    lacking = [
        what
        for what, absent in (
            ("no launched product", not row.launched),
            ("no revenue", pd.isna(row.revenue_usd)),
            ("no user figures", pd.isna(row.users)),
        )
        if absent
    ]
    frontier = inputs[(inputs.sector_key == FRONTIER_SECTOR) & (inputs.org_id != row.org_id)]
    substance = [what for what in lacking if what != "no user figures"]
    if substance and len(frontier) >= MIN_PEERS:
        median = float(frontier.valuation_usd.median())
        if result.valuation_usd >= median:
            found.append(
                f"valued like a frontier-model company ({_money(result.valuation_usd)}, at or "
                f"above the median {sector_label(FRONTIER_SECTOR, 'en')} valuation of "
                f"{_money(median)}) with {_and(substance)} on record"
            )
            lacking = [what for what in lacking if what not in substance]
    if lacking:
        found.append(f"{_and(lacking)} on record")
    if result.interval_usd is not None:
        low, high = result.interval_usd
        if result.valuation_usd > high:
            found.append(
                f"priced at {result.ratio:.1f}× its fundamentals-only estimate, above the 95% "
                "prediction interval"
            )
        elif result.valuation_usd < low:
            found.append(
                f"priced at {result.ratio:.2f}× its fundamentals-only estimate, below the 95% "
                "prediction interval"
            )
    for item in result.multiples.itertuples():
        if item.measure != "valuation" and item.percentile is not None and item.percentile >= 90:
            found.append(
                f"{item.measure} of {item.company:,.0f}× is above {item.percentile:.0f}% of its "
                f"{item.peers_with_figure} peers with the figure (median {item.peer_median:,.0f}×)"
            )
    if pd.notna(row.age_years) and row.age_years < 1 and result.valuation_usd >= 1e9:
        found.append(f"valued at {_money(result.valuation_usd)} at {row.age_years:.1f} years old")
    for item in result.lineages.itertuples():
        if item.status == "estimated":
            found.append(
                f"member of {item.label}: priced ×{item.multiplier:.2f} (95% CI "
                f"{item.ci_low:.2f}–{item.ci_high:.2f}) against companies with the same "
                "fundamentals outside it"
            )
        elif isinstance(item.note, str) and "outside it" in item.note:
            found.append(f"member of {item.label}: no premium estimated — {item.note}")
        else:
            found.append(
                f"member of {item.label}: too few of its companies have a valuation "
                f"({item.n}) to estimate a premium"
            )
    return found


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# --- inputs and their sources --------------------------------------------------------------


def inputs_table(views: Views, row, model: HaloModel) -> pd.DataFrame:
    """Every input of the company: value, detail, date, source and how the model used it."""
    fit = model.fundamentals_fit
    used = set(fit.params.index) if fit is not None else set()

    def in_model(*columns: str) -> str:
        if fit is None:
            return "model not fitted"
        hit = [column for column in columns if column in used]
        return ", ".join(hit) if hit else "left out of the model"

    def level(name: str, value: str) -> str:
        """A categorical input: its own indicator, or counted with the reference level."""
        if fit is None:
            return "model not fitted"
        if f"{name}:{value}" in used:
            return f"{name}:{value}"
        if any(column.startswith(f"{name}:") for column in used):
            return f"reference level ({model.design.reference[name]})"
        return "left out of the model"

    attributes = attribute_sources(views, "organization", row.org_id, ["founded", "sector"])
    round_name = row["round"] if isinstance(row["round"], str) else None
    rows = [
        _input(
            "valuation",
            _valuation_text(row),
            f"round {round_name}" if round_name else "",
            date_text(row.valuation_date, row.valuation_precision),
            row.valuation_source,
            "log_valuation (the outcome)",
        ),
        _revenue_input(row, in_model),
        _users_input(row, in_model),
        _launch_input(views, row, in_model),
        _input(
            "founded",
            date_text(row.founded, row.founded_precision) or "unknown",
            f"{row.age_years:.1f} years at the valuation" if pd.notna(row.age_years) else "",
            source=attributes.get("founded"),
            used=in_model("age_years", "no_age"),
        ),
        _input(
            "stage",
            row.stage,
            f"from the round label {round_name!r}" if round_name else "no round label",
            source=row.valuation_source if round_name else None,
            used=level("stage", row.stage),
        ),
        _input(
            "sector",
            sector_label(row.sector_key, "en") if row.sector_key != "unknown" else "unknown",
            row.sector if isinstance(row.sector, str) else "",
            source=attributes.get("sector"),
            used=level("sector", row.sector_key),
        ),
        *_lineage_inputs(views, row.org_id, set(model.design.lineage_columns)),
    ]
    return pd.DataFrame(rows)


def _input(name, value, detail="", when="", source=None, used="") -> dict:
    return {
        "input": name,
        "value": value,
        "detail": detail,
        "date": when or "",
        "source_id": source,
        "in_model": used,
    }


def _valuation_text(row) -> str:
    text = _money(row.valuation_usd)
    if isinstance(row.currency, str) and row.currency != "USD":
        text += f" ({short_amount(row.valuation, row.currency)})"
    return text


def _revenue_input(row, in_model) -> dict:
    if pd.isna(row.revenue_usd):
        return _input("revenue", "none on record", used=in_model("no_revenue"))
    detail = f"{row.revenue_metric} {short_amount(row.revenue_value, row.revenue_unit or 'USD')}"
    if pd.notna(row.revenue_months) and row.revenue_months < 12:
        detail += f" over {row.revenue_months:.3g} months: run-rate × 12 / months"
    start = date_text(row.revenue_start, "day") or "?"
    period = f"{start} – {date_text(row.revenue_end, 'day') or '?'}"
    return _input(
        "revenue (a year)",
        _money(row.revenue_usd),
        detail,
        period,
        row.revenue_source,
        in_model("log_revenue"),
    )


def _users_input(row, in_model) -> dict:
    if pd.isna(row.users):
        return _input("users", "none on record", used=in_model("no_users"))
    return _input(
        "users",
        short_amount(row.users),
        f"{row.users_metric} of {row.users_product}",
        date_text(row.users_date, row.users_precision),
        row.users_source,
        in_model("log_users"),
    )


def _launch_input(views: Views, row, in_model) -> dict:
    if isinstance(row["product"], str):
        source = attribute_sources(views, "product", row.product_id, ["launched"])
        return _input(
            "product launched",
            "yes",
            row["product"],
            date_text(row.product_launched, row.product_precision),
            source.get("launched"),
            in_model("launched"),
        )
    if row.launched:
        return _input(
            "product launched",
            "yes",
            "counted as launched: it has user figures",
            source=row.users_source,
            used=in_model("launched"),
        )
    return _input("product launched", "none on record", used=in_model("launched"))


def _lineage_inputs(views: Views, org_id: str, indicators: set[str]) -> list[dict]:
    """The organisations the company's founders came from, with the evidence's source."""
    origins = founder_origins(views, org_id)
    if origins.empty:
        return [_input("lineage", "none on record")]
    return [
        _input(
            "lineage",
            origin.label,
            f"a founder was {origin.title} there" if origin.title else "a founder was there",
            source=origin.source_id,
            used="own indicator"
            if f"lineage:{origin.parent_id}" in indicators
            else "no indicator of its own",
        )
        for origin in origins.itertuples(index=False)
    ]
