"""The benchmarks' hand-written references apply pedigree's own rules, so that they compare like
with like: bench/foundation.py's SQL and pandas + NetworkX academies rankings (time order, loop
removal, the part_of hierarchy, roles read at the unit) and bench/scarcity.py's PhD rule."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from pedigree.analytics.academies import academies
from pedigree.ingest import load_tables
from tests.world import write_tables

BENCH = Path(__file__).resolve().parent.parent / "bench"


def bench_module(name: str):
    """A bench script imported as a module (bench/ is no package)."""
    if name in sys.modules:
        return sys.modules[name]
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCH))
    return module


# Every rule the old references missed, each once:
# - late: 甲 took an undated job at A (founded 2010) and founded Late Co in 2008: backwards;
# - x, y: an undated loop (P from Y founded X, Q from X founded Y): neither is a spin-out;
# - c, d: a serial founder's companies, C (2016) before D (2021): C → D only;
# - grp, unit: Group Video is part of Group Corp; its alumnus founded E, counted at both; Group
#   Corp's alumnus founded Group Video, which is no spin-out of its own group;
# - D's alumnus founded H, with no valuation: D's unicorns are unknown;
# - an intern at Group Video (the quote says so, not the title) founded F: no alumnus of either.
TABLES = {
    "organizations.csv": "id,name,kind,founded,part_of,relation\n"
    "a,A Corp,company,2010,,\nlate,Late Co,company,2008,,\n"
    "x,X Corp,company,,,\ny,Y Corp,company,,,\n"
    "c,C Corp,company,2016,,\nd,D Corp,company,2021,,\n"
    "grp,Group Corp,company,2005,,\nunit,Group Video,company,2012,Group Corp,brand\n"
    "e,E Corp,company,2019,,\nf,F Corp,company,2020,,\nb,B Corp,company,2018-03,,\n"
    "h,H Corp,company,2023,,\n",
    "people.csv": "id,name\njia,甲\np,P\nq,Q\ns,S\nu,U\nv,V\nw,W\nk,K\nn,N\n",
    "stints.csv": "person_id,org_id,kind,title,start,quote\n"
    "jia,a,employment,engineer,,\njia,late,founder,,,\n"
    "k,a,employment,engineer,2012,\nk,b,founder,,2018-03,\n"
    "p,y,employment,,,\np,x,founder,,,\nq,x,employment,,,\nq,y,founder,,,\n"
    "s,c,founder,,,\ns,d,founder,,,\n"
    "u,unit,employment,producer,2013,\nu,e,founder,,2019,\n"
    "v,grp,employment,manager,2006,\nv,unit,founder,,2012,\n"
    "w,unit,employment,,2014,曾在Group Video实习\nw,f,founder,,2020,\n"
    "n,d,employment,engineer,2021-06,\nn,h,founder,,2023,\n",
    "rounds.csv": "org_id,date,round,currency,post_money_valuation\n"
    "e,2021-05,B,USD,1200000000\nd,2022,A,USD,300000000\nb,2020,A,CNY,700000000\n"
    "late,2015,A,USD,2000000000\n",
}


@pytest.fixture
def tricky(store, tmp_path):
    load_tables(store, [write_tables(tmp_path / "tricky", TABLES)])
    return store


def test_the_tricky_world_ranks_by_pedigrees_rules(tricky):
    ranking = academies(tricky.views(), top=None).set_index("org_id")
    assert ranking.spinouts.to_dict() == {"a": 1, "c": 1, "d": 1, "grp": 1, "unit": 1}
    assert ranking.unicorns.isna().tolist() == [False] * 4 + [True]


def test_foundation_references_rank_like_pedigree(tricky):
    foundation = bench_module("foundation")
    ours = academies(tricky.views(), top=None)
    for from_ties in (True, False):
        by_sql = foundation.academies_by_sql(tricky.con, from_ties)
        assert foundation.same_ranking(ours, by_sql) == (True, "5 rows equal"), from_ties
    by_pandas = foundation.academies_pandas(tricky.con)
    assert foundation.same_ranking(ours, by_pandas) == (True, "5 rows equal")


def test_foundation_loop_removal_matches_pedigrees():
    from pedigree.analytics.spinouts import loop_edges

    foundation = bench_module("foundation")
    pairs = [
        ("a", "b", True), ("b", "a", False), ("b", "c", True), ("c", "a", True),
        ("x", "y", True), ("y", "x", True), ("y", "z", False),
    ]  # fmt: skip
    assert (
        foundation.loop_edges_nx(pairs)
        == loop_edges(pairs)
        == {
            ("b", "a"),
            ("a", "b"),
            ("b", "c"),
            ("c", "a"),
            ("x", "y"),
            ("y", "x"),
        }
    )


# Everyone led a team of 500 (delivery); their research is one PhD each, finished or not:
# - fin: a finished PhD (a credential) and 钱's education stint titled PhD;
# - grade, leave: PhD credentials whose detail or quote says 博士四年级 or 休学;
# - cand: an education stint titled PhD whose quote says it is still going (PhD candidate);
# - adv: no PhD, an award whose quote says it is the advisor's (师从图灵奖获得者).
SCARCITY_TABLES = {
    "organizations.csv": "id,name,kind\nbig,Big Corp,company\nuni,Some University,university\n",
    "people.csv": "id,name\nfin,赵一\nqian,钱二\ngrade,孙三\nleave,李四\ncand,周五\nadv,吴六\n",
    "stints.csv": "person_id,org_id,kind,title,team_size,start,end,quote\n"
    + "".join(
        f"{p},big,employment,director,500,2015,2020,\n"
        for p in ("fin", "qian", "grade", "leave", "cand", "adv")
    )
    + "qian,uni,education,PhD,,2008,2013,钱二博士毕业于Some University\n"
    "cand,uni,education,PhD,,2019,,周五是Some University的PhD candidate\n",
    "credentials.csv": "person_id,type,detail,quote\n"
    "fin,phd,PhD in computer science,赵一拥有计算机博士学位\n"
    "grade,phd,博士四年级,孙三目前是博士四年级\n"
    "leave,phd,PhD,李四博士休学后创业\n"
    "adv,award,图灵奖,吴六师从图灵奖获得者姚某\n",
}


def test_scarcity_sql_from_base_tables_reads_phds_like_pedigree(store, tmp_path):
    from pedigree import api
    from pedigree.analytics import scarcity as finder

    bench = bench_module("scarcity")
    load_tables(store, [write_tables(tmp_path / "phds", SCARCITY_TABLES)])
    ours = api.scarcity(store, top=50)
    assert sorted(ours.people.id) == ["fin", "qian"]
    answer = bench.sql_from_base(store.con, finder.Criteria(), 50, [])
    assert sorted(row[0] for row in answer["ranked"]) == ["fin", "qian"]
    assert bench.same_answer(ours, answer) == (True, "count 2, 2 ranked equal")
