"""Judgements: "these two ids are one entity" or "these are two", by a person or by the matcher.

Judgements are stored apart from the statements and never rewrite them. Canonical ids are
derived from the judgements in force: people's first (the latest word on a pair counts), then the
matcher's, strongest first; a "different" judgement keeps two clusters apart whatever else links
them. Undoing a judgement and deriving again gives back exactly the earlier state.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import pandas as pd
import pyarrow as pa

from pedigree.errors import NotFound, PedigreeError
from pedigree.reference.romanise import split_han
from pedigree.store.derived import Derived, register

VERDICTS = ("same", "different")
BY_PERSON = "person"
BY_MATCHER = "matcher"
# Ids made by text ingestion (pedigree.ingest.articles); a curated id names a cluster first.
EXTRACTED_PREFIXES = ("person:", "org:", "product:")


@dataclass(frozen=True)
class Judgement:
    id: int
    entity_type: str
    left_id: str
    right_id: str
    verdict: str
    judged_by: str
    score: float | None
    recorded_at: datetime

    def as_json(self) -> dict:
        """The shape of `pedigree same/different --json` and of the web API's judgements."""
        return {
            "id": self.id,
            "type": self.entity_type,
            "left": self.left_id,
            "right": self.right_id,
            "verdict": self.verdict,
            "by": self.judged_by,
            "recorded_at": self.recorded_at.isoformat() if self.recorded_at else None,
        }


_COLUMNS = "id, entity_type, left_id, right_id, verdict, judged_by, score, recorded_at"


def record(
    store,
    entity_type: str,
    left_id: str,
    right_id: str,
    verdict: str,
    *,
    judged_by: str = BY_PERSON,
    score: float | None = None,
    run_id: int | None = None,
) -> Judgement:
    """Store one judgement (ids in order, so A-B and B-A are the same pair)."""
    if verdict not in VERDICTS:
        raise PedigreeError(f"unknown verdict {verdict!r} (use one of {', '.join(VERDICTS)})")
    if left_id == right_id:
        raise PedigreeError(f"{left_id!r} is one entity already; judge two different ids")
    left_id, right_id = sorted((left_id, right_id))
    row = store.con.execute(
        f"INSERT INTO judgements (entity_type, left_id, right_id, verdict, judged_by, score, "
        f"run_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, current_localtimestamp()) "
        f"RETURNING {_COLUMNS}",
        [entity_type, left_id, right_id, verdict, judged_by, score, run_id],
    ).fetchone()
    return Judgement(*row)


def start_run(store, model: str) -> int:
    """A new resolve run's id: the matcher's judgements it adds and withdraws carry it."""
    return store.scalar(
        "INSERT INTO resolve_runs (model, recorded_at) VALUES (?, current_localtimestamp()) "
        "RETURNING id",
        [model],
    )


def withdraw(store, judgement_ids: list[int], run_id: int) -> None:
    """A run withdraws the matcher's judgements its model no longer makes (undone, not deleted;
    undoing the run puts them back)."""
    if judgement_ids:
        store.con.execute(
            "UPDATE judgements SET undone_at = current_localtimestamp(), withdrawn_by_run = ? "
            "WHERE id IN (SELECT unnest(?))",
            [run_id, judgement_ids],
        )


@dataclass(frozen=True)
class Run:
    """A resolve run: its id, the model that ran, and how many judgements it added, withdrew."""

    id: int
    model: str
    recorded_at: datetime
    added: int
    withdrawn: int


@dataclass(frozen=True)
class Undone:
    """What `undo` took back: one person's judgement, or a whole resolve run."""

    judgement: Judgement | None = None
    run: Run | None = None


