"""Append-only, versioned migrations. Add new ones at the end; never edit an applied one.

The schema version is the highest applied number, recorded in ``schema_migrations``. Each
migration runs in its own transaction with the record of it, so a crash leaves the database at
a known version. Migrations use SQLAlchemy constructs so they run on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import sqlalchemy as sa

from ..errors import StoreError
from . import schema

Migration = tuple[int, str, Callable[[sa.Connection], None]]


def _initial(conn: sa.Connection) -> None:
    """Version 1: raw documents, their origins, articles and external-id aliases (frozen as of v1)."""
    md = sa.MetaData()
    sa.Table(
        "documents", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("format", sa.String(20)),
        sa.Column("content_type", sa.String(200)),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("fetched_at", sa.DateTime),
        sa.Column("imported_at", sa.DateTime, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("error", sa.Text),
    )
    sa.Table(
        "document_origins", md,
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("seen_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("document_id", "origin", name="uq_document_origins"),
    )
    _articles_v1(md)
    sa.Table(
        "article_aliases", md,
        sa.Column("external_id", sa.Text, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Index("ix_article_aliases_article", "article_id"),
    )
    md.create_all(conn)


def _articles_v1(md: sa.MetaData) -> sa.Table:
    return sa.Table(
        "articles", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("item_key", sa.Text, nullable=False),
        *(sa.Column(name, sa.Text) for name in
          ("external_id", "guid", "url", "canonical_url", "title")),
        sa.Column("text", sa.Text, nullable=False),
        *(sa.Column(name, sa.Text) for name in ("html", "author", "site_name", "source")),
        sa.Column("published", sa.String(40)),
        sa.Column("published_at", sa.DateTime),
        sa.Column("language", sa.String(20)),
        sa.Column("images", sa.JSON, nullable=False),
        sa.Column("attributions", sa.JSON, nullable=False),
        sa.Column("norm_title", sa.Text),
        sa.Column("norm_text", sa.Text, nullable=False),
        sa.Column("text_hash", sa.String(64), nullable=False),
        sa.Column("fetched_at", sa.DateTime),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("document_id", "item_key", name="uq_articles_document_item"),
        sa.Index("ix_articles_text_hash", "text_hash"),
        sa.Index("ix_articles_guid", "guid"),
        sa.Index("ix_articles_canonical_url", "canonical_url"),
        sa.Index("ix_articles_published_at", "published_at"),
    )


def _outlets_sources(conn: sa.Connection) -> None:
    """Version 2: outlets and the feeds that are polled; articles point to both."""
    md = sa.MetaData()
    sa.Table("documents", md, sa.Column("id", sa.Integer, primary_key=True))
    sa.Table(
        "outlets", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(255), nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("domain", sa.String(255)),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    sa.Table(
        "sources", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("outlet_id", sa.Integer, sa.ForeignKey("outlets.id", ondelete="SET NULL")),
        sa.Column("url", sa.Text, nullable=False, unique=True),
        sa.Column("title", sa.Text),
        sa.Column("status", sa.String(20), nullable=False),
        *(sa.Column(name, sa.Text) for name in ("etag", "last_modified")),
        sa.Column("poll_interval", sa.Integer, nullable=False),
        sa.Column("next_poll_at", sa.DateTime, nullable=False),
        *(sa.Column(name, sa.DateTime) for name in ("last_polled_at", "last_success_at")),
        sa.Column("last_error", sa.Text),
        sa.Column("last_error_at", sa.DateTime),
        *(sa.Column(name, sa.Integer, nullable=False) for name in ("error_count", "polls", "conditional_hits")),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Index("ix_sources_due", "status", "next_poll_at"),
    )
    md.create_all(conn)
    _add_column(conn, "articles", sa.Column("outlet_id", sa.Integer, sa.ForeignKey("outlets.id", ondelete="SET NULL")))
    _add_column(conn, "articles", sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id", ondelete="SET NULL")))
    conn.execute(sa.text("CREATE INDEX ix_articles_outlet ON articles (outlet_id)"))
    conn.execute(sa.text("CREATE INDEX ix_articles_source ON articles (source_id)"))


def _add_column(conn: sa.Connection, table: str, column: sa.Column[object]) -> None:
    """ALTER TABLE ... ADD COLUMN, compiled for the connection's dialect."""
    ddl = sa.schema.CreateColumn(column).compile(dialect=conn.dialect)
    references = ""
    for fk in column.foreign_keys:
        target = fk.target_fullname.split(".")
        references = f" REFERENCES {target[0]} ({target[1]}) ON DELETE {fk.ondelete}"
    conn.execute(sa.text(f"ALTER TABLE {table} ADD COLUMN {ddl}{references}"))


def _document_meta(conn: sa.Connection) -> None:
    """Version 3: a fetched document remembers its source and the feed entry that led to it."""
    _add_column(conn, "documents", sa.Column("source_id", sa.Integer,
                                             sa.ForeignKey("sources.id", ondelete="SET NULL")))
    _add_column(conn, "documents", sa.Column("meta", sa.JSON))
    _add_column(conn, "documents", sa.Column("item_count", sa.Integer))
    conn.execute(sa.text("CREATE INDEX ix_document_origins_origin ON document_origins (origin)"))


