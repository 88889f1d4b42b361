"""SQL for outlets: the publishers (DW, a portal, a wire) that sources and articles point to."""

from __future__ import annotations

import sqlalchemy as sa

from .db import inserted_id
from .documents import now
from .schema import articles, outlets


def get_or_create_outlet(conn: sa.Connection, key: str, name: str, domain: str | None) -> int:
    found = conn.execute(sa.select(outlets.c.id).where(outlets.c.key == key)).first()
    if found:
        return int(found.id)
    result = conn.execute(outlets.insert().values(key=key, name=name, domain=domain, created_at=now()))
    return inserted_id(result)


def list_outlets(conn: sa.Connection) -> list[sa.Row]:
    count = sa.func.count(articles.c.id).label("articles")
    query = (sa.select(outlets, count).select_from(outlets.outerjoin(articles))
             .group_by(outlets.c.id).order_by(count.desc(), outlets.c.name))
    return list(conn.execute(query))
