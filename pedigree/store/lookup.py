"""Finding an entity by any of its names, in any script: 商湯, 商汤, SenseTime, sensetime."""

from __future__ import annotations

import duckdb
import pyarrow as pa

from pedigree.errors import Ambiguous, NotFound, clip
from pedigree.names import name_key, name_keys

_LABELS = {"organization": "organisation", "person": "person", "product": "product"}
_PLURALS = {"organization": "organisations", "person": "people", "product": "products"}


def register_name_key(con: duckdb.DuckDBPyConnection) -> None:
    """Make `name_key(VARCHAR)` callable from SQL (vectorised: one OpenCC call per batch)."""

    def batch(names: pa.Array) -> pa.Array:
        return pa.array(name_keys(names.to_pylist()), type=pa.string())

    try:
        con.create_function("name_key", batch, ["VARCHAR"], "VARCHAR", type="arrow")
    except duckdb.NotImplementedException:
        pass  # already registered on this connection
    except duckdb.CatalogException:
        pass


def stored_ids(
    con: duckdb.DuckDBPyConnection, wanted: list[tuple[str, str]]
) -> dict[tuple[str, str], list[str]]:
    """(entity type, name) → ids of the stored entities of that type with that name or alias,
    in any script and case (an empty list when none has it)."""
    if not wanted:
        return {}
    keys = name_keys([name for _, name in wanted])
    rows = con.execute(
        "SELECT entity_type, key, list(DISTINCT entity_id ORDER BY entity_id) FROM names "
        "WHERE key IN (SELECT unnest($keys)) GROUP BY ALL",
        {"keys": sorted(set(keys))},
    ).fetchall()
    found = {(entity_type, key): ids for entity_type, key, ids in rows}
    return {
        (entity_type, name): found.get((entity_type, key), [])
        for (entity_type, name), key in zip(wanted, keys, strict=True)
    }


def find_entity(con: duckdb.DuckDBPyConnection, name: str, entity_type: str) -> str:
    """The id of the one entity of `entity_type` called `name` (an id also works).

    Raises NotFound with suggestions, or Ambiguous listing the candidates.
    """
    label = _LABELS[entity_type]
    by_id = con.execute(
        "SELECT DISTINCT entity_id FROM names WHERE entity_type = ? AND entity_id = ?",
        [entity_type, name],
    ).fetchall()
    if by_id:
        return by_id[0][0]
    key = name_key(name)
    rows = con.execute(
        "SELECT DISTINCT entity_id FROM names WHERE entity_type = ? AND key = ? ORDER BY 1",
        [entity_type, key],
    ).fetchall()
    if len(rows) == 1:
        return rows[0][0]
    if rows:
        candidates = ", ".join(_describe(con, entity_id) for (entity_id,) in rows[:8])
        raise Ambiguous(
            f"{len(rows)} {_PLURALS[entity_type]} are named {name!r}: {candidates}; use the id"
        )
    suggestions = suggest(con, key, entity_type)
    hint = f"; did you mean: {', '.join(suggestions)}?" if suggestions else ""
    raise NotFound(f"no {label} named {clip(name)!r}{hint}")


def suggest(
    con: duckdb.DuckDBPyConnection, key: str, entity_type: str, limit: int = 5
) -> list[str]:
    """Names close to `key`: containing it or contained in it first, then by Jaro-Winkler."""
    if not key:
        return []
    rows = con.execute(
        """
        SELECT name FROM (
            SELECT name, max(CASE WHEN contains(key, $key) OR contains($key, key) THEN 1 ELSE 0
                             END) AS inside,
                   max(jaro_winkler_similarity(key, $key)) AS similarity
            FROM names WHERE entity_type = $type AND key <> ''
            GROUP BY name)
        WHERE inside = 1 OR similarity >= 0.75
        ORDER BY inside DESC, similarity DESC, name LIMIT $limit
        """,
        {"key": key, "type": entity_type, "limit": limit},
    ).fetchall()
    return [name for (name,) in rows]


def _describe(con: duckdb.DuckDBPyConnection, entity_id: str) -> str:
    names = con.execute(
        "SELECT string_agg(DISTINCT name, ' / ') FROM names WHERE entity_id = ?", [entity_id]
    ).fetchall()[0][0]
    return f"{entity_id} ({names})"


def find_judged(con: duckdb.DuckDBPyConnection, name: str) -> tuple[str, str]:
    """(entity type, id) for one side of a judgement, as stored in the statements — not the
    canonical id, so a merge can itself be judged wrong. An id is taken as it is; a name must
    belong to exactly one stored id (people, then organisations, then products)."""
    row = con.execute(
        "SELECT entity_type FROM entity_statements WHERE entity_id = ? LIMIT 1", [name]
    ).fetchone()
    if row:
        return row[0], name
    register_name_key(con)
    rows = con.execute(
        "SELECT DISTINCT entity_type, entity_id FROM entity_statements "
        "WHERE prop IN ('name', 'alias') AND name_key(value) = ? ORDER BY 1 DESC, 2",
        [name_key(name)],
    ).fetchall()
    for entity_type in _LABELS:
        ids = [entity_id for kind, entity_id in rows if kind == entity_type]
        if len(ids) == 1:
            return entity_type, ids[0]
        if ids:
            listed = ", ".join(ids[:8])
            raise Ambiguous(
                f"{len(ids)} stored {_PLURALS[entity_type]} are named {name!r}: {listed}; "
                "use the id"
            )
    # Nothing has that name: suggest close names of any kind (the pair may be organisations).
    key = name_key(name)
    suggestions = [n for kind in _LABELS for n in suggest(con, key, kind)][:5]
    hint = f"; did you mean: {', '.join(suggestions)}?" if suggestions else ""
    raise NotFound(f"no person, organisation or product named {clip(name)!r}{hint}")


def find_judged_ids(con: duckdb.DuckDBPyConnection, name: str) -> list[str]:
    """Every stored id a judgement about `name` can name: the ids with that name (or the id
    itself) and the ids merged with them."""
    register_name_key(con)
    rows = con.execute(
        """
        WITH own AS (
            SELECT DISTINCT entity_id FROM entity_statements
            WHERE entity_id = $name OR (prop IN ('name', 'alias') AND name_key(value) = $key)),
        clusters AS (
            SELECT coalesce(c.canonical_id, o.entity_id) AS canonical_id
            FROM own o LEFT JOIN canonical_ids c USING (entity_id))
        SELECT entity_id FROM own
        UNION SELECT canonical_id FROM clusters
        UNION SELECT entity_id FROM canonical_ids
              WHERE canonical_id IN (SELECT canonical_id FROM clusters)
        ORDER BY 1
        """,
        {"name": name, "key": name_key(name)},
    ).fetchall()
    if not rows:
        find_judged(con, name)  # raises NotFound with suggestions
    return [entity_id for (entity_id,) in rows]
