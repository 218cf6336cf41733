"""Asking the graph: lineage, academies, person and organisation profiles."""

from __future__ import annotations

from typing import Annotated

import typer

from pedigree.cli.common import AsOf, Json, app, as_of_date, friendly, out, print_json
from pedigree.lazy import lazy

api = lazy("pedigree.api")
frames = lazy("pedigree.analytics.frames")
terminal = lazy("pedigree.report.terminal")


@app.command()
@friendly
def lineage(
    ctx: typer.Context,
    org: Annotated[str, typer.Argument(help="Organisation name in any script, or its id.")],
    depth: Annotated[int, typer.Option(min=1, help="Generations to follow.")] = 3,
    as_of: AsOf = None,
    sector: Annotated[str | None, typer.Option(help="Only spin-outs in this sector.")] = None,
    education: Annotated[
        bool, typer.Option(help="Count study at the organisation too (清华系-style lineages).")
    ] = False,
    interns: Annotated[
        bool, typer.Option(help="Count internships and visiting posts as alumni too.")
    ] = False,
    as_json: Json = False,
) -> None:
    """Who left ORG to found what, generation after generation. Alumni are founders, employees
    and faculty, as in academies; interns and visitors count only with --interns, students only
    with --education."""
    with api.held(ctx.obj) as db:  # one store for the tree and its sources
        result = api.lineage(
            db,
            org,
            depth=depth,
            as_of=as_of_date(as_of),
            sector=sector,
            education=education,
            interns=interns,
        )
        if as_json:
            print_json(result.to_json())
        else:
            cited = api.sources(db, terminal.lineage_sources(result))
            out.print(terminal.lineage_view(result, cited))


@app.command()
@friendly
def academies(
    ctx: typer.Context,
    depth: Annotated[int, typer.Option(min=1, help="Generations of spin-outs to count.")] = 1,
    top: Annotated[int, typer.Option(min=1, help="How many organisations to list.")] = 20,
    as_of: AsOf = None,
    schools: Annotated[
        bool,
        typer.Option(help="Count study too, so schools rank by their students' companies."),
    ] = False,
    interns: Annotated[
        bool, typer.Option(help="Count internships and visiting posts as alumni too.")
    ] = False,
    as_json: Json = False,
) -> None:
    """Organisations ranked by the companies their people founded: the founder academies.
    Alumni are founders, employees and faculty; interns, visitors and students have columns of
    their own and count only when asked for."""
    frame = api.academies(
        ctx.obj,
        depth=depth,
        top=top,
        as_of=as_of_date(as_of),
        schools=schools,
        interns=interns,
    )
    if as_json:
        print_json(frames.records(frame))
    else:
        out.print(terminal.academies_view(frame, depth, schools=schools))


@app.command()
@friendly
def person(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Name in any script, or the id.")],
    as_of: AsOf = None,
    as_json: Json = False,
) -> None:
    """A person's career, credentials, companies founded and lineages, with sources."""
    _show_profile(api.person(ctx.obj, name, as_of=as_of_date(as_of)), as_json)


@app.command()
@friendly
def org(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Name in any script, or the id.")],
    as_of: AsOf = None,
    as_json: Json = False,
) -> None:
    """An organisation's founders, people, rounds, financials, products, lineages, with sources."""
    _show_profile(api.org(ctx.obj, name, as_of=as_of_date(as_of)), as_json)


def _show_profile(profile, as_json: bool) -> None:
    if as_json:
        print_json(profile.to_json())
    else:
        out.print(terminal.profile_view(profile))
