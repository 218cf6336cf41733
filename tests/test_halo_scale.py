"""The halo model at scale: lineage indicators built once and kept sparse, and a lineage fit
(`analytics.group_ols`) equal to the dense statsmodels fit it replaces.

At 1M synthetic people the model has ~1,200 lineage indicators over ~7,800 companies; the dense
design and a rank check per column did not finish in 15 minutes. These tests compare the new
path with the plain reference on inputs small enough for the reference, and count the work
that grew with the lineages."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm
from scipy import sparse

from pedigree.analytics import group_ols, halo
from pedigree.analytics.halo import MIN_LEVEL, MIN_LINEAGE, design_matrix


def _inputs(n: int, lineages: int, seed: int) -> pd.DataFrame:
    """Company inputs with power-law lineage sizes, overlapping memberships and the odd
    lineage listed twice for one company."""
    rng = np.random.default_rng(seed)
    sizes = rng.zipf(1.6, lineages).clip(1, n // 4)
    members: list[list[str]] = [[] for _ in range(n)]
    for j, size in enumerate(sizes):
        for i in rng.choice(n, size=size, replace=False):
            members[i].append(f"L{j:04d}")
    members[0] += members[0][:1]  # a duplicate in one company's list
    revenue = np.exp(rng.normal(15, 2, n))
    revenue[rng.random(n) < 0.5] = np.nan
    users = np.exp(rng.normal(12, 2, n))
    users[rng.random(n) < 0.6] = np.nan
    lineage_effect = np.array([0.3 * len(m) for m in members])
    log_value = 17 + 0.5 * np.nan_to_num(np.log(revenue) - 15) + rng.normal(0, 1, n)
    return pd.DataFrame(
        {
            "org_id": [f"c{i:05d}" for i in range(n)],
            "valuation_usd": np.exp(log_value + lineage_effect),
            "revenue_usd": revenue,
            "users": users,
            "launched": rng.random(n) < 0.4,
            "age_years": rng.uniform(0, 8, n),
            "stage": rng.choice(["seed", "A", "B", "C+"], n),
            "sector_key": rng.choice(["llm", "fintech", "ecommerce", "robotics"], n),
            "lineages": members,
        }
    )


def test_design_matrix_equals_the_column_by_column_reference():
    inputs = _inputs(3000, 400, seed=1)
    design = design_matrix(inputs, top=["L0000", "L0001", "L0002"])
    counts = pd.Series([lid for ids in inputs.lineages for lid in ids]).value_counts()
    n = len(inputs)
    wanted = sorted(lid for lid, c in counts.items() if c >= MIN_LINEAGE and n - c >= MIN_LEVEL)
    assert list(design.lineage_columns.values()) == wanted and len(wanted) > 50
    reference = np.array([[float(lid in ids) for lid in wanted] for ids in inputs.lineages])
    assert sparse.issparse(design.lineages)
    np.testing.assert_array_equal(design.lineages.toarray(), reference)
    # No dense column per lineage: the frame holds the fundamentals and the top indicator.
    assert not [c for c in design.data.columns if c.startswith("lineage:")]
    top = [float(bool({"L0000", "L0001", "L0002"} & set(ids))) for ids in inputs.lineages]
    assert design.data[halo.TOP_ACADEMY].tolist() == top


def _problem(seed: int = 3, n: int = 400, k: int = 40, dense_copy: bool = False):
    """y, dense columns (intercept first) and 0/1 groups with dependencies the rank check must
    catch: a copy of a group and the difference of two (b = union − a); with `dense_copy`, also
    a group whose members are exactly one dense indicator's."""
    rng = np.random.default_rng(seed)
    stage = (rng.random(n) < 0.3).astype(float)
    dense = np.column_stack([np.ones(n), rng.normal(0, 1, n), stage, rng.normal(5, 2, n)])
    groups = (rng.random((n, k)) < rng.uniform(0.02, 0.2, k)).astype(float)
    a, b = groups[:, 3], groups[:, 7] * (1 - groups[:, 3])
    groups = np.column_stack([groups, a, a + b, b] + ([stage] if dense_copy else []))
    y = dense @ [17, 0.5, 0.8, 0.1] + groups[:, :k] @ rng.normal(0, 0.5, k)
    y += rng.normal(0, 1, n) * (1 + dense[:, 1] ** 2)  # heteroskedastic: HC3 matters
    return y, dense, groups


