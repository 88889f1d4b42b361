"""JSON API under /api/v1: the same service calls as the pages, returned as they come."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request

from ..service import reader
from ..service.stories import story_detail
from .app import web_of

router = APIRouter(prefix="/api/v1", tags=["reader"])

Limit = Annotated[int, Query(ge=1, le=reader.MAX_PAGE, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, description="Items to skip.")]
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"description": text, "content": {"application/json": {"example": {
        "error": {"code": name, "message": text}}}}}
    for code, name, text in ((401, "unauthorized", "Login required (web.public_read is false)."),
                             (404, "not_found", "No such item."), (422, "invalid_request", "Bad parameters."))}


def _found(value: dict[str, Any] | None, what: str) -> dict[str, Any]:
    if value is None:
        raise HTTPException(404, f"no {what}")
    return value


@router.get("/stories", responses=ERRORS)
def stories(request: Request, limit: Limit = 20, offset: Offset = 0) -> dict[str, Any]:
    """Stories, most independent sources first: ``{items, total, limit, offset}``."""
    return reader.stories_page(web_of(request).storyline, limit, offset)


@router.get("/stories/{uid}", responses=ERRORS)
def story(request: Request, uid: str) -> dict[str, Any]:
    """A story with its articles (reposts point to their original through ``copy_of``)."""
    return _found(story_detail(web_of(request).storyline, uid), f"story {uid}")


@router.get("/stories/{uid}/compare", responses=ERRORS)
def story_compare(request: Request, uid: str) -> dict[str, Any]:
    """What each source says, lined up: claims, quotes, entities, reposts, timeline, summary; related stories."""
    return _found(reader.story(web_of(request).storyline, uid), f"story {uid}")


@router.get("/trending", responses=ERRORS)
def trending(request: Request, hours: Annotated[int, Query(ge=1, le=720)] = 24,
             limit: Annotated[int, Query(ge=1, le=100)] = 10) -> dict[str, Any]:
    """Stories with the most new independent sources in the last ``hours`` (before the newest article
    when the store holds nothing that recent)."""
    return reader.trending(web_of(request).storyline, hours, limit)


@router.get("/articles", responses=ERRORS)
def articles(request: Request, limit: Limit = 20, offset: Offset = 0,
             outlet: Annotated[int | None, Query(description="Outlet id.")] = None) -> dict[str, Any]:
    """Articles, newest first."""
    return reader.articles_page(web_of(request).storyline, limit, offset, outlet)


@router.get("/articles/{article_id}", responses=ERRORS)
def article(request: Request, article_id: int) -> dict[str, Any]:
    """One article: text, sanitised HTML, images, its story, the original when it is a repost."""
    return _found(reader.article(web_of(request).storyline, article_id), f"article {article_id}")


@router.get("/entities", responses=ERRORS)
def entities(request: Request, limit: Limit = 50, offset: Offset = 0,
             kind: Annotated[str | None, Query(pattern="^(PER|LOC|ORG)$")] = None) -> dict[str, Any]:
    """People, places and organisations, most articles first."""
    return reader.entities_page(web_of(request).storyline, limit, offset, kind)


@router.get("/entities/{entity_id}", responses=ERRORS)
def entity(request: Request, entity_id: int) -> dict[str, Any]:
    return _found(reader.entity(web_of(request).storyline, entity_id), f"entity {entity_id}")


@router.get("/outlets", responses=ERRORS)
def outlets(request: Request) -> dict[str, Any]:
    items = reader.outlets(web_of(request).storyline)
    return {"items": items, "total": len(items)}


@router.get("/outlets/{outlet_id}", responses=ERRORS)
def outlet(request: Request, outlet_id: int) -> dict[str, Any]:
    """An outlet's stories and articles, whom it reposts and who reposts it."""
    return _found(reader.outlet(web_of(request).storyline, outlet_id), f"outlet {outlet_id}")


@router.get("/search", responses=ERRORS)
def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=500)],
           since: Annotated[str | None, Query(alias="from", description="YYYY-MM-DD")] = None,
           until: Annotated[str | None, Query(alias="to", description="YYYY-MM-DD (included)")] = None,
           lang: str | None = None, outlet: Annotated[str | None, Query(description="Id, domain or name.")] = None,
           limit: Annotated[int, Query(ge=1, le=reader.MAX_PAGE)] = 100) -> dict[str, Any]:
    """Articles containing every word of ``q`` (Chinese in either script), grouped by story."""
    return reader.search(web_of(request).storyline, q, since, until, lang, outlet, limit)
