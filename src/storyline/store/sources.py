"""SQL for sources: the feeds Storyline polls, with their conditional-GET state and health."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa

from .db import inserted_id
from .documents import now
from .schema import articles, outlets, sources

DEFAULT_INTERVAL = 1800


def add_source(conn: sa.Connection, url: str, outlet_id: int | None, title: str | None = None,
               interval: int = DEFAULT_INTERVAL) -> tuple[int, bool]:
    """(id, created). An existing source with the same URL is returned as it is."""
    found = conn.execute(sa.select(sources.c.id).where(sources.c.url == url)).first()
    if found:
        return int(found.id), False
    result = conn.execute(sources.insert().values(
        url=url, outlet_id=outlet_id, title=title, status="active", poll_interval=interval,
        next_poll_at=now(), error_count=0, polls=0, conditional_hits=0, created_at=now()))
    return inserted_id(result), True


def get_source(conn: sa.Connection, ref: str) -> sa.Row | None:
    """By id or by URL."""
    cond = sources.c.id == int(ref) if ref.isdigit() else sources.c.url == ref
    return conn.execute(sa.select(sources).where(cond)).first()


def list_sources(conn: sa.Connection) -> list[sa.Row]:
    count = sa.select(sa.func.count()).where(articles.c.source_id == sources.c.id).scalar_subquery()
    query = (sa.select(sources, outlets.c.name.label("outlet"), count.label("articles"))
             .select_from(sources.outerjoin(outlets)).order_by(sources.c.id))
    return list(conn.execute(query))


def due_sources(conn: sa.Connection, at: datetime, limit: int | None = None) -> list[sa.Row]:
    query = (sa.select(sources).where(sources.c.status == "active", sources.c.next_poll_at <= at)
             .order_by(sources.c.next_poll_at, sources.c.id))
    if limit:
        query = query.limit(limit)
    return list(conn.execute(query))


def update_source(conn: sa.Connection, source_id: int, **values: Any) -> None:
    conn.execute(sources.update().where(sources.c.id == source_id).values(**values))


def record_success(conn: sa.Connection, source_id: int, *, interval: int, not_modified: bool,
                   etag: str | None, last_modified: str | None, title: str | None = None) -> None:
    at = now()
    values: dict[str, Any] = {
        "poll_interval": interval, "next_poll_at": at + timedelta(seconds=interval), "last_polled_at": at,
        "last_success_at": at, "error_count": 0, "polls": sources.c.polls + 1,
        "conditional_hits": sources.c.conditional_hits + (1 if not_modified else 0),
    }
    if not not_modified:
        values |= {"etag": etag, "last_modified": last_modified}
    if title:
        values["title"] = title
    update_source(conn, source_id, **values)


def record_failure(conn: sa.Connection, source_id: int, error: str, delay: int,
                   disable: bool = False) -> None:
    at = now()
    values: dict[str, Any] = {
        "last_error": error, "last_error_at": at, "last_polled_at": at, "polls": sources.c.polls + 1,
        "error_count": sources.c.error_count + 1, "next_poll_at": at + timedelta(seconds=delay),
    }
    if disable:
        values["status"] = "disabled"
    update_source(conn, source_id, **values)


def remove_source(conn: sa.Connection, source_id: int) -> None:
    conn.execute(sources.delete().where(sources.c.id == source_id))


def seconds_until_next_poll(conn: sa.Connection, at: datetime) -> float:
    """Seconds until the earliest active source is due (0 if one is due; an hour if none)."""
    query = sa.select(sa.func.min(sources.c.next_poll_at)).where(sources.c.status == "active")
    earliest = conn.execute(query).scalar()
    if earliest is None:
        return 3600.0
    return max((earliest - at).total_seconds(), 0.0)
