from datetime import date

import pytest

from pedigree.analytics.academies import academies
from pedigree.analytics.lineage import ancestry, lineage
from pedigree.ingest import load_tables
from tests.world import write_tables


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


def test_cycles_do_not_loop(store, tmp_path):
    # X's founder came from Y and Y's founder from X (undated, so both edges stand).
    tables = {
        "organizations.csv": "id,name,kind\nx,X Corp,company\ny,Y Corp,company\nz,Z Corp,company\n",
        "people.csv": "id,name\np,Person P\nq,Person Q\nr,Person R\n",
        "stints.csv": "person_id,org_id,kind\np,y,employment\np,x,founder\n"
        "q,x,employment\nq,y,founder\nr,y,employment\nr,z,founder\n",
    }
    load_tables(store, [write_tables(tmp_path / "cycle", tables)])
    result = lineage(store.views(), "x", depth=10)
    assert edges_of(result) == {("x", "y", 1), ("y", "z", 2)}


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
    from pedigree.analytics.lineage import spinout_evidence, spinout_ties
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
    from pedigree.analytics.lineage import spinout_ties
    from pedigree.analytics.membership import company_lineages

    views = world.views()
    pairs = views.backend.execute(company_lineages(views))
    ties = spinout_ties(views)
    edges = views.backend.execute(ties.select("child_id", "parent_id").distinct())
    assert len(pairs) == len(edges) > 0
