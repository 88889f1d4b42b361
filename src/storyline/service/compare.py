"""`storyline story ID --compare` and the story page: load a story's members with their analysis
and line them up (``analyze.compare``).

Comparisons are computed when clustering changes a story (``refresh_comparisons``, after the
articles' analysis is stored) and kept in ``story_comparisons``, so the first view of a story in a
new server process is a read. A stored comparison is current while it was computed for the story's
``last_updated`` by the same ``COMPARISON_VERSION``; otherwise it is computed again (and stored
when the caller may write). In front of the store, a small per-process LRU keyed by the story's
``last_updated`` serves the popular stories the reader asks for over and over.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from ..analyze.claims import claim_from_dict, quote_from_dict
from ..analyze.compare import SourceArticle, compare
from ..analyze.entities import mention_from_dict
from ..store import comparisons as comparison_sql
from ..store import reader as reader_sql
from ..store import stories as story_sql
from ..store.schema import article_analysis, articles
from . import Storyline
from .analysis import analyse
from .stories import story_dict

log = logging.getLogger(__name__)

_BATCH = 25  # stories computed per write transaction when refreshing

# Stored comparisons made by another version are stale. Bump it when ``analyze.compare``'s output, or
# the compare-time code it calls (entity linking, sentence splitting), changes; a change to what is
# stored per article bumps ``service.analysis.ANALYSIS_VERSION`` instead, and clustering then
# analyses those articles again and recomputes their stories.
COMPARISON_VERSION = 2  # 2: claim rows split money/percent/measures by measured subject


def compare_story(app: Storyline, ref: str, store: bool = False) -> dict[str, Any] | None:
    """The comparison of story ``ref`` (its uid, or a unique uid prefix), or None when unknown.

    The stored one when current; otherwise computed, and stored when ``store`` (callers that may
    write: the CLI; the reader only reads).
    """
    with app.db.read() as conn:
        row = story_sql.get_story(conn, ref)
        if row is None:
            return None
        key = (str(row.uid), str(row.last_updated))
        cached: dict[str, Any] | None = app.memo.comparisons.get(key)
        if cached is not None:
            return cached
        result = comparison_sql.current(conn, int(row.id), row.last_updated, COMPARISON_VERSION)
        members = _members(conn, int(row.id)) if result is None else []
    if result is None:
        result = _plain(compare(story_dict(row), members))
        if store:
            with app.db.write() as conn:
                comparison_sql.save(conn, int(row.id), row.last_updated, COMPARISON_VERSION, result)
    app.memo.comparisons.put(key, result)
    return result


def refresh_comparisons(app: Storyline, article_ids: Iterable[int] = ()) -> int:
    """Compute and store the comparison of every story without a current one, and of the stories
    holding ``article_ids`` (articles analysed again); returns how many were stored.

    Runs after clustering, once the articles' analysis is stored. Stories are read, compared and
    written in batches; a story that changes meanwhile is left for the next run.
    """
    with app.db.read() as conn:
        todo = sorted(set(comparison_sql.stale_story_ids(conn, COMPARISON_VERSION))
                      | comparison_sql.story_ids_of(conn, article_ids))
    stored = 0
    for start in range(0, len(todo), _BATCH):
        with app.db.read() as conn:
            rows = reader_sql.stories_by_ids(conn, todo[start:start + _BATCH])
            loaded = [(row, _members(conn, story_id)) for story_id, row in sorted(rows.items())]
        results = []
        for row, members in loaded:
            try:
                results.append((row, _plain(compare(story_dict(row), members))))
            except Exception:  # a bug in one comparison must not stop clustering; the reader retries
                log.exception("cannot compare story %s", row.uid)
        with app.db.write() as conn:
            stored += sum(comparison_sql.save(conn, int(row.id), row.last_updated, COMPARISON_VERSION, data)
                          for row, data in results)
    if todo:
        log.info("stored %d of %d story comparisons", stored, len(todo))
    return stored


def clear_comparisons(app: Storyline) -> int:
    """Forget every stored comparison (``recluster`` rebuilds every story); returns how many."""
    with app.db.write() as conn:
        return comparison_sql.delete_all(conn)


def _plain(result: dict[str, Any]) -> dict[str, Any]:
    """The comparison as JSON gives it back (lists, string keys), so a stored comparison and a fresh
    one are the same dict."""
    plain: dict[str, Any] = json.loads(json.dumps(result, ensure_ascii=False))
    return plain


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
