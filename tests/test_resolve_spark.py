"""The same match models on Spark (local mode) as on DuckDB: the same blocked pairs, the same
comparison levels, match probabilities within 1e-6, and so the same accepted pairs and
clusters. Invented people and companies, in Simplified and Traditional Han and in Latin script,
with namesakes that must stay apart.

Needs the `spark` extra (pyspark) and Java 17+; skipped without them. Spark's start-up
dominates the run time, so one session serves the whole module.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pandas as pd
import pytest

from pedigree.ingest import load_tables
from pedigree.resolve.backends import duckdb_api, local_spark, predict_with, spark_api
from pedigree.resolve.matching import AUTO_ACCEPT
from pedigree.resolve.records import org_records, person_records
from pedigree.store import Store
from tests.world import write_tables

pytestmark = [
    # pyspark 4 warns that pandas 3 is not yet fully supported; the one conversion used here
    # (splink's toPandas of the predictions) is what the test compares, so it is checked.
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas"),
    pytest.mark.filterwarnings("ignore:The copy keyword is deprecated"),
]

TOLERANCE = 1e-6

# Invented people and companies. Namesakes that must stay apart: 张明远 (zmy-other) and the
# common 王伟 (ww-3, ww-4); pairs with nothing to tell them apart: 刘宇 / 劉宇; partial names
# that meet others only through the one-sided rules: S. Chen, Siyaun Chen (a slip), Jason Chen.
TABLES = {
    "sources.csv": """id,title,publisher,published,url
s1,Invented founders feature,Daily Tech,2024-03-01,
""",
    "organizations.csv": """id,name,aliases,kind,sector,country,founded,source_id
xiyu,上海稀宇科技有限公司,MiniMax,company,llm,CN,2021,s1
xiyu-short,稀宇科技,,company,llm,CN,,s1
xiyu-en,MiniMax,,company,,CN,,s1
xinghe,星河智能,,company,robotics,CN,2021,s1
xinghe-en,Xinghe AI,,company,robotics,CN,,s1
xinghe-other,杭州星河科技,,company,payments,CN,2015,s1
xingchen,星辰科技,,company,llm,CN,2022,s1
xingchen-tw,星辰資本,,company,investment,CN,2010,s1
alpha,阿尔法视觉,Alpha Vision,company,computer_vision,CN,2014,s1
alpha-tw,阿爾法視覺,,company,computer_vision,CN,,s1
thu,清华大学,清華大學,university,,CN,1911,s1
pku,北京大学,,university,,CN,1898,s1
""",
    "people.csv": """id,name,aliases,domains
zmy,张明远,Zhang Mingyuan,robotics
zmy-tw,張明遠,,robotics
zmy-en,Mingyuan Zhang,,
zmy-other,张明远,,
ww-1,王伟,,computer_vision
ww-2,王偉,Wang Wei,computer_vision
ww-3,王伟,,
ww-4,Wei Wang,,
csy,陈思远,,llm
csy-en,Siyuan Chen,,llm
csy-initial,S. Chen,,
csy-slip,Siyaun Chen,,
csy-english,Jason Chen,,
ly,刘宇,,
ly-tw,劉宇,,
""",
    "stints.csv": """person_id,org_id,kind,title,field,team_size,start,end,source_id
