"""The market: the landscape map of sectors, their leading companies and founder lineages."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Group

from pedigree.cli.common import AsOf, Json, app, as_of_date, friendly, out, print_json
from pedigree.errors import PedigreeError
from pedigree.lazy import lazy

if TYPE_CHECKING:
    from pedigree.analytics.landscape import Landscape

api = lazy("pedigree.api")
terminal = lazy("pedigree.report.terminal")
landscape_layout = lazy("pedigree.report.landscape_layout")


@app.command()
@friendly
def landscape(
    ctx: typer.Context,
    lineage: Annotated[
        list[str] | None,
        typer.Option(
            "--lineage",
            help="Colour this lineage (organisation name or id, or 商汤系); repeat for more. "
            "Default: the lineages with the most companies shown.",
        ),
    ] = None,
    sector: Annotated[
        list[str] | None,
        typer.Option(
            "--sector",
            help="Show this sector (id, label or alias); repeat for more. "
            "Default: every sector with a valued company.",
        ),
    ] = None,
    top: Annotated[int, typer.Option(min=1, help="Companies per sector.")] = 8,
    colours: Annotated[
        int, typer.Option(min=1, max=10, help="Lineages coloured when --lineage is not given.")
    ] = 6,
    as_of: AsOf = None,
    lang: Annotated[str, typer.Option(help="Labels in zh or en.")] = "zh",
    education: Annotated[
        bool, typer.Option(help="Count study at an organisation too (清华系-style lineages).")
    ] = False,
    title: Annotated[str | None, typer.Option(help="The map's title.")] = None,
    scale: Annotated[
        str,
        typer.Option(
            help="Bars on one scale shared by all panels (shared), or scaled per panel (panel)."
        ),
    ] = "shared",
    to: Annotated[
        Path | None,
        typer.Option("--out", help="Draw the map: FILE.png, FILE.svg or FILE.html."),
    ] = None,
    as_json: Json = False,
) -> None:
    """Each sector's leading companies by latest valuation, coloured by founder lineage."""
    result = api.landscape(
        ctx.obj,
        lineages=lineage or (),
        sectors=sector or (),
        top=top,
        colours=colours,
        as_of=as_of_date(as_of),
        lang=lang,
        education=education,
        out=to,
        title=title,
        scale=scale,
    )
    if as_json:
        print_json(result.to_json())
    elif result.empty:
        raise PedigreeError(landscape_layout.empty_reason(result))
    elif to is not None:
        shown = len(result.companies)
        out.print(f"wrote {to} ({len(result.sectors)} sectors, {shown} companies)")
    else:
        out.print(landscape_table(result))


def landscape_table(result: Landscape):
    """The map as a terminal table: one row per company, panel by panel; each valuation's
    source numbered ([1]) and the sources listed by title under the table."""
    companies = result.companies
    first = companies.sector_id != companies.sector_id.shift()
    numbers = terminal.source_numbers(result.sources)
    frame = companies.assign(
        sector=companies.sector.where(first, ""),
        lineages=[" · ".join(labels) for labels in companies.lineages],
        valuation_source=[numbers.get(s, s) for s in companies.valuation_source],
    )
    frame = frame[
        ["sector", "rank", "name", "valuation_usd", "valuation_date", "lineage", "lineages"]
        + ["valuation_source"]
    ].rename(
        columns={
            "rank": "#",
            "name": "company",
            "valuation_usd": "valuation",
            "valuation_date": "date",
            "lineage": "colour",
            "valuation_source": "source",
        }
    )
    when = f" · data as of {result.data_date}" if result.data_date else ""
    title = f"Leading companies by sector (top {result.top} by latest valuation, USD){when}"
    table = terminal.frame_table(frame, title=title, money_columns=("valuation",))
    if result.sources.empty:
        return table
    return Group(table, terminal.sources_table(result.sources, numbers))
