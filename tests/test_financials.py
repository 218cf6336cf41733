"""Financials by period: period lengths and labels, comparisons that respect them, the chart."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from pedigree import api
from pedigree.analytics.financials import period_label, year_earlier
from pedigree.cli import app
from pedigree.errors import NotFound, PedigreeError
from pedigree.ingest import load_tables
from pedigree.report.financial_chart import financial_svg, save_financial_chart
from pedigree.report.financial_text import sentences, short_amount
from tests.world import write_tables

# A made-up company history (no real facts). Acme reports calendar years, nine-month, half-year
# and quarterly figures from two sources: a prospectus (2025-06-30) and a later news report
# (2025-12). Beta mixes currencies; Gamma has no figures.
HISTORY = {
    "sources.csv": """id,title,publisher,published,url
pros-2025,Acme prospectus,Acme,2025-06-30,
news-2025-12,Acme results report,Daily Tech,2025-12,
""",
    "organizations.csv": """id,name,aliases,kind,sector,country,founded,source_id,quote
acme,Acme AI,艾克米,company,llm,CN,2019-03,pros-2025,成立於2019年3月
beta,Beta Corp,,company,speech,CN,2020,pros-2025,
gamma,Gamma Labs,,company,robotics,CN,2021,pros-2025,
delta,Delta Models,,company,llm,CN,2021-12,pros-2025,
bigco,BigCo,,company,,CN,2000,pros-2025,
uni,Example University,,university,,CN,1900,pros-2025,
phoenix,Phoenix,,company,,CN,2022,pros-2025,
""",
    "people.csv": """id,name,aliases,domains
zhang,张三,Zhang San,llm
li,李四,Li Si,
phoenix-p,Phoenix,,
""",
    "stints.csv": """person_id,org_id,kind,title,field,team_size,start,end,source_id,quote
zhang,uni,education,PhD,computer science,,2010,2015,pros-2025,博士
zhang,bigco,employment,research director,,120,2015-07,2019-02,pros-2025,研究總監
zhang,acme,founder,CEO,,,2019-03,,pros-2025,創始人
li,acme,employment,CTO,,50,2020,2024-06,pros-2025,
li,acme,founder,co-founder,,,,,pros-2025,
""",
    "credentials.csv": """person_id,type,detail,date,source_id,quote
zhang,phd,PhD in computer science,2015,pros-2025,
zhang,paper,a paper on sparse attention,2018-05,pros-2025,
zhang,award,a best paper award,,news-2025-12,
""",
    "rounds.csv": """org_id,date,round,amount,currency,post_money_valuation,investors,source_id
acme,2020-05,A,10000000,USD,50000000,Fund One|Fund Two,pros-2025
acme,2025-10-15,C,300000000,USD,3000000000,Fund Three,news-2025-12
""",
    "products.csv": """id,org_id,name,launched,sector,source_id
acme-x,acme,Acme X,2021-09,llm,pros-2025
acme-y,acme,Acme Y,,speech,pros-2025
""",
    "product_metrics.csv": """product_id,metric,value,date,source_id,quote
acme-x,users,1000000,2023-06,pros-2025,用戶突破100萬
""",
    "events.csv": """org_id,type,date,detail,source_id,quote
acme,prospectus,2025-06-30,filed its prospectus,pros-2025,
acme,listing,2025-11,listed in Hong Kong,news-2025-12,
acme,other,2026-01,planned opening of a Singapore office,pros-2025,
""",
    "financials.csv": """org_id,metric,period_start,period_end,value,unit,source_id,quote
