"""Incremental refresh: after a small import, the derived tables equal a full rebuild's."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from pedigree import api
from pedigree.analytics import talent, talent_touched
from pedigree.ingest import load_tables
from pedigree.store import Store, derived, incremental
from pedigree.store.derived import refresh
from pedigree.store.views import DERIVED_TABLES
from tests.world import write_tables

# Every table a refresh writes from the statements: the registry's, providers included.
derived.load_providers()
TABLES = list(derived.REGISTRY)

# A later import: li's alpha stint superseded by a later source (other end, team size), a new
# stint for li with no title (a NULL in the key), a new person with a stint, alpha's new alias
# and sector superseding the old, beta's round restated, a credential.
CHANGE = {
    "sources.csv": """id,title,publisher,published,url
news-2025,Alpha update,Daily Tech,2025-01-15,https://example.org/u
""",
    "organizations.csv": """id,name,aliases,kind,sector,country,founded,source_id
alpha,阿尔法视觉,Alpha AI,company,multimodal,CN,2014,news-2025
""",
    "people.csv": """id,name,aliases,domains,source_id
qian,钱七,Qian Qi,llm,news-2025
""",
    "stints.csv": """person_id,org_id,kind,title,field,team_size,start,end,source_id
li,alpha,employment,research director,,250,2016,2021-03,news-2025
li,beta,employment,,,,2021,,news-2025
qian,alpha,employment,engineer,,,2019,2022,news-2025
qian,zeta,founder,founder,,,2022,,news-2025
""",
    "rounds.csv": """org_id,date,round,amount,currency,post_money_valuation,investors,source_id
beta,2021-06,B,650000000,USD,2600000000,Fund One,news-2025
""",
    "credentials.csv": """person_id,type,detail,date,source_id
qian,phd,machine learning,2018,news-2025
""",
}


def _rows(store, table: str) -> list[tuple]:
    """The table's rows in a fixed order, lists compared as sets (their order is arbitrary)."""
    columns = [row[0] for row in store.con.execute(f"DESCRIBE {table}").fetchall()]
    rows = store.con.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()

    def plain(value):
        return tuple(sorted(map(repr, value))) if isinstance(value, list) else value

    return sorted((tuple(plain(v) for v in row) for row in rows), key=repr)


def _snapshot(store) -> dict[str, list[tuple]]:
    return {table: _rows(store, table) for table in TABLES}


def _full_rebuild(store) -> dict[str, list[tuple]]:
    """The derived tables as a refresh from scratch builds them (the marks forgotten)."""
    with store.transaction():
        store.con.execute(f"DROP TABLE {incremental.MARKS}")
        refresh(store)
    return _snapshot(store)


@pytest.fixture
def spied(monkeypatch):
    """Which refresh path ran, refresh by refresh: "full" when the statements since the last
    one could not be trusted (everything is rebuilt), else "incremental"."""
    calls: list[str] = []
    changes = incremental.changes

    def spy(con):
        found = changes(con)
        calls.append("full" if found is None else "incremental")
        return found

    monkeypatch.setattr(incremental, "changes", spy)
    return calls


def _how(store) -> dict[str, str]:
    """Derived table → how the last refresh that wrote it did so (full or incremental)."""
    return dict(store.con.execute(f"SELECT name, how FROM {derived.RECORD}").fetchall())


def test_every_table_a_refresh_writes_is_registered_and_recorded(world):
    assert set(DERIVED_TABLES) | {"names", "org_ancestors", "spinout_ties", "talent_facts",
                                  "talent_people"} <= set(TABLES)  # fmt: skip
    record = derived.recorded(world.con)
    assert set(record) == set(TABLES)
    assert all(record[name][0] == derived.REGISTRY[name].version for name in TABLES)
    rows = dict(world.con.execute(f"SELECT name, rows FROM {derived.RECORD}").fetchall())
    assert rows["people"] == world.scalar("SELECT count(*) FROM people") > 0


def test_a_small_import_is_refreshed_incrementally_and_equals_a_full_rebuild(
    world, tmp_path: Path, spied
):
    before = _snapshot(world)
    load_tables(world, [write_tables(tmp_path / "change", CHANGE)])
    assert spied == ["incremental"]
    after = _snapshot(world)
    assert after != before  # the change shows
    stint = world.con.execute(
        "SELECT team_size, reports FROM stints WHERE person_id = 'li' AND org_id = 'alpha'"
    ).fetchall()
    assert stint == [(250, 2)]  # superseded, and both reports counted
    assert after == _full_rebuild(world)
    assert spied[-1] == "full"


