import json

import pandas as pd
import pytest

from pedigree.errors import BadInput, PedigreeError
from pedigree.ingest import load_tables
from tests.world import WORLD, write_tables

STATEMENT_TABLES = [
    "sources", "entity_statements", "stint_statements", "round_statements",
    "financial_statements", "credential_statements", "product_metric_statements",
    "event_statements",
]  # fmt: skip

EXTRA = {
    "financials.csv": """org_id,metric,period_start,period_end,value,unit,source_id
beta,revenue,2024,2024,30523000,USD,news-2023
beta,revenue,2025-01,2025-09,53437000,USD,news-2023
beta,net_profit,2024,2024,-1200000,USD,news-2023
""",
    "credentials.csv": """person_id,type,detail,date,source_id
wang,phd,PhD in computer science,2013,news-2020
li,delivery,"led a 100+ person team with 4,000 GPUs",,news-2020
""",
    "products.csv": """id,org_id,name,launched,sector
miao,alpha,秒画,2023-09,multimodal
""",
    "product_metrics.csv": """product_id,metric,value,date,source_id,quote
miao,users,3000000,2023-09,news-2023,300萬
""",
    "events.csv": """org_id,type,date,detail,source_id
beta,ipo_hearing,2025-12,passed the listing hearing,news-2023
""",
}


def counts(store) -> dict[str, int]:
    return {
        t: store.con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in STATEMENT_TABLES
    }


def test_every_table_loads(store, tmp_path):
    folder = write_tables(tmp_path / "all", WORLD | EXTRA)
    report = load_tables(store, [folder])
    assert {f.table for f in report.files} == {name.removesuffix(".csv") for name in WORLD | EXTRA}
    assert all(n > 0 for n in counts(store).values())
    revenue = store.con.execute(
        "SELECT period_start, period_end, value FROM financials WHERE metric = 'revenue' "
        "ORDER BY period_start"
    ).fetchall()
    assert [(str(a), str(b), v) for a, b, v in revenue] == [
        ("2024-01-01", "2024-12-31", 30523000.0),
        ("2025-01-01", "2025-09-30", 53437000.0),
    ]
    assert (
        store.con.execute("SELECT value FROM financials WHERE metric = 'net_profit'").fetchall()[0][
            0
        ]
        < 0
    )


def test_loading_twice_adds_nothing(store, world_dir):
    first = load_tables(store, [world_dir])
    before = counts(store)
    second = load_tables(store, [world_dir])
    assert first.added > 0
    assert second.added == 0
    assert counts(store) == before


def test_a_row_repeated_in_one_import_is_one_statement(store, world_dir, tmp_path):
    """Repeated rows (in one file, or in two files of one import) make one statement each; the
    rows around them are all kept."""
    load_tables(store, [world_dir])
    before = counts(store)["stint_statements"]
    rows = "person_id,org_id,kind,title,start,source_id\n" + (
        "wang,beta,advisor,adviser,2024,news-2023\n" * 3
    ) + "wang,beta,advisor,chief adviser,2024,news-2023\n"
    report = load_tables(store, [write_tables(tmp_path / "again", {
        "stints.csv": rows, "stints-copy.csv": rows,
    })])  # fmt: skip
    assert report.added == 2
    assert counts(store)["stint_statements"] == before + 2
    assert store.scalar("SELECT count(DISTINCT id) = count(*) FROM stint_statements")


def test_statement_ids_are_content_hashes(store, world_dir, tmp_path):
    load_tables(store, [world_dir])
    ids = set(store.con.execute("SELECT id FROM stint_statements").fetchall())
    # The same rows from a Parquet file, loaded into a fresh store, give the same ids.
    from pedigree.store import Store

    frame = pd.read_csv(world_dir / "stints.csv", dtype=str)
    copy = write_tables(tmp_path / "copy", {k: v for k, v in WORLD.items() if k != "stints.csv"})
    frame.to_parquet(copy / "stints.parquet")
    with Store.memory() as other:
        load_tables(other, [copy])
        assert set(other.con.execute("SELECT id FROM stint_statements").fetchall()) == ids


def test_dates_keep_precision(world):
    rows = world.con.execute(
        "SELECT start_date, start_precision FROM stint_statements WHERE person_id = 'li' "
        "ORDER BY start_date"
    ).fetchall()
    assert [(str(d), p) for d, p in rows] == [("2016-01-01", "year"), ("2021-01-01", "year")]
    published = world.con.execute(
        "SELECT published, published_precision, known_from FROM sources WHERE id = 'later-2024'"
    ).fetchall()[0]
    assert [str(v) for v in published] == ["2024-02-01", "month", "2024-02-29"]


