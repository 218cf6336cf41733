"""Testing valuations against what followed: `backtest`, and `load-unicorns` for a company list."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from pedigree.analytics.defaults import DEFAULT_MATCH_CRITERIA, MATCH_CRITERIA
from pedigree.cli.common import Json, app, as_of_date, friendly, out, print_json, renamed
from pedigree.errors import PedigreeError
from pedigree.lazy import lazy

if TYPE_CHECKING:
    from pedigree.analytics.backtest import Backtest, CohortResult

api = lazy("pedigree.api")
_backtest = lazy("pedigree.analytics.backtest")
frames = lazy("pedigree.analytics.frames")
terminal = lazy("pedigree.report.terminal")


@app.command()
@friendly
def backtest(
    ctx: typer.Context,
    lineage: Annotated[
        str, typer.Option(help="The lineage's organisation (any script, or its id).")
    ],
    as_of: Annotated[
        str, typer.Option(help="Cohort day: only what was published by then (YYYY[-MM[-DD]]).")
    ],
    horizon: Annotated[str, typer.Option(help="Outcomes this long after: 6m, 12m, 1y, 18m.")] = (
        "12m"
    ),
    sector: Annotated[str | None, typer.Option(help="Only companies in this sector.")] = None,
    match: Annotated[
        str,
        typer.Option(
            help=f"What counts as matching, any of: {', '.join(MATCH_CRITERIA)} (comma list)."
        ),
    ] = ",".join(DEFAULT_MATCH_CRITERIA),
    flat_band: Annotated[
        float, typer.Option(help="A round within ± this share of the entry is flat.")
    ] = 0.10,
    multiple: Annotated[
        float, typer.Option(help="Valuation / revenue multiple the entry price implies.")
    ] = 20.0,
    revenue_share: Annotated[
        float, typer.Option(help="Share of the implied revenue that counts as reached.")
    ] = 1.0,
    vintage_window: Annotated[
        int, typer.Option(help="Control companies founded within this many years.")
    ] = 1,
    min_n: Annotated[int, typer.Option(help="Fewer companies than this: not enough data.")] = 5,
    leaky: Annotated[
        bool,
        typer.Option(help="For comparison only: read facts by valid time, ignoring publication."),
    ] = False,
    as_json: Json = False,
) -> None:
    """How many of a lineage's startups matched their valuation, against a control cohort."""
    day = as_of_date(as_of)
    with renamed(criteria="match"):  # the rule's criteria are --match
        rule = _backtest.MatchRule.parse(
            match, flat_band=flat_band, multiple=multiple, revenue_share=revenue_share
        )
    result = api.backtest(
        ctx.obj,
        lineage,
        as_of=day,
        horizon=horizon,
        sector=sector,
        rule=rule,
        vintage_window=vintage_window,
        min_n=min_n,
        leaky=leaky,
    )
    if as_json:
        print_json(result.to_json())
    else:
        cohorts = (result.cohort, result.control)
        _show(result, api.sources(ctx.obj, [s for c in cohorts for s in _cited(c)]))


SOURCE_COLUMNS = ("entry_source", "later_source", "revenue_source")


def _cited(cohort: CohortResult) -> list[str]:
    """The ids of the sources a cohort's table cites."""
    ids = []
    for row in frames.records(cohort.companies):
        ids += [row[c] for c in SOURCE_COLUMNS if row.get(c)]
        ids += [e["source"] for e in row["events"] if e.get("source")]
    return ids


def _show(result: Backtest, sources) -> None:
    """The answer, then each cohort's companies citing their sources by number ([1]), then the
    sources by title."""
    sector = f", sector {result.sector}" if result.sector else ""
    clock = "facts by valid time only (LEAKY)" if result.leaky else "facts published by each day"
    out.print(
        f"[bold]{result.lineage_label}[/bold] ({result.lineage_name}){sector}: cohort as of "
        f"{result.as_of}, outcomes by {result.until} ({result.horizon}); {clock}",
        highlight=False,
    )
    out.print(result.rule_definition, highlight=False)
    out.print(_summary(result.lineage_label, result.cohort, result), highlight=False)
    out.print(_summary("control", result.control, result), highlight=False)
    out.print(f"control: {result.control_definition}", highlight=False, style="dim")
    if result.difference:
        d = result.difference
        out.print(
            f"difference: {d['value'] * 100:+.0f} points "
            f"(95% CI {d['ci_low'] * 100:+.0f} to {d['ci_high'] * 100:+.0f}; {d['method']})",
            highlight=False,
        )
    else:
        out.print(result.message, highlight=False)
    numbers = terminal.source_numbers(sources)
    for title, cohort in ((result.lineage_label, result.cohort), ("control", result.control)):
        if cohort.n:
            out.print(_companies(title, cohort, numbers))
    if not sources.empty:
        out.print(terminal.sources_table(sources, numbers))


