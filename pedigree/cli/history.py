"""An organisation's history: financials by period (with the chart) and the dated timeline."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Group
from rich.text import Text

from pedigree.cli.common import AsOf, Json, app, as_of_date, flag, friendly, out, print_json
from pedigree.errors import option
from pedigree.lazy import lazy
from pedigree.output_paths import writable

if TYPE_CHECKING:
    import pandas as pd

    from pedigree.analytics.financials import Financials
    from pedigree.analytics.timeline import Timeline

api = lazy("pedigree.api")
financial_text = lazy("pedigree.report.financial_text")
terminal = lazy("pedigree.report.terminal")


@app.command()
@friendly
def financials(
    ctx: typer.Context,
    org: Annotated[str, typer.Argument(help="Organisation name in any script, or its id.")],
    metric: Annotated[
        str | None, typer.Option(help="Only this metric (revenue, net_loss, …).")
    ] = None,
    as_of: AsOf = None,
    chart: Annotated[
        Path | None,
        typer.Option(help="Also draw the bars per period to this .png or .svg file."),
    ] = None,
    usd: Annotated[
        bool, typer.Option("--usd", help="Convert currencies to US dollars (fixed rates).")
    ] = False,
    as_json: Json = False,
) -> None:
    """Figures by period with their lengths; run-rate, same-period and full-year comparisons."""
    if chart is not None:
        writable(chart, option("chart"))  # before the figures are computed
    result = api.financials(ctx.obj, org, metric=metric, as_of=as_of_date(as_of), usd=usd)
    written = None
    if chart is not None:
        from pedigree.report.financial_chart import save_financial_chart  # loads matplotlib

        written = save_financial_chart(result, chart, metric)
    if as_json:
        print_json(result.to_json() | {"chart": str(written) if written else None})
        return
    out.print(_financials_view(result))
    if written:
        out.print(f"chart written to {written}")


@app.command()
@friendly
def timeline(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Organisation or person, any script, or the id.")],
    as_of: AsOf = None,
    entity_type: Annotated[
        str | None,
        typer.Option("--type", help="organization or person, when a name could be either."),
    ] = None,
    as_json: Json = False,
) -> None:
    """Founding, rounds, launches, metrics, financials, events and career moves, in date order."""
    result = api.timeline(ctx.obj, name, as_of=as_of_date(as_of), entity_type=entity_type)
    if as_json:
        print_json(result.to_json())
    else:
        out.print(_timeline_view(result))


def _financials_view(result: Financials) -> Group:
    import pandas as pd  # loaded with the command, not with the CLI

    numbers = terminal.source_numbers(result.sources)
    parts = [_head(result.name, result.org_id, "financials", result.as_of)]
    if result.periods.empty:
        parts.append(Text("no financial figures on record", style="dim"))
        return Group(*parts)
    periods = result.periods
    shown = pd.DataFrame(
        {
            "metric": periods.metric,
            "period": periods.period,
            "months": periods.months.map(lambda m: "" if pd.isna(m) else f"{m:g}"),
            "value": periods.value.map(lambda v: f"{v:,.0f}"),
            "unit": periods.unit,
            "annualised": [
                financial_text.short_amount(r) if p else ""
                for r, p in zip(periods.run_rate, periods.partial, strict=True)
            ],  # fmt: skip
            "quote": periods.quote,
            "src": periods.source_id.map(lambda s: numbers.get(s, s)),
        }
    )
    title = "figures by period (annualised = value × 12 / months)"
    if periods.metric.nunique() == 1:  # the metric goes in the title, to save a column
        title = f"{periods.metric.iloc[0]} by period (annualised = value × 12 / months)"
        shown = shown.drop(columns="metric")
    parts.append(terminal.frame_table(shown, title=title))
    for line in financial_text.sentences(result, name_of=flag):
        parts.append(Text("• " + _numbered(line, numbers)))
    parts.append(_sources_table(result.sources, numbers))
    return Group(*parts)


def _timeline_view(result: Timeline) -> Group:
    import pandas as pd  # loaded with the command, not with the CLI

    numbers = terminal.source_numbers(result.sources)
    parts = [_head(result.name, result.id, "timeline", result.as_of)]
    entries = result.entries
    if entries.empty:
        parts.append(Text("nothing on record", style="dim"))
        return Group(*parts)
    shown = pd.DataFrame(
        {
            "date": entries.date.fillna("undated"),
            "kind": entries.kind,
            "entry": [
                f"{text}\n“{quote}”" if isinstance(quote, str) and quote else text
                for text, quote in zip(entries.text, entries.quote, strict=True)
            ],
            "src": entries.source_id.map(lambda s: numbers.get(s, s)),
        }
    )
    parts.append(terminal.frame_table(shown))
    parts.append(_sources_table(result.sources, numbers))
    return Group(*parts)


def _head(name: str, entity_id: str, what: str, as_of) -> Text:
    when = f" as of {as_of}" if as_of else ""
    return Text(f"{name} ({entity_id}): {what}{when}", style="bold")


def _numbered(line: str, numbers: dict[str, str]) -> str:
    for source_id in sorted(numbers, key=len, reverse=True):  # src-a-2 before src-a
        number = numbers[source_id]
        line = line.replace(source_id, number.strip("[]"))
    return line


def _sources_table(sources: pd.DataFrame | None, numbers: dict[str, str]):
    if sources is None or sources.empty:
        return Text("")
    return terminal.sources_table(sources, numbers)
