"""Split a raw document into items: detect its format, then hand it to that format's reader."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..model import Format, Hints, Item, ItemKind, RawDocument
from .detect import detect_format
from .feeditem import parse_feeditem
from .feeds import parse_feed
from .files import GZIP_MAGIC, gunzip
from .jsonl import parse_jsonl_report
from .warc import parse_warc


@dataclass(slots=True)
class Split:
    format: Format
    items: list[Item]
    notes: list[str] = field(default_factory=list)  # one-line reasons for parts that were skipped


def split_document(doc: RawDocument, max_bytes: int) -> Split:
    """Detect the document's format and split it into items. Raises InputError subclasses."""
    payload = gunzip(doc.data, max_bytes) if doc.data[:2] == GZIP_MAGIC else doc.data
    fmt = detect_format(payload, doc.origin)
    if fmt is Format.WARC:
        # warcio reads gzip members itself and so keeps the records before a damaged one
        return Split(fmt, parse_warc(doc))
    unpacked = RawDocument(payload, doc.origin, doc.fetched_at, doc.content_type)
    if fmt is Format.FEED:
        return Split(fmt, parse_feed(unpacked))
    if fmt is Format.JSONL:
        items, notes = parse_jsonl_report(unpacked)
        return Split(fmt, items, notes)
    if fmt is Format.FEEDITEM:
        return Split(fmt, parse_feeditem(unpacked))
    kind = ItemKind.PAGE if fmt is Format.HTML else ItemKind.TEXTDUMP
    return Split(fmt, [Item("", kind, payload, _document_hints(doc))])


def _document_hints(doc: RawDocument) -> Hints:
    is_url = urlsplit(doc.origin).scheme in ("http", "https")
    return Hints(
        url=doc.origin if is_url else None,
        fetched_at=doc.fetched_at,
        content_type=doc.content_type,
    )
