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

import pyarrow as pa

from pedigree.errors import NotFound, PedigreeError
from pedigree.resolve.romanise import split_han

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
) -> Judgement:
    """Store one judgement (ids in order, so A-B and B-A are the same pair)."""
    if verdict not in VERDICTS:
        raise PedigreeError(f"unknown verdict {verdict!r} (use one of {', '.join(VERDICTS)})")
    if left_id == right_id:
        raise PedigreeError(f"{left_id!r} is one entity already; judge two different ids")
    left_id, right_id = sorted((left_id, right_id))
    row = store.con.execute(
        f"INSERT INTO judgements (entity_type, left_id, right_id, verdict, judged_by, score, "
        f"recorded_at) VALUES (?, ?, ?, ?, ?, ?, current_localtimestamp()) RETURNING {_COLUMNS}",
        [entity_type, left_id, right_id, verdict, judged_by, score],
    ).fetchone()
    return Judgement(*row)


def undo_last(store) -> Judgement:
    """Withdraw the latest judgement a person made that is still in force."""
    row = store.con.execute(
        f"SELECT {_COLUMNS} FROM judgements WHERE judged_by = ? AND undone_at IS NULL "
        "ORDER BY id DESC LIMIT 1",
        [BY_PERSON],
    ).fetchone()
    if row is None:
        raise NotFound("no judgement to undo")
    store.con.execute(
        "UPDATE judgements SET undone_at = current_localtimestamp() WHERE id = ?", [row[0]]
    )
    return Judgement(*row)


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
