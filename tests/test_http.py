"""The safe fetcher against a real local server (allowed through fetch.allow_networks)."""

import asyncio
import gzip
import zlib
from collections.abc import Iterator

import pytest

from storyline.config import Settings
from storyline.errors import BlockedAddress, FetchError
from storyline.ingest.discover import discover_feeds
from storyline.ingest.http import Fetcher, FetchResult, HTTPStatusError, parse_retry_after
from storyline.ingest.robots import RobotsCache, parse_robots

from .httpserver import LocalServer, Route, drip

LOCAL = Settings(allow_networks=("127.0.0.1/32",), fetch_timeout=3.0, fetch_max_bytes=1_000_000)


class StubResolver:
    def __init__(self, answers: dict[str, list[str]]) -> None:
        self.answers = answers

    async def resolve(self, host: str, port: int) -> list[str]:
        return self.answers.get(host, [host])


def fetch(url: str, settings: Settings = LOCAL, resolver: StubResolver | None = None, **kw: object) -> FetchResult:
    async def go() -> FetchResult:
        fetcher = Fetcher(settings, resolver=resolver)
        try:
            return await fetcher.fetch(url, **kw)  # type: ignore[arg-type]
        finally:
            await fetcher.aclose()
    return asyncio.run(go())


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as s:
        yield s


def test_default_policy_refuses_loopback(server: LocalServer) -> None:
    server.routes["/x"] = Route(200, b"hi")
    with pytest.raises(BlockedAddress, match="loopback"):
        fetch(server.url("/x"), Settings())
    assert server.requests == []


def test_get_conditional_get_and_user_agent(server: LocalServer) -> None:
    server.routes["/feed"] = Route(200, b"<rss/>", {"Content-Type": "application/rss+xml"}, etag='"v1"')
    first = fetch(server.url("/feed"))
    assert (first.status, first.content, first.etag) == (200, b"<rss/>", '"v1"')
    second = fetch(server.url("/feed"), etag=first.etag)
    assert second.not_modified and second.content == b""
    assert server.requests[1][1]["if-none-match"] == '"v1"'
    assert server.requests[0][1]["user-agent"].startswith("Storyline/")


def test_connection_is_pinned_to_the_vetted_address(server: LocalServer) -> None:
    server.routes["/feed"] = Route(200, b"ok")
    resolver = StubResolver({"news.example": ["127.0.0.1"]})
    result = fetch(f"http://news.example:{server.port}/feed", resolver=resolver)
    assert result.content == b"ok"
    assert server.requests[0][1]["host"] == f"news.example:{server.port}"


def test_status_errors_carry_retry_after(server: LocalServer) -> None:
    server.routes["/busy"] = Route(429, b"slow down", {"Retry-After": "120"})
    server.routes["/gone"] = Route(410, b"gone")
    with pytest.raises(HTTPStatusError) as busy:
        fetch(server.url("/busy"))
    assert (busy.value.status, busy.value.retry_after) == (429, 120.0)
    with pytest.raises(HTTPStatusError) as gone:
        fetch(server.url("/gone"))
    assert gone.value.status == 410
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert parse_retry_after("soon") is None


def test_redirect_chain_loop_and_refused_target(server: LocalServer) -> None:
    server.routes["/a"] = Route(301, b"", {"Location": "/b"})
    server.routes["/b"] = Route(308, b"", {"Location": "/c"})
    server.routes["/c"] = Route(200, b"done")
    result = fetch(server.url("/a"))
    assert result.final_url == server.url("/c") and result.permanent_redirect and result.content == b"done"
    server.routes["/loop1"] = Route(302, b"", {"Location": "/loop2"})
    server.routes["/loop2"] = Route(302, b"", {"Location": "/loop1"})
    with pytest.raises(FetchError, match="redirect loop"):
        fetch(server.url("/loop1"))
    server.routes["/out"] = Route(302, b"", {"Location": "http://intranet.example/admin"})
    with pytest.raises(BlockedAddress, match="private"):
        fetch(server.url("/out"), resolver=StubResolver({"intranet.example": ["10.0.0.5"]}))


def test_slow_drip_hits_the_total_deadline(server: LocalServer) -> None:
    server.routes["/drip"] = Route(200, drip(b"x", 0.3, 100), {"Content-Type": "text/html"})
    settings = Settings(allow_networks=("127.0.0.1/32",), fetch_timeout=1.0)
    with pytest.raises(FetchError, match="timed out"):
        fetch(server.url("/drip"), settings)


