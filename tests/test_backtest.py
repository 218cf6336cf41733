"""Cohort backtests on a hand-built market with publication lag (no real facts).

Academy "Acad" (acad) has alumni founders of a-* companies; c-* companies are not its lineage.
The cohort day is 2024-06-30 and the horizon 12 months (outcomes by 2025-06-30). Entry rounds are
dated 2024-01 and published 2024-01-15; outcomes are dated 2025-01 and published 2025-02-01.

The traps: a-lag's only round happened 2024-03 but was published 2024-09 (after the cohort day);
a-late's up round happened 2025-05 but was published 2025-08 (after the horizon); a-hidden's
founder's tie to the academy was only published 2024-08.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pedigree.analytics import backtest as _backtest
from pedigree.analytics.backtest import Horizon, MatchRule
from pedigree.cli import app
from pedigree.errors import NotFound, PedigreeError
from pedigree.ingest import load_tables
from pedigree.report.backtest_text import rule_text, why, with_text
from pedigree.store import Store
from tests.world import write_tables

AS_OF = date(2024, 6, 30)

SOURCES = """id,title,published
bg,Background,2019-01-01
r2024,Entry rounds,2024-01-15
r2025,Later rounds,2025-02-01
sd2025,Shutdown report,2025-04-01
lag,Late report of a March round,2024-09-01
hidden,Late founder profile,2024-08-01
late,Report after the horizon,2025-08-01
"""

# (id, sector, founded, founder's employer or "")
COMPANIES = [
    ("a-up", "llm", 2020, "acad"),
    ("a-flat", "llm", 2020, "acad"),
    ("a-down", "llm", 2021, "acad"),
    ("a-none", "llm", 2021, "acad"),
    ("a-shut", "llm", 2020, "acad"),
    ("a-acq", "llm", 2021, "acad"),
    ("a-rev", "llm", 2020, "acad"),
    ("a-lag", "llm", 2021, "acad"),
    ("a-late", "llm", 2021, "acad"),
    ("a-hidden", "robotics", 2021, "acad"),
    ("c-up", "llm", 2020, ""),
    ("c-none", "llm", 2021, ""),
    ("c-none2", "large language models", 2020, ""),  # an alias of llm: same sector
    ("c-down", "llm", 2021, ""),
    ("c-undisclosed", "llm", 2020, ""),
    ("c-near", "llm", 2022, ""),  # within one year of a 2021 member
    ("c-far", "llm", 2010, ""),  # another vintage
    ("c-other", "fintech", 2020, ""),  # another sector
    ("c-exited", "llm", 2020, ""),  # acquired before the cohort day
]

ROUNDS = """org_id,date,round,amount,currency,post_money_valuation,source_id
acad,2023-01,C,,USD,5000000000,r2024
a-up,2024-01,A,,USD,1000000000,r2024
a-up,2025-01,B,,USD,2000000000,r2025
a-flat,2024-01,A,,USD,1000000000,r2024
a-flat,2025-01,B,,USD,1050000000,r2025
a-down,2024-01,A,,USD,1000000000,r2024
a-down,2025-01,B,,USD,500000000,r2025
a-none,2024-01,A,,USD,1000000000,r2024
a-shut,2024-01,A,,USD,1000000000,r2024
a-shut,2024-10,B,,USD,2000000000,r2025
a-acq,2024-01,A,,USD,1000000000,r2024
a-rev,2024-01,A,,CNY,14285714286,r2024
a-lag,2024-03,A,,USD,1000000000,lag
a-lag,2025-01,B,,USD,3000000000,r2025
a-late,2024-01,A,,USD,1000000000,r2024
a-late,2025-05,B,,USD,2000000000,late
a-hidden,2024-01,A,,USD,1000000000,r2024
c-up,2024-01,A,,USD,1000000000,r2024
c-up,2025-01,B,,USD,3000000000,r2025
c-none,2024-01,A,,USD,1000000000,r2024
c-none2,2024-01,A,,USD,1000000000,r2024
c-down,2024-01,A,,USD,1000000000,r2024
c-down,2025-01,B,,USD,400000000,r2025
c-undisclosed,2024-01,A,,USD,1000000000,r2024
c-undisclosed,2025-01,B,50000000,USD,,r2025
c-near,2024-01,A,,USD,1000000000,r2024
c-far,2024-01,A,,USD,1000000000,r2024
c-other,2024-01,A,,USD,1000000000,r2024
c-exited,2022-01,A,,USD,1000000000,r2024
"""

# a-rev: valued ¥14.29B ≈ $2B (fx.csv) implies $100M revenue at 20×; 2024 revenue was $120M.
FINANCIALS = """org_id,metric,period_start,period_end,value,unit,source_id
a-rev,revenue,2024-01-01,2024-12-31,120000000,USD,r2025
a-none,revenue,2025-01-01,2025-12-31,900000000,USD,r2025
"""

EVENTS = """org_id,type,date,detail,source_id
a-shut,shutdown,2025-03,wound down,sd2025
a-acq,acquired,2025-01,bought by a larger company,r2025
c-exited,acquired,2023-06,bought,r2024
"""


def market_tables() -> dict[str, str]:
    orgs = ["id,name,kind,sector,founded,source_id", "acad,Acad,company,internet,2010,bg"]
    people = ["id,name,source_id"]
    stints = ["person_id,org_id,kind,title,start,end,source_id"]
    for org_id, sector, founded, employer in COMPANIES:
        orgs.append(f"{org_id},{org_id.upper()},company,{sector},{founded},bg")
        person = f"p-{org_id}"
        people.append(f"{person},Founder of {org_id},bg")
        stints.append(f"{person},{org_id},founder,CEO,{founded},,bg")
        if employer:
            source = "hidden" if org_id == "a-hidden" else "bg"
            stints.append(f"{person},{employer},employment,engineer,2015,2019,{source}")
    return {
        "sources.csv": SOURCES,
        "organizations.csv": "\n".join(orgs) + "\n",
        "people.csv": "\n".join(people) + "\n",
        "stints.csv": "\n".join(stints) + "\n",
        "rounds.csv": ROUNDS,
        "financials.csv": FINANCIALS,
        "events.csv": EVENTS,
    }


def open_market(folder: Path, path: Path | None = None) -> Store:
    store = Store.open(path) if path else Store.memory()
    load_tables(store, [write_tables(folder, market_tables())])
    return store


# Backtests read derived tables as of two days, which takes a second or two: the market and the
# default answer are built once per module (tests that add facts build their own).
@pytest.fixture(scope="module")
def market(tmp_path_factory) -> Store:
    with open_market(tmp_path_factory.mktemp("market")) as store:
        yield store


def backtest(*args, **kwargs):
    """The analytics' backtest with its words, as the API returns it."""
    return with_text(_backtest.backtest(*args, **kwargs))


