"""OLS on a few dense columns and many sparse 0/1 group indicators, with HC3 contrasts.

The halo model's lineage fits carry one indicator per lineage: 1,174 over 7,774 companies at
1M synthetic people, 11,659 over 77,550 at 10M, most of them a handful of companies. Made
dense and fitted by statsmodels, with a rank check per added column, that cost grew with
rows × columns³ and did not finish at 1M. Here the indicators stay sparse and the dense
columns F (intercept, fundamentals) are partialled out (Frisch–Waugh–Lovell): with Q an
orthonormal basis of F, V = Q'G and G̃ = G − QV, the group coefficients solve B β = G̃'y,
B = G̃'G̃ = G'G − V'V, a k × k matrix made from sparse products. The same numbers as OLS on
[F, G]; the fundamentals' own coefficients are not needed (the premiums are contrasts of
group coefficients).

- **Dropped columns.** B is factored column by column in the given order, and a column whose
  residual on the columns before it is nil (`DROP_TOLERANCE` of its own size) is left out, as
  the dense fit's rank check left out a column that did not raise the rank.
- **HC3.** Every row's leverage is h_i = |Q_i|² + g̃_i' B⁻¹ g̃_i; of B⁻¹ only the entries on
  pairs of groups that share a row are read. The covariance of the group coefficients is
  B⁻¹ G̃' Ω G̃ B⁻¹ with Ω = diag(e_i² / (1 − h_i)²), as statsmodels' `cov_HC3` restricted to them.
- **Contrasts** (`contrasts`): a group's members against every other row, with the weights
  of the halo premiums (docs/halo.md) and a t test on `df_resid` degrees of freedom.

Cost: the factor and the inverse of B are dense, k³/3 and 2k³/3 flops (LAPACK, in place; see
`blas_threads`); the rest is linear in rows and non-zeros. Memory: one k × k matrix (1.1 GB at
k = 11,659), two when columns are dropped.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.linalg import lapack, solve_triangular

DROP_TOLERANCE = 1e-9  # a column's residual sum of squares, as a share of its own: nil at most
BLOCK = 1024  # columns factored at a time (the rest of B is updated once per block)
SCRATCH = 1 << 25  # float64s (256 MB) of scratch for B's updates
ESTIMABLE_ATOL = 1e-6  # how near a contrast's weights on dropped columns must be to implied
EXACT_ATOL = 1e-8  # … and that a dropped column is an exact combination of kept ones
# BLAS threads. OpenBLAS's threads wait for each other by spinning, which on busy cores costs
# more than they give. Measured on 2 cores at load 2–4: potrf and potri of 1,174 columns took
# 0.9 and 1.7 s on two threads, 0.02 s on one; the 10M fit (11,659 columns) 118 s on two
# threads, 92 s on one. Small fits always get one thread; large ones the cores left idle.
ONE_THREAD_BELOW = 4000


@contextmanager
def blas_threads(columns: int) -> Iterator[None]:
    """BLAS limited to one thread for a fit of fewer than ONE_THREAD_BELOW columns, else to
    the cores the load average leaves idle (this process's own share of the load counted as
    idle), at least one."""
    from threadpoolctl import threadpool_limits

    threads = 1
    if columns >= ONE_THREAD_BELOW and hasattr(os, "getloadavg"):
        threads = max(1, int((os.cpu_count() or 1) - os.getloadavg()[0] + 1))
    with threadpool_limits(limits=threads, user_api="blas"):
        yield


@dataclass
class GroupFit:
    """The fit's numbers. `kept` and `dropped` index the group columns; `beta` is the kept
    columns' coefficients; the rest is what `contrasts` reads."""

    n: int
    df_resid: int
    rsquared: float
    kept: np.ndarray
    dropped: np.ndarray
    beta: np.ndarray
    gram: sparse.csc_matrix  # G'G: the groups' sizes and overlaps
    basis: np.ndarray  # Q
    projection: np.ndarray  # V = Q'G
    groups: sparse.csc_matrix  # G
    omega: np.ndarray  # e_i² / (1 − h_i)²
    phi: np.ndarray  # B⁻¹ V_K'
    psi: np.ndarray  # B⁻¹ n_K
    implied: np.ndarray  # B⁻¹ B_KD: each dropped column in terms of the kept ones
    exact: bool  # the dropped columns are exact combinations (else no contrast is estimable)


def fit(y: np.ndarray, dense: np.ndarray, groups: sparse.spmatrix) -> GroupFit:
    """OLS of `y` on the columns of `dense` (full column rank, the intercept among them) and
    the 0/1 columns of `groups` (rows × k, sparse)."""
    with blas_threads(np.shape(dense)[1] + groups.shape[1]):
        return _fit(np.asarray(y, dtype=float), dense, sparse.csc_matrix(groups, dtype=float))


