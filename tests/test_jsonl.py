"""ingest.jsonl: JSON Lines articles -> items, bad lines skipped with a reason."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from storyline.errors import DecodeError, EmptyDocument
from storyline.ingest.jsonl import looks_like_jsonl, parse_iso_date, parse_jsonl, parse_jsonl_report
from storyline.model import ItemKind, RawDocument

LINES = [
    json.dumps({"id": "zh-001", "url": "https://bao.example/a/1", "title": "山城缆车恢复运营",
                "text": "经过三周检修，山城缆车周六起恢复运营。\n\n票价保持不变。",
                "published": "2024-10-19T14:00:00+08:00", "language": "zh", "source": "山城晚报",
                "author": "周雨桐"}, ensure_ascii=False),
    json.dumps({"id": " 0042 ", "html": "<p>Die Seilbahn fährt <b>wieder</b>.</p>", "title": "Seilbahn",
                "published": "2024-10-19 08:00"}),
    '{"id": "broken", "text": "missing brace"',
    json.dumps({"url": "https://ledger.example/only-title", "title": "Bridge reopens to traffic",
                "published": "last Tuesday"}),
    json.dumps({"id": "empty", "text": "   ", "author": "Nobody"}),
    "",
    json.dumps(["not", "an", "object"]),
    json.dumps({"id": 7, "text": "Numeric id article.", "published": "2024-10-21"}),
]


def doc(lines: list[str] | bytes) -> RawDocument:
    data = lines if isinstance(lines, bytes) else "\n".join(lines).encode("utf-8")
    return RawDocument(data, "articles.jsonl", fetched_at=datetime(2024, 10, 22, tzinfo=UTC))


def test_parse_jsonl_items() -> None:
    zh, de, title_only, numeric = parse_jsonl(doc(LINES))
    assert zh.key == "zh-001" and zh.kind is ItemKind.TEXT
    assert zh.body == "经过三周检修，山城缆车周六起恢复运营。\n\n票价保持不变。"
    assert zh.hints.external_id == "zh-001"
    assert zh.hints.url == "https://bao.example/a/1"
    assert zh.hints.title == "山城缆车恢复运营"
    assert zh.hints.author == "周雨桐"
    assert zh.hints.source == "山城晚报"
    assert zh.hints.language == "zh"
    assert zh.hints.published == datetime(2024, 10, 19, 14, 0, tzinfo=timezone(timedelta(hours=8)))
    assert zh.hints.fetched_at == datetime(2024, 10, 22, tzinfo=UTC)

    assert de.kind is ItemKind.FRAGMENT
    assert de.body == "<p>Die Seilbahn fährt <b>wieder</b>.</p>"
    assert de.key == de.hints.external_id == " 0042 "  # kept exactly
    assert de.hints.published == datetime(2024, 10, 19, 8, 0)  # no offset: naive
    assert de.hints.published.tzinfo is None

    assert title_only.kind is ItemKind.TEXT
    assert title_only.body == ""
    assert title_only.hints.title == "Bridge reopens to traffic"
    assert title_only.key == "line-4"  # no id: the line number
    assert title_only.hints.external_id is None
    assert title_only.hints.published is None  # a bad date is no failure

    assert numeric.key == numeric.hints.external_id == "7"
    assert numeric.hints.published == datetime(2024, 10, 21)


def test_parse_jsonl_report_reasons() -> None:
    items, notes = parse_jsonl_report(doc(LINES))
    assert len(items) == 4
    assert notes == [
        "line 3: invalid JSON (Expecting ',' delimiter)",
        "line 5: no text, html or title",
        "line 7: not a JSON object but list",
    ]


def test_html_wins_over_text() -> None:
    [item] = parse_jsonl(doc([json.dumps({"text": "plain", "html": "<p>reich</p>"})]))
    assert item.kind is ItemKind.FRAGMENT and item.body == "<p>reich</p>"


def test_duplicate_ids_and_crlf() -> None:
    data = b'{"id": "a", "text": "eins"}\r\n{"id": "a", "text": "zwei"}\r\n'
    items, notes = parse_jsonl_report(doc(data))
    assert [i.key for i in items] == ["a", "line-2"]
    assert [i.body for i in items] == ["eins", "zwei"]
    assert notes == ["line 2: duplicate id 'a' (kept as line-2)"]


def test_no_articles() -> None:
    with pytest.raises(EmptyDocument, match=r"no article in JSON Lines: line 1: invalid JSON .* \(and 1 more\)"):
        parse_jsonl(doc(["{oops", '{"id": 1}']))
    with pytest.raises(EmptyDocument, match="empty JSON Lines"):
        parse_jsonl(doc(b"\n\n"))


def test_not_utf8() -> None:
    data = b'{"text": "ok"}\n' + '{"text": "中文"}\n'.encode("gbk")
    with pytest.raises(DecodeError, match="line 2"):
        parse_jsonl(doc(data))


def test_deeply_nested_line_is_skipped() -> None:
    items, notes = parse_jsonl_report(doc(["[" * 100000, json.dumps({"text": "Nach dem Unsinn."})]))
    assert [i.body for i in items] == ["Nach dem Unsinn."]
    assert notes[0].startswith("line 1: invalid JSON")


def test_parse_iso_date() -> None:
    assert parse_iso_date("2024-10-21T08:00:00Z") == datetime(2024, 10, 21, 8, 0, tzinfo=UTC)
    assert parse_iso_date("2024-10-21T08:00:00+0200") == datetime(2024, 10, 21, 6, 0, tzinfo=UTC)
    assert parse_iso_date("2024-10-21 08:00:00+08:00") == datetime(2024, 10, 21, 0, 0, tzinfo=UTC)
    assert parse_iso_date("2024-10-21T08:00:00.123456789") == datetime(2024, 10, 21, 8, 0, 0, 123456)
    assert parse_iso_date("2024-13-40") is None
    assert parse_iso_date("21.10.2024") is None
    assert parse_iso_date(1729500000) is None
    assert parse_iso_date(None) is None


def test_looks_like_jsonl() -> None:
    assert looks_like_jsonl("\n".join(LINES).encode()[:4096])
    assert looks_like_jsonl(b'\xef\xbb\xbf{"title": "x"}\n')
    assert not looks_like_jsonl(b'{"version": "https://jsonfeed.org/version/1.1", "items": []}\n')
    assert not looks_like_jsonl(b'{"foo": 1}\n')
    assert not looks_like_jsonl(b"<rss></rss>")
    assert not looks_like_jsonl(b"[1, 2]\n")
