"""Bad input in a person's hands: every outcome is one line per problem, with the file and the
line an editor shows, never a traceback, and never a half-done import or a lost side output."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from pedigree.cli import app
from pedigree.errors import BadInput, PedigreeError, clip
from pedigree.ingest import load_tables
from pedigree.ingest.load import PROBLEMS_PER_FILE
from pedigree.output_paths import writable
from tests.world import WORLD, write_tables

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def one_line_error(result, *fragments: str) -> str:
    """The command failed with exit 1 and a single `error:` line holding every fragment."""
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert lines[0].startswith("error: ")
    for fragment in fragments:
        assert fragment in lines[0]
    return lines[0]


def people(store) -> dict[str, list[str]]:
    rows = store.con.execute(
        "SELECT entity_id, value FROM entity_statements WHERE prop = 'name' ORDER BY value"
    ).fetchall()
    found: dict[str, list[str]] = {}
    for entity_id, name in rows:
        found.setdefault(entity_id, []).append(name)
    return found


# --- output paths -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["report", "Anything", "--out", "{missing}/r.html"],
        ["landscape", "--out", "{missing}/map.png"],
        ["financials", "Anything", "--chart", "{missing}/chart.png"],
        ["load", "{tables}", "--skip-bad", "--rejects", "{missing}/rejects.csv"],
    ],
)
def test_an_output_in_a_missing_folder_is_refused_before_any_work(tmp_path, args):
    # The store does not exist: a check made after opening it would fail on that instead.
    db = tmp_path / "store.duckdb"
    tables = write_tables(tmp_path / "tables", WORLD)
    filled = [a.format(missing=tmp_path / "nowhere", tables=tables) for a in args]
    result = run("--db", db, *filled)
    one_line_error(result, "nowhere", "does not exist")
    assert not db.exists()


def test_skip_bad_with_a_bad_rejects_path_commits_nothing(tmp_path):
    tables = dict(WORLD)
    tables["stints.csv"] += "ghost,alpha,employment,,,,2015,,news-2020\n"
    folder = write_tables(tmp_path / "t", tables)
    db = tmp_path / "store.duckdb"
    result = run("--db", db, "load", folder, "--skip-bad", "--rejects", tmp_path / "no" / "r.csv")
    one_line_error(result, "--rejects")
    assert not db.exists()
    rejects = tmp_path / "r.csv"
    assert run("--db", db, "load", folder, "--skip-bad", "--rejects", rejects).exit_code == 0
    assert pd.read_csv(rejects).problem.tolist() == ["unknown person id: ghost"]


def test_writable_refuses_a_folder_and_accepts_a_file_in_an_existing_folder(tmp_path):
    with pytest.raises(PedigreeError, match="is a folder"):
        writable(tmp_path, "--out")
    assert writable(tmp_path / "x.html", "--out") == tmp_path / "x.html"


# --- duplicate ids and unknown columns ----------------------------------------------------------


def test_two_rows_with_one_id_and_different_names_name_both_lines(store, tmp_path):
    folder = write_tables(tmp_path / "d", {"people.csv": "id,name\np1,Ann\np2,Bob\np1,Anne\n"})
    with pytest.raises(BadInput) as caught:
        load_tables(store, [folder])
    message = str(caught.value)
    assert f"{folder / 'people.csv'}:4: id: 'p1' is also on line 2 with another name" in message
    assert people(store) == {}


def test_the_same_id_in_two_files_names_both_files(store, tmp_path):
    folder = write_tables(
        tmp_path / "d",
        {"people-a.csv": "id,name\np1,Ann\n", "people-b.csv": "id,name\np2,Bob\np1,Anne\n"},
    )
    with pytest.raises(BadInput, match=r"people-b.csv:3: id: 'p1' is also on .*people-a.csv:2"):
        load_tables(store, [folder])


def test_repeated_rows_that_agree_are_not_duplicates(store, tmp_path):
    # The same name again, another alias, a kind where the first row left it empty: one entity.
    text = "id,name,aliases,kind\no1,Orbit,,\no1,Orbit,Orbit AI,company\n"
    load_tables(store, [write_tables(tmp_path / "d", {"organizations.csv": text})])
    assert people(store) == {"o1": ["Orbit"]}


def test_different_sources_may_say_different_things_about_one_id(store, tmp_path):
    tables = {
        "sources.csv": "id,title,published\ns1,First,2020\ns2,Second,2024\n",
        "people.csv": "id,name,source_id\np1,Ann,s1\np1,Anne,s2\n",
    }
    load_tables(store, [write_tables(tmp_path / "d", tables)])
    assert people(store) == {"p1": ["Ann", "Anne"]}  # two claims; the rule picks one to show


def test_skip_bad_rejects_the_second_row_of_an_id(store, tmp_path):
    folder = write_tables(tmp_path / "d", {"people.csv": "id,name\np1,Ann\np1,Anne\n"})
    rejects = tmp_path / "rejects.csv"
    report = load_tables(store, [folder], skip_bad=True, rejects_path=rejects)
    assert report.rejected == 1
    assert people(store) == {"p1": ["Ann"]}
    rejected = pd.read_csv(rejects)
    assert rejected.line.tolist() == [3]
    assert "also on line 2" in rejected.problem[0]
    assert json.loads(rejected.row[0]) == {
        "id": "p1", "name": "Anne", "aliases": None, "domains": None, "source_id": None,
        "quote": None, "span_start": None, "span_end": None, "confidence": None,
    }  # fmt: skip


def test_an_unknown_column_is_an_error_with_a_suggestion(tmp_path):
    tables = dict(WORLD)
    tables["stints.csv"] = (
        tables["stints.csv"].replace("title,", "titel,", 1).replace("start,", "strat,", 1)
    )
    folder = write_tables(tmp_path / "u", tables)
    result = run("--db", tmp_path / "s.duckdb", "load", folder)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "stints.csv:1: unknown column 'titel' (did you mean 'title'?)" in result.stderr
    assert "stints.csv:1: unknown column 'strat' (did you mean 'start'?)" in result.stderr


def test_ignore_unknown_columns_loads_and_warns(tmp_path):
    tables = dict(WORLD)
    tables["people.csv"] = tables["people.csv"].replace("domains", "domians", 1)
    folder = write_tables(tmp_path / "u", tables)
    result = run("--db", tmp_path / "s.duckdb", "load", folder, "--ignore-unknown-columns")
    assert result.exit_code == 0, result.output
    assert "column 'domians' ignored (did you mean 'domains'?)" in result.stderr


def test_the_index_pandas_writes_into_parquet_is_not_an_unknown_column(store, tmp_path):
    frame = pd.DataFrame({"id": ["p1", "p2"], "name": ["Ann", "Bob"]}, index=[7, 9])
    frame.to_parquet(tmp_path / "people.parquet")
    load_tables(store, [tmp_path / "people.parquet"])
    assert people(store) == {"p1": ["Ann"], "p2": ["Bob"]}


# --- encodings ----------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "big5"])
def test_a_table_in_a_legacy_encoding_is_read(store, tmp_path, encoding):
    path = tmp_path / "people.csv"
    path.write_bytes("id,name\np1,張偉明\np2,陳美玲\n".encode(encoding))
    report = load_tables(store, [path])
    assert report.files[0].encoding.replace("_", "-").startswith(encoding.split("-")[0])
    assert people(store) == {"p1": ["張偉明"], "p2": ["陳美玲"]}


@pytest.mark.parametrize(("name", "encoding"), [("张伟", "gb18030"), ("趙六", "big5")])
def test_a_one_name_table_in_gb18030_or_big5_is_read_as_written(store, tmp_path, name, encoding):
    path = tmp_path / "people.csv"
    path.write_bytes(f"id,name\np1,{name}\n".encode(encoding))
    load_tables(store, [path])
    assert people(store) == {"p1": [name]}


def test_bytes_that_are_not_utf8_late_in_a_utf8_file_name_their_line(store, tmp_path):
    path = tmp_path / "people.csv"
    rows = "".join(f"p{i},名字{i}\n" for i in range(5000))  # past the first 64 kB sniffed
    path.write_bytes(b"id,name\n" + rows.encode() + "p9,張三\n".encode("gb18030"))
    with pytest.raises(PedigreeError, match=r"people.csv:5002: bytes that are not UTF-8"):
        load_tables(store, [path])


# --- malformed CSV ------------------------------------------------------------------------------


def test_an_unterminated_quote_is_reported_on_its_line(tmp_path):
    path = write_tables(tmp_path / "q", {"people.csv": 'id,name\np1,Ann\np2,"Bob\np3,Cy\n'})
    result = run("--db", tmp_path / "s.duckdb", "load", path / "people.csv")
    one_line_error(result, "people.csv:3: a quote", "never closed")


def test_a_row_with_too_many_fields_is_reported_on_its_line(store, tmp_path):
    folder = write_tables(tmp_path / "r", {"people.csv": "id,name\np1,Ann\n\np2,Bob,extra\n"})
    with pytest.raises(BadInput, match=r"people.csv:4: 3 fields where the header has 2"):
        load_tables(store, [folder])


def test_a_huge_field_is_reported_on_its_own_line(store, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("id,name\np1,Ann\np2," + "x" * (3 * 1024 * 1024) + "\np3,Cy\n")
    with pytest.raises(PedigreeError, match=r"people.csv:3: a row longer than 2 MiB"):
        load_tables(store, [path])


def test_row_problems_after_quoted_line_breaks_name_the_true_line(store, tmp_path):
    text = 'id,name,aliases\np1,Ann,"one\ntwo\nthree"\n\np2,,\n'
    folder = write_tables(tmp_path / "m", {"people.csv": text})
    with pytest.raises(BadInput, match=r"people.csv:6: name: is required"):
        load_tables(store, [folder])


def test_every_bad_file_is_listed_up_to_the_limit(store, tmp_path):
    bad_people = "id,name\n" + "".join(f"p{i},\n" for i in range(PROBLEMS_PER_FILE + 5))
    folder = write_tables(
        tmp_path / "all",
        {
            "people.csv": bad_people,
            "organizations.csv": 'id,name\no1,"Open\n',
            "stints.csv": "person_id,org_id,kind\nnobody,o1,founder\n",
        },
    )
    with pytest.raises(BadInput) as caught:
        load_tables(store, [folder])
    problems = caught.value.problems
    assert any("organizations.csv:2: a quote" in p for p in problems)
    assert sum("people.csv" in p for p in problems) == PROBLEMS_PER_FILE
    assert any("stints.csv:2: person_id: unknown person id: nobody" in p for p in problems)
    # The organisations could not be read: their ids are not reported as unknown as well.
    assert not any("unknown organisation id" in p for p in problems)
    assert "… and 5 more problems" in str(caught.value)


def test_a_json_lines_file_names_the_line_that_is_not_json(store, tmp_path):
    path = tmp_path / "people.jsonl"
    path.write_text('{"id": "p1", "name": "Ann"}\n{"id": "p2", "name": "Bob"\n[1, 2]\n')
    with pytest.raises(BadInput) as caught:
        load_tables(store, [path])
    assert caught.value.problems == [
        f"{path}:2: not valid JSON (Expecting ',' delimiter at column 27): "
        '{"id": "p2", "name": "Bob"',
        f"{path}:3: a JSON list, not an object: [1, 2]",
    ]


def test_a_column_named_twice_is_named(store, tmp_path):
    folder = write_tables(tmp_path / "t", {"people.csv": "id,name,Name\np1,Ann,Anne\n"})
    with pytest.raises(PedigreeError, match=r"people.csv:1: the header names column 'name' twice"):
        load_tables(store, [folder])


def test_a_semicolon_separated_csv_says_so(store, tmp_path):
    folder = write_tables(tmp_path / "sc", {"people.csv": "id;name\np1;Ann\n"})
    with pytest.raises(PedigreeError, match="separated by ';'"):
        load_tables(store, [folder])


# --- long values and scratch files in messages ---------------------------------------------------


def test_a_long_value_is_clipped_in_the_message(tmp_path):
    long_name = "x" * 10_000
    folder = write_tables(
        tmp_path / "l",
        {
            "people.csv": "id,name\np1,Ann\n",
            "credentials.csv": f"person_id,type\n{long_name},phd\n",
        },  # fmt: skip
    )
    result = run("--db", tmp_path / "s.duckdb", "load", folder)
    line = one_line_error(result, "unknown person id", "…(10000 chars)")
    assert len(line) < 300


@pytest.mark.parametrize("command", ["person", "org", "timeline"])
def test_a_long_name_asked_for_is_clipped(tmp_path, world_dir, command):
    db = tmp_path / "s.duckdb"
    assert run("--db", db, "load", world_dir).exit_code == 0
    line = one_line_error(run("--db", db, command, "y" * 10_000), "…(10000 chars)")
    assert len(line) < 300


def test_clip_keeps_short_values_and_one_line():
    assert clip("Ann") == "Ann"
    assert clip("a\nb") == "a⏎b"
    assert clip("y" * 100, 10) == "yyyyyyyyyy…(100 chars)"


def test_one_article_under_two_names_in_one_ingest_names_both_files(tmp_path):
    text = "2024年3月1日\n王伟曾任阿尔法视觉副总裁，2019年创办贝塔实验室。\n"
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(text, encoding="utf-8")
    second.write_text(text, encoding="utf-8")
    result = run("--db", tmp_path / "s.duckdb", "ingest", first, second)
    assert result.exit_code == 1 and "Traceback" not in result.output
    (line,) = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert "b.txt" in line and "a.txt" in line and "the same text" in line
    assert "pedigree-rows" not in result.stderr and ".csv" not in result.stderr


def test_load_json_reports_the_encoding_and_warnings(tmp_path):
    path = tmp_path / "people.csv"
    path.write_bytes("id,name,nick\np1,张伟,\np2,李娜,\n".encode("gb18030"))
    result = run("--db", tmp_path / "s.duckdb", "load", path, "--json", "--ignore-unknown-columns")
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert shown["files"][0]["encoding"] == "gb18030"
    assert shown["warnings"] == [f"{path}: column 'nick' ignored"]