def _fit(y: np.ndarray, dense: np.ndarray, groups: sparse.csc_matrix) -> GroupFit:
    n = len(y)
    basis, _ = np.linalg.qr(np.asarray(dense, dtype=float))
    projection = np.asarray((groups.T @ basis).T)  # V = Q'G, p × k
    gram = (groups.T @ groups).tocsc()
    scale = gram.diagonal()
    factor, kept = _factor(gram, projection, scale)
    dropped = np.setdiff1d(np.arange(groups.shape[1]), kept)
    gk = groups[:, kept]
    vk = projection[:, kept]
    qy = basis.T @ y
    b_kd = gram[kept][:, dropped].toarray() - vk.T @ projection[:, dropped]
    right = np.column_stack([np.asarray(gk.T @ y) - vk.T @ qy, vk.T, scale[kept], b_kd])
    solved = _solve(factor, right)
    p = basis.shape[1]
    beta, phi, psi = solved[:, 0], solved[:, 1 : 1 + p], solved[:, 1 + p]
    implied = solved[:, 2 + p :]
    residual = y - basis @ (qy - vk @ beta) - gk @ beta
    inverse = _inverse(factor)
    del factor
    leverage = np.einsum("ij,ij->i", basis, basis) + _group_leverage(gk, inverse, basis, vk, phi)
    del inverse
    omega = (residual / (1 - leverage)) ** 2
    centred = y - y.mean()
    exact = _exact(groups, basis, projection, kept, dropped, implied)
    return GroupFit(
        n=n,
        df_resid=n - p - len(kept),
        rsquared=float(1 - residual @ residual / (centred @ centred)),
        kept=kept,
        dropped=dropped,
        beta=beta,
        gram=gram,
        basis=basis,
        projection=projection,
        groups=groups,
        omega=omega,
        phi=phi,
        psi=psi,
        implied=implied,
        exact=exact,
    )


def _factor(gram, projection, scale) -> tuple[np.ndarray, np.ndarray]:
    """R and the kept columns of B = G'G − V'V (see `_sequential_cholesky`). LAPACK's factor of
    the whole of B in place when every pivot clears the tolerance — its pivots are the same
    residuals, so it keeps what the column-by-column rule keeps: all —, else that rule."""
    b = _normal_matrix(gram, projection)
    lower, info = lapack.dpotrf(b.T, lower=1, overwrite_a=1, clean=0)  # b's upper half is R
    if info == 0 and np.all(np.diag(b) ** 2 > DROP_TOLERANCE * scale):
        return b, np.arange(len(b))
    del lower
    return _sequential_cholesky(_normal_matrix(gram, projection), scale)


def _normal_matrix(gram, projection) -> np.ndarray:
    """B = G'G − V'V, upper triangle (the lower one holds G'G's). Dense, C-ordered, written
    row by row: scipy's csc toarray writes column by column, and on this machine a gigabyte of
    fresh memory touched out of order took 8–12 s against 2.4 s in order."""
    entries = gram.tocsr().tocoo()
    b = np.zeros(gram.shape)
    b[entries.row, entries.col] = entries.data
    _subtract_product(b, projection, projection)
    return b


