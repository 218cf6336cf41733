"""Resolution in the open: what a run merged and queued, the judgements listed, a run undone
as a whole, and the names the matcher must not take for one (invented companies)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pedigree.cli import app
from pedigree.resolve.name_keys import org_core, org_descriptors, org_meaning
from tests.world import write_tables

TABLES = {
    "sources.csv": "id,title,publisher,published,url\nlist,A made-up list,Nobody,2024-01,\n",
    "organizations.csv": """id,name,aliases,kind,sector,country,founded,source_id
zorp,Zorp,,company,fintech,EE,2013,list
zorptech,Zorptech,,company,fintech,SG,2016,list
quillo,Quillo,,company,llm,CN,2022,list
quillo-ai,Quillo AI,,company,llm,CN,2022,list
""",
    "rounds.csv": """org_id,date,round,amount,currency,post_money_valuation,investors,source_id
zorp,2023-05,D,,USD,8000000000,,list
""",
}


def test_a_latin_descriptor_glued_to_the_name_is_part_of_the_brand():
    # Zorptech is a name of its own, not Zorp with "tech" after it; "Zorp Tech" is.
    assert org_core("Zorptech") == org_core("ZorpTech") == "zorptech"
    assert org_core("Zorp Tech") == org_core("Zorp") == "zorp"
    assert org_meaning("Zorptech") != org_meaning("Zorp")
    assert org_descriptors("Zorptech") == [] and org_descriptors("Quillo AI") == ["ai"]
    # Legal forms too: Frisco is not Fris & Co.
    assert org_core("Frisco") == "frisco" and org_core("Fris Co.") == "fris"
    # Across scripts the boundary is plain: 智谱AI is 智谱 + AI, and Han words strip as before.
    assert org_core("智谱AI") == "智谱" and org_core("上海稀宇科技有限公司") == "稀宇"


@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "runs.duckdb")
    result = CliRunner().invoke(
        app, ["--db", path, "load", str(write_tables(tmp_path / "t", TABLES))]
    )
    assert result.exit_code == 0, result.output
    return path


def test_a_name_written_with_and_without_spaces_still_meets(tmp_path):
    # Not the same core (a glued descriptor stays), but the same name: compared, and merged.
    orgs = "id,name,aliases,kind,sector,country,founded,source_id\n"
    orgs += "pv,Pellucid Vision Ltd.,,company,,,,list\npv2,PellucidVision,,company,,,,list\n"
    tables = {"sources.csv": TABLES["sources.csv"], "organizations.csv": orgs}
    db = str(tmp_path / "spaces.duckdb")
    assert invoke(db, "load", str(write_tables(tmp_path / "s", tables))).exit_code == 0
    (merge,) = json.loads(invoke(db, "resolve", "--json").stdout)["merges"]
    assert {merge["left_id"], merge["right_id"]} == {"pv", "pv2"}
    assert "name: same name" in merge["evidence"]


def invoke(db: str, *args: str):
    return CliRunner().invoke(app, ["--db", db, *args])


def test_a_name_that_begins_another_is_not_merged_with_it(db):
    result = invoke(db, "resolve", "--json")
    assert result.exit_code == 0, result.output
    merged = {frozenset((m["left_id"], m["right_id"])) for m in json.loads(result.stdout)["merges"]}
    assert merged == {frozenset({"quillo", "quillo-ai"})}
    zorptech = json.loads(invoke(db, "org", "Zorptech", "--json").stdout)
    assert "8000000000" not in json.dumps(zorptech) and "8e+09" not in json.dumps(zorptech)


def _old_model_merged_zorp(db: str) -> None:
    """What the earlier model did: Zorp and Zorptech judged one by a run of model v3."""
    from pedigree.resolve import judgements
    from pedigree.store import Store
    from pedigree.store.derived import refresh

    with Store.open(db) as store, store.transaction():
        run = judgements.start_run(store, "v3")
        judgements.record(
            store, "organization", "zorp", "zorptech", "same",
            judged_by=judgements.BY_MATCHER, score=0.992, run_id=run,
        )  # fmt: skip
        refresh(store)


def test_resolve_lists_what_it_merged_and_withdrew_by_name(db):
    _old_model_merged_zorp(db)
    result = invoke(db, "resolve")
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "resolve run #2 (model v4)" in text and "merged 1 pairs, withdrew 1" in text
    merged, withdrawn = text.split("Withdrawn", 1)
    assert "Quillo (quillo)" in merged and "Quillo AI (quillo-ai)" in merged and "0.992" in merged
    assert "name: same core" in merged  # the level that carried the match
    assert "Zorp (zorp)" in withdrawn and "Zorptech (zorptech)" in withdrawn
    # Piped, nothing is wrapped: each pair is on one line.
    assert any(
        "Quillo (quillo)" in line and "Quillo AI (quillo-ai)" in line for line in text.splitlines()
    )
    again = json.loads(invoke(db, "resolve", "--json").stdout)
    assert again["run"] == 3 and again["merges"] == [] and again["withdrawals"] == []


def test_resolve_json_names_both_sides(db):
    data = json.loads(invoke(db, "resolve", "--json").stdout)
    (merge,) = data["merges"]
    assert (merge["left"], merge["right"], merge["type"]) == ("Quillo", "Quillo AI", "organization")
    assert (
        merge["probability"] > 0.95
        and data["model"] == "v4"
        and data["merged"]["organization"] == 1
    )


def test_judgements_show_who_decided_with_filters(db):
    invoke(db, "resolve")
    assert invoke(db, "different", "Zorp", "Quillo").exit_code == 0
    rows = json.loads(invoke(db, "judgements", "--json").stdout)
    assert [(r["by"], r["verdict"], r["run"], r["model"]) for r in rows] == [
        ("person", "different", None, None),
        ("matcher", "same", 1, "v4"),
    ]
    assert rows[1]["left"] == "Quillo" and rows[1]["probability"] > 0.95 and rows[1]["recorded_at"]
    by_matcher = json.loads(invoke(db, "judgements", "--by", "matcher", "--json").stdout)
    assert [r["by"] for r in by_matcher] == ["matcher"]
    # About Quillo AI: what merged it, and what was said of the entity it is part of.
    about = json.loads(invoke(db, "judgements", "Quillo AI", "--json").stdout)
    assert [(r["left_id"], r["right_id"]) for r in about] == [
        ("quillo", "zorp"),
        ("quillo", "quillo-ai"),
    ]
    assert json.loads(invoke(db, "judgements", "Zorptech", "--json").stdout) == []
    table = invoke(db, "judgements")
    assert table.exit_code == 0 and "matcher v4, run 1" in table.stdout and "person" in table.stdout
    bad = invoke(db, "judgements", "--by", "robot")
    assert bad.exit_code == 2 and "use person or matcher" in bad.output
    nobody = invoke(db, "judgements", "Nobody Inc")
    assert (
        nobody.exit_code == 1
        and "no person, organisation or product named 'Nobody Inc'" in nobody.output
    )


def test_undo_takes_back_a_whole_run_and_what_it_withdrew_comes_back(db):
    _old_model_merged_zorp(db)
    invoke(db, "resolve")
    undone = invoke(db, "undo")
    assert undone.exit_code == 0, undone.output
    assert (
        "took back resolve run #2 (model v4): 1 merges withdrawn, 1 earlier merges restored"
        in undone.stdout
    )
    in_force = json.loads(invoke(db, "judgements", "--json").stdout)
    assert [(r["left_id"], r["right_id"], r["run"]) for r in in_force] == [("zorp", "zorptech", 1)]
    # Next, the earlier run (v3's merge of Zorp and Zorptech) is the latest; then nothing.
    assert "took back resolve run #1 (model v3)" in invoke(db, "undo").stdout
    assert json.loads(invoke(db, "judgements", "--json").stdout) == []
    nothing = invoke(db, "undo")
    assert nothing.exit_code == 1 and "no judgement to undo" in nothing.output


def test_undo_takes_back_the_latest_thing_and_a_persons_judgement_stays_undoable(db):
    invoke(db, "resolve")
    assert invoke(db, "same", "Zorp", "Zorptech").exit_code == 0
    first = json.loads(invoke(db, "undo", "--json").stdout)
    assert first["undone"] == "judgement" and first["by"] == "person"
    assert invoke(db, "same", "Zorp", "Zorptech").exit_code == 0
    run = json.loads(invoke(db, "undo", "--run", "--json").stdout)
    assert run == {**run, "undone": "run", "run": 1, "merges_withdrawn": 1, "restored": 0}
    rows = json.loads(invoke(db, "judgements", "--json").stdout)
    assert [(r["by"], r["left_id"], r["right_id"]) for r in rows] == [
        ("person", "zorp", "zorptech")
    ]
    assert "no resolve run to undo" in invoke(db, "undo", "--run").output


def test_why_with_an_unknown_name_does_not_say_person(db):
    result = invoke(db, "why", "Quillo", "Nowhere AI")
    assert result.exit_code == 1
    assert "no person, organisation or product named 'Nowhere AI'" in result.output
    assert "Traceback" not in result.output
    orgs = invoke(db, "why", "Quillo", "Quillo AI")
    assert orgs.exit_code == 0 and "Quillo (quillo) vs Quillo AI (quillo-ai)" in orgs.stdout


def test_judgements_show_the_latest_and_say_when_there_are_more(db):
    invoke(db, "resolve")
    assert invoke(db, "different", "Zorp", "Quillo").exit_code == 0
    one = invoke(db, "judgements", "--limit", "1")
    assert one.exit_code == 0 and "the latest 1; --limit shows more" in one.stdout
    assert "Zorp (zorp)" in one.stdout and "Quillo AI" not in one.stdout
    assert len(json.loads(invoke(db, "judgements", "--limit", "1", "--json").stdout)) == 1
    assert "--limit shows more" not in invoke(db, "judgements").stdout


def test_a_merge_from_before_runs_had_ids_is_listed_withdrawn_and_restored(db):
    # What a store written before schema 5 holds after `pedigree migrate`: no run id.
    from pedigree.resolve import judgements
    from pedigree.store import Store
    from pedigree.store.derived import refresh

    with Store.open(db) as store, store.transaction():
        judgements.record(
            store, "organization", "zorp", "zorptech", "same",
            judged_by=judgements.BY_MATCHER, score=0.991,
        )  # fmt: skip
        refresh(store)
    listed = invoke(db, "judgements")
    assert listed.exit_code == 0, listed.output
    assert "│ matcher " in listed.stdout and "Zorptech (zorptech)" in listed.stdout
    assert "withdrew 1" in invoke(db, "resolve").stdout
    assert "by run 1" in invoke(db, "judgements", "--all").stdout
    assert "1 earlier merges restored" in invoke(db, "undo").stdout
    rows = json.loads(invoke(db, "judgements", "--json").stdout)
    assert [(r["by"], r["run"], r["right_id"]) for r in rows] == [("matcher", None, "zorptech")]


def test_resolve_says_each_step_as_it_starts(db):
    from pedigree import api

    steps: list[str] = []
    api.resolve(db, progress=steps.append)
    assert steps[:2] == ["reading organisations…", "matching 4 organisations…"]
    assert "matching 0 people…" in steps and steps[-1] == "deriving the merged entities and views…"
