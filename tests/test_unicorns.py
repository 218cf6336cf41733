"""The unicorn-list importer, on a few hand-written rows in the list's shape (no real list)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pedigree.cli import app
from pedigree.errors import BadInput, PedigreeError
from pedigree.ingest import load_tables
from pedigree.ingest.unicorns import load_unicorns, parse_amount, parse_joined, read_unicorns
from pedigree.store import Store
from tests.world import write_tables

HEADER = (
    "Company,Valuation ($B),Date Joined,Country,City,Industry,Select Inverstors,Founded Year,"
    "Total Raised,Financial Stage,Investors Count,Deal Terms,Portfolio Exits\n"
)
# Made-up companies. Acme Robotics and Zeta Robotics are in the store already (see `store`);
# Bolt is two companies of one name.
ROWS = """\
Acme Robotics,$12.50 ,3/15/2019,China,Shenzhen,Hardware,"Fund One, Fund Two",2015,$1.2B,None,1,3,
ZETA ROBOTICS,$2 ,1/2/2021,China,Beijing,Artificial intelligence,Fund Three,2016,$520K,IPO,4,1,None
Nimbus Pay,$1 ,2/28/2022,United States,Austin,Fintech,,None,None,Acquired,1,1,None
Bolt,$11 ,10/8/2021,United States,San Francisco,Fintech,"Fund One",2014,$963M,None,37,3,None
Bolt,$8.40 ,5/29/2018,Estonia,Tallinn,Auto & transportation,"Fund Four",2013,$1.971B,None,28,5,None
"""

STORED = {
    "sources.csv": "id,title,published\nbg,Background,2015-01-01\n",
    "organizations.csv": "id,name,aliases,kind,sector,country,founded,source_id\n"
    "acme,Acme Robotics,艾克米,company,,,,bg\n"
    "zeta,Zeta Robotics,,company,robotics,CN,2018,bg\n",
}


def write_list(folder: Path, rows: str = ROWS, name: str = "unicorns.csv") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store.memory() as s:
        load_tables(s, [write_tables(tmp_path / "stored", STORED)])
        yield s


def rows_of(store: Store, sql: str, params=None) -> list[tuple]:
    return store.con.execute(sql, params).fetchall()


# --- parsing --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, scale, value",
    [
        ("$7.44B", "", 7.44e9),
        ("$500M", "", 500e6),
        ("$520K", "", 520e3),
        ("$1,200M", "", 1.2e9),
        ("$140 ", "B", 140e9),
        ("$100.30 ", "B", 100.3e9),
        ("None", "", None),
        ("", "", None),
    ],
)
def test_amounts(text, scale, value):
    parsed = parse_amount(text, scale)
    assert parsed is None if value is None else parsed == pytest.approx(value)


@pytest.mark.parametrize("text", ["abc", "$", "$1.2X", "-$5M", "$5 M M"])
def test_bad_amounts(text):
    with pytest.raises(ValueError, match="not an amount"):
        parse_amount(text)


def test_dates():
    assert parse_joined("4/7/2017") == date(2017, 4, 7)
    assert parse_joined(" 12/31/2021 ") == date(2021, 12, 31)
    assert parse_joined("2017-04-07") == date(2017, 4, 7)
    with pytest.raises(ValueError, match="not a valid date"):
        parse_joined("2/30/2020")
    with pytest.raises(ValueError, match="not a date like 4/7/2017"):
        parse_joined("April 7, 2017")


def test_read_rows(tmp_path):
    rows = read_unicorns(write_list(tmp_path))
    acme = rows[0]
    assert (acme.line, acme.name, acme.valuation_usd, acme.joined) == (
        2,
        "Acme Robotics",
        12.5e9,
        date(2019, 3, 15),
    )
    assert (acme.country, acme.city, acme.industry) == ("CN", "Shenzhen", "Hardware")
    assert acme.founded == 2015
    assert acme.investors == ("Fund One", "Fund Two") and acme.total_raised_usd == 1.2e9
    nimbus = rows[2]
    assert nimbus.founded is None and nimbus.total_raised_usd is None and nimbus.investors == ()
    assert nimbus.country == "US"


def test_bad_rows_are_one_line_each_with_file_line_and_column(tmp_path):
    rows = (
        'Good Co,$3 ,1/5/2020,Japan,Tokyo,Travel,"Fund A,\nFund B",2012,$10M,None,1,1,None\n'
        "Bad Value,$lots ,1/5/2020,Japan,Tokyo,Travel,,2012,$10M,None,1,1,None\n"
        "Bad Date,$3 ,13/45/2020,Japan,Tokyo,Travel,,2012,$10M,None,1,1,None\n"
        ",$3 ,1/5/2020,Japan,Tokyo,Travel,,20x2,$10M,None,1,1,None\n"
    )
    path = write_list(tmp_path, rows)
    with pytest.raises(BadInput) as caught:
        read_unicorns(path)
    # The first row spans lines 2–3 (a quoted line break), so the bad rows are lines 4, 5, 6.
    assert caught.value.problems == [
        f"{path}:4:2: Valuation ($B): not an amount like $7.44B or $500M: '$lots'",
        f"{path}:5:3: Date Joined: not a valid date: '13/45/2020'",
        f"{path}:6:1: Company: missing",
        f"{path}:6:8: Founded Year: not a year: '20x2'",
    ]


def test_missing_column_is_reported_at_the_header(tmp_path):
    path = tmp_path / "short.csv"
    path.write_text("Company,Date Joined\nX,1/1/2020\n", encoding="utf-8")
    with pytest.raises(BadInput, match=r"short.csv:1:1: header: missing column Valuation"):
        read_unicorns(path)


# --- loading --------------------------------------------------------------------------------


def test_load_creates_organisations_rounds_and_totals(store, tmp_path):
    report = load_unicorns(store, write_list(tmp_path))
    assert report.rows == 5 and report.new_organizations == 3
    assert report.published == "2022-02-28"  # the newest Date Joined
    assert report.source_id.startswith("unicorns:") and report.added > 0
    nimbus = rows_of(
        store, "SELECT id, name, kind, sector, country, founded FROM organizations "
        "WHERE name = 'Nimbus Pay'"
    )  # fmt: skip
    assert nimbus == [("org:Nimbus Pay", "Nimbus Pay", "company", "fintech", "US", None)]
    rounds = rows_of(
        store,
        "SELECT round, strftime(date, '%Y-%m-%d'), post_money_valuation, approx, investors "
        "FROM rounds WHERE org_id = 'org:Bolt@US/San Francisco' ORDER BY date",
    )
    assert rounds == [
        ("unicorn", "2021-10-08", 1e9, "over", None),
        (None, "2022-02-28", 11e9, None, ["Fund One"]),
    ]
    raised = rows_of(store, "SELECT metric, value, unit FROM financials WHERE org_id = 'acme'")
    assert raised == [("total_raised", 1.2e9, "USD")]


def test_names_the_list_repeats_are_separate_companies(store, tmp_path):
    load_unicorns(store, write_list(tmp_path))
    bolts = rows_of(store, "SELECT id, country FROM organizations WHERE name = 'Bolt' ORDER BY 1")
    assert bolts == [("org:Bolt@EE/Tallinn", "EE"), ("org:Bolt@US/San Francisco", "US")]


def test_stored_organisations_keep_their_ids_and_attributes(store, tmp_path):
    report = load_unicorns(store, write_list(tmp_path))
    assert report.matched == {"Acme Robotics": "acme", "ZETA ROBOTICS": "zeta"}
    orgs = dict(
        (row[0], row[1:])
        for row in rows_of(store, "SELECT id, name, sector, country, year(founded) FROM "
                           "organizations WHERE id IN ('acme', 'zeta')")
    )  # fmt: skip
    # Acme lacked sector, country and founding year: the list fills them in.
    assert orgs["acme"] == ("Acme Robotics", "hardware", "CN", 2015)
    # Zeta had them: the list's own (AI, 2016) do not override the store, nor its name.
    assert orgs["zeta"] == ("Zeta Robotics", "robotics", "CN", 2018)
    valuations = rows_of(store, "SELECT count(*) FROM rounds WHERE org_id = 'zeta'")
    assert valuations == [(2,)]


def test_re_import_adds_nothing(store, tmp_path):
    path = write_list(tmp_path)
    load_unicorns(store, path)
    again = load_unicorns(store, path)
    assert again.added == 0 and again.new_organizations == 0
    assert again.matched == {"Acme Robotics": "acme", "ZETA ROBOTICS": "zeta"}


def test_nothing_is_known_before_the_list_was_published(store, tmp_path):
    load_unicorns(store, write_list(tmp_path), published="2022-03")
    views = store.views(date(2022, 3, 30))
    assert store.backend.execute(views.rounds.count()) == 0
    views = store.views(date(2022, 3, 31))
    assert store.backend.execute(views.rounds.count()) == 10


def test_published_must_not_predate_the_list(store, tmp_path):
    with pytest.raises(PedigreeError, match="^published 2022-01: the list names a company that"):
        load_unicorns(store, write_list(tmp_path), published="2022-01")
    with pytest.raises(PedigreeError, match="^published: not a date"):
        load_unicorns(store, write_list(tmp_path), published="spring")


def test_a_bad_row_loads_nothing(store, tmp_path):
    rows = ROWS + "Broken,$x ,1/1/2020,China,Beijing,Fintech,,2010,$1M,None,1,1,None\n"
    with pytest.raises(BadInput):
        load_unicorns(store, write_list(tmp_path, rows))
    assert rows_of(store, "SELECT count(*) FROM round_statements") == [(0,)]


def test_cli_load_unicorns(tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "cli.duckdb")
    path = write_list(tmp_path)
    shown = runner.invoke(app, ["--db", db, "load-unicorns", str(path)])
    assert shown.exit_code == 0, shown.output
    assert "new organisations: 5" in shown.output and "statements added" in shown.output
    again = runner.invoke(app, ["--db", db, "load-unicorns", str(path), "--json"])
    payload = json.loads(again.stdout)
    assert payload["added"] == 0 and payload["rows"] == 5 and payload["matched"] == {}
    missing = runner.invoke(app, ["--db", db, "load-unicorns", str(tmp_path / "nope.csv")])
    assert missing.exit_code == 1 and "no such file" in missing.output
    bad = write_list(tmp_path / "bad", "X,$1 ,1/1/2020,,,,,,$oops,,,,\n")
    result = runner.invoke(app, ["--db", db, "load-unicorns", str(bad)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{bad}:2:9: Total Raised: not an amount" in result.output
