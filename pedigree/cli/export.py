"""Exports for other tools: FollowTheMoney entities (Aleph, OpenSanctions)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pedigree.cli.common import Json, app, err, friendly, print_json
from pedigree.errors import PedigreeError
from pedigree.lazy import lazy

api = lazy("pedigree.api")


@app.command()
@friendly
def export(
    ctx: typer.Context,
    ftm: Annotated[
        Path | None,
        typer.Option(
            "--ftm",
            help="Write FollowTheMoney entities as JSON Lines to FILE (needs pedigree[ftm]).",
            metavar="FILE",
        ),
    ] = None,
    as_json: Json = False,
) -> None:
    """Export the store: --ftm FILE for Aleph and other FollowTheMoney tools. The file appears
    whole or not at all."""
    if ftm is None:
        raise PedigreeError("nothing to export: give --ftm FILE")
    done: dict = {}
    if ftm is not None:
        done["ftm"] = api.export_ftm(ctx.obj, ftm).to_json()
    if as_json:
        print_json(done)
        return
    if "ftm" in done:
        report = done["ftm"]
        schemata = ", ".join(f"{n} {s}" for s, n in report["schemata"].items())
        err.print(f"{report['path']}: {report['entities']} FtM entities ({schemata})",
                  highlight=False, markup=False, soft_wrap=True)  # fmt: skip
        if report["not_exported"]:
            left = ", ".join(f"{n} {what}" for what, n in report["not_exported"].items())
            err.print(f"not exported (no FtM schema): {left}", highlight=False, markup=False)
