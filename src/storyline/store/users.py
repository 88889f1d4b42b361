"""SQL for reader accounts: users, their sessions and the notes they leave on stories."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from .db import inserted_id
from .documents import now
from .schema import sessions, story_notes, users


def add_user(conn: sa.Connection, name: str, password_hash: str) -> int:
    return inserted_id(conn.execute(users.insert().values(name=name, password_hash=password_hash,
                                                          created_at=now())))


def set_password(conn: sa.Connection, user_id: int, password_hash: str) -> None:
    conn.execute(users.update().where(users.c.id == user_id).values(password_hash=password_hash))


def get_user_by_name(conn: sa.Connection, name: str) -> sa.Row | None:
    return conn.execute(sa.select(users).where(users.c.name == name)).first()


def create_session(conn: sa.Connection, session_id: str, user_id: int, expires_at: datetime) -> None:
    conn.execute(sessions.insert().values(id=session_id, user_id=user_id, created_at=now(), expires_at=expires_at))


def session_user(conn: sa.Connection, session_id: str, at: datetime) -> sa.Row | None:
    """The user of a live session (id, name), or None."""
    query = (sa.select(users.c.id, users.c.name).join(sessions)
             .where(sessions.c.id == session_id, sessions.c.expires_at > at))
    return conn.execute(query).first()


def delete_session(conn: sa.Connection, session_id: str) -> None:
    conn.execute(sessions.delete().where(sessions.c.id == session_id))


def delete_expired_sessions(conn: sa.Connection, at: datetime) -> None:
    conn.execute(sessions.delete().where(sessions.c.expires_at <= at))


def add_note(conn: sa.Connection, story_uid: str, user_id: int, text: str) -> int:
    return inserted_id(conn.execute(story_notes.insert().values(story_uid=story_uid, user_id=user_id, text=text,
                                                                created_at=now())))


def notes_of(conn: sa.Connection, story_uid: str) -> list[sa.Row]:
    query = (sa.select(story_notes.c.id, story_notes.c.text, story_notes.c.created_at, users.c.name.label("author"))
             .join(users).where(story_notes.c.story_uid == story_uid).order_by(story_notes.c.created_at,
                                                                                story_notes.c.id))
    return list(conn.execute(query))
