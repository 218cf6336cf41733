"""The scarcity finder on a made-up world with a known answer (no real facts).

Who has what (sources: s2020, s2022 published then; s2024 published 2024-05; rows without a
source are background knowledge, known at any time):

| person | research | delivery | where |
|---|---|---|---|
| Ada | PhD credential (s2020) | team of 200 at Lens (s2020) | Lens (vision) |
| Ben | 31 papers, capped (s2020) | team of 20 at Lens: below 50 | Lens |
| Cai | — | founded Robo, shipped RoboX with users; delivery credential | Robo (robotics) |
| Dan | PhD credential, published 2024 | team of 100 at Lens (s2020) | Lens |
| Eve | PhD (education stint) | team of 300 at Sage from 2023-09, 4000+ GPUs | Sage (LLM) |
| Fay | award (s2022) | team of 80 at Robo from 2019 (s2022); RoboX launched | Robo; tag 视觉 |
| Gus | — | joined Robo after RoboX launched: no product | Robo |
"""

from datetime import date

import pytest

from pedigree import api
from pedigree.analytics import scarcity as finder
from pedigree.analytics.fact_text import gpu_count, is_phd, paper_count
from pedigree.errors import NotFound, PedigreeError
from pedigree.store import Store
from tests.world import write_tables

TALENT = {
    "sources.csv": """id,title,publisher,published,url
s2020,Lens alumni,Daily Tech,2020-06-01,
s2022,Robo feature,Daily Tech,2022-03-01,
s2024,Late profile,Daily Tech,2024-05,
""",
    "organizations.csv": """id,name,aliases,kind,sector,country,founded,source_id
lens,Lens AI,镜头智能,company,computer_vision,CN,2014,s2020
robo,Robo Works,,company,机器人,CN,2018,s2020
sage,Sage Models,,company,llm,CN,2022,s2020
uni,Example University,,university,,CN,1900,s2020
""",
    "people.csv": """id,name,aliases,domains
ada,Ada,,
ben,Ben,,
cai,Cai,,
dan,Dan,,
eve,Eve,,
fay,Fay,,视觉
gus,Gus,,
""",
    "stints.csv": """person_id,org_id,kind,title,field,team_size,start,end,source_id,quote,resources
ada,lens,employment,head of research,,200,2015,2019,s2020,led 200 people at Lens,
ben,lens,employment,researcher,,20,2016,2020,s2020,,
cai,robo,founder,CEO,,,2018,,s2020,,
dan,lens,employment,engineering director,,100,2016,2021,s2020,,
eve,uni,education,PhD,computer science,,2010,2015,,,
eve,sage,employment,head of pretraining,,300,2023-09,,,,4000+ GPUs
fay,robo,employment,VP engineering,,80,2019,,s2022,,
gus,robo,employment,engineer,,,2021,,s2020,,
""",
    "credentials.csv": """person_id,type,detail,date,source_id,quote
ada,phd,PhD in computer vision,2014,s2020,博士
ben,paper,co-author of a NeurIPS paper,2018,s2020,
ben,paper,published 30 papers at CVPR,2019,s2020,
cai,delivery,shipped a warehouse robot fleet,2020,s2020,
dan,phd,PhD in machine learning,2012,s2024,
fay,award,young engineer award,2019,s2022,
""",
    "products.csv": """id,org_id,name,launched,sector,source_id
robox,robo,RoboX,2019-05,robotics,s2020
""",
    "product_metrics.csv": """product_id,metric,value,date,source_id,quote
robox,users,50000,2020-01,s2020,5万用户
""",
}


@pytest.fixture
def talent(tmp_path) -> Store:
    store = Store.memory()
    api.load(store, [write_tables(tmp_path / "talent", TALENT)])
    yield store
    store.close()


def ids(result) -> list[str]:
    return list(result.people.id)


