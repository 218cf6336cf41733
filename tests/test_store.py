import pytest

from pedigree.errors import PedigreeError, StoreMissing
from pedigree.ingest import load_tables
from pedigree.store import Store
from pedigree.store.schema import SCHEMA_VERSION


def test_migrations_run_once_and_survive_reopening(tmp_path, world_dir):
    path = tmp_path / "s.duckdb"
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        load_tables(store, [world_dir])
    with Store.open(path) as store:
        assert store.scalar("SELECT count(*) FROM schema_migrations") == SCHEMA_VERSION
        assert store.scalar("SELECT count(*) FROM people") == 4


def test_a_newer_store_is_refused(tmp_path):
    path = tmp_path / "new.duckdb"
    with Store.open(path) as store:
        store.con.execute("INSERT INTO schema_migrations VALUES (999, 'future', now())")
    with pytest.raises(PedigreeError, match="newer than this pedigree"):
        Store.open(path)


def test_reading_commands_do_not_create_a_store(tmp_path):
    with pytest.raises(StoreMissing):
        Store.open(tmp_path / "absent.duckdb", create=False)
    assert not (tmp_path / "absent.duckdb").exists()


def test_store_path_from_environment(tmp_path, monkeypatch):
    from pedigree.store import resolve_path

    monkeypatch.setenv("PEDIGREE_DB", str(tmp_path / "env.duckdb"))
    assert resolve_path(None) == tmp_path / "env.duckdb"
    assert resolve_path(tmp_path / "flag.duckdb") == tmp_path / "flag.duckdb"


def test_progress_is_reported_per_file_and_step(store, world_dir):
    seen = []
    load_tables(store, [world_dir], progress=lambda f, step, done: seen.append((f, step, done)))
    assert ("stints.csv", "storing", 1.0) in seen
    assert {step for _, step, _ in seen} == {"reading", "checking", "storing"}
