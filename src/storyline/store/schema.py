"""The current tables, for queries. Migrations (``store.migrations``) build them step by step;
``tests/test_store.py`` checks that a migrated database matches these definitions."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

schema_migrations = sa.Table(
    "schema_migrations", metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("applied_at", sa.DateTime, nullable=False),
)

documents = sa.Table(
    "documents", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sha256", sa.String(64), nullable=False, unique=True),
    sa.Column("origin", sa.Text, nullable=False),
    sa.Column("format", sa.String(20)),
    sa.Column("content_type", sa.String(200)),
    sa.Column("size", sa.Integer, nullable=False),
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Column("fetched_at", sa.DateTime),
    sa.Column("imported_at", sa.DateTime, nullable=False),
    sa.Column("status", sa.String(20), nullable=False),  # pending | extracted | failed
    sa.Column("error", sa.Text),
    sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id", ondelete="SET NULL")),
    sa.Column("meta", sa.JSON),  # what the referring feed entry said about a fetched page
    sa.Column("item_count", sa.Integer),  # articles the last extraction gave (duplicates included)
)

document_origins = sa.Table(
    "document_origins", metadata,
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    sa.Column("origin", sa.Text, nullable=False),
    sa.Column("seen_at", sa.DateTime, nullable=False),
    sa.UniqueConstraint("document_id", "origin", name="uq_document_origins"),
    sa.Index("ix_document_origins_origin", "origin"),
)

articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    sa.Column("item_key", sa.Text, nullable=False),
    sa.Column("external_id", sa.Text),
    sa.Column("guid", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("canonical_url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("html", sa.Text),
    sa.Column("author", sa.Text),
    sa.Column("site_name", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("outlet_id", sa.Integer, sa.ForeignKey("outlets.id", ondelete="SET NULL")),
    sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id", ondelete="SET NULL")),
    sa.Column("published", sa.String(40)),  # ISO 8601 as known: with offset, or naive
    sa.Column("published_at", sa.DateTime),  # UTC (naive values taken as UTC), for ordering
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
    sa.Index("ix_articles_outlet", "outlet_id"),
    sa.Index("ix_articles_source", "source_id"),
    sa.Column("copy_of", sa.Integer, sa.ForeignKey("articles.id", ondelete="SET NULL")),
    sa.Column("copy_similarity", sa.Float),
    sa.Index("ix_articles_copy_of", "copy_of"),
)

article_aliases = sa.Table(
    "article_aliases", metadata,
    sa.Column("external_id", sa.Text, primary_key=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Index("ix_article_aliases_article", "article_id"),
)

outlets = sa.Table(
    "outlets", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("key", sa.String(255), nullable=False, unique=True),  # domain, or name when no domain
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("domain", sa.String(255)),
    sa.Column("created_at", sa.DateTime, nullable=False),
)

sources = sa.Table(
    "sources", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("outlet_id", sa.Integer, sa.ForeignKey("outlets.id", ondelete="SET NULL")),
    sa.Column("url", sa.Text, nullable=False, unique=True),
    sa.Column("title", sa.Text),
    sa.Column("status", sa.String(20), nullable=False),  # active | paused | disabled
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("poll_interval", sa.Integer, nullable=False),  # seconds
    sa.Column("next_poll_at", sa.DateTime, nullable=False),
    sa.Column("last_polled_at", sa.DateTime),
    sa.Column("last_success_at", sa.DateTime),
    sa.Column("last_error", sa.Text),
    sa.Column("last_error_at", sa.DateTime),
    sa.Column("error_count", sa.Integer, nullable=False),
    sa.Column("polls", sa.Integer, nullable=False),
    sa.Column("conditional_hits", sa.Integer, nullable=False),  # polls answered 304
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Index("ix_sources_due", "status", "next_poll_at"),
)

stories = sa.Table(
    "stories", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("uid", sa.String(40), nullable=False, unique=True),  # stable public id
    sa.Column("title", sa.Text),
    sa.Column("language", sa.String(20)),
    sa.Column("languages", sa.JSON, nullable=False),
    sa.Column("first_seen", sa.DateTime, nullable=False),
    sa.Column("last_updated", sa.DateTime, nullable=False),
    sa.Column("start_at", sa.DateTime),  # earliest publication
    sa.Column("end_at", sa.DateTime),  # latest publication
    sa.Column("article_count", sa.Integer, nullable=False),
    sa.Column("source_count", sa.Integer, nullable=False),  # independent outlets (reposts excluded)
    sa.Column("repost_count", sa.Integer, nullable=False),
    sa.Index("ix_stories_end_at", "end_at"),
    sa.Index("ix_stories_last_updated", "last_updated"),
    # source_count DESC, end_at DESC NULLS LAST, id: the order of stories.list_stories (migration 8)
    sa.Index("ix_stories_rank", "source_count", "end_at", "id"),
)

story_articles = sa.Table(
    "story_articles", metadata,
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("story_id", sa.Integer, sa.ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
    sa.Column("probability", sa.Float),
    sa.Column("assigned_at", sa.DateTime, nullable=False),
    sa.Index("ix_story_articles_story", "story_id"),
)

article_signals = sa.Table(
    "article_signals", metadata,
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("embedding", sa.LargeBinary),  # float32, L2-normalised
    sa.Column("minhash", sa.LargeBinary),
    sa.Column("features", sa.JSON, nullable=False),  # tokens, entities, figures
)

article_analysis = sa.Table(
    "article_analysis", metadata,
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("entities", sa.JSON, nullable=False),  # [{name, kind, key, count, forms}]
    sa.Column("claims", sa.JSON, nullable=False),  # analyze.claims.Claim as dicts
    sa.Column("quotes", sa.JSON, nullable=False),  # analyze.claims.Quote as dicts
    sa.Column("analysed_at", sa.DateTime, nullable=False),
)

entities = sa.Table(
    "entities", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("key", sa.String(255), nullable=False, unique=True),  # kind:normalised name
    sa.Column("name", sa.Text, nullable=False),  # display form
    sa.Column("kind", sa.String(10), nullable=False),  # PER | LOC | ORG
    sa.Column("article_count", sa.Integer, nullable=False),
)

article_entities = sa.Table(
    "article_entities", metadata,
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("mentions", sa.Integer, nullable=False),
    sa.Index("ix_article_entities_entity", "entity_id"),
)

# Migration 6. The search index is an FTS5 table on SQLite and a plain table with a GIN index on
# to_tsvector('simple', tokens) on PostgreSQL (``store.search.create_index_table``); on SQLite the
# FTS5 rowid is the article id. Only the columns common to both are declared here.
article_search = sa.Table(
    "article_search", metadata,
    sa.Column("article_id", sa.Integer),
    sa.Column("tokens", sa.Text),  # pre-tokenised, space-separated (store.search.index_tokens)
)

users = sa.Table(
    "users", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(100), nullable=False, unique=True),
    sa.Column("password_hash", sa.Text, nullable=False),  # argon2id
    sa.Column("created_at", sa.DateTime, nullable=False),
)

sessions = sa.Table(
    "sessions", metadata,
    sa.Column("id", sa.String(64), primary_key=True),  # sha256 of the token in the signed cookie
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("expires_at", sa.DateTime, nullable=False),
    sa.Index("ix_sessions_user", "user_id"),
)

story_notes = sa.Table(
    "story_notes", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("story_uid", sa.String(40), nullable=False),  # by public id: notes outlive a recluster
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Index("ix_story_notes_story", "story_uid"),
)

# Migration 7. What ``service.compare`` computed for a story (``analyze.compare`` over its members and
# their stored analysis), kept so the first view of a story after a restart costs a read, not a
# comparison. Current while ``computed_for`` equals the story's ``last_updated`` and ``version``
# equals ``service.compare.COMPARISON_VERSION``; deleted with the story.
story_comparisons = sa.Table(
    "story_comparisons", metadata,
    sa.Column("story_id", sa.Integer, sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True,
              autoincrement=False),
    sa.Column("computed_for", sa.DateTime, nullable=False),  # the story's last_updated it was computed for
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("data", sa.JSON, nullable=False),  # the comparison exactly as the CLI and the API give it
    sa.Column("computed_at", sa.DateTime, nullable=False),
)