def test_both_sides_ranked_by_scores(talent):
    result = api.scarcity(talent)
    assert result.count == 4
    # Eve: PhD 3; team 2·log10(300/10) = 2.95 + GPUs log10(4000/100) = 1.60.
    # Ada: 3; 2·log10(20) = 2.60. Fay: award 1.5; team 2·log10(8) = 1.81 + RoboX 2. Dan: 3; 2.
    assert ids(result) == ["eve", "ada", "fay", "dan"]
    assert list(result.people.research) == [3.0, 3.0, 1.5, 3.0]
    assert list(result.people.delivery) == [4.55, 2.6, 3.81, 2.0]


def test_only_one_side(talent):
    assert sorted(ids(api.scarcity(talent, require=["research"]))) == [
        "ada",
        "ben",
        "dan",
        "eve",
        "fay",
    ]
    delivery = api.scarcity(talent, require=["delivery"])
    # Ben's team of 20 is below the default 50; Gus joined after RoboX launched.
    assert sorted(ids(delivery)) == ["ada", "cai", "dan", "eve", "fay"]
    smaller = api.scarcity(talent, require=["delivery"], min_team=10)
    assert "ben" in ids(smaller) and "gus" not in ids(smaller)


def test_evidence_names_facts_and_sources(talent):
    ada = api.scarcity(talent).people.set_index("id").evidence["ada"]
    (phd,) = ada["research"]
    assert phd["kind"] == "phd" and phd["points"] == 3.0
    assert phd["sources"] == [{"source_id": "s2020", "quote": "博士"}]
    (team,) = ada["delivery"]
    assert (team["kind"], team["value"], team["org"]) == ("team", 200.0, "Lens AI")
    assert team["sources"][0]["quote"] == "led 200 people at Lens"
    cai = api.scarcity(talent, require=["delivery"]).people.set_index("id").evidence["cai"]
    product = next(f for f in cai["delivery"] if f["kind"] == "product")
    assert product["product"] == "RoboX" and product["metric"] == "users"
    assert [s["source_id"] for s in product["sources"]] == ["s2020", "s2020"]


def test_as_of_drops_later_sources_and_later_facts(talent):
    # Dan's PhD was published in 2024; Eve's Sage team started 2023-09 (a source known at any
    # time): neither counts in mid-2023. Fay's facts were published in 2022.
    then = api.scarcity(talent, as_of=date(2023, 6, 30))
    assert ids(then) == ["ada", "fay"]
    later = api.scarcity(talent, as_of=date(2024, 1, 31))
    assert ids(later) == ["eve", "ada", "fay"]  # Eve's team has started; Dan's PhD not known
    assert api.scarcity(talent, as_of=date(2019, 12, 31)).count == 0  # no source known yet


def test_domain_filter_any_label(talent):
    vision = api.scarcity(talent, domain="计算机视觉")
    assert sorted(ids(vision)) == ["ada", "dan", "fay"]  # Fay by her tag 视觉
    fay = vision.people.set_index("id").evidence["fay"]
    assert [(f["kind"], f["detail"]) for f in fay["domain"]] == [("tag", "视觉")]
    robots = api.scarcity(talent, domain="robotics", require=["delivery"])
    assert sorted(ids(robots)) == ["cai", "fay"]
    assert api.scarcity(talent, domain="LLM").people.id.tolist() == ["eve"]


def test_lineage_filter(talent):
    lens = api.scarcity(talent, lineage="镜头智能")
    assert sorted(ids(lens)) == ["ada", "dan"]
    ties = lens.people.set_index("id").evidence["ada"]["lineage"]
    assert [(t["kind"], t["org_id"]) for t in ties] == [("employment", "lens")]
    assert lens.lineage_name == "Lens AI"


def test_min_gpus(talent):
    compute = api.scarcity(talent, min_gpus=1000)
    assert ids(compute) == ["eve"]
    (gpus,) = compute.people.evidence[0]["compute"]
    assert gpus["value"] == 4000 and gpus["detail"] == "4000+ GPUs"
    assert api.scarcity(talent, min_gpus=5000).count == 0


def test_top_limits_the_list_not_the_count(talent):
    result = api.scarcity(talent, top=2)
    assert result.count == 4 and ids(result) == ["eve", "ada"]


