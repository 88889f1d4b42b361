"""ingest.warc: WARC/ARC archives -> PAGE items. Archives are built here with warcio's writer."""

from __future__ import annotations

import gzip
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from warcio.warcwriter import WARCWriter

from storyline.errors import EmptyDocument, InputError
from storyline.ingest.warc import looks_like_warc, parse_warc
from storyline.model import ItemKind, RawDocument

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared not present")

ZH_PAGE = (
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>东海港新码头试运行</title></head>"
    "<body><article><h1>东海港新码头试运行</h1><p>东海港第五期集装箱码头本周一投入试运行。</p></article></body></html>"
).encode()
DE_PAGE = (
    "<html><head><title>Neue Fähre</title></head><body><p>Die Reederei stellt am Freitag eine neue "
    "Fähre für die Strecke nach Grünwerder in Dienst.</p></body></html>"
).encode("latin-1")
EN_PAGE = b"<!doctype html><html><body><p>The council approved the bridge repairs on Monday.</p></body></html>"


def http_response(body: bytes, content_type: str, status: str = "200 OK", extra: str = "") -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n{extra}"
    if "Transfer-Encoding" not in extra:
        head += f"Content-Length: {len(body)}\r\n"
    return head.encode("latin-1") + b"\r\n" + body


def chunked(body: bytes, size: int = 40) -> bytes:
    parts = [body[i:i + size] for i in range(0, len(body), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts) + b"0\r\n\r\n"


def write_warc(records: list[tuple[str, str, bytes, str | None]], compress: bool = False) -> bytes:
    """records: (type, uri, block, warc content type for non-HTTP records)."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    for number, (rec_type, uri, block, content_type) in enumerate(records, start=1):
        headers = {
            "WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{number:012d}>",
            "WARC-Date": f"2024-10-21T08:0{number}:00Z",
        }
        if content_type:
            headers["Content-Type"] = content_type
        record = writer.create_warc_record(uri, rec_type, payload=io.BytesIO(block), length=len(block),
                                           warc_headers_dict=headers)
        writer.write_record(record)
    return out.getvalue()


def sample_records() -> list[tuple[str, str, bytes, str | None]]:
    return [
        ("response", "https://news.donghai.example/port/a101.html",
         http_response(ZH_PAGE, "text/html; charset=utf-8"), None),
        ("request", "https://news.donghai.example/port/a101.html",
         b"GET /port/a101.html HTTP/1.1\r\nHost: news.donghai.example\r\n\r\n", None),
        ("response", "https://news.donghai.example/logo.png",
         http_response(b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"), None),
        ("response", "https://www.nordkurier.example/hafen/1",
         http_response(gzip.compress(DE_PAGE), "text/html; charset=iso-8859-1",
                       extra="Content-Encoding: gzip\r\n"), None),
        ("response", "https://www.nordkurier.example/missing",
         http_response(b"<html><body>Nicht gefunden</body></html>", "text/html", status="404 Not Found"), None),
    ]


def doc(data: bytes, origin: str = "crawl.warc") -> RawDocument:
    return RawDocument(data, origin)


def test_two_html_responses_among_other_records() -> None:
    zh, de = parse_warc(doc(write_warc(sample_records())))
    assert zh.kind is ItemKind.PAGE
    assert zh.body == ZH_PAGE
    assert zh.key == "urn:uuid:00000000-0000-4000-8000-000000000001"
    assert zh.hints.url == "https://news.donghai.example/port/a101.html"
    assert zh.hints.fetched_at == datetime(2024, 10, 21, 8, 1, tzinfo=UTC)
    assert zh.hints.content_type == "text/html; charset=utf-8"
    assert de.body == DE_PAGE  # Content-Encoding: gzip undone
    assert de.hints.content_type == "text/html; charset=iso-8859-1"
    assert de.hints.url == "https://www.nordkurier.example/hafen/1"


def test_gzip_warc_per_record_and_single_stream() -> None:
    plain = write_warc(sample_records())
    for data in (write_warc(sample_records(), compress=True), gzip.compress(plain)):
        assert looks_like_warc(data[:512])
        assert [item.body for item in parse_warc(doc(data, "crawl.warc.gz"))] == [ZH_PAGE, DE_PAGE]


def test_chunked_and_wrongly_chunked_payloads() -> None:
    records = [
        ("response", "https://ledger.example/a", http_response(
            chunked(gzip.compress(EN_PAGE)), "text/html",
            extra="Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n"), None),
        ("response", "https://ledger.example/b", http_response(
            EN_PAGE, "text/html", extra="Transfer-Encoding: chunked\r\n"), None),  # says chunked, is not
        ("response", "https://ledger.example/c", http_response(
            EN_PAGE, "text/html", extra="Content-Encoding: gzip\r\nContent-Length: 93\r\n"), None),  # is not gzip
    ]
    items = parse_warc(doc(write_warc(records)))
    assert [item.body for item in items] == [EN_PAGE, EN_PAGE, EN_PAGE]


def test_resource_record_and_html_sniffing() -> None:
    records = [
        ("resource", "https://ledger.example/saved", EN_PAGE, "text/html; charset=utf-8"),
        ("resource", "https://ledger.example/notes.txt", b"just notes", "text/plain"),
        ("response", "<https://ledger.example/untyped page>",
         http_response(ZH_PAGE, "application/octet-stream"), None),
    ]
    saved, sniffed = parse_warc(doc(write_warc(records)))
    assert saved.body == EN_PAGE and saved.hints.content_type == "text/html; charset=utf-8"
    assert sniffed.body == ZH_PAGE
    assert sniffed.hints.url == "https://ledger.example/untyped%20page"


def test_truncated_warc_keeps_records_read() -> None:
    data = write_warc(sample_records())
    cut = data.index(b"WARC/1.", data.index(b"nordkurier.example/hafen/1") - 400)
    items = parse_warc(doc(data[:cut + 300]))  # the German response is cut in its headers
    assert [item.body for item in items] == [ZH_PAGE]
    gz = write_warc(sample_records(), compress=True)
    assert [item.body for item in parse_warc(doc(gz[: len(gz) - 200]))][:1] == [ZH_PAGE]


def test_truncated_warc_with_nothing_read() -> None:
    data = write_warc(sample_records())
    with pytest.raises(InputError) as caught:
        parse_warc(doc(data[:60]))
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(("truncated WARC: ", "not a readable WARC/ARC archive: "))
    with pytest.raises(InputError, match=r"^not a WARC/ARC archive: it starts with 'this is not an archive'"):
        parse_warc(doc(b"this is not an archive\r\n\r\nreally not"))
    with pytest.raises(InputError):
        parse_warc(doc(b"\x1f\x8b\x08\x00garbage"))


def test_archive_without_pages() -> None:
    records = [("response", "https://api.example/x", http_response(b'{"a": 1}', "application/json"), None)]
    with pytest.raises(EmptyDocument, match=r"no HTML pages in the archive \(1 records: 1 not HTML\)"):
        parse_warc(doc(write_warc(records)))
    with pytest.raises(EmptyDocument, match="no records"):
        parse_warc(doc(b""))


def arc_file(records: list[tuple[str, str, bytes]]) -> bytes:
    """An ARC v1 file: filedesc header record, then one record per (url, date, HTTP response)."""
    meta = b"1 0 Storyline Test\nURL IP-address Archive-date Content-type Archive-length\n"
    out = b"filedesc://test.arc 0.0.0.0 20241021080000 text/plain %d\n%s\n" % (len(meta), meta)
    for url, date, block in records:
        out += b"%s 192.0.2.7 %s text/html %d\n%s\n" % (url.encode(), date.encode(), len(block), block)
    return out


def test_arc_file() -> None:
    data = arc_file([
        ("http://bao.example/a 1.html", "20241021083000", http_response(ZH_PAGE, "text/html")),
        ("http://bao.example/b.png", "20241021083100", http_response(b"\x89PNG", "image/png")),
        ("http://www.nordkurier.example/c", "20241021083200", http_response(DE_PAGE, "text/html")),
    ])
    assert looks_like_warc(data[:100])
    zh, de = parse_warc(doc(data, "crawl.arc"))
    assert zh.body == ZH_PAGE
    assert zh.hints.url == "http://bao.example/a%201.html"
    assert zh.hints.fetched_at == datetime(2024, 10, 21, 8, 30, tzinfo=UTC)
    assert zh.key == "http://bao.example/a%201.html 2024-10-21T08:30:00+00:00"
    assert de.body == DE_PAGE
    assert [i.body for i in parse_warc(doc(gzip.compress(data), "crawl.arc.gz"))] == [ZH_PAGE, DE_PAGE]


def test_looks_like_warc() -> None:
    assert looks_like_warc(b"WARC/1.1\r\nWARC-Type: warcinfo\r\n")
    assert looks_like_warc(gzip.compress(b"WARC/1.0\r\n" + b"x" * 1000)[:40])
    assert not looks_like_warc(b"<html></html>")
    assert not looks_like_warc(gzip.compress(b"<rss></rss>"))
    assert not looks_like_warc(b"\x1f\x8b\x08\x00garbage")


@pytest.mark.shared
@needs_shared
def test_shared_warc_files_never_crash() -> None:
    for path in sorted((SHARED / "data" / "warc").iterdir()):
        try:
            items = parse_warc(RawDocument(path.read_bytes(), str(path)))
        except InputError as exc:
            assert "\n" not in str(exc)
        else:
            assert all(item.body for item in items)