def test_the_untitled_stint_key_is_rebuilt_once(world, tmp_path: Path, spied):
    """A NULL in a key column matches itself: a second import of the same change adds no
    duplicate derived rows."""
    change = write_tables(tmp_path / "change", CHANGE)
    load_tables(world, [change])
    once = _snapshot(world)
    extra = write_tables(tmp_path / "again", {
        "sources.csv": CHANGE["sources.csv"].replace("news-2025", "news-2026")
        .replace("2025-01-15", "2026-01-15"),
        "stints.csv": "person_id,org_id,kind,title,start,source_id\n"
                      "li,beta,employment,,2021,news-2026\n",
    })  # fmt: skip
    load_tables(world, [extra])
    assert spied == ["incremental", "incremental"]
    rows = world.con.execute(
        "SELECT reports FROM stints WHERE person_id = 'li' AND org_id = 'beta' AND title IS NULL"
    ).fetchall()
    assert rows == [(2,)]
    assert _snapshot(world)["people"] == once["people"]
    assert _snapshot(world) == _full_rebuild(world)


def test_a_merge_rebuilds_everything(world, tmp_path: Path, spied):
    """A judgement moves statements between entities: the whole derived state is rebuilt, and
    an import after the merge is incremental again over the canonical ids."""
    api.judge(world, "zhao", "song", "same")
    assert spied == ["full"]
    load_tables(world, [write_tables(tmp_path / "change", CHANGE)])
    assert spied == ["full", "incremental"]
    assert _snapshot(world) == _full_rebuild(world)


def test_statements_not_recorded_after_the_mark_force_a_full_rebuild(world, spied):
    """Rows that do not look like an append since the last refresh (a clock set back, rows
    written by hand) make the refresh rebuild everything rather than trust the marks."""
    world.con.execute(
        "INSERT INTO stint_statements SELECT * REPLACE (md5(id) AS id, "
        "TIMESTAMP '2000-01-01' AS recorded_at) FROM stint_statements LIMIT 1"
    )
    with world.transaction():
        refresh(world)
    assert spied == ["full"]
    assert incremental.changes(world.con) == {}


def test_a_refresh_with_nothing_new_changes_nothing(world, spied):
    before = _snapshot(world)
    with world.transaction():
        refresh(world)
    assert spied == ["incremental"]
    assert _snapshot(world) == before


PRODUCT = {
    "sources.csv": "id,title,publisher,published,url\nlaunch,Launch,Daily Tech,2022-04-01,\n",
    "products.csv": "id,name,org_id,launched,sector,source_id\n"
    "beta-chat,Beta Chat,beta,2022-03,llm,launch\n",
}
# Each a later import touching only a product: its metric (which makes the people at its
# company shippers), its name (shown beside their facts), then its company (people at the old
# one lose it, at the new one gain it).
PRODUCT_CHANGES = [
    {
        "sources.csv": "id,title,publisher,published,url\nm,Metrics,Daily Tech,2022-12-20,\n",
        "product_metrics.csv": "product_id,metric,value,date,source_id\n"
        "beta-chat,users,1000000,2022-12,m\n",
    },
    {
        "sources.csv": "id,title,publisher,published,url\nr,Renamed,Daily Tech,2023-01-20,\n",
        "products.csv": "id,name,org_id,launched,sector,source_id\n"
        "beta-chat,Beta Chat Pro,beta,2022-03,llm,r\n",
    },
    {
        "sources.csv": "id,title,publisher,published,url\nmv,Moved,Daily Tech,2024-03-01,\n",
        "products.csv": "id,name,org_id,launched,sector,source_id\n"
        "beta-chat,Beta Chat Pro,gamma,2022-03,llm,mv\n",
    },
]


def test_product_changes_reach_the_talent_of_everyone_at_its_company(world, tmp_path, spied):
    load_tables(world, [write_tables(tmp_path / "product", PRODUCT)])
    shippers = []
    for number, change in enumerate(PRODUCT_CHANGES):
        load_tables(world, [write_tables(tmp_path / f"change{number}", change)])
        assert spied[-1] == "incremental"
        shippers.append(
            world.con.execute(
                "SELECT person_id FROM talent_people WHERE shipped > 0 ORDER BY 1"
            ).fetchall()
        )
        assert _snapshot(world) == _full_rebuild(world), number
    assert shippers[0] == [("song",), ("wang",)]  # at Beta when it launched
    assert shippers[2] == [("li",)]  # Gamma's founder since 2021; Beta's lose it


