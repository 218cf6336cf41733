"""`pedigree export --ftm`: the test world as FollowTheMoney entities, checked by followthemoney."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pedigree import api
from pedigree.cli import app
from pedigree.ingest import load_tables
from tests.world import WORLD, write_tables

ftm = pytest.importorskip("followthemoney")
from followthemoney import model  # noqa: E402

# The world, plus what only the export reads: investors the store knows, a board seat, an event,
# and a product (FtM has no schema for products: counted as not exported).
MORE = {
    "organizations_more.csv": """id,name,aliases,kind,sector,country,founded,source_id
fund-one,Fund One,,investor,,US,2001,news-2020
""",
    "stints_more.csv": """person_id,org_id,kind,title,field,team_size,start,end,source_id
li,beta,board,,,,2022,,news-2023
""",
    "events.csv": """org_id,type,date,detail,source_id
beta,listing,2024-02,listed in Hong Kong,later-2024
""",
    "products.csv": """id,name,org_id,launched,sector,source_id
beta-chat,Beta Chat,beta,2022-11,llm,news-2023
""",
}


@pytest.fixture
def world_db(tmp_path: Path) -> Path:
    db = tmp_path / "world.duckdb"
    folder = write_tables(tmp_path / "world", WORLD | MORE)
    api.load(db, [folder])
    return db


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def by_schema(entities: list[dict], schema: str) -> list[dict]:
    return [e for e in entities if e["schema"] == schema]


def named(entities: list[dict], name: str) -> dict:
    (found,) = [e for e in entities if name in e["properties"].get("name", [])]
    return found


def validate(entities: list[dict]) -> None:
    """Every entity passes the FtM model (schema, properties, cleaned values, required
    properties) and every entity reference resolves to an entity of the right schema."""
    ids = {e["id"]: e for e in entities}
    assert len(ids) == len(entities), "ids are unique"
    for data in entities:
        proxy = model.get_proxy(data, cleaned=False)  # unknown schema or property: raises
        assert proxy.id == data["id"]
        assert set(data["properties"]) <= set(proxy.schema.properties)
        for prop in proxy.schema.properties.values():
            for value in data["properties"].get(prop.name, []):
                assert prop.type.clean(value) == value, (data["schema"], prop.name, value)
        missing = [name for name in proxy.schema.required if not proxy.has(name)]
        assert not missing, (data["schema"], missing)
        for prop, value in proxy.itervalues():
            if prop.type.name == "entity":
                assert value in ids, f"{data['schema']}.{prop.name} → {value}: no such entity"
                target = model.get(ids[value]["schema"])
                assert target.is_a(prop.range), (prop.name, target.name)


def test_every_entity_passes_the_model_and_every_reference_resolves(world_db, tmp_path):
    out = tmp_path / "graph.ftm.json"
    report = api.export_ftm(world_db, out)
    entities = read(out)
    assert len(entities) == report.entities
    validate(entities)


def test_the_demo_store_validates(tmp_path):
    db = tmp_path / "demo.duckdb"
    api.load_demo(db)
    report = api.export_ftm(db, tmp_path / "demo.json")
    entities = read(tmp_path / "demo.json")
    validate(entities)
    assert report.schemata["Person"] > 10 and report.schemata["Employment"] > 10
    # an invalid value is dropped by FtM's cleaning: here every stored one survived
    assert len(entities) == report.entities


def test_schemata_and_provenance(world_db, tmp_path):
    out = tmp_path / "graph.json"
    report = api.export_ftm(world_db, out)
    entities = read(out)
    ids = {e["id"]: e for e in entities}
    assert report.schemata["Person"] == 4 and report.schemata["Article"] == 3
    (table_file,) = by_schema(entities, "Document")  # people.csv names no source: the file is one
    assert table_file["properties"]["fileName"] == ["people.csv"]
    assert report.skipped["products"] == 1
    wang = named(entities, "王伟")
    assert wang["schema"] == "Person" and {"王偉", "Wang Wei"} <= set(wang["properties"]["alias"])
    alpha = named(entities, "阿尔法视觉")
    assert alpha["schema"] == "Company"
    assert alpha["properties"]["incorporationDate"] == ["2014"]  # the year, not 2014-01-01
    assert named(entities, "清华大学")["schema"] == "Organization"
    # an employment, dated at its precision, with its quote's source as proof
    (job,) = [
        e
        for e in by_schema(entities, "Employment")
        if e["properties"]["employee"] == [wang["id"]]
        and e["properties"]["employer"] == [alpha["id"]]
    ]
    assert job["properties"]["role"] == ["vice president"]
    assert job["properties"]["startDate"] == ["2015"] and job["properties"]["endDate"] == ["2019"]
    (proof,) = job["properties"]["proof"]
    assert ids[proof]["properties"]["title"] == ["Alpha alumni feature"]
    assert ids[proof]["properties"]["publishedAt"] == ["2020-06-01"]
    # founding, study and a board seat
    beta = named(entities, "Beta Labs")
    founders = [
        e for e in by_schema(entities, "UnknownLink") if e["properties"]["object"] == [beta["id"]]
    ]
    assert {tuple(e["properties"]["role"]) for e in founders} == {("CEO",), ("co-founder",)}
    (degree,) = by_schema(entities, "Membership")
    assert degree["properties"]["role"] == ["PhD"]
    (seat,) = by_schema(entities, "Directorship")
    assert seat["properties"]["organization"] == [beta["id"]]
    # a round: an event naming its investors, and the known investor's stake
    fund = named(entities, "Fund One")
    events = by_schema(entities, "Event")
    (round_b,) = [e for e in events if e["properties"]["name"] == ["Beta Labs: B"]]
    assert set(round_b["properties"]["involved"]) == {beta["id"], fund["id"]}
    assert round_b["properties"]["namesMentioned"] == ["Fund Two"]
    assert round_b["properties"]["date"] == ["2021-06"]
    (stake,) = by_schema(entities, "Ownership")
    assert stake["properties"]["owner"] == [fund["id"]]
    assert stake["properties"]["asset"] == [beta["id"]]
    # the people and organisations cite the sources of their own statements
    assert wang["properties"]["proof"] and alpha["properties"]["proof"]


def test_same_store_same_file(world_db, tmp_path):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    api.export_ftm(world_db, first)
    api.export_ftm(world_db, second)
    assert first.read_bytes() == second.read_bytes()


def test_an_open_store_exports_too(store, world_dir, tmp_path):
    load_tables(store, [world_dir])
    report = api.export_ftm(store, tmp_path / "x.json")
    assert report.schemata["Person"] == 4


runner = CliRunner()


def test_cli_writes_the_file_and_reports(world_db, tmp_path):
    out = tmp_path / "graph.ftm.json"
    result = runner.invoke(app, ["--db", str(world_db), "export", "--ftm", str(out), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)["ftm"]
    assert summary["path"] == str(out) and summary["entities"] == len(read(out))
    assert summary["not_exported"]["products"] == 1
    quiet = runner.invoke(app, ["--db", str(world_db), "export", "--ftm", str(out)])
    assert quiet.exit_code == 0 and "FtM entities" in quiet.output


@pytest.mark.parametrize(
    ("target", "says"),
    [
        ("missing-folder/graph.json", "does not exist"),
        (".", "is a folder"),
    ],
)
def test_bad_output_path_is_one_line_and_writes_nothing(world_db, tmp_path, target, says):
    before = sorted(os.listdir(tmp_path))
    path = tmp_path / target
    result = runner.invoke(app, ["--db", str(world_db), "export", "--ftm", str(path)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: --ftm") and says in lines[0]
    assert sorted(os.listdir(tmp_path)) == before


def test_nothing_asked_is_an_error(world_db):
    result = runner.invoke(app, ["--db", str(world_db), "export"])
    assert result.exit_code == 1 and "--ftm FILE" in result.output


def test_missing_store_is_one_line(tmp_path):
    out = tmp_path / "graph.json"
    missing = str(tmp_path / "none.duckdb")
    result = runner.invoke(app, ["--db", missing, "export", "--ftm", str(out)])
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1
    assert not out.exists()


def test_a_failed_export_leaves_no_file(world_db, tmp_path, monkeypatch):
    from pedigree.export import ftm as module

    def broken(store, report=None):
        yield from ()
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(module, "entities", broken)
    out = tmp_path / "graph.json"
    result = runner.invoke(app, ["--db", str(world_db), "export", "--ftm", str(out)])
    assert result.exit_code == 1 and "No space left on device" in result.output
    assert not out.exists()
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".tmp")]


def test_without_the_package_the_error_says_what_to_install(world_db, tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "followthemoney", None)  # as if not installed
    out = tmp_path / "graph.json"
    result = runner.invoke(app, ["--db", str(world_db), "export", "--ftm", str(out)])
    assert result.exit_code == 1 and "pip install 'pedigree[ftm]'" in result.output
    assert len(result.output.strip().splitlines()) == 1 and not out.exists()


# --- the export command's --parquet (the export itself: pedigree.store.parquet) -------------


def test_parquet_and_ftm_at_once(world_db, tmp_path):
    folder, out = tmp_path / "parquet", tmp_path / "graph.json"
    result = runner.invoke(
        app,
        ["--db", str(world_db), "export", "--ftm", str(out), "--parquet", str(folder), "--json"],
    )
    assert result.exit_code == 0, result.output
    done = json.loads(result.stdout)
    stored = api.info(world_db)["counts"]
    assert done["parquet"]["rows"]["stint_statements"] == stored["stint_statements"] == 11
    assert (folder / "manifest.json").exists() and (folder / "stints.parquet").exists()
    assert done["ftm"]["entities"] == len(read(out))
    quiet = runner.invoke(
        app, ["--db", str(world_db), "export", "--parquet", str(folder), "--overwrite"]
    )
    assert quiet.exit_code == 0 and "as Parquet" in quiet.output


def test_parquet_into_a_folder_that_holds_files_is_refused(world_db, tmp_path):
    folder = tmp_path / "full"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["--db", str(world_db), "export", "--parquet", str(folder)])
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1
    assert "not empty" in result.output
    assert sorted(p.name for p in folder.iterdir()) == ["keep.txt"]


def test_ftm_to_standard_output(world_db, tmp_path):
    result = runner.invoke(app, ["--db", str(world_db), "export", "--ftm", "-"])
    assert result.exit_code == 0, result.output
    entities = [json.loads(line) for line in result.stdout.splitlines()]
    validate(entities)
    assert len(by_schema(entities, "Person")) == 4
    both = runner.invoke(app, ["--db", str(world_db), "export", "--ftm", "-", "--json"])
    assert both.exit_code == 1 and "standard output" in both.output


def test_a_reader_that_stops_early_ends_the_export_quietly(world_db):
    import subprocess
    import sys

    # each entity written 500 times: more than a pipe holds, so the export meets the closed pipe
    code = (
        "import pedigree.export.ftm as f\n"
        "real = f.entities\n"
        "f.entities = lambda store, report=None: (\n"
        "    e for e in real(store, report) for _ in range(500))\n"
        "from pedigree.cli import app\n"
        "app()\n"
    )
    command = [sys.executable, "-c", code, "--db", str(world_db), "export", "--ftm", "-"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout.readline().startswith(b'{"id": ')
        process.stdout.close()  # as `| head -1` does
        error = process.stderr.read().decode()
        assert process.wait(timeout=120) == 141
    assert error == ""
