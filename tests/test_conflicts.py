"""The rule that picks the value shown: later publication, then higher confidence."""

from datetime import date

from pedigree.analytics.profiles import org_profile
from pedigree.ingest import load_tables
from tests.world import WORLD, write_tables

SOURCES = """id,title,publisher,published,url
early,First report,Paper A,2024-01-10,
late,Second report,Paper B,2024-06-01,
same-day,Third report,Paper C,2024-06-01,
"""


def load(store, tmp_path, rounds: str):
    tables = {k: WORLD[k] for k in ("organizations.csv", "people.csv")}
    tables["sources.csv"] = WORLD["sources.csv"] + SOURCES.split("\n", 1)[1]
    tables["rounds.csv"] = "org_id,date,round,post_money_valuation,currency,source_id,confidence\n"
    tables["rounds.csv"] += rounds
    load_tables(store, [write_tables(tmp_path / "c", tables)])


def shown_valuation(store, as_of=None) -> float:
    rounds = store.views(as_of).rounds
    return store.backend.execute(rounds.filter(rounds.org_id == "gamma")).post_money_valuation[0]


def test_later_publication_wins_and_the_loser_stays_visible(store, tmp_path):
    load(
        store,
        tmp_path,
        "gamma,2024-01,A,1000000000,USD,early,1\ngamma,2024-01,A,1200000000,USD,late,0.6\n",
    )
    assert shown_valuation(store) == 1.2e9
    also = org_profile(store.views(), "gamma").facts["also_reported"]
    assert len(also) == 1 and "post_money_valuation=1000000000.0" in also.statement[0]
    assert also.source_id[0] == "early"
    # Before the second report was published, the first one is what could be known.
    assert shown_valuation(store, date(2024, 5, 31)) == 1e9


def test_equal_publication_then_higher_confidence_wins(store, tmp_path):
    load(
        store,
        tmp_path,
        "gamma,2024-01,A,1100000000,USD,late,0.5\ngamma,2024-01,A,1300000000,USD,same-day,0.9\n",
    )
    assert shown_valuation(store) == 1.3e9


def test_entity_attributes_follow_the_same_rule(store, tmp_path):
    tables = dict(WORLD)
    tables["sources.csv"] += SOURCES.split("\n", 1)[1]
    tables["organizations.csv"] += "gamma,Gamma AI,,company,video_generation,CN,2021,late\n"
    load_tables(store, [write_tables(tmp_path / "e", tables)])
    sector = store.con.execute("SELECT sector FROM organizations WHERE id = 'gamma'").fetchall()[0][
        0
    ]
    assert sector == "video_generation"  # 'late' (2024-06) beats 'later-2024' (2024-02)
    orgs = store.views(date(2024, 3, 31)).organizations
    then = store.backend.execute(orgs.filter(orgs.id == "gamma")).sector[0]
    assert then == "multimodal"
