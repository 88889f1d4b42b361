from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from storyline.config import Settings
from storyline.service import Storyline
from storyline.store import schema

from .corpus import write_corpus


@pytest.fixture
def app(db_url: str) -> Iterator[Storyline]:
    storyline = Storyline.open(Settings(db_url=db_url))
    yield storyline
    storyline.close()


def _aliases(app: Storyline) -> dict[str, int]:
    with app.db.read() as conn:
        rows = conn.execute(sa.select(schema.article_aliases)).all()
    return {r.external_id: r.article_id for r in rows}


def test_import_twice_adds_nothing_and_keeps_exact_duplicate_ids(app: Storyline, tmp_path: Path) -> None:
    write_corpus(tmp_path / "in")
    first = app.import_paths([str(tmp_path / "in")])
    assert first.failed == []
    assert (first.imported, first.duplicates) == (4, 1)  # w-3 repeats w-1's text
    aliases = _aliases(app)
    assert aliases["w-3"] == aliases["w-1"]
    assert {"hollin-en", "hollin-zh", "w-1", "w-2", "w-3"} <= set(aliases)
    before = app.stats()
    second = app.import_paths([str(tmp_path / "in")])
    assert (second.imported, second.updated, second.duplicates) == (0, 0, 5)
    assert app.stats() == before


def test_raw_bytes_are_kept_and_gbk_is_decoded(app: Storyline, tmp_path: Path) -> None:
    files = write_corpus(tmp_path / "in")
    app.import_paths([str(files["zh_gbk"])])
    with app.db.read() as conn:
        doc = conn.execute(sa.select(schema.documents)).one()
        art = conn.execute(sa.select(schema.articles)).one()
    assert bytes(doc.data) == files["zh_gbk"].read_bytes()
    assert doc.status == "extracted" and doc.format == "html"
    assert art.title == "东岭水库溢洪道出现裂缝 下游村庄连夜转移"
    assert "约1500名村民" in art.text and art.language == "zh-Hans"
    assert art.published.startswith("2025-03-11")


def test_a_bad_file_never_stops_the_rest(app: Storyline, tmp_path: Path) -> None:
    write_corpus(tmp_path / "in")
    (tmp_path / "in" / "broken.xml").write_bytes(b'<?xml version="1.0"?><rss><channel><item><title>x')
    (tmp_path / "in" / "empty.html").write_bytes(b"")
    (tmp_path / "in" / "blob.bin").write_bytes(b"\x00\x01\x02\x03" * 50)
    summary = app.import_paths([str(tmp_path / "in"), str(tmp_path / "missing.html")])
    assert summary.imported == 4
    reasons = {Path(f.origin).name: f.reason for f in summary.failed}
    assert set(reasons) == {"broken.xml", "empty.html", "blob.bin", "missing.html"}
    assert all("\n" not in r and r for r in reasons.values())


def test_reextract_rebuilds_and_resumes_pending(app: Storyline, tmp_path: Path) -> None:
    files = write_corpus(tmp_path / "in")
    app.import_paths([str(files["en"])])
    with app.db.write() as conn:  # as if killed between storing the raw bytes and extracting
        conn.execute(sa.delete(schema.article_aliases))
        conn.execute(sa.delete(schema.articles))
        conn.execute(sa.update(schema.documents).values(status="pending"))
    summary = app.reextract(only_pending=True)
    assert summary.imported == 1
    again = app.reextract()
    assert (again.imported, again.updated, again.duplicates) == (0, 0, 1)


def test_edited_article_at_same_url_updates(app: Storyline, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    line = '{"id": "%s", "url": "https://news.example.org/a?utm_source=feed", "title": "%s", "text": "%s"}\n'
    (folder / "v1.jsonl").write_text(line % ("a1", "Old title", "First version of the story."))
    (folder / "v2.jsonl").write_text(line % ("a2", "New title", "Second, corrected version of the story."))
    app.import_paths([str(folder / "v1.jsonl")])
    summary = app.import_paths([str(folder / "v2.jsonl")])
    assert (summary.imported, summary.updated) == (0, 1)
    with app.db.read() as conn:
        rows = conn.execute(sa.select(schema.articles)).all()
    assert len(rows) == 1 and rows[0].title == "New title"
    assert _aliases(app) == {"a1": rows[0].id, "a2": rows[0].id}
