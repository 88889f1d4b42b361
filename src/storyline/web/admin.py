"""Forms that change things: login and logout, notes on stories, the sources admin. All POSTs carry a CSRF token."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData, UploadFile

from ..errors import StorylineError
from ..service import accounts
from ..service import sources as source_service
from .app import Ctx, ctx_of, render, web_of
from .auth import SESSION_COOKIE, SESSION_MAX_AGE
from .pages import local_path

router = APIRouter(include_in_schema=False)
log = logging.getLogger(__name__)
MAX_OPML = 2 * 1024 * 1024


async def checked_form(request: Request) -> FormData:
    """The POSTed form, after its CSRF token is checked against the visitor's cookie (403 otherwise)."""
    form = await request.form(max_part_size=MAX_OPML)
    ctx = ctx_of(request)
    token = form.get("csrf_token")
    if ctx.new_csrf_cookie or not web_of(request).signer.check_csrf(ctx.csrf_cookie, token if isinstance(
            token, str) else None):
        raise HTTPException(403, "missing or wrong CSRF token: reload the page and try again")
    return form


def _text(form: FormData, name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


def require_user(request: Request) -> Ctx:
    ctx = ctx_of(request)
    if ctx.user is None:
        raise HTTPException(401, "log in first")
    return ctx


# -- login -------------------------------------------------------------------------------------


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str | None = None) -> HTMLResponse:
    return render(request, "login.html", next=local_path(next), error=None)


@router.post("/login")
async def login(request: Request) -> Response:
    form = await checked_form(request)
    web = web_of(request)
    name, password, target = _text(form, "name"), _text(form, "password"), local_path(_text(form, "next"))
    ip = request.client.host if request.client else "?"
    if web.limiter.blocked(ip, name):
        return render(request, "login.html", status=429, next=target, error="too_many")
    user = accounts.authenticate(web.storyline, name, password)
    if user is None:
        web.limiter.failed(ip, name)
        log.info("failed login for %r from %s", name, ip)
        return render(request, "login.html", status=401, next=target, error="wrong")
    web.limiter.succeeded(ip, name)
    token = accounts.start_session(web.storyline, user)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(SESSION_COOKIE, web.signer.sign_session(token), max_age=SESSION_MAX_AGE, httponly=True,
                        samesite="lax", secure=request.url.scheme == "https")
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    await checked_form(request)
    web = web_of(request)
    token = web.signer.session_token(request.cookies.get(SESSION_COOKIE))
    if token:
        accounts.end_session(web.storyline, token)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


# -- notes -------------------------------------------------------------------------------------


@router.post("/stories/{uid}/notes")
async def add_note(request: Request, uid: str) -> Response:
    form = await checked_form(request)
    ctx = require_user(request)
    assert ctx.user is not None
    story_uid = accounts.add_note(web_of(request).storyline, ctx.user, uid, _text(form, "text"))
    return RedirectResponse(f"/stories/{story_uid}#notes", status_code=303)


# -- sources -----------------------------------------------------------------------------------


def _sources(request: Request) -> list[dict[str, Any]]:
    keys = ("id", "url", "title", "outlet", "status", "last_success_at", "last_error", "last_error_at",
            "error_count", "next_poll_at", "poll_interval", "articles")
    return [{k: getattr(r, k) for k in keys} for r in source_service.list_sources(web_of(request).storyline)]


@router.get("/admin/sources", response_class=HTMLResponse)
def sources(request: Request, message: str | None = None) -> HTMLResponse:
    require_user(request)
    return render(request, "admin_sources.html", sources=_sources(request), message=message, error=None)


def _done(text: str) -> RedirectResponse:
    return RedirectResponse(f"/admin/sources?{urlencode({'message': text})}", status_code=303)


@router.post("/admin/sources")
async def add_source(request: Request) -> Response:
    form = await checked_form(request)
    require_user(request)
    url = _text(form, "url").strip()
    try:
        added = await source_service.add_source(web_of(request).storyline, url)
    except StorylineError as exc:
        return render(request, "admin_sources.html", status=422, sources=_sources(request), message=None,
                      error=str(exc))
    return _done("; ".join(f"{'+' if a.created else '='} {a.url}" for a in added))


@router.post("/admin/sources/opml")
async def import_opml(request: Request) -> Response:
    form = await checked_form(request)
    require_user(request)
    upload = form.get("file")
    try:
        data = await upload.read(MAX_OPML + 1) if isinstance(upload, UploadFile) else b""
    finally:
        await form.close()
    try:
        if not data or len(data) > MAX_OPML:
            raise StorylineError("choose an OPML file (at most 2 MB)")
        added = source_service.import_opml(web_of(request).storyline, data)
    except StorylineError as exc:
        return render(request, "admin_sources.html", status=422, sources=_sources(request), message=None,
                      error=str(exc))
    return _done(f"OPML: {sum(a.created for a in added)} + / {sum(not a.created for a in added)} =")


@router.post("/admin/sources/{source_id}/{action}")
async def source_action(request: Request, source_id: int, action: str) -> Response:
    await checked_form(request)
    require_user(request)
    status = {"pause": "paused", "resume": "active", "remove": None}
    if action not in status:
        raise HTTPException(404, f"no action {action}")
    url = source_service.set_status(web_of(request).storyline, str(source_id), status[action])
    return _done(f"{action}: {url}")