def _stories(conn: sa.Connection) -> None:
    """Version 4: copy groups (articles.copy_of), stories, their members, per-article signals."""
    md = sa.MetaData()
    sa.Table("articles", md, sa.Column("id", sa.Integer, primary_key=True))
    sa.Table(
        "stories", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(40), nullable=False, unique=True),
        sa.Column("title", sa.Text),
        sa.Column("language", sa.String(20)),
        sa.Column("languages", sa.JSON, nullable=False),
        *(sa.Column(name, sa.DateTime, nullable=False) for name in ("first_seen", "last_updated")),
        *(sa.Column(name, sa.DateTime) for name in ("start_at", "end_at")),
        *(sa.Column(name, sa.Integer, nullable=False) for name in ("article_count", "source_count", "repost_count")),
        sa.Index("ix_stories_end_at", "end_at"),
        sa.Index("ix_stories_last_updated", "last_updated"),
    )
    sa.Table(
        "story_articles", md,
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("story_id", sa.Integer, sa.ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
        sa.Column("probability", sa.Float),
        sa.Column("assigned_at", sa.DateTime, nullable=False),
        sa.Index("ix_story_articles_story", "story_id"),
    )
    sa.Table(
        "article_signals", md,
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        *(sa.Column(name, sa.LargeBinary) for name in ("embedding", "minhash")),
        sa.Column("features", sa.JSON, nullable=False),
    )
    md.create_all(conn, tables=[md.tables["stories"], md.tables["story_articles"], md.tables["article_signals"]])
    _add_column(conn, "articles", sa.Column("copy_of", sa.Integer, sa.ForeignKey("articles.id", ondelete="SET NULL")))
    _add_column(conn, "articles", sa.Column("copy_similarity", sa.Float))
    conn.execute(sa.text("CREATE INDEX ix_articles_copy_of ON articles (copy_of)"))


def _analysis(conn: sa.Connection) -> None:
    """Version 5: per-article analysis (entities, claims, quotes) and the entity index for topic pages."""
    md = sa.MetaData()
    sa.Table("articles", md, sa.Column("id", sa.Integer, primary_key=True))
    sa.Table(
        "article_analysis", md,
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        *(sa.Column(name, sa.JSON, nullable=False) for name in ("entities", "claims", "quotes")),
        sa.Column("analysed_at", sa.DateTime, nullable=False),
    )
    sa.Table(
        "entities", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(255), nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("article_count", sa.Integer, nullable=False),
    )
    sa.Table(
        "article_entities", md,
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("mentions", sa.Integer, nullable=False),
        sa.Index("ix_article_entities_entity", "entity_id"),
    )
    md.create_all(conn, tables=[md.tables[n] for n in ("article_analysis", "entities", "article_entities")])


def _reader(conn: sa.Connection) -> None:
    """Version 6: the search index (filled from the stored articles), users, sessions, story notes."""
    from .search import create_index_table, rebuild_index  # noqa: PLC0415 (jieba loads only when migrating)

    md = sa.MetaData()
    sa.Table(
        "users", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    sa.Table(
        "sessions", md,
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        *(sa.Column(name, sa.DateTime, nullable=False) for name in ("created_at", "expires_at")),
        sa.Index("ix_sessions_user", "user_id"),
    )
    sa.Table(
        "story_notes", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("story_uid", sa.String(40), nullable=False),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Index("ix_story_notes_story", "story_uid"),
    )
    md.create_all(conn)
    create_index_table(conn)
    rebuild_index(conn)


def _comparisons(conn: sa.Connection) -> None:
    """Version 7: stored story comparisons (filled by the next ``cluster``, or on first view)."""
    md = sa.MetaData()
    sa.Table("stories", md, sa.Column("id", sa.Integer, primary_key=True))
    sa.Table(
        "story_comparisons", md,
        sa.Column("story_id", sa.Integer, sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True,
                  autoincrement=False),
        sa.Column("computed_for", sa.DateTime, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("computed_at", sa.DateTime, nullable=False),
    )
    md.create_all(conn, tables=[md.tables["story_comparisons"]])


def _stories_rank(conn: sa.Connection) -> None:
    """Version 8: an index in the order stories are listed (most independent sources, latest), so
    ``storyline stories`` and the stories API read a page instead of sorting every story."""
    nulls = "" if conn.dialect.name == "sqlite" else " NULLS LAST"  # SQLite: NULL is least, so last when DESC
    conn.execute(sa.text(f"CREATE INDEX ix_stories_rank ON stories (source_count DESC, end_at DESC{nulls}, id)"))


MIGRATIONS: tuple[Migration, ...] = (
    (1, "documents, origins, articles, aliases", _initial),
    (2, "outlets and sources", _outlets_sources),
    (3, "document source and meta", _document_meta),
    (4, "copies, stories, signals", _stories),
    (5, "article analysis and entities", _analysis),
    (6, "search index, users, sessions, story notes", _reader),
    (7, "stored story comparisons", _comparisons),
    (8, "stories ranking index", _stories_rank),
)


def current_version(conn: sa.Connection) -> int:
    if not sa.inspect(conn).has_table("schema_migrations"):
        return 0
    value = conn.execute(sa.select(sa.func.max(schema.schema_migrations.c.version))).scalar()
    return int(value or 0)


def latest_version() -> int:
    return MIGRATIONS[-1][0]


def migrate(engine: sa.Engine) -> list[int]:
    """Apply every pending migration in order; returns the versions applied."""
    with engine.begin() as conn:
        schema.schema_migrations.create(conn, checkfirst=True)
    applied: list[int] = []
    for version, name, step in MIGRATIONS:
        with engine.connect().execution_options(storyline_write=True) as conn, conn.begin():
            have = current_version(conn)
            if have >= version:
                continue
            if have != version - 1:
                raise StoreError(f"database at schema version {have}, cannot apply migration {version}")
            step(conn)
            conn.execute(schema.schema_migrations.insert().values(
                version=version, name=name, applied_at=datetime.now(UTC).replace(tzinfo=None)))
            applied.append(version)
    with engine.connect() as conn:
        have = current_version(conn)
    if have > latest_version():
        raise StoreError(f"database schema version {have} is newer than this Storyline ({latest_version()})")
    return applied
