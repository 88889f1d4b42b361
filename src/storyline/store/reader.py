"""Read-only SQL for the reader: rankings, trending, outlets, entities, related stories."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

import sqlalchemy as sa

from .schema import article_entities, articles, entities, outlets, stories, story_articles

# Not a copy. Written as a comparison, not ``copy_of IS NULL``: that is an index lookup on
# ix_articles_copy_of, which SQLite then prefers to the time window and so scans every original.
_ORIGINAL = sa.func.coalesce(articles.c.copy_of, 0) == 0


def newest_published(conn: sa.Connection) -> datetime | None:
    """Publication time of the newest article (the corpus's own "now" when it is old)."""
    return conn.execute(sa.select(sa.func.max(articles.c.published_at))).scalar()


def count_stories(conn: sa.Connection) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(stories)).scalar() or 0)


def recent_stories(conn: sa.Connection, limit: int) -> list[sa.Row]:
    """Stories by latest publication, newest first (candidates for the front page)."""
    query = sa.select(stories).order_by(stories.c.end_at.desc().nulls_last(), stories.c.id.desc()).limit(limit)
    return list(conn.execute(query))


def stories_by_ids(conn: sa.Connection, ids: Iterable[int]) -> dict[int, sa.Row]:
    wanted = list(set(ids))
    if not wanted:
        return {}
    return {int(r.id): r for r in conn.execute(sa.select(stories).where(stories.c.id.in_(wanted)))}


def trending(conn: sa.Connection, since: datetime, until: datetime, limit: int) -> list[tuple[int, int]]:
    """(story id, new independent sources) of the stories that gained the most outlets in the window.

    An outlet is new to a story in the window when its first original article in that story was
    published in it; reposts never count. Articles without an outlet count as their own source.
    """
    active = sa.select(stories.c.id).where(stories.c.end_at >= since)
    source = sa.func.coalesce(articles.c.outlet_id, -articles.c.id)
    first = (sa.select(story_articles.c.story_id, source.label("source"),
                       sa.func.min(articles.c.published_at).label("first"))
             .select_from(story_articles.join(articles))
             .where(story_articles.c.story_id.in_(active), _ORIGINAL, articles.c.published_at <= until)
             .group_by(story_articles.c.story_id, source)).subquery()
    new = sa.func.count().label("new")
    query = (sa.select(first.c.story_id, new).where(first.c.first >= since).group_by(first.c.story_id)
             .order_by(new.desc(), sa.func.max(first.c.first).desc(), first.c.story_id).limit(limit))
    return [(int(r.story_id), int(r.new)) for r in conn.execute(query)]


# -- articles ----------------------------------------------------------------------------------

_ARTICLE_COLS = (articles.c.id, articles.c.title, articles.c.url, articles.c.language, articles.c.published_at,
                 articles.c.copy_of, articles.c.outlet_id, articles.c.site_name, articles.c.source,
                 outlets.c.name.label("outlet"), story_articles.c.story_id, stories.c.uid.label("story_uid"))


def _short_from() -> sa.FromClause:
    return (articles.outerjoin(outlets, outlets.c.id == articles.c.outlet_id).outerjoin(story_articles)
            .outerjoin(stories, stories.c.id == story_articles.c.story_id))


def article_rows(conn: sa.Connection, ids: Iterable[int]) -> dict[int, sa.Row]:
    """Short article rows (no text) with outlet name and story id, by id."""
    wanted = list(ids)
    out: dict[int, sa.Row] = {}
    for start in range(0, len(wanted), 500):
        query = (sa.select(*_ARTICLE_COLS).select_from(_short_from())
                 .where(articles.c.id.in_(wanted[start:start + 500])))
        out.update({int(r.id): r for r in conn.execute(query)})
    return out


def story_ids_of_articles(conn: sa.Connection, ids: Iterable[int]) -> dict[int, int]:
    """{article id: story id} for those of ``ids`` in a story (one index lookup each, no article row)."""
    wanted = list(ids)
    out: dict[int, int] = {}
    for start in range(0, len(wanted), 500):
        query = (sa.select(story_articles.c.article_id, story_articles.c.story_id)
                 .where(story_articles.c.article_id.in_(wanted[start:start + 500])))
        out.update({int(r.article_id): int(r.story_id) for r in conn.execute(query)})
    return out


def list_article_rows(conn: sa.Connection, limit: int, offset: int, outlet_id: int | None = None) -> list[sa.Row]:
    query = (sa.select(*_ARTICLE_COLS).select_from(_short_from())
             .order_by(articles.c.published_at.desc().nulls_last(), articles.c.id.desc()).limit(limit).offset(offset))
    if outlet_id is not None:
        query = query.where(articles.c.outlet_id == outlet_id)
    return list(conn.execute(query))


def count_articles(conn: sa.Connection, outlet_id: int | None = None) -> int:
    query = sa.select(sa.func.count()).select_from(articles)
    if outlet_id is not None:
        query = query.where(articles.c.outlet_id == outlet_id)
    return int(conn.execute(query).scalar() or 0)


def full_article(conn: sa.Connection, article_id: int) -> sa.Row | None:
    query = (sa.select(articles, outlets.c.name.label("outlet"), story_articles.c.story_id,
                       stories.c.uid.label("story_uid"), stories.c.title.label("story_title"))
             .select_from(articles.outerjoin(outlets, outlets.c.id == articles.c.outlet_id)
                          .outerjoin(story_articles).outerjoin(stories, stories.c.id == story_articles.c.story_id))
             .where(articles.c.id == article_id))
    return conn.execute(query).first()


