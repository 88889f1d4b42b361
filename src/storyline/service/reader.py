"""The reader's use cases: front page, trending, stories, articles, outlets, entities, search.

The HTML views and the JSON API both call these and render what they return (plain dicts, the
API's JSON shapes), so the two cannot drift apart.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from ..errors import InputError
from ..extract.normalize import normalize_for_matching
from ..extract.sanitize import sanitize_for_display
from ..store import reader as reader_sql
from ..store import search as search_sql
from ..store import stories as story_sql
from ..store.outlets import list_outlets
from . import Storyline
from .compare import compare_story
from .stories import story_dict

WINDOWS = (24, 48)  # trending windows, hours
MAX_PAGE = 200


def iso(value: datetime | None) -> str | None:
    return value.isoformat() + "Z" if value is not None else None


def page(items: list[Any], total: int, limit: int, offset: int) -> dict[str, Any]:
    return {"items": items, "total": total, "limit": limit, "offset": offset}


def check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_PAGE or offset < 0:
        raise InputError(f"limit must be 1..{MAX_PAGE} and offset >= 0")


# -- "now" -------------------------------------------------------------------------------------


def reference_now(conn: sa.Connection, window: timedelta, wall: datetime | None = None) -> tuple[datetime, bool]:
    """The end of a trending window, and whether it is the corpus's newest article.

    Normally the wall clock; when nothing was published inside the window before it (an old
    corpus, like the demo), the publication time of the newest article instead.
    """
    wall = wall or datetime.now(UTC).replace(tzinfo=None)
    newest = reader_sql.newest_published(conn)
    if newest is not None and newest < wall - window:
        return newest, True
    return wall, False


# -- stories -----------------------------------------------------------------------------------


def _score(row: sa.Row, now: datetime) -> float:
    """Independent sources, discounted by age: a day-old story with 4 sources beats a week-old one with 6."""
    end = row.end_at or row.last_updated
    age_days = max((now - end).total_seconds(), 0.0) / 86400
    return float(row.source_count) / (1.0 + age_days) ** 0.8


def top_stories(conn: sa.Connection, now: datetime, limit: int) -> list[dict[str, Any]]:
    candidates = reader_sql.recent_stories(conn, max(limit * 10, 200))
    ranked = sorted(candidates, key=lambda r: (-_score(r, now), -(r.end_at or r.last_updated).timestamp(), r.id))
    return [story_dict(r) for r in ranked[:limit]]




def trending(app: Storyline, hours: int, limit: int = 10) -> dict[str, Any]:
    """Stories with the most new independent sources in the last ``hours`` (kept for 10 s)."""
    if not 1 <= hours <= 24 * 30:
        raise InputError("hours must be 1..720")
    result: dict[str, Any] = app.memo.answers.get(("trending", hours, limit), lambda: _trending(app, hours, limit))
    return result


def _trending(app: Storyline, hours: int, limit: int) -> dict[str, Any]:
    window = timedelta(hours=hours)
    with app.db.read() as conn:
        now, corpus = reference_now(conn, window)
        ranked = reader_sql.trending(conn, now - window, now, limit)
        rows = reader_sql.stories_by_ids(conn, [sid for sid, _ in ranked])
    items = [story_dict(rows[sid]) | {"new_sources": n} for sid, n in ranked if sid in rows]
    return {"hours": hours, "now": iso(now), "relative_to_newest_article": corpus, "items": items}


def home(app: Storyline, limit: int = 20) -> dict[str, Any]:
    """Top stories and the trending lists (kept for 10 s)."""
    result: dict[str, Any] = app.memo.answers.get(("home", limit), lambda: _home(app, limit))
    return result


def _home(app: Storyline, limit: int) -> dict[str, Any]:
    with app.db.read() as conn:
        now, corpus = reference_now(conn, timedelta(hours=max(WINDOWS)))
        top = top_stories(conn, now, limit)
    return {"now": iso(now), "relative_to_newest_article": corpus, "top": top,
            "trending": [trending(app, hours) for hours in WINDOWS]}


def stories_page(app: Storyline, limit: int = 20, offset: int = 0) -> dict[str, Any]:
    check_page(limit, offset)
    with app.db.read() as conn:
        rows = story_sql.list_stories(conn, None, limit, offset)
        total = reader_sql.count_stories(conn)
    return page([story_dict(r) for r in rows], total, limit, offset)


def compare(app: Storyline, ref: str) -> dict[str, Any] | None:
    """The comparison of a story's sources (``service.compare``)."""
    return compare_story(app, ref)


def story(app: Storyline, ref: str, related: int = 6) -> dict[str, Any] | None:
    """The comparison plus related stories and links for the entities it names (kept for 30 s: the
    comparison itself is cached until the story changes; related stories may lag by that much)."""
    result: dict[str, Any] | None = app.memo.stories.get(("story", ref, related),
                                                  lambda: _story(app, ref, related))
    return result