def _sequential_cholesky(b: np.ndarray, scale: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The upper Cholesky factor R (R'R = B over the kept columns) and the kept columns, taken
    in order: a column is dropped when its pivot — the squared residual of its column of G̃ on
    the kept columns before it — is at most DROP_TOLERANCE of `scale` (its own sum of squares
    in G). Blocked right-looking: B's rows become R's as they are factored, and the trailing
    part of B is updated once per block of columns. `b` is overwritten."""
    k = len(b)
    kept: list[int] = []
    scratch = np.empty(SCRATCH)
    for start in range(0, k, BLOCK):
        stop = min(start + BLOCK, k)
        local, rows = _factor_block(b[start:stop, start:stop], scale[start:stop])
        kept_here = [start + c for c in local]
        if stop < k and kept_here:
            # R_J,rest = R_JJ⁻ᵀ B_J,rest; then B_rest,rest −= R_J,restᵀ R_J,rest (upper part).
            tail = solve_triangular(rows[:, local], b[kept_here, stop:], trans="T", lower=False)
            _subtract_product(b[stop:, stop:], tail, tail, scratch)
        else:
            tail = np.zeros((len(kept_here), k - stop))
        b[kept_here, start:stop] = rows
        b[kept_here, stop:] = tail
        kept.extend(kept_here)
    kept_index = np.asarray(kept, dtype=int)
    # Only the upper triangle is R (below it are B's old values, which LAPACK does not read).
    return b[np.ix_(kept_index, kept_index)], kept_index


def _subtract_product(target, left, right, scratch: np.ndarray | None = None) -> None:
    """target −= leftᵀ · right on and above the diagonal (all that is read of B), a band of
    rows at a time through one scratch buffer: no temporary the size of target, and no fresh
    memory per band (first touches of fresh memory are slow here, ~2.4 s per GB)."""
    if scratch is None:
        scratch = np.empty(min(SCRATCH, target.size) or 1)
    step = max(1, len(scratch) // max(1, target.shape[1]))
    for start in range(0, target.shape[0], step):
        band = slice(start, start + step)
        rows = min(step, target.shape[0] - start)
        product = scratch[: rows * (target.shape[1] - start)].reshape(rows, -1)
        np.matmul(left[:, band].T, right[:, start:], out=product)
        target[band, start:] -= product


def _factor_block(block: np.ndarray, scale: np.ndarray) -> tuple[list[int], np.ndarray]:
    """Cholesky of one diagonal block (already updated for the columns before it), with drops:
    the local columns kept, and their rows of R over the block's columns. LAPACK's factor when
    every pivot clears the tolerance (its pivots are the same residuals), else row by row."""
    m = len(block)
    upper, info = lapack.dpotrf(block, lower=0, clean=1)
    if info == 0 and np.all(np.diag(upper) ** 2 > DROP_TOLERANCE * scale):
        return list(range(m)), upper
    rows = np.zeros((m, m))
    kept: list[int] = []
    for c in range(m):
        above = rows[: len(kept), c]
        pivot = block[c, c] - above @ above
        if pivot <= DROP_TOLERANCE * scale[c]:
            continue
        i = len(kept)
        rows[i, c] = np.sqrt(pivot)
        later = block[c, c + 1 :] - above @ rows[: len(kept), c + 1 :]
        rows[i, c + 1 :] = later / rows[i, c]
        kept.append(c)
    return kept, rows[: len(kept)]


def _solve(factor: np.ndarray, right: np.ndarray) -> np.ndarray:
    """B⁻¹ · right, with B = R'R (solved with Rᵀ, lower and in LAPACK's order: no copy)."""
    if not len(factor):
        return np.zeros((0, right.shape[1]))
    lower = factor.T
    half = solve_triangular(lower, right, lower=True, check_finite=False)
    return solve_triangular(lower, half, lower=True, trans="T", check_finite=False)


def _inverse(factor: np.ndarray) -> np.ndarray:
    """B⁻¹ from R, in its lower triangle (LAPACK potri on Rᵀ, no copy of R)."""
    if not len(factor):
        return factor
    inverse, info = lapack.dpotri(factor.T, lower=1, overwrite_c=1)
    if info:
        raise np.linalg.LinAlgError(f"inverting the lineage fit's normal matrix failed ({info})")
    return inverse


def _group_leverage(gk, inverse, basis, vk, phi) -> np.ndarray:
    """g̃_i' B⁻¹ g̃_i for every row, g̃_i = g_i − V_K'q_i:
    g_i'B⁻¹g_i − 2 g_i'(B⁻¹V_K') q_i + q_i'(V_K B⁻¹ V_K')q_i. The first term sums B⁻¹ over
    the pairs of groups the row is in (read from the lower triangle)."""
    n = gk.shape[0]
    if not gk.shape[1]:
        return np.zeros(n)
    rows = sparse.csr_matrix(gk)
    rows.sort_indices()
    lengths = np.diff(rows.indptr)
    pairs = lengths**2
    row_of = np.repeat(np.arange(n), pairs)
    offset = np.arange(pairs.sum()) - np.repeat(np.cumsum(pairs) - pairs, pairs)
    width = np.repeat(lengths, pairs)
    first = rows.indptr[row_of] + offset // width
    second = rows.indptr[row_of] + offset % width
    j, k = rows.indices[first], rows.indices[second]
    values = inverse[np.maximum(j, k), np.minimum(j, k)] * rows.data[first] * rows.data[second]
    own = np.bincount(row_of, weights=values, minlength=n)
    cross = np.einsum("ij,ij->i", np.asarray(gk @ phi), basis)
    shared = np.einsum("ij,ij->i", basis @ (vk @ phi), basis)
    return own - 2 * cross + shared


def _exact(groups, basis, projection, kept, dropped, implied) -> bool:
    """Whether each dropped column of G̃ is the kept columns' combination `implied` to within
    EXACT_ATOL (np.allclose): a contrast is only used when they are."""
    gk, vk = groups[:, kept], projection[:, kept]
    step = 256  # dropped columns compared at a time (rows × step, dense)
    for start in range(0, len(dropped), step):
        some = dropped[start : start + step]
        combination = implied[:, start : start + step]
        fitted = gk @ combination - basis @ (vk @ combination)
        actual = groups[:, some].toarray() - basis @ projection[:, some]
        if not np.allclose(fitted, actual, atol=EXACT_ATOL):
            return False
    return True


def contrasts(result: GroupFit, members: list[int]) -> list[dict]:
    """For each group column h in `members`: its rows against all the others, fundamentals
    equal — Σ_g (share of h's rows in g − share of the other rows in g) · β_g over every group
    g — with its HC3 standard error, 95% t interval and p; {} when not estimable (its weights
    on dropped columns are not those the kept columns imply)."""
    members = np.asarray(members, dtype=int)
    if not len(members):
        return []
    n, gram, kept, dropped = result.n, result.gram, result.kept, result.dropped
    sizes = gram.diagonal()
    own = sizes[members]
    a = 1 / own + 1 / (n - own)  # weights on all groups: S[:, h]·a_h − sizes·b_h
    b = 1 / (n - own)
    overlaps = gram[:, members]  # S[:, h]: every group's rows among h's (sparse)
    beta = result.beta
    estimate = a * (overlaps[kept].T @ beta) - b * (sizes[kept] @ beta)
    estimable = np.full(len(members), result.exact)
    if len(dropped):
        # A contrast's weights on the dropped columns against those the kept ones imply.
        wanted = a * overlaps[dropped].toarray() - np.outer(sizes[dropped], b)
        implied = a * np.asarray(overlaps[kept].T @ result.implied).T
        implied -= np.outer(result.implied.T @ sizes[kept], b)
        estimable &= np.isclose(implied, wanted, atol=ESTIMABLE_ATOL).all(axis=0)
    from scipy.stats import t as t_distribution  # slow to import: only once fitted

    se = np.sqrt(_variances(result, members, a, b))
    q = t_distribution.ppf(0.975, result.df_resid)
    p_value = 2 * t_distribution.sf(np.abs(estimate / se), result.df_resid)
    return [
        {
            "estimate": float(estimate[i]),
            "low": float(estimate[i] - q * se[i]),
            "high": float(estimate[i] + q * se[i]),
            "p_value": float(p_value[i]),
        }
        if estimable[i]
        else {}
        for i in range(len(members))
    ]


def _variances(result: GroupFit, members: np.ndarray, a: np.ndarray, b: np.ndarray):
    """Σ_i ω_i z_i² with z = G̃_K B⁻¹ w_K for each member's weights w. Since B = S − V'V,
    B⁻¹ S_K,h = E_h + Φ V_h (E_h: the unit vector of a kept h, a dropped h's `implied`
    column), so z = a_h G̃_K E_h + (G̃_K Φ) a_h V_h − b_h G̃_K ψ: a sparse column and a few
    dense ones per member, and no k × k product."""
    kept, basis, omega = result.kept, result.basis, result.omega
    vk = result.projection[:, kept]
    gk = result.groups[:, kept]
    y_phi = np.asarray(gk @ result.phi) - basis @ (vk @ result.phi)
    y_psi = np.asarray(gk @ result.psi) - basis @ (vk @ result.psi)
    extra = np.column_stack([y_phi - basis, y_psi])  # z = a_h g_h + extra · [a_h V_h; −b_h]
    weights = np.column_stack(
        [a[:, None] * result.projection[:, members].T, -b]
    )  # [a_h V_h; −b_h], one row per member
    moment = extra.T @ (omega[:, None] * extra)
    variance = np.einsum("ij,jk,ik->i", weights, moment, weights)
    position = {column: i for i, column in enumerate(kept)}
    dropped_at = {column: i for i, column in enumerate(result.dropped)}
    groups = result.groups
    for i, h in enumerate(members):
        if h in position:
            span = slice(groups.indptr[h], groups.indptr[h + 1])
            rows = groups.indices[span]
            own = a[i] * groups.data[span]
            cross = extra[rows] @ weights[i]
            variance[i] += np.sum(omega[rows] * (own**2 + 2 * own * cross))
        else:  # a dropped column: G̃_K E_h is its combination of kept columns, dense
            combination = result.implied[:, dropped_at[h]]
            z = a[i] * (gk @ combination - basis @ (vk @ combination))
            z += extra @ weights[i] + basis @ weights[i, :-1]  # `extra` took −Q·a_h V_h for g̃_h
            variance[i] = omega @ z**2
    return variance
