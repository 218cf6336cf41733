"""The Parquet export: one file per table with a manifest, all or nothing, never over a folder
that holds something unless asked; and the checks made when an export is read back."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pedigree import api
from pedigree.store import Store
from pedigree.store import parquet as parquet_module
from pedigree.store.parquet import ExportError, export_parquet, read_export
from pedigree.store.schema import SCHEMA_VERSION


@pytest.fixture
def world_file(tmp_path: Path, world_dir: Path) -> Path:
    path = tmp_path / "world.duckdb"
    api.load(str(path), [world_dir])
    return path


def test_every_table_with_a_manifest(world_file, tmp_path):
    target = tmp_path / "out"
    export = api.export_parquet(str(world_file), target)

    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["format"] == "pedigree-parquet"
    assert manifest["schema_version"] == SCHEMA_VERSION
    assert datetime.fromisoformat(manifest["exported_at"]).tzinfo is not None
    expected = {
        "sources",
        "entity_statements",
        "stint_statements",
        "round_statements",
        "organizations",
        "people",
        "stints",
        "rounds",
        "names",
        "org_ancestors",
        "spinout_ties",
        "canonical_ids",
        "judgements",
    }
    assert expected <= set(manifest["tables"])
    assert "schema_migrations" not in manifest["tables"]
    files = {p.name for p in target.iterdir()}
    assert files == {"manifest.json"} | {f"{name}.parquet" for name in manifest["tables"]}

    with Store.open(world_file, read_only=True) as store:
        for name, entry in manifest["tables"].items():
            assert entry["file"] == f"{name}.parquet"
            assert entry["rows"] == store.scalar(f'SELECT count(*) FROM "{name}"'), name
        stints = store.con.sql("SELECT * FROM stints ORDER BY id").to_arrow_table()
    assert manifest["tables"]["stint_statements"]["rows"] == 10
    written = pq.read_table(target / "stints.parquet").sort_by("id")
    assert written.to_pylist() == stints.select(written.column_names).to_pylist()
    assert export.rows == {name: e["rows"] for name, e in manifest["tables"].items()}


def test_types_survive(world_file, tmp_path):
    """Dates stay dates, lists stay lists of text (what Spark reads back)."""
    api.export_parquet(str(world_file), tmp_path / "out")
    schema = pq.read_schema(tmp_path / "out" / "round_statements.parquet")
    assert str(schema.field("date").type) == "date32[day]"
    assert str(schema.field("investors").type).startswith("list<")
    rounds = pq.read_table(tmp_path / "out" / "round_statements.parquet").to_pylist()
    beta = next(row for row in rounds if row["org_id"] == "beta")
    assert sorted(beta["investors"]) == ["Fund One", "Fund Two"]
    assert str(beta["date"]) == "2021-06-01"


def test_a_folder_that_holds_something_is_refused(world_file, tmp_path):
    target = tmp_path / "out"
    target.mkdir()
    (target / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ExportError, match="not empty"):
        api.export_parquet(str(world_file), target)
    assert (target / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_an_empty_folder_is_used_and_overwrite_replaces(world_file, tmp_path):
    target = tmp_path / "out"
    target.mkdir()
    api.export_parquet(str(world_file), target)
    (target / "stale.parquet").write_text("old", encoding="utf-8")
    api.export_parquet(str(world_file), target, overwrite=True)
    assert not (target / "stale.parquet").exists()
    assert (target / "stints.parquet").is_file()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_file_in_the_way_is_refused(world_file, tmp_path):
    target = tmp_path / "out"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="not a folder"):
        api.export_parquet(str(world_file), target)


def test_a_failed_export_leaves_nothing(world_file, tmp_path, monkeypatch):
    real = parquet_module._copy_tables

    def fail_after_copying(store, folder):
        real(store, folder)
        raise OSError("disk full")

    monkeypatch.setattr(parquet_module, "_copy_tables", fail_after_copying)
    with pytest.raises(OSError, match="disk full"):
        api.export_parquet(str(world_file), tmp_path / "out")
    assert not (tmp_path / "out").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_failed_overwrite_keeps_the_old_export(world_file, tmp_path, monkeypatch):
    target = tmp_path / "out"
    api.export_parquet(str(world_file), target)
    before = (target / "manifest.json").read_text(encoding="utf-8")
    monkeypatch.setattr(
        parquet_module, "_copy_tables", lambda store, folder: (_ for _ in ()).throw(OSError("x"))
    )
    with pytest.raises(OSError):
        api.export_parquet(str(world_file), target, overwrite=True)
    assert (target / "manifest.json").read_text(encoding="utf-8") == before


def test_reading_checks_the_manifest(world_file, tmp_path):
    with pytest.raises(ExportError, match="no manifest.json"):
        read_export(tmp_path)
    target = tmp_path / "out"
    with Store.open(world_file, read_only=True) as store:  # a reader can export
        export_parquet(store, target)
    assert read_export(target).rows["stint_statements"] == 10

    manifest = target / "manifest.json"
    good = json.loads(manifest.read_text(encoding="utf-8"))
    manifest.write_text("{not json", encoding="utf-8")
    with pytest.raises(ExportError, match="not a valid manifest"):
        read_export(target)
    manifest.write_text(json.dumps({**good, "schema_version": 999}), encoding="utf-8")
    with pytest.raises(ExportError, match="schema version 999"):
        read_export(target)
    manifest.write_text(json.dumps(good), encoding="utf-8")
    (target / "stints.parquet").unlink()
    with pytest.raises(ExportError, match="stints but no such file"):
        read_export(target)


def test_cli_engine_options_are_checked(world_file, tmp_path):
    """Mistakes with --engine and --parquet are one line each, before Spark is started."""
    from typer.testing import CliRunner

    from pedigree.cli import app

    runner = CliRunner()
    alone = runner.invoke(app, ["--db", str(world_file), "--parquet", str(tmp_path), "info"])
    assert alone.exit_code == 1
    assert "add --engine spark" in alone.output
    unknown = runner.invoke(app, ["--engine", "polars", "info"])
    assert unknown.exit_code == 1
    assert "choose duckdb or spark" in unknown.output
    not_export = runner.invoke(
        app, ["--engine", "spark", "--parquet", str(tmp_path), "lineage", "Alpha Vision"]
    )
    assert not_export.exit_code == 1
    assert f"{tmp_path}: not a Parquet export of a store (no manifest.json)" in not_export.output
    assert "Traceback" not in not_export.output
