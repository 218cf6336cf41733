"""The report: one self-contained HTML file on an organisation's lineage, with its sources."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pedigree.cli.common import AsOf, Json, app, as_of_date, err, friendly, print_json
from pedigree.lazy import lazy

api = lazy("pedigree.api")


@app.command()
@friendly
def report(
    ctx: typer.Context,
    org: Annotated[str, typer.Argument(help="The organisation (name, alias or id).")],
    to: Annotated[Path, typer.Option("--out", help="The report file: FILE.html.")],
    as_of: AsOf = None,
    lang: Annotated[str, typer.Option(help="Headings and labels in zh or en.")] = "zh",
    depth: Annotated[int, typer.Option(min=1, help="Spin-out generations in the tree.")] = 3,
    top: Annotated[int, typer.Option(min=1, help="Rows of the academies table.")] = 20,
    charts: Annotated[
        int, typer.Option(min=0, help="Financial charts drawn (most valuable companies first).")
    ] = 4,
    as_json: Json = False,
) -> None:
    """Lineage tree, academies, landscape, scarce talent, financials and sources of ORG, as one
    HTML file that opens offline; every fact links to its source."""
    result = api.report(
        ctx.obj,
        org,
        out=to,
        as_of=as_of_date(as_of),
        lang=lang,
        depth=depth,
        top=top,
        charts=charts,
    )
    if as_json:
        print_json(result.to_json() | {"out": str(to)})
        return
    summary = (
        f"{to}: {result.name}, {len(result.companies)} companies, "
        f"{len(result.sources)} sources cited"
    )
    err.print(summary, highlight=False, markup=False, soft_wrap=True)
    for section, reason in result.unavailable.items():
        err.print(f"note: {section} section not produced: {reason}", highlight=False, markup=False)