def full_articles(conn: sa.Connection, ids: list[int]) -> list[sa.Row]:
    """Articles with text and HTML (for feeds), in the order given."""
    query = (sa.select(articles, outlets.c.name.label("outlet"))
             .select_from(articles.outerjoin(outlets, outlets.c.id == articles.c.outlet_id))
             .where(articles.c.id.in_(ids)))
    found = {int(r.id): r for r in conn.execute(query)}
    return [found[i] for i in ids if i in found]


def story_article_ids(conn: sa.Connection, story_id: int) -> list[int]:
    query = (sa.select(articles.c.id).join(story_articles).where(story_articles.c.story_id == story_id)
             .order_by(articles.c.published_at.desc().nulls_last(), articles.c.id))
    return [int(r.id) for r in conn.execute(query)]


# -- outlets -----------------------------------------------------------------------------------


def get_outlet(conn: sa.Connection, outlet_id: int) -> sa.Row | None:
    return conn.execute(sa.select(outlets).where(outlets.c.id == outlet_id)).first()


def outlet_stories(conn: sa.Connection, outlet_id: int, limit: int) -> list[sa.Row]:
    """Stories an outlet reported on, latest first, with how many of its articles each holds."""
    mine = sa.func.count(articles.c.id).label("mine")
    query = (sa.select(stories, mine).select_from(stories.join(story_articles).join(articles))
             .where(articles.c.outlet_id == outlet_id).group_by(stories.c.id)
             .order_by(stories.c.end_at.desc().nulls_last(), stories.c.id.desc()).limit(limit))
    return list(conn.execute(query))


def repost_links(conn: sa.Connection, outlet_id: int, direction: str) -> list[sa.Row]:
    """Outlets whose articles this outlet reposts ("from"), or that repost it ("by"), with counts."""
    copy, original = articles.alias("copy"), articles.alias("original")
    mine, other = (copy, original) if direction == "from" else (original, copy)
    n = sa.func.count().label("n")
    query = (sa.select(outlets.c.id, outlets.c.name, n)
             .select_from(copy.join(original, original.c.id == copy.c.copy_of)
                          .join(outlets, outlets.c.id == other.c.outlet_id))
             .where(mine.c.outlet_id == outlet_id, other.c.outlet_id != outlet_id)
             .group_by(outlets.c.id, outlets.c.name).order_by(n.desc(), outlets.c.name))
    return list(conn.execute(query))


# -- entities ----------------------------------------------------------------------------------


def list_entities(conn: sa.Connection, limit: int, offset: int, kind: str | None = None) -> tuple[list[sa.Row], int]:
    query = sa.select(entities).where(entities.c.article_count > 0)
    if kind:
        query = query.where(entities.c.kind == kind)
    total = int(conn.execute(sa.select(sa.func.count()).select_from(query.subquery())).scalar() or 0)
    rows = conn.execute(query.order_by(entities.c.article_count.desc(), entities.c.name).limit(limit).offset(offset))
    return list(rows), total


def get_entity(conn: sa.Connection, entity_id: int) -> sa.Row | None:
    return conn.execute(sa.select(entities).where(entities.c.id == entity_id)).first()


def entity_article_ids(conn: sa.Connection, entity_id: int, limit: int) -> list[int]:
    query = (sa.select(articles.c.id).join(article_entities).where(article_entities.c.entity_id == entity_id)
             .order_by(articles.c.published_at.desc().nulls_last(), articles.c.id.desc()).limit(limit))
    return [int(r.id) for r in conn.execute(query)]


def story_entities(conn: sa.Connection, story_id: int, limit: int = 30) -> list[sa.Row]:
    """Entities named in a story's articles, most articles first."""
    n = sa.func.count().label("articles")
    query = (sa.select(entities.c.id, entities.c.name, entities.c.kind, n)
             .select_from(story_articles.join(article_entities, article_entities.c.article_id
                                              == story_articles.c.article_id).join(entities))
             .where(story_articles.c.story_id == story_id).group_by(entities.c.id, entities.c.name, entities.c.kind)
             .order_by(n.desc(), entities.c.name).limit(limit))
    return list(conn.execute(query))


def related_by_entities(conn: sa.Connection, story_id: int, limit: int) -> list[tuple[int, int]]:
    """(story id, shared entities) of other stories naming the same people, places, organisations."""
    mine = (sa.select(article_entities.c.entity_id).join(story_articles, story_articles.c.article_id
                                                        == article_entities.c.article_id)
            .where(story_articles.c.story_id == story_id))
    shared = sa.func.count(sa.distinct(article_entities.c.entity_id)).label("shared")
    query = (sa.select(story_articles.c.story_id, shared)
             .select_from(article_entities.join(story_articles, story_articles.c.article_id
                                                == article_entities.c.article_id))
             .where(article_entities.c.entity_id.in_(mine), story_articles.c.story_id != story_id)
             .group_by(story_articles.c.story_id).order_by(shared.desc(), story_articles.c.story_id.desc())
             .limit(limit))
    return [(int(r.story_id), int(r.shared)) for r in conn.execute(query)]


def entity_ids_by_key(conn: sa.Connection, keys: Iterable[str]) -> dict[str, int]:
    wanted = list(set(keys))
    if not wanted:
        return {}
    query = sa.select(entities.c.key, entities.c.id).where(entities.c.key.in_(wanted))
    return {str(r.key): int(r.id) for r in conn.execute(query)}
