"""Every spin-out edge checked against the time-order rules: backwards ties and loops."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pandas as pd

from pedigree.analytics.frames import records
from pedigree.analytics.spinouts import spinout_ties
from pedigree.model import LINEAGE_TIE_KINDS
from pedigree.store.views import Views


def lineage_problems(views: Views, tie_kinds: tuple[str, ...] = LINEAGE_TIE_KINDS) -> dict:
    """Every spin-out edge checked against the time-order rules, for tests and audits.

    `backwards`: (parent, child, person) where the tie at the parent — or the parent itself —
    began after the child's founding period ended, or a founder's earlier company was not founded
    in an earlier period. `loops`: the edges left over when organisations are taken off the graph
    in topological order (none when the graph has no cycle). `edges`, `dated`: counts.
    """
    ties = spinout_ties(views, tie_kinds)
    orgs = views.organizations.select(
        parent_ref="id", parent_founded="founded", parent_precision="founded_precision"
    )
    rows = records(views.backend.execute(ties.left_join(orgs, ties.parent_id == orgs.parent_ref)))
    backwards = []
    for row in rows:
        founded = _period(row["founded"], row["founded_precision"])
        parent = _period(row["parent_founded"], row["parent_precision"])
        start = _period(row["parent_start"], "day") or parent
        if founded is None:
            late = row["parent_kind"] == "founder"  # no founding date: no order between two
        elif row["parent_kind"] == "founder":
            late = parent is None or parent[1] >= founded[0]
        else:
            late = any(p is not None and p[0] > founded[1] for p in (start, parent))
        if late:
            backwards.append((row["parent_id"], row["child_id"], row["person_id"]))
    pairs = {(row["parent_id"], row["child_id"]) for row in rows}
    return {
        "edges": len(pairs),
        "dated": len({(r["parent_id"], r["child_id"]) for r in rows if r["dated"]}),
        "backwards": sorted(backwards),
        "loops": sorted(_left_after_topological_order(pairs)),
    }


def _period(value, precision) -> tuple[date, date] | None:
    """(first day, last day) of a stored partial date."""
    if value is None:
        return None
    first = pd.Timestamp(value)
    offsets = {"year": pd.DateOffset(years=1), "month": pd.DateOffset(months=1)}
    last = first + offsets[precision] - pd.Timedelta(days=1) if precision in offsets else first
    return first.date(), last.date()


def _left_after_topological_order(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """Kahn's algorithm: repeatedly remove organisations with no incoming edge; the edges left
    are on or between cycles."""
    incoming: dict[str, int] = defaultdict(int)
    following: dict[str, list[str]] = defaultdict(list)
    for parent, child in pairs:
        incoming[child] += 1
        following[parent].append(child)
    ready = [org for org in following if incoming[org] == 0]
    while ready:
        org = ready.pop()
        for child in following.pop(org, []):
            incoming[child] -= 1
            if incoming[child] == 0:
                ready.append(child)
    return {(parent, child) for parent, child in pairs if parent in following}
