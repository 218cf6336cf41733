"""Lineage: who left an organisation to found what, over generations.

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

Generation 1 are X's spin-outs; generation k the spin-outs of generation k−1. Every path is kept:
a company reached from two parents (VAST: from SenseTime directly and from MiniMax) appears under
both, each edge with its generation. An organisation is never its own spin-out.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

import ibis
import ibis.expr.types as ir
import pandas as pd

from pedigree.analytics import compiled
from pedigree.analytics.frames import date_text, entity_names, records
from pedigree.analytics.roles import alumni_roles, tie_role
from pedigree.analytics.valuations import happened_by, latest_valuations
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


def _walk(
    views: Views,
    tie_kinds: tuple[str, ...],
    roles: tuple[str, ...] | None,
    start: str,
    depth: int,
    *,
    forward: bool,
) -> pd.DataFrame:
    """Spin-out evidence rows reachable from `start` within `depth` generations, each row with its
    `generation`; `forward` walks to spin-outs, otherwise to the organisations spun out of.

    Edges go to organisations not reached yet and to those first reached at the level being
    expanded (siblings, so every path shows); an edge back to `start` or to an earlier
    generation would loop and is dropped. One query per generation, filtered to its frontier
    (the `alumni_ties` of `tie_kinds` and `roles`, compiled once per process).
    """
    here, there = ("parent_id", "child_id") if forward else ("child_id", "parent_id")
    reached = {start: 0}  # organisation → generation at which it was first reached
    frontier = [start]
    found = []
    for generation in range(1, depth + 1):
        if not frontier:
            break
        rows = compiled.execute(
            views,
            ("walk", here, tuple(tie_kinds), None if roles is None else tuple(roles)),
            # The frontier's evidence first, then the roles: a few rows, not the whole table.
            lambda wanted: alumni_ties(
                views,
                tie_kinds,
                roles,
                compiled.among(wanted("frontier"), spinout_ties(views, tie_kinds), here),
            ),
            {"frontier": frontier},
        )
        keep = [
            other != start and reached.get(other, generation) >= generation - 1
            for other in rows[there]
        ]
        rows = rows.loc[pd.Series(keep, index=rows.index, dtype=bool)]
        found.append(rows.assign(generation=generation))
        frontier = sorted(set(rows[there]) - reached.keys())
        reached.update(dict.fromkeys(frontier, generation))
    return pd.concat(found, ignore_index=True) if found else pd.DataFrame()


@dataclass
class Lineage:
    """A lineage tree: `edges` has one row per (parent, child) with the founders it came through."""

    root_id: str
    root_name: str
    depth: int
    as_of: date | None
    edges: pd.DataFrame = field(repr=False)

    def to_json(self) -> dict:
        return {
            "root": {"id": self.root_id, "name": self.root_name},
            "depth": self.depth,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "edges": records(self.edges),
        }


EDGE_COLUMNS = [
    "parent_id",
    "parent",
    "child_id",
    "child",
    "generation",
    "dated",
    "via",
    "units",
    "founders",
    "founded",
    "sector",
    "valuation_usd",
    "valuation",
    "valuation_currency",
    "valuation_date",
    "valuation_source",
    "sources",
]


def lineage(
    views: Views,
    root_id: str,
    *,
    depth: int = 3,
    sector: str | None = None,
    tie_kinds: tuple[str, ...] = LINEAGE_TIE_KINDS,
    roles: tuple[str, ...] | None = None,
) -> Lineage:
    """The spin-out tree of `root_id`, `depth` generations deep, through founders in one of
    `roles` at each parent (default: the alumni rule, see `alumni_ties`)."""
    evidence = _walk(views, tie_kinds, roles, root_id, depth, forward=True)
    edges = _edges(views, evidence)
    if sector is not None:
        edges = _within_sector(edges, sector.lower())
    root_name = entity_names(views, "organizations", [root_id]).get(root_id, root_id)
    return Lineage(root_id, root_name, depth, views.as_of, edges)


def _edges(views: Views, evidence: pd.DataFrame) -> pd.DataFrame:
    """One row per (parent, child, generation) from the evidence rows, with founders, the
    child's founding date, sector and latest valuation.

    Edges can number thousands (3,894 from 4,008 founders at depth 3 of the largest lineage at
    1M people): the evidence is read as columns and grouped in one pass over tuples, not as a
    dict per row, and each distinct date is written once."""
    if evidence.empty:
        return pd.DataFrame(columns=EDGE_COLUMNS)
    units = set(evidence.unit_id.dropna())
    org_ids = sorted(set(evidence.parent_id) | set(evidence.child_id) | units)
    orgs = compiled.execute(
        views,
        ("lineage orgs",),
        lambda wanted: compiled.among(wanted("ids"), views.organizations, "id").select(
            "id", "name", "sector", "founded", "founded_precision"
        ),
        {"ids": org_ids},
    )
    orgs = {row["id"]: row for row in records(orgs)}
    names = {org_id: row["name"] or org_id for org_id, row in orgs.items()}
    people = entity_names(views, "people", sorted(set(evidence.person_id)))
    valuations = compiled.execute(
        views,
        ("lineage valuations",),
        lambda wanted: latest_valuations(views, wanted("ids")),
        {"ids": org_ids},
    )
    valuations = {row["org_id"]: row for row in records(valuations)}
    dates = _DateTexts()

    # (parent, child, generation) → person → that person's evidence rows, in evidence order
    grouped: dict[tuple, dict[str, list[tuple]]] = defaultdict(lambda: defaultdict(list))
    edges = []
    with _collector_paused():
        for row in zip(*_columns(evidence, _EVIDENCE_COLUMNS).values(), strict=True):
            parent, child, generation, person = row[:4]
            grouped[(parent, child, int(generation))][person].append(row)
        for (parent, child, generation), by_person in grouped.items():
            edges.append(
                _edge(parent, child, generation, by_person, orgs, names, valuations, people, dates)
            )
    frame = pd.DataFrame.from_records(edges, columns=EDGE_COLUMNS)
    # Names collide (two companies called 星河科技): the ids settle the order, which would
    # otherwise follow the order the engine returned the evidence in.
    order = ["generation", "parent", "child", "parent_id", "child_id"]
    return frame.sort_values(order, ignore_index=True)


def _edge(parent, child, generation, by_person, orgs, names, valuations, people, dates) -> tuple:
    """One edge (EDGE_COLUMNS) from its founders' evidence tuples (person → rows)."""
    founders = [
        _founder(person_id, ties, people, names, dates)
        for person_id, ties in sorted(by_person.items())
    ]
    child_org = orgs.get(child, {})
    valuation = valuations.get(child, {})
    return (
        parent,
        names.get(parent, parent),
        child,
        names.get(child, child),
        generation,
        any(f["dated"] for f in founders),
        [f["name"] for f in founders],
        sorted({unit for f in founders for unit in f["units"]}),
        founders,
        dates(child_org.get("founded"), child_org.get("founded_precision")),
        child_org.get("sector"),
        valuation.get("valuation_usd"),
        valuation.get("valuation"),
        valuation.get("currency"),
        dates(valuation.get("date"), valuation.get("date_precision")),
        valuation.get("source_id"),
        sorted({s for f in founders for s in f["sources"]}),
    )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while thousands of small dicts and lists are made (they form
    no cycles): each full collection it would start walks every object of the process — Ibis
    and pandas hold hundreds of thousands — about 55 ms CPU of the largest lineage."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