@pytest.fixture(scope="module")
def default(market):
    return backtest(market, "acad", AS_OF, "12m")


def by_org(result) -> dict[str, dict]:
    return {row["org_id"]: row for row in result.to_json()["cohort"]["companies"]}


def control_ids(result) -> set[str]:
    return {row["org_id"] for row in result.to_json()["control"]["companies"]}


# --- horizons -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, months", [("6m", 6), ("12m", 12), ("1y", 12), ("18m", 18), ("2 years", 24)]
)
def test_horizon_parses_months_and_years(text, months):
    assert Horizon.parse(text).months == months


@pytest.mark.parametrize("text", ["", "12", "abc", "0m", "-6m", "1.5y", "12w"])
def test_bad_horizon_is_a_one_line_error(text):
    with pytest.raises(PedigreeError, match="^horizon: not a horizon"):
        Horizon.parse(text)


def test_horizon_keeps_month_ends():
    assert Horizon(12).after(date(2024, 6, 30)) == date(2025, 6, 30)
    assert Horizon(12).after(date(2024, 2, 29)) == date(2025, 2, 28)
    assert Horizon(1).after(date(2024, 6, 30)) == date(2024, 7, 31)
    assert Horizon(6).after(date(2024, 1, 15)) == date(2024, 7, 15)


# --- the match rule -------------------------------------------------------------------------


def outcome(**fields) -> dict:
    base = {"outcome": "none", "revenue_share": None, "shut_down": False, "acquired": False,
            "listed": False}  # fmt: skip
    return base | fields


