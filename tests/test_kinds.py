"""The registry of statement kinds agrees with the schema, the importer and the views."""

from __future__ import annotations

from pedigree.ingest.tables import INPUT_TABLES, TieInput
from pedigree.kinds import ENTITY_STATEMENTS, ENTITY_TABLES, KINDS, STATEMENT_TABLES, kind
from pedigree.store.views import DERIVED_TABLES, TIE_TABLES
from pedigree.store.views import ENTITY_TABLES as VIEW_BUILDERS


def columns(store, table: str) -> set[str]:
    rows = store.con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]
    ).fetchall()
    return {name for (name,) in rows}


def test_every_statement_table_of_the_schema_is_registered(store):
    tables = {
        name
        for (name,) in store.con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_name LIKE '%_statements'"
        ).fetchall()
    }
    assert tables == set(STATEMENT_TABLES)


def test_each_kind_names_columns_its_table_has(store):
    assert {"entity_id", "entity_type", "prop", "value"} <= columns(store, ENTITY_STATEMENTS)
    for entry in KINDS:
        have = columns(store, entry.statements)
        assert set(entry.key) <= have, entry.name
        assert set(entry.ids) <= have, entry.name
        assert {"id", "source_id", "quote", "confidence"} <= have, entry.name


def test_the_importer_has_one_input_table_per_kind_with_the_same_references():
    inputs = {table.name: table for table in INPUT_TABLES if isinstance(table, TieInput)}
    assert set(inputs) == {entry.name for entry in KINDS}
    for name, table in inputs.items():
        assert table.target == kind(name).statements
        refs = {c.name: c.ref for c in table.columns if c.check == "ref" and c.ref != "source"}
        assert refs == kind(name).ids, name


def test_the_views_build_one_table_per_kind_and_entity_type(world):
    assert TIE_TABLES == KINDS
    assert set(VIEW_BUILDERS) == set(ENTITY_TABLES)
    assert set(DERIVED_TABLES) == set(ENTITY_TABLES) | {entry.name for entry in KINDS}
    for entry in KINDS:
        assert set(entry.key) <= columns(world, entry.name), entry.name


def test_counts_cover_every_statement_table(world):
    counts = world.counts()
    assert set(STATEMENT_TABLES) | set(ENTITY_TABLES) <= set(counts)
    assert counts["stint_statements"] > 0 and counts["people"] > 0


def test_the_import_tables_load_in_the_registry_order():
    from pedigree.kinds import IMPORT_TABLES

    assert tuple(table.name for table in INPUT_TABLES) == IMPORT_TABLES
