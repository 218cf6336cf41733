"""Halo or fundamentals: how much of a price do fundamentals explain, and what does a lineage add?

The model is an OLS regression of log post-money valuation (US dollars) with one row per company
that has a valuation known at the as-of day (its latest one; `valuations.latest_valuations`):

    log V = a + fundamentals + lineage indicators + error

Fundamentals are the latest known at the as-of day (not at the valuation date: a company valued
long ago and reporting revenue since is shown with that revenue; the inputs list their dates):
log annual revenue (a run-rate for periods shorter than a year, × 12 / months, as in
`analytics.financials`), log users (`USER_METRICS`, most preferred metric first), product
launched, age at the valuation date, round stage (`stage_of`) and sector (the taxonomy of
`analytics.sectors`). Lineages come from `membership.company_lineages`: an indicator per lineage
with at least `MIN_LINEAGE` companies in the fit, and — in a model of its own, since it is the sum
of those indicators when they all qualify — one for "any top-academy lineage" (the `TOP_ACADEMIES`
organisations with the most spin-outs, at least `MIN_SPINOUTS` of them).

A premium is not a lineage indicator's coefficient — that is measured from the companies in no
modelled lineage, an arbitrary handful (or nobody) when founders all come from somewhere — but
the contrast of the lineage's companies with every company outside it, fundamentals equal
(`group_ols.contrasts`): the same number whether no company, some or all are in some lineage.

Standard errors are heteroskedasticity-robust (HC3) and intervals use the t distribution: both
keep small samples honest. Missing fundamentals follow the rules in `_numeric`, `_binary` and
`_categorical` (docs/halo.md lists them); below the thresholds the answer says "not enough data"
instead of printing numbers nobody should trust.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from itertools import chain

import numpy as np
import pandas as pd
from scipy import sparse

from pedigree.analytics import group_ols
from pedigree.analytics.frames import records
from pedigree.analytics.halo_inputs import (
    company_inputs,
    top_academies,
)
from pedigree.analytics.membership import lineage_labels
from pedigree.store.views import Views

MIN_COMPANIES = 20  # companies with a valuation needed to fit at all
MIN_RESIDUAL_DF = 10  # … and at least this many more than the model has coefficients
MIN_LEVEL = 5  # companies on each side for an indicator (a sector, a missing figure) of its own
MIN_LINEAGE = 5  # member companies in the fit for a lineage premium

TOP_ACADEMY = "top_academy"
TOP_ACADEMY_LABEL = "any top-academy lineage"


# --- the design matrix -------------------------------------------------------------------------


@dataclass
class Design:
    """The regression data: `data` has `org_id`, `log_valuation` and every model column but the
    lineage indicators, which are `lineages` (companies × lineages, sparse: a dense column per
    lineage is thousands of columns at scale, almost all zeros) in the order of
    `lineage_columns` (column → lineage id); `fundamentals` says which columns of `data` enter
    the models; `top_column` is the "any top-academy lineage" indicator when it qualifies;
    `remarks` says which inputs were left out or filled, and why (each a dict with its `kind`
    and figures; `pedigree.report.halo_text.remark_text` says it in words)."""

    data: pd.DataFrame
    fundamentals: list[str]
    lineage_columns: dict[str, str]
    top_column: str | None
    reference: dict[str, str]
    remarks: list[dict] = field(default_factory=list)
    lineages: sparse.csc_matrix | None = field(default=None, repr=False)


def design_matrix(inputs: pd.DataFrame, top: list[str] | None = None) -> Design:
    """Turn company inputs into model columns by the documented missing-data rules."""
    data = pd.DataFrame(
        {"org_id": inputs.org_id, "log_valuation": np.log(inputs.valuation_usd.astype(float))}
    )
    notes: list[dict] = []
    columns: list[str] = []
    revenue = inputs.revenue_usd.where(inputs.revenue_usd > 0).astype(float)
    users = inputs.users.where(inputs.users > 0).astype(float)
    columns += _numeric(data, "log_revenue", "no_revenue", np.log(revenue), "revenue", notes)
    columns += _numeric(data, "log_users", "no_users", np.log(users), "users", notes)
    columns += _binary(data, "launched", inputs.launched.astype(bool), "product launched", notes)
    age = inputs.age_years.astype(float)
    columns += _numeric(data, "age_years", "no_age", age, "age at valuation", notes)
    reference = {}
    for name, values in (("stage", inputs.stage), ("sector", inputs.sector_key)):
        added, reference[name] = _categorical(data, name, values, notes)
        columns += added
    rows, ids = _memberships(inputs.lineages)
    counts = pd.Series(ids, dtype=object).value_counts()
    n = len(inputs)
    modelled = sorted(
        lid for lid, count in counts.items() if count >= MIN_LINEAGE and n - count >= MIN_LEVEL
    )
    lineage_columns = {f"lineage:{lid}": lid for lid in modelled}
    lineages = _indicators(rows, ids, modelled, n)
    top_column = None
    if top:
        member = np.zeros(n)
        member[np.unique(rows[np.isin(ids, list(top))])] = 1.0
        if member.sum() >= MIN_LINEAGE and n - member.sum() >= MIN_LEVEL:
            data[TOP_ACADEMY] = member
            top_column = TOP_ACADEMY
    return Design(data, columns, lineage_columns, top_column, reference, notes, lineages)


def _memberships(lists: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(row, lineage id) of every company's lineage, flattened once: the indicators are built
    from these pairs, not by asking every company about every lineage."""
    lengths = np.fromiter((len(ids) for ids in lists), dtype=np.int64, count=len(lists))
    rows = np.repeat(np.arange(len(lists)), lengths)
    ids = np.fromiter(chain.from_iterable(lists), dtype=object, count=int(lengths.sum()))
    return rows, ids


