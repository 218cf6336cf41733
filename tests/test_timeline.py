"""Timelines: every kind of dated fact in order, precision kept, sources, as-of, names."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from pedigree import api
from pedigree.cli import app
from pedigree.errors import Ambiguous, NotFound, PedigreeError
from pedigree.ingest import load_tables
from tests.test_financials import HISTORY
from tests.world import write_tables


@pytest.fixture
def history(store, tmp_path):
    load_tables(store, [write_tables(tmp_path / "history", HISTORY)])
    return store


def entries(result) -> list[tuple]:
    return [(e["date"], e["kind"], e["text"]) for e in result.to_json()["entries"]]


def test_org_timeline_has_every_kind_in_date_order(history):
    result = api.timeline(history, "Acme AI")
    assert (result.entity_type, result.id, result.name) == ("organization", "acme", "Acme AI")
    kinds = set(result.entries.kind)
    assert {
        "founded", "started", "ended", "round", "launch", "product", "product_metric",
        "financials", "event", "stint",
    } <= kinds  # fmt: skip
    dated = result.entries[result.entries.date.notna()]
    firsts = [
        date.fromisoformat(d if len(d) == 10 else d + ("-01" if len(d) == 7 else "-01-01"))
        for d in dated.date
    ]
    assert firsts == sorted(firsts)
    assert entries(result)[:3] == [
        ("2019-03", "founded", "Acme AI founded"),
        ("2019-03", "started", "张三 founded Acme AI (CEO)"),
        ("2020", "started", "李四 joined Acme AI as CTO (team of 50)"),
    ]


def test_precision_is_kept_and_undated_facts_come_last(history):
    result = api.timeline(history, "acme")
    rows = result.entries.set_index("text")
    assert rows.loc["李四 joined Acme AI as CTO (team of 50)", "date"] == "2020"
    assert rows.loc["李四 joined Acme AI as CTO (team of 50)", "precision"] == "year"
    assert rows.loc["Acme AI launched Acme X", "date"] == "2021-09"
    round_a = "Acme AI A round: raised 10.0M USD; valued at 50.0M USD post-money; investors: "
    assert rows.loc[round_a + "Fund One, Fund Two", "date"] == "2020-05"
    assert rows.loc["Acme X users: 1,000,000", "precision"] == "month"
    assert rows.loc["Acme AI FY2024 revenue: 150.0M USD (12 months)", "date"] == "2024-12-31"
    undated = result.entries[result.entries.date.isna()]
    assert len(undated) == 2
    assert result.entries.index[result.entries.date.isna()].min() == len(result.entries) - 2
    assert set(undated.kind) == {"stint", "product"}  # 李四 co-founder; Acme Y with no launch


def test_entries_carry_sources_and_quotes(history):
    result = api.timeline(history, "acme")
    founded = result.entries[result.entries.kind == "founded"].iloc[0]
    assert (founded.source_id, founded.quote) == ("pros-2025", "成立於2019年3月")
    metric = result.entries[result.entries.kind == "product_metric"].iloc[0]
    assert metric.quote == "用戶突破100萬"
    assert set(result.sources.id) == {"pros-2025", "news-2025-12"}


def test_as_of_leaves_out_later_published_and_later_happening_facts(history):
    everything = api.timeline(history, "acme")
    assert "Acme AI listing: listed in Hong Kong" in set(everything.entries.text)
    assert "Acme AI —: planned opening of a Singapore office" in set(everything.entries.text)
    then = api.timeline(history, "acme", as_of=date(2025, 12, 31))
    texts = set(then.entries.text)
    assert "Acme AI listing: listed in Hong Kong" in texts
    assert not any("Singapore" in t for t in texts)  # published, but not happened yet
    earlier = api.timeline(history, "acme", as_of=date(2025, 9, 1))
    texts = set(earlier.entries.text)
    assert not any("listed in Hong Kong" in t for t in texts)  # published 2025-12
    assert not any("9M 2025" in t for t in texts)
    assert not any(" C round" in t for t in texts)
    assert "Acme AI prospectus: filed its prospectus" in texts
    assert set(earlier.sources.id) == {"pros-2025"}


def test_person_timeline_has_stints_and_credentials(history):
    result = api.timeline(history, "Zhang San")
    assert (result.entity_type, result.id) == ("person", "zhang")
    assert entries(result) == [
        ("2010", "started", "张三 began studying at Example University: PhD in computer science"),
        ("2015", "credential", "张三 phd: PhD in computer science"),
        ("2015", "ended", "张三 finished studying at Example University (PhD)"),
        ("2015-07", "started", "张三 joined BigCo as research director (team of 120)"),
        ("2018-05", "credential", "张三 paper: a paper on sparse attention"),
        ("2019-02", "ended", "张三 left BigCo (research director)"),
        ("2019-03", "started", "张三 founded Acme AI (CEO)"),
        (None, "credential", "张三 award: a best paper award"),
    ]
    assert result.entries.precision.tolist()[:4] == ["year", "year", "year", "month"]


def test_a_name_that_is_both_an_org_and_a_person(history):
    with pytest.raises(Ambiguous, match="both an organisation .phoenix. and a person .phoenix-p."):
        api.timeline(history, "Phoenix")
    assert api.timeline(history, "Phoenix", entity_type="person").id == "phoenix-p"
    assert api.timeline(history, "Phoenix", entity_type="org").id == "phoenix"
    assert api.timeline(history, "phoenix-p").entity_type == "person"  # an id is an id
    with pytest.raises(PedigreeError, match="^entity_type: 'product'"):
        api.timeline(history, "Phoenix", entity_type="product")


def test_unknown_name(history):
    with pytest.raises(NotFound, match="no organisation or person named 'Acme Al'.*Acme AI"):
        api.timeline(history, "Acme Al")


def test_json_shape(history):
    payload = api.timeline(history, "acme").to_json()
    assert set(payload) == {
        "type", "id", "name", "as_of", "total", "more", "entries", "sources"
    }  # fmt: skip
    assert (payload["total"], payload["more"]) == (len(payload["entries"]), 0)
    entry = payload["entries"][0]
    assert {"date", "precision", "kind", "text", "source_id", "quote"} <= set(entry)
    json.dumps(payload, default=str)  # serialisable


@pytest.mark.parametrize("limit", [1, 2, 3, 5, 8, 13])
def test_a_limited_timeline_is_the_head_of_the_full_one(history, limit):
    # The limit is applied in the query, before the sentences that settle ties are written:
    # the entries kept must be exactly the first of the full order, ties at the cut included.
    full = api.timeline(history, "acme")
    limited = api.timeline(history, "acme", limit=limit)
    assert entries(limited) == entries(full)[:limit]
    assert (limited.total, limited.more) == (len(full.entries), len(full.entries) - limit)
    payload = limited.to_json()
    assert (payload["total"], payload["more"]) == (limited.total, limited.more)
    assert set(limited.sources.id) == set(limited.entries.source_id.dropna())


def test_a_limited_timeline_counts_the_undated_entries_left_out(history):
    full = api.timeline(history, "acme")
    undated = int(full.entries.date.isna().sum())
    assert undated >= 1
    limited = api.timeline(history, "acme", limit=len(full.entries) - undated)
    assert limited.more == undated
    assert not limited.entries.date.isna().any()


def test_a_limit_below_one_is_refused(history):
    with pytest.raises(PedigreeError, match="limit: must be at least 1"):
        api.timeline(history, "acme", limit=0)


runner = CliRunner()


def test_cli(tmp_path):
    db = str(tmp_path / "t.duckdb")
    folder = write_tables(tmp_path / "history", HISTORY)
    assert runner.invoke(app, ["--db", db, "load", str(folder)]).exit_code == 0
    result = runner.invoke(app, ["--db", db, "timeline", "艾克米", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["entries"][0]["text"] == "Acme AI founded"
    table = runner.invoke(app, ["--db", db, "timeline", "张三", "--as-of", "2016"])
    assert table.exit_code == 0, table.output
    assert "nothing on record" in table.stdout  # the prospectus came out in 2025
    both = runner.invoke(app, ["--db", db, "timeline", "Phoenix"])
    assert both.exit_code == 1 and "Traceback" not in both.output
    assert both.output.strip().count("\n") == 0
    missing = runner.invoke(app, ["--db", db, "timeline", "Nobody At All"])
    assert missing.exit_code == 1
    assert "no organisation or person named 'Nobody At All'" in missing.output
