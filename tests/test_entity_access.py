"""What the store builds so that a page about one entity reads few rows: derived tables stored
in key order (zone maps skip the rest), indexes for the lookups that order cannot serve, and the
statements that lost kept apart for the profiles' "also reported"."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pedigree import api
from pedigree.ingest import load_tables
from pedigree.store.derived import refresh
from pedigree.store.incremental import MARKS
from tests.test_incremental import CHANGE
from tests.world import write_tables


def _indexes(store) -> set[tuple[str, str]]:
    rows = store.con.execute("SELECT table_name, expressions FROM duckdb_indexes()").fetchall()
    return {(table, expressions.strip("[]'\"")) for table, expressions in rows}


def _in_stored_order(store, table: str, order: str) -> bool:
    stored = store.con.execute(f"SELECT {order} FROM {table} ORDER BY rowid").fetchall()
    return stored == store.con.execute(f"SELECT {order} FROM {table} ORDER BY {order}").fetchall()


def _rebuild(store) -> None:
    """Derive every table whole (a small import into a new store is an update, which appends)."""
    with store.transaction():
        store.con.execute(f"DROP TABLE {MARKS}")  # forget the marks: everything is rebuilt
        refresh(store)


def test_tables_are_stored_in_key_order_with_indexes_for_the_other_lookups(world):
    _rebuild(world)
    assert _in_stored_order(world, "stints", "person_id, org_id, kind, title")
    assert _in_stored_order(world, "people", "id")
    assert _in_stored_order(world, "rounds", "org_id, round, date")
    assert _in_stored_order(world, "names", "entity_id")
    assert {("stints", "org_id"), ("people", "id"), ("organizations", "id"), ("names", "key")} <= (
        _indexes(world)
    )


def test_an_update_keeps_the_indexes_and_a_rebuild_makes_them_again(world, tmp_path: Path):
    wanted = {("stints", "org_id"), ("people", "id"), ("organizations", "id")}
    load_tables(world, [write_tables(tmp_path / "change", CHANGE)])
    assert wanted <= _indexes(world)
    li = "SELECT team_size FROM stints WHERE org_id = 'alpha' AND person_id = 'li'"
    assert world.con.execute(li).fetchall() == [(250,)]  # the index sees the updated row
    _rebuild(world)
    assert wanted <= _indexes(world)
    assert _in_stored_order(world, "stints", "person_id, org_id, kind, title")


def _lost_ids(store) -> list[str]:
    return [r[0] for r in store.con.execute("SELECT id FROM stints_lost ORDER BY id").fetchall()]


def test_the_lost_statements_are_those_not_shown(world, tmp_path: Path):
    assert _lost_ids(world) == []  # every stint of the world has one statement
    load_tables(world, [write_tables(tmp_path / "change", CHANGE)])
    not_shown = world.con.execute(
        "SELECT id FROM stint_statements WHERE id NOT IN (SELECT id FROM stints) ORDER BY id"
    ).fetchall()
    assert len(not_shown) == 1  # li at alpha: the 2020 statement lost to the 2025 one
    assert _lost_ids(world) == [r[0] for r in not_shown]


def test_also_reported_reads_the_same_from_the_kept_table_as_from_the_statements(
    world, tmp_path: Path
):
    load_tables(world, [write_tables(tmp_path / "change", CHANGE)])
    subjects = [("person", "li"), ("person", "wang"), ("org", "alpha"), ("org", "beta")]

    def also_reported() -> dict:
        return {
            (kind, name): getattr(api, kind)(world, name).to_json()["also_reported"]
            for kind, name in subjects
        }

    kept = also_reported()
    assert kept[("person", "li")] and kept[("org", "alpha")]  # the lost 2020 statement shows
    world.con.execute("DROP TABLE stints_lost")  # as a store derived before the table was kept
    assert also_reported() == kept


def test_a_page_asks_a_question_once_and_gets_the_same_answer(world, monkeypatch):
    from pedigree.analytics import compiled
    from pedigree.analytics.frames import entity_names

    asked = []
    frame = compiled._frame
    monkeypatch.setattr(compiled, "_frame", lambda *a: asked.append(1) or frame(*a))
    views = world.views()
    names = [entity_names(views, "people", ["wang", "li"]) for _ in range(2)]
    assert len(asked) == 2  # outside a page: asked each time
    with compiled.remembered():
        kept = [entity_names(views, "people", ["li", "wang", "li"]) for _ in range(2)]
        other = entity_names(views, "people", ["song"])
    assert len(asked) == 2 + 1 + 1  # the same ids (in any order) once; other ids asked
    assert kept == names and other == {"song": "宋一"}


def test_a_page_asks_only_for_the_names_it_has_not_looked_up(world, monkeypatch):
    from pedigree.analytics import compiled
    from pedigree.analytics.frames import entity_names

    views = world.views()
    outside = [
        entity_names(views, "people", ids)
        for ids in (["wang", "li"], ["li", "song", "nobody"], ["song", "nobody", "wang"])
    ]
    asked = []
    execute = compiled.execute

    def counted(views, key, build, values=None, params=None):
        asked.append(sorted(values["ids"]))
        return execute(views, key, build, values, params)

    monkeypatch.setattr(compiled, "execute", counted)
    with compiled.remembered():
        inside = [
            entity_names(views, "people", ids)
            for ids in (["wang", "li"], ["li", "song", "nobody"], ["song", "nobody", "wang"])
        ]
    assert asked == [["li", "wang"], ["nobody", "song"]]  # each id once, one without a name too
    assert inside == outside and "nobody" not in inside[2]


def test_a_page_reads_a_cited_source_once(world, monkeypatch):
    from pedigree.analytics import compiled
    from pedigree.analytics.frames import cited_sources

    views = world.views()
    cited = (["news-2020", "later-2024"], ["later-2024", "news-2023", "nowhere"], [], ["news-2020"])
    outside = [cited_sources(views, ids) for ids in cited]
    asked = []
    execute = compiled.execute

    def counted(views, key, build, values=None, params=None):
        asked.append(sorted(values["ids"]))
        return execute(views, key, build, values, params)

    monkeypatch.setattr(compiled, "execute", counted)
    with compiled.remembered():
        inside = [cited_sources(views, ids) for ids in cited]
    assert asked == [["later-2024", "news-2020"], ["news-2023", "nowhere"], []]  # not news-2020
    for got, expected in zip(inside, outside, strict=True):
        pd.testing.assert_frame_equal(got, expected)  # the same rows, order and types
