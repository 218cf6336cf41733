from datetime import date
from pathlib import Path

import pytest

from pedigree.analytics.academies import academies
from pedigree.analytics.lineage import ancestry, lineage
from pedigree.ingest import load_tables
from tests.world import write_tables

# A made-up demo-day post: a serial founder pitching two companies that each name the other as
# his earlier one, ByteDance, 抖音 and TikTok alumni.
DEMO_DAY = Path(__file__).parent / "data" / "demo_day.md"


def edges_of(result) -> set[tuple[str, str, int]]:
    return {(e.parent_id, e.child_id, e.generation) for e in result.edges.itertuples()}


def test_generations_and_every_path(world):
    result = lineage(world.views(), "alpha", depth=3)
    assert edges_of(result) == {
        ("alpha", "beta", 1),
        ("alpha", "gamma", 1),
        ("alpha", "delta", 1),  # 宋一 was at Alpha before founding Delta …
        ("beta", "delta", 2),  # … and co-founded Beta: both paths are shown
    }
    beta = result.edges[result.edges.child_id == "beta"].iloc[0]
    assert beta.via == ["宋一", "王伟"]
    wang = next(f for f in beta.founders if f["person_id"] == "wang")
    assert wang["titles_at_parent"] == ["vice president"] and wang["role"] == "CEO"
    assert beta.valuation_usd == 2.5e9 and beta.valuation_date == "2021-06"
    assert "news-2020" in beta.sources


def test_depth_limits_generations(world):
    assert {g for *_, g in edges_of(lineage(world.views(), "alpha", depth=1))} == {1}


def test_founding_before_joining_is_not_a_spinout(world):
    # 赵六 founded Zeta in 2018 and joined Alpha only in 2020.
    assert "zeta" not in {c for _, c, _ in edges_of(lineage(world.views(), "alpha"))}


def test_an_organisation_is_never_its_own_spinout(world):
    # 王伟 is a founder of Beta, which counts as being "at" Beta; Beta must not spawn Beta.
    result = lineage(world.views(), "beta")
    assert edges_of(result) == {("beta", "delta", 1)}


def test_as_of_sees_only_what_was_published(world):
    # Gamma's founding was reported in a source published 2024-02.
    before = lineage(world.views(date(2024, 1, 31)), "alpha")
    after = lineage(world.views(date(2024, 2, 29)), "alpha")
    assert "gamma" not in set(before.edges.child_id)
    assert "gamma" in set(after.edges.child_id)
    assert set(lineage(world.views(date(2020, 12, 31)), "alpha").edges.child_id) == {"beta"}


def test_as_of_respects_valid_time_of_undated_sources(store, tmp_path):
    # Rows without a source cite the file, which has no publication date: background knowledge,
    # known at any time — but a company founded in 2016 still did not exist in 2015.
    tables = {
        "organizations.csv": "id,name,kind,founded\nx,X Corp,company,2010\ny,Y Corp,company,2016\n",
        "people.csv": "id,name\np,Person P\n",
        "stints.csv": "person_id,org_id,kind,start\np,x,employment,2011\np,y,founder,2016-05\n",
    }
    load_tables(store, [write_tables(tmp_path / "bg", tables)])
    assert lineage(store.views(date(2015, 12, 31)), "x").edges.empty
    assert set(lineage(store.views(date(2016, 5, 1)), "x").edges.child_id) == {"y"}


def test_a_fact_published_a_day_later_changes_nothing(world, tmp_path):
    as_of = date(2024, 6, 30)
    before = lineage(world.views(as_of), "alpha").to_json()
    late = {
        "sources.csv": "id,title,publisher,published,url\nscoop,Scoop,Daily Tech,2024-07-01,\n",
        "organizations.csv": "id,name,kind,founded,source_id\neps,Epsilon,company,2022,scoop\n",
        "stints.csv": "person_id,org_id,kind,start,source_id\nzhao,eps,founder,2022,scoop\n"
        "wang,eps,founder,2022,scoop\n",
        "rounds.csv": "org_id,date,post_money_valuation,currency,source_id\n"
        "beta,2024-05,9000000000,USD,scoop\n",
    }
    load_tables(world, [write_tables(tmp_path / "late", late)])
    assert lineage(world.views(as_of), "alpha").to_json() == before
    assert "eps" in set(lineage(world.views(), "alpha").edges.child_id)