def test_endless_body_and_compression_bombs_stop_at_the_cap(server: LocalServer) -> None:
    server.routes["/endless"] = Route(200, drip(b"y" * 65536, 0, 10_000), {"Content-Type": "text/html"})
    with pytest.raises(FetchError, match="larger than 1000000 bytes"):
        fetch(server.url("/endless"))
    bomb = gzip.compress(b"\0" * 50_000_000)
    server.routes["/gz"] = Route(200, bomb, {"Content-Encoding": "gzip", "Content-Type": "text/html"})
    with pytest.raises(FetchError, match="after decompression"):
        fetch(server.url("/gz"))
    deflate = zlib.compress(b"\0" * 50_000_000)
    server.routes["/deflate"] = Route(200, deflate, {"Content-Encoding": "deflate", "Content-Type": "text/html"})
    with pytest.raises(FetchError, match="after decompression"):
        fetch(server.url("/deflate"))


def test_brotli_bomb_stops_at_the_cap(server: LocalServer) -> None:
    brotli = pytest.importorskip("brotli")
    server.routes["/br"] = Route(200, brotli.compress(b"\0" * 50_000_000), {"Content-Encoding": "br"})
    with pytest.raises(FetchError, match="after decompression"):
        fetch(server.url("/br"))


def test_content_type_is_checked(server: LocalServer) -> None:
    server.routes["/img"] = Route(200, b"\x89PNG", {"Content-Type": "image/png"})
    with pytest.raises(FetchError, match="unexpected content type"):
        fetch(server.url("/img"), accept=("text/html",))


def test_gbk_page_without_charset_header_arrives_intact(server: LocalServer) -> None:
    page = "<html><body><p>东岭水库溢洪道出现裂缝</p></body></html>".encode("gbk")
    server.routes["/gbk"] = Route(200, page, {"Content-Type": "text/html"})
    assert fetch(server.url("/gbk")).content == page


def test_robots_longest_match_and_failure_modes(server: LocalServer) -> None:
    rules = parse_robots("User-agent: *\nDisallow: /news/\nAllow: /news/public/\nDisallow: /*.pdf$\n\n"
                         "User-agent: Storyline\nDisallow: /private\n")
    assert not rules.allowed("/private/x", "Storyline/0.1")
    assert rules.allowed("/news/", "Storyline/0.1")  # its own group applies, not '*'
    assert not rules.allowed("/news/a", "OtherBot")
    assert rules.allowed("/news/public/a", "OtherBot")
    assert not rules.allowed("/doc.pdf", "OtherBot") and rules.allowed("/doc.pdf?x=1", "OtherBot")
    server.routes["/robots.txt"] = Route(200, b"User-agent: *\nDisallow: /secret\n")

    async def check() -> tuple[bool, bool, int]:
        fetcher = Fetcher(LOCAL)
        cache = RobotsCache(fetcher)
        try:
            a = await cache.allowed(server.url("/secret/1"), "Storyline/0.1")
            b = await cache.allowed(server.url("/open"), "Storyline/0.1")
        finally:
            await fetcher.aclose()
        return a, b, sum(1 for path, _ in server.requests if path == "/robots.txt")
    assert asyncio.run(check()) == (False, True, 1)  # cached: fetched once


@pytest.mark.parametrize(("status", "allowed"), [(404, True), (503, False)])
def test_robots_4xx_allows_5xx_disallows(server: LocalServer, status: int, allowed: bool) -> None:
    server.routes["/robots.txt"] = Route(status, b"")

    async def check() -> bool:
        fetcher = Fetcher(LOCAL)
        try:
            return await RobotsCache(fetcher).allowed(server.url("/a"), "Storyline/0.1")
        finally:
            await fetcher.aclose()
    assert asyncio.run(check()) is allowed


def test_discover_feeds() -> None:
    html = ('<head><link rel="alternate" type="application/rss+xml" href="/rss.xml">'
            "<link rel='alternate' type='application/atom+xml' href='https://x.example/atom'>"
            '<link rel="stylesheet" href="/s.css"><link rel="alternate" hreflang="de" href="/de/"></head>')
    assert discover_feeds(html, "https://x.example/news/") == ["https://x.example/rss.xml", "https://x.example/atom"]