def undo_last(store, *, run: bool = False) -> Undone:
    """Withdraw the latest thing done: a person's judgement still in force, or the latest
    resolve run that changed anything (with `run`, that run, whatever people judged since).

    Runs are taken back in the order they were made, latest first, so that what a run withdrew
    is exactly what comes back."""
    latest_run = _latest_run(store)
    person = None
    if not run:
        row = store.con.execute(
            f"SELECT {_COLUMNS} FROM judgements WHERE judged_by = ? AND undone_at IS NULL "
            "ORDER BY id DESC LIMIT 1",
            [BY_PERSON],
        ).fetchone()
        person = Judgement(*row) if row else None
    if person and (latest_run is None or person.recorded_at >= latest_run.recorded_at):
        store.con.execute(
            "UPDATE judgements SET undone_at = current_localtimestamp() WHERE id = ?", [person.id]
        )
        return Undone(judgement=person)
    if latest_run is None:
        raise NotFound("no resolve run to undo" if run else "no judgement to undo")
    store.con.execute(
        "UPDATE judgements SET undone_at = current_localtimestamp() "
        "WHERE run_id = ? AND undone_at IS NULL",
        [latest_run.id],
    )
    store.con.execute(
        "UPDATE judgements SET undone_at = NULL, withdrawn_by_run = NULL "
        "WHERE withdrawn_by_run = ?",
        [latest_run.id],
    )
    store.con.execute(
        "UPDATE resolve_runs SET undone_at = current_localtimestamp() WHERE id = ?",
        [latest_run.id],
    )
    return Undone(run=latest_run)


def runs(con) -> list[Run]:
    """Resolve runs not undone, latest first, with what each added and withdrew."""
    rows = con.execute(
        """
        SELECT r.id, r.model, r.recorded_at,
               (SELECT count(*) FROM judgements j WHERE j.run_id = r.id),
               (SELECT count(*) FROM judgements j WHERE j.withdrawn_by_run = r.id)
        FROM resolve_runs r WHERE r.undone_at IS NULL ORDER BY r.id DESC
        """
    ).fetchall()
    return [Run(*row) for row in rows]


def _latest_run(store) -> Run | None:
    """The latest run not undone that changed anything (a run that changed nothing has
    nothing to take back)."""
    return next((r for r in runs(store.con) if r.added or r.withdrawn), None)


def in_force(con) -> list[Judgement]:
    """Judgements not undone, in the order they are applied: people's (only the latest per
    pair) before the matcher's, the matcher's strongest first."""
    rows = con.execute(
        f"""
        SELECT {_COLUMNS} FROM (
            SELECT *, row_number() OVER (
                PARTITION BY judged_by, left_id, right_id ORDER BY id DESC) AS latest
            FROM judgements WHERE undone_at IS NULL)
        WHERE latest = 1
        ORDER BY judged_by = '{BY_PERSON}' DESC, score DESC NULLS LAST, id
        """
    ).fetchall()
    return [Judgement(*row) for row in rows]


def clusters(
    judgements: Iterable[Judgement], han_names: dict[str, str] | None = None
) -> dict[str, str]:
    """entity id → canonical id for every id that a "same" judgement joins to another.

    Union-find with cannot-link sets: a merge is skipped when the two clusters hold a pair
    judged different. A person's verdict on a pair overrides the matcher's on that pair. The
    matcher may not join two clusters whose Han names (`han_names`: id → name) are all
    different: 王伟 ~ Wang Wei ~ 王巍 is two people bridged by a romanisation, not one."""
    han_names = han_names or {}
    judgements = list(judgements)
    by_person = {(j.left_id, j.right_id): j.verdict for j in judgements if j.judged_by == BY_PERSON}
    parent: dict[str, str] = {}
    members: dict[str, set[str]] = {}
    apart: dict[str, set[str]] = {}

    hans: dict[str, set[str]] = {}

    def root(node: str) -> str:
        parent.setdefault(node, node)
        members.setdefault(node, {node})
        apart.setdefault(node, set())
        hans.setdefault(node, {han_names[node]} if node in han_names else set())
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for j in judgements:
        if j.verdict == "different" and by_person.get((j.left_id, j.right_id), "different") == (
            "different"
        ):
            left, right = root(j.left_id), root(j.right_id)
            apart[left].add(j.right_id)
            apart[right].add(j.left_id)
    for j in judgements:
        if j.verdict != "same" or by_person.get((j.left_id, j.right_id), "same") != "same":
            continue
        left, right = root(j.left_id), root(j.right_id)
        if left == right or members[left] & apart[right] or members[right] & apart[left]:
            continue
        if (
            j.judged_by == BY_MATCHER
            and hans[left]
            and hans[right]
            and not hans[left] & hans[right]
        ):
            continue
        if len(members[left]) < len(members[right]):
            left, right = right, left
        parent[right] = left
        members[left] |= members.pop(right)
        apart[left] |= apart.pop(right)
        hans[left] |= hans.pop(right)
    canonical = {}
    for cluster in members.values():
        if len(cluster) < 2:
            continue
        name = min(cluster, key=lambda i: (i.startswith(EXTRACTED_PREFIXES), i))
        canonical.update({member: name for member in cluster if member != name})
    return canonical