def test_talent_tables_of_other_rules_are_derived_again_whole(world, tmp_path):
    """Talent tables derived by another version's rules are not patched person by person."""
    world.con.execute(
        f"UPDATE {derived.RECORD} SET version = 0 WHERE name LIKE 'talent%'"
    )  # as if an older pedigree had built them
    world.con.execute("DELETE FROM talent_people")  # … and kept nobody
    load_tables(world, [write_tables(tmp_path / "change", CHANGE)])
    how = _how(world)
    assert how["stints"] == "incremental"
    assert how["talent_facts"] == how["talent_people"] == "full"
    assert len(_rows(world, "talent_people")) > 2  # everyone's rows, not only the touched
    assert _snapshot(world) == _full_rebuild(world)
    load_tables(world, [write_tables(tmp_path / "again", {"people.csv": "id,name\nsun,孙八\n"})])
    assert _how(world)["talent_people"] == "incremental"  # current rules: patched again


def test_a_version_bump_rebuilds_only_that_table_and_what_reads_it(world, tmp_path, monkeypatch):
    """A table whose registered version differs from the store's record is built whole on the
    next write (or `pedigree migrate`); the others stay incremental, except those reading it."""
    bumped = derived.REGISTRY["talent_domains"]
    monkeypatch.setitem(
        derived.REGISTRY, "talent_domains", dataclasses.replace(bumped, version=bumped.version + 1)
    )
    load_tables(world, [write_tables(tmp_path / "change", CHANGE)])
    how = _how(world)
    assert how["talent_domains"] == "full"
    assert how["talent_people"] == "full"  # reads talent_domains
    assert how["talent_facts"] == how["stints"] == "incremental"
    assert derived.recorded(world.con)["talent_domains"][0] == bumped.version + 1
    assert _snapshot(world) == _full_rebuild(world)


def test_migrate_rebuilds_a_stale_table_on_a_store_with_nothing_new(world, monkeypatch):
    bumped = derived.REGISTRY["spinout_ties"]
    monkeypatch.setitem(
        derived.REGISTRY, "spinout_ties", dataclasses.replace(bumped, version=bumped.version + 1)
    )
    assert derived.stale(world, ["spinout_ties", "stints"]) == ["spinout_ties"]
    world.migrate()
    assert derived.stale(world, ["spinout_ties", "stints"]) == []
    assert _how(world)["spinout_ties"] == "full"