def test_an_undated_loop_is_no_lineage(store, tmp_path):
    # X's founder came from Y and Y's founder from X, with no dates: the evidence contradicts
    # itself, so neither is the other's spin-out; Y → Z stands (undated, marked so).
    tables = {
        "organizations.csv": "id,name,kind\nx,X Corp,company\ny,Y Corp,company\nz,Z Corp,company\n",
        "people.csv": "id,name\np,Person P\nq,Person Q\nr,Person R\n",
        "stints.csv": "person_id,org_id,kind\np,y,employment\np,x,founder\n"
        "q,x,employment\nq,y,founder\nr,y,employment\nr,z,founder\n",
    }
    load_tables(store, [write_tables(tmp_path / "cycle", tables)])
    assert lineage(store.views(), "x", depth=10).edges.empty
    result = lineage(store.views(), "y", depth=10)
    assert edges_of(result) == {("y", "z", 1)}
    assert result.edges.dated.tolist() == [False]
    assert result.to_json()["edges"][0]["founders"][0]["dated"] is False


def test_a_loop_loses_its_undated_edges_first(store, tmp_path):
    # X → Y is dated (P joined X in 2015, founded Y in 2019); Y → X rests on an undated job.
    tables = {
        "organizations.csv": "id,name,kind,founded\nx,X Corp,company,2010\n"
        "y,Y Corp,company,2019\n",
        "people.csv": "id,name\np,Person P\nq,Person Q\n",
        "stints.csv": "person_id,org_id,kind,start\np,x,employment,2015\np,y,founder,2019\n"
        "q,y,employment,\nq,x,founder,\n",
    }
    load_tables(store, [write_tables(tmp_path / "loop", tables)])
    for views in (store.views(), store.views(date(2030, 1, 1))):  # stored and on the fly
        assert edges_of(lineage(views, "x")) == {("x", "y", 1)}
        assert lineage(views, "y").edges.empty


def test_a_serial_founders_companies_follow_their_founding_order(store, tmp_path):
    # 袁一 founded OneCo in 2017 and TwoCo in 2023; 陈二 founded ThreeCo and FourCo, undated.
    tables = {
        "organizations.csv": "id,name,kind,founded\none,OneCo,company,2017\n"
        "two,TwoCo,company,2023\nthree,ThreeCo,company,\nfour,FourCo,company,\n"
        "five,FiveCo,company,2023-06\n",
        "people.csv": "id,name\nyuan,袁一\nchen,陈二\n",
        "stints.csv": "person_id,org_id,kind\nyuan,one,founder\nyuan,two,founder\n"
        "yuan,five,founder\nchen,three,founder\nchen,four,founder\n",
    }
    load_tables(store, [write_tables(tmp_path / "serial", tables)])
    views = store.views()
    assert edges_of(lineage(views, "one")) == {("one", "two", 1), ("one", "five", 1)}
    assert lineage(views, "two").edges.empty  # not backwards, and 2023 vs 2023-06 is no order
    assert lineage(views, "three").edges.empty and lineage(views, "four").edges.empty


def test_a_job_taken_after_the_founding_is_no_lineage(store, tmp_path):
    # 张三 founded a studio in 2012 and joined ByteCo only in 2017 (or: ByteCo was founded in
    # 2014 and his job there is undated, so it cannot have come before 2012 either).
    tables = {
        "organizations.csv": "id,name,kind,founded\nbyte,ByteCo,company,2014\n"
        "studio,Studio,company,2012\nlater,LaterCo,company,2020\n",
        "people.csv": "id,name\nzhang,张三\nli,李四\n",
        "stints.csv": "person_id,org_id,kind,start\nzhang,byte,employment,2017\n"
        "zhang,studio,founder,2012\nzhang,later,founder,2020\n"
        "li,byte,employment,\nli,studio,founder,\n",
    }
    load_tables(store, [write_tables(tmp_path / "late", tables)])
    result = lineage(store.views(), "byte")
    assert edges_of(result) == {("byte", "later", 1)}
    assert result.edges.dated.tolist() == [True]


def test_no_edge_runs_backwards_or_loops_on_a_demo_day_store():
    from pedigree.analytics.lineage_audit import lineage_problems
    from pedigree.ingest.articles import ingest_files
    from pedigree.store import Store

    with Store.memory() as demo:
        ingest_files(demo, [DEMO_DAY])
        problems = lineage_problems(demo.views())
        assert problems["edges"] > 0
        assert problems["backwards"] == [] and problems["loops"] == []


def test_sector_filter_keeps_the_path(world):
    result = lineage(world.views(), "alpha", sector="3d_generation")
    assert edges_of(result) == {("alpha", "delta", 1), ("beta", "delta", 2), ("alpha", "beta", 1)}