def _indicators(rows: np.ndarray, ids: np.ndarray, modelled: list[str], n: int):
    """Companies × `modelled` lineages, 1 where the company is in the lineage (sparse)."""
    position = pd.Index(modelled).get_indexer(ids) if len(modelled) else np.full(len(ids), -1)
    inside = position >= 0
    matrix = sparse.coo_matrix(
        (np.ones(int(inside.sum())), (rows[inside], position[inside])), shape=(n, len(modelled))
    ).tocsc()
    matrix.sum_duplicates()
    matrix.data[:] = 1.0  # a lineage listed twice for one company is still one membership
    return matrix


def _numeric(data, name: str, missing_name: str, values: pd.Series, label: str, notes) -> list:
    """A numeric input. On record for fewer than MIN_LEVEL companies: left out. Missing for
    none: as is. Missing for fewer than MIN_LEVEL: filled with the median of the known values
    (too few to estimate a level of their own). Otherwise missing values take the mean of the
    known ones and an indicator says they are missing, so its coefficient is the price of "no
    figure on record" against an average figure."""
    values = values.reset_index(drop=True)
    known, n = int(values.notna().sum()), len(values)
    if known < MIN_LEVEL:
        notes.append({"kind": "few_known", "input": label, "known": known, "n": n})
        return []
    missing = n - known
    if missing == 0:
        data[name] = values.to_numpy()
        return [name]
    if missing < MIN_LEVEL:
        data[name] = values.fillna(values.median()).to_numpy()
        notes.append({"kind": "median_filled", "input": label, "missing": missing})
        return [name]
    data[name] = values.fillna(values.mean()).to_numpy()
    data[missing_name] = values.isna().astype(float).to_numpy()
    return [name, missing_name]


def _binary(data, name: str, values: pd.Series, label: str, notes) -> list:
    """A yes/no input, used only when both answers have at least MIN_LEVEL companies."""
    yes = int(values.sum())
    if min(yes, len(values) - yes) < MIN_LEVEL:
        notes.append({"kind": "one_sided", "input": label, "yes": yes, "n": len(values)})
        return []
    data[name] = values.astype(float).to_numpy()
    return [name]


def _categorical(data, name: str, values: pd.Series, notes) -> tuple[list, str]:
    """One indicator per level with at least MIN_LEVEL companies, except the most common such
    level, which is the reference; smaller levels join the reference."""
    counts = values.value_counts()
    levels = sorted(counts[counts >= MIN_LEVEL].index, key=lambda v: (-counts[v], v))
    if len(levels) < 1:
        notes.append({"kind": "no_level", "input": name, "min_level": MIN_LEVEL})
        return [], ""
    reference, own = levels[0], levels[1:]
    if len(own) == 0 and len(levels) == len(counts):
        return [], reference  # one level for everyone: nothing to estimate
    small = sorted(set(counts.index) - set(levels))
    if small:
        notes.append(
            {
                "kind": "small_levels",
                "input": name,
                "levels": [str(level) for level in small],
                "min_level": MIN_LEVEL,
                "reference": reference,
            }
        )
    if not own:
        return [], reference
    for level in own:
        data[f"{name}:{level}"] = (values.to_numpy() == level).astype(float)
    return [f"{name}:{level}" for level in own], reference


# --- fitting -----------------------------------------------------------------------------------


