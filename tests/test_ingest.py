"""`pedigree extract` and `pedigree ingest`: files in, facts shown or stored with their source.
The article below is written for the tests (invented people and companies)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pedigree import api
from pedigree.cli import app
from pedigree.errors import BadInput
from pedigree.ingest.articles import ingest_files
from pedigree.ingest.rows import load_rows
from pedigree.model import PartialDate
from pedigree.store import Store

runner = CliRunner()

ARTICLE = (
    "文|王小明\n"
    "編輯|陳大文\n"
    "星河智能的創始人是前百度副總裁、深度學習研究院院長張明遠。"
    "今年3月，星河智能完成2億元人民幣B輪融資，由騰訊投資領投。"
    "張明遠是清華大學博士。投資人趙立新對我們表示，星河智能的估值約10億美元。\n"
)


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "星河.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_ingest_stores_facts_with_their_source_and_is_idempotent(article):
    with Store.memory() as store:
        report = ingest_files(store, [article], published=PartialDate.parse("2025-06"))
        assert report.facts >= 6 and report.added > 0
        source = store.con.execute("SELECT id, title, published FROM sources").fetchall()
        assert len(source) == 1 and source[0][0].startswith("doc:")
        assert source[0][1] == "文|王小明"
        assert str(source[0][2]) == "2025-06-01"
        again = ingest_files(store, [article], published=PartialDate.parse("2025-06"))
        assert again.added == 0
        quotes = store.con.execute(
            "SELECT quote, span_start, span_end FROM stint_statements"
        ).fetchall()
        assert quotes and all(ARTICLE[s:e] == q for q, s, e in quotes)
        profile = api.person(store, "张明远")
        titles = set(profile.facts["career"]["title"].dropna())
        assert {"副总裁", "创始人", "phd"} <= titles
        rounds = store.con.execute(
            "SELECT round, amount, currency, strftime(date, '%Y-%m') FROM round_statements "
            "WHERE round IS NOT NULL"
        ).fetchall()
        assert rounds == [("B轮", 200_000_000, "CNY", "2025-03")]
        valuation = store.con.execute(
            "SELECT post_money_valuation, approx, strftime(date, '%Y-%m') FROM round_statements "
            "WHERE post_money_valuation IS NOT NULL"
        ).fetchall()
        assert valuation == [(1_000_000_000, "about", "2025-06")]  # dated by publication
        people = {
            r[0]
            for r in store.con.execute(
                "SELECT name FROM names WHERE entity_type = 'person'"
            ).fetchall()
        }
        assert "赵立新" not in people and "王小明" not in people


def test_curated_person_is_reused_but_extracted_namesakes_are_not(tmp_path, article):
    (tmp_path / "tables").mkdir()
    (tmp_path / "tables" / "people.csv").write_text("id,name\nzhang-my,张明远\n")
    with Store.memory() as store:
        api.load(store, [tmp_path / "tables"])
        ingest_files(store, [article])
        ids = {
            r[0]
            for r in store.con.execute("SELECT DISTINCT person_id FROM stint_statements").fetchall()
        }
        assert ids == {"zhang-my"}
        other = tmp_path / "other.txt"
        other.write_text("李文杰曾在百度工作。", encoding="utf-8")
        ingest_files(store, [other])
        more = tmp_path / "more.txt"
        more.write_text("李文杰也在腾讯工作。", encoding="utf-8")
        ingest_files(store, [more])
        namesakes = store.con.execute(
            "SELECT count(DISTINCT person_id) FROM stint_statements "
            "WHERE person_id LIKE 'person:李文杰@%'"
        ).fetchone()[0]
        assert namesakes == 2  # one per source until entity resolution says otherwise


@pytest.mark.parametrize("encoding", ["gb18030", "big5"])
def test_legacy_encodings_give_the_same_facts(tmp_path, encoding):
    text = "星河智能的創始人是前百度副總裁張明遠。"
    path = tmp_path / f"a-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    (read,) = api.extract([path])
    assert {(f.kind, f.fields.get("person")) for f in read.facts} >= {("founded", "张明远")}
    assert all(text[f.start : f.end] == f.quote for f in read.facts)


def test_html_main_text_is_read(tmp_path):
    body = "<p>" + "星河智能的创始人是前百度副总裁张明远。" * 3 + "</p>"
    page = (
        "<html><head><title>星河</title></head><body>"
        '<nav><ul><li><a href="/">首页</a></li><li><a href="/about">关于</a></li></ul></nav>'
        f"<article><h1>星河智能</h1>{body}</article>"
        '<footer><a href="/c">版权所有</a></footer></body></html>'
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (read,) = api.extract([path])
    assert any(f.kind == "founded" for f in read.facts)


def test_cli_extract_json_lines(article):
    result = runner.invoke(app, ["extract", str(article), "--json"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines and all(ARTICLE[r["span"][0] : r["span"][1]] == r["quote"] for r in lines)
    assert {"kind", "span", "quote", "confidence", "source"} <= set(lines[0])
    table = runner.invoke(app, ["extract", str(article)])
    assert table.exit_code == 0 and "founded" in table.stdout


def test_cli_ingest_twice(tmp_path, article):
    db = str(tmp_path / "i.duckdb")
    first = runner.invoke(
        app, ["--db", db, "ingest", str(article), "--published", "2025-06", "--json"]
    )
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout)["added"] > 0
    second = runner.invoke(app, ["--db", db, "ingest", str(article), "--published", "2025-06"])
    assert second.exit_code == 0 and "already ingested" in second.stdout


def test_ingest_again_with_another_date_names_the_file_and_what_differs(tmp_path, article):
    db = str(tmp_path / "i.duckdb")
    first = runner.invoke(app, ["--db", db, "ingest", str(article), "--published", "2025-06"])
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, ["--db", db, "ingest", str(article), "--published", "2025-07"])
    assert again.exit_code == 1
    message = " ".join(again.output.split())
    assert "星河.txt" in message and "published 2025-06 → 2025-07" in message
    assert "pedigree-rows" not in message and ".csv" not in message


def test_a_rejected_row_names_the_file_it_came_from():
    """Rows built in memory are loaded through scratch CSV files; a problem names the row's
    origin, not the scratch file."""
    tables = {
        "sources": [{"id": "s1", "title": "T"}],
        "organizations": [{"id": "o", "name": "O", "source_id": "s1"}],
        "stints": [{"person_id": "", "org_id": "o", "kind": "employment", "source_id": "s1"}],
    }
    with Store.memory() as store, pytest.raises(BadInput) as raised:
        load_rows(store, tables, origin=lambda table, row: "article.txt")
    assert raised.value.problems == ["article.txt (stints row 1): person_id: is required"]
    with Store.memory() as store, pytest.raises(BadInput) as raised:
        load_rows(store, tables)
    assert raised.value.problems == ["stints row 1: person_id: is required"]


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"\x00\x01\x02\x03" * 200, "binary"), (b"\xff\xfe\xfa" * 3, "decode")],
)
def test_bad_files_are_one_line_errors(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    for command in (
        ["extract", str(path)],
        ["--db", str(tmp_path / "x.duckdb"), "ingest", str(path)],
    ):
        result = runner.invoke(app, command)
        assert result.exit_code == 1
        assert "Traceback" not in result.output
        assert "bad.txt" in result.output


def test_bad_published_date_is_an_error(article):
    result = runner.invoke(app, ["extract", str(article), "--published", "June"])
    assert result.exit_code == 1 and "--published" in result.output


def test_an_employer_the_alias_table_calls_a_hospital_is_stored(tmp_path):
    # The alias table's finer kinds (hospital, school) are the reader's; the store has `other`.
    path = tmp_path / "协和.txt"
    path.write_text("星河智能的创始人张明远曾任北京协和医院主任医师。", encoding="utf-8")
    with Store.memory() as store:
        ingest_files(store, [path], published=PartialDate.parse("2025-06"))
        kinds = store.con.execute(
            "SELECT value FROM entity_statements WHERE prop = 'kind' AND entity_id LIKE '%协和%'"
        ).fetchall()
        assert kinds == [("other",)]


def test_ingest_reads_its_files_before_it_opens_the_store(article, tmp_path, monkeypatch):
    """A long file takes minutes to read; other commands must not wait on the store meanwhile."""
    from pedigree.ingest import articles

    happened = []
    reading, opening = articles.read_files, api.opened

    def read_files(*args, **kwargs):
        happened.append("read")
        return reading(*args, **kwargs)

    def opened(*args, **kwargs):
        happened.append("open")
        return opening(*args, **kwargs)

    monkeypatch.setattr(articles, "read_files", read_files)
    monkeypatch.setattr(api.data, "opened", opened)  # where ingest finds it
    report = api.ingest(tmp_path / "store.duckdb", [article])
    assert report.added > 0
    assert happened == ["read", "open"]
