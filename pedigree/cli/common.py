"""What every command shares: the Typer app, consoles, error handling and common options."""

from __future__ import annotations

import functools
import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from pedigree.errors import PedigreeError
from pedigree.model import PartialDate

app = typer.Typer(
    help="Founder lineages from public reporting: who left where to found what, with sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=False)
err = Console(stderr=True)


@app.callback()
def main(
    ctx: typer.Context,
    db: Annotated[
        Path | None,
        typer.Option(
            "--db",
            envvar="PEDIGREE_DB",
            help="Store file (default ./pedigree.duckdb).",
            show_default=False,
        ),
    ] = None,
) -> None:
    ctx.obj = db


def friendly(command):
    """Turn PedigreeError into a one-line message and a non-zero exit, never a stack trace."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except PedigreeError as error:
            err.print(f"[red]error:[/red] {error}", highlight=False, markup=True, soft_wrap=True)
            raise typer.Exit(1) from None

    return wrapper


def as_of_date(text: str | None) -> date | None:
    """--as-of accepts 2024, 2024-03 or 2024-03-05; a year or month means its last day."""
    if text is None:
        return None
    try:
        return PartialDate.parse(text).end
    except ValueError as error:
        raise PedigreeError(f"--as-of: {error}") from None


def print_json(value) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


AsOf = Annotated[
    str | None,
    typer.Option(help="Only what was published by this day (YYYY, YYYY-MM or YYYY-MM-DD)."),
]
Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
