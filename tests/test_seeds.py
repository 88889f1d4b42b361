"""The two seed documents in ../shared/seeds, end to end through the readers and extractors."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from storyline.extract.attribution import find_attributions
from storyline.extract.fragment import extract_fragment
from storyline.extract.textdump import extract_textdump
from storyline.ingest.feeditem import parse_feeditem
from storyline.model import Hints, ItemKind, RawDocument

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared not present")
SEEDS = SHARED / "seeds"


def seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.mark.shared
@needs_shared
def test_seed_000_feed_item() -> None:
    path = seed("000")
    [item] = parse_feeditem(RawDocument(path.read_bytes(), str(path)))
    assert item.kind is ItemKind.FRAGMENT
    assert item.hints.title == "韩国指朝鲜派兵增援俄侵乌战争 北约回应"
    assert item.hints.url is not None
    assert item.hints.url.startswith("https://www.dw.com/zh/") and item.hints.url.endswith("/a-70553363")
    assert item.hints.fetched_at == datetime(2024, 10, 21, 11, 47, 4, tzinfo=UTC)
    assert isinstance(item.body, str)

    article = extract_fragment(item.body, item.hints, base_url=item.hints.url)
    assert article.published == datetime(2024, 10, 21, 11, 16, 54, 340000, tzinfo=UTC)
    assert len(article.images) == 3
    for image in article.images:
        assert image.src.startswith("https://static.dw.com/image/")
        assert image.caption
        assert image.caption not in article.text
    assert article.text.startswith("（德国之声中文网）")
    assert article.text.endswith("（法新社、路透社等）")
    for gone in ("©", "版权声明", "RSS", "feedx", "2024-10-21T"):
        assert gone not in article.text
    assert {"AP", "AFP", "Reuters"} <= set(find_attributions(article.text))


@pytest.mark.shared
@needs_shared
def test_seed_004_text_dump() -> None:
    raw = seed("004").read_text(encoding="utf-8")
    article = extract_textdump(raw, Hints())
    assert article.title == "韩国召见俄大使:朝军必须撤出俄罗斯"
    assert article.site_name == "wforum.com"
    assert article.published == datetime(2024, 10, 22, 21, 32, 50)
    # in this dump the body paragraphs are exactly the indented lines
    expected = [line.strip() for line in raw.splitlines() if line.startswith("  ") and line.strip()]
    assert len(expected) == 10
    assert article.text.split("\n\n") == expected
    assert article.text.startswith("朝鲜疑似向俄派遣军事力量")
    assert article.text.endswith("能做的其实非常有限。")
    assert len(article.images) == 3
    assert all(image.src == "" and image.caption for image in article.images)
    for gone in ("相关新闻", "排行榜", "热门专题", "广告服务", "Copyright", "(0)", "图片"):
        assert gone not in article.text
    credits = article.attributions + find_attributions(article.text)
    assert "第一军情" in credits
    assert {"Reuters", "Kyodo"} <= set(credits)
