"""Feeds out: Atom and RSS 2.0 (feedgen) and JSON Feed 1.1, with the full text in every entry.

/feeds/top.{atom,rss,json}, /feeds/stories/{uid}.{fmt}, /feeds/entities/{id}.{fmt} and the
saved search /feeds/search.{fmt}?q=...
"""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse, Response
from feedgen.feed import FeedGenerator

from ..service import reader
from .app import web_of

router = APIRouter(prefix="/feeds", include_in_schema=False)
MEDIA = {"atom": "application/atom+xml; charset=utf-8", "rss": "application/rss+xml; charset=utf-8",
         "json": "application/feed+json; charset=utf-8"}
TOP = 30
ENTRIES = 50


def _aware(value: datetime | None) -> datetime:
    if value is None:
        return datetime(1970, 1, 1, tzinfo=UTC)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _content(entry: dict[str, Any]) -> str:
    if entry.get("html"):
        return str(entry["html"])
    return "".join(f"<p>{escape(p)}</p>" for p in str(entry.get("text") or "").split("\n\n") if p.strip())


def _entry_for_article(base: str, a: dict[str, Any]) -> dict[str, Any]:
    return {"id": f"{base}articles/{a['id']}", "url": a.get("url") or f"{base}articles/{a['id']}",
            "title": a.get("title") or "", "html": _content(a), "text": a.get("text") or "",
            "published": _aware(a.get("published")), "updated": _aware(a.get("updated") or a.get("published")),
            "author": a.get("outlet") or a.get("author"), "language": a.get("language")}


def _render(fmt: str, meta: dict[str, str], entries: list[dict[str, Any]]) -> Response:
    if fmt == "json":
        return JSONResponse(_json_feed(meta, entries), media_type=MEDIA["json"])
    fg = FeedGenerator()
    fg.id(meta["self"])
    fg.title(meta["title"])
    fg.link(href=meta["home"], rel="alternate")
    fg.link(href=meta["self"], rel="self")
    fg.description(meta["title"])
    fg.updated(max((e["updated"] for e in entries), default=datetime.now(UTC)))
    for e in reversed(entries):  # feedgen prepends: newest ends up first
        fe = fg.add_entry()
        fe.id(e["id"])
        fe.title(e["title"])
        fe.link(href=e["url"])
        fe.published(e["published"])
        fe.updated(e["updated"])
        if e.get("author"):
            fe.author({"name": e["author"]})
        fe.content(e["html"], type="html" if fmt == "atom" else "CDATA")
        fe.description(e["text"][:300] or e["title"])
    body = fg.atom_str(pretty=True) if fmt == "atom" else fg.rss_str(pretty=True)
    return Response(body, media_type=MEDIA[fmt])


def _json_feed(meta: dict[str, str], entries: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "version": "https://jsonfeed.org/version/1.1", "title": meta["title"], "home_page_url": meta["home"],
        "feed_url": meta["self"],
        "items": [{"id": e["id"], "url": e["url"], "title": e["title"], "content_html": e["html"],
                   "content_text": e["text"], "date_published": e["published"].isoformat(),
                   "date_modified": e["updated"].isoformat(), "language": e.get("language"),
                   **({"authors": [{"name": e["author"]}]} if e.get("author") else {})} for e in entries],
    }


def _format(fmt: str) -> str:
    if fmt not in MEDIA:
        raise HTTPException(404, f"no feed format {fmt!r} (atom, rss, json)")
    return fmt


def _articles(request: Request, ids: list[int]) -> list[dict[str, Any]]:
    base = str(request.base_url)
    rows = reader.feed_articles(web_of(request).storyline, ids[:ENTRIES])
    return [_entry_for_article(base, a) for a in rows]


@router.get("/top.{fmt}")
def top(request: Request, fmt: str) -> Response:
    """Top stories: one entry per story, its sources listed, then the full text of its first report."""
    app, base = web_of(request).storyline, str(request.base_url)
    home = reader.home(app, TOP)
    entries = []
    for s in home["top"]:
        found = reader.story_article_ids(app, s["id"])
        arts = reader.feed_articles(app, found[1][-1:]) if found else []
        sources = "".join(f'<li><a href="{base}articles/{a}">{base}articles/{a}</a></li>' for a in found[1][:20]) \
            if found else ""
        entry = _entry_for_article(base, arts[0]) if arts else {"html": "", "text": "", "author": None,
                                                                "language": s["language"]}
        entry |= {"id": f"{base}stories/{s['id']}", "url": f"{base}stories/{s['id']}", "title": s["title"] or "",
                  "html": f"<ul>{sources}</ul>{entry['html']}",
                  "updated": _aware(reader_time(s["last_updated"])), "published": _aware(reader_time(s["end"]))}
        entries.append(entry)
    meta = {"title": "Storyline: top stories", "home": base, "self": f"{base}feeds/top.{_format(fmt)}"}
    return _render(fmt, meta, entries)


def reader_time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


@router.get("/stories/{uid}.{fmt}")
def story(request: Request, uid: str, fmt: str) -> Response:
    found = reader.story_article_ids(web_of(request).storyline, uid)
    if found is None:
        raise HTTPException(404, f"no story {uid}")
    story_, ids = found
    base = str(request.base_url)
    meta = {"title": f"Storyline: {story_['title'] or uid}", "home": f"{base}stories/{story_['id']}",
            "self": f"{base}feeds/stories/{story_['id']}.{_format(fmt)}"}
    return _render(fmt, meta, _articles(request, ids))


@router.get("/entities/{entity_id}.{fmt}")
def entity(request: Request, entity_id: int, fmt: str) -> Response:
    found = reader.entity(web_of(request).storyline, entity_id, limit=ENTRIES)
    if found is None:
        raise HTTPException(404, f"no entity {entity_id}")
    base = str(request.base_url)
    meta = {"title": f"Storyline: {found['entity']['name']}", "home": f"{base}entities/{entity_id}",
            "self": f"{base}feeds/entities/{entity_id}.{_format(fmt)}"}
    return _render(fmt, meta, _articles(request, [a["id"] for a in found["articles"]]))


@router.get("/search.{fmt}")
def search(request: Request, fmt: str, q: str, lang: str | None = None, outlet: str | None = None) -> Response:
    """A saved search: the newest articles matching every word of ``q``."""
    _format(fmt)
    if not q.strip():
        raise HTTPException(422, "q: a search needs words")
    result = reader.search(web_of(request).storyline, q, lang=lang, outlet_ref=outlet, limit=reader.MAX_PAGE)
    hits = [a for g in result["groups"] for a in g["articles"]]
    hits.sort(key=lambda a: (a["published"] or "", a["id"]), reverse=True)
    base = str(request.base_url)
    query = urlencode({"q": q})
    meta = {"title": f"Storyline: {q}", "home": f"{base}search?{query}", "self": f"{base}feeds/search.{fmt}?{query}"}
    return _render(fmt, meta, _articles(request, [a["id"] for a in hits]))
