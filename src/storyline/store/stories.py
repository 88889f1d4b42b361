"""SQL for stories, their member articles, copy groups and stored per-article signals."""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from .db import inserted_id
from .documents import now
from .schema import article_aliases, article_signals, articles, outlets, stories, story_articles


def new_uid() -> str:
    return "s" + secrets.token_hex(6)


def create_story(conn: sa.Connection, uid: str | None = None) -> int:
    at = now()
    result = conn.execute(stories.insert().values(
        uid=uid or new_uid(), languages=[], first_seen=at, last_updated=at, article_count=0, source_count=0,
        repost_count=0))
    return inserted_id(result)


def assign(conn: sa.Connection, article_id: int, story_id: int, probability: float | None) -> None:
    conn.execute(story_articles.delete().where(story_articles.c.article_id == article_id))
    conn.execute(story_articles.insert().values(article_id=article_id, story_id=story_id,
                                                probability=probability, assigned_at=now()))


def delete_empty_stories(conn: sa.Connection) -> int:
    members = sa.select(story_articles.c.story_id).distinct()
    return int(conn.execute(stories.delete().where(stories.c.id.not_in(members))).rowcount or 0)


def clear_assignments(conn: sa.Connection) -> None:
    conn.execute(story_articles.delete())


def update_story(conn: sa.Connection, story_id: int, **values: Any) -> None:
    conn.execute(stories.update().where(stories.c.id == story_id).values(**values))


def member_rows(conn: sa.Connection, story_ids: Iterable[int]) -> Iterator[sa.Row]:
    """Members with what story records need: outlet, language, dates, copy link, probability."""
    query = (
        sa.select(story_articles.c.story_id, story_articles.c.probability, articles.c.id, articles.c.title,
                  articles.c.language, articles.c.published_at, articles.c.created_at, articles.c.copy_of,
                  articles.c.outlet_id, articles.c.url, articles.c.site_name, articles.c.source,
                  outlets.c.name.label("outlet"))
        .select_from(story_articles.join(articles).outerjoin(outlets, outlets.c.id == articles.c.outlet_id))
        .where(story_articles.c.story_id.in_(list(story_ids)))
        .order_by(story_articles.c.story_id, articles.c.published_at.asc().nulls_last(), articles.c.id))
    yield from conn.execute(query)


def story_of(conn: sa.Connection, article_id: int) -> int | None:
    row = conn.execute(sa.select(story_articles.c.story_id).where(story_articles.c.article_id == article_id)).first()
    return int(row.story_id) if row else None


def unassigned_article_ids(conn: sa.Connection) -> list[int]:
    assigned = sa.select(story_articles.c.article_id)
    query = (sa.select(articles.c.id).where(articles.c.id.not_in(assigned))
             .order_by(articles.c.published_at.asc().nulls_last(), articles.c.id))
    return [int(r.id) for r in conn.execute(query)]


def all_article_ids(conn: sa.Connection) -> list[int]:
    query = sa.select(articles.c.id).order_by(articles.c.published_at.asc().nulls_last(), articles.c.id)
    return [int(r.id) for r in conn.execute(query)]


def list_stories(conn: sa.Connection, since: datetime | None = None, limit: int | None = None,
                 offset: int = 0) -> list[sa.Row]:
    query = sa.select(stories).order_by(stories.c.source_count.desc(), stories.c.end_at.desc().nulls_last(),
                                        stories.c.id)
    if since is not None:
        query = query.where(sa.or_(stories.c.end_at >= since, stories.c.last_updated >= since))
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return list(conn.execute(query))


def get_story(conn: sa.Connection, ref: str) -> sa.Row | None:
    cond = stories.c.id == int(ref) if ref.isdigit() else stories.c.uid == ref
    return conn.execute(sa.select(stories).where(cond)).first()


def story_uids(conn: sa.Connection) -> dict[int, str]:
    return {int(r.id): str(r.uid) for r in conn.execute(sa.select(stories.c.id, stories.c.uid))}


def assignments(conn: sa.Connection) -> dict[int, int]:
    """article id -> story id."""
    return {int(r.article_id): int(r.story_id) for r in conn.execute(sa.select(story_articles))}


def export_rows(conn: sa.Connection) -> Iterator[tuple[sa.Row, list[str]]]:
    """Each story with every external id of its articles (aliases of exact duplicates included)."""
    ids_query = (sa.select(story_articles.c.story_id, article_aliases.c.external_id)
                 .join(article_aliases, article_aliases.c.article_id == story_articles.c.article_id)
                 .order_by(story_articles.c.story_id, article_aliases.c.external_id))
    by_story: dict[int, list[str]] = {}
    for row in conn.execute(ids_query):
        by_story.setdefault(int(row.story_id), []).append(str(row.external_id))
    for story in conn.execute(sa.select(stories).order_by(stories.c.id)):
        yield story, by_story.get(int(story.id), [])


def set_copy(conn: sa.Connection, article_id: int, canonical_id: int | None, similarity: float | None) -> None:
    conn.execute(articles.update().where(articles.c.id == article_id)
                 .values(copy_of=canonical_id, copy_similarity=similarity))


def save_signals(conn: sa.Connection, article_id: int, version: int, embedding: bytes | None,
                 minhash: bytes | None, features: dict[str, Any]) -> None:
    conn.execute(article_signals.delete().where(article_signals.c.article_id == article_id))
    conn.execute(article_signals.insert().values(article_id=article_id, version=version, embedding=embedding,
                                                 minhash=minhash, features=features))


def save_embedding(conn: sa.Connection, article_id: int, embedding: bytes | None) -> None:
    conn.execute(article_signals.update().where(article_signals.c.article_id == article_id)
                 .values(embedding=embedding))


def load_signals(conn: sa.Connection, article_ids: Iterable[int]) -> dict[int, sa.Row]:
    ids = list(article_ids)
    out: dict[int, sa.Row] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for row in conn.execute(sa.select(article_signals).where(article_signals.c.article_id.in_(chunk))):
            out[int(row.article_id)] = row
    return out