def test_education_lineage_is_opt_in(world):
    assert lineage(world.views(), "uni").edges.empty
    with_study = lineage(world.views(), "uni", tie_kinds=("employment", "founder", "education"))
    assert edges_of(with_study) == {("uni", "beta", 1), ("beta", "delta", 2)}


def test_ancestry_lists_every_lineage(world):
    found = ancestry(world.views(), "delta")
    # Alpha twice: directly (宋一 worked there) and through Beta, which came from Alpha.
    assert set(zip(found.ancestor_id, found.generation, strict=True)) == {
        ("alpha", 1),
        ("beta", 1),
        ("alpha", 2),
    }


def test_academies(world):
    table = academies(world.views(), depth=1)
    alpha = table.iloc[0]
    assert alpha.org_id == "alpha"
    assert (alpha.spinouts, alpha.unicorns) == (3, 2)  # Beta $2.5B, Gamma ¥9B ≈ $1.26B
    assert alpha.total_valuation_usd == pytest.approx(2.5e9 + 9e9 * 0.14 + 2e8)
    # Beta: founded 2019-03, first valued ≥ $1B 2021-06 → 27 months
    assert alpha.median_months_to_unicorn == pytest.approx((27 + 36) / 2, abs=0.6)
    deeper = academies(world.views(), depth=2)
    assert deeper.set_index("org_id").loc["alpha", "spinouts"] == 3
    assert deeper.set_index("org_id").loc["beta", "spinouts"] == 1
    assert (
        academies(world.views(date(2020, 12, 31))).set_index("org_id").loc["alpha", "spinouts"] == 1
    )


def test_derived_spinout_table_matches_its_definition(world):
    from pedigree.analytics.spinouts import spinout_evidence, spinout_ties
    from pedigree.model import LINEAGE_TIE_KINDS

    columns = ["person_id", "parent_id", "child_id", "parent_title"]
    views = world.views()
    stored = world.backend.execute(spinout_ties(views)).sort_values(columns)[columns]
    computed = world.backend.execute(spinout_evidence(views, LINEAGE_TIE_KINDS))
    assert stored.values.tolist() == computed.sort_values(columns)[columns].values.tolist()


def test_lineage_labels_follow_reporting_usage():
    from pedigree.analytics.membership import lineage_label

    assert lineage_label("商湯科技", ["商湯", "SenseTime"]) == "商汤系"
    assert lineage_label("字节跳动", ["字节", "ByteDance"]) == "字节系"
    assert lineage_label("MiniMax", ["稀宇科技"]) == "MiniMax系"
    assert lineage_label("Palantir Technologies", ["Palantir"]) == "Palantir系"


def test_company_lineages_are_the_spinout_edges(world):
    from pedigree.analytics.membership import company_lineages
    from pedigree.analytics.spinouts import spinout_ties

    views = world.views()
    pairs = views.backend.execute(company_lineages(views))
    ties = spinout_ties(views)
    edges = views.backend.execute(ties.select("child_id", "parent_id").distinct())
    assert len(pairs) == len(edges) > 0


def test_bytedance_lineage_includes_douyin_and_tiktok_alumni_by_unit():
    from pedigree.ingest.articles import ingest_files
    from pedigree.store import Store
    from pedigree.store.lookup import find_entity

    with Store.memory() as demo:
        ingest_files(demo, [DEMO_DAY])
        views = demo.views()
        bytedance = find_entity(demo.con, "字节跳动", "organization")
        douyin = find_entity(demo.con, "抖音", "organization")
        assert bytedance != douyin  # a brand stays its own organisation
        result = lineage(views, bytedance)
        clip = result.edges[result.edges.child == "光年智剪"].iloc[0]
        assert clip.parent_id == bytedance and clip.generation == 1
        assert clip.units == ["TikTok", "抖音"] and clip.via == ["李晓", "王一鸣"]
        assert {"星流智算", "未来足式"} <= set(result.edges.child)
        assert set(lineage(views, douyin).edges.child) == {"光年智剪"}
        table = academies(views, top=None).set_index("org_id")
        assert table.loc[bytedance, "spinouts"] >= 3


