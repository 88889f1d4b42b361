"""SQL for stored story comparisons (``story_comparisons``): read, save, find the stale ones."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from .documents import now
from .schema import stories, story_articles, story_comparisons


def current(conn: sa.Connection, story_id: int, computed_for: datetime, version: int) -> dict[str, Any] | None:
    """The stored comparison of a story when it was computed for ``computed_for`` by ``version``."""
    row = conn.execute(sa.select(story_comparisons.c.data).where(
        story_comparisons.c.story_id == story_id, story_comparisons.c.computed_for == computed_for,
        story_comparisons.c.version == version)).first()
    return dict(row.data) if row is not None else None


def save(conn: sa.Connection, story_id: int, computed_for: datetime, version: int, data: dict[str, Any]) -> bool:
    """Store a comparison unless the story changed (or went) since it was computed; True when stored."""
    changed = conn.execute(sa.select(stories.c.last_updated).where(stories.c.id == story_id)).scalar()
    if changed != computed_for:
        return False
    conn.execute(story_comparisons.delete().where(story_comparisons.c.story_id == story_id))
    conn.execute(story_comparisons.insert().values(story_id=story_id, computed_for=computed_for, version=version,
                                                   data=data, computed_at=now()))
    return True


def stale_story_ids(conn: sa.Connection, version: int) -> list[int]:
    """Stories without a current comparison: none stored, computed by another version, or the story
    changed since."""
    joined = stories.outerjoin(story_comparisons, story_comparisons.c.story_id == stories.c.id)
    query = (sa.select(stories.c.id).select_from(joined)
             .where(sa.or_(story_comparisons.c.story_id.is_(None), story_comparisons.c.version != version,
                           story_comparisons.c.computed_for != stories.c.last_updated))
             .order_by(stories.c.id))
    return [int(r.id) for r in conn.execute(query)]


def story_ids_of(conn: sa.Connection, article_ids: Iterable[int]) -> set[int]:
    """The stories holding the given articles."""
    ids = list(article_ids)
    out: set[int] = set()
    for start in range(0, len(ids), 500):
        query = (sa.select(story_articles.c.story_id).distinct()
                 .where(story_articles.c.article_id.in_(ids[start:start + 500])))
        out.update(int(r.story_id) for r in conn.execute(query))
    return out


def delete_all(conn: sa.Connection) -> int:
    return int(conn.execute(story_comparisons.delete()).rowcount or 0)


def count(conn: sa.Connection) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(story_comparisons)).scalar() or 0)
