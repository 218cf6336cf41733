"""Getting facts in and looking at the store: load, extract, ingest, demo, info, NER."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from pedigree.cli.common import Json, app, err, friendly, out, print_json, renamed
from pedigree.errors import PedigreeError
from pedigree.lazy import lazy
from pedigree.model import PartialDate

api = lazy("pedigree.api")
ner = lazy("pedigree.ingest.text.ner")
terminal = lazy("pedigree.report.terminal")


@app.command()
@friendly
def load(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Table files or folders.")],
    skip_bad: Annotated[
        bool, typer.Option(help="Load the good rows; write the bad ones to the rejects file.")
    ] = False,
    rejects: Annotated[
        Path,
        typer.Option(help="Where --skip-bad writes rejected rows (its folder must exist)."),
    ] = Path("pedigree-rejects.csv"),
    ignore_unknown_columns: Annotated[
        bool,
        typer.Option(
            "--ignore-unknown-columns",
            help="Load files with columns the table does not have, warning about each; by "
            "default such a column (a misspelling such as titel) is an error.",
        ),
    ] = False,
    as_json: Json = False,
) -> None:
    """Import CSV, Parquet or JSON Lines tables (see docs/formats.md) in one transaction."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True, disable=as_json) as progress:
        tasks: dict[str, int] = {}

        def report(label: str, step: str, fraction: float) -> None:
            if label not in tasks:
                tasks[label] = progress.add_task(label, total=1.0)
            progress.update(tasks[label], completed=fraction, description=f"{label}: {step}")

        with renamed(rejects_path="rejects"):
            result = api.load(
                ctx.obj,
                paths,
                skip_bad=skip_bad,
                rejects_path=rejects,
                ignore_unknown_columns=ignore_unknown_columns,
                progress=report,
            )
    for warning in result.warnings:
        err.print(f"warning: {warning}", highlight=False, markup=False, soft_wrap=True)
    if as_json:
        print_json(
            {
                "files": [
                    {"path": str(f.path), "table": f.table, "rows": f.rows, "added": f.added,
                     "rejected": f.rejected, "encoding": f.encoding}
                    for f in result.files
                ],
                "added": result.added,
                "rejected": result.rejected,
                "rejects_path": str(result.rejects_path) if result.rejects_path else None,
                "warnings": result.warnings,
            }
        )  # fmt: skip
        return
    out.print(terminal.load_view(result))
    if result.rejected:
        err.print(f"{result.rejected} bad rows skipped; reasons in {result.rejects_path}")


Lang = Annotated[
    str, typer.Option("--lang", help="Language of the text: auto, zh (Chinese) or en (English).")
]


def _partial_date(option: str, text: str | None) -> PartialDate | None:
    if text is None:
        return None
    try:
        return PartialDate.parse(text)
    except ValueError as error:
        raise PedigreeError(f"{option}: {error}") from None


