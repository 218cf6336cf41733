"""Lists of ids passed to SQL compiled once per shape (`pedigree.analytics.compiled`): a short
list is written into the SQL, a long one registered as a table; the rows are the same."""

from __future__ import annotations

import pandas as pd
import pytest

from pedigree.analytics import compiled


def _names(views, ids: list[str]) -> pd.DataFrame:
    frame = compiled.execute(
        views,
        ("test: names of ids",),
        lambda wanted: compiled.among(wanted("ids"), views.table("people"), "id").select(
            "id", "name"
        ),
        {"ids": ids},
    )
    return frame.sort_values("id", ignore_index=True)


@pytest.mark.parametrize("ids", [["wang", "li", "o'brien", "nobody"], [], ["li"] * 3])
def test_a_list_written_into_the_sql_reads_the_rows_a_registered_one_does(world, monkeypatch, ids):
    views = world.views()
    registered = []
    register = type(world.con).register
    monkeypatch.setattr(
        type(world.con), "register", lambda con, *a: registered.append(a[0]) or register(con, *a)
    )
    written = _names(views, ids)
    assert registered == []  # short: nothing registered
    monkeypatch.setattr(compiled, "_WRITTEN_IN", -1)  # every list registered
    pd.testing.assert_frame_equal(written, _names(views, ids))
    assert registered == ["_pd_ids"]
    assert set(written.id) == {"wang", "li"} & set(ids)


@pytest.mark.parametrize("listed", [100, -1])  # written in as an IN list, or read as a table
def test_a_filter_on_a_list_of_ids_reads_the_same_rows_either_way(world, monkeypatch, listed):
    monkeypatch.setattr(compiled, "_LISTED", listed)
    views = world.views()

    def names(ids):
        people = views.table("people")
        return compiled.execute(
            views,
            ("test: one of", listed),
            lambda wanted: people.filter(compiled.one_of(wanted("ids"), people.id)),
            {"ids": ids},
        ).sort_values("id", ignore_index=True)

    for ids in (["wang", "li", "o'brien"], [], ["song"]):
        expected = _names(views, ids)
        pd.testing.assert_frame_equal(names(ids)[["id", "name"]], expected)
