"""The FastAPI application: each page registered twice, as HTML and as its JSON twin under /api/.

A page is declared once (`twin`): its query parameters, its template, and a function from the
request's open store to a `pages.Page`. Errors are the library's one-line messages: 404 for a
name not found, 409 for an ambiguous one, 503 while another process holds the store too long,
400 for anything else the reader asked wrong.
"""

from __future__ import annotations

import functools
import gc
import inspect
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Annotated
from urllib.parse import parse_qs, quote, urlencode

from fastapi import HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from pedigree import api
from pedigree.errors import Ambiguous, NotFound, PedigreeError, StoreBusy, StoreMissing
from pedigree.model import PartialDate
from pedigree.report import cells as fmt
from pedigree.web import i18n, pages
from pedigree.web.access import Access

_log = logging.getLogger(__name__)

_HERE = Path(str(files("pedigree.web")))
TOKEN_COOKIE = "pedigree_token"
LANG_COOKIE = "pedigree_lang"

AsOf = Annotated[
    str | None,
    Query(description="Only what was published by this day (YYYY, YYYY-MM, YYYY-MM-DD)."),
]
Depth = Annotated[int, Query(ge=1, le=10, description="Generations of spin-outs to follow.")]


class Verdict(BaseModel):
    """A judgement on a pair from the review queue (names or ids)."""

    first: str
    second: str
    verdict: str  # same or different


def parse_day(text: str | None, label: str = "as_of") -> date | None:
    """A YYYY, YYYY-MM or YYYY-MM-DD parameter as its last day; empty means none."""
    if text is None or not text.strip():
        return None
    try:
        return PartialDate.parse(text.strip()).end
    except ValueError as error:
        raise PedigreeError(f"{label}: {error}") from None


def create_app(
    db: str | Path | None = None, *, token: str | None = None, warm: bool = False
) -> FastAPIOffline:
    """The app over the store at `db` (default: $PEDIGREE_DB or ./pedigree.duckdb). Writes
    (review judgements) need `token` (default: $PEDIGREE_TOKEN); without one the app only reads.
    `warm`: once serving, ask each kind of page's questions in the background (`pages.warm_up`),
    so that no visitor waits for their first compilation (`pedigree serve` does)."""
    access = Access(api.store_path(db), token or os.environ.get("PEDIGREE_TOKEN"))
    app = FastAPIOffline(
        title="pedigree",
        description="Founder lineages from public reporting, with a source for every fact. "
        "Every page of the web app has a JSON twin here; sections have the shapes of the "
        "CLI's `--json`.",
        version="1",
        on_startup=[functools.partial(_start_warming, access)] if warm else [],
    )
    app.state.access = access
    templates = _templates()

    @app.middleware("http")
    async def server_timing(request: Request, call_next):
        # The time spent in the app, for browsers' dev tools and bench/web.py.
        started = time.perf_counter()
        response = await call_next(request)
        spent = (time.perf_counter() - started) * 1000
        response.headers["Server-Timing"] = f"app;dur={spent:.1f}"
        return response

    app.mount("/static", StaticFiles(directory=_HERE / "static"), name="static")

    @app.get("/static-font/cjk.otf", include_in_schema=False)
    def cjk_font() -> Response:
        # The Noto Sans CJK font the charts use (mplfonts), so pages render Chinese anywhere.
        from fastapi.responses import FileResponse

        from pedigree.report.fonts import cjk_font_path

        return FileResponse(
            cjk_font_path(), media_type="font/otf", headers={"Cache-Control": "max-age=86400"}
        )

    @app.get("/static-plotly/plotly.min.js", include_in_schema=False)
    def plotly_js() -> Response:
        # plotly.py ships plotly.js: the map works offline, from the installed package.
        from plotly.offline import get_plotlyjs

        return Response(
            get_plotlyjs(),
            media_type="application/javascript",
            headers={"Cache-Control": "max-age=86400"},
        )

    def render(request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
        lang = i18n.pick(request.query_params.get("lang"), request.cookies.get(LANG_COOKIE))
        as_of = request.query_params.get("as_of") or ""
        html = templates.get_template(template).render(
            request=request,
            lang=lang,
            langs=i18n.LANGS,
            t=lambda text: i18n.word(text, lang),
            name=lambda text: i18n.in_script(text, lang),
            # aliases in the reader's script, each once (商湯 and 商汤 are one name in 简体)
            names=lambda texts: list(dict.fromkeys(i18n.in_script(t, lang) for t in texts)),
            as_of=as_of,
            href=functools.partial(_href, as_of=as_of),
            here=lambda **changes: _here(request, **changes),
            fmt=fmt,
            writable=access.writable,
            signed_in=access.allows(request.cookies.get(TOKEN_COOKIE)),
            **context,
        )
        response = HTMLResponse(html, status_code=status)
        if request.query_params.get("lang") in i18n.LANGS:
            response.set_cookie(LANG_COOKIE, lang, samesite="lax", max_age=365 * 86400)
        return response

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

    @app.exception_handler(HTTPException)
    def http_error(request: Request, error: HTTPException):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(error.detail)}, status_code=error.status_code)
        return render(
            request,
            "error.html",
            status=error.status_code,
            message=str(error.detail),
            status_code=error.status_code,
        )

    @app.exception_handler(PedigreeError)
    def pedigree_error(request: Request, error: PedigreeError):
        status = 400
        if isinstance(error, NotFound):
            status = 404
        elif isinstance(error, Ambiguous):
            status = 409
        elif isinstance(error, StoreBusy | StoreMissing):
            status = 503
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(error)}, status_code=status)
        return render(request, "error.html", status=status, message=str(error), status_code=status)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request):
        return render(request, "home.html")

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

    @app.post("/api/review/judge", tags=["review"], summary="Judge a pair same or different")
    def judge_json(request: Request, body: Verdict):
        """Needs the server's token (Authorization: Bearer TOKEN). The shape of `pedigree same
        --json`."""
        _require(access, _offered(request))
        return _judge(access, body.first, body.second, body.verdict)

    @app.post("/api/review/undo", tags=["review"], summary="Undo the latest judgement")
    def undo_json(request: Request):
        """Needs the server's token (Authorization: Bearer TOKEN)."""
        _require(access, _offered(request))
        return _undo(access)

    @app.post("/review/login", include_in_schema=False)
    async def login(request: Request):
        offered = _form(await request.body()).get("token")
        if not access.allows(offered):
            _require(access, offered)
        response = RedirectResponse(_back(request), status_code=303)
        response.set_cookie(TOKEN_COOKIE, offered, httponly=True, samesite="strict")
        return response

    @app.post("/review/logout", include_in_schema=False)
    def logout(request: Request):
        response = RedirectResponse(_back(request), status_code=303)
        response.delete_cookie(TOKEN_COOKIE)
        return response

    @app.post("/review/judge", include_in_schema=False)
    async def judge_form(request: Request):
        _require(access, request.cookies.get(TOKEN_COOKIE))
        form = _form(await request.body())
        await run_in_threadpool(
            _judge, access, form.get("first", ""), form.get("second", ""), form.get("verdict", "")
        )
        return RedirectResponse(_back(request), status_code=303)

    @app.post("/review/undo", include_in_schema=False)
    async def undo_form(request: Request):
        _require(access, request.cookies.get(TOKEN_COOKIE))
        await run_in_threadpool(_undo, access)
        return RedirectResponse(_back(request), status_code=303)

    return app