# The evidence columns `_edges` reads, in the order its tuples hold them.
_EVIDENCE_COLUMNS = (
    "parent_id",
    "child_id",
    "generation",
    "person_id",
    "unit_id",
    "role",
    "parent_title",
    "founded",
    "founded_precision",
    "dated",
    "parent_source",
    "founder_source",
)


def _columns(frame: pd.DataFrame, names: Iterable[str]) -> dict[str, list]:
    """Columns as lists, pandas' missing markers turned into None (as `records`); dates as
    `datetime.date` (numpy writes those at once; pandas makes a Timestamp per value)."""
    columns = {}
    for name in names:
        column = frame[name]
        if pd.api.types.is_datetime64_dtype(column.dtype):
            columns[name] = column.to_numpy().astype("datetime64[D]").tolist()
            continue
        values, missing = column.tolist(), column.isna().tolist()
        columns[name] = [None if gone else v for v, gone in zip(values, missing, strict=True)]
    return columns


class _DateTexts:
    """`date_text`, once per distinct (date, precision): a lineage repeats a few hundred dates."""

    def __init__(self) -> None:
        self._written: dict = {}

    def __call__(self, value, precision) -> str | None:
        key = (value, precision)
        try:
            return self._written[key]
        except KeyError:
            text = self._written[key] = date_text(value, precision)
            return text
        except TypeError:  # an unhashable value
            return date_text(value, precision)


