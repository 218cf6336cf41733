"""Entity resolution: romanisation, name keys, and matching across scripts and languages.
Fixture articles are written for the tests (invented people and companies)."""

from __future__ import annotations

import pytest

from pedigree import api
from pedigree.ingest.articles import ingest_files
from pedigree.reference.romanise import romanise, split_han
from pedigree.resolve.name_keys import org_core, org_name_key, person_keys
from pedigree.store import Store


@pytest.mark.parametrize(
    ("name", "surname", "given"),
    [
        ("单田芳", "shan", "tianfang"),
        ("曾国藩", "zeng", "guofan"),
        ("解缙", "xie", "jin"),
        ("仇英", "qiu", "ying"),
        ("区永权", "ou", "yongquan"),
        ("朴槿惠", "piao", "jinhui"),
        ("閆俊杰", "yan", "junjie"),  # Traditional in, Simplified reading
        ("欧阳娜娜", "ouyang", "nana"),  # compound surname stays whole
        ("司马光", "sima", "guang"),
    ],
)
def test_surname_readings(name, surname, given):
    roman = romanise(name)
    assert (roman.surname, roman.given) == (surname, given)


def test_name_order_and_initials_meet():
    assert person_keys("Yan Junjie")["full"] == person_keys("闫俊杰")["full"] == "junjie yan"
    assert person_keys("Junjie Yan")["full"] == person_keys("Yan, Junjie")["full"] == "junjie yan"
    assert person_keys("J. Yan")["initial"] == person_keys("闫俊杰")["initial"] == "yan j"
    assert split_han("Yan") is None and romanise("Yan Junjie") is None


def test_organisation_keys_strip_legal_forms_and_descriptors():
    assert org_name_key("上海稀宇科技有限公司") == "上海稀宇科技"
    assert org_core("上海稀宇科技有限公司") == org_core("稀宇科技") == "稀宇"
    assert org_name_key("SenseTime Group Ltd.") == "sensetime"
    assert org_core("Vivix AI") == "vivix"


ZH = "星河智能的創始人是前百度副總裁張明遠。張明遠是清華大學博士。\n"
EN = (
    "Zhang Mingyuan, a former vice president at Baidu, founded Xinghe AI in 2021. "
    "Xinghe AI raised $50 million in a Series B led by HongShan.\n"
)
NAMESAKE = "张明远曾在腾讯担任产品经理。\n"


@pytest.fixture
def store(tmp_path):
    paths = []
    for name, text in (("zh.txt", ZH), ("en.txt", EN), ("namesake.txt", NAMESAKE)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    with Store.memory() as s:
        ingest_files(s, paths)
        yield s


def people(store) -> list[str]:
    return [r[0] for r in store.con.execute("SELECT id FROM people ORDER BY id").fetchall()]


def orgs_named(store, *names) -> set[str]:
    rows = store.con.execute(
        "SELECT DISTINCT entity_id FROM names WHERE entity_type = 'organization' "
        "AND name IN (SELECT unnest($names))",
        {"names": list(names)},
    ).fetchall()
    return {r[0] for r in rows}


def test_traditional_and_english_articles_give_one_person_and_one_company(store):
    assert len(people(store)) == 3 and len(orgs_named(store, "星河智能", "Xinghe AI")) == 2
    report = api.resolve(store)
    assert report.accepted == {"organization": 1, "person": 1}
    assert len(orgs_named(store, "星河智能", "Xinghe AI")) == 1
    assert len(people(store)) == 2  # the namesake at 腾讯 stays apart
    profile = api.person(store, "Zhang Mingyuan")
    career = set(profile.facts["career"]["org"])
    assert {"百度", "清华大学"} <= career and "腾讯" not in career


def test_resolving_twice_changes_nothing(store):
    api.resolve(store)
    first = store.con.execute("SELECT * FROM judgements ORDER BY id").fetchall()
    canonical = store.con.execute("SELECT * FROM canonical_ids ORDER BY 1").fetchall()
    again = api.resolve(store)
    assert again.accepted == {"organization": 0, "person": 0}
    assert store.con.execute("SELECT * FROM judgements ORDER BY id").fetchall() == first
    assert store.con.execute("SELECT * FROM canonical_ids ORDER BY 1").fetchall() == canonical


def test_a_persons_different_beats_the_matcher(store):
    api.resolve(store)
    merged = store.con.execute("SELECT entity_id, canonical_id FROM canonical_ids").fetchall()
    person_pair = next(p for p in merged if p[0].startswith("person:"))
    api.judge(store, person_pair[0], person_pair[1], "different")
    api.resolve(store)
    assert not any(
        r[0].startswith("person:")
        for r in store.con.execute("SELECT entity_id FROM canonical_ids").fetchall()
    )
    assert len(people(store)) == 3


def test_cli_resolve_review_and_why(tmp_path):
    import json

    from typer.testing import CliRunner

    from pedigree.cli import app

    runner = CliRunner()
    db = str(tmp_path / "r.duckdb")
    for name, text in (("zh.txt", ZH), ("en.txt", EN)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    early = runner.invoke(app, ["--db", db, "ingest", str(tmp_path / "zh.txt")])
    assert early.exit_code == 0
    nothing = runner.invoke(app, ["--db", db, "resolve", "--review"])
    assert nothing.exit_code == 1 and "run `pedigree resolve` first" in nothing.output
    runner.invoke(app, ["--db", db, "ingest", str(tmp_path / "en.txt")])
    result = runner.invoke(app, ["--db", db, "resolve", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["merged"] == {"organization": 1, "person": 1}
    review = runner.invoke(app, ["--db", db, "resolve", "--review"])
    assert review.exit_code == 0 and "Nothing waits for review" in review.stdout
    why = runner.invoke(app, ["--db", db, "why", "星河智能", "Xinghe AI", "--json"])
    assert why.exit_code == 0, why.output
    assert json.loads(why.stdout)["probability"] > 0.95


def test_why_explains_the_match(store):
    api.resolve(store)
    zh_id = store.con.execute(
        "SELECT entity_id FROM entity_statements WHERE value = '张明远' AND source_id IN "
        "(SELECT source_id FROM stint_statements WHERE org_id = 'org:星河智能') LIMIT 1"
    ).fetchone()[0]
    explanation = api.why(store, zh_id, "Zhang Mingyuan")
    assert explanation.probability > 0.95
    levels = dict(zip(explanation.features.comparison, explanation.features.level, strict=True))
    assert levels["name"] == "same romanised name"
    # Baidu (a large employer) and the resolved 星河智能 / Xinghe AI (a rare one).
    assert levels["employers"] == "a rare employer shared, or a company both founded"
    assert (
        abs(explanation.weight - explanation.prior_weight - explanation.features.weight.sum())
        < 0.01
    )