def test_part_of_is_imported_and_a_unit_is_no_spinout_of_its_group(store, tmp_path):
    # Alpha Lab is part of Alpha (by name, as a user may write it); its alumnus founded Omega.
    # Its own founder came from Alpha: a lab of Alpha is no spin-out of Alpha.
    tables = {
        "organizations.csv": "id,name,kind,founded,part_of,relation\n"
        "alpha,Alpha Corp,company,2010,,\nlab,Alpha Lab,lab,2015,Alpha Corp,lab\n"
        "omega,Omega,company,2020,,\n",
        "people.csv": "id,name\np,Person P\nq,Person Q\n",
        "stints.csv": "person_id,org_id,kind,start\np,lab,employment,2016\np,omega,founder,2020\n"
        "q,alpha,employment,2011\nq,lab,founder,2015\n",
    }
    load_tables(store, [write_tables(tmp_path / "units", tables)])
    result = lineage(store.views(), "alpha")
    assert edges_of(result) == {("alpha", "omega", 1)}
    assert result.edges.units.tolist() == [["Alpha Lab"]]
    hierarchy = store.con.execute("SELECT org_id, ancestor_id, relation FROM org_ancestors")
    assert hierarchy.fetchall() == [("lab", "alpha", "lab")]


def test_bundled_hierarchy_cites_a_source_for_every_row():
    from pedigree.model import PART_OF_RELATIONS
    from pedigree.store.hierarchy import bundled_hierarchy

    rows = bundled_hierarchy()
    assert len(rows) >= 20
    assert rows.source.str.startswith("http").all()
    assert rows.relation.isin(PART_OF_RELATIONS).all()
    assert "昆山杜克大学" not in set(rows.unit.str.split("|").explode())  # a distinct university


def test_duke_kunshan_is_not_merged_into_duke(tmp_path):
    from pedigree.ingest.articles import ingest_files
    from pedigree.resolve.resolver import resolve
    from pedigree.store import Store

    path = tmp_path / "bios.md"
    path.write_text(
        "## **星河智能**\n\n **团队介绍** ：\n\n"
        "张明远：创始人，昆山杜克大学教授，杜克大学博士。\n\n"
        "王小明：联合创始人，杜克大学硕士。\n",
        encoding="utf-8",
    )
    with Store.memory() as demo:
        ingest_files(demo, [path])
        resolve(demo)
        orgs = {row[0] for row in demo.con.execute("SELECT name FROM organizations").fetchall()}
        assert {"昆山杜克大学", "杜克大学"} <= orgs
        schools = demo.con.execute(
            "SELECT DISTINCT o.name FROM stints s JOIN organizations o ON o.id = s.org_id "
            "WHERE o.name LIKE '%杜克%'"
        ).fetchall()
        assert sorted(schools) == [("昆山杜克大学",), ("杜克大学",)]


def test_lineage_follows_the_academies_alumni_rule(store, tmp_path):
    # At Alpha: 甲 was an employee (founded B), 乙 an intern (quote only; founded C). At the
    # university: 丙 studied (founded D), 丁 was a visiting scholar stored as study (founded E),
    # 戊 interned at its lab, stored as a job (founded F).
    from pedigree import api

    tables = {
        "organizations.csv": "id,name,kind,founded\nalpha,Alpha,company,2010\n"
        "uni,Uni,university,1911\nb,B,company,2020\nc,C,company,2020\nd,D,company,2020\n"
        "e,E,company,2020\nf,F,company,2020\n",
        "people.csv": "id,name\njia,甲\nyi,乙\nbing,丙\nding,丁\nwu,戊\n",
        "stints.csv": "person_id,org_id,kind,title,start,quote\n"
        "jia,alpha,employment,engineer,2015,\njia,b,founder,,2020,\n"
        "yi,alpha,employment,,2016,乙曾在Alpha实习\nyi,c,founder,,2020,\n"
        "bing,uni,education,PhD,2012,\nbing,d,founder,,2020,\n"
        "ding,uni,education,访问学者,2016,\nding,e,founder,,2020,\n"
        "wu,uni,employment,research intern,2017,\nwu,f,founder,,2020,\n",
    }
    load_tables(store, [write_tables(tmp_path / "roles", tables)])

    def children(org, **options):
        return set(api.lineage(store, org, **options).edges.child_id)

    assert children("alpha") == {"b"}
    assert children("alpha", interns=True) == {"b", "c"}
    assert children("uni") == set()
    assert children("uni", education=True) == {"d"}
    assert children("uni", education=True, interns=True) == {"d", "e", "f"}
    assert children("uni", interns=True) == {"f"}
    # The academies table counts the same people.
    table = api.academies(store, schools=True, top=None).set_index("org_id")
    assert table.spinouts.to_dict() == {"alpha": 1, "uni": 1}
    assert set(ancestry(store.views(), "c").ancestor_id) == set()
