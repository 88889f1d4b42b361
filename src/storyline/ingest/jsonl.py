"""JSON Lines articles -> items, one per line.

Each line is one object::

    {"id": "a-1", "url": "...", "title": "...", "text": "..." | "html": "<p>...</p>",
     "published": "2024-10-21T08:00:00+08:00", "language": "zh", "source": "...", "author": "..."}

``text`` gives a TEXT item, ``html`` a FRAGMENT item (``html`` wins when both are there); a line
with only a title is still an article (a TEXT item with an empty body). Lines that are not JSON
objects, or that carry neither text, html nor title, are skipped with a one-line reason.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from ..errors import DecodeError, EmptyDocument
from ..model import Hints, Item, ItemKind, RawDocument

_ISO_SPACE = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$",
                        re.IGNORECASE)
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ARTICLE_KEYS = ("id", "url", "title", "text", "html", "published", "language", "source", "author")


def looks_like_jsonl(head: bytes) -> bool:
    """Whether the first bytes start with a JSON object on its own line (not a JSON Feed)."""
    text = head.decode("utf-8-sig", errors="ignore").lstrip()
    if not text.startswith("{"):
        return False
    first, newline, _ = text.partition("\n")
    if not newline and len(head) >= 4096:
        return False  # one enormous line: a JSON document, not JSON Lines (or we cannot tell yet)
    try:
        obj = json.loads(first)
    except ValueError:
        return False
    if not isinstance(obj, dict):
        return False
    if str(obj.get("version", "")).startswith(("https://jsonfeed.org/", "http://jsonfeed.org/")):
        return False
    return any(key in obj for key in _ARTICLE_KEYS)


def parse_jsonl(doc: RawDocument) -> list[Item]:
    """One item per valid article line; bad lines are skipped (see :func:`parse_jsonl_report`)."""
    return parse_jsonl_report(doc)[0]


def parse_jsonl_report(doc: RawDocument) -> tuple[list[Item], list[str]]:
    """The items and one-line reasons for the lines that were skipped.

    Raises EmptyDocument when no line gives an article, DecodeError when the bytes are not UTF-8.
    """
    text = _decode(doc.data)
    items: list[Item] = []
    notes: list[str] = []
    keys: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = _line_item(line, number, doc)
        except _SkipLine as skip:
            notes.append(f"line {number}: {skip}")
            continue
        if item.key in keys:
            notes.append(f"line {number}: duplicate id {item.key!r} (kept as line-{number})")
            item.key = f"line-{number}"
        keys.add(item.key)
        items.append(item)
    if not items:
        if not notes:
            raise EmptyDocument("empty JSON Lines document")
        more = f" (and {len(notes) - 1} more)" if len(notes) > 1 else ""
        raise EmptyDocument(f"no article in JSON Lines: {notes[0]}{more}")
    return items, notes


class _SkipLine(Exception):
    """A line that gives no article; the message says why."""


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise DecodeError(f"JSON Lines must be UTF-8: invalid byte at line {line}") from exc


def _line_item(line: str, number: int, doc: RawDocument) -> Item:
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError) as exc:
        message = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc) or type(exc).__name__
        raise _SkipLine(f"invalid JSON ({message})") from exc
    if not isinstance(obj, dict):
        raise _SkipLine(f"not a JSON object but {type(obj).__name__}")
    html_body = _string(obj.get("html"))
    text_body = _string(obj.get("text"))
    title = _string(obj.get("title"))
    if html_body:
        kind, body = ItemKind.FRAGMENT, html_body
    elif text_body:
        kind, body = ItemKind.TEXT, text_body
    elif title:
        kind, body = ItemKind.TEXT, ""
    else:
        raise _SkipLine("no text, html or title")
    external_id = _identifier(obj.get("id"))
    hints = Hints(
        external_id=external_id,
        url=_string(obj.get("url")),
        title=title,
        author=_string(obj.get("author")),
        source=_string(obj.get("source")),
        published=parse_iso_date(obj.get("published")),
        language=_string(obj.get("language")),
        fetched_at=doc.fetched_at,
    )
    return Item(key=external_id or f"line-{number}", kind=kind, body=body, hints=hints)


def _string(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return value.strip() or None


def _identifier(value: Any) -> str | None:
    """The id exactly as written: strings kept as they are, numbers as JSON writes them."""
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return json.dumps(value)
    return None


def parse_iso_date(value: Any) -> datetime | None:
    """ISO 8601: aware when an offset is given, naive when not; anything unreadable is None."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    match = _ISO_SPACE.match(text)
    if match:
        zone = (match.group(3) or "").upper()
        text = f"{match.group(1)}T{match.group(2).replace(',', '.')}{zone}"
    elif not _DATE_ONLY.match(text) and "T" not in text.upper():
        return None
    try:
        return datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        return None