def _story(app: Storyline, ref: str, related: int) -> dict[str, Any] | None:
    data = compare(app, ref)
    if data is None:
        return None
    out = dict(data)
    with app.db.read() as conn:
        row = story_sql.get_story(conn, ref)
        if row is None:
            return None
        out["related"] = related_stories(conn, row, related)
        ids = reader_sql.entity_ids_by_key(conn, [e["key"] for e in data.get("entities", []) if e.get("key")])
        if not data.get("entities"):
            out["entities"] = [{"key": None, "name": e.name, "kind": e.kind, "forms": [], "count": e.articles,
                                "sources": [], "id": e.id} for e in reader_sql.story_entities(conn, int(row.id))]
        else:
            out["entities"] = [dict(e) | {"id": ids.get(e.get("key") or "")} for e in data["entities"]]
    return out


def related_stories(conn: sa.Connection, row: sa.Row, limit: int) -> list[dict[str, Any]]:
    """Stories naming the same entities first, then stories sharing words of the headline."""
    story_id = int(row.id)
    scores: dict[int, float] = {}
    for sid, shared in reader_sql.related_by_entities(conn, story_id, limit * 2):
        scores[sid] = 100.0 + shared
    tokens = search_sql.query_tokens(normalize_for_matching(row.title or ""))
    tokens = [t for t in tokens if not t.prefix and (len(t.text) > 3 or not t.text.isascii())]
    if tokens and len(scores) < limit:
        hits = search_sql.search_articles(conn, tokens, limit=60, any_token=True)
        story_of = reader_sql.story_ids_of_articles(conn, [i for i, _ in hits])
        for article_id, score in hits:
            other = story_of.get(article_id)
            if other is not None and other != story_id:
                scores[other] = max(scores.get(other, 0.0), score)
    best = sorted(scores, key=lambda s: (-scores[s], -s))[:limit]
    found = reader_sql.stories_by_ids(conn, best)
    return [story_dict(found[s]) for s in best if s in found]


# -- articles ----------------------------------------------------------------------------------


def article_summary(r: sa.Row) -> dict[str, Any]:
    return {"id": int(r.id), "title": r.title, "url": r.url, "outlet": r.outlet or r.site_name or r.source,
            "outlet_id": r.outlet_id, "language": r.language, "published": iso(r.published_at),
            "copy_of": r.copy_of, "story": r.story_uid}


def article(app: Storyline, article_id: int) -> dict[str, Any] | None:
    """One article for reading: sanitised HTML (again), text, images with captions, story, original."""
    with app.db.read() as conn:
        r = reader_sql.full_article(conn, article_id)
        if r is None:
            return None
        original = reader_sql.article_rows(conn, [int(r.copy_of)]).get(int(r.copy_of)) if r.copy_of else None
    html = sanitize_for_display(r.html) if r.html else None
    images = [{"src": i["src"], "caption": i.get("caption")} for i in r.images or []
              if str(i.get("src") or "").startswith(("https://", "http://")) and (not html or i["src"] not in html)]
    captions = [i.get("caption") for i in r.images or [] if i.get("caption") and not i.get("src")]
    return {
        "id": int(r.id), "title": r.title, "url": r.url, "author": r.author,
        "outlet": r.outlet or r.site_name or r.source, "outlet_id": r.outlet_id, "language": r.language,
        "published": r.published, "published_utc": iso(r.published_at), "text": r.text, "html": html,
        "images": images, "captions": captions, "attributions": list(r.attributions or []),
        "story": {"id": r.story_uid, "title": r.story_title} if r.story_uid else None,
        "copy_of": article_summary(original) if original is not None else None,
    }


def articles_page(app: Storyline, limit: int = 20, offset: int = 0, outlet_id: int | None = None) -> dict[str, Any]:
    check_page(limit, offset)
    with app.db.read() as conn:
        rows = reader_sql.list_article_rows(conn, limit, offset, outlet_id)
        total = reader_sql.count_articles(conn, outlet_id)
    return page([article_summary(r) for r in rows], total, limit, offset)


def feed_articles(app: Storyline, ids: list[int]) -> list[dict[str, Any]]:
    """Articles with their full text and sanitised HTML, for feeds."""
    with app.db.read() as conn:
        rows = reader_sql.full_articles(conn, ids)
    return [{"id": int(r.id), "title": r.title, "url": r.url, "author": r.author,
             "outlet": r.outlet or r.site_name or r.source, "language": r.language,
             "published": r.published_at, "updated": r.updated_at, "text": r.text,
             "html": sanitize_for_display(r.html) if r.html else None} for r in rows]


def story_article_ids(app: Storyline, ref: str) -> tuple[dict[str, Any], list[int]] | None:
    with app.db.read() as conn:
        row = story_sql.get_story(conn, ref)
        if row is None:
            return None
        return story_dict(row), reader_sql.story_article_ids(conn, int(row.id))


# -- outlets -----------------------------------------------------------------------------------


def outlets(app: Storyline) -> list[dict[str, Any]]:
    """Every outlet with its article count (kept for 10 s: the search form lists them on every page)."""
    result: list[dict[str, Any]] = app.memo.answers.get(("outlets",), lambda: _outlets(app))
    return result