def _fit(data: pd.DataFrame, columns: list[str]):
    """OLS with HC3 errors and t intervals (statsmodels; the fundamentals-only model), on the
    columns that are not linear combinations of earlier ones (those are returned as dropped)."""
    exog = data[columns].astype(float)
    exog.insert(0, "const", 1.0)
    kept = ["const", *columns]
    with group_ols.blas_threads(len(kept)):
        # When all the columns together have full rank, so has every prefix of them (fewer
        # columns have no smaller least singular value and no larger tolerance): one SVD
        # decides what a check per column would.
        if np.linalg.matrix_rank(exog.to_numpy()) < len(kept):
            kept = ["const"]
            for column in columns:
                if np.linalg.matrix_rank(exog[[*kept, column]].to_numpy()) > len(kept):
                    kept.append(column)
        import statsmodels.api as sm  # a second to import: only when a model is fitted

        y = data.log_valuation.to_numpy()
        fit = sm.OLS(y, exog[kept]).fit(cov_type="HC3", use_t=True)
    return fit, [c for c in columns if c not in kept]


@dataclass
class HaloModel:
    """The market view. `premiums`: one row per lineage — lineage (an organisation id, or
    `TOP_ACADEMY`), label, multiplier (the price of its companies against the companies with
    the same fundamentals outside it: exp of the contrast), ci_low, ci_high (95%), n (member
    companies in the fit), n_outside (the others), p_value, status ("estimated" or "not enough
    data") and reason (why not, a code). R² of the
    fundamentals-only model and with lineage; `fundamentals`: that model's coefficients.
    `enough_data` is False when the model was not fitted; `remarks[0]` then says why.
    `remarks` are the model's caveats as data (a dict each, with its `kind`); `notes` are the
    same in words, filled in by `pedigree.report.halo_text.with_text` (the API does)."""

    as_of: date | None
    n: int
    enough_data: bool
    premiums: pd.DataFrame
    r2_fundamentals: float | None
    r2_with_lineage: float | None
    r2_any_top_academy: float | None
    fundamentals: pd.DataFrame
    remarks: list[dict]
    inputs: pd.DataFrame = field(repr=False)
    design: Design = field(repr=False)
    fundamentals_fit: object = field(default=None, repr=False)
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "n": self.n,
            "enough_data": self.enough_data,
            "r2_fundamentals": self.r2_fundamentals,
            "r2_with_lineage": self.r2_with_lineage,
            "r2_any_top_academy": self.r2_any_top_academy,
            "premiums": records(self.premiums.drop(columns="reason")),
            "fundamentals": records(self.fundamentals),
            "notes": self.notes,
            "thresholds": {
                "min_companies": MIN_COMPANIES,
                "min_residual_df": MIN_RESIDUAL_DF,
                "min_lineage": MIN_LINEAGE,
                "min_level": MIN_LEVEL,
            },
        }


PREMIUM_COLUMNS = ["lineage", "label", "multiplier", "ci_low", "ci_high", "n", "n_outside"]
PREMIUM_COLUMNS += ["p_value"]
# reason: why a premium is not estimated (a code: few_members, not_fitted, few_outside,
# not_separable); `pedigree.report.halo_text` adds the `note` that says it, which the JSON
# shows in its place.
PREMIUM_COLUMNS += ["status", "reason"]


def market(views: Views) -> HaloModel:
    """Fit the halo model on everything known at the views' as-of day."""
    inputs = company_inputs(views)
    top = top_academies(views)
    ids = sorted({lid for ids in inputs.lineages for lid in ids} | set(top))
    return fit_market(inputs, top, lineage_labels(views, ids), as_of=views.as_of)


