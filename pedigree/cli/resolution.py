"""Entity resolution: same, different, undo, resolve, judgements, why."""

from __future__ import annotations

from typing import Annotated

import typer

from pedigree.cli.common import Json, app, err, friendly, out, print_json
from pedigree.lazy import lazy

api = lazy("pedigree.api")
frames = lazy("pedigree.analytics.frames")
terminal = lazy("pedigree.report.terminal")


def _judge(ctx: typer.Context, first: str, second: str, verdict: str, as_json: bool) -> None:
    judgement = api.judge(ctx.obj, first, second, verdict)
    if as_json:
        print_json(judgement.as_json())
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
def undo(
    ctx: typer.Context,
    run: Annotated[
        bool,
        typer.Option(
            "--run", help="Take back the latest resolve run, whatever people judged since."
        ),
    ] = False,
    as_json: Json = False,
) -> None:
    """Withdraw the latest thing done: your latest judgement, or a whole `resolve` run (every
    merge it made, and what it withdrew comes back). Everything is as it was before it."""
    undone = api.undo(ctx.obj, run=run)
    if undone.judgement is not None:
        judgement = undone.judgement
        if as_json:
            print_json({"undone": "judgement", **judgement.as_json()})
            return
        out.print(
            f"withdrew judgement #{judgement.id}: {judgement.left_id} {judgement.verdict} "
            f"{judgement.right_id}"
        )
        return
    taken = undone.run
    if as_json:
        print_json(
            {
                "undone": "run",
                "run": taken.id,
                "model": taken.model,
                "recorded_at": taken.recorded_at,
                "merges_withdrawn": taken.added,
                "restored": taken.withdrawn,
            }
        )
        return
    out.print(
        f"took back resolve run #{taken.id} (model {taken.model}): {taken.added} merges "
        f"withdrawn, {taken.withdrawn} earlier merges restored. `pedigree judgements --all "
        f"--run {taken.id}` lists them; `pedigree different A B` keeps a pair apart for good."
    )


# A run at scale merges thousands of pairs: the terminal shows the strongest, --json all.
SHOWN_PAIRS = 50


def _pairs_view(frame, title: str):
    """Pairs as a reader checks them: each side's name with its id, the probability; the
    first SHOWN_PAIRS, with a line saying how many more --json lists."""
    top = frame.head(SHOWN_PAIRS)
    shown = top.assign(
        left=_named(top["left"], top["left_id"]),
        right=_named(top["right"], top["right_id"]),
        probability=top["probability"].map(lambda p: f"{p:.3f}"),
    ).drop(columns=["left_id", "right_id"])
    more = len(frame) - len(top)
    caption = f"… and {more} more (--json lists them all)" if more else None
    table = terminal.frame_table(shown, title=title)
    table.caption, table.caption_justify = caption, "left"
    return table


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
    (as undoable judgements of this run) and listed, uncertain ones queued for
    `pedigree same/different`."""
    if review:
        queue = api.review_queue(ctx.obj)
    else:
        with err.status("matching…") as status:
            report = api.resolve(ctx.obj, progress=status.update)
        queue = report.review
        if as_json:
            print_json(
                {
                    "run": report.run_id,
                    "model": report.model,
                    "candidates": report.candidates,
                    "merged": report.accepted,
                    "withdrawn": report.withdrawn,
                    "merges": frames.records(report.merges),
                    "withdrawals": frames.records(report.withdrawals),
                    "review": frames.records(queue),
                    "seconds": round(report.seconds, 2),
                }
            )
            return
        merged = sum(report.accepted.values())
        withdrawn = sum(report.withdrawn.values())
        out.print(
            f"resolve run #{report.run_id} (model {report.model}): "
            f"{sum(report.candidates.values())} candidate pairs (match probability ≥ 0.6); "
            f"merged {merged} pairs, withdrew {withdrawn}, {len(queue)} wait for review."
        )
        if merged:
            out.print(_pairs_view(report.merges, "Merged (`pedigree undo` takes the run back)"))
        if withdrawn:
            out.print(_pairs_view(report.withdrawals, "Withdrawn (the model no longer merges)"))
    if as_json:
        print_json(frames.records(queue))
        return
    if queue.empty:
        out.print("Nothing waits for review.")
        return
    out.print(_pairs_view(queue, "Waiting for review (pedigree same/different A B)"))


@app.command("judgements")
@friendly
def judgements_(
    ctx: typer.Context,
    name: Annotated[
        str | None,
        typer.Argument(help="Only judgements about this name or id (and what it is merged with)."),
    ] = None,
    by: Annotated[
        str | None,
        typer.Option(
            "--by", metavar="[person|matcher]", help="Only those by a person or by the matcher."
        ),
    ] = None,
    run: Annotated[
        int | None, typer.Option("--run", help="Only those of this resolve run.")
    ] = None,
    entity_type: Annotated[
        str | None,
        typer.Option(
            "--type",
            metavar="[person|organization]",
            help="Only judgements on people or on organisations.",
        ),
    ] = None,
    verdict: Annotated[
        str | None, typer.Option("--verdict", metavar="[same|different]", help="Only one verdict.")
    ] = None,
    include_undone: Annotated[
        bool, typer.Option("--all", help="Include the undone and withdrawn.")
    ] = False,
    limit: Annotated[
        int, typer.Option("--limit", min=1, help="At most this many, the latest (--json too).")
    ] = 50,
    as_json: Json = False,
) -> None:
    """The decisions behind the merges, latest first: who decided (a person, or the matcher
    with its model, run and match probability), when, same or different, and the pair."""
    if by not in (None, "person", "matcher"):
        raise typer.BadParameter(f"{by!r}: use person or matcher", param_hint="--by")
    if entity_type not in (None, "person", "organization"):
        raise typer.BadParameter(
            f"{entity_type!r}: use person or organization", param_hint="--type"
        )
    frame = api.judgement_list(
        ctx.obj,
        name=name,
        judged_by=by,
        run_id=run,
        entity_type=entity_type,
        verdict=verdict,
        include_undone=include_undone,
        limit=limit + 1,  # one more tells whether there are more
    )
    more, frame = len(frame) > limit, frame.head(limit)
    if as_json:
        print_json(frames.records(frame))
        return
    if frame.empty:
        hint = "" if include_undone else " (--all shows the undone too)"
        out.print(f"No judgements to show{hint}.")
        return
    shown = frame.assign(
        when=frame["recorded_at"].map(_when),
        by=list(map(_decided, frame["by"], frame["model"], frame["run"])),
        left=_named(frame["left"], frame["left_id"]),
        right=_named(frame["right"], frame["right_id"]),
        probability=frame["probability"].map(lambda p: "" if _missing(p) else f"{p:.3f}"),
    )[["id", "when", "by", "verdict", "type", "left", "right", "probability"]]
    if include_undone:
        shown["undone"] = [
            _when(at) + ("" if _missing(by_run) else f" by run {int(by_run)}")
            for at, by_run in zip(frame["undone_at"], frame["withdrawn_by_run"], strict=True)
        ]
    table = terminal.frame_table(shown, title="Judgements, latest first")
    if more:
        table.caption, table.caption_justify = f"the latest {limit}; --limit shows more", "left"
    out.print(table)


def _missing(value) -> bool:
    """None, NaN, NaT or pandas' NA (a column with nulls may hold any of them)."""
    import pandas as pd  # loaded already by the command's API call; not at import (start-up)

    return bool(pd.isna(value))


