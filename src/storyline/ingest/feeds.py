"""Feeds -> items: RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 through feedparser, JSON Feed 1.0/1.1 by hand.

One item per entry. The body is the entry's full content (``content:encoded``, Atom ``content``)
as a FRAGMENT; an entry with only a summary gives that summary (FRAGMENT when it is HTML, TEXT when
it is plain) and is marked ``summary_only`` so the page can be fetched for the full text.

XML is checked by :mod:`.xmlsafety` before feedparser sees it (no entity bombs, no external
entities), and feedparser only ever gets a byte stream, never a string it might take for a URL.
"""

from __future__ import annotations

import codecs
import hashlib
import html
import io
import json
import re
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import charset_normalizer
import feedparser

from ..errors import EmptyDocument, InputError
from ..model import Hints, Item, ItemKind, RawDocument
from .xmlsafety import check_xml_prolog, prolog_text

_PROLOG = re.compile(r"(?:\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>))*\s*", re.DOTALL | re.IGNORECASE)
_FEED_ROOT = re.compile(r"<(?:[\w.-]+:)?(?:rss|feed|RDF|channel)[\s>/]", re.IGNORECASE)
_JSON_FEED = re.compile(r"\"version\"\s*:\s*\"https?://jsonfeed\.org/version/", re.IGNORECASE)
_XML_ENCODING = re.compile(r"""\A[^<]*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']""", re.IGNORECASE)
_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][\w:-]*[^<>]*>|<!--|<!\[CDATA\[")
# byte order marks, and '<' in UTF-16/32 without one: feedparser reads these itself
_UNICODE_MARKS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, b"\x00<", b"<\x00")
_MAIL_THEN_NAME = re.compile(r"^\S+@\S+\s*\((?P<name>[^()]+)\)$")
_NAME_THEN_MAIL = re.compile(r"^(?P<name>[^<>]+?)\s*<[^<>@\s]+@[^<>\s]+>$")
_BARE_MAIL = re.compile(r"^(?:mailto:)?[^@\s]+@[^@\s]+$", re.IGNORECASE)
_CHINESE_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs"}


def looks_like_feed(head: bytes) -> bool:
    """Whether the first bytes of a document look like RSS, Atom, RSS 1.0 (RDF) or a JSON Feed."""
    text = prolog_text(head[:8192])
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("{"):
        return bool(_JSON_FEED.search(stripped))
    prolog = _PROLOG.match(stripped)
    return bool(_FEED_ROOT.match(stripped, prolog.end() if prolog else 0))


def parse_feed(doc: RawDocument) -> list[Item]:
    """One item per feed entry. Raises InputError (EmptyDocument when there are no entries)."""
    data = doc.data
    if not data.strip():
        raise EmptyDocument("empty document: not a feed")
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"["):
        return parse_json_feed(doc)
    return _parse_xml_feed(doc)


# --- XML feeds -------------------------------------------------------------------------------


def _parse_xml_feed(doc: RawDocument) -> list[Item]:
    check_xml_prolog(doc.data)
    headers = _response_headers(doc)
    try:
        parsed = feedparser.parse(io.BytesIO(doc.data), response_headers=headers)
    except Exception as exc:  # feedparser is meant never to raise; keep that promise for it
        raise InputError(f"not a feed: the feed parser failed ({type(exc).__name__}: {_one_line(exc)})") from exc
    entries = list(parsed.get("entries") or [])
    if not entries:
        raise _no_entries(parsed)
    feed = parsed.get("feed") or {}
    context = _FeedContext(
        source=_clean(feed.get("title")),
        site_name=_host(feed.get("link")) or _host(doc.origin),
        language=_clean(feed.get("language")) or _clean(headers.get("content-language")),
        fetched_at=doc.fetched_at,
    )
    return _unique_keys([_xml_entry_item(entry, context) for entry in entries])


def _response_headers(doc: RawDocument) -> dict[str, str]:
    """The headers feedparser decodes with: the document's Content-Type, or a guessed charset.

    feedparser decodes undeclared non-UTF-8 XML as windows-1252, so a GBK or Big5 feed without
    an encoding declaration is given the charset charset-normalizer finds instead.
    """
    headers: dict[str, str] = {}
    if doc.content_type:
        headers["content-type"] = doc.content_type
    if urlsplit(doc.origin).scheme in ("http", "https"):
        headers["content-location"] = doc.origin
    if _declared_charset(doc):
        return headers
    try:
        doc.data.decode("utf-8")
    except UnicodeDecodeError:
        guess = _guess_charset(doc.data)
        if guess:
            headers["content-type"] = f"application/xml; charset={guess}"
    return headers


