"""Live-ingestion benchmark: one round over N generated feeds on a local server, then a second.

    python -m bench.fetch [--feeds 1000] [--entries 20] [--latency 0.05] [--concurrency 32]

A threaded HTTP server on 127.0.0.1 serves every feed with ``--latency`` seconds of delay per
response and answers If-None-Match with 304. Feeds are spread over 64 host names (all resolved
to 127.0.0.1 by a stub resolver) because Storyline sends at most one request at a time per host,
as it would across real outlets. The first round fetches, parses, extracts and stores everything
(clustering is measured by bench.pairs, not here); the second round has nothing new and must be
all conditional. Prints feeds/s, articles/s, seconds per round and peak memory.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import resource
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from storyline.config import Settings
from storyline.ingest.http import Fetcher
from storyline.service import Storyline
from storyline.service.fetching import run_round
from storyline.service.sources import store_source

WORDS = ("council", "port", "strike", "river", "flood", "minister", "vote", "harbour", "union", "wages",
         "police", "court", "budget", "rail", "school", "hospital", "energy", "grid", "storm", "bridge",
         "village", "mayor", "report", "agency", "figures", "thousands", "said")
HOSTS = 64


def feed_xml(i: int, entries: int) -> bytes:
    rng = random.Random(i)
    items = []
    for j in range(entries):
        paras = "".join("<p>" + " ".join(rng.choice(WORDS) for _ in range(40)).capitalize() + ".</p>"
                        for _ in range(4))
        items.append(f"<item><title>Feed {i} story {j}</title><link>https://h{i % HOSTS}.bench.test/{i}/{j}</link>"
                     f"<guid>urn:bench:{i}:{j}</guid><pubDate>Tue, 11 Mar 2025 {j % 24:02d}:00:00 +0000</pubDate>"
                     f"<content:encoded><![CDATA[{paras}]]></content:encoded></item>")
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>Bench feed {i}</title><link>https://h{i % HOSTS}.bench.test/</link>{''.join(items)}"
            "</channel></rss>").encode()


def serve(feeds: dict[str, bytes], latency: float) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            time.sleep(latency)
            body = feeds.get(self.path)
            etag = f'"{hash(self.path) & 0xFFFF}"'
            if body is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


class LocalResolver:
    async def resolve(self, host: str, port: int) -> list[str]:
        return ["127.0.0.1"]


async def timed_round(app: Storyline, concurrency: int) -> tuple[float, object]:
    fetcher = Fetcher(app.settings, resolver=LocalResolver())
    started = time.perf_counter()
    try:
        report = await run_round(app, concurrency, fetcher)
    finally:
        await fetcher.aclose()
    return time.perf_counter() - started, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--entries", type=int, default=20)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--concurrency", type=int, default=32)
    args = parser.parse_args(argv)
    feeds = {f"/feed/{i}.xml": feed_xml(i, args.entries) for i in range(args.feeds)}
    httpd = serve(feeds, args.latency)
    port = httpd.server_address[1]
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(db_url=f"sqlite:///{Path(tmp) / 'fetch.db'}", allow_networks=("127.0.0.1/32",))
        app = Storyline.open(settings)
        try:
            for i in range(args.feeds):
                store_source(app, f"http://h{i % HOSTS}.bench.test:{port}/feed/{i}.xml", f"Bench feed {i}")
            first_s, first = asyncio.run(timed_round(app, args.concurrency))
            from sqlalchemy import update  # noqa: PLC0415

            from storyline.store.schema import sources  # noqa: PLC0415
            with app.db.write() as conn:  # make every source due again at once
                conn.execute(update(sources).values(next_poll_at=sources.c.last_polled_at))
            second_s, second = asyncio.run(timed_round(app, args.concurrency))
        finally:
            app.close()
    httpd.shutdown()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # largest extraction process
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"round 1: {args.feeds} feeds x {args.entries} entries, {args.latency * 1000:.0f} ms latency, "
          f"concurrency {args.concurrency}: {first_s:.1f} s, {args.feeds / first_s:.1f} feeds/s, "
          f"{first.summary.imported / first_s:.1f} articles/s ({first.summary.imported} imported, "  # type: ignore[attr-defined]
          f"{len(first.failed)} failed)")  # type: ignore[attr-defined]
    print(f"round 2 (nothing new): {second_s:.1f} s, {second.not_modified} of {second.sources} answered 304")  # type: ignore[attr-defined]
    print(f"peak memory: {peak_mb:.0f} MB (main process), {child_mb:.0f} MB (largest extraction worker)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
