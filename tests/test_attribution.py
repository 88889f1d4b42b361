"""extract.attribution: agencies and repost credits, canonical and in order of first mention."""

from __future__ import annotations

import pytest

from storyline.extract.attribution import canonical_name, find_attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("据美联社报道，当地时间周一发生地震。法新社称，伤亡不详。", ["AP", "AFP"]),
        ("據路透社報導，日本共同社消息指出，韓聯社也有報導。", ["Reuters", "Kyodo", "Yonhap"]),
        ("据塔斯社消息，新华社记者从现场发回报道。中央社也报道了此事。", ["TASS", "Xinhua", "CNA"]),
        ("港口恢复运行。（法新社、路透社等）", ["AFP", "Reuters"]),
        ("BERLIN (dpa) - Neue Regeln geplant. Mit Material von AFP und KNA.", ["dpa", "AFP", "KNA"]),
        ("The minister told Reuters on Monday, the Associated Press reported.", ["Reuters", "AP"]),
        ("PARIS (AFP) — Talks resumed, according to Agence France-Presse.", ["AFP"]),
        ("Der Bericht des epd stützt sich auf Angaben der Kirche.", ["epd"]),
    ],
)
def test_agencies(text: str, expected: list[str]) -> None:
    assert find_attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("来源：东海日报　作者：李明", ["东海日报"]),
        ("本文转自海风周刊的公众号，略有删节。", ["海风周刊"]),
        ("转载自 www.example.com/news/1", ["example.com"]),
        ("來源：中央社", ["CNA"]),
        ("Quelle: Neustädter Anzeiger", ["Neustädter Anzeiger"]),
        ("Source: The North Sea Herald", ["The North Sea Herald"]),
        ("Reposted from Harbour Weekly with permission.", ["Harbour Weekly"]),
        ("Quelle: Reuters/AP", ["Reuters", "AP"]),
    ],
)
def test_repost_credits(text: str, expected: list[str]) -> None:
    assert find_attributions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "中央社会工作部召开会议，共同社会责任成为讨论重点。",  # 中央社会 / 共同社会 are not agencies
        "Sources said the plan would be delayed.",  # no colon: not a credit
        "The APR rate rose; trade tensions eased.",
        "来自北京的代表团抵达会场。",
        "来源：网络",
        "Source: company filings and regional statistics",
    ],
)
def test_no_false_credits(text: str) -> None:
    assert find_attributions(text) == []


def test_deduplicated_in_order_of_first_mention() -> None:
    text = "路透社报道称……美联社称……据路透社消息……（美联社、路透社）"
    assert find_attributions(text, "zh-Hans") == ["Reuters", "AP"]


def test_canonical_name() -> None:
    assert canonical_name("法新社") == "AFP"
    assert canonical_name(" Reuters ") == "Reuters"
    assert canonical_name("https://www.example.org/a/1") == "example.org"
    assert canonical_name("《海风周刊》") == "海风周刊"
