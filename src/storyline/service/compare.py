"""`storyline story ID --compare` and the story page: load a story's members with their analysis
and line them up (``analyze.compare``).

Comparisons are cached per process, keyed by the story's ``last_updated``: a story changes only
when clustering touches it, and the reader asks for the same popular stories over and over.
"""

from __future__ import annotations

from collections import OrderedDict
from threading import Lock
from typing import Any

import sqlalchemy as sa

from ..analyze.claims import claim_from_dict, quote_from_dict
from ..analyze.compare import SourceArticle, compare
from ..analyze.entities import mention_from_dict
from ..store import stories as story_sql
from ..store.schema import article_analysis, articles
from . import Storyline
from .analysis import analyse
from .stories import story_dict

_CACHE_SIZE = 256
_cache: OrderedDict[tuple[int, str, str], dict[str, Any]] = OrderedDict()
_cache_lock = Lock()


def compare_story(app: Storyline, ref: str) -> dict[str, Any] | None:
    """The comparison of story ``ref`` (its uid, or a unique uid prefix), or None when unknown."""
    with app.db.read() as conn:
        row = story_sql.get_story(conn, ref)
        if row is None:
            return None
        key = (id(app), str(row.uid), str(row.last_updated))
        with _cache_lock:
            if key in _cache:
                _cache.move_to_end(key)
                return _cache[key]
        members = _members(conn, int(row.id))
    result = compare(story_dict(row), members)
    with _cache_lock:
        _cache[key] = result
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return result


def _members(conn: sa.Connection, story_id: int) -> list[SourceArticle]:
    rows = list(story_sql.member_rows(conn, [story_id]))
    ids = [int(r.id) for r in rows]
    extra = {int(r.id): r for r in conn.execute(
        sa.select(articles.c.id, articles.c.text, articles.c.attributions, articles.c.copy_similarity)
        .where(articles.c.id.in_(ids)))}
    stored = {int(r.article_id): r for r in conn.execute(
        sa.select(article_analysis).where(article_analysis.c.article_id.in_(ids)))}
    out = []
    for r in rows:
        e = extra[int(r.id)]
        member = SourceArticle(
            id=int(r.id), outlet=r.outlet or r.site_name or r.source or f"article {r.id}", title=r.title,
            url=r.url, language=r.language, published=r.published_at, text=e.text, copy_of=r.copy_of,
            similarity=e.copy_similarity, credits=list(e.attributions or []))
        a = stored.get(int(r.id))
        if a is None:  # not analysed yet (an import still running): analyse on the fly, store nothing
            fresh = analyse(r.title, e.text, r.language)
            entities, claims, quotes = fresh.entities, fresh.claims, fresh.quotes
        else:
            entities, claims, quotes = a.entities, a.claims, a.quotes
        member.mentions = [mention_from_dict(d) for d in entities]
        member.claims = [claim_from_dict(d) for d in claims]
        member.quotes = [quote_from_dict(d) for d in quotes]
        out.append(member)
    return out
