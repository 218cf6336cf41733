"""Queries about one entity: its statements filtered before resolution, and SQL compiled once
per shape with the entity's id put in at each run (pedigree.analytics.about)."""

from __future__ import annotations

from datetime import date

import pytest

from pedigree import api
from pedigree.analytics import about
from pedigree.ingest import load_tables
from pedigree.store.views import TIE_TABLES, known_statements
from tests.world import WORLD, write_tables

# Two ids of one person, and organisations whose ids would break SQL quoted naively (or look
# like the placeholder the compiled SQL carries).
MORE = {
    "sources.csv": "id,title,publisher,published,url\n"
    "news-2021,Second report,Daily Tech,2021-03-01,\n",
    "organizations.csv": "id,name,aliases,kind,sector,country,founded,source_id\n"
    "o'quote,Quote Co,,company,llm,CN,2020,news-2021\n"
    "o\\slash,Slash Co,,company,llm,CN,2021,news-2021\n"
    "\u27e6pedigree param entity\u27e7,Bracket Co,,company,llm,CN,2022,news-2021\n",
    "people.csv": "id,name,aliases,domains\nwang2,Wang Wei,,\n",
    "stints.csv": "person_id,org_id,kind,title,field,team_size,start,end,source_id\n"
    "wang2,alpha,employment,vice president,,800,2015,2019,news-2021\n"
    "wang2,o'quote,founder,founder,,,2020,,news-2021\n"
    "li,o\\slash,founder,founder,,,2021,,news-2021\n"
    "song,\u27e6pedigree param entity\u27e7,founder,founder,,,2022,,news-2021\n",
}


@pytest.fixture
def merged(store, tmp_path):
    load_tables(store, [write_tables(tmp_path / "world", WORLD)])
    load_tables(store, [write_tables(tmp_path / "more", MORE)])
    api.judge(store, "wang", "wang2", "same")
    return store


def _canonical(store, entity_id: str) -> str:
    found = store.con.execute(
        "SELECT canonical_id FROM canonical_ids WHERE entity_id = ?", [entity_id]
    ).fetchall()
    return found[0][0] if found else entity_id


@pytest.mark.parametrize("as_of", [None, date(2020, 12, 31)])
def test_statements_about_are_the_known_statements_of_the_entity(merged, as_of):
    # Both ids of the merged person count, filtered before resolution or after: the same rows.
    person = _canonical(merged, "wang")
    assert person == _canonical(merged, "wang2")
    views = merged.views(as_of)
    checks = [(spec.statements, column) for spec in TIE_TABLES for column in spec.id_columns]
    checks += [("entity_statements", "entity_id")]
    seen = 0
    for table, column in checks:
        for entity_id in (person, "alpha"):
            reference = known_statements(views.backend, table, as_of)
            reference = reference.filter(reference[column] == entity_id)
            expected = views.backend.execute(reference).sort_values("id", ignore_index=True)
            got = views.backend.execute(about.statements_about(views, table, column, entity_id))
            got = got.sort_values("id", ignore_index=True)[list(expected.columns)]
            assert got.equals(expected), (table, column, entity_id)
            seen += len(got)
    assert seen > 10


def test_a_profile_reads_both_ids_of_a_merged_person(merged):
    profile = api.person(merged, "Wang Wei")
    forms = set(profile.facts["names"].name)
    assert {"王伟", "Wang Wei"} <= forms
    career = profile.facts["career"]
    assert {"alpha", "o'quote"} <= set(career.org_id)
    # The two Alpha stints share a key: the later source's is shown, the other also reported.
    assert career[career.org_id == "alpha"].team_size.tolist() == [800]
    also = profile.facts["also_reported"]
    assert [s for s in also.statement if "org_id=alpha" in s and "team_size=700" in s]


@pytest.mark.parametrize(
    ("org_id", "name", "founder"),
    [
        ("o'quote", "Quote Co", "wang"),
        ("o\\slash", "Slash Co", "li"),
        ("\u27e6pedigree param entity\u27e7", "Bracket Co", "song"),
        ("beta", "Beta Labs", "wang"),
    ],
)
def test_ids_are_put_into_the_compiled_sql_quoted(merged, org_id, name, founder):
    # The SQL is compiled for the first organisation asked for and reused for the others.
    api.org(merged, "zeta")
    profile = api.org(merged, org_id)
    assert (profile.id, profile.name) == (org_id, name)
    assert founder in set(profile.facts["founders"].person_id)
    timeline = api.timeline(merged, org_id, entity_type="organization")
    assert timeline.entries.iloc[0].text == f"{name} founded"
