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
    missing = runner.invoke(app, ["--db", db, "score", "Nobody Atall"])
    assert missing.exit_code == 1 and "Traceback" not in missing.output
    assert missing.output.count("\n") == 1 and "no person named" in missing.output
