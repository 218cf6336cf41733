"""The `pedigree` command: a thin shell over the Python API (`pedigree.api`)."""

from __future__ import annotations

import functools
import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import pandas as pd
import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from pedigree import api
from pedigree.analytics.frames import records
from pedigree.errors import PedigreeError
from pedigree.model import PartialDate
from pedigree.report import terminal

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


def _as_of(text: str | None) -> date | None:
    """--as-of accepts 2024, 2024-03 or 2024-03-05; a year or month means its last day."""
    if text is None:
        return None
    try:
        return PartialDate.parse(text).end
    except ValueError as error:
        raise PedigreeError(f"--as-of: {error}") from None


def _print_json(value) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


AsOf = Annotated[
    str | None,
    typer.Option(help="Only what was published by this day (YYYY, YYYY-MM or YYYY-MM-DD)."),
]
Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


@app.command()
@friendly
def load(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Table files or folders.")],
    skip_bad: Annotated[
        bool, typer.Option(help="Load the good rows; write the bad ones to the rejects file.")
    ] = False,
    rejects: Annotated[Path, typer.Option(help="Where --skip-bad writes rejected rows.")] = Path(
        "pedigree-rejects.csv"
    ),
    as_json: Json = False,
) -> None:
    """Import CSV, Parquet or JSON Lines tables (see docs/formats.md) in one transaction."""
    columns = (TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True, disable=as_json) as progress:
        tasks: dict[str, int] = {}

        def report(label: str, step: str, fraction: float) -> None:
            if label not in tasks:
                tasks[label] = progress.add_task(label, total=1.0)
            progress.update(tasks[label], completed=fraction, description=f"{label}: {step}")

        result = api.load(ctx.obj, paths, skip_bad=skip_bad, rejects_path=rejects, progress=report)
    if as_json:
        _print_json(
            {
                "files": [
                    {"path": str(f.path), "table": f.table, "rows": f.rows, "added": f.added,
                     "rejected": f.rejected}
                    for f in result.files
                ],
                "added": result.added,
                "rejected": result.rejected,
                "rejects_path": str(result.rejects_path) if result.rejects_path else None,
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
    """A progress bar over files, for commands that read articles one by one."""
    columns = (TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn())
    progress = Progress(*columns, console=err, transient=True, disable=quiet or total < 2)
    task = progress.add_task("reading", total=total)

    def advance(path: Path) -> None:
        progress.update(task, advance=1, description=f"read {path.name}")

    return progress, advance


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
    progress, advance = _file_progress(len(paths), as_json)
    with progress:
        read = api.extract(
            paths, lang=lang, published=_partial_date("--published", published), on_file=advance
        )
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
    progress, advance = _file_progress(len(paths), as_json)
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
        )
    if as_json:
        _print_json(
            {
                "files": [
                    {"path": str(f.document.path), "source": f.source, "facts": len(f.facts)}
                    for f in result.files
                ],
                "facts": result.facts,
                "added": result.added,
            }
        )
        return
    out.print(terminal.ingest_view(result))


def _judgement_json(judgement) -> dict:
    return {
        "id": judgement.id,
        "type": judgement.entity_type,
        "left": judgement.left_id,
        "right": judgement.right_id,
        "verdict": judgement.verdict,
        "by": judgement.judged_by,
        "recorded_at": judgement.recorded_at,
    }


def _judge(ctx: typer.Context, first: str, second: str, verdict: str, as_json: bool) -> None:
    judgement = api.judge(ctx.obj, first, second, verdict)
    if as_json:
        _print_json(_judgement_json(judgement))
        return
    sign = "=" if verdict == "same" else "≠"
    out.print(
        f"judgement #{judgement.id}: {judgement.left_id} {sign} {judgement.right_id} "
        f"({judgement.entity_type}); `pedigree undo` withdraws it"
    )


First = Annotated[str, typer.Argument(help="A name or id.")]
Second = Annotated[str, typer.Argument(help="Another name or id.")]


@app.command()
@friendly
def same(ctx: typer.Context, first: First, second: Second, as_json: Json = False) -> None:
    """Judge two entities to be one (by name or id); statements are not changed."""
    _judge(ctx, first, second, "same", as_json)


@app.command()
@friendly
def different(ctx: typer.Context, first: First, second: Second, as_json: Json = False) -> None:
    """Judge two entities to be different: no match will ever merge them."""
    _judge(ctx, first, second, "different", as_json)


@app.command()
@friendly
def undo(ctx: typer.Context, as_json: Json = False) -> None:
    """Withdraw the latest judgement you made; everything is as it was before it."""
    judgement = api.undo(ctx.obj)
    if as_json:
        _print_json(_judgement_json(judgement))
        return
    out.print(
        f"withdrew judgement #{judgement.id}: {judgement.left_id} {judgement.verdict} "
        f"{judgement.right_id}"
    )


@app.command()
@friendly
def resolve(
    ctx: typer.Context,
    review: Annotated[
        bool, typer.Option("--review", help="Only show the pairs waiting for your judgement.")
    ] = False,
    as_json: Json = False,
) -> None:
    """Match people and organisations across sources and scripts; confident matches are merged
    (as undoable judgements), uncertain ones queued for `pedigree same/different`."""
    if review:
        queue = api.review_queue(ctx.obj)
    else:
        with err.status("matching…"):
            report = api.resolve(ctx.obj)
        queue = report.review
        if as_json:
            _print_json(
                {
                    "candidates": report.candidates,
                    "merged": report.accepted,
                    "withdrawn": report.withdrawn,
                    "review": records(queue),
                    "seconds": round(report.seconds, 2),
                }
            )
            return
        merged = ", ".join(f"{n} {t} pairs" for t, n in report.accepted.items())
        candidates = sum(report.candidates.values())
        out.print(f"{candidates} candidate pairs (match probability ≥ 0.6); merged {merged}.")
    if as_json:
        _print_json(records(queue))
        return
    if queue.empty:
        out.print("Nothing waits for review.")
        return
    out.print(terminal.frame_table(queue, title="Waiting for review (pedigree same/different A B)"))


@app.command()
@friendly
def why(ctx: typer.Context, first: First, second: Second, as_json: Json = False) -> None:
    """Explain how the match model scores two entities: each feature's level and weight."""
    explanation = api.why(ctx.obj, first, second)
    if as_json:
        _print_json(
            {
                "type": explanation.entity_type,
                "left": explanation.left_id,
                "right": explanation.right_id,
                "probability": explanation.probability,
                "match_weight": explanation.weight,
                "prior_weight": explanation.prior_weight,
                "model": explanation.model,
                "features": records(explanation.features),
            }
        )
        return
    out.print(
        f"{explanation.left_id} vs {explanation.right_id}: match probability "
        f"{explanation.probability:.3f} (weight {explanation.weight:+.2f} = prior "
        f"{explanation.prior_weight:+.2f} + features; model {explanation.model})"
    )
    out.print(terminal.frame_table(explanation.features))


@app.command()
@friendly
def demo(ctx: typer.Context) -> None:
    """Load the bundled 商汤系 data set and show its lineage tree and the academies table."""
    result = api.load_demo(ctx.obj)
    added = f"{result.added} statements added" if result.added else "already loaded"
    out.print(f"Loaded the bundled data set ({added}).")
    out.print(terminal.lineage_tree(api.lineage(ctx.obj, "商汤", depth=3)))
    out.print(terminal.academies_view(api.academies(ctx.obj, top=10), depth=1))
    out.print(f"Store: {api.store_path(ctx.obj).resolve()}")
    out.print("Try: pedigree lineage 商湯 --json · pedigree person 闫俊杰 · pedigree org MiniMax")


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
    as_json: Json = False,
) -> None:
    """Who left ORG to found what, generation after generation."""
    result = api.lineage(
        ctx.obj, org, depth=depth, as_of=_as_of(as_of), sector=sector, education=education
    )
    if as_json:
        _print_json(result.to_json())
    else:
        out.print(terminal.lineage_tree(result))


