"""Pack the HTML pages in ``sources/warc/`` into ``corpus/crawl-2025-03.warc.gz`` (uses warcio).

Each page becomes a request and a response record, as a crawler would write them. Two records
that are not articles are added on purpose: a ``robots.txt`` response (text/plain) and a 301
redirect, which importers must skip. Record ids and dates are fixed, so the output is
deterministic. Run: ``python -m storyline.demo.build_warc``.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from io import BytesIO
from pathlib import Path
from typing import NamedTuple

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from . import CORPUS_DIR, SOURCES_DIR

WARC_NAME = "crawl-2025-03.warc.gz"


class Page(NamedTuple):
    source: str  # file name in sources/warc/
    url: str
    fetched: str  # WARC-Date, UTC


PAGES: tuple[Page, ...] = (
    Page("ledger-chip-0308.html",
         "https://www.northernledger.example/business/2025/mar/08/jinghui-chip-plant-fire",
         "2025-03-08T11:02:13Z"),
    Page("hualian-strike-0311.html",
         "https://www.hualian.example/world/2025-03/11/c_77130411.htm",
         "2025-03-11T09:30:41Z"),
    Page("ledger-vaccine-0313.html",
         "https://www.northernledger.example/health/2025/mar/13/respavel-rsv-vaccine-approved",
         "2025-03-13T19:12:05Z"),
    Page("hafenblatt-kral-0315.html",
         "https://www.hafenblatt.example/sport/fussball/kral-wechselt-nach-nordhafen-2025-03-15",
         "2025-03-15T13:47:59Z"),
    Page("hualian-quake-0317.html",
         "https://www.hualian.example/world/2025-03/17/c_77131702.htm",
         "2025-03-17T14:20:30Z"),
)

ROBOTS_URL = "https://www.northernledger.example/robots.txt"
REDIRECT_URL = "https://www.northernledger.example/business/jinghui-fire"


def _record_id(url: str, kind: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, kind + ' ' + url)}>"


def _http_date(warc_date: str) -> str:
    stamp = datetime.strptime(warc_date, "%Y-%m-%dT%H:%M:%SZ")
    return stamp.strftime("%a, %d %b %Y %H:%M:%S GMT")


def _write_exchange(writer: WARCWriter, url: str, date: str, status: str,
                    headers: list[tuple[str, str]], body: bytes) -> None:
    """A request record and its response record."""
    host = url.split("/")[2]
    path = "/" + url.split("/", 3)[3] if url.count("/") >= 3 else "/"
    request_headers = StatusAndHeaders(f"GET {path} HTTP/1.1", [
        ("Host", host), ("User-Agent", "storyline-demo-crawler/1.0"), ("Accept", "text/html,*/*")],
        is_http_request=True)
    request = writer.create_warc_record(url, "request", http_headers=request_headers, warc_headers_dict={
        "WARC-Record-ID": _record_id(url, "request"), "WARC-Date": date})
    response_headers = StatusAndHeaders(status, [*headers, ("Date", _http_date(date)),
                                                 ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
    response = writer.create_warc_record(url, "response", payload=BytesIO(body), length=len(body),
                                         http_headers=response_headers, warc_headers_dict={
                                             "WARC-Record-ID": _record_id(url, "response"), "WARC-Date": date})
    writer.write_request_response_pair(request, response)


def _write_warcinfo(writer: WARCWriter) -> None:
    info = (b"software: storyline-demo build_warc.py (warcio)\r\nformat: WARC File Format 1.1\r\n"
            b"description: invented demo pages for Storyline\r\n")
    record = writer.create_warc_record("", "warcinfo", payload=BytesIO(info), length=len(info),
                                       warc_content_type="application/warc-fields", warc_headers_dict={
                                           "WARC-Record-ID": _record_id(WARC_NAME, "warcinfo"),
                                           "WARC-Date": "2025-03-08T11:00:00Z", "WARC-Filename": WARC_NAME})
    writer.write_record(record)


def build(sources: Path = SOURCES_DIR / "warc", out: Path = CORPUS_DIR) -> Path:
    """Write the WARC file; returns its path."""
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=True, warc_version="WARC/1.1")
    _write_warcinfo(writer)
    html = [("Content-Type", "text/html; charset=utf-8"), ("Server", "nginx")]
    _write_exchange(writer, ROBOTS_URL, "2025-03-08T11:02:10Z", "200 OK", [("Content-Type", "text/plain")],
                    b"User-agent: *\nDisallow: /search\nDisallow: /signin\n")
    _write_exchange(writer, REDIRECT_URL, "2025-03-08T11:02:12Z", "301 Moved Permanently",
                    [("Location", PAGES[0].url), ("Content-Type", "text/html; charset=utf-8")],
                    b"<html><body>Moved</body></html>")
    for page in PAGES:
        body = (sources / page.source).read_bytes()
        _write_exchange(writer, page.url, page.fetched, "200 OK", html, body)
    path = out / WARC_NAME
    path.write_bytes(buffer.getvalue())
    return path


def main() -> None:
    print(build().name)


if __name__ == "__main__":
    main()
