"""HTML pages: home, stories, articles, topics and entities, outlets, search, language switch."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool

from ..service import accounts, reader
from ..service.memo import Recent
from . import charts
from .app import ctx_of, render, web_of
from .i18n import LOCALES

router = APIRouter(include_in_schema=False)

Limit = Annotated[int, Query(ge=1, le=reader.MAX_PAGE)]
SEARCH_PAGE = 40  # best matches shown on the search page (the API and feeds take ?limit=)
Offset = Annotated[int, Query(ge=0)]


def local_path(target: str | None, default: str = "/") -> str:
    """Only same-site paths are followed after a redirect (no //host, no scheme)."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return default


async def _shared(request: Request, cache: Recent, name: str,
                  make: Callable[[], HTMLResponse]) -> HTMLResponse:
    """A page as every anonymous reader of one language and time zone sees it, rendered once per the
    cache's lifetime; signed-in readers get pages with their own forms (CSRF token), never shared.

    A page already rendered is answered on the event loop; making one (queries, templates) runs in
    the thread pool, so a burst of first views does not hold up the pages already made."""
    ctx = ctx_of(request)
    if ctx.user is not None:
        return await run_in_threadpool(make)
    key = (name, ctx.locale, str(ctx.tz))
    html = cache.peek(key)
    if html is None:
        makers = web_of(request).makers

        def make_shared() -> str:
            with makers:
                return bytes(make().body).decode()

        html = await run_in_threadpool(cache.get, key, make_shared)
    return HTMLResponse(html)


@router.get("/", response_class=HTMLResponse)
async def home(request: Request) -> HTMLResponse:
    return await _shared(request, web_of(request).front, "home", lambda: _home_page(request))


def _home_page(request: Request) -> HTMLResponse:
    data = reader.home(web_of(request).storyline)
    return render(request, "home.html", home=data)


@router.get("/stories", response_class=HTMLResponse)
def stories(request: Request, limit: Limit = 30, offset: Offset = 0) -> HTMLResponse:
    data = reader.stories_page(web_of(request).storyline, limit, offset)
    return render(request, "stories.html", page=data)


@router.get("/stories/{uid}", response_class=HTMLResponse)
async def story(request: Request, uid: str) -> HTMLResponse:
    return await _shared(request, web_of(request).pages, uid, lambda: _story_page(request, uid))


def _story_page(request: Request, uid: str) -> HTMLResponse:
    app = web_of(request).storyline
    data = reader.story(app, uid)
    if data is None:
        raise HTTPException(404, f"no story {uid}")
    chart = charts.timeline(data.get("timeline", []))
    notes = accounts.notes(app, data["story"]["id"])
    return render(request, "story.html", s=data, chart=chart, notes=notes)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: int) -> HTMLResponse:
    data = reader.article(web_of(request).storyline, article_id)
    if data is None:
        raise HTTPException(404, f"no article {article_id}")
    return render(request, "article.html", a=data)


@router.get("/topics", response_class=HTMLResponse)
def topics(request: Request, kind: str | None = None, limit: Limit = 100, offset: Offset = 0) -> HTMLResponse:
    data = reader.entities_page(web_of(request).storyline, limit, offset, kind)
    return render(request, "topics.html", page=data, kind=kind)


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: int) -> HTMLResponse:
    data = reader.entity(web_of(request).storyline, entity_id)
    if data is None:
        raise HTTPException(404, f"no entity {entity_id}")
    return render(request, "entity.html", e=data)


@router.get("/outlets", response_class=HTMLResponse)
def outlets(request: Request) -> HTMLResponse:
    return render(request, "outlets.html", outlets=reader.outlets(web_of(request).storyline))


@router.get("/outlets/{outlet_id}", response_class=HTMLResponse)
def outlet(request: Request, outlet_id: int) -> HTMLResponse:
    data = reader.outlet(web_of(request).storyline, outlet_id)
    if data is None:
        raise HTTPException(404, f"no outlet {outlet_id}")
    return render(request, "outlet.html", o=data)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = "", since: Annotated[str | None, Query(alias="from")] = None,
           until: Annotated[str | None, Query(alias="to")] = None, lang: str | None = None,
           outlet: str | None = None) -> HTMLResponse:
    app = web_of(request).storyline
    result = reader.search(app, q, since, until, lang, outlet, limit=SEARCH_PAGE) if q.strip() else None
    return render(request, "search.html", q=q, result=result, outlets=reader.outlets(app),
                  filters={"from": since or "", "to": until or "", "lang": lang or "", "outlet": outlet or ""})


@router.get("/lang/{locale}")
def switch_language(locale: str, next: str | None = None) -> RedirectResponse:
    if locale not in LOCALES:
        raise HTTPException(404, f"no language {locale}")
    response = RedirectResponse(local_path(next), status_code=303)
    response.set_cookie("lang", locale, max_age=365 * 86400, samesite="lax")
    return response
