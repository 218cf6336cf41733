"""Talent: the scarcity finder and founder scores, with the evidence behind every number."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Group
from rich.table import Table
from rich.text import Text

from pedigree.analytics.defaults import DEFAULT_MIN_TEAM
from pedigree.cli.common import AsOf, Json, app, as_of_date, friendly, out, print_json
from pedigree.lazy import lazy

if TYPE_CHECKING:
    import pandas as pd

    from pedigree.analytics.founder_score import FounderScore
    from pedigree.analytics.scarcity import Scarcity

api = lazy("pedigree.api")
scores = lazy("pedigree.analytics.scores")
sectors = lazy("pedigree.reference.sectors")
terminal = lazy("pedigree.report.terminal")


@app.command()
@friendly
def scarcity(
    ctx: typer.Context,
    domain: Annotated[
        str | None, typer.Option(help="Sector, by any label or alias (vision, 计算机视觉 …).")
    ] = None,
    require: Annotated[
        str, typer.Option(help="What each person must have: research, delivery or both.")
    ] = "research,delivery",
    min_team: Annotated[
        int, typer.Option(min=1, help="Team size that counts as delivery experience.")
    ] = DEFAULT_MIN_TEAM,
    min_gpus: Annotated[
        int | None, typer.Option(min=1, help="Also require commanding this many GPUs in a job.")
    ] = None,
    lineage: Annotated[
        str | None, typer.Option(help="Only people who were at this organisation (any tie).")
    ] = None,
    as_of: AsOf = None,
    top: Annotated[
        int, typer.Option(min=0, help="How many people to list (0: all); the count is of all.")
    ] = 50,
    as_json: Json = False,
) -> None:
    """How many people have research credentials and delivery experience — and who they are."""
    result = api.scarcity(
        ctx.obj,
        domain=domain,
        require=[part.strip() for part in require.split(",") if part.strip()],
        min_team=min_team,
        min_gpus=min_gpus,
        lineage=lineage,
        as_of=as_of_date(as_of),
        top=top or None,
    )
    if as_json:
        print_json(result.to_json())
    else:
        evidence = [facts for row in result.people.itertuples() for facts in row.evidence.values()]
        facts = [fact for shown in evidence for fact in shown[:EVIDENCE_LINES]]  # those listed
        out.print(scarcity_view(result, api.sources(ctx.obj, _cited(facts))))


@app.command()
@friendly
def score(
    ctx: typer.Context,
    person: Annotated[str, typer.Argument(help="Name in any script, or the id.")],
    as_of: AsOf = None,
    as_json: Json = False,
) -> None:
    """A person's research-depth and delivery-experience scores, fact by fact, with sources."""
    result = api.score(ctx.obj, person, as_of=as_of_date(as_of))
    if as_json:
        print_json(result.to_json())
    else:
        facts = result.axis("research") + result.axis("delivery")
        out.print(score_view(result, api.sources(ctx.obj, _cited(facts))))


# --- terminal views ----------------------------------------------------------------------------

EVIDENCE_LINES = 3  # facts per criterion in the table; --json lists every one


def _cited(facts: list[dict]) -> list[str]:
    """The ids of the sources behind `facts`."""
    return [s["source_id"] for fact in facts for s in fact["sources"] if s.get("source_id")]


