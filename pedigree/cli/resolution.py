"""Entity resolution: same, different, undo, resolve, why."""

from __future__ import annotations

from typing import Annotated

import typer

from pedigree import api
from pedigree.analytics.frames import records
from pedigree.cli.common import Json, app, err, friendly, out, print_json
from pedigree.report import terminal


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
        print_json(_judgement_json(judgement))
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
        print_json(_judgement_json(judgement))
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
            print_json(
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
        print_json(records(queue))
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
    ids = [explanation.left_id, explanation.right_id]
    names = api.names(ctx.obj, explanation.entity_type, ids)
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
                "sources": records(cited),
                "probability": explanation.probability,
                "match_weight": explanation.weight,
                "prior_weight": explanation.prior_weight,
                "model": explanation.model,
                "features": records(explanation.features),
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