def _reference(y, dense, groups):
    """The dense fit the sparse one replaced: a rank check per column, statsmodels OLS with
    HC3, and each member-against-the-rest contrast as the halo model defined it."""
    kept = []
    for j in range(groups.shape[1]):
        candidate = np.column_stack([dense, groups[:, kept + [j]]])
        if np.linalg.matrix_rank(candidate) > dense.shape[1] + len(kept):
            kept.append(j)
    dropped = [j for j in range(groups.shape[1]) if j not in kept]
    exog = np.column_stack([dense, groups[:, kept]])
    fit = sm.OLS(y, exog).fit(cov_type="HC3", use_t=True)
    found = []
    for h in range(groups.shape[1]):
        member = groups[:, h] > 0
        weights = groups[member].mean(0) - groups[~member].mean(0)
        vector = np.concatenate([np.zeros(dense.shape[1]), weights[kept]])
        if dropped:
            implied, *_ = np.linalg.lstsq(exog, groups[:, dropped], rcond=None)
            if not np.allclose(implied.T @ vector, weights[dropped], atol=1e-6):
                found.append({})
                continue
        test = fit.t_test(vector.reshape(1, -1))
        low, high = np.asarray(test.conf_int(alpha=0.05)).ravel()
        found.append(
            {
                "estimate": float(np.asarray(test.effect).ravel()[0]),
                "low": float(low),
                "high": float(high),
                "p_value": float(np.asarray(test.pvalue).ravel()[0]),
            }
        )
    return fit, kept, dropped, found


@pytest.mark.parametrize("block", [None, 8], ids=["one-block", "blocks-of-8"])
def test_group_fit_equals_statsmodels_on_the_kept_columns(block, monkeypatch):
    """Factored in one block, or in blocks of 8 columns (the dropped ones fall in later
    blocks than the columns they copy)."""
    if block:
        monkeypatch.setattr(group_ols, "BLOCK", block)
    y, dense, groups = _problem()
    reference, kept, dropped, expected = _reference(y, dense, groups)
    fit = group_ols.fit(y, dense, sparse.csc_matrix(groups))
    assert fit.kept.tolist() == kept and fit.dropped.tolist() == dropped
    assert dropped == [40, 42]  # the copy of group 3, and b (the union less a)
    assert fit.df_resid == reference.df_resid
    assert fit.rsquared == pytest.approx(reference.rsquared, rel=1e-10)
    found = group_ols.contrasts(fit, list(range(groups.shape[1])))
    assert all(found) and all(expected)  # combinations of groups leave contrasts estimable
    for mine, theirs in zip(found, expected, strict=True):
        for key, value in theirs.items():
            assert mine[key] == pytest.approx(value, rel=1e-9, abs=1e-12), key


def test_a_group_fixed_by_a_dense_column_leaves_no_contrast_estimable(monkeypatch):
    """Its members are the companies of one stage: a contrast's weight on it is no
    combination of the kept columns' (the stage's share differs inside and outside)."""
    monkeypatch.setattr(group_ols, "BLOCK", 16)
    y, dense, groups = _problem(dense_copy=True)
    _, kept, dropped, expected = _reference(y, dense, groups)
    fit = group_ols.fit(y, dense, sparse.csc_matrix(groups))
    assert fit.dropped.tolist() == dropped == [40, 42, 43]
    found = group_ols.contrasts(fit, list(range(groups.shape[1])))
    assert [bool(f) for f in found] == [bool(e) for e in expected]
    assert not any(found)


def test_group_fit_when_the_groups_add_up_to_the_intercept():
    """Every row in exactly one group: the last group is dropped, and every contrast (the
    dropped group's own too) is still estimable, as the halo model's docs promise."""
    rng = np.random.default_rng(8)
    n = 300
    which = rng.integers(0, 6, n)
    groups = np.eye(6)[which]
    dense = np.column_stack([np.ones(n), rng.normal(0, 1, n)])
    y = dense @ [1.0, 0.5] + which * 0.2 + rng.normal(0, 1, n)
    reference, kept, dropped, expected = _reference(y, dense, groups)
    fit = group_ols.fit(y, dense, sparse.csc_matrix(groups))
    assert fit.dropped.tolist() == dropped == [5]
    found = group_ols.contrasts(fit, list(range(6)))
    assert all(found)
    for mine, theirs in zip(found, expected, strict=True):
        for key, value in theirs.items():
            assert mine[key] == pytest.approx(value, rel=1e-9, abs=1e-12), key


def test_the_rank_checks_do_not_grow_with_the_lineages(monkeypatch):
    """The blow-up at 1M: an SVD of the whole design per lineage column, in each of two fits.
    Now the number of rank checks is the same with 300 lineages as with 20: one for the
    fundamentals (they have full rank) and statsmodels' own."""
    calls = []
    real = np.linalg.matrix_rank
    monkeypatch.setattr(np.linalg, "matrix_rank", lambda *a, **k: calls.append(1) or real(*a, **k))
    counted = {}
    for lineages in (20, 300):
        calls.clear()
        model = halo.fit_market(_inputs(1500, lineages, seed=2), ["L0000", "L0001"], {})
        assert model.enough_data and (model.premiums.status == "estimated").sum() > 3
        counted[lineages] = (len(calls), len(model.design.lineage_columns))
    assert counted[300][1] > 10 * counted[20][1]
    assert counted[300][0] == counted[20][0] <= 2


def test_one_svd_drops_what_the_column_by_column_check_drops():
    """A fundamental that repeats another is dropped, as before, with the remark."""
    inputs = _inputs(200, 30, seed=4)
    inputs["users"] = inputs.revenue_usd * 3  # log users = log revenue + log 3: collinear
    model = halo.fit_market(inputs, [], {})
    assert {"kind": "collinear", "input": "log_users"} in model.remarks
    assert "log_users" not in set(model.fundamentals.term)