def test_rule_outcomes_use_the_flat_band():
    rule = MatchRule(flat_band=0.1)
    assert rule.round_outcome(0.5, False) == "up"
    assert rule.round_outcome(0.1, False) == "flat"
    assert rule.round_outcome(-0.1, False) == "flat"
    assert rule.round_outcome(-0.2, False) == "down"
    assert rule.round_outcome(None, True) == "undisclosed"
    assert rule.round_outcome(None, False) == "none"


def verdict(rule: MatchRule, company: dict) -> tuple[bool, str]:
    return bool(rule.met(company)), why(rule, company)


def test_rule_verdicts():
    rule = MatchRule()
    assert verdict(rule, outcome(outcome="up")) == (True, "up")
    assert verdict(rule, outcome(outcome="flat")) == (True, "flat")
    assert verdict(rule, outcome(outcome="down")) == (False, "down")
    assert verdict(rule, outcome()) == (False, "no new facts")
    assert verdict(rule, outcome(revenue_share=1.2)) == (True, "revenue")
    assert verdict(rule, outcome(revenue_share=0.9)) == (False, "revenue 90% of implied")
    assert verdict(rule, outcome(outcome="up", shut_down=True)) == (False, "shut down")
    assert verdict(rule, outcome(acquired=True)) == (False, "acquired (not in the rule)")
    with_exits = MatchRule.parse("up,acquired,listed")
    assert verdict(with_exits, outcome(acquired=True)) == (True, "acquired")
    assert verdict(with_exits, outcome(listed=True)) == (True, "listed")
    assert verdict(with_exits, outcome(outcome="flat")) == (False, "flat")


def test_rule_checks_its_settings():
    with pytest.raises(PedigreeError, match="^criteria: unknown criterion moon"):
        MatchRule.parse("up,moon")
    with pytest.raises(PedigreeError, match="^flat_band: must be between"):
        MatchRule(flat_band=1.5)
    with pytest.raises(PedigreeError, match="^multiple: must be positive"):
        MatchRule(multiple=0)
    assert "revenue ≥ 50% of valuation / 10" in rule_text(MatchRule(revenue_share=0.5, multiple=10))


# --- cohorts and outcomes --------------------------------------------------------------------


def test_cohort_outcomes_and_evidence(default):
    result = default
    rows = by_org(result)
    assert set(rows) == {"a-up", "a-flat", "a-down", "a-none", "a-shut", "a-acq", "a-rev",
                         "a-late"}  # fmt: skip
    assert rows["a-up"]["outcome"] == "up" and rows["a-up"]["valuation_change"] == 1.0
    assert rows["a-up"]["later_source"] == "r2025" and rows["a-up"]["entry_source"] == "r2024"
    assert rows["a-flat"]["outcome"] == "flat" and rows["a-flat"]["matched"]
    assert rows["a-down"]["outcome"] == "down" and not rows["a-down"]["matched"]
    assert rows["a-none"]["outcome"] == "none" and not rows["a-none"]["matched"]
    # Shut down after an up round: never matched.
    assert rows["a-shut"]["outcome"] == "up" and rows["a-shut"]["shut_down"]
    assert (rows["a-shut"]["matched"], rows["a-shut"]["why"]) == (False, "shut down")
    assert rows["a-shut"]["events"][0] == {"type": "shutdown", "date": "2025-03",
                                           "detail": "wound down", "source": "sd2025"}  # fmt: skip
    assert rows["a-acq"]["acquired"] and not rows["a-acq"]["matched"]
    # Revenue: $120M against the $100M a ~$2B (CNY) valuation implies at 20×.
    assert rows["a-rev"]["outcome"] == "none"
    assert rows["a-rev"]["revenue_share"] == pytest.approx(1.2, rel=0.01)
    assert rows["a-rev"]["matched"] and rows["a-rev"]["why"] == "revenue"
    assert rows["a-rev"]["revenue_source"] == "r2025"
    # A year of revenue ending after the horizon is not over yet: not counted.
    assert rows["a-none"]["revenue_usd"] is None
    assert (result.cohort.n, result.cohort.matched) == (8, 3)


