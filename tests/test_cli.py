"""The CLI through Typer's runner: output, JSON shapes, exit codes and one-line errors."""

import json

import pytest
from typer.testing import CliRunner

from pedigree import api
from pedigree.cli import app
from tests.world import WORLD, write_tables

runner = CliRunner()


@pytest.fixture
def db(tmp_path, world_dir):
    path = tmp_path / "cli.duckdb"
    result = runner.invoke(app, ["--db", str(path), "load", str(world_dir)])
    assert result.exit_code == 0, result.output
    return str(path)


def run(*args):
    return runner.invoke(app, list(args))


def test_load_reports_and_is_idempotent(db, world_dir):
    again = run("--db", db, "load", str(world_dir), "--json")
    assert again.exit_code == 0
    assert json.loads(again.stdout)["added"] == 0


def test_bad_file_is_one_line_error_and_nothing_is_written(tmp_path):
    tables = dict(WORLD)
    tables["stints.csv"] += "wang,alpha,employment,,,,20155,,news-2020\n"
    folder = write_tables(tmp_path / "bad", tables)
    db = str(tmp_path / "bad.duckdb")
    result = run("--db", db, "load", str(folder))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert f"stints.csv:{tables['stints.csv'].count(chr(10))}: start: not a date" in result.output
    # the first import failed, so there is no store: not even an empty schema
    info = run("--db", db, "info", "--json")
    assert info.exit_code == 1 and "no store at" in info.output


def test_skip_bad(tmp_path):
    tables = dict(WORLD)
    tables["people.csv"] += "x,,,\n"
    folder = write_tables(tmp_path / "bad", tables)
    rejects = tmp_path / "r.csv"
    db = str(tmp_path / "s.duckdb")
    result = run("--db", db, "load", str(folder), "--skip-bad", "--rejects", str(rejects))
    assert result.exit_code == 0
    assert rejects.exists() and "1 bad rows skipped" in result.output


def test_lineage_json(db):
    result = run("--db", db, "lineage", "阿爾法視覺", "--json")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["root"] == {"id": "alpha", "name": "阿尔法视觉"}
    edge = next(e for e in payload["edges"] if e["child"] == "Delta 3D" and e["generation"] == 2)
    assert edge["parent"] == "Beta Labs" and edge["via"] == ["宋一"]
    assert {"parent", "child", "generation", "via"} <= set(payload["edges"][0])


def test_lineage_tree_and_as_of(db):
    result = run("--db", db, "lineage", "Alpha Vision", "--depth", "2")
    assert result.exit_code == 0
    assert (
        "Beta Labs" in result.stdout
        and "王伟" in result.stdout
        and "vice president" in result.stdout
    )
    early = run("--db", db, "lineage", "alpha", "--as-of", "2023-12", "--json")
    assert "Gamma AI" not in early.stdout
    bad = run("--db", db, "lineage", "alpha", "--as-of", "last year")
    assert bad.exit_code == 1 and "--as-of: not a date" in bad.output


def test_unknown_org_suggests(db):
    result = run("--db", db, "lineage", "Alpha")
    assert result.exit_code == 1
    assert "no organisation named 'Alpha'; did you mean: " in result.output
    assert "Traceback" not in result.output


def test_missing_store(tmp_path):
    result = run("--db", str(tmp_path / "none.duckdb"), "academies")
    assert result.exit_code == 1 and "no store at" in result.output
    assert not (tmp_path / "none.duckdb").exists()


def test_academies(db):
    result = run("--db", db, "academies", "--json")
    rows = json.loads(result.stdout)
    assert rows[0]["org_id"] == "alpha" and rows[0]["spinouts"] == 3
    assert "阿尔法视觉" in run("--db", db, "academies").stdout


def test_profiles(db):
    person = json.loads(run("--db", db, "person", "Wang Wei", "--json").stdout)
    assert person["name"] == "王伟"
    assert {c["org_id"] for c in person["career"]} == {"alpha", "beta", "uni"}
    assert {s["id"] for s in person["sources"]} >= {"news-2020"}
    org = json.loads(run("--db", db, "org", "贝塔", "--json").stdout)
    assert org["id"] == "beta" and org["rounds"][0]["post_money_valuation"] == 2.5e9
    assert [lineage["ancestor_id"] for lineage in org["lineages"]] == ["alpha"]
    text = run("--db", db, "org", "Beta Labs").stdout
    assert "founders" in text and "王伟" in text


def test_demo_twice(tmp_path):
    db = str(tmp_path / "demo.duckdb")
    first = run("--db", db, "demo")
    assert first.exit_code == 0, first.output
    for name in ("MiniMax", "Momenta", "Vivix AI", "言图科技", "VAST"):
        assert name in first.stdout
    second = run("--db", db, "demo")
    assert "already loaded" in second.stdout
    tree = json.loads(run("--db", db, "lineage", "商湯", "--json").stdout)
    generation_one = {e["child"] for e in tree["edges"] if e["generation"] == 1}
    assert {"MiniMax", "Momenta", "Vivix AI", "言图科技"} <= generation_one
    assert any(e["child"] == "VAST" and e["parent"] == "MiniMax" and e["generation"] == 2
               for e in tree["edges"])  # fmt: skip
    for alias in ("商汤", "SenseTime", "sensetime", "商汤科技"):
        assert (
            json.loads(run("--db", db, "lineage", alias, "--json").stdout)["root"] == tree["root"]
        )


def test_sources_are_shown_by_title_not_by_id(tmp_path):
    """Ingested articles are sources with hash ids (doc:54c6…): answers name them by title."""
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("星河智能的创始人是前百度副总裁张明远。", encoding="utf-8")
    second.write_text("张明远曾任百度副总裁，后创办星河智能。", encoding="utf-8")
    db = str(tmp_path / "t.duckdb")
    for path, title in ((first, "星河智能创始人报道"), (second, "百度校友创业观察")):
        ingested = run("--db", db, "ingest", str(path), "--title", title, "--published", "2025-06")
        assert ingested.exit_code == 0, ingested.output
        assert title in ingested.stdout
    ids = [read.source["id"] for read in api.extract([first, second])]
    people = [f"person:张明远@{source_id}" for source_id in ids]

    tree = run("--db", db, "lineage", "百度")
    assert tree.exit_code == 0, tree.output
    assert "星河智能" in tree.stdout and "星河智能创始人报道" in tree.stdout
    assert "doc:" not in tree.stdout

    person = run("--db", db, "person", people[0])
    assert person.exit_code == 0, person.output
    assert "as named in [1] 星河智能创始人报道" in " ".join(person.stdout.split())

    why = run("--db", db, "why", *people)
    assert why.exit_code == 0, why.output
    text = " ".join(why.stdout.split())
    assert "星河智能创始人报道" in text and "百度校友创业观察" in text
    payload = json.loads(run("--db", db, "why", *people, "--json").stdout)
    assert payload["left_name"] == "张明远"
    assert {s["title"] for s in payload["sources"]} == {"星河智能创始人报道", "百度校友创业观察"}