zmy,xinghe,founder,CEO,,,2021,,s1
zmy,alpha,employment,vice president,,300,2015,2020,s1
zmy,thu,education,PhD,robotics,,2008,2013,s1
zmy-tw,xinghe,founder,CEO,,,2021,,s1
zmy-tw,thu,education,PhD,,,2008,2013,s1
zmy-en,alpha,employment,vice president,,,2015,2020,s1
zmy-other,xingchen-tw,employment,analyst,,,2019,,s1
zmy-other,pku,education,MBA,,,2015,2017,s1
ww-1,alpha,employment,engineer,,,2016,2019,s1
ww-1,thu,education,MS,,,2012,2015,s1
ww-2,alpha,employment,engineer,,,2016,2019,s1
ww-2,thu,education,MS,,,2012,2015,s1
ww-2,xinghe-other,founder,CEO,,,2015,,s1
ww-3,xinghe-other,employment,accountant,,,2018,,s1
ww-3,pku,education,BA,,,2010,2014,s1
ww-4,xingchen,employment,engineer,,,2022,,s1
csy,xiyu,founder,CTO,,,2021,,s1
csy,pku,education,PhD,,,2012,2017,s1
csy-en,xiyu,founder,CTO,,,2021,,s1
csy-en,pku,education,PhD,,,2012,2017,s1
csy-initial,xiyu,employment,CTO,,,2021,,s1
csy-slip,xiyu,founder,CTO,,,2021,,s1
csy-english,xiyu,employment,engineer,,,2022,,s1
""",
}


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> dict[str, pd.DataFrame]:
    """The match records of both entity types, built by records.py from a loaded store."""
    folder = write_tables(tmp_path_factory.mktemp("tables"), TABLES)
    with Store.memory() as store:
        load_tables(store, [folder], rejects_path=folder / "rejects.csv")
        return {"person": person_records(store.con), "organization": org_records(store.con)}


def _pairs(predictions: pd.DataFrame) -> pd.DataFrame:
    """One row per unordered pair, ids in order, with its probability and comparison levels."""
    frame = predictions.copy()
    left, right = frame.unique_id_l.astype(str), frame.unique_id_r.astype(str)
    frame["left"], frame["right"] = left.where(left < right, right), right.where(left < right, left)
    gammas = sorted(c for c in frame.columns if c.startswith("gamma_"))
    frame = frame[["left", "right", "match_probability", *gammas]]
    frame[gammas] = frame[gammas].astype(int)
    return frame.sort_values(["left", "right"]).reset_index(drop=True)


def _clusters(pairs: pd.DataFrame, ids) -> set[frozenset[str]]:
    """Connected components of the accepted pairs."""
    parent = {entity_id: entity_id for entity_id in ids}

    def root(node: str) -> str:
        while parent[node] != node:
            node = parent[node]
        return node

    for left, right in pairs[["left", "right"]].itertuples(index=False):
        parent[root(left)] = root(right)
    groups: dict[str, set[str]] = {}
    for entity_id in ids:
        groups.setdefault(root(entity_id), set()).add(entity_id)
    return {frozenset(group) for group in groups.values()}


def _java_major() -> int | None:
    """The major version of the `java` on the PATH (None when there is none)."""
    java = shutil.which("java")
    if java is None:
        return None
    shown = subprocess.run([java, "-version"], capture_output=True, text=True, check=False)
    found = re.search(r'version "(?:1\.)?(\d+)', shown.stderr + shown.stdout)
    return int(found.group(1)) if found else None


@pytest.fixture(scope="module")
def spark(tmp_path_factory):
    pytest.importorskip("pyspark", reason="the Spark check needs the `spark` extra (pyspark)")
    java = _java_major()
    if java is None or java < 17:
        pytest.skip(f"Spark 4 needs Java 17 or later on the PATH (found: {java or 'none'})")
    session = local_spark(tmp_path_factory.mktemp("spark"))
    yield session
    session.stop()


@pytest.mark.parametrize("entity_type", ["person", "organization"])
def test_spark_scores_like_duckdb(spark, records, entity_type):
    records = records[entity_type]
    on_duckdb = _pairs(predict_with(duckdb_api(), records, entity_type))
    on_spark = _pairs(predict_with(spark_api(spark), records, entity_type))

    # Not a vacuous agreement: the set has both confident matches and blocked non-matches.
    accepted = on_duckdb[on_duckdb.match_probability >= AUTO_ACCEPT]
    assert 0 < len(accepted) < len(on_duckdb)
    if entity_type == "person":  # the one-sided rules for partial names paired them
        paired = set(on_duckdb.left) | set(on_duckdb.right)
        assert {"csy-initial", "csy-slip", "csy-english"} <= paired

    assert list(on_spark[["left", "right"]].itertuples(index=False)) == list(
        on_duckdb[["left", "right"]].itertuples(index=False)
    )
    gammas = [c for c in on_duckdb.columns if c.startswith("gamma_")]
    assert on_spark[gammas].equals(on_duckdb[gammas])
    gap = (on_spark.match_probability - on_duckdb.match_probability).abs().max()
    assert gap < TOLERANCE

    spark_accepted = on_spark[on_spark.match_probability >= AUTO_ACCEPT]
    ids = records.unique_id.tolist()
    assert _clusters(spark_accepted, ids) == _clusters(accepted, ids)
