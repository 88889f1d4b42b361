"""Live ingestion: poll the sources that are due, fetch full text for summary-only entries.

One round: every due source is fetched with a conditional GET (bounded concurrency overall,
one request at a time per host); a changed feed is stored raw, then extracted; entries that
carry only a summary get their article page fetched (if robots.txt allows) and extracted with
the entry's metadata. Each step commits on its own, so an interrupted round loses nothing that
was committed and the next round (or ``reextract --pending``) picks up the rest.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import random
from collections import defaultdict
from collections.abc import Awaitable, Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import sqlalchemy as sa

from ..errors import FetchError, InputError, StorylineError
from ..ingest.http import Fetcher, FetchResult, HTTPStatusError
from ..ingest.robots import RobotsCache
from ..ingest.schedule import PollBounds, error_backoff, next_interval, retry_delay
from ..model import ImportSummary, Item, RawDocument, hints_to_meta
from ..store import documents as document_sql
from ..store import sources as source_sql
from . import Storyline

log = logging.getLogger(__name__)

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/json",
              "application/xml", "text/xml", "application/rdf+xml", "text/plain", "text/html")
PAGE_TYPES = ("text/html", "application/xhtml+xml")
RETRIES = 2


@dataclass(slots=True)
class RoundReport:
    sources: int = 0
    not_modified: int = 0
    changed: int = 0
    pages: int = 0
    robots_refused: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    summary: ImportSummary = field(default_factory=ImportSummary)

    def as_dict(self) -> dict[str, Any]:
        return {"sources": self.sources, "not_modified": self.not_modified, "changed": self.changed,
                "pages": self.pages, "robots_refused": self.robots_refused,
                "imported": self.summary.imported, "updated": self.summary.updated,
                "failed": [{"url": u, "reason": r} for u, r in self.failed]}


class FetchRound:
    """One pass over the due sources. Create one per round; reuse the fetcher across rounds."""

    def __init__(self, app: Storyline, fetcher: Fetcher, robots: RobotsCache, concurrency: int = 16,
                 bounds: PollBounds | None = None, rng: random.Random | None = None,
                 executor: Executor | None = None) -> None:
        self.app = app
        self.executor = executor  # a process pool for extraction, on rounds big enough to pay for it
        self.fetcher = fetcher
        self.robots = robots
        self.bounds = bounds or PollBounds()
        self.rng = rng or random.Random()
        self.report = RoundReport()
        self._slots = asyncio.Semaphore(concurrency)
        self._hosts: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)

    async def run(self, at: datetime | None = None, limit: int | None = None) -> RoundReport:
        at = at or document_sql.now()
        with self.app.db.read() as conn:
            due = source_sql.due_sources(conn, at, limit)
        self.report.sources = len(due)
        await asyncio.gather(*(self._poll_guarded(row) for row in due))
        return self.report

    async def _poll_guarded(self, source: sa.Row) -> None:
        try:
            await self._poll(source)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # one source's bug must not end the round
            log.exception("polling %s", source.url)
            await self._write(source_sql.record_failure, source.id, f"internal error: {exc}",
                              error_backoff(source.error_count + 1, self.bounds, self.rng))
            self.report.failed.append((source.url, f"internal error: {exc}"))

    async def _request(self, url: str, **kwargs: Any) -> FetchResult:
        """One polite request: a global slot, the host's lock, retries on timeouts and 5xx."""
        attempt = 0
        while True:
            try:
                async with self._slots, self._hosts[urlsplit(url).hostname or ""]:
                    return await self.fetcher.fetch(url, **kwargs)
            except HTTPStatusError as exc:
                if exc.status < 500 or exc.status == 503 or attempt >= RETRIES:
                    raise
            except FetchError as exc:
                if not _transient(exc) or attempt >= RETRIES:
                    raise
            attempt += 1
            await asyncio.sleep(retry_delay(attempt, rng=self.rng))

    async def _poll(self, source: sa.Row) -> None:
        try:
            result = await self._request(source.url, etag=source.etag, last_modified=source.last_modified,
                                         accept=FEED_TYPES)
        except HTTPStatusError as exc:
            await self._status_failure(source, exc)
            return
        except StorylineError as exc:
            await self._failure(source, str(exc))
            return
        if result.permanent_redirect and result.final_url != source.url:
            await self._write(_move_source, source.id, result.final_url)
        if result.not_modified:
            self.report.not_modified += 1
            interval = next_interval(source.poll_interval, [], 0, self.bounds)
            await self._write(source_sql.record_success, source.id, interval=interval, not_modified=True,
                              etag=None, last_modified=None)
            return
        await self._changed(source, result)

    async def _changed(self, source: sa.Row, result: FetchResult) -> None:
        self.report.changed += 1
        doc = RawDocument(result.content, result.final_url, result.fetched_at, result.content_type)
        before = self.report.summary.imported
        try:
            imported = await asyncio.to_thread(self.app.import_document, doc, self.report.summary, source.id,
                                               None, self.executor)
            items = imported.items
        except InputError as exc:
            await self._failure(source, str(exc))
            return
        await asyncio.gather(*(self._full_text(source, item) for item in items if _needs_page(item)))
        times = [i.hints.published for i in items if i.hints.published]
        interval = next_interval(source.poll_interval, times, self.report.summary.imported - before, self.bounds)
        title = items[0].hints.source if items else None
        await self._write(source_sql.record_success, source.id, interval=interval, not_modified=False,
                          etag=result.etag, last_modified=result.last_modified, title=title)

    async def _full_text(self, source: sa.Row, item: Item) -> None:
        url = item.hints.url or ""
        with self.app.db.read() as conn:
            if document_sql.origin_known(conn, url):
                return
        if not await self.robots.allowed(url, self.app.settings.user_agent):
            self.report.robots_refused += 1
            return
        try:
            page = await self._request(url, accept=PAGE_TYPES)
            doc = RawDocument(page.content, url, page.fetched_at, page.content_type)
            await asyncio.to_thread(self.app.import_document, doc, self.report.summary, source.id,
                                    hints_to_meta(item.hints), self.executor)
            self.report.pages += 1
        except StorylineError as exc:  # the summary stays; the page is tried again next round
            self.report.failed.append((url, str(exc)))

    async def _status_failure(self, source: sa.Row, exc: HTTPStatusError) -> None:
        if exc.status == 410:
            await self._write(source_sql.record_failure, source.id, "410 Gone: source disabled",
                              self.bounds.max_interval, True)
            self.report.failed.append((source.url, "410 Gone: source disabled"))
            return
        delay = None
        if exc.status in (429, 503) and exc.retry_after is not None:
            delay = int(min(max(exc.retry_after, 1), self.bounds.max_interval))
        await self._failure(source, str(exc), delay)

    async def _failure(self, source: sa.Row, reason: str, delay: int | None = None) -> None:
        delay = delay if delay is not None else error_backoff(source.error_count + 1, self.bounds, self.rng)
        await self._write(source_sql.record_failure, source.id, reason, delay)
        self.report.failed.append((source.url, reason))

    async def _write(self, fn: Callable[..., None], *args: Any, **kwargs: Any) -> None:
        def run() -> None:
            with self.app.db.write() as conn:
                fn(conn, *args, **kwargs)

        await asyncio.to_thread(run)


