"""Founder academies on a made-up world (no real facts): who counts as alumni, unknown
valuations, and schools beside companies.

| founder | tie at the parent | spin-out |
|---|---|---|
| p1 | Big: engineer | A1, valued $2B |
| p2 | Big: 实习生 | A2 |
| p3 | Big: untitled job, quoted 曾在Big实习 | A3 |
| p7 | Big: 联合培养博士生 | A7 |
| p4 | Uni: 教授 | A4 |
| p5 | Uni: study (本科) | A5 |
| p6 | Uni: study titled 客座研究科学家 | A6 |
| p8 | Small: engineer | A8, no valuation on record |
"""

import json

import ibis
import pandas as pd
import pytest
from typer.testing import CliRunner

from pedigree import api
from pedigree.analytics.roles import tie_role
from pedigree.cli import app
from pedigree.store import Store
from tests.world import write_tables

FOUNDED = "\n".join(f"p{i},a{i},founder,founder,2022,s1," for i in range(1, 9))
ACADEMY = {
    "sources.csv": "id,title,publisher,published,url\ns1,Alumni feature,Daily Tech,2024-01-01,\n",
    "organizations.csv": "id,name,aliases,kind,sector,country,founded,source_id\n"
    "big,Big Co,,company,,CN,2000,s1\n"
    "small,Small Co,,company,,CN,2010,s1\n"
    "uni,Example University,,university,,CN,1900,s1\n"
    + "".join(f"a{i},Spin {i},,company,,CN,2022,s1\n" for i in range(1, 9)),
    "people.csv": "id,name,aliases,domains\n" + "".join(f"p{i},P{i},,\n" for i in range(1, 9)),
    "stints.csv": "person_id,org_id,kind,title,start,source_id,quote\n"
    "p1,big,employment,engineer,2015,s1,\n"
    "p2,big,employment,实习生,2016,s1,\n"
    "p3,big,employment,,2016,s1,曾在Big实习\n"
    "p7,big,employment,联合培养博士生,2016,s1,\n"
    "p4,uni,employment,教授,2010,s1,\n"
    "p5,uni,education,本科,2012,s1,\n"
    "p6,uni,education,客座研究科学家,2018,s1,\n"
    "p8,small,employment,engineer,2015,s1,\n" + FOUNDED + "\n",
    "rounds.csv": "org_id,date,round,amount,currency,post_money_valuation,investors,source_id\n"
    "a1,2023-06,B,,USD,2000000000,,s1\n",
}


@pytest.fixture
def db(tmp_path) -> Store:
    store = Store.memory()
    api.load(store, [write_tables(tmp_path / "academy", ACADEMY)])
    yield store
    store.close()


def rows(frame) -> dict[str, dict]:
    return {row["org_id"]: row for row in frame.to_dict("records")}


def test_interns_students_and_visitors_are_not_alumni_by_default(db):
    table = rows(api.academies(db, top=None))
    big = table["big"]
    assert big["spinouts"] == 1  # p1 only
    assert (big["interns"], big["students"], big["faculty"]) == (2, 1, 0)
    uni = table["uni"]  # a professor's company is the university's spin-out
    assert (uni["spinouts"], uni["faculty"]) == (1, 1)


def test_interns_counted_when_asked(db):
    big = rows(api.academies(db, top=None, interns=True))["big"]
    assert (big["spinouts"], big["interns"]) == (3, 2)


def test_schools_rank_by_their_students(db):
    table = rows(api.academies(db, top=None, schools=True))
    uni = table["uni"]
    assert uni["kind"] == "university"
    # The professor's and the student's companies; the visiting scientist's only with interns.
    assert (uni["spinouts"], uni["faculty"], uni["students"], uni["visitors"]) == (2, 1, 1, 1)
    assert table["big"]["spinouts"] == 2  # p1 and the joint-PhD student p7
    assert rows(api.academies(db, top=None, schools=True, interns=True))["uni"]["spinouts"] == 3


def test_unknown_valuations_are_unknown_not_zero(db):
    table = rows(api.academies(db, top=None))
    assert (table["big"]["valued"], table["big"]["unicorns"]) == (1, 1)
    small = table["small"]
    assert small["valued"] == 0 and pd.isna(small["unicorns"])  # not 0


def test_cli(tmp_path):
    path = str(tmp_path / "academy.duckdb")
    api.load(path, [write_tables(tmp_path / "academy", ACADEMY)])
    runner = CliRunner()
    result = runner.invoke(app, ["--db", path, "academies", "--json", "--schools"])
    assert result.exit_code == 0, result.output
    listed = {row["org_id"]: row for row in json.loads(result.stdout)}
    assert listed["small"]["unicorns"] is None and listed["big"]["unicorns"] == 1
    assert listed["uni"]["kind"] == "university" and listed["uni"]["students"] == 1
    text = runner.invoke(app, ["--db", path, "academies", "--schools"]).stdout
    assert "kind" in text and "company" in text and "?" in text and "student" in text


@pytest.mark.parametrize(
    ("kind", "title", "quote", "role"),
    [
        ("founder", "实习生", None, "founder"),
        ("employment", "高级工程师", None, "employee"),
        ("employment", "Research Intern", None, "intern"),
        ("employment", None, "曾在华为、PingCAP 等多家企业实习", "intern"),
        ("employment", None, "清华大学计算机系教授、博士生导师", "faculty"),
        ("employment", "客座教授", None, "visitor"),
        ("employment", "Visiting Scholar", None, "visitor"),
        ("employment", None, "吉林大学、ABB中国研究院联合培养博士", "student"),
        ("education", "博士", "清华大学博士", "student"),
        ("education", "访问", "UC Berkeley访问学生", "student"),
        ("education", "客座", "美国德克萨斯理工大学客座研究科学家", "visitor"),
        ("board", "董事", None, "board"),
    ],
)
def test_tie_roles(kind, title, quote, role):
    tie = ibis.memtable(
        {"kind": [kind], "title": [title], "quote": [quote]},
        schema={"kind": "string", "title": "string", "quote": "string"},
    )
    expression = tie.select(role=tie_role(tie.kind, tie.title, tie.quote))
    assert ibis.duckdb.connect().execute(expression).role[0] == role


def test_profiles_show_roles(db):
    # A visiting post a reader stored as study shows as a visitor's; an untitled internship as
    # an intern's.
    assert list(api.person(db, "p6").facts["career"].role) == ["visitor", "founder"]
    assert list(api.person(db, "p3").facts["career"].role) == ["intern", "founder"]
    people = api.org(db, "uni").facts["people"]
    assert dict(zip(people.person_id, people.role, strict=True)) == {
        "p4": "faculty",
        "p5": "student",
        "p6": "visitor",
    }