def _outlets(app: Storyline) -> list[dict[str, Any]]:
    with app.db.read() as conn:
        rows = list_outlets(conn)
    return [{"id": int(r.id), "name": r.name, "domain": r.domain, "articles": int(r.articles)} for r in rows]


def outlet(app: Storyline, outlet_id: int, limit: int = 30) -> dict[str, Any] | None:
    """An outlet's stories and articles, whom it reposts and who reposts it (``articles.copy_of``)."""
    with app.db.read() as conn:
        row = reader_sql.get_outlet(conn, outlet_id)
        if row is None:
            return None
        story_rows = reader_sql.outlet_stories(conn, outlet_id, limit)
        arts = reader_sql.list_article_rows(conn, limit, 0, outlet_id)
        total = reader_sql.count_articles(conn, outlet_id)
        links = {d: reader_sql.repost_links(conn, outlet_id, d) for d in ("from", "by")}
    return {
        "outlet": {"id": int(row.id), "name": row.name, "domain": row.domain, "articles": total},
        "stories": [story_dict(r) | {"articles_here": int(r.mine)} for r in story_rows],
        "articles": [article_summary(r) for r in arts],
        "reposts_from": [{"id": int(r.id), "name": r.name, "count": int(r.n)} for r in links["from"]],
        "reposted_by": [{"id": int(r.id), "name": r.name, "count": int(r.n)} for r in links["by"]],
    }


# -- entities ----------------------------------------------------------------------------------


def _entity(r: sa.Row) -> dict[str, Any]:
    return {"id": int(r.id), "key": r.key, "name": r.name, "kind": r.kind, "articles": int(r.article_count)}


def entities_page(app: Storyline, limit: int = 50, offset: int = 0, kind: str | None = None) -> dict[str, Any]:
    check_page(limit, offset)
    with app.db.read() as conn:
        rows, total = reader_sql.list_entities(conn, limit, offset, kind)
    return page([_entity(r) for r in rows], total, limit, offset)


def entity(app: Storyline, entity_id: int, limit: int = 50) -> dict[str, Any] | None:
    """A person, place or organisation: the stories and articles that name it."""
    with app.db.read() as conn:
        row = reader_sql.get_entity(conn, entity_id)
        if row is None:
            return None
        ids = reader_sql.entity_article_ids(conn, entity_id, limit)
        rows = reader_sql.article_rows(conn, ids)
        story_ids = list(dict.fromkeys(int(rows[i].story_id) for i in ids if i in rows and rows[i].story_id))
        found = reader_sql.stories_by_ids(conn, story_ids)
    return {"entity": _entity(row), "stories": [story_dict(found[s]) for s in story_ids if s in found],
            "articles": [article_summary(rows[i]) for i in ids if i in rows]}


# -- search ------------------------------------------------------------------------------------


def _day(value: str | None, name: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise InputError(f"{name}: not a date (YYYY-MM-DD): {value!r}") from exc
    return parsed.astimezone(UTC).replace(tzinfo=None) if parsed.tzinfo else parsed


def search_filters(conn: sa.Connection, since: str | None, until: str | None, lang: str | None,
                   outlet_ref: str | None) -> search_sql.Filters | None:
    """The filters of a search; None when the outlet asked for does not exist (nothing can match)."""
    end = _day(until, "to")
    if end is not None and until and len(until) <= 10:
        end += timedelta(days=1)  # a day given as "to" is included
    outlet_id = None
    if outlet_ref:
        outlet_id = search_sql.outlet_id_of(conn, outlet_ref)
        if outlet_id is None:
            return None
    return search_sql.Filters(_day(since, "from"), end, (lang or "").strip() or None, outlet_id)


def search(app: Storyline, q: str, since: str | None = None, until: str | None = None, lang: str | None = None,
           outlet_ref: str | None = None, limit: int = 100) -> dict[str, Any]:
    """Articles matching every word of ``q`` (zh-Hant and zh-Hans alike), grouped by story."""
    check_page(limit, 0)
    tokens = search_sql.query_tokens(normalize_for_matching(q or ""))
    query = {"q": q, "from": since, "to": until, "lang": lang, "outlet": outlet_ref}
    with app.db.read() as conn:
        filters = search_filters(conn, since, until, lang, outlet_ref)
        hits = search_sql.search_articles(conn, tokens, filters, limit) if filters is not None else []
        rows = reader_sql.article_rows(conn, [i for i, _ in hits])
        story_rows = reader_sql.stories_by_ids(conn, [r.story_id for r in rows.values() if r.story_id is not None])
    groups: dict[int | None, dict[str, Any]] = {}
    for article_id, score in hits:
        r = rows.get(article_id)
        if r is None:
            continue
        sid = int(r.story_id) if r.story_id is not None else None
        if sid not in groups:
            groups[sid] = {"story": story_dict(story_rows[sid]) if sid in story_rows else None, "articles": []}
        groups[sid]["articles"].append(article_summary(r) | {"score": round(score, 4)})
    return {"query": query, "articles": sum(len(g["articles"]) for g in groups.values()),
            "groups": list(groups.values())}