def test_a_writer_that_imports_only_the_store_and_importer_builds_every_table(tmp_path, world_dir):
    """The analytics' tables are found through the entry-point group, not by what the writing
    process happened to import."""
    db = tmp_path / "plain.duckdb"
    script = (
        "import sys\n"
        "from pedigree.ingest import load_tables\n"
        "from pedigree.store import Store\n"
        f"with Store.open({str(db)!r}) as store:\n"
        f"    load_tables(store, [{str(world_dir)!r}])\n"
        "assert 'pedigree.analytics.talent' in sys.modules  # loaded by the refresh itself\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)
    with Store.open(db, read_only=True) as store:
        assert derived.stale(store, TABLES) == []
        assert store.scalar("SELECT count(*) FROM talent_people") > 0


def test_a_registered_table_missing_from_the_store_is_built_whole(world, tmp_path):
    world.con.execute("DROP TABLE spinout_ties")
    world.con.execute("DROP TABLE talent_people")
    load_tables(world, [write_tables(tmp_path / "change", CHANGE)])
    how = _how(world)
    assert how["talent_people"] == how["spinout_ties"] == "full"
    assert how["talent_facts"] == "incremental"
    assert _snapshot(world) == _full_rebuild(world)


def test_a_table_no_longer_registered_is_dropped_with_its_record(world):
    """A derived table an older version built and this one does not is not left behind."""
    world.con.execute("CREATE TABLE talent_old AS SELECT 1 AS x")
    world.con.execute(
        f"INSERT INTO {derived.RECORD} VALUES ('talent_old', 1, now(), 1, "
        "'pedigree.analytics.derived_tables', 'full')"
    )
    with world.transaction():
        refresh(world)
    assert "talent_old" not in derived.recorded(world.con)
    assert not world.scalar("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'talent_old'")


def test_a_writer_without_the_analytics_tables_builders_is_refused(world, monkeypatch):
    """The store holds talent tables: a process whose installed providers lack their builder
    (an uninstalled checkout) must not write to it (they would go stale unnoticed)."""
    for name in [n for n in derived.REGISTRY if n.startswith("talent")]:
        monkeypatch.delitem(derived.REGISTRY, name)
    monkeypatch.delitem(sys.modules, "pedigree.analytics.derived_tables")
    with pytest.raises(RuntimeError, match="analytics.derived_tables"), world.transaction():
        refresh(world)


def test_an_alias_reaches_no_talent_rows_and_a_name_does(world, tmp_path, monkeypatch):
    """A person's aliases are not read by the talent tables: a change of aliases rebuilds no
    one's talent rows; a new name (shown beside their facts) rebuilds theirs."""
    touched: list[list[str]] = []
    original = talent_touched._touched_people

    def spy(con, new_tables):
        original(con, new_tables)
        touched.append(sorted(r[0] for r in con.execute(
            f"SELECT person_id FROM {talent_touched.TOUCHED_PEOPLE}").fetchall()))  # fmt: skip

    monkeypatch.setattr(talent_touched, "_touched_people", spy)
    people = "id,name,aliases,source_id\n"
    load_tables(world, [write_tables(tmp_path / "alias", {
        "people.csv": people + "wang,王伟,Wei Wang the Elder,news-2023\n"})])  # fmt: skip
    load_tables(world, [write_tables(tmp_path / "name", {
        "people.csv": people + "wang,王大伟,,news-2023\n"})])  # fmt: skip
    assert touched == [[], ["wang"]]
    assert _snapshot(world) == _full_rebuild(world)


def test_spinout_evidence_is_derived_again_only_when_stints_or_organisations_change(
    world, tmp_path, monkeypatch
):
    from pedigree.analytics import derived_tables

    built = []
    original = derived_tables.build_spinout_ties
    monkeypatch.setattr(
        derived_tables, "build_spinout_ties", lambda store: (built.append(1), original(store))
    )
    rounds = "org_id,date,round,amount,currency,source_id\n"
    load_tables(world, [write_tables(tmp_path / "round", {
        "rounds.csv": rounds + "beta,2023-01,C,1000000,USD,news-2023\n"})])  # fmt: skip
    assert built == []
    load_tables(world, [write_tables(tmp_path / "change", CHANGE)])
    assert built == [1]
    assert _snapshot(world) == _full_rebuild(world)


def test_talent_tables_sorted_apart_from_their_query_are_the_same(world, monkeypatch):
    """Few stints for DuckDB's memory limit: the talent tables are sorted in the query that
    makes them; many: made first and sorted on their own (a sort that spills). Same rows, in
    the same stored order."""
    stints = world.scalar("SELECT count(*) FROM stints")
    world.con.execute("SET memory_limit = '2GB'")
    monkeypatch.setattr(talent, "SORT_IN_QUERY_STINTS_PER_GB", stints)
    assert talent._sorts_in_memory(world)
    in_query = _full_rebuild(world)
    order = world.con.execute("SELECT person_id FROM talent_facts").fetchall()
    monkeypatch.setattr(talent, "SORT_IN_QUERY_STINTS_PER_GB", stints / 4)
    assert not talent._sorts_in_memory(world)
    assert _full_rebuild(world) == in_query
    assert world.con.execute("SELECT person_id FROM talent_facts").fetchall() == order
    assert order == sorted(order)


def test_a_touched_persons_unchanged_talent_rows_are_left_in_place(world, tmp_path):
    """Li's alpha stint is restated; the talent rows of her gamma founding are the same, and
    are not deleted and written again (each row rewritten costs at the commit)."""

    def gamma_rows():
        return world.con.execute(
            "SELECT rowid, fact_id FROM talent_ties WHERE person_id = 'li' AND org_id = 'gamma'"
        ).fetchall()

    before = gamma_rows()
    alpha = "SELECT fact_id FROM talent_ties WHERE person_id = 'li' AND org_id = 'alpha'"
    old_alpha = world.con.execute(alpha).fetchall()
    load_tables(world, [write_tables(tmp_path / "change", CHANGE)])
    assert before and gamma_rows() == before
    assert world.con.execute(alpha).fetchall() != old_alpha  # the restated stint's row moved
