"""The review queue's writes: a judgement or its undoing, by token (JSON) or from the forms."""

from __future__ import annotations

from urllib.parse import parse_qs

from fastapi import HTTPException, Request
from fastapi.responses import RedirectResponse
from fastapi_offline import FastAPIOffline
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from pedigree import api
from pedigree.errors import PedigreeError
from pedigree.web.access import Access

TOKEN_COOKIE = "pedigree_token"


class Verdict(BaseModel):
    """A judgement on a pair from the review queue (names or ids)."""

    first: str
    second: str
    verdict: str  # same or different


def add_review_routes(app: FastAPIOffline, access: Access) -> None:
    """Register the review queue's writes on `app`."""

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
