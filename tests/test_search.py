"""CJK-aware search: tokenisation, zh-Hant/zh-Hans both ways, 2-character words, filters, index upkeep."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.config import Settings
from storyline.service import Storyline
from storyline.service.reader import search
from storyline.store import search as search_sql

ROWS = [
    {"id": "kp-hans", "title": "朝鲜宣布试射新型导弹", "language": "zh-Hans", "source": "Hualian",
     "published": "2025-03-10T08:00:00Z",
     "text": "朝鲜官方媒体周一报道，该国试射了一枚新型中程导弹。\n\n邻国政府表示正在密切关注局势。"},
    {"id": "kp-hant", "title": "南韓軍方：偵測到飛行物", "language": "zh-Hant", "source": "Gangwen",
     "published": "2025-03-11T09:00:00Z",
     "text": "南韓聯合參謀本部表示，週一上午偵測到一枚從北方發射的飛行物，落入東部海域。\n\n"
             "官員說，國際社會應保持冷靜。"},
    {"id": "bridge-en", "title": "Harbour bridge closed after cracks found", "language": "en",
     "source": "Northern Ledger", "url": "https://ledger.example/bridge", "published": "2025-03-12T10:00:00Z",
     "text": "The old harbour bridge in Lindenbrook was closed on Tuesday after inspectors found cracks."},
    {"id": "bridge-de", "title": "Hafenbrücke gesperrt", "language": "de", "source": "Rundfunk Nord",
     "published": "2025-03-13T10:00:00Z",
     "text": "Die alte Hafenbrücke in Lindenbrook ist seit Dienstag gesperrt; Prüfer fanden Risse."},
]


@pytest.fixture
def app(db_url: str, tmp_path: Path) -> Iterator[Storyline]:
    storyline = Storyline.open(Settings(db_url=db_url, cluster_embed=False))
    (tmp_path / "wire.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS) + "\n",
                                         encoding="utf-8")
    summary = storyline.import_paths([str(tmp_path / "wire.jsonl")])
    assert summary.failed == [] and summary.imported == 4
    yield storyline
    storyline.close()


def titles(app: Storyline, q: str, **filters: str) -> set[str]:
    found = search(app, q, **filters)  # type: ignore[arg-type]
    return {a["title"] for g in found["groups"] for a in g["articles"]}


def test_tokens_cover_jieba_words_bigrams_and_latin_words() -> None:
    tokens = search_sql.index_tokens("朝鲜半岛局势 u.s. bridge 2025")
    assert {"朝鲜", "鲜半", "半岛", "朝鲜半岛", "u", "s", "bridge", "2025"} <= set(tokens)
    assert [t.text for t in search_sql.query_tokens("朝鲜")] == ["朝鲜"]
    assert search_sql.query_tokens("桥")[0].prefix
    assert search_sql.query_tokens(" ,。") == []


def test_two_character_word_matches(app: Storyline) -> None:
    assert titles(app, "朝鲜") == {"朝鲜宣布试射新型导弹"}


def test_traditional_query_finds_simplified_text_and_the_reverse(app: Storyline) -> None:
    assert titles(app, "朝鮮") == {"朝鲜宣布试射新型导弹"}  # zh-Hant query, zh-Hans article
    assert titles(app, "侦测 飞行物") == {"南韓軍方：偵測到飛行物"}  # zh-Hans query, zh-Hant article


def test_every_word_must_match(app: Storyline) -> None:
    assert titles(app, "Lindenbrook") == {"Harbour bridge closed after cracks found", "Hafenbrücke gesperrt"}
    assert titles(app, "lindenbrook CRACKS") == {"Harbour bridge closed after cracks found"}
    assert titles(app, "朝鲜 bridge") == set()
    assert titles(app, "") == set()


def test_filters(app: Storyline) -> None:
    assert titles(app, "Lindenbrook", lang="de") == {"Hafenbrücke gesperrt"}
    assert titles(app, "Lindenbrook", since="2025-03-13") == {"Hafenbrücke gesperrt"}
    assert titles(app, "Lindenbrook", until="2025-03-12") == {"Harbour bridge closed after cracks found"}
    assert titles(app, "Lindenbrook", outlet_ref="Rundfunk Nord") == {"Hafenbrücke gesperrt"}
    assert titles(app, "Lindenbrook", outlet_ref="nobody") == set()
    assert titles(app, "朝鲜", lang="zh") == {"朝鲜宣布试射新型导弹"}


def test_index_follows_updates_and_rebuilds(app: Storyline, tmp_path: Path) -> None:
    changed = dict(ROWS[2], text="The old harbour bridge in Lindenbrook reopened on Friday after repairs.")
    (tmp_path / "wire.jsonl").write_text(json.dumps(changed) + "\n", encoding="utf-8")
    assert app.import_paths([str(tmp_path / "wire.jsonl")]).updated == 1
    assert titles(app, "reopened") == {"Harbour bridge closed after cracks found"}
    assert titles(app, "inspectors") == set()
    with app.db.write() as conn:
        assert search_sql.rebuild_index(conn) == 4
    assert titles(app, "reopened") == {"Harbour bridge closed after cracks found"}
