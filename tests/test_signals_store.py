"""Stored matching signals across releases: ``recluster`` recomputes signals an older release stored."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from storyline.config import Settings
from storyline.service import Storyline
from storyline.service.stories import SIGNALS_VERSION, Clusterer
from storyline.store.schema import article_signals, story_articles

from .corpus import write_corpus


def _signals(app: Storyline) -> dict[int, sa.Row]:
    with app.db.read() as conn:
        return {int(r.article_id): r for r in conn.execute(sa.select(article_signals))}


def _membership(app: Storyline) -> set[frozenset[int]]:
    groups: dict[int, set[int]] = {}
    with app.db.read() as conn:
        for r in conn.execute(sa.select(story_articles.c.story_id, story_articles.c.article_id)):
            groups.setdefault(int(r.story_id), set()).add(int(r.article_id))
    return {frozenset(g) for g in groups.values()}


def test_recluster_recomputes_signals_of_an_older_release(tmp_path: Path) -> None:
    app = Storyline.open(Settings(db_url=f"sqlite:///{tmp_path / 's.db'}", cluster_embed=True))
    try:
        app.import_paths([str(write_corpus(tmp_path / "in")["jsonl"].parent)], cluster=True)
        current = _signals(app)
        assert current and {r.version for r in current.values()} == {SIGNALS_VERSION}
        with_body = {i for i, r in current.items() if r.embedding and len(r.embedding) // (512 * 4) == 2}
        with_e5 = {i for i, r in current.items() if r.embedding and len(r.embedding) % (512 * 4) == 384 * 4}
        assert with_e5  # the store keeps the e5 vectors the index asked for
        assert with_body  # the corpus has articles long enough for a body vector
        stories_before = _membership(app)
        with app.db.write() as conn:  # what release 1 stored: one vector, version 1
            for i, r in current.items():
                features = {**r.features, "places": ["nowhere"], "main_places": ["nowhere"]}  # must not survive
                conn.execute(article_signals.update().where(article_signals.c.article_id == i)
                             .values(version=1, embedding=r.embedding[:512 * 4] if r.embedding else None,
                                     features=features))
        report = Clusterer(app, embed=True).recluster()
        after = _signals(app)
        assert report.articles == len(current)
        assert {r.version for r in after.values()} == {SIGNALS_VERSION}
        assert {i: r.features["places"] for i, r in after.items()} == \
            {i: r.features["places"] for i, r in current.items()}
        assert {i for i, r in after.items() if r.embedding and len(r.embedding) // (512 * 4) == 2} == with_body
        assert {i for i, r in after.items() if r.embedding and len(r.embedding) % (512 * 4) == 384 * 4} == with_e5
        assert {i: r.minhash for i, r in after.items()} == {i: r.minhash for i, r in current.items()}
        assert _membership(app) == stories_before
    finally:
        app.close()


def test_with_e5_off_no_e5_vector_is_computed(tmp_path: Path) -> None:
    app = Storyline.open(Settings(db_url=f"sqlite:///{tmp_path / 's.db'}", cluster_embed=True, cluster_e5=False))
    try:
        app.import_paths([str(write_corpus(tmp_path / "in")["jsonl"].parent)], cluster=True)
        lengths = {len(r.embedding) for r in _signals(app).values() if r.embedding}
        assert lengths and lengths <= {512 * 4, 2 * 512 * 4}
    finally:
        app.close()