def _file_progress(total: int, quiet: bool):
    """A progress bar over files, and one over the characters of a long file as it is read
    (a 20 MB text takes minutes). Nothing shows when stderr is not a terminal."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from pedigree.ingest.text.pieces import PIECE_LIMIT

    columns = (TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn())
    progress = Progress(*columns, console=err, transient=True, disable=quiet)
    files = progress.add_task("reading", total=total, visible=total > 1)
    characters = progress.add_task("", total=None, visible=False)

    def advance(path: Path) -> None:
        progress.update(files, advance=1, description=f"read {path.name}")
        progress.update(characters, visible=False)

    def reading(path: Path, done: int, total: int) -> None:
        if total > PIECE_LIMIT:  # only a long file is worth a bar of its own
            progress.update(
                characters,
                completed=done,
                total=total,
                visible=True,
                description=f"{path.name}: {done:,} of {total:,} characters",
            )

    return progress, advance, reading


def _note_empty(read) -> None:
    """Say on stderr which file (or which article of a file) gave no fact: an exit status of 0
    with nothing printed would pass for success."""
    for file in read:
        where = str(file.document.path)
        if file.document.part is not None:
            where += " (article {} of {})".format(*file.document.part)
        if not file.facts:
            err.print(f"note: {where}: no facts found", highlight=False, markup=False)


@app.command()
@friendly
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Articles or bios: .txt, .md or .html.")],
    lang: Lang = "auto",
    published: Annotated[
        str | None, typer.Option(help="Publication date, for 今年/去年 (default: as stated).")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print JSON Lines, one fact per line.")
    ] = False,
) -> None:
    """Print the facts found in articles and bios, with quotes; nothing is stored."""
    progress, advance, reading = _file_progress(len(paths), as_json)
    with progress:
        read = api.extract(
            paths,
            lang=lang,
            published=_partial_date("--published", published),
            on_file=advance,
            on_progress=reading,
        )
    _note_empty(read)
    if as_json:
        for file in read:
            for fact in file.facts:
                record = {"file": str(file.document.path), **fact.as_json(file.source["id"])}
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    for file in read:
        out.print(terminal.facts_view(file))


@app.command()
@friendly
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Articles or bios: .txt, .md or .html.")],
    title: Annotated[str | None, typer.Option(help="Source title (default: the text's).")] = None,
    publisher: Annotated[str | None, typer.Option(help="Who published it.")] = None,
    published: Annotated[
        str | None,
        typer.Option(help="Publication date, YYYY[-MM[-DD]] (default: as the text states)."),
    ] = None,
    url: Annotated[str | None, typer.Option(help="Where it was published.")] = None,
    lang: Lang = "auto",
    as_json: Json = False,
) -> None:
    """Extract facts from articles and bios and store them with their source, in one
    transaction; ingesting the same file again adds nothing."""
    progress, advance, reading = _file_progress(len(paths), as_json)
    with progress:
        result = api.ingest(
            ctx.obj,
            paths,
            title=title,
            publisher=publisher,
            published=_partial_date("--published", published),
            url=url,
            lang=lang,
            on_file=advance,
            on_progress=reading,
        )
    _note_empty(result.files)
    if as_json:
        print_json(
            {
                "files": [
                    {
                        "path": str(f.document.path),
                        "source": f.source,
                        "facts": len(f.facts),
                        "unread": f.unread,
                    }
                    for f in result.files
                ],
                "facts": result.facts,
                "added": result.added,
            }
        )
        return
    out.print(terminal.ingest_view(result))
    for line in terminal.unread_lines(result):
        out.print(line)


@app.command()
@friendly
def demo(ctx: typer.Context) -> None:
    """Load the bundled 商汤系 data set and show its lineage tree and the academies table."""
    result = api.load_demo(ctx.obj)
    added = f"{result.added} statements added" if result.added else "already loaded"
    out.print(f"Loaded the bundled data set ({added}).")
    tree = api.lineage(ctx.obj, "商汤", depth=3)
    out.print(terminal.lineage_view(tree, api.sources(ctx.obj, terminal.lineage_sources(tree))))
    out.print(terminal.academies_view(api.academies(ctx.obj, top=10), depth=1))
    out.print(f"Store: {api.store_path(ctx.obj).resolve()}")
    out.print("Try: pedigree lineage 商湯 --json · pedigree person 闫俊杰 · pedigree org MiniMax")
    out.print(
        "     pedigree financials MiniMax · pedigree landscape --out map.png · "
        "pedigree report 商汤 --out sensetime.html"
    )


DataFolder = Annotated[
    Path | None,
    typer.Option(
        "--data", envvar="PEDIGREE_DATA", help="Folder holding ner/ (default ../shared/data)."
    ),
]


@app.command("train-ner")
@friendly
def train_ner(
    data: DataFolder = None,
    model: Annotated[
        Path | None, typer.Option("--out", help="Model file (default: the bundled one).")
    ] = None,
    iterations: Annotated[int, typer.Option(min=1)] = 150,
) -> None:
    """Train the NER model from Resume NER and CLUENER, then evaluate it."""
    folder = ner.data_folder(data)
    target = model or ner.bundled_model()
    with err.status(f"training on {folder / 'ner'} ({iterations} iterations)…"):
        sentences = ner.training_sentences(folder)
        ner.train(sentences, target, iterations=iterations)
        ner.name_char_table(sentences, target.parent / ner.NAME_CHARS)
    _print_ner_scores(ner.evaluate_on(folder, ner.Tagger(target)), as_json=False)
    err.print(f"model written to {target}")


@app.command("eval-ner")
@friendly
def eval_ner(
    data: DataFolder = None,
    model: Annotated[
        Path | None, typer.Option(help="Model file (default: the bundled one).")
    ] = None,
    as_json: Json = False,
) -> None:
    """Entity-level scores on Resume NER test and CLUENER dev."""
    folder = ner.data_folder(data)
    _print_ner_scores(ner.evaluate_on(folder, ner.Tagger(model)), as_json)


def _print_ner_scores(scores: dict, as_json: bool) -> None:
    import pandas as pd  # loaded with the command, not with the CLI

    if as_json:
        print_json(scores)
        return
    for data_set, labels in scores.items():
        rows = [
            {
                "label": label,
                **{k: round(v, 4) if isinstance(v, float) else v for k, v in s.items()},
            }
            for label, s in labels.items()
        ]
        out.print(terminal.frame_table(pd.DataFrame(rows), title=data_set))


@app.command()
@friendly
def info(ctx: typer.Context, as_json: Json = False) -> None:
    """What the store holds: schema version and row counts."""
    summary = api.info(ctx.obj)
    if as_json:
        print_json(summary)
        return
    out.print(f"Store: {summary['path']} (schema version {summary['schema_version']})")
    for table, count in summary["counts"].items():
        out.print(f"  {table:<28} {count:>12,}")


@app.command()
@friendly
def migrate(ctx: typer.Context, as_json: Json = False) -> None:
    """Upgrade a store an older pedigree wrote, so that read commands (which never write) can
    read it; any command that writes does the same."""
    result = api.migrate(ctx.obj)
    if as_json:
        print_json(result)
        return
    out.print(
        f"Store: {result['path']}: schema version {result['from_version']} → "
        f"{result['version']}, derived tables rebuilt"
    )