def test_control_cohort_same_sectors_and_vintages(market, default):
    result = default
    assert control_ids(result) == {"c-up", "c-none", "c-none2", "c-down", "c-undisclosed",
                                   "c-near"}  # fmt: skip
    control = {row["org_id"]: row for row in result.to_json()["control"]["companies"]}
    assert control["c-undisclosed"]["outcome"] == "undisclosed"
    assert control["c-undisclosed"]["later_date"] == "2025-01"
    assert (result.control.n, result.control.matched) == (6, 1)
    narrow = backtest(market, "acad", AS_OF, "12m", vintage_window=0)
    assert "c-near" not in control_ids(narrow)


def test_match_rates_difference_and_interval(default):
    result = default
    assert result.enough_data and result.message is None
    assert result.cohort.rate == pytest.approx(3 / 8)
    assert result.cohort.ci_low < 3 / 8 < result.cohort.ci_high
    diff = result.difference
    assert diff["value"] == pytest.approx(3 / 8 - 1 / 6)
    assert -1 <= diff["ci_low"] < diff["value"] < diff["ci_high"] <= 1
    assert diff["method"].startswith("Newcombe")


def test_configurable_rule_changes_the_count(market):
    rounds_only = backtest(market, "acad", AS_OF, "12m", rule=MatchRule.parse("up"))
    assert rounds_only.cohort.matched == 1  # a-up only: a-shut's up round does not count
    generous = MatchRule.parse("up,flat,revenue,acquired", revenue_share=0.5)
    assert backtest(market, "acad", AS_OF, "12m", rule=generous).cohort.matched == 4
    wide = MatchRule(flat_band=0.6)  # a-down's −50% is now flat
    assert by_org(backtest(market, "acad", AS_OF, "12m", rule=wide))["a-down"]["matched"]


def test_not_enough_data(market):
    small = backtest(market, "acad", AS_OF, "12m", min_n=7)
    assert not small.enough_data and small.difference is None
    assert small.message.startswith("not enough data: 8 lineage and 6 control companies")
    empty = backtest(market, "acad", AS_OF, "12m", sector="robotics")
    assert empty.cohort.n == 0 and empty.to_json()["cohort"]["rate"] is None
    with pytest.raises(NotFound, match="unknown sector"):
        backtest(market, "acad", AS_OF, "12m", sector="knitting")


def test_a_shorter_horizon_sees_less(market):
    result = backtest(market, "acad", AS_OF, "6m")  # outcomes by 2024-12-31
    rows = by_org(result)
    assert rows["a-up"]["outcome"] == "none"  # its round came in 2025
    assert rows["a-shut"]["outcome"] == "none"  # the 2024-10 round was published in 2025


# --- no look-ahead ------------------------------------------------------------------------------


def test_facts_published_after_the_cohort_day_do_not_define_it(default):
    rows = by_org(default)
    assert "a-lag" not in rows  # its round happened in March, but was reported in September
    assert "a-hidden" not in rows  # its founder's tie to Acad was reported in August
    assert rows["a-late"]["outcome"] == "none"  # its up round was reported after the horizon


def test_every_fact_used_was_published_by_its_day(market, default):
    result = default
    published = dict(market.con.execute("SELECT id, known_from FROM sources").fetchall())
    for row in result.to_json()["cohort"]["companies"] + result.to_json()["control"]["companies"]:
        assert published[row["entry_source"]] <= AS_OF
        for source in (row["later_source"], row["revenue_source"]):
            assert source is None or published[source] <= result.until
        assert all(published[e["source"]] <= result.until for e in row["events"])


