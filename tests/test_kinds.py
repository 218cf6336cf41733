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


def test_each_kind_declares_exactly_the_columns_of_its_statement_table(store):
    provenance = {"source_id", "quote", "span_start", "span_end", "confidence", "recorded_at"}
    for entry in KINDS:
        rows = store.con.execute(
            "SELECT column_name, data_type, is_nullable FROM information_schema.columns "
            "WHERE table_name = ?",
            [entry.statements],
        ).fetchall()
        have = {
            name: data_type + ("" if nullable == "YES" else " NOT NULL")
            for name, data_type, nullable in rows
            if name != "id" and name not in provenance
        }
        assert have == entry.columns, entry.name


def test_each_input_table_writes_every_column_of_its_kind():
    from pedigree.ingest.tables import TIE_INPUTS, derived_input

    for entry in KINDS:
        assert set(TIE_INPUTS[entry.name].values) == set(entry.columns), entry.name
        # The reader derived from the columns would fill the same statement columns.
        assert set(derived_input(entry).values) == set(entry.columns), entry.name


def test_every_extracted_fact_kind_becomes_rows_of_a_registered_kind_or_an_entity():
    from pedigree.ingest.articles import ENTITY_FACTS
    from pedigree.ingest.tables import INPUT_TABLES
    from pedigree.ingest.text.facts import FACT_FIELDS
    from pedigree.kinds import BY_FACT

    assert set(BY_FACT) | set(ENTITY_FACTS) == set(FACT_FIELDS)
    assert not set(BY_FACT) & set(ENTITY_FACTS)
    inputs = {table.name: {c.name for c in table.columns} for table in INPUT_TABLES}
    for fact, entry in BY_FACT.items():
        how = entry.facts[fact]
        assert set(how.fields.values()) <= set(FACT_FIELDS[fact]), fact
        assert set(how.fields) | set(how.fixed) <= inputs[entry.name], fact


def test_every_kind_is_exported_to_ftm_or_counted_as_not_exported():
    from pedigree.export.ftm import EXPORTED_KINDS, NOT_EXPORTED

    names = {entry.name for entry in KINDS}
    assert names == (names & set(EXPORTED_KINDS)) | (names & set(NOT_EXPORTED))
    assert not set(EXPORTED_KINDS) & set(NOT_EXPORTED)


# A kind declared only in the registry: patents, a person's with a title and a date. Run in a
# fresh interpreter, since the layers read the registry when first imported.
NEW_KIND = r"""
import json, sys
from pathlib import Path

from pedigree import kinds
from pedigree.kinds import FactRow, Kind

kinds.register(
    Kind(
        "patents",
        "patent_statements",
        ("person_id", "title"),
        {"person_id": "person"},
        {"person_id": "VARCHAR NOT NULL", "title": "VARCHAR NOT NULL", "claims": "BIGINT",
         "date": "DATE", "date_precision": "VARCHAR"},
        {"patent": FactRow({"person_id": "person", "title": "title", "date": "date"})},
    )
)

from pedigree.errors import PedigreeError
from pedigree.ingest import load_tables
from pedigree.ingest.articles import fact_tables
from pedigree.ingest.rows import load_rows
from pedigree.ingest.text.facts import Fact
from pedigree.store import Store

old, folder = Path(sys.argv[1]), Path(sys.argv[2])
out = {}
try:  # a store made before the kind existed: read-only, it asks for a migration
    Store.open(old, read_only=True).close()
except PedigreeError as error:
    out["read_only"] = str(error)
with Store.open(old) as store:  # opened for writing, it gains the kind's table
    out["old_counts"] = store.counts()
with Store.open(old, read_only=True) as store:
    out["old_patents"] = store.views().patents.count().execute()

with Store.open(folder / "new.duckdb", create=True) as store:
    load_tables(store, [folder / "tables"])
    fact = Fact("patent", {"person": "Ada", "title": "Lens", "date": "2024-05"}, 0, 4, "Ada", 0.9)
    source = {"id": "doc:x", "title": "x", "publisher": None, "published": "2024-06", "url": None}
    read = type("Read", (), {"source": source, "facts": [fact]})()
    tables = fact_tables([read], {("person", "Ada"): "p1"})
    out["fact_row"] = {k: v for k, v in tables["patents"][0].items() if k != "quote"}
    load_rows(store, tables)
    out["counts"] = store.counts()
    shown = store.views().patents.order_by("title").execute()
    out["shown"] = shown[["person_id", "title", "claims", "reports"]].to_dict("records")
    for row in out["shown"]:
        row["claims"] = None if row["claims"] != row["claims"] else int(row["claims"])  # NaN
    out["date"] = str(shown.date.iloc[0])
from pedigree.export.ftm import NOT_EXPORTED  # noqa: E402
out["ftm"] = "patents" in NOT_EXPORTED
print(json.dumps(out, default=str))
"""


def test_a_kind_declared_only_in_the_registry_flows_through_schema_import_views_counts(tmp_path):
    import json
    import subprocess
    import sys

    from pedigree.store import Store

    old = tmp_path / "old.duckdb"
    Store.open(old, create=True).close()
    tables = tmp_path / "tables"
    tables.mkdir()
    (tables / "sources.csv").write_text("id,title,published\ns1,a,2023\ns2,b,2024\n")
    (tables / "people.csv").write_text("id,name,source_id\np1,Ada,s1\n")
    (tables / "patents.csv").write_text(
        "person_id,title,claims,date,source_id\n"
        "p1,Prism,3,2023-02,s1\n"
        "p1,Prism,4,2023-03,s2\n"  # the later source's restatement is shown
        "p1,Mirror,,2021,s1\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", NEW_KIND, str(old), str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert "no table for patents yet" in out["read_only"]
    assert out["old_counts"]["patent_statements"] == 0 and out["old_patents"] == 0
    assert out["counts"]["patent_statements"] == 4
    assert out["shown"] == [
        {"person_id": "p1", "title": "Lens", "claims": None, "reports": 1},
        {"person_id": "p1", "title": "Mirror", "claims": None, "reports": 1},
        {"person_id": "p1", "title": "Prism", "claims": 4, "reports": 2},
    ]
    assert out["date"].startswith("2024-05-01")  # Lens, read from text
    assert out["fact_row"]["person_id"] == "p1" and out["fact_row"]["date"] == "2024-05"
    assert out["ftm"]  # counted as not exported by the FtM export
