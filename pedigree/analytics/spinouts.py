"""Spin-outs: the evidence that someone at an organisation went on to found another, in time order.

A *spin-out* of X is an organisation founded by someone who was at X — employed there or one of
its founders — before or while founding it, in time order:

- a tie at X that began after the founding (or at an X founded after it) is no spin-out;
- a tie with dates on both sides is `dated`; an employment or study tie without them is kept
  under the benefit of the doubt and marked undated (`dated` false);
- a serial founder's other company counts only when dates show it was founded first (in an
  earlier period): without them neither company is the other's spin-out;
- the edges that still close a loop (X → … → X) are dropped, undated ones first, so the spin-out
  graph has no cycles.

Who counts as X's people is the alumni rule of the academies (`pedigree.analytics.roles`): a
founder who was at X as a founder, employee or faculty; interns and visitors only when asked for
(`roles`, `pedigree lineage --interns`), students only when study is counted (`--education`).
Loops are removed over every tie before the rule is applied, as in the academies.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import ibis
import ibis.expr.types as ir

from pedigree.analytics.roles import alumni_roles, tie_role
from pedigree.analytics.valuations import happened_by
from pedigree.model import LINEAGE_TIE_KINDS
from pedigree.store.views import Views, period_end


def spinout_ties(views: Views, tie_kinds: tuple[str, ...] = LINEAGE_TIE_KINDS) -> ir.Table:
    """The evidence of every spin-out: one row per (parent, child, person, tie at the parent).

    With everything known and the usual tie kinds this is the `spinout_ties` table the store
    derives after each change (from `spinout_evidence`, loops removed); otherwise it is computed
    on the fly, the same way.
    """
    if views.as_of is None and tie_kinds == LINEAGE_TIE_KINDS:
        return views.backend.table("spinout_ties")
    return without_loops(views.backend, spinout_evidence(views, tie_kinds))


def role_ties(
    views: Views, tie_kinds: tuple[str, ...] = LINEAGE_TIE_KINDS, ties: ir.Table | None = None
) -> ir.Table:
    """The spin-out evidence (`spinout_ties`, or the rows of it in `ties`) with `parent_role`: the
    founder's role at the parent, read from the tie's kind, title and quote at the organisation
    it was at (the unit, for a tie counted at its group: 抖音 → 字节跳动)."""
    if ties is None:
        ties = spinout_ties(views, tie_kinds)
    if "parent_quote" in ties.columns:  # the evidence carries its tie's quote: no join needed
        role = tie_role(ties.parent_kind, ties.parent_title, ties.parent_quote)
        return ties.mutate(parent_role=role).drop("parent_quote")
    # A store derived before the evidence kept its quote: read it from the stints.
    stints = views.stints.select(
        _person="person_id", _org="org_id", _kind="kind", _title="title", _quote="quote"
    )
    at = ties.unit_id.fill_null(ties.parent_id) if "unit_id" in ties.columns else ties.parent_id
    joined = ties.left_join(
        stints,
        [
            ties.person_id == stints._person,
            at == stints._org,
            ties.parent_kind == stints._kind,
            ties.parent_title.identical_to(stints._title),
        ],
    )
    role = tie_role(joined.parent_kind, joined.parent_title, joined._quote)
    return joined.mutate(parent_role=role).drop("_person", "_org", "_kind", "_title", "_quote")


def alumni_ties(
    views: Views,
    tie_kinds: tuple[str, ...] = LINEAGE_TIE_KINDS,
    roles: tuple[str, ...] | None = None,
    ties: ir.Table | None = None,
) -> ir.Table:
    """The spin-out evidence (or the rows of it in `ties`) through founders in one of `roles` at
    the parent (default: the alumni rule, `pedigree.analytics.roles.alumni_roles`, with students
    when `tie_kinds` has education), each row with its `parent_role`."""
    if roles is None:
        roles = alumni_roles(students="education" in tie_kinds)
    ties = role_ties(views, tie_kinds, ties)
    return ties.filter(ties.parent_role.isin(roles)).distinct()


def spinout_evidence(views: Views, tie_kinds: tuple[str, ...]) -> ir.Table:
    """Spin-out evidence in time order (see the module's rules), before loops are removed."""
    stints = views.stints
    orgs = views.organizations.select(
        org_ref="id", org_founded="founded", org_precision="founded_precision"
    )
    at_parent = stints.filter(stints.kind.isin(tie_kinds))
    at_parent = at_parent.left_join(orgs, at_parent.org_id == orgs.org_ref)
    # The earliest the tie can have begun: its own start, else the parent's founding (nobody
    # works at an organisation before it exists). A founder's tie begins at the founding, so
    # for founders that date also shows when the tie began.
    no_start = at_parent.start_date.isnull()
    is_founder = at_parent.kind == "founder"
    at_parent = at_parent.select(
        "person_id",
        parent_id="org_id",
        parent_title="title",
        parent_kind="kind",
        parent_start="start_date",
        parent_source="source_id",
        parent_quote="quote",  # what the founder's role there is read from (`role_ties`)
        earliest=ibis.coalesce(at_parent.start_date, at_parent.org_founded),
        earliest_precision=ibis.ifelse(
            no_start, at_parent.org_precision, at_parent.start_precision
        ),
        began=ibis.ifelse(no_start & is_founder, at_parent.org_founded, at_parent.start_date),
        began_precision=ibis.ifelse(
            no_start & is_founder, at_parent.org_precision, at_parent.start_precision
        ),
    )
    at_parent = _rolled_up(views, at_parent)
    founders = stints.filter(stints.kind == "founder").select(
        "person_id",
        child_id="org_id",
        role="title",
        founder_start="start_date",
        founder_precision="start_precision",
        founder_source="source_id",
    )
    founders = founders.left_join(orgs, founders.child_id == orgs.org_ref)
    # When the founder's own tie has no start, the organisation's founding date stands in.
    founded = ibis.coalesce(founders.founder_start, founders.org_founded)
    precision = ibis.ifelse(
        founders.founder_start.notnull(), founders.founder_precision, founders.org_precision
    )
    founders = founders.select(
        "person_id",
        "child_id",
        "role",
        "founder_source",
        founded=founded,
        founded_precision=precision,
    )
    ties = at_parent.join(founders, "person_id")
    # Organisations of one group (字节跳动, 抖音, TikTok) are no spin-outs of each other.
    groups = views.backend.table("org_ancestors").select(_org="org_id", _top="top_id").distinct()
    parent_group = groups.view()
    ties = ties.left_join(parent_group, ties.parent_id == parent_group._org).drop("_org")
    ties = ties.rename(_parent_top="_top")
    ties = ties.left_join(groups, ties.child_id == groups._org).drop("_org")
    one_group = ties._parent_top.fill_null(ties.parent_id) == ties._top.fill_null(ties.child_id)
    founding_ends = period_end(ties.founded, ties.founded_precision)
    backwards = ties.earliest.notnull() & ties.founded.notnull() & (ties.earliest > founding_ends)
    dated = ties.began.notnull() & ties.founded.notnull()
    # A serial founder's earlier company: founded in a period that ended before this founding.
    earlier_company = dated & (period_end(ties.began, ties.began_precision) < ties.founded)
    in_order = ibis.ifelse(ties.parent_kind == "founder", earlier_company, ~backwards)
    ties = ties.filter(
        ties.parent_id != ties.child_id,
        ~one_group,
        in_order,
        happened_by(ties.founded, views),
        happened_by(ties.parent_start, views),
    )
    return ties.mutate(dated=dated).drop(
        "earliest", "earliest_precision", "began", "began_precision", "_parent_top", "_top"
    )


def _rolled_up(views: Views, at_parent: ir.Table) -> ir.Table:
    """Ties at organisations, each also counted at every organisation it is part of
    (`pedigree.store.hierarchy`: 抖音 → 字节跳动), with `unit_id` naming the unit the person was
    at (null for a tie at the organisation itself)."""
    ancestors = views.backend.table("org_ancestors").select(_unit="org_id", _group="ancestor_id")
    direct = at_parent.mutate(unit_id=ibis.null("string"))
    rolled = at_parent.join(ancestors, at_parent.parent_id == ancestors._unit)
    rolled = rolled.mutate(unit_id=rolled.parent_id, parent_id=rolled._group)
    return direct.union(rolled.select(direct.columns))


def without_loops(backend, ties: ir.Table) -> ir.Table:
    """`ties` less the spin-out edges that close a loop (see `loop_edges`)."""
    pairs = ties.group_by("parent_id", "child_id").aggregate(dated=ties.dated.any())
    pairs = backend.execute(pairs)
    dropped = loop_edges(pairs.itertuples(index=False, name=None))
    if not dropped:
        return ties
    parents, children = zip(*sorted(dropped), strict=True)
    gone = ibis.memtable(
        {"_parent": list(parents), "_child": list(children)},
        schema={"_parent": "string", "_child": "string"},
    )
    return ties.anti_join(gone, (ties.parent_id == gone._parent) & (ties.child_id == gone._child))


def loop_edges(pairs: Iterable[tuple[str, str, bool]]) -> set[tuple[str, str]]:
    """The (parent, child) edges to drop so that no chain of spin-outs returns to its start.

    `pairs` are (parent, child, dated). Within each loop — a strongly connected set of
    organisations — the undated edges go first; a loop left with dated edges only (dates that
    contradict each other) loses all of its edges. Repeated until no loop is left.
    """
    dated = {(parent, child): bool(is_dated) for parent, child, is_dated in pairs}
    dropped: set[tuple[str, str]] = set()
    while True:
        component = _strong_components(dated)
        inside: dict[int, list[tuple[str, str]]] = defaultdict(list)
        for parent, child in dated:
            if component[parent] == component[child]:
                inside[component[parent]].append((parent, child))
        if not inside:
            return dropped
        for edges in inside.values():
            gone = [edge for edge in edges if not dated[edge]] or edges
            dropped.update(gone)
            for edge in gone:
                del dated[edge]


def _strong_components(edges: Iterable[tuple[str, str]]) -> dict[str, int]:
    """Organisation → its strongly connected component (Tarjan's algorithm, without recursion
    so that long chains cannot overflow the stack)."""
    following: dict[str, list[str]] = defaultdict(list)
    for parent, child in edges:
        following[parent].append(child)
        following.setdefault(child, [])
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    component: dict[str, int] = {}
    stack: list[str] = []
    for root in following:
        if root in index:
            continue
        index[root] = low[root] = len(index)
        stack.append(root)
        work = [(root, iter(following[root]))]
        while work:
            node, rest = work[-1]
            for nxt in rest:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    work.append((nxt, iter(following[nxt])))
                    break
                if nxt not in component:  # still on the stack
                    low[node] = min(low[node], index[nxt])
            else:
                work.pop()
                if work:
                    above = work[-1][0]
                    low[above] = min(low[above], low[node])
                if low[node] == index[node]:
                    while True:
                        member = stack.pop()
                        component[member] = index[node]
                        if member == node:
                            break
    return component