def _founder(
    person_id: str, ties: list[tuple], people: dict[str, str], names: dict, dates: _DateTexts
) -> dict:
    """How one person links parent to child: role at the child, titles at the parent, the units
    of the parent the person was at (抖音 for 字节跳动; empty for the parent itself), whether
    dates show the order (`dated`), sources. `ties`: evidence tuples (`_EVIDENCE_COLUMNS`)."""
    first = ties[0]
    units = {t[4] for t in ties if t[4]}
    return {
        "person_id": person_id,
        "name": people.get(person_id, person_id),
        "units": sorted(names.get(unit, unit) for unit in units),
        "role": next((t[5] for t in ties if t[5]), None),
        "titles_at_parent": sorted({t[6] for t in ties if t[6]}),
        "founded": dates(first[7], first[8]),
        "dated": any(bool(t[9]) for t in ties),
        "sources": sorted({t[10] for t in ties} | {t[11] for t in ties}),
    }


def _within_sector(edges: pd.DataFrame, sector: str) -> pd.DataFrame:
    """Edges into the sector, plus the edges on the paths that lead to them."""
    keep = edges.sector.fillna("").str.lower() == sector
    while True:
        leads_there = edges.child_id.isin(set(edges.parent_id[keep])) & ~keep
        if not leads_there.any():
            return edges[keep].reset_index(drop=True)
        keep |= leads_there


def ancestry(
    views: Views,
    org_id: str,
    *,
    depth: int = 3,
    tie_kinds: tuple[str, ...] = LINEAGE_TIE_KINDS,
    roles: tuple[str, ...] | None = None,
) -> pd.DataFrame:
    """The lineages an organisation belongs to: its parents, their parents, … (`depth` up).

    One row per (ancestor, generation) with the people it came through; generation 1 is a parent.
    Founders count through the `roles` (default: the alumni rule, see `alumni_ties`).
    """
    rows = _walk(views, tie_kinds, roles, org_id, depth, forward=False)
    columns = ["ancestor_id", "ancestor", "generation", "via", "through", "sources"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    orgs = entity_names(views, "organizations", sorted(set(rows.parent_id) | set(rows.child_id)))
    people = entity_names(views, "people", sorted(set(rows.person_id)))
    result = [
        {
            "ancestor_id": parent,
            "ancestor": orgs.get(parent, parent),
            "generation": int(generation),
            "via": sorted({people.get(p, p) for p in group.person_id}),
            "through": sorted({orgs.get(c, c) for c in group.child_id}),
            "sources": sorted(set(group.parent_source) | set(group.founder_source)),
        }
        for (parent, generation), group in rows.groupby(["parent_id", "generation"], sort=True)
    ]
    return pd.DataFrame(result, columns=columns).sort_values(["generation", "ancestor"])


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
