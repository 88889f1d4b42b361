"""Plain data that flows through the pipeline. Standard library only.

The pipeline is: a :class:`RawDocument` (bytes exactly as read or fetched) is split by an
``ingest`` reader into one or more :class:`Item` objects (a feed file has many entries, a page
has one), and ``extract`` turns each item into an :class:`Article`.
"""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass, field
from datetime import datetime


class Format(enum.StrEnum):
    """What a raw document is, detected from its content."""

    HTML = "html"  # a web page
    TEXTDUMP = "textdump"  # a page saved as plain text, boilerplate and all
    FEEDITEM = "feeditem"  # one full-text feed item: <!--epoch-ms-->, [title](url), ------, HTML body
    FEED = "feed"  # RSS 0.9x/1.0/2.0, Atom, JSON Feed
    JSONL = "jsonl"  # one JSON article per line
    WARC = "warc"  # WARC or ARC archive, possibly gzip-compressed


class ItemKind(enum.StrEnum):
    """How an item's body must be turned into clean text."""

    PAGE = "page"  # a whole HTML page: find the main content, drop the boilerplate
    FRAGMENT = "fragment"  # HTML that is all content (a feed entry body): convert, keep everything
    TEXTDUMP = "textdump"  # page text with boilerplate lines: clean it
    TEXT = "text"  # clean plain text already (JSONL text)


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input exactly as it arrived: a file, an HTTP response, a WARC file."""

    data: bytes
    origin: str  # file path or URL
    fetched_at: datetime | None = None  # when it was fetched (aware, UTC), if known
    content_type: str | None = None  # HTTP Content-Type header, if any

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True, slots=True)
class Image:
    src: str
    caption: str | None = None


@dataclass(slots=True)
class Hints:
    """Metadata a container already gives about an item (feed entry fields, WARC headers, JSONL keys).

    Extraction prefers these over what it finds in the body.
    """

    external_id: str | None = None
    url: str | None = None
    title: str | None = None
    author: str | None = None
    site_name: str | None = None
    source: str | None = None  # outlet / feed title named by the container
    published: datetime | None = None
    language: str | None = None
    fetched_at: datetime | None = None
    content_type: str | None = None  # charset hints live here
    guid: str | None = None  # feed entry id, for updates of the same entry
    summary_only: bool = False  # a feed entry that carries only a summary: the page has the text


@dataclass(slots=True)
class Item:
    """One article-to-be inside a raw document."""

    key: str  # unique within its document, stable across re-reads ("" for single-article documents)
    kind: ItemKind
    body: bytes | str
    hints: Hints = field(default_factory=Hints)


@dataclass(slots=True)
class Article:
    """A clean article. ``text`` and ``title`` are what readers see; matching uses normalised forms."""

    text: str  # paragraphs separated by blank lines
    title: str | None = None
    url: str | None = None
    html: str | None = None  # sanitised main content
    author: str | None = None
    site_name: str | None = None
    source: str | None = None
    published: datetime | None = None  # aware when the time zone is known, naive otherwise
    language: str | None = None  # BCP 47: zh-Hans, zh-Hant, en, de, ...
    images: list[Image] = field(default_factory=list)
    attributions: list[str] = field(default_factory=list)  # agencies and outlets credited
    external_id: str | None = None
    guid: str | None = None
    fetched_at: datetime | None = None
    item_key: str = ""
    summary_only: bool = False  # only a feed summary: never overwrites a stored full text

    @property
    def timezone_known(self) -> bool:
        return self.published is not None and self.published.tzinfo is not None


@dataclass(slots=True)
class Failure:
    origin: str
    reason: str  # one line


@dataclass(slots=True)
class ImportSummary:
    documents: int = 0
    imported: int = 0  # new articles
    updated: int = 0  # articles whose feed entry changed
    duplicates: int = 0  # articles already stored (same document or same normalised text)
    failed: list[Failure] = field(default_factory=list)
    skipped: list[Failure] = field(default_factory=list)  # documents with nothing to import

    def as_dict(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "imported": self.imported,
            "updated": self.updated,
            "duplicates": self.duplicates,
            "failed": [{"path": f.origin, "reason": f.reason} for f in self.failed],
            "skipped": [{"path": f.origin, "reason": f.reason} for f in self.skipped],
        }


def article_as_dict(article: Article) -> dict[str, object]:
    """The JSON shape of `storyline extract`: stable keys, ISO 8601 dates."""
    return {
        "id": article.external_id,
        "url": article.url,
        "title": article.title,
        "text": article.text,
        "html": article.html,
        "author": article.author,
        "site_name": article.site_name,
        "source": article.source,
        "published": article.published.isoformat() if article.published else None,
        "timezone_known": article.timezone_known if article.published else None,
        "language": article.language,
        "images": [{"src": i.src, "caption": i.caption} for i in article.images],
        "attributions": list(article.attributions),
        "fetched_at": article.fetched_at.isoformat() if article.fetched_at else None,
    }


_HINT_TEXT_FIELDS = ("external_id", "url", "title", "author", "site_name", "source", "language", "guid")


def hints_to_meta(hints: Hints) -> dict[str, object]:
    """JSON-able form of the hints a feed entry gave about a page fetched for it."""
    meta: dict[str, object] = {k: getattr(hints, k) for k in _HINT_TEXT_FIELDS if getattr(hints, k)}
    if hints.published:
        meta["published"] = hints.published.isoformat()
    return meta


def hints_from_meta(meta: dict[str, object], base: Hints) -> Hints:
    """``base`` (what the document itself says) overlaid with the stored feed-entry hints."""
    for key in _HINT_TEXT_FIELDS:
        if meta.get(key):
            setattr(base, key, str(meta[key]))
    if meta.get("published"):
        base.published = datetime.fromisoformat(str(meta["published"]))
    return base