def _declared_charset(doc: RawDocument) -> bool:
    if doc.content_type and "charset=" in doc.content_type.lower():
        return True
    if doc.data.startswith(_UNICODE_MARKS):
        return True
    return bool(_XML_ENCODING.match(prolog_text(doc.data[:1024])))


def _guess_charset(data: bytes) -> str | None:
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None
    name = best.encoding.lower().replace("_", "")
    return _CHINESE_ALIASES.get(name, best.encoding)


def _no_entries(parsed: Mapping[str, Any]) -> InputError:
    exc = parsed.get("bozo_exception")
    syntax = ""
    if exc is not None and hasattr(exc, "getLineNumber"):
        syntax = f"XML syntax error at line {exc.getLineNumber()}: {_one_line(exc.getMessage())}"
    version = parsed.get("version") or ""
    if not version:
        return InputError(f"not a feed: {syntax or 'no entries and no rss, feed or rdf:RDF root element'}")
    title = _clean((parsed.get("feed") or {}).get("title"))
    named = f" {title!r}" if title else ""
    return EmptyDocument(f"feed{named} ({version}) has no entries" + (f" ({syntax})" if syntax else ""))


class _FeedContext:
    __slots__ = ("fetched_at", "language", "site_name", "source")

    def __init__(self, source: str | None, site_name: str | None, language: str | None,
                 fetched_at: datetime | None) -> None:
        self.source = source
        self.site_name = site_name
        self.language = language
        self.fetched_at = fetched_at


def _xml_entry_item(entry: dict[str, Any], context: _FeedContext) -> Item:
    kind, body, language, summary_only = _xml_entry_body(entry)
    guid = _clean(entry.get("id"))
    url = _clean(entry.get("link"))
    title = _clean(entry.get("title"))
    hints = Hints(
        external_id=None,
        url=url,
        title=title,
        author=_xml_author(entry),
        site_name=context.site_name,
        source=context.source,
        published=_xml_published(entry),
        language=language or context.language,
        fetched_at=context.fetched_at,
        guid=guid,
        summary_only=summary_only,
    )
    key = guid or url or _content_key(title, body)
    return Item(key=key, kind=kind, body=body, hints=hints)


def _xml_entry_body(entry: dict[str, Any]) -> tuple[ItemKind, str, str | None, bool]:
    """(kind, body, language, summary_only): the longest full content, else the summary."""
    contents = [c for c in (entry.get("content") or []) if _clean(c.get("value"))]
    if contents:
        best = max(contents, key=lambda c: len(c.get("value") or ""))
        kind, body = _typed_body(best.get("value") or "", best.get("type"))
        return kind, body, _clean(best.get("language")), False
    detail = entry.get("summary_detail") or {}
    summary = entry.get("summary") or detail.get("value") or ""
    kind, body = _typed_body(summary, detail.get("type"))
    return kind, body, _clean(detail.get("language")), True


def _typed_body(value: str, mime: str | None) -> tuple[ItemKind, str]:
    """HTML stays a FRAGMENT; plain text (declared, or HTML-typed without any markup) becomes TEXT."""
    mime = (mime or "text/html").lower()
    if mime in ("text/plain", "text"):
        return ItemKind.TEXT, value.strip()
    if _TAG.search(value):
        return ItemKind.FRAGMENT, value.strip()
    return ItemKind.TEXT, html.unescape(value).strip()


def _xml_author(entry: dict[str, Any]) -> str | None:
    """The author's name: ``mail@host (Name)`` and ``Name <mail@host>`` give Name, a bare address None."""
    raw = _clean(entry.get("author"))
    if raw is None:
        return _clean((entry.get("author_detail") or {}).get("name"))
    match = _MAIL_THEN_NAME.match(raw) or _NAME_THEN_MAIL.match(raw)
    if match:
        return match.group("name").strip() or None
    return None if _BARE_MAIL.match(raw) else raw


def _xml_published(entry: dict[str, Any]) -> datetime | None:
    """The entry's date, with the offset it was written with when that can be read back."""
    for raw_key, parsed_key in (("published", "published_parsed"), ("updated", "updated_parsed")):
        parsed = dict.get(entry, parsed_key)  # dict.get: no feedparser fallback warning
        raw = dict.get(entry, raw_key)
        if parsed is None and not raw:
            continue
        return _with_original_offset(parsed, raw if isinstance(raw, str) else None)
    return None


def _with_original_offset(parsed: time.struct_time | None, raw: str | None) -> datetime | None:
    """feedparser gives UTC; the raw string keeps the writer's offset (or says there was none)."""
    own = parse_date(raw) if raw else None
    if parsed is None:
        return own
    try:
        utc = datetime(*parsed[:6], tzinfo=UTC)
    except (TypeError, ValueError, OverflowError):
        return own
    if own is None:
        return utc
    if own.tzinfo is None:
        return own if own.replace(tzinfo=UTC) == utc else utc
    return own if own == utc else utc


