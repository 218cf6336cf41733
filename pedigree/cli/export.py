"""Exports for other tools: FollowTheMoney entities (Aleph, OpenSanctions) and Parquet (Spark)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from pedigree.cli.common import Json, app, err, friendly, print_json, renamed
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
            help="Write FollowTheMoney entities as JSON Lines to FILE, or to standard output "
            "with - (needs the followthemoney package: the ftm extra).",
            metavar="FILE",
        ),
    ] = None,
    parquet: Annotated[
        Path | None,
        typer.Option(
            "--parquet",
            help="Write every table as Parquet to DIR, with a manifest (for --engine spark).",
            metavar="DIR",
        ),
    ] = None,
    overwrite: Annotated[
        bool, typer.Option(help="Replace what a non-empty --parquet DIR holds.")
    ] = False,
    as_json: Json = False,
) -> None:
    """Export the store: --ftm FILE for Aleph and other FollowTheMoney tools, --parquet DIR for
    Spark; both at once is allowed. Each output appears whole or not at all."""
    if ftm is None and parquet is None:
        raise PedigreeError("nothing to export: give --ftm FILE, --parquet DIR or both")
    to_stdout = ftm is not None and str(ftm) == "-"
    if to_stdout and as_json:
        raise PedigreeError("--json and --ftm - would both write to standard output: choose one")
    done: dict = {}
    if ftm is not None:
        try:
            with renamed(path="ftm"):  # the API's path is --ftm
                done["ftm"] = api.export_ftm(ctx.obj, sys.stdout if to_stdout else ftm).to_json()
        except BrokenPipeError:  # `--ftm - | head`: the reader has had enough; stop quietly
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(141) from None  # 128 + SIGPIPE, as Unix tools end
    if parquet is not None:
        done["parquet"] = _parquet_json(api.export_parquet(ctx.obj, parquet, overwrite=overwrite))
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
    if "parquet" in done:
        written = done["parquet"]
        rows = sum(written["rows"].values())
        err.print(f"{written['directory']}: {len(written['rows'])} tables, {rows:,} rows as "
                  f"Parquet (schema version {written['schema_version']})",
                  highlight=False, markup=False, soft_wrap=True)  # fmt: skip


def _parquet_json(export) -> dict:
    return {
        "directory": str(export.directory),
        "schema_version": export.schema_version,
        "exported_at": export.exported_at,
        "rows": export.rows,
    }
