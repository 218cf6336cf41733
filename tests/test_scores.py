"""Founder scores: every score is the exact sum of its facts' points, by the documented rules."""

import json
from datetime import date
from decimal import Decimal

import pytest
from typer.testing import CliRunner

from pedigree import api
from pedigree.analytics.scores import WEIGHTS
from pedigree.cli import app
from pedigree.store import Store
from tests.test_scarcity import TALENT
from tests.world import write_tables

runner = CliRunner()
PEOPLE = ["ada", "ben", "cai", "dan", "eve", "fay", "gus"]


@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "talent.duckdb")
    api.load(path, [write_tables(tmp_path / "talent", TALENT)])
    return path


def exact(values) -> Decimal:
    return sum((Decimal(str(v)) for v in values), Decimal(0))


def test_decomposition_sums_to_the_score(db):
    # Everyone from the stored talent tables; two people computed as of a day (slower).
    asked = [(person, None) for person in PEOPLE] + [
        ("ben", date(2023, 6, 30)),
        ("fay", date(2023, 6, 30)),
    ]
    for person, as_of in asked:
        score = api.score(db, person, as_of=as_of)
        for axis in ("research", "delivery"):
            facts = score.axis(axis)
            assert exact(f["points"] for f in facts) == Decimal(str(getattr(score, axis)))
            assert all(f["axis"] == axis and f["sources"] for f in facts)


def test_scarcity_columns_are_the_scores(db):
    research = api.scarcity(db, require=["research"]).people
    delivery = api.scarcity(db, require=["delivery"], min_team=1).people
    for row in [*research.itertuples(), *delivery.itertuples()]:
        score = api.score(db, row.id)
        assert (row.research, row.delivery) == (score.research, score.delivery)


def test_rules(db):
    ben = api.score(db, "ben")  # 1 paper (2018), then 30: 0.5 + 9.5, the cap of 10
    assert [f["points"] for f in ben.axis("research")] == [9.5, 0.5]
    assert ben.research == 10.0
    assert [(f["kind"], f["points"]) for f in ben.axis("delivery")] == [("team", 0.6)]
    eve = api.score(db, "eve")
    assert [(f["kind"], f["points"]) for f in eve.axis("research")] == [("phd", 3.0)]
    assert {f["kind"]: f["points"] for f in eve.axis("delivery")} == {"team": 2.95, "gpus": 1.6}
    cai = api.score(db, "cai")
    assert sorted(f["kind"] for f in cai.axis("delivery")) == ["delivery", "product"]
    assert api.score(db, "gus").delivery == 0  # joined after the launch, no team size


def test_as_of(db):
    assert api.score(db, "dan").research == 3.0
    assert api.score(db, "dan", as_of=date(2023, 6, 30)).research == 0  # published 2024
    assert api.score(db, "eve", as_of=date(2023, 6, 30)).delivery == 0  # team from 2023-09


def test_a_phd_counts_once(tmp_path):
    tables = dict(TALENT)
    tables["credentials.csv"] += 'eve,phd,"博士，计算机科学",2015,s2020,\n'
    store = Store.memory()
    api.load(store, [write_tables(tmp_path / "twice", tables)])
    eve = api.score(store, "eve")
    assert sorted(f["points"] for f in eve.axis("research")) == [0.0, 3.0]
    assert eve.research == 3.0


def test_score_cli(db):
    result = runner.invoke(app, ["--db", db, "score", "Ada", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["scores"] == {"research": 3.0, "delivery": 2.6}
    assert set(payload["weights"]) == set(WEIGHTS)
    text = runner.invoke(app, ["--db", db, "score", "Ada"])
    assert text.exit_code == 0 and "Research depth: 3.00" in text.stdout
    # facts cite sources by number; the list under the tables gives their titles
    assert "Lens alumni" in text.stdout and "s2020" not in text.stdout
    missing = runner.invoke(app, ["--db", db, "score", "Nobody Atall"])
    assert missing.exit_code == 1 and "Traceback" not in missing.output
    assert missing.output.count("\n") == 1 and "no person named" in missing.output


# Credentials that respect grammar and time (made-up people; rows without a source are
# background knowledge). Hal's PhD is unfinished three ways and his award is his advisor's; Ivy's
# PhD is finished (a postdoc in the same quote says nothing of it) and her award, after another
# clause's advisor, is hers. Jay co-founded Nova (no end) and was its CTO until 2017, so its
# 2021 launch is not his; Kim co-founded it too, with nothing saying she left.
CREDENTIALS = {
    "organizations.csv": "id,name,aliases,kind,sector,country,founded,source_id\n"
    "nova,Nova,,company,,CN,2015,\n"
    "tsu,Example University,,university,,CN,1911,\n",
    "people.csv": "id,name,aliases,domains\nhal,Hal,,\nivy,Ivy,,\njay,Jay,,\nkim,Kim,,\n",
    "stints.csv": "person_id,org_id,kind,title,start,end,source_id,quote\n"
    "hal,tsu,education,博士,2019,,,清华大学博士四年级\n"
    "ivy,tsu,education,博士,2010,2015,,清华大学博士，斯坦福博士后\n"
    "jay,nova,founder,co-founder,2015,,,\n"
    "jay,nova,employment,CTO,2015,2017,,\n"
    "kim,nova,founder,co-founder,2015,,,\n",
    "credentials.csv": "person_id,type,detail,date,source_id,quote\n"
    "hal,phd,清华大学博士休学,2020,,清华大学博士休学\n"
    "hal,phd,英国帝国理工大学博士三年级,2021,,英国帝国理工大学博士三年级\n"
    "hal,award,图灵奖,2020,,师从图灵奖获得者姚期智\n"
    "hal,award,师从2013年诺奖得主 Michael Levitt,2020,,师从2013年诺奖得主 Michael Levitt\n"
    "ivy,award,国家科技进步奖,2018,,师从张教授，获得国家科技进步奖\n",
    "products.csv": "id,org_id,name,launched,sector,source_id\nnovax,nova,NovaX,2021-03,,\n",
    "product_metrics.csv": "product_id,metric,value,date,source_id,quote\n"
    "novax,users,100000,2022-01,,10万用户\n",
}


@pytest.fixture
def credentials(tmp_path) -> Store:
    store = Store.memory()
    api.load(store, [write_tables(tmp_path / "credentials", CREDENTIALS)])
    yield store
    store.close()


def test_unfinished_phds_and_advisors_awards_earn_nothing(credentials):
    hal = api.score(credentials, "hal")
    assert (hal.research, hal.axis("research")) == (0, [])
    ivy = api.score(credentials, "ivy")
    assert sorted((f["kind"], f["points"]) for f in ivy.axis("research")) == [
        ("award", 1.5),
        ("phd", 3.0),
    ]


def test_no_credit_for_a_launch_after_leaving(credentials):
    assert api.score(credentials, "jay").delivery == 0  # CTO until 2017; NovaX 2021
    kim = api.score(credentials, "kim")  # nothing says she left: benefit of the doubt
    assert [(f["kind"], f["product"]) for f in kim.axis("delivery")] == [("product", "NovaX")]
    assert [p.id for p in api.scarcity(credentials, require=["delivery"]).people.itertuples()] == [
        "kim"
    ]
