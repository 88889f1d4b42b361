"""Stored story comparisons: computed after clustering, read when current, recomputed when stale,
cleared by recluster, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from storyline.analyze.compare import compare
from storyline.config import Settings
from storyline.service import Storyline
from storyline.service import compare as service_compare
from storyline.service.compare import COMPARISON_VERSION, compare_story
from storyline.service.stories import story_dict
from storyline.store import migrations
from storyline.store.schema import articles, stories, story_articles, story_comparisons

from .corpus import write_corpus

MORE = {"id": "w-4", "title": "Kessel port strike: talks fail", "language": "en",
        "text": "Dock workers at the port of Kessel stayed off the job for a third day on Monday after talks "
                "with the port authority failed.\n\nThe union said 4,000 members took part in the strike.",
        "published": "2025-03-12T15:00:00Z", "source": "Harbour Gazette"}


def _open(db_url: str) -> Storyline:
    return Storyline.open(Settings(db_url=db_url, cluster_embed=False))


@pytest.fixture
def app(db_url: str, tmp_path: Path) -> Iterator[Storyline]:
    storyline = _open(db_url)
    storyline.import_paths([str(write_corpus(tmp_path / "in")["jsonl"].parent)], cluster=True)
    storyline.memo.comparisons.clear()
    yield storyline
    storyline.close()


def _stored(app: Storyline) -> dict[int, sa.Row]:
    with app.db.read() as conn:
        return {int(r.story_id): r for r in conn.execute(sa.select(story_comparisons))}


def _stories(app: Storyline) -> dict[int, sa.Row]:
    with app.db.read() as conn:
        return {int(r.id): r for r in conn.execute(sa.select(stories))}


def _fresh(app: Storyline, story_id: int) -> dict[str, Any]:
    """The comparison computed from scratch, as the CLI and the page showed it before it was stored."""
    with app.db.read() as conn:
        row = conn.execute(sa.select(stories).where(stories.c.id == story_id)).one()
        members = service_compare._members(conn, story_id)
    return compare(story_dict(row), members)


def _fail(*_args: object, **_kwargs: object) -> dict[str, Any]:
    raise AssertionError("analyze.compare called although a current comparison is stored")


def _all_current(app: Storyline) -> bool:
    rows, stored = _stories(app), _stored(app)
    return set(stored) == set(rows) and all(
        s.computed_for == rows[i].last_updated and s.version == COMPARISON_VERSION for i, s in stored.items())


def test_clustering_stores_a_current_comparison_of_every_story(app: Storyline) -> None:
    assert _stories(app)
    assert _all_current(app)


def test_stored_comparison_round_trips_to_what_was_shown(app: Storyline, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(service_compare, "compare", _fail)
    for story_id, row in _stories(app).items():
        shown = compare_story(app, str(row.uid))
        fresh = _fresh(app, story_id)
        assert shown == fresh
        assert json.dumps(shown, ensure_ascii=False) == json.dumps(fresh, ensure_ascii=False)  # key order too


def test_stored_comparison_is_read_not_computed(app: Storyline, monkeypatch: pytest.MonkeyPatch) -> None:
    uid = str(next(iter(_stories(app).values())).uid)
    monkeypatch.setattr(service_compare, "compare", _fail)
    first = compare_story(app, uid)
    assert first is not None and first["story"]["id"] == uid
    app.memo.comparisons.clear()  # a new server process: nothing in memory
    assert compare_story(app, uid) == first
    assert compare_story(app, uid, store=True) == first


def test_a_changed_story_is_computed_again_and_stored_only_by_writers(app: Storyline) -> None:
    story_id, row = next(iter(_stories(app).items()))
    with app.db.write() as conn:  # the story changed after its comparison was stored
        conn.execute(stories.update().where(stories.c.id == story_id)
                     .values(last_updated=row.last_updated + timedelta(seconds=1)))
    data = compare_story(app, str(row.uid))
    assert data is not None and data["story"]["last_updated"] != _stored(app)[story_id].data["story"]["last_updated"]
    assert _stored(app)[story_id].computed_for == row.last_updated  # a reader leaves the store alone
    app.memo.comparisons.clear()
    assert compare_story(app, str(row.uid), store=True) == data
    assert _all_current(app)


def test_a_new_article_makes_the_story_stale_and_clustering_recomputes_it(app: Storyline, tmp_path: Path) -> None:
    before = _stored(app)
    (tmp_path / "more.jsonl").write_text(json.dumps(MORE) + "\n", encoding="utf-8")
    app.import_paths([str(tmp_path / "more.jsonl")], cluster=True)
    with app.db.read() as conn:
        story_id = conn.execute(sa.select(story_articles.c.story_id).select_from(story_articles.join(articles))
                                .where(articles.c.external_id == "w-4")).scalar_one()
    assert _all_current(app)
    after = _stored(app)[story_id]
    assert story_id in before and after.computed_for != before[story_id].computed_for
    outlets = {s["outlet"] for s in after.data["sources"]}
    assert "Harbour Gazette" in outlets
    assert compare_story(app, str(_stories(app)[story_id].uid)) == after.data


def test_importing_the_same_material_again_changes_no_comparison(app: Storyline, tmp_path: Path) -> None:
    before = {i: (r.computed_for, r.computed_at, r.version, r.data) for i, r in _stored(app).items()}
    report = app.cluster()
    app.import_paths([str(tmp_path / "in")], cluster=True)
    assert report["compared"] == 0
    assert {i: (r.computed_for, r.computed_at, r.version, r.data) for i, r in _stored(app).items()} == before


def test_recluster_leaves_no_stale_comparison(app: Storyline, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patched:
        patched.setattr(service_compare, "refresh_comparisons", lambda *_args: 0)
        app.recluster()
    assert _stored(app) == {}  # none survives the stories it described, even when none is recomputed
    report = app.recluster()
    assert report["compared"] == len(_stories(app))
    assert _all_current(app)


def test_upgrade_from_schema_6_fills_comparisons_on_the_next_cluster(db_url: str, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patched:
        patched.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:6])
        old = _open(db_url)
        old.import_paths([str(write_corpus(tmp_path / "in")["jsonl"].parent)])
        old.cluster(analyse=False)  # what a version-6 Storyline stored: stories, no comparisons
        with old.db.read() as conn:
            assert not sa.inspect(conn).has_table("story_comparisons")
            assert migrations.current_version(conn) == 6
        old.close()
    app = _open(db_url)
    try:
        with app.db.read() as conn:
            assert migrations.current_version(conn) == migrations.latest_version() >= 7
        uid = str(next(iter(_stories(app).values())).uid)
        assert compare_story(app, uid) is not None  # readable before anything is stored
        assert _stored(app) == {}
        report = app.cluster()
        assert report["compared"] == len(_stories(app)) > 0
        assert _all_current(app)
    finally:
        app.close()
