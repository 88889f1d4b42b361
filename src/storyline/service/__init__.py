"""Use cases. The only module that wires ingest, extract, analyze and store together."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import sqlalchemy as sa

from ..config import Settings
from ..errors import InputError, StorylineError
from ..extract import extract_item
from ..extract.normalize import canonical_url, normalize_for_matching, outlet_key
from ..ingest.files import expand_paths, external_stem, read_document
from ..ingest.split import Split, split_document
from ..model import Article, Failure, ImportSummary, Item, RawDocument, hints_from_meta
from ..store import articles as article_sql
from ..store import documents as document_sql
from ..store import search as search_sql
from ..store.db import Database, open_database
from ..store.outlets import get_or_create_outlet
from .memo import Memo

log = logging.getLogger(__name__)


class Progress(Protocol):
    def start(self, total: int) -> None: ...
    def advance(self, label: str) -> None: ...


class _NoProgress:
    def start(self, total: int) -> None:
        pass

    def advance(self, label: str) -> None:
        pass


@dataclass(frozen=True, slots=True)
class Imported:
    article_ids: list[int]
    items: list[Item]  # what the document was split into; empty when it had been extracted before


@dataclass(slots=True)
class Extracted:
    """What one document gave: its articles and one-line notes on what was skipped."""

    split: Split | None
    articles: list[Article] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def extract_document(doc: RawDocument, max_bytes: int, meta: dict[str, object] | None = None) -> Extracted:
    """Split and extract one raw document, without storing anything. Raises InputError.

    ``meta``: stored feed-entry hints for a page fetched on that entry's behalf.
    """
    split = split_document(doc, max_bytes)
    out = Extracted(split, notes=list(split.notes))
    stem = external_stem(doc.origin)
    single = len(split.items) == 1
    for item in split.items:
        if meta:
            item.hints = hints_from_meta(meta, item.hints)
        try:
            article = extract_item(item)
        except InputError as exc:
            out.notes.append(f"{item.key or 'item'}: {exc}")
            continue
        if not article.external_id:
            fallback = f"{stem}#{item.key}" if item.key else stem
            article.external_id = stem if single else (article.url or article.guid or fallback)
        out.articles.append(article)
    if not out.articles:
        reason = out.notes[0] if out.notes else "no articles found"
        raise InputError(reason if len(out.notes) <= 1 else f"{reason} (and {len(out.notes) - 1} more)")
    return out


def iter_extract(patterns: Iterable[str], settings: Settings) -> Iterator[Article | Failure]:
    """`storyline extract`: articles from files, nothing stored."""
    expanded = expand_paths(patterns)
    for pattern in expanded.missing:
        yield Failure(pattern, "no such file, directory or matching path")
    for path in expanded.paths:
        try:
            doc = read_document(path, settings.max_document_bytes)
            yield from extract_document(doc, settings.max_document_bytes).articles
        except StorylineError as exc:
            yield Failure(str(path), str(exc))
        except Exception as exc:  # a bug must not stop the other files
            log.exception("unexpected error on %s", path)
            yield Failure(str(path), f"internal error: {type(exc).__name__}: {exc}")


def normalise(article: Article) -> article_sql.Normalised:
    title = normalize_for_matching(article.title or "")
    text = normalize_for_matching(article.text)
    basis = text if text else f"title:{title}"
    digest = hashlib.sha256(basis.encode("utf-8")).hexdigest()
    return article_sql.Normalised(title, text, digest, canonical_url(article.url) if article.url else None)


class Storyline:
    """The application: settings plus an open database."""

    def __init__(self, settings: Settings, db: Database) -> None:
        self.settings = settings
        self.db = db
        self.memo = Memo()  # what readers ask for again and again, kept per application

    @classmethod
    def open(cls, settings: Settings) -> Storyline:
        if not settings.db_url:
            raise StorylineError("no database configured")
        return cls(settings, open_database(settings.db_url))

    def close(self) -> None:
        self.db.close()

    # -- import -------------------------------------------------------------------------

    def import_paths(self, patterns: Iterable[str], progress: Progress | None = None,
                     cluster: bool = False) -> ImportSummary:
        """Import files; with ``cluster``, assign the new articles to stories afterwards."""
        progress = progress or _NoProgress()
        summary = ImportSummary()
        expanded = expand_paths(patterns)
        summary.failed.extend(Failure(p, "no such file, directory or matching path") for p in expanded.missing)
        progress.start(len(expanded.paths))
        for path in expanded.paths:
            try:
                doc = read_document(path, self.settings.max_document_bytes)
                self.import_document(doc, summary)
            except StorylineError as exc:
                summary.failed.append(Failure(str(path), str(exc)))
            except Exception as exc:  # a bug in one file must not stop the rest
                log.exception("unexpected error importing %s", path)
                summary.failed.append(Failure(str(path), f"internal error: {type(exc).__name__}: {exc}"))
            progress.advance(path.name)
        if cluster:
            self.cluster()
        return summary

    def cluster(self, analyse: bool = True) -> dict[str, int]:
        """Analyse new articles (entities, claims, quotes), assign every article without a story, then
        store the comparison of each story that changed (skipped without ``analyse``)."""
        from .analysis import analyse_pending, pending_ids  # noqa: PLC0415 (models load only when analysing)
        from .compare import refresh_comparisons  # noqa: PLC0415
        from .stories import Clusterer  # noqa: PLC0415 (numpy and the encoder load only when clustering)

        if not analyse:
            return {"analysed": 0, **Clusterer.for_app(self).cluster_pending().as_dict()}
        with self.db.read() as conn:
            todo = pending_ids(conn)
        analysed = analyse_pending(self, todo)
        report = Clusterer.for_app(self).cluster_pending().as_dict()
        return {"analysed": analysed, **report, "compared": refresh_comparisons(self, todo)}

    def recluster(self) -> dict[str, int]:
        """Rebuild every story (their stored comparisons go with them), then compare each again."""
        from .analysis import analyse_pending  # noqa: PLC0415
        from .compare import clear_comparisons, refresh_comparisons  # noqa: PLC0415
        from .stories import Clusterer  # noqa: PLC0415

        analysed = analyse_pending(self)
        clear_comparisons(self)  # every story is rebuilt: none of their comparisons may survive
        report = Clusterer.for_app(self).recluster().as_dict()
        return {"analysed": analysed, **report, "compared": refresh_comparisons(self)}

    def import_document(self, doc: RawDocument, summary: ImportSummary, source_id: int | None = None,
                        meta: dict[str, object] | None = None, executor: Executor | None = None) -> Imported:
        """Store the raw document, then extract it and store its articles. Idempotent.

        The raw bytes are committed before extraction starts, so an interrupted run is resumed
        by ``reextract --pending``. ``meta`` holds what a feed entry said about a fetched page.
        Returns the ids of the articles the document gave (new, updated or already stored) and the
        items it was split into (none when the document had been extracted before). With an
        ``executor`` (a process pool), the CPU-bound extraction runs there while this thread waits.
        """
        summary.documents += 1
        with self.db.write() as conn:
            known = document_sql.find_document(conn, doc.sha256)
            if known is None:
                doc_id = document_sql.insert_document(conn, doc, None, "pending", source_id, meta)
                new_origin, status = True, "pending"
            else:
                doc_id, status, items = int(known.id), str(known.status), int(known.item_count or 0)
                new_origin = document_sql.add_origin(conn, doc_id, doc.origin)
        if status == "extracted" and not new_origin:
            with self.db.read() as conn:
                ids = list(article_sql.article_ids_of_document(conn, doc_id).values())
            summary.duplicates += max(items, len(ids))
            return Imported(ids, [])
        return self._extract_and_store(doc_id, doc, summary, source_id, meta or {}, executor)

    def _extract_and_store(self, doc_id: int, doc: RawDocument, summary: ImportSummary,
                           source_id: int | None, meta: dict[str, object],
                           executor: Executor | None = None) -> Imported:
        try:
            if executor is not None:
                extracted = executor.submit(extract_document, doc, self.settings.max_document_bytes, meta).result()
            else:
                extracted = extract_document(doc, self.settings.max_document_bytes, meta)
        except InputError as exc:
            with self.db.write() as conn:
                document_sql.set_status(conn, doc_id, "failed", error=str(exc))
            raise
        for note in extracted.notes:
            summary.skipped.append(Failure(doc.origin, note))
        fmt = extracted.split.format.value if extracted.split else None
        ids: list[int] = []
        with self.db.write() as conn:
            for article in extracted.articles:
                article_id, outcome = _store_article(conn, doc_id, article, source_id)
                ids.append(article_id)
                if outcome == "inserted":
                    summary.imported += 1
                elif outcome == "updated":
                    summary.updated += 1
                else:
                    summary.duplicates += 1
            document_sql.set_status(conn, doc_id, "extracted", fmt=fmt, items=len(extracted.articles))
        return Imported(ids, extracted.split.items if extracted.split else [])

    def reextract(self, only_pending: bool = False, progress: Progress | None = None) -> ImportSummary:
        """Rebuild articles from the stored raw documents (after an extractor upgrade, or a crash)."""
        progress = progress or _NoProgress()
        summary = ImportSummary()
        with self.db.read() as conn:
            ids = list(document_sql.document_ids(conn, "pending" if only_pending else None))
        progress.start(len(ids))
        for doc_id in ids:
            with self.db.read() as conn:
                doc, source_id, meta = document_sql.load_document(conn, doc_id)
            summary.documents += 1
            try:
                self._extract_and_store(doc_id, doc, summary, source_id, meta)
            except StorylineError as exc:
                summary.failed.append(Failure(doc.origin, str(exc)))
            progress.advance(Path(doc.origin).name)
        if not only_pending:
            with self.db.write() as conn:
                search_sql.rebuild_index(conn)
        return summary

    # -- reading --------------------------------------------------------------------------

    def stats(self) -> dict[str, object]:
        with self.db.read() as conn:
            return {"documents": document_sql.count_documents(conn),
                    "articles": article_sql.count_articles(conn)}

    def recent_articles(self, limit: int = 20) -> list[sa.Row]:
        with self.db.read() as conn:
            return list(article_sql.list_articles(conn, limit=limit))


def _store_article(conn: sa.Connection, doc_id: int, article: Article,
                   source_id: int | None = None) -> tuple[int, str]:
    """Insert, update or recognise as a duplicate; keep the external id as an alias.

    Returns the article id and what happened: "inserted", "updated" or "duplicate".
    """
    norm = normalise(article)
    existing = article_sql.find_by_item(conn, doc_id, article.item_key)
    if existing is None and article.guid:
        existing = article_sql.find_by_column(conn, "guid", article.guid)
    if existing is None and norm.canonical_url:
        existing = article_sql.find_by_column(conn, "canonical_url", norm.canonical_url)
    if existing is not None:
        article_id = int(existing.id)
        changed = existing.text_hash != norm.text_hash or existing.title != article.title
        if changed and not article.summary_only:  # a summary never replaces the page's full text
            article_sql.update_article(conn, article_id, article, norm)
        outcome = "updated" if changed and not article.summary_only else "duplicate"
    else:
        same_text = article_sql.find_by_column(conn, "text_hash", norm.text_hash)
        if same_text is not None:
            article_id, outcome = int(same_text.id), "duplicate"
        else:
            outlet = outlet_key(article.url, article.site_name, article.source)
            outlet_id = get_or_create_outlet(conn, *outlet) if outlet else None
            article_id = article_sql.insert_article(conn, doc_id, article, norm, outlet_id, source_id)
            outcome = "inserted"
    if outcome != "duplicate":
        search_sql.index_articles(conn, [article_id])
    if article.external_id:
        article_sql.add_alias(conn, article.external_id, article_id)
    return article_id, outcome
