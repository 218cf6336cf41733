"""The web app's hold on the store file: kept open while requests come, let go for imports."""

from __future__ import annotations

import time

import duckdb
import pytest

from pedigree import api
from pedigree.web.access import Access
from tests.world import WORLD, write_tables


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "kept.duckdb"
    api.load(path, [write_tables(tmp_path / "world", WORLD)])
    return path


def _writable(path) -> bool:
    """Whether another connection could open the file for writing now (this process: DuckDB
    refuses a second configuration of an open file just as another process meets its lock)."""
    try:
        duckdb.connect(str(path)).close()
    except duckdb.Error:
        return False
    return True


def _wait_until(condition, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def test_the_file_stays_open_between_requests_and_is_let_go_when_idle(db):
    access = Access(db, None)
    access.keeper.idle, access.keeper.hold = 0.3, 60
    with access.read() as store:
        assert store.scalar("SELECT count(*) FROM people") > 0
    assert not _writable(db)  # held between requests: the next one finds the cache warm
    with access.read() as store:
        assert store.scalar("SELECT count(*) FROM organizations") > 0
    assert _wait_until(lambda: _writable(db))  # a second without requests: let go


def test_requests_without_pause_still_leave_a_gap_for_an_import(db):
    access = Access(db, None)
    access.keeper.idle, access.keeper.hold, access.keeper.pause = 5, 0.3, 0.5
    gaps, deadline = 0, time.monotonic() + 3
    while time.monotonic() < deadline and not gaps:
        with access.read() as store:
            store.scalar("SELECT 1")
        gaps += _writable(db)
    assert gaps  # the hold ran out: for `pause` seconds only the requests hold the file


def test_a_write_in_this_process_lets_the_file_go_first(db):
    access = Access(db, None)
    access.keeper.idle, access.keeper.hold = 60, 60
    with access.read() as store:
        store.scalar("SELECT 1")
    with access.write() as path:
        assert _writable(path)
    with access.read() as store:  # and reads take it again
        assert store.scalar("SELECT count(*) FROM people") > 0


def test_requests_read_through_a_store_an_earlier_request_opened(db):
    access = Access(db, None)
    access.keeper.idle, access.keeper.hold = 60, 60
    with access.read() as first, access.read() as beside:
        assert beside is not first  # requests at the same time never share one
    with access.read() as second:
        assert second in (first, beside)  # kept while the file is held: not opened again
        assert second.scalar("SELECT count(*) FROM people") > 0
    with pytest.raises(RuntimeError), access.read() as failed:
        raise RuntimeError("the request failed")
    with pytest.raises(duckdb.Error):
        failed.con.execute("SELECT 1")  # closed, not passed on
    with access.read() as kept:
        assert kept is not failed
    access.keeper.release()  # the hold ends: the kept stores close with it
    with pytest.raises(duckdb.Error):
        kept.con.execute("SELECT 1")
    with access.read() as again:
        assert again is not kept and again.scalar("SELECT 1") == 1
