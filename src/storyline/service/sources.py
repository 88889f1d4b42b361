"""Managing sources: add a feed or a site (feeds discovered), OPML in and out, pause/resume/remove."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import sqlalchemy as sa
from defusedxml import ElementTree as SafeET

from ..errors import InputError, StorylineError
from ..extract.encoding import decode_html
from ..extract.normalize import outlet_key
from ..ingest.detect import detect_format
from ..ingest.discover import COMMON_FEED_PATHS, discover_feeds
from ..ingest.http import Fetcher
from ..ingest.split import split_document
from ..model import Format, RawDocument
from ..store import sources as source_sql
from ..store.outlets import get_or_create_outlet
from . import Storyline

FEED_ACCEPT = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/json",
               "application/xml", "text/xml", "application/rdf+xml", "text/html", "text/plain")


@dataclass(frozen=True, slots=True)
class Added:
    url: str
    title: str | None
    created: bool


async def _feed_title(fetcher: Fetcher, url: str, max_bytes: int) -> tuple[str, str | None] | None:
    """(final URL, title) when ``url`` serves a feed with entries, else None."""
    try:
        result = await fetcher.fetch(url, accept=FEED_ACCEPT)
        doc = RawDocument(result.content, result.final_url, result.fetched_at, result.content_type)
        if detect_format(result.content, url) is not Format.FEED:
            return None
        items = split_document(doc, max_bytes).items
    except StorylineError:
        return None
    return result.final_url, (items[0].hints.source if items else None)


async def find_feeds(fetcher: Fetcher, url: str, max_bytes: int) -> list[tuple[str, str | None]]:
    """The URL itself when it is a feed; else the feeds a site page announces, else common paths."""
    direct = await _feed_title(fetcher, url, max_bytes)
    if direct:
        return [direct]
    try:
        page = await fetcher.fetch(url, accept=FEED_ACCEPT)
        html, _ = decode_html(page.content, page.content_type)
        candidates = discover_feeds(html, page.final_url)
    except StorylineError as exc:
        raise InputError(f"cannot read {url}: {exc}") from exc
    if not candidates:
        root = f"{urlsplit(page.final_url).scheme}://{urlsplit(page.final_url).netloc}"
        candidates = [urljoin(root, path) for path in COMMON_FEED_PATHS]
    found: list[tuple[str, str | None]] = []
    for candidate in candidates:
        feed = await _feed_title(fetcher, candidate, max_bytes)
        if feed and feed[0] not in {f[0] for f in found}:
            found.append(feed)
    if not found:
        raise InputError(f"no feed found at {url} (no <link rel=alternate> feed, no common feed path)")
    return found


def store_source(app: Storyline, url: str, title: str | None, outlet_name: str | None = None) -> Added:
    outlet = outlet_key(url, outlet_name, title)
    with app.db.write() as conn:
        outlet_id = get_or_create_outlet(conn, *outlet) if outlet else None
        _, created = source_sql.add_source(conn, url, outlet_id, title)
    return Added(url, title, created)


async def add_source(app: Storyline, url: str, fetcher: Fetcher | None = None) -> list[Added]:
    if urlsplit(url).scheme not in ("http", "https"):
        raise InputError(f"not an http(s) URL: {url}")
    own = fetcher is None
    fetcher = fetcher or Fetcher(app.settings)
    try:
        feeds = await find_feeds(fetcher, url, app.settings.fetch_max_bytes)
    finally:
        if own:
            await fetcher.aclose()
    return [store_source(app, feed_url, title) for feed_url, title in feeds]


def import_opml(app: Storyline, data: bytes) -> list[Added]:
    """Every outline with an xmlUrl becomes a source (no fetching: the first round checks them)."""
    try:
        root = SafeET.fromstring(data)
    except (ET.ParseError, ValueError) as exc:
        raise InputError(f"not an OPML file: {exc}") from exc
    except Exception as exc:  # defusedxml refuses entities and DTDs with its own exceptions
        raise InputError(f"OPML refused: {type(exc).__name__}") from exc
    added = []
    for node in root.iter("outline"):
        url = (node.get("xmlUrl") or "").strip()
        if urlsplit(url).scheme in ("http", "https"):
            title = node.get("title") or node.get("text")
            added.append(store_source(app, url, title, title))
    if not added:
        raise InputError("OPML file lists no feed (no outline with an http(s) xmlUrl)")
    return added


def export_opml(app: Storyline) -> str:
    with app.db.read() as conn:
        rows = source_sql.list_sources(conn)
    opml = ET.Element("opml", version="2.0")
    head = ET.SubElement(opml, "head")
    ET.SubElement(head, "title").text = "Storyline sources"
    body = ET.SubElement(opml, "body")
    for row in rows:
        title = row.title or row.outlet or row.url
        ET.SubElement(body, "outline", type="rss", text=title, title=title, xmlUrl=row.url)
    ET.indent(opml)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(opml, encoding="unicode") + "\n"


def list_sources(app: Storyline) -> list[sa.Row]:
    with app.db.read() as conn:
        return source_sql.list_sources(conn)


def set_status(app: Storyline, ref: str, status: str | None) -> str:
    """Pause, resume (status "active") or remove (status None) a source by id or URL."""
    with app.db.write() as conn:
        row = source_sql.get_source(conn, ref)
        if row is None:
            raise InputError(f"no source {ref!r}")
        if status is None:
            source_sql.remove_source(conn, row.id)
        else:
            values: dict[str, object] = {"status": status}
            if status == "active":
                values |= {"error_count": 0, "next_poll_at": source_sql.now()}
            source_sql.update_source(conn, row.id, **values)
    return str(row.url)