def _when(at) -> str:
    return "" if _missing(at) else at.strftime("%Y-%m-%d %H:%M:%S")


def _decided(by: str, model, run) -> str:
    """Who decided: "person", or "matcher v4, run 3" ("matcher" for a merge made before runs
    had ids)."""
    if by != "matcher" or _missing(run):
        return by
    return f"matcher {model}, run {int(run)}"


def _named(names, ids) -> list[str]:
    """Each side as a reader checks it: its name, then its id."""
    return [f"{name} ({entity_id})" for name, entity_id in zip(names, ids, strict=True)]


@app.command()
@friendly
def why(ctx: typer.Context, first: First, second: Second, as_json: Json = False) -> None:
    """Explain how the match model scores two entities: each feature's level and weight."""
    explanation = api.why(ctx.obj, first, second)
    ids = [explanation.left_id, explanation.right_id]
    names = {
        explanation.left_id: explanation.left_name,
        explanation.right_id: explanation.right_name,
    }
    # An id made from the source it was read in (person:周英@doc:…) names that source by title.
    cited = api.sources(ctx.obj, [i.rpartition("@")[2] for i in ids if "@" in i])
    if as_json:
        print_json(
            {
                "type": explanation.entity_type,
                "left": explanation.left_id,
                "right": explanation.right_id,
                "left_name": names.get(explanation.left_id),
                "right_name": names.get(explanation.right_id),
                "sources": frames.records(cited),
                "probability": explanation.probability,
                "match_weight": explanation.weight,
                "prior_weight": explanation.prior_weight,
                "model": explanation.model,
                "features": frames.records(explanation.features),
            }
        )
        return
    left, right = (terminal.entity_heading(names.get(i, i), i, cited) for i in ids)
    out.print(
        f"{left} vs {right}: match probability "
        f"{explanation.probability:.3f} (weight {explanation.weight:+.2f} = prior "
        f"{explanation.prior_weight:+.2f} + features; model {explanation.model})"
    )
    out.print(terminal.frame_table(explanation.features))
    if not cited.empty:
        out.print(terminal.sources_table(cited, terminal.source_numbers(cited)))