@app.command()
@friendly
def academies(
    ctx: typer.Context,
    depth: Annotated[int, typer.Option(min=1, help="Generations of spin-outs to count.")] = 1,
    top: Annotated[int, typer.Option(min=1, help="How many organisations to list.")] = 20,
    as_of: AsOf = None,
    as_json: Json = False,
) -> None:
    """Organisations ranked by the companies their people founded: the founder academies."""
    frame = api.academies(ctx.obj, depth=depth, top=top, as_of=_as_of(as_of))
    if as_json:
        _print_json(records(frame))
    else:
        out.print(terminal.academies_view(frame, depth))


@app.command()
@friendly
def person(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Name in any script, or the id.")],
    as_of: AsOf = None,
    as_json: Json = False,
) -> None:
    """A person's career, credentials, companies founded and lineages, with sources."""
    _show_profile(api.person(ctx.obj, name, as_of=_as_of(as_of)), as_json)


@app.command()
@friendly
def org(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Name in any script, or the id.")],
    as_of: AsOf = None,
    as_json: Json = False,
) -> None:
    """An organisation's founders, people, rounds, financials, products, lineages, with sources."""
    _show_profile(api.org(ctx.obj, name, as_of=_as_of(as_of)), as_json)


def _show_profile(profile, as_json: bool) -> None:
    if as_json:
        _print_json(profile.to_json())
    else:
        out.print(terminal.profile_view(profile))


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
    from pedigree.ingest.text import ner

    folder = ner.data_folder(data)
    target = model or ner.bundled_model()
    with err.status(f"training on {folder / 'ner'} ({iterations} iterations)…"):
        ner.train(ner.training_sentences(folder), target, iterations=iterations)
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
    from pedigree.ingest.text import ner

    folder = ner.data_folder(data)
    _print_ner_scores(ner.evaluate_on(folder, ner.Tagger(model)), as_json)


def _print_ner_scores(scores: dict, as_json: bool) -> None:
    if as_json:
        _print_json(scores)
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
        _print_json(summary)
        return
    out.print(f"Store: {summary['path']} (schema version {summary['schema_version']})")
    for table, count in summary["counts"].items():
        out.print(f"  {table:<28} {count:>12,}")


if __name__ == "__main__":
    app()
