"""One company's halo check in words: the flags a reader should notice and the table of the
model's inputs with their values, dates and sources (`pedigree.analytics.halo_company` returns
the numbers; `described` writes these into its answer, as the API does)."""

from __future__ import annotations

import pandas as pd

from pedigree.analytics.frames import cited_sources, date_text
from pedigree.analytics.halo import HaloModel
from pedigree.analytics.halo_company import (
    FRONTIER_SECTOR,
    MIN_PEERS,
    CompanyHalo,
    attribute_sources,
    founder_origins,
)
from pedigree.reference.sectors import label as sector_label
from pedigree.report.amounts import short_amount
from pedigree.store.views import Views


def described(views: Views, result: CompanyHalo) -> CompanyHalo:
    """`result` with its `inputs` (and the `sources` they cite) and its `flags` written."""
    row, model = result.fundamentals, result.model
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
