"""Judgements: merges that never rewrite statements, and undo that restores the earlier state."""

from __future__ import annotations

from datetime import datetime

import pytest

from pedigree import api
from pedigree.errors import NotFound, PedigreeError
from pedigree.ingest.articles import ingest_files
from pedigree.resolve.judgements import BY_MATCHER, BY_PERSON, Judgement, clusters
from pedigree.store import Store

NOW = datetime(2026, 1, 1)


def j(left, right, verdict="same", by=BY_MATCHER, score=0.9, id=1):
    left, right = sorted((left, right))
    return Judgement(id, "person", left, right, verdict, by, score, NOW)


def test_clusters_join_transitively_and_prefer_curated_ids():
    mapping = clusters([j("person:a@1", "x"), j("person:a@1", "person:a@2")])
    assert mapping == {"person:a@1": "x", "person:a@2": "x"}


def test_different_keeps_clusters_apart_whatever_links_them():
    mapping = clusters(
        [
            j("a", "b", "different", BY_PERSON, None),
            j("a", "c", score=0.99),
            j("b", "c", score=0.95),  # would join a and b through c
        ]
    )
    assert mapping == {"c": "a"}


def test_a_persons_verdict_overrides_the_matchers_on_the_same_pair():
    assert clusters([j("a", "b"), j("a", "b", "different", BY_PERSON, None)]) == {}
    assert clusters([j("a", "b", "different"), j("a", "b", "same", BY_PERSON, None)]) == {"b": "a"}


TRADITIONAL = "星河智能的創始人是前百度副總裁張明遠。張明遠是清華大學博士。\n"
ENGLISH = (
    "Zhang Mingyuan, a former vice president at Baidu, founded Xinghe AI in 2021. "
    "Xinghe AI raised $50 million in a Series B led by HongShan.\n"
)


@pytest.fixture
def two_articles(tmp_path):
    zh, en = tmp_path / "zh.txt", tmp_path / "en.txt"
    zh.write_text(TRADITIONAL, encoding="utf-8")
    en.write_text(ENGLISH, encoding="utf-8")
    store = Store.memory()
    ingest_files(store, [zh, en])
    yield store
    store.close()


def snapshot(store) -> dict:
    tables = ("people", "organizations", "stints", "rounds", "names", "spinout_ties")
    return {
        t: sorted(map(repr, store.con.execute(f"SELECT * FROM {t}").fetchall())) for t in tables
    }


def person_ids(store) -> set[str]:
    return {r[0] for r in store.con.execute("SELECT id FROM people").fetchall()}


def test_same_merges_without_touching_statements_and_undo_restores(two_articles):
    store = two_articles
    before = snapshot(store)
    statements = store.scalar("SELECT count(*) FROM stint_statements")
    zh_id = next(i for i in person_ids(store) if "张明远" in i)
    en_id = next(i for i in person_ids(store) if "Zhang Mingyuan" in i)

    judgement = api.judge(store, zh_id, "Zhang Mingyuan", "same")
    assert judgement.verdict == "same" and judgement.judged_by == BY_PERSON
    assert len(person_ids(store) & {zh_id, en_id}) == 1
    assert store.scalar("SELECT count(*) FROM stint_statements") == statements
    profile = api.person(store, "张明远")
    assert {"百度", "清华大学"} <= set(profile.facts["career"]["org"])
    assert api.person(store, "Zhang Mingyuan").id == profile.id

    api.undo(store)
    assert snapshot(store) == before


def test_judging_again_changes_nothing(two_articles):
    store = two_articles
    zh_id = next(i for i in person_ids(store) if "张明远" in i)
    api.judge(store, zh_id, "Zhang Mingyuan", "same")
    once = snapshot(store)
    api.judge(store, "Zhang Mingyuan", zh_id, "same")
    assert snapshot(store) == once


def test_judgement_errors(two_articles):
    store = two_articles
    with pytest.raises(NotFound):
        api.undo(store)
    with pytest.raises(PedigreeError, match="only entities of one type"):
        api.judge(store, "Zhang Mingyuan", "百度", "same")
    with pytest.raises(PedigreeError, match="one entity already"):
        api.judge(store, "百度", "Baidu", "same")
    with pytest.raises(NotFound):
        api.judge(store, "Nobody Here", "百度", "same")


def test_cli_same_different_undo(tmp_path):
    from typer.testing import CliRunner

    from pedigree.cli import app

    article = tmp_path / "en.txt"
    article.write_text(ENGLISH, encoding="utf-8")
    db = str(tmp_path / "j.duckdb")
    runner = CliRunner()
    assert runner.invoke(app, ["--db", db, "ingest", str(article)]).exit_code == 0
    people = runner.invoke(app, ["--db", db, "different", "Zhang Mingyuan", "Baidu"])
    assert people.exit_code == 1 and "only entities of one type" in people.output
    result = runner.invoke(app, ["--db", db, "different", "Xinghe AI", "Baidu", "--json"])
    assert result.exit_code == 0, result.output
    assert '"verdict": "different"' in result.stdout
    undone = runner.invoke(app, ["--db", db, "undo"])
    assert undone.exit_code == 0 and "withdrew judgement" in undone.stdout
    nothing = runner.invoke(app, ["--db", db, "undo"])
    assert nothing.exit_code == 1 and "no judgement to undo" in nothing.output


def test_the_matcher_cannot_bridge_two_han_names():
    # 王伟 ~ Wang Wei ~ 王巍: a romanisation links them, but they are two people.
    judged = [j("a", "b", score=0.99), j("b", "c", score=0.98)]
    names = {"a": "王伟", "c": "王巍"}
    assert clusters(judged, names) == {"b": "a"}
    by_person = [j("a", "b", by=BY_PERSON), j("b", "c", by=BY_PERSON)]
    assert clusters(by_person, names) == {"b": "a", "c": "a"}  # a person may say so
