from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from storyline.store import schema
from storyline.store.db import Database, open_database
from storyline.store.migrations import current_version, latest_version


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.close()


def test_migrated_database_matches_schema_module(db: Database) -> None:
    inspector = sa.inspect(db.engine)
    for table in schema.metadata.sorted_tables:
        columns = {c["name"]: c for c in inspector.get_columns(table.name)}
        assert set(columns) == {c.name for c in table.columns}, table.name
        for column in table.columns:
            assert columns[column.name]["nullable"] == column.nullable, (table.name, column.name)
        indexes = {i["name"] for i in inspector.get_indexes(table.name)}
        assert {i.name for i in table.indexes} <= indexes, table.name
        fks = {(tuple(f["constrained_columns"]), f["referred_table"]) for f in inspector.get_foreign_keys(table.name)}
        assert {((fk.parent.name,), fk.column.table.name) for fk in table.foreign_keys} == fks, table.name
    with db.read() as conn:
        assert current_version(conn) == latest_version()


def test_migrate_twice_applies_nothing_and_uses_wal(tmp_path: Path) -> None:
    first = open_database(f"sqlite:///{tmp_path / 'nested' / 's.db'}")
    try:
        assert first.migrate() == []
        with first.read() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        first.close()


def test_write_rolls_back_on_error(db: Database) -> None:
    with pytest.raises(RuntimeError), db.write() as conn:
        conn.execute(schema.schema_migrations.insert().values(version=99, name="x", applied_at=sa.func.now()))
        raise RuntimeError("boom")
    with db.read() as conn:
        assert current_version(conn) == latest_version()