def test_json_shape(talent):
    payload = api.scarcity(talent, domain="vision").to_json()
    assert payload["count"] == 3
    person = payload["people"][0]
    assert set(person) >= {"id", "name", "evidence", "scores"}
    assert set(person["scores"]) == {"research", "delivery"}
    assert set(person["evidence"]) == {"research", "delivery", "domain"}
    fact = person["evidence"]["research"][0]
    assert {"kind", "detail", "date", "sources", "points"} <= set(fact)


def test_stored_tables_match_computed_and_follow_changes(talent, tmp_path):
    criteria = finder.Criteria()
    stored = finder.scarcity(talent.views(), criteria, talent=finder.stored_talent(talent))
    computed = finder.scarcity(talent.views(), criteria)
    assert stored.to_json() == computed.to_json()
    more = {
        "sources.csv": TALENT["sources.csv"],
        "credentials.csv": "person_id,type,detail,date,source_id\n"
        "gus,award,robot award,2022,s2022\n",
        "stints.csv": "person_id,org_id,kind,title,team_size,start,source_id\n"
        "gus,robo,employment,lead,60,2022,s2022\n",
    }
    api.load(talent, [write_tables(tmp_path / "more", more)])
    assert "gus" in ids(api.scarcity(talent))


def test_bad_input_is_a_clear_error(talent):
    with pytest.raises(NotFound, match="unknown sector"):
        api.scarcity(talent, domain="basket weaving")
    with pytest.raises(NotFound, match="no organisation"):
        api.scarcity(talent, lineage="Nowhere Inc")
    with pytest.raises(PedigreeError, match="^require: unknown requirement"):
        api.scarcity(talent, require=["charisma"])


def test_numbers_read_from_text(store):
    import ibis

    cases = {
        "4000+ GPUs": 4000,
        "4,000 GPUs": 4000,
        "1.2万张GPU": 12000,
        "万卡集群": 10000,
        "两千张卡": 2000,
        "10k A100s": 10000,
        "500 servers": None,
    }
    table = ibis.memtable({"text": list(cases)})
    found = store.backend.execute(table.mutate(n=gpu_count(table.text)))
    assert [None if n != n else n for n in found.n] == list(cases.values())
    papers = {
        "published 12 papers at CVPR": 12,
        "发表论文30余篇": 30,
        "co-author of the ResNet paper": 1,
        "CVPR 2019 best paper": 1,
        "more than 1,200 publications": 1200,
    }
    table = ibis.memtable({"text": list(papers)})
    found = store.backend.execute(table.mutate(n=paper_count(table.text)))
    assert list(found.n) == list(papers.values())
    titles = {"PhD": True, "博士": True, "Ph.D.": True, "博士后": False, "PhD candidate": False}
    table = ibis.memtable({"text": list(titles)})
    found = store.backend.execute(table.mutate(n=is_phd(table.text)))
    assert list(found.n) == list(titles.values())


def test_cli(tmp_path):
    import json

    from typer.testing import CliRunner

    from pedigree.cli import app

    runner = CliRunner()
    db = str(tmp_path / "cli.duckdb")
    api.load(db, [write_tables(tmp_path / "talent", TALENT)])
    result = runner.invoke(app, ["--db", db, "scarcity", "--domain", "視覺", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["count"] == 3 and len(payload["people"]) == 3
    table = runner.invoke(app, ["--db", db, "scarcity", "--lineage", "Lens AI", "--top", "1"])
    assert table.exit_code == 0 and "2 people match" in table.stdout
    assert "top 1 of 2 shown" in table.stdout
    # the facts cite sources by number; the sources are listed by title
    assert "sources" in table.stdout and "Lens alumni" in table.stdout
    assert "s2020" not in table.stdout
    for args, message in [
        (["--domain", "basket weaving"], "unknown sector"),
        (["--lineage", "Nowhere Inc"], "no organisation named"),
        (["--require", "charisma"], "--require"),
    ]:
        bad = runner.invoke(app, ["--db", db, "scarcity", *args])
        assert bad.exit_code == 1 and "Traceback" not in bad.output
        assert bad.output.count("\n") == 1 and message in bad.output
