"""Time travel everywhere: every analysis at an as-of day answers only from what was published
by that day. Facts that happened before the day but were published the day after change
nothing at the day, and do change the answer the day after (so the test can fail)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from pedigree import api
from pedigree.analytics.frames import records
from pedigree.ingest import load_tables
from pedigree.store import Store
from tests.world import WORLD, write_tables

AS_OF = date(2023, 6, 30)
DAY_AFTER = AS_OF + timedelta(days=1)

# Everything here happened before AS_OF, and was reported on DAY_AFTER.
LATE = {
    "sources.csv": f"""id,title,publisher,published,url
late,Catch-up report,Daily Tech,{DAY_AFTER.isoformat()},
""",
    "organizations.csv": """id,name,aliases,kind,sector,country,founded,source_id
epsilon,Epsilon LLM,,company,llm,CN,2022-01,late
""",
    "people.csv": """id,name,aliases,domains,source_id
chen,陈七,Chen Qi,llm,late
""",
    "stints.csv": """person_id,org_id,kind,title,field,team_size,start,end,source_id
chen,alpha,employment,head of research,,300,2016,2021,late
chen,epsilon,founder,founder,,,2022-01,,late
wang,beta,employment,CEO,,900,2019-03,,late
""",
    "rounds.csv": """org_id,date,round,amount,currency,post_money_valuation,investors,source_id
epsilon,2022-06,A,300000000,USD,3000000000,Fund Three,late
beta,2023-01,C,800000000,USD,5000000000,Fund One,late
""",
    "financials.csv": """org_id,metric,period_start,period_end,value,unit,source_id
beta,revenue,2022-01-01,2022-12-31,100000000,USD,late
""",
    "credentials.csv": """person_id,type,detail,date,source_id
song,phd,PhD in computer vision,2016,late
li,award,best paper award,2019,late
""",
    "products.csv": """id,name,org_id,launched,sector,source_id
beta-chat,Beta Chat,beta,2022-03,llm,late
""",
    "product_metrics.csv": """product_id,metric,value,date,source_id
beta-chat,users,1000000,2022-12,late
""",
    "events.csv": """org_id,type,date,detail,source_id
delta,acquired,2023-06-01,acquired by a larger lab,late
""",
}


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """(the world as published by AS_OF, the same world plus the late report)."""
    folder = tmp_path_factory.mktemp("as_of")
    before, after = Store.memory(), Store.memory()
    load_tables(before, [write_tables(folder / "world", WORLD)])
    load_tables(after, [write_tables(folder / "world", WORLD)])
    load_tables(after, [write_tables(folder / "late", LATE)])
    yield before, after
    before.close()
    after.close()


ANALYSES = {
    "lineage": lambda db, day: api.lineage(db, "alpha", as_of=day).to_json(),
    "academies": lambda db, day: records(api.academies(db, as_of=day)),
    "person": lambda db, day: api.person(db, "wang", as_of=day).to_json(),
    "org": lambda db, day: api.org(db, "beta", as_of=day).to_json(),
    "scarcity": lambda db, day: api.scarcity(db, require=["research"], as_of=day).to_json(),
    "score": lambda db, day: api.score(db, "song", as_of=day).to_json(),
    "landscape": lambda db, day: api.landscape(db, as_of=day).to_json(),
    "financials": lambda db, day: api.financials(db, "beta", as_of=day).to_json(),
    "timeline": lambda db, day: api.timeline(db, "beta", as_of=day).to_json(),
    "halo": lambda db, day: api.halo(db, as_of=day).to_json(),
    "halo_company": lambda db, day: api.halo_company(db, "beta", as_of=day).to_json(),
    # The cohort is what was known at the day; its outcomes a horizon later may use the report.
    "backtest": lambda db, day: _entries(api.backtest(db, "alpha", as_of=day, min_n=1)),
    "report": lambda db, day: api.report(db, "alpha", as_of=day).html,
}


def _entries(backtest) -> list[tuple]:
    companies = backtest.to_json()["cohort"]["companies"]
    return [(c["org_id"], c["entry_usd"], c["entry_date"], c["entry_source"]) for c in companies]


@pytest.mark.parametrize("analysis", sorted(ANALYSES))
def test_a_report_published_the_day_after_changes_nothing(stores, analysis):
    before, after = stores
    run = ANALYSES[analysis]
    assert run(after, AS_OF) == run(before, AS_OF)


@pytest.mark.parametrize("analysis", sorted(ANALYSES))
def test_the_day_after_it_counts(stores, analysis):
    before, after = stores
    run = ANALYSES[analysis]
    assert run(after, DAY_AFTER) != run(before, DAY_AFTER)
