"""The store in a person's hands: many readers and one writer, waiting instead of failing, read
commands that never write, other programs' files left alone, atomic creation, Ctrl-C, and the
space a rolled-back import took given back (issue 15)."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from pedigree import api
from pedigree.cli import app
from pedigree.errors import NotAStore, PedigreeError, StoreBusy, StoreMissing
from pedigree.store import Store, locking
from pedigree.store.schema import MIGRATIONS, SCHEMA_VERSION
from tests.world import WORLD, write_tables

runner = CliRunner()
TABLES = "SELECT table_name FROM duckdb_tables()"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db(tmp_path, world_dir) -> Path:
    path = tmp_path / "store.duckdb"
    api.load(path, [world_dir])
    return path


@pytest.fixture(autouse=True)
def short_waits():
    """Lock waits in these tests are short and said nowhere, unless a test asks."""
    saved = locking.policy.seconds, locking.policy.notify
    locking.configure(5, None)
    yield
    locking.configure(*saved)


@contextmanager
def held(path: Path, *, read_only: bool, seconds: float = 30.0):
    """Another process holding the store open (a writer, or a reader) until the block ends,
    or for `seconds`."""
    script = (
        "import duckdb, sys, time\n"
        f"con = duckdb.connect({str(path)!r}, read_only={read_only})\n"
        "print('ready', flush=True)\n"
        f"time.sleep({seconds})\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout.readline().strip() == "ready"
        yield process
    finally:
        process.kill()
        process.wait()


# --- many readers, one writer ----------------------------------------------------------------


def test_reads_run_while_another_process_reads(db):
    with held(db, read_only=True):
        assert len(api.lineage(db, "Alpha Vision", depth=2).edges) > 0
        assert api.info(db)["counts"]["people"] == 4


def test_a_reader_waits_for_a_writer_then_reads(db):
    said = []
    locking.configure(30, said.append)
    with held(db, read_only=False, seconds=1.5):
        started = time.monotonic()
        assert api.info(db)["counts"]["people"] == 4
    assert time.monotonic() - started >= 0.5
    assert len(said) == 1 and said[0].startswith("waiting for the store: another process")
    assert "Ctrl-C" in said[0]


def test_a_writer_waits_for_readers(db, world_dir):
    with held(db, read_only=True, seconds=1.5):
        assert api.load(db, [world_dir]).added == 0


def test_waiting_gives_up_with_one_line(db, world_dir):
    locking.configure(0.3, None)
    with held(db, read_only=False):
        with pytest.raises(StoreBusy) as error:
            api.lineage(db, "Alpha Vision")
        with pytest.raises(StoreBusy):
            api.load(db, [world_dir])
    message = str(error.value)
    assert "\n" not in message and "still in use" in message and "(wait, in seconds)" in message
    assert "IO Error" not in message and "Conflicting lock" not in message


def test_cli_wait_option_waits_says_so_and_gives_up(db):
    with held(db, read_only=False):
        result = runner.invoke(app, ["--db", str(db), "--wait", "0.5", "info"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("waiting for the store: another process")
    assert lines[-1].startswith("error: the store") and "after 0.5 s" in lines[-1]


def test_wait_must_be_a_number_of_seconds(db, monkeypatch):
    monkeypatch.setenv("PEDIGREE_WAIT", "soon")
    locking.configure(None, None)
    with pytest.raises(PedigreeError, match="PEDIGREE_WAIT: not a number"):
        api.info(db)


@contextmanager
def unwritable(path: Path):
    """`path` made read-only even for root (immutable), or by its mode for anyone else."""
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
            pytest.skip("root, and chattr +i is not available here")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        return
    os.chmod(path, 0o444)
    os.chmod(path.parent, 0o555)  # not even a WAL can be made next to it
    try:
        yield
    finally:
        os.chmod(path.parent, 0o755)
        os.chmod(path, 0o644)


def test_a_read_only_file_is_readable(db, world_dir):
    before = digest(db)
    with unwritable(db):
        assert not os.access(db, os.W_OK)
        assert api.info(db)["counts"]["people"] == 4
        assert len(api.lineage(db, "Alpha Vision").edges) > 0
        with pytest.raises(PedigreeError) as error:
            api.load(db, [world_dir])
        assert "\n" not in str(error.value) and "is read-only" in str(error.value)
    assert digest(db) == before


# --- read commands never write ---------------------------------------------------------------


def every_read(db) -> dict:
    """Every read function of the API, called once on the world store."""
    return {
        "info": lambda: api.info(db),
        "lineage": lambda: api.lineage(db, "Alpha Vision", depth=2),
        "lineage as of": lambda: api.lineage(db, "Alpha Vision", as_of=date(2022, 1, 1)),
        "academies": lambda: api.academies(db, depth=2),
        "person": lambda: api.person(db, "Wang Wei"),
        "org": lambda: api.org(db, "Beta Labs"),
        "scarcity": lambda: api.scarcity(db, domain="computer_vision"),
        "scarcity as of": lambda: api.scarcity(db, as_of=date(2021, 1, 1)),
        "score": lambda: api.score(db, "王伟"),
        "score as of": lambda: api.score(db, "王伟", as_of=date(2021, 1, 1)),
        "financials": lambda: api.financials(db, "Beta Labs"),
        "timeline": lambda: api.timeline(db, "Beta Labs"),
        "halo": lambda: api.halo(db),
        "halo company": lambda: api.halo_company(db, "Beta Labs"),
        "landscape": lambda: api.landscape(db),
        "report": lambda: api.report(db, "Alpha Vision"),
        "backtest": lambda: api.backtest(db, "Alpha Vision", as_of=date(2022, 1, 1)),
        "sources": lambda: api.sources(db, ["news-2020"]),
        "names": lambda: api.names(db, "person", ["wang"]),
        "review queue": lambda: api.review_queue(db),
        "why": lambda: api.why(db, "Beta Labs", "Gamma AI"),
    }


def test_every_read_works_on_a_store_only_readable_and_writes_nothing(db):
    api.resolve(db)  # so that there is a review queue to read
    before = digest(db)
    with Store.open(db, read_only=True) as store:
        assert store.read_only
        for read in every_read(store).values():
            read()  # through an open read-only Store
        with pytest.raises(duckdb.Error):
            store.con.execute("CREATE TABLE scratch (x INTEGER)")
    with held(db, read_only=True):  # another reader holds it: no one can write meanwhile
        for read in every_read(db).values():
            read()  # through a path: each opens the store read-only
    assert digest(db) == before
    assert not Path(f"{db}.wal").exists()


def test_the_talent_tables_are_derived_when_data_is_imported(db):
    with Store.open(db, read_only=True) as store:
        tables = {name for (name,) in store.con.execute(TABLES).fetchall()}
    assert {"talent_facts", "talent_people", "talent_domains", "talent_ties"} <= tables
    api.judge(db, "Beta Labs", "Gamma AI", "different")  # every write derives them again
    assert api.scarcity(db, require=["research"]).count >= 1  # read-only: stale would fail


def old_store(path: Path) -> None:
    """A store as the previous schema version left it (no derived tables of this version)."""
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_migrations (version INTEGER, description VARCHAR, "
                "applied_at TIMESTAMP)")  # fmt: skip
    for version, description, sql in MIGRATIONS[:-1]:
        con.execute(sql)
        con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [version, description])
    con.close()


def test_an_old_store_read_only_says_to_migrate_and_migrate_upgrades_it(tmp_path):
    path = tmp_path / "old.duckdb"
    old_store(path)
    before = digest(path)
    with pytest.raises(PedigreeError, match="run `pedigree migrate`") as error:
        api.lineage(path, "Alpha Vision")
    assert "\n" not in str(error.value)
    assert digest(path) == before
    result = runner.invoke(app, ["--db", str(path), "migrate", "--json"])
    assert result.exit_code == 0, result.output
    assert f'"version": {SCHEMA_VERSION}' in result.stdout
    assert api.info(path)["schema_version"] == SCHEMA_VERSION
    assert api.scarcity(path).count == 0


def test_stale_talent_tables_are_refused_read_only_and_derived_by_migrate(db):
    with Store.open(db) as store:
        # as if another version, with other rules, had derived them
        store.con.execute("UPDATE derived_tables SET version = 0 WHERE name = 'talent_facts'")
    with pytest.raises(PedigreeError, match="pedigree migrate"):
        api.scarcity(db)
    api.migrate(db)
    assert api.scarcity(db, require=["research"]).count >= 1


# --- only our own stores are written ---------------------------------------------------------


def foreign(path: Path, table: str = "customers") -> Path:
    con = duckdb.connect(str(path))
    con.execute(f"CREATE TABLE {table} (id INTEGER, name VARCHAR)")
    con.execute(f"INSERT INTO {table} VALUES (1, 'Ada')")
    con.close()
    return path


def tables_of(path: Path) -> list[str]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return sorted(name for (name,) in con.execute(TABLES).fetchall())
    finally:
        con.close()


def test_info_on_another_programs_file_is_refused_and_writes_nothing(tmp_path):
    path = foreign(tmp_path / "theirs.duckdb")
    before = digest(path)
    result = runner.invoke(app, ["--db", str(path), "info"])
    assert result.exit_code == 1
    assert "not a pedigree store" in result.output and "customers" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    assert digest(path) == before
    assert tables_of(path) == ["customers"]


@pytest.mark.parametrize("table", ["sources", "customers"])
def test_imports_into_another_programs_file_are_refused(tmp_path, world_dir, table):
    path = foreign(tmp_path / "theirs.duckdb", table)
    before = digest(path)
    with pytest.raises(NotAStore, match="not a pedigree store"):
        api.load(path, [world_dir])
    result = runner.invoke(app, ["--db", str(path), "demo"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "not a pedigree store" in result.output
    assert digest(path) == before
    assert tables_of(path) == [table]


def test_an_empty_duckdb_file_becomes_a_store(tmp_path, world_dir):
    path = tmp_path / "empty.duckdb"
    duckdb.connect(str(path)).close()
    with pytest.raises(StoreMissing, match="holds no data yet"):
        api.info(path)
    assert api.load(path, [world_dir]).added > 0
    assert api.info(path)["counts"]["people"] == 4


def test_a_file_that_is_not_duckdb_is_one_line(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_text("id,name\n1,Ada\n" * 1000)
    before = digest(path)
    for args in (["info"], ["lineage", "x"], ["demo"]):
        result = runner.invoke(app, ["--db", str(path), *args])
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert "not a DuckDB database file" in result.output
    assert digest(path) == before


# --- atomic creation, Ctrl-C -----------------------------------------------------------------


def test_a_failed_first_import_leaves_no_store(tmp_path):
    tables = dict(WORLD)
    tables["stints.csv"] += "wang,alpha,employment,,,,20155,,news-2020\n"
    bad = write_tables(tmp_path / "bad", tables)
    path = tmp_path / "new.duckdb"
    with pytest.raises(PedigreeError):
        api.load(path, [bad])
    assert not path.exists()


def test_a_store_killed_while_it_is_created_is_new_again(tmp_path, world_dir):
    path = tmp_path / "killed.duckdb"
    script = (
        "import os\n"
        "from pedigree.ingest import load_tables\n"
        "from pedigree.store import Store\n"
        "import pedigree.ingest.load as load\n"
        "def die(store):\n"
        "    os._exit(9)  # killed in the middle of the first import, before it commits\n"
        "load.refresh = die\n"
        f"load_tables(Store.open({str(path)!r}), [{str(world_dir)!r}])\n"
    )
    subprocess.run([sys.executable, "-c", script], check=False)
    if path.exists():
        assert tables_of(path) == []  # neither schema nor half a store
        with pytest.raises(StoreMissing, match="holds no data yet"):
            api.lineage(path, "Alpha Vision")
    assert api.load(path, [world_dir]).added > 0
    assert len(api.lineage(path, "Alpha Vision").edges) > 0


@pytest.mark.parametrize("stop", [KeyboardInterrupt(), RuntimeError("Query interrupted")])
def test_ctrl_c_during_a_load_is_one_line_exit_130_and_changes_nothing(
    db, tmp_path, monkeypatch, stop
):
    import pedigree.ingest.load as load

    more = dict(WORLD)
    more["people.csv"] += "qian,钱七,,\n"
    folder = write_tables(tmp_path / "more", more)
    before = api.info(db)["counts"]

    def interrupted(store):
        raise stop

    monkeypatch.setattr(load, "refresh", interrupted)
    result = runner.invoke(app, ["--db", str(db), "load", str(folder)])
    assert result.exit_code == 130
    assert result.output.strip() == "interrupted; nothing was imported"
    assert api.info(db)["counts"] == before


def test_ctrl_c_that_a_library_turns_into_another_error_is_still_an_interrupt(
    db, world_dir, monkeypatch
):
    import pedigree.ingest.load as load

    before = api.info(db)["counts"]

    def swallowed(store):
        try:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(1)
        except KeyboardInterrupt:
            pass  # a library that catches too much, leaving a module half imported
        raise ImportError("cannot import name 'x' from partially initialized module 'y'")

    monkeypatch.setattr(load, "refresh", swallowed)
    result = runner.invoke(app, ["--db", str(db), "load", str(world_dir)])
    assert result.exit_code == 130, result.output
    assert result.output.strip() == "interrupted; nothing was imported"
    assert api.info(db)["counts"] == before


def test_a_rolled_back_import_gives_the_space_back(db):
    size = db.stat().st_size
    with Store.open(db) as store:
        with pytest.raises(ValueError), store.transaction():
            store.con.execute(
                "INSERT INTO entity_statements SELECT md5(i::VARCHAR), 'p' || i, 'person', "
                "'name', repeat('x', 40) || i, 'news-2020', NULL, NULL, NULL, 1.0, now() "
                "FROM range(700000) t(i)"
            )
            assert store.scalar("SELECT count(*) FROM entity_statements") > 700000
            raise ValueError("the import failed")
        # the store is still usable after the file was rewritten
        assert store.scalar("SELECT count(*) FROM people") == 4
        store.con.execute("INSERT INTO judgements (entity_type, left_id, right_id, verdict, "
                          "judged_by, recorded_at) VALUES ('person', 'a', 'b', 'same', 'me', "
                          "now())")  # fmt: skip
    assert db.stat().st_size <= max(2 * size, size + (1 << 20))
    assert api.info(db)["counts"]["judgements"] == 1


def test_ctrl_c_in_a_real_process_during_load(tmp_path, world_dir):
    """SIGINT to a `pedigree load` process: one line, exit 130, no traceback."""
    path = tmp_path / "sig.duckdb"
    api.load(path, [world_dir])
    before = api.info(path)["counts"]
    script = (
        "import os, signal, sys\n"
        "import pedigree.ingest.load as load\n"
        "def interrupt(store):\n"
        "    os.kill(os.getpid(), signal.SIGINT)\n"
        "    import time; time.sleep(5)\n"
        "load.refresh = interrupt\n"
        "from pedigree.cli import app\n"
        f"sys.argv = ['pedigree', '--db', {str(path)!r}, 'load', {str(world_dir)!r}]\n"
        "app()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 130, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1] == "interrupted; nothing was imported"
    assert api.info(path)["counts"] == before


def test_the_next_writer_gives_back_the_space_a_killed_import_took(db, world_dir):
    size = db.stat().st_size
    script = (
        "import os\n"
        "from pedigree.store import Store\n"
        f"store = Store.open({str(db)!r})\n"
        "store.con.execute('BEGIN TRANSACTION')\n"
        "store.con.execute(\"INSERT INTO entity_statements SELECT md5(i::VARCHAR), 'p' || i, "
        "'person', 'name', repeat('x', 40) || i, 'news-2020', NULL, NULL, NULL, 1.0, now() "
        'FROM range(700000) t(i)")\n'
        "os._exit(9)  # killed before the commit\n"
    )
    subprocess.run([sys.executable, "-c", script], check=False)
    assert db.stat().st_size > 2 * size  # DuckDB wrote the rows it never committed
    assert api.info(db)["counts"]["people"] == 4  # a reader changes nothing
    assert api.load(db, [world_dir]).added == 0
    assert db.stat().st_size <= max(2 * size, size + (1 << 20))
