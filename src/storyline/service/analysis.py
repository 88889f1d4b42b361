"""Per-article analysis at import time: entities, claims and quotes, kept in ``article_analysis``
and the entity index (``entities`` + ``article_entities``) that topic pages read.

An article is (re)analysed when it has no analysis, when the analysers' version changed, or when
its text changed since (``storyline reextract``). Each batch commits on its own, so an interrupted
run keeps what it finished and the next run picks up the rest.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from ..analyze.claims import claim_to_dict, extract_claims, extract_quotes, quote_to_dict
from ..analyze.entities import entity_key, extract_entities, mention_to_dict
from ..store.documents import now
from ..store.schema import article_analysis, article_entities, articles, entities
from . import Storyline

log = logging.getLogger(__name__)

ANALYSIS_VERSION = 6  # 6: explicit carry-over only, bare measure words (5: speakers, titles, counted sources)
BATCH = 100


@dataclass(slots=True)
class Analysis:
    entities: list[dict[str, Any]]
    claims: list[dict[str, Any]]
    quotes: list[dict[str, Any]]


def analyse(title: str | None, text: str, language: str | None) -> Analysis:
    """Entities, claims and quotes of one article (pure; no store)."""
    body = text[len(title):].lstrip() if title and text.startswith(title) else text
    mentions = extract_entities(body, language, title=title)
    return Analysis(
        entities=[mention_to_dict(m) for m in mentions],
        claims=[claim_to_dict(c) for c in extract_claims(body, language)],
        quotes=[quote_to_dict(q) for q in extract_quotes(body, language)],
    )


def pending_ids(conn: sa.Connection) -> list[int]:
    """Articles without a current analysis: never analysed, older analysers, or edited since."""
    joined = articles.outerjoin(article_analysis, article_analysis.c.article_id == articles.c.id)
    query = (sa.select(articles.c.id).select_from(joined)
             .where(sa.or_(article_analysis.c.article_id.is_(None),
                           article_analysis.c.version < ANALYSIS_VERSION,
                           article_analysis.c.analysed_at < articles.c.updated_at))
             .order_by(articles.c.id))
    return [int(r.id) for r in conn.execute(query)]


def analyse_pending(app: Storyline, ids: Iterable[int] | None = None) -> int:
    """Analyse the given articles (default: every pending one); returns how many were analysed."""
    with app.db.read() as conn:
        todo = list(ids) if ids is not None else pending_ids(conn)
    done = 0
    for start in range(0, len(todo), BATCH):
        chunk = todo[start:start + BATCH]
        with app.db.read() as conn:
            rows = conn.execute(sa.select(articles.c.id, articles.c.title, articles.c.text, articles.c.language)
                                .where(articles.c.id.in_(chunk))).all()
        results = {int(r.id): analyse(r.title, r.text, r.language) for r in rows}
        with app.db.write() as conn:
            for article_id, result in results.items():
                _save(conn, article_id, result)
            _recount(conn, {entity_key(e["name"], e["kind"]) for r in results.values() for e in r.entities})
        done += len(results)
    return done


def _save(conn: sa.Connection, article_id: int, result: Analysis) -> None:
    conn.execute(article_analysis.delete().where(article_analysis.c.article_id == article_id))
    conn.execute(article_analysis.insert().values(
        article_id=article_id, version=ANALYSIS_VERSION, entities=result.entities, claims=result.claims,
        quotes=result.quotes, analysed_at=now()))
    old = {int(r.entity_id) for r in conn.execute(
        sa.select(article_entities.c.entity_id).where(article_entities.c.article_id == article_id))}
    conn.execute(article_entities.delete().where(article_entities.c.article_id == article_id))
    counts: dict[int, int] = {}
    for e in result.entities:
        entity_id = _entity_id(conn, e["name"], e["kind"])
        counts[entity_id] = counts.get(entity_id, 0) + int(e.get("count", 1))
    if counts:
        conn.execute(article_entities.insert(), [
            {"article_id": article_id, "entity_id": k, "mentions": v} for k, v in counts.items()])
    _recount_ids(conn, old - set(counts))


def _entity_id(conn: sa.Connection, name: str, kind: str) -> int:
    key = entity_key(name, kind)[:255]
    row = conn.execute(sa.select(entities.c.id).where(entities.c.key == key)).first()
    if row is not None:
        return int(row.id)
    result = conn.execute(entities.insert().values(key=key, name=name, kind=kind, article_count=0))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


def _recount(conn: sa.Connection, keys: set[str]) -> None:
    if keys:
        ids = [int(r.id) for r in conn.execute(sa.select(entities.c.id).where(entities.c.key.in_(list(keys))))]
        _recount_ids(conn, set(ids))


def _recount_ids(conn: sa.Connection, ids: set[int]) -> None:
    """Keep ``entities.article_count`` exact for the entities a batch touched."""
    if not ids:
        return
    counted = (sa.select(sa.func.count()).select_from(article_entities)
               .where(article_entities.c.entity_id == entities.c.id).scalar_subquery())
    conn.execute(entities.update().where(entities.c.id.in_(list(ids))).values(article_count=counted))
