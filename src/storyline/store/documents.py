"""SQL for raw documents and where they came from."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import sqlalchemy as sa

from ..model import RawDocument
from .db import inserted_id
from .schema import document_origins, documents


def utc_naive(value: datetime | None) -> datetime | None:
    """Stored datetimes are UTC without tzinfo (portable across SQLite and PostgreSQL)."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.replace(tzinfo=None)


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def find_document(conn: sa.Connection, sha256: str) -> sa.Row | None:
    query = sa.select(documents.c.id, documents.c.status, documents.c.item_count).where(documents.c.sha256 == sha256)
    return conn.execute(query).first()


def insert_document(conn: sa.Connection, doc: RawDocument, fmt: str | None, status: str,
                    source_id: int | None = None, meta: dict[str, object] | None = None) -> int:
    result = conn.execute(documents.insert().values(
        sha256=doc.sha256, origin=doc.origin, format=fmt, content_type=doc.content_type,
        size=len(doc.data), data=doc.data, fetched_at=utc_naive(doc.fetched_at),
        imported_at=now(), status=status, source_id=source_id, meta=meta,
    ))
    doc_id = inserted_id(result)
    add_origin(conn, doc_id, doc.origin)
    return doc_id


def add_origin(conn: sa.Connection, document_id: int, origin: str) -> bool:
    """Record that ``origin`` gave this document; False if it was already known."""
    exists = conn.execute(sa.select(document_origins.c.document_id).where(
        document_origins.c.document_id == document_id, document_origins.c.origin == origin)).first()
    if exists:
        return False
    conn.execute(document_origins.insert().values(document_id=document_id, origin=origin, seen_at=now()))
    return True


def set_status(conn: sa.Connection, document_id: int, status: str, fmt: str | None = None,
               error: str | None = None, items: int | None = None) -> None:
    values: dict[str, object] = {"status": status, "error": error, "item_count": items}
    if fmt is not None:
        values["format"] = fmt
    conn.execute(documents.update().where(documents.c.id == document_id).values(**values))


def load_document(conn: sa.Connection, document_id: int) -> tuple[RawDocument, int | None, dict[str, object]]:
    """The raw document, the source it was fetched for, and the feed-entry hints kept with it."""
    row = conn.execute(sa.select(documents).where(documents.c.id == document_id)).one()
    fetched = row.fetched_at.replace(tzinfo=UTC) if row.fetched_at else None
    raw = RawDocument(bytes(row.data), row.origin, fetched, row.content_type)
    return raw, row.source_id, dict(row.meta or {})


def document_ids(conn: sa.Connection, status: str | None = None) -> Iterator[int]:
    query = sa.select(documents.c.id).order_by(documents.c.id)
    if status:
        query = query.where(documents.c.status == status)
    for row in conn.execute(query):
        yield int(row.id)


def count_documents(conn: sa.Connection) -> dict[str, int]:
    query = sa.select(documents.c.status, sa.func.count()).group_by(documents.c.status)
    return {str(status): int(n) for status, n in conn.execute(query)}


def origin_known(conn: sa.Connection, origin: str) -> bool:
    query = sa.select(document_origins.c.document_id).where(document_origins.c.origin == origin).limit(1)
    return conn.execute(query).first() is not None