def parse_date(raw: str) -> datetime | None:
    """RFC 822 or ISO 8601 / RFC 3339: aware when an offset is given, naive when not, None if unreadable."""
    text = raw.strip()
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        value = None
    if value is None:
        try:
            value = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    if value.year < 1000:
        return None
    return value


# --- JSON Feed -------------------------------------------------------------------------------


def parse_json_feed(doc: RawDocument) -> list[Item]:
    """One item per JSON Feed item (https://jsonfeed.org/version/1 and /1.1)."""
    text = _decode_json(doc.data)
    try:
        obj = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise InputError(f"not a JSON Feed: invalid JSON ({_one_line(exc)})") from exc
    if not isinstance(obj, dict) or not str(obj.get("version", "")).startswith(("https://jsonfeed.org/",
                                                                              "http://jsonfeed.org/")):
        raise InputError("not a JSON Feed: no \"version\": \"https://jsonfeed.org/version/...\" member")
    raw_items = obj.get("items")
    if not isinstance(raw_items, list):
        raise InputError("not a JSON Feed: \"items\" is missing or not a list")
    context = _FeedContext(
        source=_clean(obj.get("title")),
        site_name=_host(obj.get("home_page_url")) or _host(obj.get("feed_url")) or _host(doc.origin),
        language=_clean(obj.get("language")),
        fetched_at=doc.fetched_at,
    )
    feed_author = _json_author(obj)
    items = [_json_item(raw, context, feed_author) for raw in raw_items if isinstance(raw, dict)]
    if not items:
        title = f" {context.source!r}" if context.source else ""
        raise EmptyDocument(f"JSON Feed{title} has no items")
    return _unique_keys(items)


def _decode_json(data: bytes) -> str:
    """JSON is UTF-8 (RFC 8259); UTF-16 with a byte order mark and GB 18030 are read as a courtesy."""
    encodings = ("utf-16",) if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else ("utf-8-sig", "gb18030")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def _json_item(raw: Mapping[str, Any], context: _FeedContext, feed_author: str | None) -> Item:
    content_html = _clean(raw.get("content_html"))
    content_text = _clean(raw.get("content_text"))
    summary = _clean(raw.get("summary"))
    if content_html:
        kind, body, summary_only = ItemKind.FRAGMENT, content_html, False
    elif content_text:
        kind, body, summary_only = ItemKind.TEXT, content_text, False
    else:
        kind, body, summary_only = ItemKind.TEXT, summary or "", True
    guid = _scalar(raw.get("id"))
    url = _clean(raw.get("url")) or _clean(raw.get("external_url"))
    title = _clean(raw.get("title"))
    published = raw.get("date_published") or raw.get("date_modified")
    hints = Hints(
        url=url,
        title=title,
        author=_json_author(raw) or feed_author,
        site_name=context.site_name,
        source=context.source,
        published=parse_date(published) if isinstance(published, str) else None,
        language=_clean(raw.get("language")) or context.language,
        fetched_at=context.fetched_at,
        guid=guid,
        summary_only=summary_only,
    )
    return Item(key=guid or url or _content_key(title, body), kind=kind, body=body, hints=hints)


def _json_author(obj: Mapping[str, Any]) -> str | None:
    authors = obj.get("authors")
    candidates = list(authors) if isinstance(authors, list) else []
    candidates.append(obj.get("author"))
    for author in candidates:
        if isinstance(author, dict) and _clean(author.get("name")):
            return _clean(author.get("name"))
        if isinstance(author, str) and author.strip():
            return author.strip()
    return None


# --- shared helpers --------------------------------------------------------------------------


def _unique_keys(items: list[Item]) -> list[Item]:
    """Keys are unique within a document: a repeated key gets ``#2``, ``#3``... in entry order."""
    seen: dict[str, int] = {}
    for item in items:
        count = seen.get(item.key, 0) + 1
        seen[item.key] = count
        if count > 1:
            item.key = f"{item.key}#{count}"
    return items


def _content_key(title: str | None, body: str) -> str:
    digest = hashlib.sha256(f"{title or ''}\n{body}".encode()).hexdigest()
    return f"sha256:{digest[:24]}"


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = value.strip()
    return text or None


def _scalar(value: object) -> str | None:
    """A JSON id as a string: strings kept, numbers written as JSON writes them."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return json.dumps(value)
    return _clean(value)


def _host(url: object) -> str | None:
    if not isinstance(url, str) or not url.strip():
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https"):
        return None
    return parts.hostname or None


def _one_line(exc: object) -> str:
    return " ".join(str(exc).split())[:200]