def scarcity_view(result: Scarcity, sources: pd.DataFrame | None = None) -> Group:
    """The people found, each with the facts behind each criterion; sources cited by number
    ([1]) and listed by title at the end."""
    numbers = terminal.source_numbers(sources)
    criteria = result.criteria
    asked = [" + ".join(criteria.require), f"team ≥ {criteria.min_team}"]
    if criteria.domain:
        asked.append(f"domain {sectors.label(criteria.domain)} ({criteria.domain})")
    if criteria.min_gpus is not None:
        asked.append(f"≥ {criteria.min_gpus:,.0f} GPUs")
    if criteria.lineage:
        asked.append(f"lineage {result.lineage_name or criteria.lineage}")
    if result.as_of:
        asked.append(f"as of {result.as_of}")
    people = "person matches" if result.count == 1 else "people match"
    heading = Text(f"{result.count:,} {people}: {' · '.join(asked)}", style="bold")
    table = Table(show_lines=True)
    for column in ("#", "person", "research", "delivery", "evidence"):
        table.add_column(column, overflow="fold")
    for row in result.people.itertuples(index=False):
        lines = []
        for criterion, facts in row.evidence.items():
            lines += [
                f"{criterion}: {_fact_line(fact, numbers)}" for fact in facts[:EVIDENCE_LINES]
            ]
            if len(facts) > EVIDENCE_LINES:
                lines.append(
                    f"{criterion}: … {len(facts) - EVIDENCE_LINES} more (--json lists all)"
                )
        table.add_row(
            str(row.rank),
            Text(f"{row.name} ({row.id})"),
            f"{row.research:.2f}",
            f"{row.delivery:.2f}",
            Text("\n".join(lines)),  # Text: sources in [brackets] are not markup
        )
    shown = len(result.people)
    parts: list = [heading]
    if shown:
        parts.append(table)
    if shown < result.count:
        parts.append(Text(f"top {shown:,} of {result.count:,} shown (--top 0 lists all)"))
    if shown and sources is not None and not sources.empty:
        parts.append(terminal.sources_table(sources, numbers))
    return Group(*parts)


def score_view(result: FounderScore, sources: pd.DataFrame | None = None) -> Group:
    """Both scores fact by fact; sources cited by number ([1]) and listed by title at the end."""
    numbers = terminal.source_numbers(sources)
    parts: list = [
        Text(
            f"{result.name} ({result.id}): research {result.research:.2f} · "
            f"delivery {result.delivery:.2f}"
            + (f" · as of {result.as_of}" if result.as_of else ""),
            style="bold",
        )
    ]
    for axis, title in (("research", "Research depth"), ("delivery", "Delivery experience")):
        table = Table(title=f"{title}: {getattr(result, axis):.2f}", title_justify="left")
        for column in ("points", "fact", "weight", "sources"):
            table.add_column(column, overflow="fold")
        for fact in result.axis(axis):
            table.add_row(
                f"{fact['points']:+.2f}",
                Text(_describe(fact)),
                scores.WEIGHTS[fact["kind"]].rule,
                Text(_sources(fact, numbers)),
            )
        if not result.axis(axis):
            table.add_row("", Text("no facts on record", style="dim"), "", "")
        parts.append(table)
    if sources is not None and not sources.empty:
        parts.append(terminal.sources_table(sources, numbers))
    return Group(*parts)


def _fact_line(fact: dict, numbers: dict[str, str]) -> str:
    points = f" (+{fact['points']:.2f})" if fact.get("points") else ""
    return f"{_describe(fact)}{points} [{_sources(fact, numbers)}]"


def _describe(fact: dict) -> str:
    """A fact in a few words: what, where, when."""
    kind, detail, org = fact["kind"], fact["detail"] or "", fact["org"] or fact["org_id"]
    when = f", {fact['date']}" if fact.get("date") else ""
    value = fact.get("value")
    if kind == "team":
        return f"led a team of {value:,.0f} at {org}" + (f" ({detail})" if detail else "") + when
    if kind == "product":
        product = fact["product"] or fact["product_id"]
        if fact.get("metric"):
            return f"{product} at {org}: {fact['metric']} {value:,.0f}{when}"
        return f"{product} of {org} ({detail}){when}"
    if kind == "gpus":
        return f"{detail} at {org}{when}"
    if kind == "organization":
        return f"at {org} ({detail}){when}"
    if kind == "tag":
        return f"tagged {detail}"
    if kind in ("employment", "founder", "education", "advisor", "board"):
        return f"{kind} at {org}" + (f" ({detail})" if detail else "") + when
    where = f", {org}" if org else ""
    return f"{detail}{where}{when}"


def _sources(fact: dict, numbers: dict[str, str]) -> str:
    """Each source of a fact by its number in the list below (its id when not listed), with
    the quote."""
    return "; ".join(
        numbers.get(source["source_id"], source["source_id"]).strip("[]")
        + (f" “{source['quote']}”" if source.get("quote") else "")
        for source in fact["sources"]
        if source.get("source_id")
    )
