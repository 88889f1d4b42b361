"""Full-text search over articles, CJK-aware, on SQLite and PostgreSQL.

The index holds each article's normalised title and text (``norm_title``/``norm_text``: NFKC,
case-folded, Traditional→Simplified) as pre-tokenised text: jieba words plus the overlapping
character bigrams of every CJK run, and Latin words as they are. The database only splits on
spaces: an FTS5 table (unicode61) on SQLite, a ``to_tsvector('simple', tokens)`` GIN index on
PostgreSQL. A query goes through the same normalisation (by the caller) and tokenisation; every
token must match (AND). A CJK run of the query is matched by its bigrams, so a two-character
word such as 朝鲜 is one token, and a longer one matches wherever the run occurs, however jieba
cut the article. A single CJK character matches as a prefix.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import rjieba
import sqlalchemy as sa

from .schema import article_search, articles, outlets

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_TOKEN = re.compile(f"([{_CJK}]+)|([^\\W_{_CJK}]+)")
_MAX_QUERY_TOKENS = 32
_CHUNK = 500
CANDIDATES = 2000  # matches ranked per query, newest first (see _newest_best)


def _bigrams(run: str) -> list[str]:
    return [run[i:i + 2] for i in range(len(run) - 1)]


def index_tokens(text: str) -> list[str]:
    """Tokens of already normalised text, as indexed: jieba words, CJK bigrams, other words."""
    out: list[str] = []
    for m in _TOKEN.finditer(text):
        run, word = m.group(1), m.group(2)
        if word:
            out.append(word)
        elif len(run) == 1:
            out.append(run)
        else:
            out.extend(_bigrams(run))
            out.extend(w for w in rjieba.cut(run) if len(w) > 2)  # 2-character words are bigrams already
    return out


@dataclass(frozen=True, slots=True)
class QueryToken:
    text: str
    prefix: bool = False  # a lone CJK character: matches any token that starts with it


def query_tokens(text: str) -> list[QueryToken]:
    """Tokens of an already normalised query; empty when it has nothing searchable."""
    seen: dict[str, QueryToken] = {}
    for m in _TOKEN.finditer(text):
        run, word = m.group(1), m.group(2)
        if word:
            seen.setdefault(word, QueryToken(word))
        elif len(run) == 1:
            seen.setdefault(run, QueryToken(run, prefix=True))
        else:
            for gram in _bigrams(run):
                seen.setdefault(gram, QueryToken(gram))
    return list(seen.values())[:_MAX_QUERY_TOKENS]


# -- keeping the index -------------------------------------------------------------------------


def _is_sqlite(conn: sa.Connection) -> bool:
    return conn.dialect.name == "sqlite"


def create_index_table(conn: sa.Connection) -> None:
    """The index table for this database (migration 6)."""
    if _is_sqlite(conn):
        conn.exec_driver_sql("CREATE VIRTUAL TABLE article_search USING fts5("
                             "article_id UNINDEXED, tokens, tokenize = 'unicode61 remove_diacritics 0')")
        return
    conn.exec_driver_sql("CREATE TABLE article_search (article_id INTEGER, tokens TEXT)")
    conn.exec_driver_sql("CREATE UNIQUE INDEX ix_article_search_article ON article_search (article_id)")
    conn.exec_driver_sql("CREATE INDEX ix_article_search_tokens ON article_search "
                         "USING gin (to_tsvector('simple', tokens))")


def _delete(conn: sa.Connection, ids: Sequence[int]) -> None:
    if _is_sqlite(conn):  # rowid is the article id: the FTS5 table's own fast path
        conn.execute(sa.text("DELETE FROM article_search WHERE rowid IN :ids")
                     .bindparams(sa.bindparam("ids", expanding=True)), {"ids": list(ids)})
    else:
        conn.execute(article_search.delete().where(article_search.c.article_id.in_(list(ids))))


def _insert(conn: sa.Connection, rows: list[dict[str, object]]) -> None:
    if not rows:
        return
    if _is_sqlite(conn):
        conn.execute(sa.text("INSERT INTO article_search (rowid, article_id, tokens) VALUES (:article_id, "
                             ":article_id, :tokens)"), rows)
    else:
        conn.execute(article_search.insert(), rows)


def index_articles(conn: sa.Connection, article_ids: Iterable[int]) -> int:
    """(Re)index these articles from their stored normalised title and text; returns how many."""
    ids = list(dict.fromkeys(int(i) for i in article_ids))
    done = 0
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        _delete(conn, chunk)
        query = sa.select(articles.c.id, articles.c.norm_title, articles.c.norm_text).where(articles.c.id.in_(chunk))
        rows = [{"article_id": int(r.id), "tokens": " ".join(index_tokens(f"{r.norm_title or ''}\n{r.norm_text}"))}
                for r in conn.execute(query)]
        _insert(conn, rows)
        done += len(rows)
    return done


def rebuild_index(conn: sa.Connection) -> int:
    """Index every article afresh (migration backfill, ``storyline reextract``)."""
    conn.execute(article_search.delete())
    ids = [int(r.id) for r in conn.execute(sa.select(articles.c.id).order_by(articles.c.id))]
    return index_articles(conn, ids)


# -- querying ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Filters:
    since: datetime | None = None  # published at or after (UTC, naive)
    until: datetime | None = None  # published before
    language: str | None = None  # "zh" matches zh-Hans and zh-Hant
    outlet_id: int | None = None


def _match(conn: sa.Connection, tokens: Sequence[QueryToken], any_token: bool) -> tuple[Any, Any]:
    """The WHERE clause matching the tokens, and a relevance score (higher is better)."""
    if _is_sqlite(conn):
        parts = [f'"{t.text}"' + ("*" if t.prefix else "") for t in tokens]
        expr = (" OR " if any_token else " AND ").join(parts)
        rank: Any = sa.literal_column("article_search.rank")  # bm25, lower is better
        return sa.text("article_search MATCH :fts").bindparams(fts=expr), -rank
    op = " | " if any_token else " & "
    expr = op.join(f"'{t.text}'" + (":*" if t.prefix else "") for t in tokens)
    vector = sa.func.to_tsvector(sa.literal_column("'simple'"), article_search.c.tokens)
    query = sa.func.to_tsquery(sa.literal_column("'simple'"), expr)
    return vector.bool_op("@@")(query), sa.func.ts_rank(vector, query)


def search_articles(conn: sa.Connection, tokens: Sequence[QueryToken], filters: Filters | None = None,
                    limit: int = 200, any_token: bool = False) -> list[tuple[int, float]]:
    """(article id, score) of the best matches, best first. ``any_token``: OR instead of AND."""
    if not tokens:
        return []
    filters = filters or Filters()
    where, score = _match(conn, tokens, any_token)
    if filters == Filters():
        return _newest_best(conn, where, score, limit)
    query = (sa.select(articles.c.id, score.label("score"))
             .select_from(article_search.join(articles, articles.c.id == article_search.c.article_id))
             .where(where))
    if filters.since is not None:
        query = query.where(articles.c.published_at >= filters.since)
    if filters.until is not None:
        query = query.where(articles.c.published_at < filters.until)
    if filters.language:
        lang = filters.language
        query = query.where(sa.or_(articles.c.language == lang, articles.c.language.like(f"{lang}-%")))
    if filters.outlet_id is not None:
        query = query.where(articles.c.outlet_id == filters.outlet_id)
    query = query.order_by(sa.desc("score"), articles.c.id).limit(limit)
    return [(int(r.id), float(r.score or 0.0)) for r in conn.execute(query)]


def _newest_best(conn: sa.Connection, where: Any, score: Any, limit: int) -> list[tuple[int, float]]:
    """The best ``limit`` of the newest ``CANDIDATES`` matches: a common word matches most of the store,
    and ranking every match would cost time in proportion to the store; the index gives the newest
    (highest article ids) first and stops early."""
    newest = sa.literal_column("article_search.rowid") if _is_sqlite(conn) else article_search.c.article_id
    inner = (sa.select(article_search.c.article_id.label("id"), score.label("score")).where(where)
             .order_by(newest.desc()).limit(CANDIDATES).subquery())
    query = sa.select(inner.c.id, inner.c.score).order_by(inner.c.score.desc(), inner.c.id).limit(limit)
    return [(int(r.id), float(r.score or 0.0)) for r in conn.execute(query)]


def outlet_id_of(conn: sa.Connection, ref: str) -> int | None:
    """An outlet by id, key (domain) or name."""
    cond = outlets.c.id == int(ref) if ref.isdigit() else sa.or_(outlets.c.key == ref, outlets.c.name == ref)
    row = conn.execute(sa.select(outlets.c.id).where(cond).limit(1)).first()
    return int(row.id) if row else None
