"""Small helpers shared by the analytics for turning query results into answers."""

from __future__ import annotations

from collections.abc import Iterable

import ibis
import ibis.expr.types as ir
import pandas as pd

from pedigree.analytics import compiled
from pedigree.model import format_partial_date
from pedigree.store.views import Views


def among(table: ir.Table, column: str, values) -> ir.Table:
    """Rows whose `column` is one of `values`. A semi-join with an in-memory table rather than
    `isin`: Ibis turns every listed value into an expression node, which is slow for thousands."""
    wanted = ibis.memtable({"_wanted": sorted(set(values))}, schema={"_wanted": "string"})
    return table.semi_join(wanted, table[column] == wanted._wanted)


def entity_names(views: Views, table: str, ids: list[str]) -> dict[str, str]:
    """id → shown name for the given ids of a derived entity table (those it has). Within
    `compiled.remembered` (a web page) the ids already looked up are not asked again."""
    known = compiled.page_memo(views, ("names", table))
    asked = ids if known is None else [i for i in ids if i not in known]
    found = {}
    if asked:
        rows = compiled.execute(
            views,
            ("names", table),
            lambda wanted: _named(views.table(table), wanted("ids")),
            {"ids": asked},
        )
        found = dict(zip(rows["id"], rows["name"], strict=True))
    if known is None:
        return found
    known.update(dict.fromkeys(asked, _MISSING) | found)
    return {i: known[i] for i in ids if known[i] is not _MISSING}


_MISSING = object()  # an id the table does not have (remembered as such)


def _named(table: ir.Table, ids: ir.Table) -> ir.Table:
    return table.filter(compiled.one_of(ids, table.id)).select("id", "name")


def date_text(value, precision) -> str | None:
    """A stored date (and its precision) as text: 2024, 2024-03 or 2024-03-05."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, str):
        return value
    return format_partial_date(pd.Timestamp(value).date(), precision) or None


def records(frame: pd.DataFrame) -> list[dict]:
    """DataFrame rows as dicts, pandas' missing markers (NaN, NaT, NA) turned into None.

    Column by column: an edge list can run to thousands of rows, and per-cell checks are slow."""
    columns = {}
    for name in frame.columns:
        values = frame[name].tolist()
        missing = frame[name].isna().tolist()
        columns[name] = [
            None if gone else value for value, gone in zip(values, missing, strict=True)
        ]
    return [dict(zip(columns, row, strict=True)) for row in zip(*columns.values(), strict=True)]


def cited_sources(views: Views, ids: Iterable[str]) -> pd.DataFrame:
    """The sources with these ids: id, title, publisher, published (as written), url. Within
    `compiled.remembered` (a web page) the sources already read are not asked again: a page's
    timeline cites sources its profile has cited."""
    ids = sorted({i for i in ids if isinstance(i, str)})
    asked = compiled.page_memo(views, ("cited sources",))
    if asked is None or not ids:
        return _sources(views, ids)
    answers = asked.setdefault(_ANSWERS, [])
    missing = [i for i in ids if i not in asked]
    if missing or not answers:
        answers.append(_sources(views, missing))
        asked.update(dict.fromkeys(missing))
    parts = [answer for answer in answers if len(answer)] or answers[:1]
    frame = parts[0] if len(parts) == 1 else pd.concat(parts, ignore_index=True)
    frame = frame[frame.id.isin(ids)].sort_values("id", ignore_index=True)
    # typed from its values, as `_sources` types it (a part's column of None alone differs)
    return frame.assign(published=frame.published.tolist())


_ANSWERS = object()  # the key of a page's answers among the ids it asked for


def _sources(views: Views, ids: list[str]) -> pd.DataFrame:
    frame = compiled.execute(
        views,
        ("cited sources",),
        lambda wanted: compiled.among(wanted("ids"), views.backend.table("sources"), "id").select(
            "id", "title", "publisher", "published", "published_precision", "url"
        ),
        {"ids": ids},
    )
    frame["published"] = [
        date_text(v, p) for v, p in zip(frame.published, frame.published_precision, strict=True)
    ]
    return frame.drop(columns="published_precision").sort_values("id", ignore_index=True)