def _summary(label: str, cohort: CohortResult, result: Backtest) -> str:
    text = f"{label}: {cohort.matched} of {cohort.n} matched their valuation"
    if cohort.n >= result.min_n:
        text += f" ({cohort.rate:.0%}; Wilson 95% CI {cohort.ci_low:.0%}–{cohort.ci_high:.0%})"
    return text


def _companies(title: str, cohort: CohortResult, numbers: dict[str, str]) -> Table:
    def cite(source_id) -> str:
        return numbers.get(source_id, f"[{source_id}]")

    table = Table(title=title, title_justify="left")
    for column in ("company", "entry", "by horizon", "outcome", "revenue", "events", "matched"):
        table.add_column(column, overflow="fold")
    for row in frames.records(cohort.companies):
        change = row["valuation_change"]
        later = ""
        if row["later_usd"] is not None:
            later = (
                f"{terminal.money(row['later_usd'])} {row['later_date']} "
                f"{cite(row['later_source'])}"
            )
        elif row["later_date"]:
            later = f"round {row['later_date']} {cite(row['later_source'])}"
        outcome = row["outcome"] + (f" {change:+.0%}" if change is not None else "")
        revenue = ""
        if row["revenue_usd"] is not None:
            revenue = (
                f"{terminal.money(row['revenue_usd'])}/yr = {row['revenue_share']:.0%} of "
                f"{terminal.money(row['implied_revenue_usd'])} {cite(row['revenue_source'])}"
            )
        events = "; ".join(
            f"{e['type']} {e['date'] or ''} {cite(e['source'])}".replace("  ", " ")
            for e in row["events"]
        )
        cells = (
            row["name"],
            f"{terminal.money(row['entry_usd'])} {row['entry_date'] or 'undated'} "
            f"{cite(row['entry_source'])}",
            later,
            outcome,
            revenue,
            events,
            f"yes ({row['why']})" if row["matched"] else f"no ({row['why']})",
        )
        table.add_row(*(escape(cell) for cell in cells))  # [source] is text, not markup
    return table


@app.command("load-unicorns")
@friendly
def load_unicorns(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="A unicorn_companies.csv-shaped list.")],
    published: Annotated[
        str | None,
        typer.Option(help="When the list was published (default: its newest Date Joined)."),
    ] = None,
    as_json: Json = False,
) -> None:
    """Import a list of unicorns: organisations, valuations, investors, total raised."""
    if not path.exists():
        raise PedigreeError(f"{path}: no such file")
    report = api.load_unicorns(ctx.obj, path, published=published)
    if as_json:
        print_json(
            {
                "path": str(report.path),
                "source_id": report.source_id,
                "published": report.published,
                "rows": report.rows,
                "new_organizations": report.new_organizations,
                "matched": report.matched,
                "ambiguous": report.ambiguous,
                "added": report.added,
            }
        )
        return
    out.print(
        f"read {report.rows} companies from {report.path} as source {report.source_id} "
        f"(published {report.published})",
        highlight=False,
    )
    out.print(f"new organisations: {report.new_organizations}", highlight=False)
    matched = ", ".join(f"{name} → {org_id}" for name, org_id in sorted(report.matched.items()))
    out.print(
        f"matched stored organisations: {len(report.matched)}"
        + (f" ({matched})" if matched else ""),
        highlight=False,
    )
    if report.ambiguous:
        out.print(
            f"names shared by several stored organisations (imported as new): "
            f"{', '.join(report.ambiguous)}",
            highlight=False,
        )
    out.print(f"statements added: {report.added}", highlight=False)
