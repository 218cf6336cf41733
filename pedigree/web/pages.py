"""What each page shows, as data: sections keyed by the CLI command whose `--json` shape they
have (`org`, `lineage`, `financials`, …). The HTML page renders them; its twin under /api/
returns them as they are. Everything comes from `pedigree.api` over the request's open store.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from pedigree import api
from pedigree.analytics import compiled
from pedigree.analytics.frames import records
from pedigree.errors import PedigreeError
from pedigree.report.financial_chart import financial_svg
from pedigree.report.offline import inline_svg
from pedigree.store import Store

# Timeline entries an organisation's or a person's page shows; /timeline/… lists more.
TIMELINE_SHOWN = 200


@dataclass
class Page:
    """`sections`: JSON-shaped data (the twin returns exactly this); `extras`: what only the HTML
    page needs (a chart's markup)."""

    sections: dict
    extras: dict = field(default_factory=dict)


def search(store: Store, q: str, limit: int) -> Page:
    found = api.search(store, q, limit=limit) if q.strip() else None
    return Page({"query": q, "search": records(found) if found is not None else []})


def _remembering(page: Callable[..., Page]) -> Callable[..., Page]:
    """A page whose parts ask for some of the same names and sources: each asked once
    (`pedigree.analytics.compiled.remembered`)."""

    @functools.wraps(page)
    def remembering(*args, **kwargs) -> Page:
        with compiled.remembered():
            return page(*args, **kwargs)

    return remembering


@_remembering
def org(store: Store, name: str, as_of: date | None, depth: int, sector: str | None) -> Page:
    tree = api.lineage(store, name, depth=depth, as_of=as_of, sector=sector)
    # The tree's first generation are the profile's spin-outs: one walk, not two.
    profile = api.org(store, tree.root_id, as_of=as_of, tree=tree if sector is None else None)
    # The financials cost several queries: asked only when the profile shows figures. The halo
    # check fits the market model (seconds on a large store), so it has a page of its own.
    fin = None
    if not profile.facts["financials"].empty:
        fin = api.financials(store, profile.id, as_of=as_of)
    timeline = api.timeline(
        store, profile.id, as_of=as_of, entity_type="organization", limit=TIMELINE_SHOWN
    )
    sections = {
        "org": profile.to_json(),
        "lineage": tree.to_json(),
        "financials": fin.to_json() if fin is not None else _no_financials(profile),
        "timeline": timeline.to_json(),
    }
    # The chart is drawn by a request of its own (`financial_chart`), which the page makes
    # once it has loaded: matplotlib takes 55-90 ms, which the page's tables need not wait for.
    return Page(sections, {"chart": fin is not None and not fin.periods.empty})


def financial_chart(store: Store, name: str, as_of: date | None) -> str | None:
    """The organisation's financial chart as an SVG element for its page (None: no figures,
    or none that can be charted — the page's table still shows every period)."""
    fin = api.financials(store, name, as_of=as_of)
    if fin.periods.empty:
        return None
    try:
        return inline_svg(financial_svg(fin), f"fin-{fin.org_id}")
    except PedigreeError:
        return None


@_remembering
def lineage(
    store: Store,
    name: str,
    as_of: date | None,
    depth: int,
    sector: str | None,
    education: bool,
    interns: bool,
) -> Page:
    tree = api.lineage(
        store, name, depth=depth, as_of=as_of, sector=sector, education=education, interns=interns
    )
    shown = tree.to_json()
    cited = api.sources(store, {s for row in shown["edges"] for s in row["sources"]})
    return Page({"lineage": shown, "sources": records(cited)})


@_remembering
def person(store: Store, name: str, as_of: date | None) -> Page:
    profile = api.person(store, name, as_of=as_of)
    score = api.score(store, profile.id, as_of=as_of)
    timeline = api.timeline(
        store, profile.id, as_of=as_of, entity_type="person", limit=TIMELINE_SHOWN
    )
    return Page(
        {"person": profile.to_json(), "score": score.to_json(), "timeline": timeline.to_json()}
    )


def timeline(
    store: Store, name: str, as_of: date | None, entity_type: str | None, limit: int
) -> Page:
    result = api.timeline(store, name, as_of=as_of, entity_type=entity_type, limit=limit)
    return Page({"timeline": result.to_json()})


def source(store: Store, source_id: str, as_of: date | None, limit: int) -> Page:
    return Page({"source": api.source(store, source_id, as_of=as_of, limit=limit).to_json()})


def academies(
    store: Store,
    as_of: date | None,
    depth: int,
    top: int,
    schools: bool,
    interns: bool,
    sector: str | None,
    country: str | None,
) -> Page:
    frame = api.academies(
        store,
        depth=depth,
        top=top,
        as_of=as_of,
        schools=schools,
        interns=interns,
        sector=sector,
        country=country,
    )
    return Page({"academies": records(frame)})


def scarcity(
    store: Store,
    as_of: date | None,
    domain: str | None,
    require: list[str],
    min_team: int,
    lineage: str | None,
    top: int,
) -> Page:
    result = api.scarcity(
        store,
        domain=domain,
        require=require,
        min_team=min_team,
        lineage=lineage,
        as_of=as_of,
        top=top,
    )
    return Page({"scarcity": result.to_json()})


def landscape(
    store: Store,
    as_of: date | None,
    lineages: list[str],
    sectors: list[str],
    top: int,
    lang: str,
) -> Page:
    from pedigree.report import landscape_chart

    result = api.landscape(
        store, lineages=lineages, sectors=sectors, top=top, as_of=as_of, lang=lang
    )
    figure = None if result.empty else landscape_chart.plotly_figure(result).to_json()
    return Page({"landscape": result.to_json()}, {"figure": figure})


def halo_company(store: Store, name: str, as_of: date | None) -> Page:
    profile = api.org(store, name, as_of=as_of)
    if profile.facts["valuations"].empty:
        return Page(
            {"halo": {"error": f"{profile.name}: no valuation on record, so no halo check"}}
        )
    return Page(
        {"halo": _or_reason(lambda: api.halo_company(store, profile.id, as_of=as_of).to_json())}
    )


def halo(store: Store, as_of: date | None) -> Page:
    return Page({"halo": api.halo(store, as_of=as_of).to_json()})


def backtest(store: Store, lineage: str, as_of: date, horizon: str, sector: str | None) -> Page:
    result = api.backtest(store, lineage, as_of=as_of, horizon=horizon, sector=sector)
    return Page({"backtest": result.to_json()})


def changes(store: Store, lineage: str, since: date, as_of: date | None, depth: int) -> Page:
    result = api.changes(store, lineage, since=since, as_of=as_of, depth=depth)
    return Page({"changes": result.to_json()})


def review(store: Store) -> Page:
    try:
        queue = records(api.review_queue(store))
        reason = None
    except PedigreeError as error:  # nothing resolved yet
        queue, reason = [], str(error)
    return Page({"review": queue, "note": reason})


# Entities whose pages ask every question a page of their kind can ask: figures (and their
# chart), statements that lost, spin-outs.
_WARM_SUBJECTS = {
    "org": [
        "SELECT org_id FROM financials LIMIT 1",
        "SELECT org_id FROM stints WHERE reports > 1 LIMIT 1",
        "SELECT parent_id FROM spinout_ties LIMIT 1",
    ],
    "person": ["SELECT person_id FROM stints WHERE reports > 1 LIMIT 1"],
}


def warm_up(store: Store) -> None:
    """Ask the questions of each kind of page once, answers discarded: each question's SQL is
    compiled on its first asking (0.1–0.3 s) and the chart library loads with the first chart,
    which the first visitor of such a page would otherwise wait for."""
    for kind, queries in _WARM_SUBJECTS.items():
        for sql in queries:
            for (subject,) in store.con.execute(sql).fetchall():
                try:
                    if kind == "org":
                        org(store, subject, None, 2, None)
                        financial_chart(store, subject, None)
                        lineage(store, subject, None, 3, None, False, False)
                    else:
                        person(store, subject, None)
                except PedigreeError:
                    pass  # say, an id merged into another: its page is the other's


def _or_reason(build) -> dict:
    """A section, or why it cannot be shown (a company without a valuation has no halo check)."""
    try:
        return build()
    except PedigreeError as error:
        return {"error": str(error)}


def _no_financials(profile) -> dict:
    """The `pedigree financials --json` shape of an organisation without figures."""
    return {
        "org_id": profile.id,
        "name": profile.name,
        "as_of": profile.as_of.isoformat() if profile.as_of else None,
        "usd": False,
        "periods": [],
        "comparisons": [],
        "notes": [],
        "sources": [],
    }
