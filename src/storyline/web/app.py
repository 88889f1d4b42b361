"""The reader: server-rendered pages, a JSON API, feeds, accounts and sources admin over one store.

``create_app(settings)`` opens one ``service.Storyline`` for the app's lifetime. Every response
carries a strict Content-Security-Policy (no inline script or style), nosniff and
``Referrer-Policy: no-referrer``; errors are ``{"error": {"code", "message"}}`` under ``/api``
and an error page elsewhere.
"""

from __future__ import annotations

import gc
import secrets
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..config import Settings
from ..errors import InputError
from ..service import Storyline
from ..service.accounts import User, session_user
from ..service.memo import Recent
from . import i18n
from .auth import CSRF_COOKIE, SESSION_COOKIE, LoginLimiter, Signer, load_secret

CSP = ("default-src 'self'; img-src 'self' https: data:; style-src 'self'; script-src 'self'; "
       "frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
ERROR_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
               405: "method_not_allowed", 422: "invalid_request", 429: "too_many_requests"}
OPEN_PATHS = ("/login", "/static/", "/lang/", "/openapi.json", "/docs", "/favicon.ico")


@dataclass(slots=True)
class Ctx:
    """What every view needs about the visitor."""

    locale: str
    tz: ZoneInfo
    user: User | None
    csrf: str  # the token forms carry
    csrf_cookie: str
    new_csrf_cookie: bool
    path: str


class Web:
    """The app's state: the open store, the signer, the login limiter, one template set per locale."""

    def __init__(self, settings: Settings, storyline: Storyline | None = None) -> None:
        self.settings = settings
        self.storyline = storyline or Storyline.open(settings)
        self.signer = Signer(load_secret(settings))
        self.limiter = LoginLimiter()
        self.envs = {locale: i18n.make_environment(locale) for locale in i18n.LOCALES}
        # story pages as anonymous readers see them (no forms, no user): rendered once per 30 s
        self.pages = Recent(ttl=30.0, size=4096)
        self.front = Recent(ttl=10.0, size=64)  # the front page, as fresh as its data (10 s)
        # Shared pages are made two at a time. Under a burst of first views (a server just started,
        # a crawler) threads sharing the GIL would otherwise all finish late together; taking turns,
        # most finish early (bench.web_load: cold story p99 ~150 -> see README).
        self.makers = threading.BoundedSemaphore(2)

    def context(self, request: Request) -> Ctx:
        cookie = request.cookies.get(CSRF_COOKIE) or ""
        new = len(cookie) < 20
        if new:
            cookie = secrets.token_urlsafe(24)
        token = self.signer.session_token(request.cookies.get(SESSION_COOKIE))
        user = session_user(self.storyline, token) if token else None
        locale = i18n.negotiate(request.cookies.get("lang"), request.headers.get("accept-language"))
        return Ctx(locale, i18n.zone(request.cookies.get("tz")), user, self.signer.csrf_token(cookie), cookie, new,
                   request.url.path)


def web_of(request: Request) -> Web:
    web = request.app.state.web
    assert isinstance(web, Web)
    return web


def ctx_of(request: Request) -> Ctx:
    ctx = getattr(request.state, "ctx", None)
    if ctx is None:
        ctx = request.state.ctx = web_of(request).context(request)
    assert isinstance(ctx, Ctx)
    return ctx


def render(request: Request, template: str, status: int = 200, **data: Any) -> HTMLResponse:
    ctx = ctx_of(request)
    env = web_of(request).envs[ctx.locale]
    html = env.get_template(template).render(ctx=ctx, tz=ctx.tz, **data)
    return HTMLResponse(html, status_code=status)


def error_response(request: Request, status: int, message: str) -> Response:
    code = ERROR_CODES.get(status, "error")
    if request.url.path.startswith("/api/") or request.url.path.startswith("/feeds/"):
        return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)
    if status == 401:
        return RedirectResponse(f"/login?next={request.url.path}", status_code=303)
    return render(request, "error.html", status=status, status_code=status, message=message)


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return error_response(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        parts = [f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors()]
        return error_response(request, 422, "; ".join(parts) or "invalid request")

    @app.exception_handler(InputError)
    async def input_error(request: Request, exc: InputError) -> Response:
        return error_response(request, 422, str(exc))


class VisitorMiddleware:
    """Plain ASGI (no per-request task): the visitor's context, the login gate when ``web.public_read`` is
    off, the CSRF cookie for new visitors, and the security headers on every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        web = web_of(request)
        if request.cookies.get(SESSION_COOKIE):  # a session lookup reads the database: not on the loop
            ctx = request.state.ctx = await run_in_threadpool(web.context, request)
        else:
            ctx = ctx_of(request)
        secure = request.url.scheme == "https"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    if name not in headers:
                        headers[name] = value
                if ctx.new_csrf_cookie:
                    cookie = Response()
                    cookie.set_cookie(CSRF_COOKIE, ctx.csrf_cookie, httponly=True, samesite="lax", secure=secure)
                    headers.append("set-cookie", cookie.headers["set-cookie"])
            await send(message)

        if not web.settings.web_public_read and ctx.user is None and not request.url.path.startswith(OPEN_PATHS):
            await error_response(request, 401, "log in to read")(scope, receive, send_with_headers)
            return
        await self.app(scope, receive, send_with_headers)


def create_app(settings: Settings, storyline: Storyline | None = None) -> FastAPI:
    """The reader over one store. With ``storyline`` given, the caller keeps ownership of it."""
    from . import admin, api, feeds, pages  # noqa: PLC0415 (they import this module)

    web = Web(settings, storyline)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Requests that query and render run in threads; under the GIL more of them at once only
        # share one core and all finish late, so a few run and the rest wait their turn
        # (bench.web_load, 2 processes: search p99 203 -> 116 ms, API 98 -> 47 ms going from 40 to 4).
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.web_threads
        yield
        if storyline is None:
            web.storyline.close()

    app = FastAPI(title="Storyline", version="1", lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.web = web
    _install_handlers(app)
    app.add_middleware(VisitorMiddleware)
    app.mount("/static", StaticFiles(directory=i18n.HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(feeds.router)
    app.include_router(admin.router)
    app.include_router(pages.router)
    return app


def tune_gc() -> None:
    """For a long-running server process: move what start-up built out of the collector's sight and
    collect the young generation less often. The comparison and page caches hold many small objects;
    with the default thresholds, full collections over them showed up as latency spikes under load."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


def app_from_environment() -> FastAPI:
    """The app for each uvicorn worker process (``storyline serve --workers N``): settings from the
    environment, which ``serve`` fills in from its own flags before the workers start."""
    import platformdirs  # noqa: PLC0415

    app = create_app(Settings.load().with_defaults(platformdirs.user_data_dir("storyline", appauthor=False)))
    tune_gc()
    return app