acme,revenue,2023-01-01,2023-12-31,100000000,USD,pros-2025,
acme,revenue,2024-01-01,2024-12-31,150000000,USD,pros-2025,
acme,revenue,2024-01,2024-03,40000000,USD,pros-2025,
acme,revenue,2025-01,2025-03,50000000,USD,pros-2025,
acme,revenue,2025-01,2025-06,110000000,USD,pros-2025,
acme,revenue,2024-01,2024-09,100000000,USD,news-2025-12,
acme,revenue,2025-01,2025-09,180000000,USD,news-2025-12,
acme,net_profit,2023,2023,-20000000,USD,pros-2025,
acme,net_profit,2024,2024,-10000000,USD,pros-2025,
acme,gross_margin,2024,2024,40,%,pros-2025,
acme,gross_margin,2025-01,2025-09,45,%,news-2025-12,
delta,revenue,2024,2024,30523000,USD,news-2025-12,
delta,revenue,2025-01,2025-09,53437000,USD,news-2025-12,
beta,revenue,2024,2024,1000000000,CNY,pros-2025,
beta,revenue,2025-01,2025-09,20000000,USD,news-2025-12,
""",
}


@pytest.fixture
def history(store, tmp_path):
    load_tables(store, [write_tables(tmp_path / "history", HISTORY)])
    return store


def comparison(fin, kind, period, metric="revenue"):
    rows = fin.comparisons[
        (fin.comparisons.kind == kind)
        & (fin.comparisons.period == period)
        & (fin.comparisons.metric == metric)
    ]
    assert len(rows) == 1, fin.comparisons[["kind", "metric", "period", "base_period"]]
    return rows.iloc[0]


@pytest.mark.parametrize(
    ("start", "end", "months", "precision", "label"),
    [
        ("2024-01-01", "2024-12-31", 12, "month", "FY2024"),
        ("2025-01-01", "2025-09-30", 9, "month", "9M 2025"),
        ("2025-01-01", "2025-06-30", 6, "month", "H1 2025"),
        ("2025-07-01", "2025-12-31", 6, "month", "H2 2025"),
        ("2025-07-01", "2025-09-30", 3, "month", "Q3 2025"),
        ("2025-03-01", "2025-03-31", 1, "month", "2025-03"),
        ("2024-04-01", "2025-03-31", 12, "month", "12M to 2025-03"),
        ("2025-04-01", "2025-09-30", 6, "month", "6M to 2025-09"),
        ("2025-01-15", "2025-03-14", 1.9, "day", "2025-01-15–2025-03-14"),
    ],
)
def test_period_labels(start, end, months, precision, label):
    assert period_label(date.fromisoformat(start), date.fromisoformat(end), months, precision) == (
        label
    )


def test_year_earlier_keeps_month_ends():
    assert year_earlier(date(2025, 1, 1), date(2025, 9, 30), 9, "month") == "9M 2024"
    assert year_earlier(date(2024, 12, 1), date(2025, 2, 28), 3, "month") == "3M to 2024-02"


def test_short_amount():
    assert short_amount(53_437_000, "USD") == "53.4M USD"
    assert short_amount(1.2e9) == "1.2B"
    assert short_amount(45, "%") == "45 %"


def test_periods_have_lengths_labels_and_run_rates(history):
    fin = api.financials(history, "Acme AI", metric="revenue")
    periods = fin.periods.set_index("period")
    assert list(fin.periods.period) == [
        "FY2023", "Q1 2024", "9M 2024", "FY2024", "Q1 2025", "H1 2025", "9M 2025",
    ]  # fmt: skip
    assert periods.loc["9M 2025", "months"] == 9
    assert periods.loc["9M 2025", "partial"]
    assert periods.loc["9M 2025", "run_rate"] == pytest.approx(240e6)
    assert periods.loc["Q1 2025", "run_rate"] == pytest.approx(200e6)
    assert not periods.loc["FY2024", "partial"]
    assert periods.loc["9M 2025", "period_start"] == "2025-01-01"
    assert periods.loc["9M 2025", "period_end"] == "2025-09-30"
    assert periods.loc["9M 2025", "precision"] == "month"
    assert periods.loc["9M 2025", "source_id"] == "news-2025-12"


def test_nine_months_against_a_full_year_is_a_run_rate_comparison(history):
    fin = api.financials(history, "acme", metric="revenue")
    row = comparison(fin, "run_rate_vs_full_year", "9M 2025")
    assert row.base_period == "FY2024"  # the latest full year before it
    assert row.compared == pytest.approx(240e6)
    assert row.ratio == pytest.approx(1.6)
    assert "240.0M USD" in row.text and "1.60× FY2024" in row.text
    assert comparison(fin, "run_rate_vs_full_year", "9M 2024").base_period == "FY2023"
    assert comparison(fin, "run_rate_vs_full_year", "H1 2025").ratio == pytest.approx(220 / 150)


def test_same_period_growth_when_both_periods_exist(history):
    fin = api.financials(history, "acme", metric="revenue")
    assert comparison(fin, "same_period_growth", "9M 2025").base_period == "9M 2024"
    assert comparison(fin, "same_period_growth", "9M 2025").growth == pytest.approx(0.8)
    assert comparison(fin, "same_period_growth", "Q1 2025").ratio == pytest.approx(1.25)
    full = comparison(fin, "full_year_growth", "FY2024")
    assert (full.base_period, full.growth) == ("FY2023", pytest.approx(0.5))
    # A nine-month figure is never set against a twelve-month one as growth.
    growth = fin.comparisons[fin.comparisons.kind != "run_rate_vs_full_year"]
    assert (growth.months == growth.base_months).all()


def test_missing_prior_period_is_said_not_invented(history):
    fin = api.financials(history, "acme", metric="revenue")
    assert fin.comparisons[fin.comparisons.period == "H1 2025"].kind.tolist() == [
        "run_rate_vs_full_year"
    ]
    missing = {(n["period"], n["missing"]) for n in fin.notes if n["kind"] == "no_same_period"}
    assert missing == {("H1 2025", "H1 2024"), ("Q1 2024", "Q1 2023"), ("9M 2024", "9M 2023")}
    assert any("no H1 2024 figure" in line for line in sentences(fin, "revenue"))


def test_only_nine_months_and_a_year_give_the_run_rate_and_no_growth(history):
    # The prospectus case: 9M 2025 revenue already exceeds FY2024; how fast is that really?
    fin = api.financials(history, "Delta Models")
    row = comparison(fin, "run_rate_vs_full_year", "9M 2025")
    assert row.compared == pytest.approx(71_249_333.33)
    assert round(row.ratio, 2) == 2.33
    assert "is 1.75× FY2024's" in row.text and "[news-2025-12]" in row.text
    assert len(fin.comparisons) == 1  # no same-period or full-year growth to be had
    assert [n["missing"] for n in fin.notes] == ["9M 2024"]


def test_as_of_excludes_later_published_figures(history):
    # As known mid-2025: the 9M figures were not yet published.
    fin = api.financials(history, "acme", metric="revenue", as_of=date(2025, 7, 31))
    assert "9M 2025" not in set(fin.periods.period)
    assert set(fin.periods.period) == {"FY2023", "FY2024", "Q1 2024", "Q1 2025", "H1 2025"}


def test_losses_and_ratios_are_compared_without_nonsense(history):
    fin = api.financials(history, "acme")
    loss = comparison(fin, "full_year_growth", "FY2024", "net_profit")
    assert loss.ratio is None or loss.ratio != loss.ratio  # no ratio against a loss
    assert loss.change == pytest.approx(10e6)
    margin = fin.periods[fin.periods.metric == "gross_margin"].set_index("period")
    assert margin.run_rate.isna().all()  # a percentage is never annualised
    assert not (fin.comparisons.metric == "gross_margin").any()
    note = next(n for n in fin.notes if n["metric"] == "gross_margin")
    assert "run-rate" not in note["text"]


def test_different_units_are_not_mixed(history):
    fin = api.financials(history, "Beta Corp")
    assert fin.comparisons.empty
    assert any(n["kind"] == "mixed_units" for n in fin.notes)
    assert set(fin.periods.unit) == {"CNY", "USD"}
    assert fin.periods.set_index("unit").loc["CNY", "value_usd"] == pytest.approx(140e6)
    with pytest.raises(PedigreeError, match="one chart needs one unit"):
        financial_svg(fin)
    usd = api.financials(history, "Beta Corp", usd=True)
    row = comparison(usd, "run_rate_vs_full_year", "9M 2025")
    assert row.base_value == pytest.approx(140e6)
    assert row.ratio == pytest.approx((20e6 * 12 / 9) / 140e6)
    assert set(usd.periods.stated_unit) == {"CNY", "USD"}


def test_no_figures_and_unknown_names(history):
    assert api.financials(history, "Gamma Labs").periods.empty
    with pytest.raises(NotFound):
        api.financials(history, "Nowhere Inc")
    with pytest.raises(PedigreeError, match="no 'ebitda' figures for Acme AI; on record"):
        api.financials(history, "acme", metric="ebitda")


def test_chart_svg_keeps_period_labels_as_text(history, tmp_path):
    fin = api.financials(history, "acme", metric="revenue")
    svg = financial_svg(fin)
    for text in ("FY2024", "9M 2025", "H1 2025", "9 months", "Acme AI: revenue by period"):
        assert f"{text}" in svg, text
    assert "USD millions" in svg and "Daily Tech (2025-12)" in svg
    assert "<pattern" in svg  # partial periods are hatched
    png = save_financial_chart(fin, tmp_path / "acme.png")
    assert png.read_bytes()[:4] == b"\x89PNG"
    with pytest.raises(PedigreeError, match="png or .svg"):
        save_financial_chart(fin, tmp_path / "acme.pdf")


runner = CliRunner()


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "fin.duckdb")
    folder = write_tables(tmp_path / "history", HISTORY)
    assert runner.invoke(app, ["--db", path, "load", str(folder)]).exit_code == 0
    return path


def test_cli_json_shape(db, tmp_path):
    chart = tmp_path / "chart.svg"
    result = runner.invoke(
        app, ["--db", db, "financials", "艾克米", "--metric", "revenue", "--json", "--chart", chart]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert set(payload) == {
        "org_id", "name", "as_of", "usd", "periods", "comparisons", "notes", "sources", "chart",
    }  # fmt: skip
    assert payload["chart"] == str(chart) and chart.read_text().startswith("<?xml")
    period = payload["periods"][0]
    assert {"metric", "period", "months", "value", "unit", "run_rate", "source_id"} <= set(period)
    assert {c["kind"] for c in payload["comparisons"]} == {
        "run_rate_vs_full_year", "same_period_growth", "full_year_growth",
    }  # fmt: skip
    assert payload["sources"][0]["id"] == "news-2025-12"


def test_cli_table_and_errors(db):
    result = runner.invoke(app, ["--db", db, "financials", "acme", "--as-of", "2025-07"])
    assert result.exit_code == 0, result.output
    assert "H1 2025" in result.stdout and "9M 2025" not in result.stdout
    assert "no H1 2024 figure" in result.stdout
    missing = runner.invoke(app, ["--db", db, "financials", "Nowhere Inc"])
    assert missing.exit_code == 1
    assert "Traceback" not in missing.output
    assert missing.output.strip().count("\n") == 0
    assert "no organisation named 'Nowhere Inc'" in missing.output
