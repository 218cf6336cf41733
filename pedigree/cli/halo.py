"""Halo or fundamentals: `pedigree halo` (the market model), `pedigree halo ORG` (one company)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Group
from rich.text import Text

from pedigree.cli.common import AsOf, Json, app, as_of_date, friendly, out, print_json
from pedigree.lazy import lazy
from pedigree.report.amounts import short_amount

if TYPE_CHECKING:
    from pedigree.analytics.halo import HaloModel
    from pedigree.analytics.halo_company import CompanyHalo

api = lazy("pedigree.api")
_halo = lazy("pedigree.analytics.halo")
_halo_company = lazy("pedigree.analytics.halo_company")
terminal = lazy("pedigree.report.terminal")

SHOWN_UNESTIMATED = 10  # lineages listed as "not enough data" in the terminal (all in --json)


@app.command()
@friendly
def halo(
    ctx: typer.Context,
    org: Annotated[
        str | None,
        typer.Argument(help="A company (name in any script, or id); without it, the market view."),
    ] = None,
    as_of: AsOf = None,
    as_json: Json = False,
) -> None:
    """Does a valuation rest on fundamentals or on the founders' lineage? Per-lineage premiums
    after fundamentals, or one company against its estimate and its peers."""
    when = as_of_date(as_of)
    result = (
        api.halo(ctx.obj, as_of=when) if org is None else api.halo_company(ctx.obj, org, as_of=when)
    )
    if as_json:
        print_json(result.to_json())
    elif isinstance(result, _halo.HaloModel):
        out.print(market_view(result))
    else:
        out.print(company_view(result))


def money(value) -> str:
    return short_amount(value, "USD")


def _ratio(value) -> str:
    import pandas as pd  # loaded with the command, not with the CLI

    return "" if value is None or pd.isna(value) else f"×{value:.2f}"


def market_view(model: HaloModel) -> Group:
    import pandas as pd  # loaded with the command, not with the CLI

    when = f" as of {model.as_of}" if model.as_of else ""
    companies = "company" if model.n == 1 else "companies"
    parts = [Text(f"Halo model{when}: {model.n} {companies} with a valuation", style="bold")]
    if model.enough_data:
        r2 = f"R² fundamentals only {model.r2_fundamentals:.2f}"
        if model.r2_with_lineage is not None:
            r2 += f" · with lineage {model.r2_with_lineage:.2f}"
        parts.append(Text(r2))
    else:
        parts.append(Text(model.notes[0], style="yellow"))
    premiums = model.premiums
    if premiums.empty:
        parts.append(
            Text(
                "no lineage has two companies with a valuation: no premium to estimate", style="dim"
            )
        )
    else:
        estimated = premiums[premiums.status == "estimated"]
        rest = premiums[premiums.status != "estimated"]
        shown = pd.concat([estimated, rest.head(SHOWN_UNESTIMATED)])
        rows = pd.DataFrame(
            {
                "lineage": shown.label,
                "premium": [_ratio(m) for m in shown.multiplier],
                "95% CI": [
                    "" if pd.isna(lo) else f"{lo:.2f}–{hi:.2f}"
                    for lo, hi in zip(shown.ci_low, shown.ci_high, strict=True)
                ],
                "n": shown.n,
                "p": ["" if pd.isna(p) else f"{p:.3f}" for p in shown.p_value],
                "note": [n if isinstance(n, str) else "" for n in shown.note],
            }
        )
        if estimated.empty:  # nothing but "not enough data": no empty number columns
            rows = rows[["lineage", "n", "note"]]
        title = (
            "Lineage premiums: valuation multiplier against companies with the same "
            "fundamentals outside the lineage"
        )
        parts.append(terminal.frame_table(rows.rename(columns={"n": "n valued"}), title=title))
        if len(rest) > SHOWN_UNESTIMATED:
            parts.append(Text(f"… and {len(rest) - SHOWN_UNESTIMATED} more lineages (--json)"))
    if model.enough_data:
        terms = model.fundamentals
        terms = pd.DataFrame(
            {
                "input": terms.label,
                "coefficient": [f"{c:+.2f}" for c in terms.coef],
                "95% CI": [
                    f"{lo:+.2f} … {hi:+.2f}"
                    for lo, hi in zip(terms.ci_low, terms.ci_high, strict=True)
                ],
            }
        )
        parts.append(terminal.frame_table(terms, title="Fundamentals (effects on log valuation)"))
    notes = model.notes[0 if model.enough_data else 1 :]
    parts += [Text(f"note: {note}", style="dim") for note in notes]
    if not model.enough_data:
        parts.append(
            Text(
                f"A fit needs at least {_halo.MIN_COMPANIES} companies with a valuation, and a "
                f"lineage premium {_halo.MIN_LINEAGE} of the lineage's companies among them "
                "(docs/halo.md).",
                style="dim",
            )
        )
    return Group(*parts)


def company_view(result: CompanyHalo) -> Group:
    import pandas as pd  # loaded with the command, not with the CLI

    when = f" as of {result.as_of}" if result.as_of else ""
    parts = [Text(f"{result.name} ({result.org_id}){when}", style="bold")]
    line = f"valuation {money(result.valuation_usd)}"
    if result.estimate_usd is not None:
        low, high = result.interval_usd
        line += (
            f" · fundamentals-only estimate {money(result.estimate_usd)} "
            f"(95% prediction interval {money(low)} – {money(high)})"
            f" · {result.ratio:.2f}× the estimate"
        )
    parts.append(Text(line))
    if result.share_explained is not None:
        parts.append(
            Text(
                f"fundamentals explain {result.share_explained:.0%} of its price gap to the market"
            )
        )
        parts.append(Text(f"  ({_halo_company.SHARE_DEFINITION})", style="dim"))
    for flag in result.flags:
        parts.append(Text(f"• {flag}", style="yellow"))
    multiples = result.multiples
    shown = pd.DataFrame(
        {
            "measure": multiples.measure,
            "company": [
                _figure(m, v) for m, v in zip(multiples.measure, multiples.company, strict=True)
            ],
            "peer median": [
                _figure(m, v) for m, v in zip(multiples.measure, multiples.peer_median, strict=True)
            ],
            "peers with it": multiples.peers_with_figure,
            "percentile": ["" if pd.isna(p) else f"{p:.0f}" for p in multiples.percentile],
        }
    )
    parts.append(terminal.frame_table(shown, title=f"Against peers: {result.peer_group}"))
    numbers = terminal.source_numbers(result.sources)
    inputs = result.inputs.assign(
        src=[numbers.get(s, "") if isinstance(s, str) else "" for s in result.inputs.source_id]
    ).drop(columns="source_id")
    parts.append(terminal.frame_table(inputs, title="Inputs"))
    parts += [Text(f"note: {note}", style="dim") for note in result.notes]
    if not result.sources.empty:
        parts.append(terminal.sources_table(result.sources, numbers))
    return Group(*parts)


def _figure(measure: str, value) -> str:
    import pandas as pd  # loaded with the command, not with the CLI

    if value is None or pd.isna(value):
        return ""
    return money(value) if measure == "valuation" else f"{value:,.0f}×"
