"""Full-text feed-item dumps: one feed entry saved by a full-text RSS aggregator.

The format::

    <!--1729511224000-->          fetch time, epoch milliseconds (UTC)
    [Title of the entry](https://example.com/a/1)
    ------
    <p>HTML body ...</p>

becomes one FRAGMENT item whose hints carry the title, the URL (kept exactly as given) and the
fetch time.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from ..errors import DecodeError, EmptyDocument, UnknownFormat
from ..model import Hints, Item, ItemKind, RawDocument

_STAMP = re.compile(r"\A\s*<!--\s*(?P<stamp>\d{9,14})\s*-->[ \t]*\r?\n")
_TITLE_LINE = re.compile(r"[ \t]*\[(?P<title>.*)\]\((?P<url>[^\n]*)\)[ \t]*(?:\r?\n|\Z)")
_RULE = re.compile(r"(?:[ \t]*\r?\n)*[ \t]*-{3,}[ \t]*(?:\r?\n|\Z)")
_YEARS = (1990, 2200)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>])")


def looks_like_feeditem(text: str) -> bool:
    """Whether ``text`` starts like a feed-item dump: a ``<!--digits-->`` line, then ``[title](url)``."""
    stamp = _STAMP.match(text)
    return bool(stamp and _TITLE_LINE.match(text, stamp.end()))


def parse_feeditem(doc: RawDocument) -> list[Item]:
    """The one FRAGMENT item of a feed-item dump. Raises InputError subclasses on malformed input."""
    text = _decode(doc.data)
    stamp = _STAMP.match(text)
    if stamp is None:
        raise UnknownFormat("not a feed-item dump: the first line is not a <!--epoch-milliseconds--> comment")
    title_line = _TITLE_LINE.match(text, stamp.end())
    if title_line is None:
        raise UnknownFormat("malformed feed-item dump: the second line is not a [title](url) link")
    rule = _RULE.match(text, title_line.end())
    if rule is None:
        raise UnknownFormat("malformed feed-item dump: no ------ rule after the [title](url) line")
    body = text[rule.end():].strip()
    title = _MD_ESCAPE.sub(r"\1", title_line.group("title")).strip() or None
    if not body and not title:
        raise EmptyDocument("feed-item dump has neither a title nor a body")
    hints = Hints(
        url=title_line.group("url").strip() or None,
        title=title,
        fetched_at=_fetched_at(stamp.group("stamp")),
    )
    return [Item(key="", kind=ItemKind.FRAGMENT, body=body, hints=hints)]


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    for encoding in ("utf-16", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if looks_like_feeditem(text):
            return text
    raise DecodeError("feed-item dump is not valid UTF-8 text")


def _fetched_at(stamp: str) -> datetime:
    """Epoch milliseconds (or seconds, for 9-10 digit stamps) as an aware UTC datetime."""
    value = int(stamp)
    seconds = value / 1000 if len(stamp) >= 12 else float(value)
    try:
        value_dt = datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError) as exc:
        raise UnknownFormat(f"malformed feed-item dump: fetch time {stamp} is out of range") from exc
    if not _YEARS[0] <= value_dt.year <= _YEARS[1]:
        raise UnknownFormat(f"malformed feed-item dump: fetch time {stamp} is out of range")
    return value_dt
