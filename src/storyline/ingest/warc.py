"""WARC and ARC archives -> PAGE items, one per archived HTML page.

Kept: WARC ``response`` records and ARC records whose HTTP status is 2xx and whose payload is HTML
(by Content-Type, or by its first bytes when the type is missing or generic), and WARC ``resource``
records of type text/html (pages saved without their HTTP exchange). The body is the HTTP payload
with the transfer and content encodings undone (chunked, gzip, deflate); headers go to the hints.

Archives are read with warcio, plain or gzip (per record or, recovered here, as one gzip stream).
A damaged archive keeps the pages read before the damage; one with none raises InputError.
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import BufferedReader, ChunkedDataReader

from ..errors import EmptyDocument, InputError
from ..model import Hints, Item, ItemKind, RawDocument
from .files import GZIP_MAGIC, gunzip

MAX_PAYLOAD = 50 * 1024 * 1024  # decoded bytes per record; larger payloads are skipped
MAX_ARCHIVE = 512 * 1024 * 1024  # an archive gzipped as one stream is unpacked up to this size
_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml+xhtml")
_GENERIC_TYPES = ("", "application/octet-stream", "unknown/unknown", "application/unknown", "binary/octet-stream")
_HTML_HEAD = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)[\s>]",
                        re.IGNORECASE | re.DOTALL)
_ARC_DATE = re.compile(r"^(\d{14})")


def looks_like_warc(head: bytes) -> bool:
    """Whether the first bytes start a WARC (``WARC/1.x``) or ARC (``filedesc://``) file, gzip or not."""
    if head[:2] == GZIP_MAGIC:
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.lstrip(b"\r\n").startswith((b"WARC/1.", b"WARC/0.", b"filedesc://"))


def parse_warc(doc: RawDocument, max_payload: int = MAX_PAYLOAD, max_archive: int = MAX_ARCHIVE) -> list[Item]:
    """The HTML pages in a WARC/ARC file. Raises InputError with a one-line reason when there are none."""
    if doc.data and not looks_like_warc(doc.data[:4096]):
        raise InputError(_not_archive(doc.data))
    reader = _ArchiveReader(max_payload)
    reader.read(doc.data)
    if reader.error and doc.data.startswith(GZIP_MAGIC):
        reader = _better(reader, _read_unpacked(doc.data, max_payload, max_archive))
    if reader.items:
        return _unique_keys(reader.items)
    if reader.error:
        prefix = "truncated WARC" if reader.records else "not a readable WARC/ARC archive"
        raise InputError(f"{prefix}: {reader.error}")
    if not reader.records:
        raise EmptyDocument("empty WARC/ARC archive: no records")
    raise EmptyDocument(f"no HTML pages in the archive ({reader.describe_skipped()})")


def _read_unpacked(data: bytes, max_payload: int, max_archive: int) -> _ArchiveReader | None:
    """warcio reads gzip one member per record; an archive gzipped as one stream, or with members
    that split records, reads correctly once unpacked whole (a cut-off stream up to the cut)."""
    try:
        plain = gunzip(data, max_archive)
    except InputError:
        return None
    reader = _ArchiveReader(max_payload)
    reader.read(plain)
    return reader


def _better(first: _ArchiveReader, second: _ArchiveReader | None) -> _ArchiveReader:
    if second is None:
        return first
    if len(second.items) != len(first.items):
        return second if len(second.items) > len(first.items) else first
    return second if second.error is None else first


class _QuietIterator(ArchiveIterator):
    """warcio's iterator without its "Record not followed by newline" message on stderr.

    Same logic as ``ArchiveIterator._consume_blanklines`` (warcio 1.7/1.8): the message is
    counted in ``err_count`` instead of printed, since an invalid Content-Length is reported
    (or absorbed) by the reader.
    """

    def _consume_blanklines(self) -> tuple[bytes | None, int]:
        empty_size = 0
        first_line = True
        while True:
            line = self.reader.readline()
            if len(line) == 0:
                return None, empty_size
            if len(line.rstrip()) == 0 or first_line:
                empty_size += len(line)
                if len(line.rstrip()) != 0:
                    self.err_count += 1
                first_line = False
                continue
            return line, empty_size


class _ArchiveReader:
    """Reads records until the end or the first error, keeping the HTML pages."""

    def __init__(self, max_payload: int) -> None:
        self.max_payload = max_payload
        self.items: list[Item] = []
        self.records = 0
        self.skipped: dict[str, int] = {}
        self.error: str | None = None

    def read(self, data: bytes) -> None:
        records = _records(data)
        while True:
            try:
                record = next(records)
                self.records += 1
                raw = record.raw_stream.read(self.max_payload + 1)  # warcio reads (and may fail) here
            except StopIteration:
                return
            except Exception as exc:  # warcio raises many kinds on damaged input: all mean "stop here"
                self.error = _one_line(exc) or type(exc).__name__
                return
            if not record.rec_type:
                self.error = "a record header is cut off or has no WARC-Type"
                return
            self._take(record, raw)
            if len(raw) <= self.max_payload and getattr(record.raw_stream, "limit", 0) > 0:
                self.error = "the last record is cut off before its Content-Length"
                return

    def _take(self, record: Any, raw: bytes) -> None:
        reason = _skip_reason(record)
        if reason is None:
            payload = _payload(record, raw, self.max_payload)
            if payload is None:
                reason = "payload over the size limit"
            elif not payload.strip():
                reason = "empty payload"
            elif not _is_html(record, payload):
                reason = "not HTML"
            else:
                self.items.append(_page_item(record, payload))
                return
        self.skipped[reason] = self.skipped.get(reason, 0) + 1

    def describe_skipped(self) -> str:
        parts = [f"{count} {reason}" for reason, count in sorted(self.skipped.items(), key=lambda kv: -kv[1])]
        return f"{self.records} records: " + ", ".join(parts)


def _records(data: bytes) -> Iterator[Any]:
    return iter(_QuietIterator(io.BytesIO(data), arc2warc=False))


def _skip_reason(record: Any) -> str | None:
    """Why a record is not a page candidate, or None when it may be one."""
    rec_type = record.rec_type
    if rec_type == "resource":
        media = _media_type(record.rec_headers.get_header("Content-Type"))
        return None if media in _HTML_TYPES else "not HTML"
    if rec_type != "response":
        return str(rec_type)
    headers = record.http_headers
    if headers is None:
        return "no HTTP headers"
    status = headers.get_statuscode() or ""
    if not (len(status) == 3 and status.startswith("2")):
        return f"HTTP status {status or 'missing'}"
    return None


def _is_html(record: Any, payload: bytes) -> bool:
    media = _media_type(_content_type(record))
    if media in _HTML_TYPES:
        return True
    return media in _GENERIC_TYPES and bool(_HTML_HEAD.match(payload[:2048]))


def _content_type(record: Any) -> str | None:
    if record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type")
    else:
        value = record.rec_headers.get_header("Content-Type")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _media_type(value: str | None) -> str:
    return (value or "").split(";", 1)[0].strip().lower()


def _payload(record: Any, raw: bytes, limit: int) -> bytes | None:
    """The payload with chunking and Content-Encoding undone; the raw bytes when that fails."""
    if len(raw) > limit:
        return None
    headers = record.http_headers
    if headers is None:
        return raw
    encoding = (headers.get_header("Content-Encoding") or "").strip().lower()
    decomp = encoding if encoding in BufferedReader.get_supported_decompressors() else None
    chunked = "chunked" in (headers.get_header("Transfer-Encoding") or "").lower()
    if not chunked and decomp is None:
        return raw
    for attempt in ((chunked, decomp), (chunked, None), (False, decomp)):
        decoded = _decode_payload(raw, *attempt, limit=limit)
        if decoded:
            return decoded if len(decoded) <= limit else None
    return raw


def _decode_payload(raw: bytes, chunked: bool, decomp: str | None, limit: int) -> bytes | None:
    if not chunked and decomp is None:
        return None
    try:
        if chunked:
            reader = ChunkedDataReader(io.BytesIO(raw), decomp_type=decomp)
        else:
            reader = BufferedReader(io.BytesIO(raw), decomp_type=decomp)
        return bytes(reader.read(limit + 1))
    except Exception:  # a bad chunk header or a broken gzip stream: try the next way
        return None


def _page_item(record: Any, payload: bytes) -> Item:
    rec_headers = record.rec_headers
    if record.format == "arc":
        url = _clean_url(rec_headers.get_header("uri"))
        fetched_at = _arc_date(rec_headers.get_header("archive-date"))
        record_id = None
    else:
        url = _clean_url(rec_headers.get_header("WARC-Target-URI"))
        fetched_at = _warc_date(rec_headers.get_header("WARC-Date"))
        record_id = (rec_headers.get_header("WARC-Record-ID") or "").strip().strip("<>").strip() or None
    hints = Hints(url=url, fetched_at=fetched_at, content_type=_content_type(record))
    date_key = fetched_at.isoformat() if fetched_at else ""
    key = record_id or f"{url or ''} {date_key}".strip()
    return Item(key=key, kind=ItemKind.PAGE, body=payload, hints=hints)


def _clean_url(value: str | None) -> str | None:
    """Target URIs as written by wget (``<http://...>``) or with spaces: trimmed, spaces escaped."""
    if not value:
        return None
    url = value.strip().strip("<>").strip().replace(" ", "%20")
    return url or None


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("z", "Z"))
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _arc_date(value: str | None) -> datetime | None:
    match = _ARC_DATE.match((value or "").strip())
    if not match:
        return None
    try:
        return datetime.strptime(match.group(1), "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None


def _unique_keys(items: list[Item]) -> list[Item]:
    seen: dict[str, int] = {}
    for item in items:
        count = seen.get(item.key, 0) + 1
        seen[item.key] = count
        if count > 1:
            item.key = f"{item.key}#{count}"
    return items


def _not_archive(data: bytes) -> str:
    if data[:2] == GZIP_MAGIC:
        return "not a WARC/ARC archive: gzip data that does not start with a WARC or ARC record"
    first = data[:40].split(b"\n", 1)[0].decode("latin-1").strip()
    return f"not a WARC/ARC archive: it starts with {first!r}"


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200]