def _han_names(con, judged: list[Judgement]) -> dict[str, str]:
    """Han names (Simplified) of the people the matcher judged, for the clustering guard."""
    ids = {i for j in judged if j.entity_type == "person" for i in (j.left_id, j.right_id)}
    if not ids:
        return {}
    rows = con.execute(
        "SELECT entity_id, value FROM entity_statements WHERE entity_type = 'person' "
        "AND prop IN ('name', 'alias') AND entity_id IN (SELECT unnest($ids))",
        {"ids": sorted(ids)},
    ).fetchall()
    names = {}
    for entity_id, value in rows:
        parts = split_han(value)
        if parts:
            names.setdefault(entity_id, "".join(parts))
    return names


def write_canonical_ids(store) -> int:
    """Derive canonical_ids from the judgements in force; the number of ids merged away."""
    judged = in_force(store.con)
    mapping = clusters(judged, _han_names(store.con, judged))
    merged = pa.table(
        {"entity_id": list(mapping), "canonical_id": list(mapping.values())},
        schema=pa.schema([("entity_id", pa.string()), ("canonical_id", pa.string())]),
    )
    store.con.execute("DELETE FROM canonical_ids")
    if mapping:
        store.con.from_arrow(merged).insert_into("canonical_ids")
    return len(mapping)


# The canonical ids are a derived table of the store, built by every write before anything else
# (`pedigree.store.derived`: this module is an entry point of its providers). Bump the version
# when the clustering rules change.
CANONICAL_VERSION = 1
register(
    Derived(
        "canonical_ids",
        CANONICAL_VERSION,
        write_canonical_ids,
        provider=__name__,
        before_changes=True,
    )
)


def listing(
    con,
    *,
    judged_by: str | None = None,
    run_id: int | None = None,
    entity_type: str | None = None,
    verdict: str | None = None,
    ids: Iterable[str] | None = None,
    include_undone: bool = False,
    limit: int | None = None,
) -> pd.DataFrame:
    """The judgements, latest first, with both sides' names: who decided (a person, or the
    matcher with its model and run), when, same or different, the pair, the match probability,
    and when it was undone. `ids` keeps those about any of these ids."""
    if judged_by not in (None, BY_PERSON, BY_MATCHER):
        raise PedigreeError(f"unknown judge {judged_by!r} (use {BY_PERSON} or {BY_MATCHER})")
    if verdict not in (None, *VERDICTS):
        raise PedigreeError(f"unknown verdict {verdict!r} (use one of {', '.join(VERDICTS)})")
    conditions, params = [], {}
    for column, value in (
        ("judged_by", judged_by),
        ("run_id", run_id),
        ("entity_type", entity_type),
        ("verdict", verdict),
    ):
        if value is not None:
            conditions.append(f"j.{column} = ${column}")
            params[column] = value
    if ids is not None:
        conditions.append(
            "(j.left_id IN (SELECT unnest($ids)) OR j.right_id IN (SELECT unnest($ids)))"
        )
        params["ids"] = sorted(ids)
    if not include_undone:
        conditions.append("j.undone_at IS NULL")
    where = " AND ".join(conditions) or "true"
    params["limit"] = limit
    return con.execute(
        f"""
        WITH named AS (
            SELECT entity_id, min(value) AS name FROM entity_statements
            WHERE prop = 'name' GROUP BY entity_id)
        SELECT j.id, j.recorded_at, j.judged_by AS by, r.model, j.run_id AS run, j.verdict,
               j.entity_type AS type, j.left_id, l.name AS "left", j.right_id,
               rn.name AS "right", j.score AS probability, j.undone_at,
               j.withdrawn_by_run AS withdrawn_by_run
        FROM judgements j
        LEFT JOIN resolve_runs r ON r.id = j.run_id
        LEFT JOIN named l ON l.entity_id = j.left_id
        LEFT JOIN named rn ON rn.entity_id = j.right_id
        WHERE {where}
        ORDER BY j.id DESC
        LIMIT $limit
        """,
        params,
    ).fetchdf()
