"""Engine set-up: SQLite (WAL, one writer at a time) by default, PostgreSQL when configured."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import make_url

from ..errors import StoreError
from .migrations import migrate

_BUSY_TIMEOUT_MS = 30_000


class Database:
    """One engine per process. Reads run concurrently; writes are serialised.

    On SQLite every write transaction starts with ``BEGIN IMMEDIATE`` (the database's own
    writer lock, which also orders writers in other processes) behind a process-wide lock, and
    waits up to 30 s for a busy database instead of failing at once.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            parsed = make_url(url)
        except sa.exc.ArgumentError as exc:
            raise StoreError(f"not a database URL: {url!r}") from exc
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        if self.is_sqlite and parsed.database not in (None, "", ":memory:"):
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        try:
            self.engine = sa.create_engine(url, **self._engine_options())
        except (ImportError, sa.exc.ArgumentError) as exc:
            raise StoreError(f"cannot use database {parsed.render_as_string(hide_password=True)}: {exc}") from exc
        self._write_lock = threading.Lock()
        if self.is_sqlite:
            _configure_sqlite(self.engine)

    def _engine_options(self) -> dict[str, Any]:
        if self.is_sqlite:
            return {"connect_args": {"check_same_thread": False, "timeout": _BUSY_TIMEOUT_MS / 1000}}
        return {"pool_pre_ping": True}

    def migrate(self) -> list[int]:
        try:
            with self._write_lock:
                return migrate(self.engine)
        except sa.exc.OperationalError as exc:
            raise StoreError(f"cannot open database: {exc.orig}") from exc

    @contextmanager
    def write(self) -> Iterator[sa.Connection]:
        """A write transaction: committed on success, rolled back on any exception."""
        with self._write_lock, self.engine.connect().execution_options(storyline_write=True) as conn, conn.begin():
            yield conn

    @contextmanager
    def read(self) -> Iterator[sa.Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def close(self) -> None:
        self.engine.dispose()


def _configure_sqlite(engine: sa.Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (pysqlite's is broken)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        write = conn.get_execution_options().get("storyline_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def open_database(url: str) -> Database:
    db = Database(url)
    db.migrate()
    return db


def inserted_id(result: sa.CursorResult[Any]) -> int:
    """The primary key of the row an INSERT just made."""
    key = result.inserted_primary_key
    if key is None or key[0] is None:
        raise StoreError("INSERT returned no primary key")
    return int(key[0])