def test_a_fact_published_a_day_later_changes_nothing_at_the_cohort_day(default, tmp_path):
    before = default
    market = open_market(tmp_path / "market")
    extra = {
        "sources.csv": "id,title,published\nnext-day,Published a day later,2024-07-01\n",
        "organizations.csv": "id,name,kind,sector,founded,source_id\n"
        "a-new,A-NEW,company,llm,2021,next-day\n",
        "stints.csv": "person_id,org_id,kind,title,start,source_id\n"
        "p-a-up,a-new,founder,CEO,2021,next-day\n",
        "rounds.csv": "org_id,date,round,currency,post_money_valuation,source_id\n"
        "a-new,2024-02,A,USD,900000000,next-day\n"
        "a-none,2024-04,A+,USD,3000000000,next-day\n",
    }
    load_tables(market, [write_tables(tmp_path / "extra", extra)])
    after = backtest(market, "acad", AS_OF, "12m")

    def entries(cohort):
        columns = ["org_id", "entry_usd", "entry_date", "entry_source"]
        return cohort.companies[columns].sort_values("org_id", ignore_index=True)

    assert entries(after.cohort).equals(entries(before.cohort))
    assert entries(after.control).equals(entries(before.control))
    # Within the horizon the new round is an outcome, as it should be.
    assert by_org(after)["a-none"]["outcome"] == "up"
    market.close()


def test_leaky_variant_reads_by_valid_time_and_differs(market, default):
    honest, leaky = default, backtest(market, "acad", AS_OF, "12m", leaky=True)
    assert not honest.leaky and leaky.leaky
    leaked = by_org(leaky)
    assert {"a-lag", "a-hidden"} <= set(leaked)
    assert leaked["a-lag"]["outcome"] == "up"
    assert leaked["a-late"]["outcome"] == "up"  # reported after the horizon, used anyway
    assert (leaky.cohort.n, leaky.cohort.matched) == (10, 5)
    assert (honest.cohort.n, honest.cohort.matched) == (8, 3)
    assert leaky.cohort.rate > honest.cohort.rate


# --- JSON and the command line -------------------------------------------------------------------


def test_json_shape(default):
    payload = default.to_json()
    text = json.dumps(payload, ensure_ascii=False)
    assert "NaN" not in text
    keys = {"lineage", "as_of", "horizon", "until", "rule", "cohort", "control", "difference",
            "enough_data", "message", "control_definition"}  # fmt: skip
    assert set(payload) >= keys
    assert payload["lineage"] == {"id": "acad", "name": "Acad", "label": "Acad系"}
    assert (payload["as_of"], payload["horizon"], payload["until"]) == (
        "2024-06-30",
        "12m",
        "2025-06-30",
    )
    assert payload["rule"]["criteria"] == ["up", "flat", "revenue"]
    assert payload["rule"]["definition"].startswith("matched = an up round")
    assert set(payload["cohort"]) == {"n", "matched", "rate", "ci_low", "ci_high", "companies"}
    company = payload["cohort"]["companies"][0]
    assert {"org_id", "name", "entry_usd", "entry_date", "entry_source", "later_usd", "outcome",
            "valuation_change", "implied_revenue_usd", "revenue_usd", "revenue_share", "events",
            "shut_down", "acquired", "matched", "why"} <= set(company)  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("cli")
    open_market(folder / "tables", folder / "market.duckdb").close()
    return str(folder / "market.duckdb")


def test_cli_backtest_table_and_json(db):
    runner = CliRunner()
    args = ["--db", db, "backtest", "--lineage", "Acad", "--as-of", "2024-06-30"]
    shown = runner.invoke(app, args)
    assert shown.exit_code == 0, shown.output
    assert "Acad系: 3 of 8 matched their valuation" in shown.output
    assert "control: 1 of 6 matched" in shown.output
    assert "difference: +21 points" in shown.output
    # sources cited by number and listed by title, not by id
    text = " ".join(shown.output.split())
    assert "Entry rounds" in text and "Later rounds" in text
    assert "[r2024]" not in text and "[r2025]" not in text
    as_json = runner.invoke(app, [*args, "--horizon", "18m", "--match", "up", "--json"])
    assert as_json.exit_code == 0, as_json.output
    assert json.loads(as_json.stdout)["rule"]["criteria"] == ["up"]


@pytest.mark.parametrize(
    "extra, message",
    [
        (["--horizon", "12"], "--horizon: not a horizon"),
        (["--match", "moon"], "--match: unknown criterion"),
        (["--sector", "knitting"], "unknown sector"),
    ],
)
def test_cli_errors_are_one_line(db, extra, message):
    args = ["--db", db, "backtest", "--lineage", "Acad", "--as-of", "2024-06-30", *extra]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output
