"""`pedigree serve` warms the pages up: once serving, it asks each kind of page's questions in
the background, so that their SQL is compiled before a visitor asks (pedigree.web.pages)."""

from __future__ import annotations

import gc
import threading
from collections import OrderedDict
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from pedigree import api  # noqa: E402
from pedigree.analytics import compiled  # noqa: E402
from pedigree.store import Store  # noqa: E402
from pedigree.web import create_app, pages  # noqa: E402
from tests.test_incremental import CHANGE  # noqa: E402
from tests.world import WORLD, write_tables  # noqa: E402

FIGURES = {
    "financials.csv": "org_id,metric,period_start,period_end,value,unit,source_id\n"
    "beta,revenue,2023-01-01,2023-12-31,120000000,CNY,news-2023\n"
}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "warm.duckdb"
    api.load(path, [write_tables(tmp_path / "world", WORLD)])
    api.load(path, [write_tables(tmp_path / "change", CHANGE)])  # a statement that lost
    api.load(path, [write_tables(tmp_path / "figures", FIGURES)])
    return path


@pytest.fixture
def fresh_cache(monkeypatch) -> OrderedDict:
    cache: OrderedDict = OrderedDict()
    monkeypatch.setattr(compiled, "_CACHE", cache)
    return cache


def _asked(cache: OrderedDict) -> set:
    return {key[0] for key in cache}


def test_warming_up_compiles_the_questions_only_some_pages_ask(db: Path, fresh_cache):
    with Store.open(db, read_only=True) as store:
        pages.warm_up(store)
    asked = _asked(fresh_cache)
    assert ("financials", None, False) in asked  # an organisation with figures
    assert ("about", ("lost", "stints", "org_id")) in asked  # one whose statements lost
    assert ("about", ("lost", "stints", "person_id")) in asked
    assert ("about", ("timeline", "person", pages.TIMELINE_SHOWN)) in asked


def test_an_empty_store_warms_up_to_nothing(tmp_path: Path, fresh_cache):
    with Store.open(tmp_path / "empty.duckdb", create=True) as store:
        pages.warm_up(store)
    assert not fresh_cache


def test_serve_warms_up_in_the_background_and_pages_answer_meanwhile(db: Path, fresh_cache):
    gc.unfreeze()
    try:
        with TestClient(create_app(db, warm=True)) as client:
            assert client.get("/api/search", params={"q": "Zeta"}).status_code == 200
            for thread in threading.enumerate():
                if thread.name == "pedigree-warm-up":
                    thread.join(timeout=60)
            assert ("financials", None, False) in _asked(fresh_cache)
            # what lives on after the warm-up is kept out of the collector's full passes
            assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    with TestClient(create_app(db)) as client:  # not asked for: no thread
        assert not any(t.name == "pedigree-warm-up" for t in threading.enumerate())
