"""SQL for articles and their external-id aliases."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from ..model import Article, Image
from .db import inserted_id
from .documents import now, utc_naive
from .schema import article_aliases, articles


@dataclasses.dataclass(frozen=True, slots=True)
class Normalised:
    title: str
    text: str
    text_hash: str
    canonical_url: str | None = None


def _values(article: Article, norm: Normalised) -> dict[str, Any]:
    return {
        "external_id": article.external_id, "guid": article.guid, "url": article.url,
        "canonical_url": norm.canonical_url,
        "title": article.title, "text": article.text, "html": article.html, "author": article.author,
        "site_name": article.site_name, "source": article.source,
        "published": article.published.isoformat() if article.published else None,
        "published_at": utc_naive(article.published), "language": article.language,
        "images": [{"src": i.src, "caption": i.caption} for i in article.images],
        "attributions": list(article.attributions), "norm_title": norm.title, "norm_text": norm.text,
        "text_hash": norm.text_hash, "fetched_at": utc_naive(article.fetched_at), "updated_at": now(),
    }


def insert_article(conn: sa.Connection, document_id: int, article: Article, norm: Normalised,
                   outlet_id: int | None = None, source_id: int | None = None) -> int:
    values = _values(article, norm) | {"document_id": document_id, "item_key": article.item_key,
                                       "created_at": now(), "outlet_id": outlet_id, "source_id": source_id}
    return inserted_id(conn.execute(articles.insert().values(**values)))


_KEEP_WHEN_MISSING = ("external_id", "guid", "url", "canonical_url", "author", "site_name", "source",
                      "published", "published_at", "language")


def update_article(conn: sa.Connection, article_id: int, article: Article, norm: Normalised) -> None:
    """New text and title; metadata the new version lacks is kept from the stored one."""
    values = _values(article, norm)
    for key in _KEEP_WHEN_MISSING:
        if values[key] is None:
            values.pop(key)
    conn.execute(articles.update().where(articles.c.id == article_id).values(**values))


def find_by_item(conn: sa.Connection, document_id: int, item_key: str) -> sa.Row | None:
    return conn.execute(sa.select(articles.c.id, articles.c.text_hash, articles.c.title).where(
        articles.c.document_id == document_id, articles.c.item_key == item_key)).first()


def find_by_column(conn: sa.Connection, column: str, value: str) -> sa.Row | None:
    col = articles.c[column]
    query = sa.select(articles.c.id, articles.c.text_hash, articles.c.title).where(col == value)
    return conn.execute(query.order_by(articles.c.id).limit(1)).first()


def add_alias(conn: sa.Connection, external_id: str, article_id: int) -> bool:
    """Keep an external id for an article; False when the id is already taken."""
    taken = conn.execute(sa.select(article_aliases.c.article_id).where(
        article_aliases.c.external_id == external_id)).first()
    if taken:
        return False
    conn.execute(article_aliases.insert().values(external_id=external_id, article_id=article_id))
    return True


def aliases_of(conn: sa.Connection, article_ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {i: [] for i in article_ids}
    query = sa.select(article_aliases.c.article_id, article_aliases.c.external_id).where(
        article_aliases.c.article_id.in_(article_ids)).order_by(article_aliases.c.external_id)
    for row in conn.execute(query):
        out[row.article_id].append(row.external_id)
    return out


def count_articles(conn: sa.Connection) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar() or 0)


def article_ids_of_document(conn: sa.Connection, document_id: int) -> dict[str, int]:
    query = sa.select(articles.c.item_key, articles.c.id).where(articles.c.document_id == document_id)
    return {row.item_key: int(row.id) for row in conn.execute(query)}


def row_to_article(row: sa.Row) -> Article:
    published = datetime.fromisoformat(row.published) if row.published else None
    return Article(
        text=row.text, title=row.title, url=row.url, html=row.html, author=row.author,
        site_name=row.site_name, source=row.source, published=published, language=row.language,
        images=[Image(i["src"], i.get("caption")) for i in row.images or []],
        attributions=list(row.attributions or []), external_id=row.external_id, guid=row.guid,
        item_key=row.item_key,
    )


def list_articles(conn: sa.Connection, limit: int | None = None, offset: int = 0) -> Iterator[sa.Row]:
    query = sa.select(articles).order_by(articles.c.published_at.desc().nulls_last(), articles.c.id)
    if limit is not None:
        query = query.limit(limit).offset(offset)
    yield from conn.execute(query)


def get_article(conn: sa.Connection, article_id: int) -> sa.Row | None:
    return conn.execute(sa.select(articles).where(articles.c.id == article_id)).first()