def _start_warming(access: Access) -> None:
    def warm() -> None:
        started = time.perf_counter()
        try:
            with access.read() as store:
                pages.warm_up(store)
        except Exception as error:  # noqa: BLE001 (a warm-up that fails costs only its time)
            _log.warning("warming up the pages failed: %s", error)
            return
        # What is alive now (modules, compiled SQL, ~200k objects) stays for the process's
        # life: kept out of the collector's full passes, each of which walked all of it
        # (~110 ms, falling on whichever request was running; at 1M about once in 20 pages).
        gc.freeze()
        # (bench/web.py starts measuring after this line)
        print(f"pages warmed up in {time.perf_counter() - started:.1f} s", file=sys.stderr)

    threading.Thread(target=warm, name="pedigree-warm-up", daemon=True).start()


def _require(access: Access, offered: str | None) -> None:
    if not access.writable:
        raise HTTPException(403, "read-only: the server was started without --token")
    if not access.allows(offered):
        raise HTTPException(401, "a write needs the server's token")


def _offered(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    return request.cookies.get(TOKEN_COOKIE)


def _judge(access: Access, first: str, second: str, verdict: str) -> dict:
    if verdict not in ("same", "different"):
        raise PedigreeError(f"verdict: {verdict!r}: use same or different")
    with access.write() as db:
        return api.judge(db, first, second, verdict).as_json()


def _undo(access: Access) -> dict:
    """Withdraw the latest judgement (the shape of `pedigree undo --json`)."""
    with access.write() as db:
        undone = api.undo(db)
    judgement = getattr(undone, "judgement", undone)
    if judgement is None:  # the latest was a whole matcher run
        run = undone.run
        return {"undone": "run", "run": run.id, "model": run.model}
    return {"undone": "judgement", **judgement.as_json()}


def _form(body: bytes) -> dict[str, str]:
    """A urlencoded form body (no multipart: the forms here send short fields only)."""
    parsed = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
    return {key: values[-1] for key, values in parsed.items()}


def _back(request: Request) -> str:
    """Where a form returns to: the review page (same origin only)."""
    return "/review"


def _href(path: str, as_of: str = "", **params) -> str:
    """A link inside the app that keeps the page's as-of day."""
    query = {k: v for k, v in ({"as_of": as_of} | params).items() if v not in (None, "", False)}
    return path + ("?" + urlencode(query) if query else "")


def _here(request: Request, **changes) -> str:
    """This page's URL with some query parameters changed (None removes one)."""
    query = dict(request.query_params) | changes
    query = {k: v for k, v in query.items() if v not in (None, "")}
    return request.url.path + ("?" + urlencode(query) if query else "")


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


def _templates() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(_HERE / "templates")),
        autoescape=select_autoescape(["html", "xml"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["quote"] = lambda text: quote(str(text), safe="")
    return env
