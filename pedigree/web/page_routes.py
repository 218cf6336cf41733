"""The app's pages, each registered by `twin` as an HTML page and its JSON twin under /api/."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import date
from typing import Annotated
from urllib.parse import quote

from fastapi import HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi_offline import FastAPIOffline
from jinja2 import Environment

from pedigree.errors import PedigreeError
from pedigree.model import PartialDate
from pedigree.report import cells as fmt
from pedigree.web import i18n, pages
from pedigree.web.access import Access
from pedigree.web.i18n import LANG_COOKIE

AsOf = Annotated[
    str | None,
    Query(description="Only what was published by this day (YYYY, YYYY-MM, YYYY-MM-DD)."),
]
Depth = Annotated[int, Query(ge=1, le=10, description="Generations of spin-outs to follow.")]


def parse_day(text: str | None, label: str = "as_of") -> date | None:
    """A YYYY, YYYY-MM or YYYY-MM-DD parameter as its last day; empty means none."""
    if text is None or not text.strip():
        return None
    try:
        return PartialDate.parse(text.strip()).end
    except ValueError as error:
        raise PedigreeError(f"{label}: {error}") from None


def add_pages(
    app: FastAPIOffline,
    access: Access,
    render: Callable[..., HTMLResponse],
    templates: Environment,
) -> None:
    """Register the pages on `app`, in the order they are matched. (The twins are made here,
    beside the pages: FastAPI reads an endpoint's annotations in the module that defines it.)"""

    def twin(path: str, template: str, summary: str):
        """Register `build` (query parameters → function of the open store → Page) as the HTML
        page at `path` and its JSON twin at /api`path`."""

        def register(build: Callable[..., Callable]):
            signature = inspect.signature(build)
            wants_request = "request" in signature.parameters
            params = list(signature.parameters.values())
            if not wants_request:
                request = inspect.Parameter(
                    "request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Request
                )
                params.insert(0, request)

            def run(request: Request, kwargs) -> pages.Page:
                show = build(request=request, **kwargs) if wants_request else build(**kwargs)
                with access.read() as store:
                    return show(store)

            def as_json(request: Request, **kwargs):
                return JSONResponse(_jsonable(run(request, kwargs).sections))

            def as_html(request: Request, **kwargs):
                page = run(request, kwargs)
                return render(request, template, **page.sections, **page.extras, args=kwargs)

            for endpoint in (as_json, as_html):
                endpoint.__signature__ = inspect.Signature(params)
                endpoint.__name__ = f"{build.__name__}_{endpoint.__name__}"
            app.add_api_route(
                "/api" + path,
                as_json,
                methods=["GET"],
                summary=summary,
                description=build.__doc__,
                tags=["pages"],
            )
            app.add_api_route(
                path, as_html, methods=["GET"], include_in_schema=False, response_class=HTMLResponse
            )
            return build

        return register

    @twin("/search", "search.html", "Search people and organisations")
    def search(
        q: Annotated[str, Query(max_length=200, description="A name in any script or form.")] = "",
        limit: Annotated[int, Query(ge=1, le=100)] = 20,
        as_of: AsOf = None,
    ):
        """Names in any script or form (商湯, 商汤, SenseTime, shangtang): type, id, name, the
        form that matched and its rank. Also serves the suggestions shown while typing."""
        parse_day(as_of)
        return lambda store: pages.search(store, q, limit)

    @twin("/org/{name:path}", "org.html", "An organisation")
    def org(name: str, as_of: AsOf = None, depth: Depth = 2, sector: str | None = None):
        """Sections `org`, `lineage`, `financials`, `timeline`: the shapes of `pedigree
        org/lineage/financials/timeline --json`, the timeline's first 200 entries (`total`
        counts all, /timeline/{name} lists more). The halo check is /halo/{name}."""
        day = parse_day(as_of)
        return lambda store: pages.org(store, name, day, depth, sector or None)

    @app.get("/org-chart/{name:path}", response_class=HTMLResponse, include_in_schema=False)
    def org_chart(name: str, as_of: AsOf = None):
        # The organisation page's financial chart, an <svg> element the page puts in place
        # after it has loaded (pages.financial_chart); 404 when nothing can be charted.
        day = parse_day(as_of)
        with access.read() as store:
            chart = pages.financial_chart(store, name, day)
        if chart is None:
            raise HTTPException(404, "no figures to chart")
        return HTMLResponse(chart)

    @twin("/lineage/{name:path}", "lineage.html", "A lineage tree")
    def lineage(
        name: str,
        as_of: AsOf = None,
        depth: Depth = 3,
        sector: str | None = None,
        education: bool = False,
        interns: bool = False,
    ):
        """Section `lineage` (`pedigree lineage --json`) and the `sources` its edges cite."""
        day = parse_day(as_of)
        return lambda store: pages.lineage(
            store, name, day, depth, sector or None, education, interns
        )

    @twin("/person/{name:path}", "person.html", "A person")
    def person(name: str, as_of: AsOf = None):
        """Sections `person`, `score`, `timeline` (`pedigree person/score/timeline --json`; the
        timeline's first 200 entries, `total` counts all, /timeline/{name} lists more)."""
        day = parse_day(as_of)
        return lambda store: pages.person(store, name, day)

    @twin("/timeline/{name:path}", "timeline.html", "A timeline")
    def timeline(
        name: str,
        as_of: AsOf = None,
        entity_type: Annotated[
            str | None,
            Query(alias="type", description="organization or person, when a name is both."),
        ] = None,
        limit: Annotated[int, Query(ge=1, le=100_000)] = 1000,
    ):
        """Section `timeline` (`pedigree timeline --json`): the first `limit` entries, with
        `total` (all of them) and `more` (those left out). The organisation and person pages
        show the first 200."""
        day = parse_day(as_of)
        return lambda store: pages.timeline(store, name, day, entity_type or None, limit)

    @twin("/source/{source_id:path}", "source.html", "A source and its facts")
    def source(
        source_id: str,
        as_of: AsOf = None,
        subject: str | None = None,
        limit: Annotated[int, Query(ge=1, le=100_000)] = 1000,
    ):
        """Section `source`: the source and the statements read from it (at most `limit` of
        each kind; `total` counts all), with quote and span; `subject` marks the facts about
        one entity."""
        day = parse_day(as_of)
        return lambda store: pages.source(store, source_id, day, limit)

    @twin("/academies", "academies.html", "Founder academies")
    def academies(
        as_of: AsOf = None,
        depth: Depth = 1,
        top: Annotated[int, Query(ge=1, le=500)] = 20,
        schools: bool = False,
        interns: bool = False,
        sector: str | None = None,
        country: str | None = None,
    ):
        """Section `academies` (`pedigree academies --json`, with sector and country)."""
        day = parse_day(as_of)
        return lambda store: pages.academies(
            store, day, depth, top, schools, interns, sector or None, country or None
        )

    @twin("/scarcity", "scarcity.html", "Scarce talent")
    def scarcity(
        as_of: AsOf = None,
        domain: str | None = None,
        require: Annotated[str, Query(description="research, delivery or both")] = (
            "research,delivery"
        ),
        min_team: Annotated[int, Query(ge=0)] = 100,
        lineage: str | None = None,
        top: Annotated[int, Query(ge=1, le=500)] = 20,
    ):
        """Section `scarcity` (`pedigree scarcity --json`)."""
        day = parse_day(as_of)
        wanted = [r.strip() for r in require.split(",") if r.strip()]
        return lambda store: pages.scarcity(
            store, day, domain or None, wanted, min_team, lineage or None, top
        )

    @twin("/landscape", "landscape.html", "Sector landscape")
    def landscape(
        request: Request,
        as_of: AsOf = None,
        lineage: str | None = None,
        sector: str | None = None,
        top: Annotated[int, Query(ge=1, le=30)] = 8,
    ):
        """Section `landscape` (`pedigree landscape --json`); lineage and sector take
        comma-separated lists."""
        day = parse_day(as_of)
        lang = i18n.pick(request.query_params.get("lang"), request.cookies.get(LANG_COOKIE))
        lineages, sectors = _listed(lineage), _listed(sector)
        chart_lang = "en" if lang == "en" else "zh"
        return lambda store: pages.landscape(store, day, lineages, sectors, top, chart_lang)

    @twin("/halo", "halo.html", "The halo market view")
    def halo(as_of: AsOf = None):
        """Section `halo` (`pedigree halo --json`)."""
        day = parse_day(as_of)
        return lambda store: pages.halo(store, day)

    @twin("/halo/{name:path}", "halo_company.html", "One company's halo check")
    def halo_company(name: str, as_of: AsOf = None):
        """Section `halo` (`pedigree halo ORG --json`), or `{"error": …}` for a company
        without a valuation."""
        day = parse_day(as_of)
        return lambda store: pages.halo_company(store, name, day)

    @twin("/backtest", "backtest.html", "A cohort backtest")
    def backtest(
        lineage: str = "PayPal",
        as_of: AsOf = None,
        horizon: str = "12m",
        sector: str | None = None,
    ):
        """Section `backtest` (`pedigree backtest --json`); `as_of` is the cohort's day
        (default: two years ago)."""
        day = parse_day(as_of) or date(date.today().year - 2, 12, 31)
        return lambda store: pages.backtest(store, lineage, day, horizon, sector or None)

    @twin("/new/{name:path}", "changes.html", "What's new in a lineage")
    def new(name: str, since: AsOf = None, as_of: AsOf = None, depth: Depth = 3):
        """Section `changes`: spin-outs, rounds, figures and departures published after
        `since` (default: a year before as_of or today)."""
        day = parse_day(as_of)
        start = parse_day(since, "since") or _year_before(day or date.today())
        return lambda store: pages.changes(store, name, start, day, depth)

    @app.get(
        "/feed/{name:path}",
        include_in_schema=True,
        tags=["pages"],
        summary="What's new in a lineage, as an Atom feed",
    )
    def feed(request: Request, name: str, since: AsOf = None, as_of: AsOf = None):
        day = parse_day(as_of)
        start = parse_day(since, "since") or _year_before(day or date.today())
        with access.read() as store:
            data = pages.changes(store, name, start, day, 3).sections["changes"]
        xml = templates.get_template("feed.xml").render(
            changes=data,
            base=str(request.base_url).rstrip("/"),
            fmt=fmt,
            self_url=str(request.url),
            quote=quote,
        )
        return Response(xml, media_type="application/atom+xml")

    @twin("/review", "review.html", "The review queue")
    def review():
        """Section `review`: pairs waiting for a person's judgement (`pedigree resolve --review
        --json`), or `note` saying why there are none yet."""
        return lambda store: pages.review(store)


def _listed(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def _year_before(day: date) -> date:
    return day.replace(year=day.year - 1, day=28 if (day.month, day.day) == (2, 29) else day.day)


def _jsonable(value):
    """NaN and dates made JSON-safe, the way the CLI's `--json` writes them."""
    import json
    import math

    def clean(v):
        if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
            return None
        if isinstance(v, dict):
            return {k: clean(x) for k, x in v.items()}
        if isinstance(v, list | tuple):
            return [clean(x) for x in v]
        return v

    def plain(v):
        return v.item() if hasattr(v, "item") else str(v)  # numpy scalars, dates

    return json.loads(json.dumps(clean(value), default=plain, ensure_ascii=False))
