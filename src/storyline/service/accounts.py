"""Reader accounts: users with argon2 password hashes, server-side sessions, notes on stories."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ..errors import InputError
from ..store import stories as story_sql
from ..store import users as user_sql
from ..store.documents import now
from . import Storyline

SESSION_DAYS = 14
MAX_NOTE = 5000
_hasher = PasswordHasher()
# Verified against when the user does not exist, so a wrong name takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


@dataclass(frozen=True, slots=True)
class User:
    id: int
    name: str


def add_user(app: Storyline, name: str, password: str) -> User:
    """Create a user, or set a new password for an existing one."""
    name = name.strip()
    if not name or len(name) > 100 or any(c.isspace() for c in name):
        raise InputError("a user name is 1-100 characters without spaces")
    if len(password) < 8:
        raise InputError("a password has at least 8 characters")
    digest = _hasher.hash(password)
    with app.db.write() as conn:
        row = user_sql.get_user_by_name(conn, name)
        if row is not None:
            user_sql.set_password(conn, int(row.id), digest)
            return User(int(row.id), name)
        return User(user_sql.add_user(conn, name, digest), name)


def authenticate(app: Storyline, name: str, password: str) -> User | None:
    with app.db.read() as conn:
        row = user_sql.get_user_by_name(conn, name.strip())
    try:
        _hasher.verify(row.password_hash if row is not None else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if row is None:
        return None
    if _hasher.check_needs_rehash(row.password_hash):
        with app.db.write() as conn:
            user_sql.set_password(conn, int(row.id), _hasher.hash(password))
    return User(int(row.id), str(row.name))


def _session_id(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def start_session(app: Storyline, user: User) -> str:
    """A new session; returns the token for the (signed) cookie. Only its hash is stored."""
    token = secrets.token_urlsafe(32)
    at = now()
    with app.db.write() as conn:
        user_sql.delete_expired_sessions(conn, at)
        user_sql.create_session(conn, _session_id(token), user.id, at + timedelta(days=SESSION_DAYS))
    return token


def session_user(app: Storyline, token: str) -> User | None:
    with app.db.read() as conn:
        row = user_sql.session_user(conn, _session_id(token), now())
    return User(int(row.id), str(row.name)) if row is not None else None


def end_session(app: Storyline, token: str) -> None:
    with app.db.write() as conn:
        user_sql.delete_session(conn, _session_id(token))


def add_note(app: Storyline, user: User, story_ref: str, text: str) -> str:
    """A note on a story; returns the story's uid. Raises InputError for an empty note or no story."""
    text = text.strip()
    if not text or len(text) > MAX_NOTE:
        raise InputError(f"a note has 1-{MAX_NOTE} characters")
    with app.db.write() as conn:
        story = story_sql.get_story(conn, story_ref)
        if story is None:
            raise InputError(f"no story {story_ref!r}")
        user_sql.add_note(conn, str(story.uid), user.id, text)
    return str(story.uid)


def notes(app: Storyline, story_uid: str) -> list[dict[str, Any]]:
    with app.db.read() as conn:
        rows = user_sql.notes_of(conn, story_uid)
    return [_note(r) for r in rows]


def _note(r: sa.Row) -> dict[str, Any]:
    return {"id": int(r.id), "author": r.author, "text": r.text, "created": r.created_at.isoformat() + "Z"}