def fit_market(
    inputs: pd.DataFrame, top: list[str], labels: dict[str, str], as_of: date | None = None
) -> HaloModel:
    """The halo model on company inputs (`company_inputs`); `top` lists the top academies and
    `labels` names lineages."""
    design = design_matrix(inputs, top)
    data, notes = design.data, list(design.remarks)
    n, k = len(data), len(design.fundamentals) + 1
    if n < MIN_COMPANIES or n - k < MIN_RESIDUAL_DF:
        needed = max(MIN_COMPANIES, k + MIN_RESIDUAL_DF)
        notes = [
            {"kind": "not_enough_data", "n": n, "as_of": as_of, "needed": needed},
            _coverage(inputs),
        ]
        premiums = _premiums(inputs, top, labels, {}, fitted=False)
        return HaloModel(
            as_of, n, False, premiums, None, None, None, _terms(None), notes, inputs, design
        )
    fundamentals, dropped = _fit(data, design.fundamentals)
    notes += [{"kind": "collinear", "input": column} for column in dropped]
    kept = [c for c in design.fundamentals if c not in dropped]
    # The lineage models: every column the fundamentals-only model kept, and the indicators
    # (sparse, `group_ols`); a premium is the contrast of a lineage's companies with the rest.
    dense = data[kept].to_numpy(float)
    dense = np.column_stack([np.ones(n), dense])
    y = data.log_valuation.to_numpy(float)
    contrasts: dict[str, dict] = {}
    by_lineage = by_top = None
    lineage_ids = list(design.lineage_columns.values())
    if lineage_ids:
        by_lineage = group_ols.fit(y, dense, design.lineages)
        found = group_ols.contrasts(by_lineage, list(range(len(lineage_ids))))
        contrasts.update(zip(lineage_ids, found, strict=True))
    if design.top_column:
        # One premium shared by every top academy, against the companies outside all of them;
        # the lineages of those outside keep their own indicators.
        top_ids = set(top)
        others = [i for i, lid in enumerate(lineage_ids) if lid not in top_ids]
        member = sparse.csc_matrix(data[design.top_column].to_numpy(float).reshape(-1, 1))
        groups = sparse.hstack([member, design.lineages[:, others]], format="csc")
        by_top = group_ols.fit(y, dense, groups)
        contrasts[TOP_ACADEMY] = group_ols.contrasts(by_top, [0])[0]
    with_lineage = by_lineage if by_lineage is not None else by_top
    return HaloModel(
        as_of=as_of,
        n=n,
        enough_data=True,
        premiums=_premiums(inputs, top, labels, contrasts, fitted=True),
        r2_fundamentals=float(fundamentals.rsquared),
        r2_with_lineage=float(with_lineage.rsquared) if with_lineage is not None else None,
        r2_any_top_academy=float(by_top.rsquared) if by_top is not None else None,
        fundamentals=_terms(fundamentals),
        remarks=notes,
        inputs=inputs,
        design=design,
        fundamentals_fit=fundamentals,
    )


def _coverage(inputs: pd.DataFrame) -> dict:
    """How many of the valued companies have each input on record."""
    counts = {
        "revenue": inputs.revenue_usd.notna().sum(),
        "users": inputs.users.notna().sum(),
        "launched": inputs.launched.sum(),
        "founded": inputs.age_years.notna().sum(),
        "stage": (inputs.stage != "unknown").sum(),
        "lineage": sum(bool(ids) for ids in inputs.lineages),
    }
    return {"kind": "coverage", "counts": {what: int(n) for what, n in counts.items()}}


def _premiums(inputs, top, labels, contrasts: dict[str, dict], *, fitted: bool) -> pd.DataFrame:
    """One row for "any top-academy lineage" (when there are top academies) and one per lineage
    with at least two companies in the data: estimated (`contrasts`, by lineage id), or why
    not."""
    counts = Counter(lid for ids in inputs.lineages for lid in ids)
    top_n = sum(bool(set(top) & set(ids)) for ids in inputs.lineages)
    total = len(inputs)
    rows = []
    if top:
        found = contrasts.get(TOP_ACADEMY)
        rows.append(_premium(TOP_ACADEMY, TOP_ACADEMY_LABEL, top_n, total, found, fitted))
    for lineage_id, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        if count >= 2:
            label = labels.get(lineage_id, lineage_id)
            found = contrasts.get(lineage_id)
            rows.append(_premium(lineage_id, label, count, total, found, fitted))
    return pd.DataFrame(rows, columns=PREMIUM_COLUMNS)


def _premium(lineage_id: str, label: str, n: int, total: int, found, fitted: bool) -> dict:
    """A premium as a multiplier exp(β) with its 95% interval, or "not enough data" and why."""
    row = {"lineage": lineage_id, "label": label, "n": n, "n_outside": total - n}
    if found:
        return {
            **row,
            "multiplier": math.exp(found["estimate"]),
            "ci_low": math.exp(found["low"]),
            "ci_high": math.exp(found["high"]),
            "p_value": found["p_value"],
            "status": "estimated",
            "reason": None,
        }
    if n < MIN_LINEAGE:
        why = "few_members"
    elif not fitted:
        why = "not_fitted"
    elif total - n < MIN_LEVEL:
        why = "few_outside"
    else:
        why = "not_separable"
    return {**row, "status": "not enough data", "reason": why}


def _terms(fit) -> pd.DataFrame:
    """The fundamentals-only model's coefficients with 95% intervals (empty without a fit)."""
    columns = ["term", "label", "coef", "ci_low", "ci_high", "p_value"]
    if fit is None:
        return pd.DataFrame(columns=columns)
    bounds = fit.conf_int(alpha=0.05)
    rows = [
        {
            "term": term,
            "label": None,  # written by pedigree.report.halo_text.term_label
            "coef": float(fit.params[term]),
            "ci_low": float(bounds.loc[term, 0]),
            "ci_high": float(bounds.loc[term, 1]),
            "p_value": float(fit.pvalues[term]),
        }
        for term in fit.params.index
    ]
    return pd.DataFrame(rows)
