"""Story comparison end to end: import, analyse, cluster, compare — on the demo corpus and the seeds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from storyline.analyze.claims import extract_claims
from storyline.analyze.compare import SourceArticle, align_claims
from storyline.config import Settings
from storyline.demo import CORPUS_DIR, load_truth
from storyline.service import Storyline
from storyline.service.compare import compare_story
from storyline.store.schema import article_aliases, article_analysis, articles, entities, stories, story_articles

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"


def _open(tmp: Path) -> Storyline:
    return Storyline.open(Settings.load(env={}, db_url=f"sqlite:///{tmp / 'store.db'}", data_dir=str(tmp),
                                        cluster_embed=True))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Storyline]:
    app = _open(tmp_path_factory.mktemp("demo"))
    app.import_paths([str(CORPUS_DIR)], cluster=True)
    yield app
    app.close()


def _story_of(app: Storyline, external_id: str) -> str:
    """The uid of the story holding the article imported as ``external_id``."""
    with app.db.read() as conn:
        art = conn.execute(sa.select(articles.c.id).where(articles.c.external_id == external_id)).scalar()
        if art is None:
            art = conn.execute(sa.select(article_aliases.c.article_id)
                               .where(article_aliases.c.external_id == external_id)).scalar()
        uid = conn.execute(sa.select(stories.c.uid).select_from(story_articles.join(stories))
                           .where(story_articles.c.article_id == art)).scalar()
    assert uid is not None, external_id
    return str(uid)


def _row(data: dict[str, Any], unit: str) -> dict[str, Any]:
    rows = [r for r in data["claims"] if r["unit"] == unit]
    assert rows, (unit, [r["unit"] for r in data["claims"]])
    return rows[0]


def test_every_article_is_analysed_at_import(demo: Storyline) -> None:
    with demo.db.read() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar()
        analysed = conn.execute(sa.select(sa.func.count()).select_from(article_analysis)).scalar()
        named = conn.execute(sa.select(sa.func.count()).select_from(entities)
                             .where(entities.c.article_count > 0)).scalar()
    assert analysed == total
    assert named and named > 20


def test_dam_story_lines_up_disputed_figures_with_their_authorities(demo: Storyline) -> None:
    data = compare_story(demo, _story_of(demo, "hualian-dam-0304"))
    assert data is not None
    values = [(v["source"], v["value"], v["qualifier"]) for r in data["claims"] for v in r["values"]]
    outlets = {v[0] for v in values}
    assert len(outlets) >= 3  # several sources speak in the claims table
    assert any(v[1] == 12 for v in values)
    assert any(v[1] == 40 and v[2] == "at_least" for v in values)  # the villagers' toll on 欧华之声
    assert any(v["attributed_to"] for r in data["claims"] for v in r["values"])
    # every value cites the article it came from, and reposts are not separate voices
    repost_ids = {r["article_id"] for r in data["reposts"] if r["via"] != "attribution"}
    assert repost_ids
    assert not {v["article_id"] for r in data["claims"] for v in r["values"]} & repost_ids


def test_dam_story_folds_reposts_under_the_original(demo: Storyline) -> None:
    data = compare_story(demo, _story_of(demo, "hualian-dam-0304"))
    assert data is not None
    folded = {r["outlet"] for s in data["sources"] for r in s["reposts"]}
    assert folded  # 聚闻网's verbatim copy sits under 华联社
    assert data["independent_sources"] < len({s["outlet"] for s in data["sources"]}) + len(folded)
    via = {r["via"] for r in data["reposts"]}
    assert via & {"exact copy", "near-duplicate"}
    assert data["first_reported_by"] == data["timeline"][0]["outlet"]
    assert data["timeline"][0]["first"] is True
    assert sum(e["first"] for e in data["timeline"]) == 1


def test_summary_quotes_entities_and_unique_details(demo: Storyline) -> None:
    data = compare_story(demo, _story_of(demo, "hualian-dam-0304"))
    assert data is not None
    assert 3 <= len(data["summary"]) <= 5
    assert len(set(data["summary"])) == len(data["summary"])
    assert data["quotes"] and all(q["text"] and q["source"] for q in data["quotes"])
    assert any(q["speaker"] for q in data["quotes"])
    kinds = {e["kind"] for e in data["entities"]}
    assert {"PER", "LOC"} <= kinds
    assert data["unique_details"]
    assert all(d["sentence"] and d["source"] for d in data["unique_details"])


def test_every_multi_source_demo_story_has_a_comparison(demo: Storyline) -> None:
    truth = load_truth()
    seen: set[str] = set()
    for event in truth["events"]:
        first = next(k for k, a in truth["articles"].items() if a["event"] == event)
        uid = _story_of(demo, first)
        if uid in seen:
            continue
        seen.add(uid)
        data = compare_story(demo, uid)
        assert data is not None
        assert data["summary"], event
        assert data["sources"], event
        assert [t["time"] for t in data["timeline"] if t["time"]] == sorted(t["time"] for t in data["timeline"]
                                                                           if t["time"])


def test_compare_is_cached_until_the_story_changes(demo: Storyline) -> None:
    uid = _story_of(demo, "hualian-dam-0304")
    assert compare_story(demo, uid) is compare_story(demo, uid)
    assert compare_story(demo, "no-such-story") is None


@pytest.mark.shared
@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared not present")
def test_seeds_compare_as_one_story(tmp_path: Path) -> None:
    app = _open(tmp_path)
    try:
        app.import_paths([str(SEEDS)], cluster=True)
        with app.db.read() as conn:
            [uid] = [r.uid for r in conn.execute(sa.select(stories.c.uid))]
        data = compare_story(app, uid)
    finally:
        app.close()
    assert data is not None
    troops = _row(data, "troops")
    by_source: dict[str, set[tuple[float, str | None]]] = {}
    for v in troops["values"]:
        by_source.setdefault(v["source"], set()).add((v["value"], v["qualifier"]))
    dw = next(s for s in by_source if "dw" in s.lower() or "德国之声" in s)
    wforum = next(s for s in by_source if s != dw)
    assert {1500, 12000, 11000} <= {int(v) for v, _ in by_source[dw]}
    assert (1500, "at_least") in by_source[wforum] and (10000, "at_least") in by_source[wforum]
    attributions = {v["value"]: v["attributed_to"] for v in troops["values"] if v["source"] == dw}
    assert "布达诺夫" in (attributions[11000] or "")
    assert attributions[12000]
    people = {e["name"] for e in data["entities"] if e["kind"] == "PER"}
    for name in ("金弘均", "季诺维也夫", "佩斯科夫", "吕特", "尹锡悦", "布达诺夫", "林剑"):
        assert any(name in p for p in people), (name, people)
    assert any(r["copy_of_outlet"] == "第一军情" and r["via"] == "attribution" for r in data["reposts"])
    unique = {d["source"]: " ".join(x["sentence"] for x in data["unique_details"] if x["source"] == d["source"])
              for d in data["unique_details"]}
    assert "证据" in unique.get(wforum, "")  # the US "no evidence" statement only wforum carries
    assert "吕特" in unique.get(dw, "") or "林剑" in unique.get(dw, "")
    assert data["independent_sources"] == 2


def _article(id_: int, outlet: str, language: str, text: str) -> SourceArticle:
    return SourceArticle(id=id_, outlet=outlet, title=None, url=None, language=language, published=None, text=text,
                         claims=extract_claims(text, language))


def _rows(*members: SourceArticle) -> list[tuple[str, list[tuple[str, float]]]]:
    return sorted((r["unit"], sorted((v["source"], v["value"]) for v in r["values"])) for r in align_claims(members))


def test_rows_tell_money_apart_by_what_it_measures_and_merge_it_across_languages() -> None:
    rows = _rows(
        _article(1, "a", "de", "Die Schäden belaufen sich auf 2 Milliarden Euro. Die Regierung kündigte Soforthilfen "
                               "von 100 Millionen Euro an."),
        _article(2, "b", "en", "The storm caused insured damage of €2bn. The government pledged €100m in emergency "
                               "aid."),
        _article(3, "c", "zh-Hans", "风暴造成的损失约为20亿欧元，政府拨付救助资金1亿欧元。"),
        _article(4, "d", "en", "It is about €2bn, insurers said."),
    )
    assert ("eur", [("a", 2e9), ("b", 2e9), ("c", 2e9), ("d", 2e9)]) in rows  # damage, and the bare €2bn
    assert ("eur", [("a", 100e6), ("b", 100e6), ("c", 100e6)]) in rows  # aid
    assert len(rows) == 2


def test_rows_of_one_measure_split_by_subject_but_counted_things_by_unit_only() -> None:
    rows = _rows(
        _article(1, "a", "zh-Hans", "震源深度10公里，震中位于港口以北12公里。约1500名士兵抵达。"),
        _article(2, "b", "en", "The quake struck at a depth of 10 km, 12 km north of the port. About 1,200 troops "
                               "arrived."),
        _article(3, "c", "de", "Rund 1.500 Soldaten trafen ein."),
    )
    assert ("km", [("a", 10.0), ("b", 10.0)]) in rows
    assert ("km", [("a", 12.0), ("b", 12.0)]) in rows  # the distance from the port is not the depth
    assert ("troops", [("a", 1500.0), ("b", 1200.0), ("c", 1500.0)]) in rows


def test_rows_keep_one_unit_together_when_no_subject_says_what_is_measured() -> None:
    rows = _rows(_article(1, "a", "en", "It cost $20."), _article(2, "b", "en", "He paid $25 in the end, he said."))
    assert rows == [("usd", [("a", 20.0), ("b", 25.0)])]
