"""The FastAPI application: each page registered twice, as HTML and as its JSON twin under /api/.

A page is declared once (`twin`): its query parameters, its template, and a function from the
request's open store to a `pages.Page`. Errors are the library's one-line messages: 404 for a
name not found, 409 for an ambiguous one, 503 while another process holds the store too long,
400 for anything else the reader asked wrong.

The pages and their twins are registered by `page_routes`, the review queue's writes by
`review_routes`; this module makes the app, its middleware, static files, rendering and errors.
"""

from __future__ import annotations

import functools
import gc
import logging
import os
import sys
import threading
import time
from importlib.resources import files
from pathlib import Path
from urllib.parse import quote, urlencode

from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from jinja2 import Environment, FileSystemLoader, select_autoescape

from pedigree import api
from pedigree.errors import Ambiguous, NotFound, PedigreeError, StoreBusy, StoreMissing
from pedigree.report import cells as fmt
from pedigree.web import i18n, pages
from pedigree.web.access import Access
from pedigree.web.i18n import LANG_COOKIE
from pedigree.web.page_routes import add_pages
from pedigree.web.review_routes import TOKEN_COOKIE, add_review_routes

_log = logging.getLogger(__name__)

_HERE = Path(str(files("pedigree.web")))


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

    add_pages(app, access, render, templates)
    add_review_routes(app, access)
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


def _href(path: str, as_of: str = "", **params) -> str:
    """A link inside the app that keeps the page's as-of day."""
    query = {k: v for k, v in ({"as_of": as_of} | params).items() if v not in (None, "", False)}
    return path + ("?" + urlencode(query) if query else "")


def _here(request: Request, **changes) -> str:
    """This page's URL with some query parameters changed (None removes one)."""
    query = dict(request.query_params) | changes
    query = {k: v for k, v in query.items() if v not in (None, "")}
    return request.url.path + ("?" + urlencode(query) if query else "")


def _templates() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(_HERE / "templates")),
        autoescape=select_autoescape(["html", "xml"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["quote"] = lambda text: quote(str(text), safe="")
    return env