def _needs_page(item: Item) -> bool:
    return item.hints.summary_only and bool(item.hints.url) and \
        urlsplit(item.hints.url or "").scheme in ("http", "https")


def _transient(exc: FetchError) -> bool:
    text = str(exc).lower()
    return "timed out" in text or "timeout" in text or "connection" in text


def _move_source(conn: sa.Connection, source_id: int, url: str) -> None:
    """A permanent redirect: the source now lives at ``url`` (unless another source has it)."""
    taken = source_sql.get_source(conn, url)
    if taken is None:
        source_sql.update_source(conn, source_id, url=url)


POOL_MIN_SOURCES = 50  # below this, starting extraction processes costs more than it saves


def _extraction_pool(app: Storyline) -> Executor | None:
    """Extraction is CPU-bound Python: on a big round, spread it over the cores in processes."""
    with app.db.read() as conn:
        due = len(source_sql.due_sources(conn, document_sql.now(), POOL_MIN_SOURCES))
    cores = os.cpu_count() or 1
    if due < POOL_MIN_SOURCES or cores < 2:
        return None
    return ProcessPoolExecutor(max_workers=cores, mp_context=multiprocessing.get_context("forkserver"))


async def run_round(app: Storyline, concurrency: int = 16, fetcher: Fetcher | None = None) -> RoundReport:
    own = fetcher is None
    fetcher = fetcher or Fetcher(app.settings)
    pool = _extraction_pool(app)
    try:
        return await FetchRound(app, fetcher, RobotsCache(fetcher), concurrency, executor=pool).run()
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        if own:
            await fetcher.aclose()


async def watch(app: Storyline, stop: asyncio.Event, concurrency: int = 16,
                on_round: Callable[[RoundReport], Awaitable[None] | None] | None = None) -> None:
    """Rounds until ``stop`` is set; sleeps until the next source is due (at most a minute)."""
    fetcher = Fetcher(app.settings)
    robots = RobotsCache(fetcher)
    try:
        while not stop.is_set():
            report = await FetchRound(app, fetcher, robots, concurrency).run()
            if on_round:
                maybe = on_round(report)
                if maybe is not None:
                    await maybe
            with app.db.read() as conn:
                wait = source_sql.seconds_until_next_poll(conn, document_sql.now())
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=min(max(wait, 1.0), 60.0))
    finally:
        await fetcher.aclose()

