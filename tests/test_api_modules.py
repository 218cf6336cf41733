"""The API is a package of modules by job, read as one namespace: `api.lineage(...)`."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys

from pedigree import api


def test_every_public_function_of_every_api_module_is_read_from_the_package():
    for module in set(api._HOME.values()):
        loaded = importlib.import_module(f"pedigree.api.{module}")
        for name, value in vars(loaded).items():
            own = inspect.isfunction(value) and value.__module__ == loaded.__name__
            if own and not name.startswith("_"):
                assert api._HOME.get(name) == module, (module, name)
    for name, module in api._HOME.items():
        home = importlib.import_module(f"pedigree.api.{module}")
        assert getattr(api, name) is getattr(home, name)


def test_an_unknown_name_is_an_attribute_error():
    try:
        api.no_such_call  # noqa: B018
    except AttributeError as error:
        assert "no_such_call" in str(error)
    else:
        raise AssertionError("api.no_such_call was found")


def test_a_call_loads_only_its_own_module():
    """`pedigree lineage` must not pay for the talent tables, the halo model or the report."""
    code = (
        "import sys; from pedigree import api; api.lineage; "
        "print(sorted(m for m in sys.modules if m.startswith('pedigree.api.')))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    assert eval(loaded) == ["pedigree.api.lineages", "pedigree.api.stores"]


def test_held_opens_the_store_once_for_several_calls(tmp_path):
    from pedigree.store import Store
    from tests.world import WORLD, write_tables

    db = tmp_path / "world.duckdb"
    api.load(db, [write_tables(tmp_path / "world", WORLD)])
    with api.held(db) as store:
        assert isinstance(store, Store) and store.read_only
        tree = api.lineage(store, "alpha")
        cited = api.sources(store, [s for edge in tree.to_json()["edges"] for s in edge["sources"]])
        assert not cited.empty
        with api.held(store) as same:  # an open store is passed through, not opened again
            assert same is store
    assert api.lineage(db, "alpha").to_json() == tree.to_json()
