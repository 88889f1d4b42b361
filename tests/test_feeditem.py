"""ingest.feeditem: full-text feed-item dumps -> one FRAGMENT item."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storyline.errors import DecodeError, EmptyDocument, InputError, UnknownFormat
from storyline.ingest.feeditem import looks_like_feeditem, parse_feeditem
from storyline.model import ItemKind, RawDocument

URL = "https://news.example.org/zh/%E6%B8%AF%E5%8F%A3/a-123"
DUMP = (
    "<!--1729511224000-->\n"
    f"[东海港新码头试运行 \\[快讯\\]]({URL})\n"
    "------\n"
    "\n"
    "<div><i><br>2024-10-21T08:00:00Z</i></div><p>东海港第五期集装箱码头本周一投入试运行。</p>\n"
)


def doc(text: str | bytes, origin: str = "item.txt") -> RawDocument:
    return RawDocument(text.encode("utf-8") if isinstance(text, str) else text, origin)


def test_parse_feeditem() -> None:
    [item] = parse_feeditem(doc(DUMP))
    assert item.key == ""
    assert item.kind is ItemKind.FRAGMENT
    assert item.hints.title == "东海港新码头试运行 [快讯]"
    assert item.hints.url == URL  # kept exactly as given (percent-encoded)
    assert item.hints.fetched_at == datetime(2024, 10, 21, 11, 47, 4, tzinfo=UTC)
    assert isinstance(item.body, str)
    assert item.body.startswith("<div><i><br>2024-10-21T08:00:00Z")
    assert item.body.endswith("</p>")


def test_crlf_bom_and_seconds_stamp() -> None:
    text = "\ufeff<!-- 1729511224 -->\r\n[Title](https://example.org/a)\r\n---\r\n<p>Body text.</p>"
    [item] = parse_feeditem(doc(text))
    assert item.hints.title == "Title"
    assert item.hints.fetched_at == datetime(2024, 10, 21, 11, 47, 4, tzinfo=UTC)
    assert item.body == "<p>Body text.</p>"


def test_url_with_parentheses() -> None:
    text = "<!--1729511224000-->\n[T](https://example.org/wiki/A_(b))\n------\n<p>x</p>"
    assert parse_feeditem(doc(text))[0].hints.url == "https://example.org/wiki/A_(b)"


def test_title_only_is_kept() -> None:
    [item] = parse_feeditem(doc("<!--1729511224000-->\n[Only a title](https://example.org/a)\n------\n"))
    assert item.body == ""
    assert item.hints.title == "Only a title"


@pytest.mark.parametrize(
    ("text", "error", "fragment"),
    [
        ("[T](https://example.org)\n------\n<p>x</p>", UnknownFormat, "epoch"),
        ("<!--1729511224000-->\nT https://example.org\n------\n<p>x</p>", UnknownFormat, "[title](url)"),
        ("<!--1729511224000-->\n[T](https://example.org)\n<p>x</p>", UnknownFormat, "------"),
        ("<!--99999999999999-->\n[T](https://example.org)\n------\n<p>x</p>", UnknownFormat, "out of range"),
        ("<!--1729511224000-->\n[](https://example.org)\n------\n", EmptyDocument, "neither"),
    ],
)
def test_malformed(text: str, error: type[InputError], fragment: str) -> None:
    with pytest.raises(error) as info:
        parse_feeditem(doc(text))
    message = str(info.value)
    assert fragment in message
    assert "\n" not in message


def test_undecodable_bytes() -> None:
    with pytest.raises(DecodeError):
        parse_feeditem(doc(b"<!--1729511224000-->\n[\xff\xfe\xfa](x)\n------\n\x80\x81"))


def test_looks_like_feeditem() -> None:
    assert looks_like_feeditem(DUMP)
    assert looks_like_feeditem("  \n<!--1729511224000-->\n[T](u)\n")
    assert not looks_like_feeditem("<!DOCTYPE html><html><body><p>x</p></body></html>")
    assert not looks_like_feeditem("<!-- comment -->\n[T](u)\n")
    assert not looks_like_feeditem("<!--1729511224000-->\n<p>no title line</p>\n")
