"""What every command shares: the Typer app, consoles, error handling and common options."""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated

import click
import typer
import typer.core
from rich.console import Console, ConsoleDimensions
from rich.markup import escape

from pedigree.errors import Interrupted, PedigreeError
from pedigree.lazy import lazy
from pedigree.model import PartialDate
from pedigree.store import locking

_METAVARS = {"str": "TEXT", "int": "INTEGER", "float": "NUMBER", "path": "PATH"}


def _help_metavar(param, ctx) -> str | None:
    """What `--help` shows after an option: a word for the value it takes (PATH, INTEGER,
    [a|b], as click writes them); nothing for a flag or an argument, whose name says it.
    Typer's own markers (<bool>, <list[Path]>) are Python annotations, not help for a person."""
    if param.metavar is not None:
        return param.metavar
    if isinstance(param, typer.core.TyperArgument) or param.is_flag or param.count:
        return None
    label = typer.core.TyperOption.display_type(param, ctx).strip("<>")
    label = label.removeprefix("list[").removesuffix("]").removesuffix(" range")
    if "|" in label:
        return f"[{label}]"
    return _METAVARS.get(label.lower(), label.upper())


def _usage_name(param) -> str:
    """An argument in the usage line as click writes it: PATHS..., [NAME]."""
    name = param.display_name_raw.upper()
    name = name if param.required else f"[{name}]"
    return name + ("..." if param.nargs != 1 else "")


typer.core.TyperOption.display_type_rich = _help_metavar
typer.core.TyperArgument.display_type_rich = _help_metavar
typer.core.TyperArgument._usage_display_name = _usage_name

_store = lazy("pedigree.store.store")

app = typer.Typer(
    help="Founder lineages from public reporting: who left where to found what, with sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class _Console(Console):
    """A console that wraps only for a terminal: written to a pipe or a file, a line is as
    long as it needs to be, so that ids, names and commands are never split (COLUMNS, when
    set, still rules)."""

    @property
    def size(self) -> ConsoleDimensions:
        if self._width is None and not self.is_terminal:
            return ConsoleDimensions(PIPE_WIDTH, super().size.height)
        return super().size

    @size.setter
    def size(self, new_size: tuple[int, int]) -> None:
        Console.size.fset(self, new_size)


PIPE_WIDTH = 10_000
out = _Console(soft_wrap=False)
err = _Console(stderr=True)


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
    wait: Annotated[
        float | None,
        typer.Option(
            "--wait",
            envvar="PEDIGREE_WAIT",
            help="Seconds to wait while another process has the store locked (default 60).",
            show_default=False,
        ),
    ] = None,
    engine: Annotated[
        str,
        typer.Option(
            "--engine",
            envvar="PEDIGREE_ENGINE",
            metavar="[duckdb|spark]",
            help="Where the analytics run: duckdb (the store), or spark over a Parquet export "
            "(--parquet; without it, the store is exported for the command).",
        ),
    ] = "duckdb",
    parquet: Annotated[
        Path | None,
        typer.Option(
            "--parquet",
            envvar="PEDIGREE_PARQUET",
            help="The Parquet export --engine spark reads (`pedigree export --parquet DIR`).",
            show_default=False,
        ),
    ] = None,
) -> None:
    ctx.obj = _source(ctx, db, engine, parquet)
    # Readers share the store; a writer has it alone: whoever finds it taken waits, saying so.
    locking.configure(wait, notify=_say)


def _source(ctx: typer.Context, db: Path | None, engine: str, parquet: Path | None):
    """What the commands pass to the API as `db`: the store, or with --engine spark a
    SparkSource naming what Spark reads (pyspark itself loads only when a command runs)."""
    if engine not in ("duckdb", "spark"):
        _say(f"error: --engine {engine!r}: choose duckdb or spark")
        raise typer.Exit(1)
    if engine == "duckdb":
        source = ctx.get_parameter_source("parquet")  # PEDIGREE_PARQUET alone is no mistake
        if parquet is not None and source is not None and source.name == "COMMANDLINE":
            _say("error: --parquet names the export that --engine spark reads; add --engine spark")
            raise typer.Exit(1)
        return db
    from pedigree.store.spark import SparkSource

    return SparkSource(parquet or db)


def _say(line: str) -> None:
    err.print(line, highlight=False, markup=False, soft_wrap=True)


def friendly(command):
    """Turn PedigreeError into a one-line message and a non-zero exit, never a stack trace."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except Interrupted as error:  # Ctrl-C while writing: rolled back
            err.print(f"{error}", highlight=False, markup=False)
            raise typer.Exit(130) from None
        except PedigreeError as error:
            # the message is text: [brackets] in it (a file name, pedigree[ftm]) are not markup
            message = error.shown(_flags(error, args, kwargs))
            err.print(f"[red]error:[/red] {escape(message)}", highlight=False, soft_wrap=True)
            raise typer.Exit(1) from None
        except BaseException as error:
            if isinstance(error, _EXITS):
                raise
            if _store.is_interrupt(error):
                err.print("interrupted", highlight=False, markup=False)
                raise typer.Exit(130) from None
            if isinstance(error, OSError):  # disk full, permission denied: file and reason
                where = f"{error.filename}: " if error.filename else ""
                err.print(f"error: {where}{error.strerror or error}", highlight=False, markup=False)
                raise typer.Exit(1) from None
            if isinstance(error, Exception):
                _unexpected(error)
            raise

    return wrapper


def _flags(error: PedigreeError, args, kwargs) -> Callable[[str], str]:
    """How the command names a library parameter an error names (`pedigree.errors.option`): by
    the flag of its option of that name (min_team → --min-team), or as `renamed` said."""
    context = next((a for a in (*args, *kwargs.values()) if isinstance(a, typer.Context)), None)
    flags = {}
    for param in context.command.params if context is not None else ():
        long = [name for name in getattr(param, "opts", ()) if name.startswith("--")]
        if long and param.name:
            flags[param.name] = max(long, key=len)

    def named(name: str) -> str:
        name = getattr(error, "renamed", {}).get(name, name)
        return flags.get(name) or flag(name)

    return named


def flag(name: str) -> str:
    """The flag of a library parameter by the CLI's convention: min_team → --min-team."""
    return "--" + name.replace("_", "-")


@contextmanager
def renamed(**names: str) -> Iterator[None]:
    """Library parameters this command's options call otherwise (`renamed(path="ftm")`: the API's
    `path` is the option `ftm`, --ftm), for the errors raised inside."""
    try:
        yield
    except PedigreeError as error:
        error.renamed = {**getattr(error, "renamed", {}), **names}
        raise


# Ways a command ends on purpose, which pass through as they are (click prints a usage error
# such as a bad --by value itself, in one line with the usage). Typer carries its own copy of
# click, whose exceptions derive from TyperException.
_EXITS = (
    typer.Exit,
    typer.Abort,
    typer.TyperException,
    click.exceptions.Exit,
    click.exceptions.Abort,
    click.exceptions.ClickException,
    SystemExit,
)


def _unexpected(error: BaseException) -> None:
    """A fault of pedigree's own, not of the input: one line saying so, unless PEDIGREE_DEBUG
    asks for the traceback (tests and bug reports)."""
    if os.environ.get("PEDIGREE_DEBUG"):
        raise error
    what = str(error).splitlines()[0][:200] if str(error) else ""
    err.print(
        f"internal error: {type(error).__name__}: {what} "
        "(a bug in pedigree; PEDIGREE_DEBUG=1 shows where)",
        highlight=False,
        markup=False,
    )
    raise typer.Exit(70) from None


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
