"""Outbound HTTP that is safe by default: vetted addresses, pinned connections, capped bodies.

Every request, and every redirect hop, resolves the host once, checks all its addresses against
the :class:`~storyline.ingest.netpolicy.AddressPolicy`, and connects to the vetted IP (the Host
header and TLS server name stay the original host), so a DNS answer that changes between the
check and the connection cannot reach a refused address. Bodies are read as a stream and
abandoned past ``fetch.max_bytes`` after decompression (gzip, deflate, brotli bombs stop there);
connect, read and whole-request deadlines apply.
"""

from __future__ import annotations

import asyncio
import email.utils
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from ..config import Settings
from ..errors import FetchError
from .netpolicy import AddressPolicy, Resolver, SystemResolver

MAX_REDIRECTS = 5
PERMANENT = (301, 308)


class HTTPStatusError(FetchError):
    def __init__(self, status: int, url: str, retry_after: float | None = None) -> None:
        super().__init__(f"HTTP {status} from {url}" + (f" (retry after {retry_after:.0f} s)" if retry_after else ""))
        self.status = status
        self.retry_after = retry_after


@dataclass(slots=True)
class FetchResult:
    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    content: bytes
    fetched_at: datetime
    redirects: list[tuple[int, str]] = field(default_factory=list)

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def permanent_redirect(self) -> bool:
        """Every hop was permanent: the resource has moved for good."""
        return bool(self.redirects) and all(status in PERMANENT for status, _ in self.redirects)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait, from delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _pinned_url(url: str, ip: str) -> str:
    parts = urlsplit(url)
    host = f"[{ip}]" if ":" in ip else ip
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))


def _type_ok(content_type: str | None, accept: Iterable[str] | None) -> bool:
    if accept is None or not content_type:
        return True
    main = content_type.split(";", 1)[0].strip().lower()
    return main in accept or (main.endswith(("+xml", "/xml")) and any("xml" in a for a in accept))


class Fetcher:
    """One per process (or per round): an httpx client with its connection pool, and the policy."""

    def __init__(self, settings: Settings, resolver: Resolver | None = None,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.settings = settings
        self.policy = AddressPolicy(settings.allow_networks)
        self.resolver = resolver or SystemResolver()
        timeout = httpx.Timeout(settings.fetch_timeout, connect=min(10.0, settings.fetch_timeout))
        self.client = httpx.AsyncClient(timeout=timeout, follow_redirects=False, transport=transport,
                                        headers={"User-Agent": settings.user_agent}, trust_env=False)

    async def aclose(self) -> None:
        await self.client.aclose()

    async def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
                    accept: Iterable[str] | None = None) -> FetchResult:
        """GET ``url`` following up to five redirects, each hop vetted. Raises FetchError subclasses."""
        try:
            async with asyncio.timeout(self.settings.fetch_timeout):
                return await self._fetch(url, etag, last_modified, tuple(accept) if accept else None)
        except TimeoutError as exc:
            raise FetchError(f"timed out after {self.settings.fetch_timeout:.0f} s: {url}") from exc

    async def _fetch(self, url: str, etag: str | None, last_modified: str | None,
                     accept: tuple[str, ...] | None) -> FetchResult:
        redirects: list[tuple[int, str]] = []
        seen = {url}
        current = url
        while True:
            status, headers, body = await self._one(current, etag, last_modified, accept)
            if status in (301, 302, 303, 307, 308) and headers.get("location"):
                target = urljoin(current, headers["location"])
                if target in seen:
                    raise FetchError(f"redirect loop at {target}")
                if len(redirects) >= MAX_REDIRECTS:
                    raise FetchError(f"more than {MAX_REDIRECTS} redirects from {url}")
                redirects.append((status, target))
                seen.add(target)
                current = target
                continue
            if status == 304 or 200 <= status < 300:
                if status != 304 and not _type_ok(headers.get("content-type"), accept):
                    raise FetchError(f"unexpected content type {headers.get('content-type')!r} from {current}")
                return FetchResult(url, current, status, headers, body, datetime.now(UTC), redirects)
            raise HTTPStatusError(status, current, parse_retry_after(headers.get("retry-after")))

    async def _one(self, url: str, etag: str | None, last_modified: str | None,
                   accept: tuple[str, ...] | None) -> tuple[int, dict[str, str], bytes]:
        host, ip, _port = await self.policy.vet(url, self.resolver)
        headers = {"Host": urlsplit(url).netloc, "Accept-Encoding": "gzip, deflate, br"}
        if accept:
            headers["Accept"] = ", ".join(accept) + ", */*;q=0.1"
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        extensions = {"sni_hostname": host} if url.startswith("https") else {}
        request = self.client.build_request("GET", _pinned_url(url, ip), headers=headers, extensions=extensions)
        try:
            response = await self.client.send(request, stream=True)
        except httpx.HTTPError as exc:
            raise FetchError(f"{type(exc).__name__} fetching {url}: {exc}") from exc
        try:
            body = await self._read_capped(response, url) if response.status_code < 300 else b""
        finally:
            await response.aclose()
        return response.status_code, {k.lower(): v for k, v in response.headers.items()}, body

    async def _read_capped(self, response: httpx.Response, url: str) -> bytes:
        cap = self.settings.fetch_max_bytes
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > cap and "content-encoding" not in response.headers:
            raise FetchError(f"response larger than {cap} bytes (Content-Length {declared}): {url}")
        chunks: list[bytes] = []
        size = 0
        try:
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > cap:
                    raise FetchError(f"response larger than {cap} bytes after decompression: {url}")
                chunks.append(chunk)
        except httpx.HTTPError as exc:
            raise FetchError(f"{type(exc).__name__} reading {url}: {exc}") from exc
        return b"".join(chunks)
