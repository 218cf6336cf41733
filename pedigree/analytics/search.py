"""Search across names in any script and form: 商湯, 商汤, SenseTime, shangtang, Yan Junjie.

Names meet under their name key (Simplified, case-folded, no spaces; `pedigree.names`). A query
matches a key exactly, at its start, or inside it, ranked in that order; a query in Latin letters
also meets Chinese organisation names through their pinyin (shangtang → 商汤), and one that meets
nothing is matched loosely (Jaro-Winkler), so a misspelling still finds something.
"""

from __future__ import annotations

import re
from functools import cache

import duckdb
import pandas as pd
from pypinyin import Style, lazy_pinyin

from pedigree.names import name_key

COLUMNS = ["type", "id", "name", "matched", "rank"]
_LATIN = re.compile(r"^[a-z0-9]+$")
# Pinyin is computed in Python, so it is tried on organisations only, and only while there are
# few enough of them to stay fast (a synthetic million-person store has ~60k).
_PINYIN_LIMIT = 200_000

_MATCHES = """
WITH hits AS (
    SELECT entity_type, entity_id, name,
           CASE WHEN key = $key THEN 0 WHEN starts_with(key, $key) THEN 1 ELSE 2 END AS rank
    FROM names
    WHERE entity_type IN ('person', 'organization') AND contains(key, $key)
)
SELECT entity_type, entity_id, arg_min(name, rank) AS matched, min(rank) AS rank
FROM hits GROUP BY ALL ORDER BY rank, length(matched), matched LIMIT $limit
"""

_LOOSE = """
SELECT entity_type, entity_id, arg_max(name, jaro_winkler_similarity(key, $key)) AS matched,
       3 AS rank
FROM names
WHERE entity_type IN ('person', 'organization') AND key <> ''
  AND jaro_winkler_similarity(key, $key) >= 0.85
GROUP BY ALL ORDER BY max(jaro_winkler_similarity(key, $key)) DESC, matched LIMIT $limit
"""


def search(con: duckdb.DuckDBPyConnection, text: str, limit: int = 20) -> pd.DataFrame:
    """People and organisations whose names match `text`: type, id, shown name, the name form
    that matched, and rank (0 exact, 1 start, 2 inside, 3 loose)."""
    key = name_key(text)
    if not key:
        return pd.DataFrame(columns=COLUMNS)
    params = {"key": key, "limit": limit}
    rows = con.execute(_MATCHES, params).fetchall()
    if len(rows) < limit and _LATIN.match(key):
        rows += _pinyin_matches(con, key, limit - len(rows), {r[1] for r in rows})
    if not rows:
        rows = con.execute(_LOOSE, params).fetchall()
    frame = pd.DataFrame(rows, columns=["type", "id", "matched", "rank"])
    frame["name"] = _shown_names(con, frame)
    return frame[COLUMNS].sort_values(["rank"], kind="stable", ignore_index=True)


def _pinyin_matches(con, key: str, limit: int, seen: set[str]) -> list[tuple]:
    count = con.execute("SELECT count(*) FROM organizations").fetchone()[0]
    if count > _PINYIN_LIMIT or limit <= 0:
        return []
    names = con.execute(
        "SELECT DISTINCT entity_id, name FROM names WHERE entity_type = 'organization' "
        "AND regexp_matches(name, '[\\x{3400}-\\x{9fff}]') ORDER BY 1, 2"
    ).fetchall()
    found: dict[str, tuple] = {}
    for entity_id, name in names:
        if entity_id in seen:
            continue
        spelled = _pinyin(name)
        rank = 0 if spelled == key else 1 if spelled.startswith(key) else 2
        if key in spelled and (entity_id not in found or rank < found[entity_id][3]):
            found[entity_id] = ("organization", entity_id, name, rank)
    return sorted(found.values(), key=lambda row: (row[3], len(row[2])))[:limit]


@cache
def _pinyin(name: str) -> str:
    return name_key("".join(lazy_pinyin(name, style=Style.NORMAL)))


def _shown_names(con, frame: pd.DataFrame) -> list[str]:
    if frame.empty:
        return []
    shown = {}
    for kind, table in (("organization", "organizations"), ("person", "people")):
        ids = frame.loc[frame["type"] == kind, "id"].tolist()
        if ids:
            shown.update(
                con.execute(
                    f"SELECT id, name FROM {table} WHERE id IN (SELECT unnest($ids))", {"ids": ids}
                ).fetchall()
            )
    return [shown.get(i, m) for i, m in zip(frame["id"], frame["matched"], strict=True)]
