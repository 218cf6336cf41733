"""Shared fixtures: a small world of organisations and people written as import files."""

from __future__ import annotations

from pathlib import Path

import pytest

from pedigree.ingest import load_tables
from pedigree.store import Store
from tests.world import WORLD, write_tables


@pytest.fixture
def store():
    with Store.memory() as s:
        yield s


@pytest.fixture
def world_dir(tmp_path: Path) -> Path:
    return write_tables(tmp_path / "world", WORLD)


@pytest.fixture
def world(store: Store, world_dir: Path) -> Store:
    load_tables(store, [world_dir])
    return store


@pytest.fixture(scope="session")
def store_con():
    """A connection with the store's SQL macros, shared by property-based tests."""
    s = Store.memory()
    yield s.con
    s.close()