def test_parquet_and_json_lines(store, tmp_path):
    folder = write_tables(tmp_path / "mixed", {k: v for k, v in WORLD.items() if k != "rounds.csv"})
    (folder / "people.csv").unlink()
    pd.DataFrame(
        [{"id": "wang", "name": "王伟", "aliases": ["Wang Wei"], "domains": ["llm"]},
         {"id": "li", "name": "李娜", "aliases": [], "domains": None},
         {"id": "song", "name": "宋一", "aliases": None, "domains": None},
         {"id": "zhao", "name": "赵六", "aliases": None, "domains": None}]
    ).to_parquet(folder / "people.parquet")  # fmt: skip
    rows = [
        {"org_id": "beta", "date": "2021-06", "round": "B", "post_money_valuation": 2.5e9,
         "currency": "USD", "investors": ["Fund One", "Fund Two"]},
    ]  # fmt: skip
    (folder / "rounds.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    load_tables(store, [folder])
    assert store.con.execute("SELECT aliases FROM people WHERE id = 'wang'").fetchall()[0][0] == [
        "Wang Wei"
    ]
    assert store.con.execute("SELECT investors FROM rounds").fetchall()[0][0] == [
        "Fund One",
        "Fund Two",
    ]


BAD_ROWS = [
    ("stints.csv", "wang,nowhere,employment,,,,2015,,news-2020", "org_id: unknown organisation id"),
    ("stints.csv", "ghost,alpha,employment,,,,2015,,news-2020", "person_id: unknown person id"),
    ("stints.csv", "wang,alpha,employment,,,,2015-13,,news-2020", "start: not a date"),
    ("stints.csv", "wang,alpha,job,,,,2015,,news-2020", "kind: must be one of"),
    ("stints.csv", "wang,alpha,employment,,,lots,2015,,news-2020", "team_size: not a whole number"),
    ("stints.csv", "wang,alpha,employment,,,,2019,2015,news-2020", "end: is before start"),
    ("stints.csv", "wang,alpha,employment,,,,2015,,no-such-source", "source_id: unknown source id"),
    ("rounds.csv", "beta,2021,A,about 5M,USD,,,news-2020", "amount: not a number"),
    ("rounds.csv", "beta,2021,A,-5,USD,,,news-2020", "amount: must not be negative"),
    ("organizations.csv", "omega,Omega,,startup,,,,news-2020", "kind: must be one of"),
    ("organizations.csv", "omega,,,company,,,,news-2020", "name: is required"),
    ("people.csv", "ghost,,,", "name: is required"),
    ("sources.csv", "s9,Title,Pub,yesterday,", "published: not a date"),
    ("products.csv", "p9,nowhere,Thing,2020,", "org_id: unknown organisation id"),
    ("financials.csv", "beta,revenue,2024,2024,lots,USD,news-2023", "value: not a number"),
    ("financials.csv", "beta,revenue,2025,2024,1,USD,news-2023", "period_end: is before"),
    ("credentials.csv", "wang,medal,gold,2010,news-2020", "type: must be one of"),
    ("product_metrics.csv", "nothing,users,5,2023,news-2023,", "product_id: unknown product id"),
    ("events.csv", "beta,party,2025,,news-2023", "type: must be one of"),
]


@pytest.mark.parametrize(("file", "row", "problem"), BAD_ROWS)
def test_a_bad_row_rejects_the_whole_import(store, tmp_path, file, row, problem):
    tables = WORLD | EXTRA
    tables[file] = tables[file] + row + "\n"
    folder = write_tables(tmp_path / "bad", tables)
    line = tables[file].count("\n")
    with pytest.raises(BadInput) as caught:
        load_tables(store, [folder])
    assert f"{folder / file}:{line}: {problem}" in str(caught.value)
    assert all(n == 0 for n in counts(store).values())  # nothing written, sources included


def test_skip_bad_loads_good_rows_and_writes_rejects(store, tmp_path):
    tables = dict(WORLD)
    tables["people.csv"] += "bad,,,\n"  # no name: rejected …
    tables["stints.csv"] += "bad,alpha,employment,,,,2015,,news-2020\n"  # … so this is too
    folder = write_tables(tmp_path / "skip", tables)
    rejects = tmp_path / "rejects.csv"
    report = load_tables(store, [folder], skip_bad=True, rejects_path=rejects)
    assert report.rejected == 2
    rejected = pd.read_csv(rejects)
    assert list(rejected.columns) == ["file", "line", "column", "problem", "row"]
    assert sorted(rejected.problem) == ["is required", "unknown person id: bad"]
    assert json.loads(rejected.row[0])["id"] == "bad"
    assert store.con.execute("SELECT count(*) FROM people").fetchall()[0][0] == 4


def test_missing_required_column(store, tmp_path):
    folder = write_tables(tmp_path / "m", {"people.csv": "id,aliases\nx,y\n"})
    with pytest.raises(PedigreeError, match=r"people.csv:1: missing required column\(s\): name"):
        load_tables(store, [folder])


def test_file_names_choose_the_table(store, tmp_path):
    folder = write_tables(tmp_path / "n", {"people-part1.csv": WORLD["people.csv"]})
    assert load_tables(store, [folder]).files[0].table == "people"
    odd = write_tables(tmp_path / "o", {"employees.csv": "id\n1\n"})
    with pytest.raises(PedigreeError, match="cannot tell which table"):
        load_tables(store, [odd / "employees.csv"])
    with pytest.raises(PedigreeError, match="no such file"):
        load_tables(store, [tmp_path / "missing.csv"])


def test_sources_are_immutable(store, tmp_path, world_dir):
    load_tables(store, [world_dir])
    changed = WORLD["sources.csv"].replace("Alpha alumni feature", "Another title")
    folder = write_tables(tmp_path / "s", {"sources.csv": changed})
    with pytest.raises(BadInput, match="id: already registered with other details"):
        load_tables(store, [folder])


def test_unreadable_file(store, tmp_path):
    path = tmp_path / "people.parquet"
    path.write_bytes(b"not parquet at all")
    with pytest.raises(PedigreeError, match="cannot read"):
        load_tables(store, [path])


def test_rows_without_source_cite_the_file(world):
    source = world.con.execute(
        "SELECT DISTINCT source_id FROM entity_statements WHERE entity_type = 'person'"
    ).fetchall()
    assert source == [("file:people.csv",)]
