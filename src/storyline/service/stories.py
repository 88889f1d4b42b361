"""Copies and stories: fold reposts into copy groups, assign articles to stories as they arrive.

The in-memory indexes (``analyze.copies.CopyIndex``, ``analyze.stories.StoryIndex``) cover the
active time window and are rebuilt from stored signals when a clusterer starts, so each
article's signals (embedding, tokens, MinHash) are computed once, at assignment, and kept.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import numpy as np
import sqlalchemy as sa

from ..analyze.copies import CopyIndex, text_hash
from ..analyze.features import (
    Signals,
    add_e5,
    compute_signals_batch,
    signals_from_record,
    signals_to_record,
    split_embedding,
)
from ..analyze.stories import StoryIndex, StoryParams
from ..store import stories as story_sql
from ..store.articles import aliases_of
from ..store.documents import now
from ..store.schema import articles, outlets
from . import Storyline

log = logging.getLogger(__name__)

# 2: a body vector stored after the title+lead one; 3: then the e5 vector; 4: places; 5: romanised Chinese names;
# 6: German names without the common nouns, title-cased headlines give only the names their body repeats
SIGNALS_VERSION = 6
BATCH = 256


@dataclass(frozen=True, slots=True)
class _Row:
    """What signals need from a stored article (``analyze.features.ArticleLike``)."""

    id: int
    title: str | None
    text: str
    language: str | None
    published: datetime | None
    norm_text: str
    outlet: str | None
    credits: tuple[str, ...]


@dataclass(slots=True)
class ClusterReport:
    articles: int = 0
    new_stories: int = 0
    copies: int = 0
    merged: int = 0
    moved: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"articles": self.articles, "new_stories": self.new_stories, "copies": self.copies,
                "merged": self.merged, "moved": self.moved}


def _rows(conn: sa.Connection, ids: list[int]) -> Iterator[_Row]:
    cols = (articles.c.id, articles.c.title, articles.c.text, articles.c.language, articles.c.published_at,
            articles.c.norm_text, articles.c.attributions, outlets.c.name)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        query = sa.select(*cols).select_from(articles.outerjoin(outlets)).where(articles.c.id.in_(chunk))
        found = {int(r.id): r for r in conn.execute(query)}
        for i in chunk:
            r = found[i]
            yield _Row(i, r.title, r.text, r.language, r.published_at, r.norm_text, r.name,
                       tuple(r.attributions or ()))


class Clusterer:
    """Incremental copy detection and story assignment over the store."""

    def __init__(self, app: Storyline, embed: bool = True, params: StoryParams | None = None,
                 e5: bool = True) -> None:
        self.app = app
        self.params = params or StoryParams.load(embed=embed)
        # e5 vectors are computed on demand, for the pairs the USE model is unsure of (analyze.stories)
        self.encoder = add_e5 if e5 and self.params.embed else None
        self.index = StoryIndex(self.params, self.encoder)
        self.copies = CopyIndex()
        self._story_ids: dict[str, int] = {}  # index key -> story id
        self._loaded = False

    @classmethod
    def for_app(cls, app: Storyline) -> Clusterer:
        """The clusterer the settings ask for (embeddings, e5)."""
        return cls(app, embed=app.settings.cluster_embed, e5=app.settings.cluster_e5)

    # -- loading the active window --------------------------------------------------------

    def load(self) -> None:
        """Rebuild the indexes from stories active within ``far_days`` of the newest article."""
        with self.app.db.read() as conn:
            membership = story_sql.assignments(conn)
            latest = conn.execute(sa.select(sa.func.max(articles.c.published_at))).scalar()
            since = (latest - timedelta(days=self.params.far_days)) if latest else None
            active = {int(r.id) for r in story_sql.list_stories(conn, since=since)} if since else None
            ids = [a for a, s in membership.items() if active is None or s in active]
            stored = story_sql.load_signals(conn, ids)
            rows = {r.id: r for r in _rows(conn, ids)}
        by_story: dict[int, list[Signals]] = {}
        for article_id in sorted(ids, key=lambda a: (rows[a].published or datetime.min, a)):
            rec = stored.get(article_id)
            if rec is None:
                continue
            row = rows[article_id]
            self.copies.add_signature(article_id, text_hash(row.norm_text), rec.minhash, row.published,
                                      outlet=row.outlet, credits=row.credits)
            by_story.setdefault(membership[article_id], []).append(
                signals_from_record(article_id, rec.embedding, rec.features))
        for story_id, members in by_story.items():
            self.index.add_story(str(story_id), members)
            self._story_ids[str(story_id)] = story_id
        self._loaded = True

    # -- assigning --------------------------------------------------------------------------

    def cluster_pending(self) -> ClusterReport:
        """Assign every article that has no story yet, oldest first."""
        if not self._loaded:
            self.load()
        with self.app.db.read() as conn:
            pending = story_sql.unassigned_article_ids(conn)
        return self.cluster(pending)

    def cluster(self, article_ids: Iterable[int]) -> ClusterReport:
        if not self._loaded:
            self.load()
        report = ClusterReport()
        ids = list(article_ids)
        touched: set[int] = set()
        for start in range(0, len(ids), BATCH):
            with self.app.db.read() as conn:
                rows = list(_rows(conn, ids[start:start + BATCH]))
            signals = compute_signals_batch(rows, embed=self.params.embed, e5=False)
            touched |= self._assign_batch(rows, signals, report)
        touched |= self._consolidate(report)
        self.refresh(touched)
        return report

    def _assign_batch(self, rows: list[_Row], signals: list[Signals], report: ClusterReport) -> set[int]:
        touched: set[int] = set()
        with self.app.db.write() as conn:
            for row, sig in zip(rows, signals, strict=True):
                match = self.copies.add(row.id, row.norm_text, row.published, outlet=row.outlet,
                                        credits=row.credits)
                if match is not None:
                    report.copies += 1
                    _record_copy(conn, self.copies, row.id, match)
                assignment = self.index.assign(sig)
                story_id = self._story_id(conn, assignment.story_key)
                report.new_stories += assignment.new_story
                story_sql.assign(conn, row.id, story_id, assignment.probability)
                embedding, features = signals_to_record(sig)
                story_sql.save_signals(conn, row.id, SIGNALS_VERSION, embedding, self.copies.signature(row.id),
                                       features)
                self._save_encoded(conn, skip=row.id)
                touched.add(story_id)
                report.articles += 1
        return touched

    def _save_encoded(self, conn: sa.Connection, skip: int | None = None) -> None:
        """Store the e5 vectors the index computed on demand (with the rest of each one's embedding)."""
        for sig in self.index.take_encoded():
            if sig.id != skip:
                story_sql.save_embedding(conn, int(sig.id), signals_to_record(sig)[0])

    def _story_id(self, conn: sa.Connection, key: str) -> int:
        if key not in self._story_ids:
            self._story_ids[key] = story_sql.create_story(conn)
        return self._story_ids[key]

    def _consolidate(self, report: ClusterReport) -> set[int]:
        result = self.index.consolidate()
        touched: set[int] = set()
        with self.app.db.write() as conn:
            self._save_encoded(conn)
            for gone, kept in result.merged:
                touched |= {self._story_id(conn, gone), self._story_id(conn, kept)}
            for article_id, key in result.moved.items():
                old = story_sql.story_of(conn, int(article_id))
                story_id = self._story_id(conn, key)
                story_sql.assign(conn, int(article_id), story_id, None)
                touched |= {story_id} | ({old} if old else set())
            report.merged += len(result.merged)
            report.moved += len(result.moved)
            story_sql.delete_empty_stories(conn)
        return touched

    # -- rebuilding ------------------------------------------------------------------------------

    def recluster(self) -> ClusterReport:
        """Rebuild every story from scratch, deterministically, keeping ids where stories persist."""
        report = ClusterReport()
        with self.app.db.read() as conn:
            ids = story_sql.all_article_ids(conn)
            old = story_sql.assignments(conn)
            stored = story_sql.load_signals(conn, ids)
        stale = [i for i in ids if i in stored and stored[i].version != SIGNALS_VERSION]
        if stale:  # signals of an older release: recompute them (the copy signature stays)
            self._recompute_signals(stale, stored)
        missing = [i for i in ids if i not in stored]
        if missing:  # articles never clustered: compute their signals first
            self.cluster(missing)
        if stale or missing:
            with self.app.db.read() as conn:
                stored = story_sql.load_signals(conn, ids)
                old = story_sql.assignments(conn)
        signals = [signals_from_record(i, stored[i].embedding, stored[i].features) for i in ids if i in stored]
        self.index = StoryIndex(self.params, self.encoder)
        membership = self.index.recluster(signals)
        keys = _stable_ids(membership, old)
        with self.app.db.write() as conn:
            self._save_encoded(conn)
            story_sql.clear_assignments(conn)
            self._story_ids = {}
            for key, story_id in keys.items():
                self._story_ids[key] = story_id if story_id is not None else story_sql.create_story(conn)
            for article_id, key in membership.items():
                story_sql.assign(conn, int(article_id), self._story_ids[key], None)
            story_sql.delete_empty_stories(conn)
        report.articles = len(membership)
        report.new_stories = sum(1 for v in keys.values() if v is None)
        self._loaded = True
        self.refresh(set(self._story_ids.values()))
        return report

    def _recompute_signals(self, ids: list[int], stored: dict[int, sa.Row]) -> None:
        for start in range(0, len(ids), BATCH):
            with self.app.db.read() as conn:
                rows = list(_rows(conn, ids[start:start + BATCH]))
            signals = compute_signals_batch(rows, embed=self.params.embed, e5=False)
            with self.app.db.write() as conn:
                for row, sig in zip(rows, signals, strict=True):
                    embedding, features = signals_to_record(sig)
                    story_sql.save_signals(conn, row.id, SIGNALS_VERSION, embedding, stored[row.id].minhash,
                                           features)

    # -- story records -------------------------------------------------------------------------

    def refresh(self, story_ids: set[int]) -> None:
        """Recompute headline, languages, span and source counts of the given stories."""
        if not story_ids:
            return
        with self.app.db.read() as conn:
            members: dict[int, list[sa.Row]] = {}
            for row in story_sql.member_rows(conn, story_ids):
                members.setdefault(int(row.story_id), []).append(row)
            vectors = _embeddings(story_sql.load_signals(conn, [r.id for rs in members.values() for r in rs]))
        with self.app.db.write() as conn:
            for story_id, rows in members.items():
                story_sql.update_story(conn, story_id, **story_record(rows, vectors))


def _record_copy(conn: sa.Connection, copies: CopyIndex, article_id: int, match: Any) -> None:
    if match.previous_canonical is not None:  # the new article is the original: re-point the group
        for member in copies.group(article_id):
            if member != article_id:
                story_sql.set_copy(conn, int(member), article_id, None)
        story_sql.set_copy(conn, article_id, None, None)
    else:
        story_sql.set_copy(conn, article_id, int(match.canonical_id), match.similarity)


def _embeddings(stored: dict[int, sa.Row]) -> dict[int, np.ndarray]:
    heads = {i: split_embedding(r.embedding)[0] for i, r in stored.items()}
    return {i: v for i, v in heads.items() if v is not None}


def story_record(rows: list[sa.Row], vectors: dict[int, np.ndarray]) -> dict[str, Any]:
    """A story's record from its members: reposts never count as independent sources."""
    originals = [r for r in rows if r.copy_of is None]
    languages = Counter(r.language or "und" for r in (originals or rows))
    main = languages.most_common(1)[0][0]
    outlets_seen = {r.outlet_id if r.outlet_id is not None else f"article-{r.id}" for r in originals}
    dates = [r.published_at for r in rows if r.published_at is not None]
    return {
        "title": _headline([r for r in originals or rows if (r.language or "und") == main], vectors),
        "language": None if main == "und" else main,
        "languages": sorted(lang for lang in languages if lang != "und"),
        "first_seen": min(r.created_at for r in rows),
        "last_updated": now(),
        "start_at": min(dates) if dates else None,
        "end_at": max(dates) if dates else None,
        "article_count": len(rows),
        "source_count": len(outlets_seen),
        "repost_count": len(rows) - len(originals),
    }


def _headline(candidates: list[sa.Row], vectors: dict[int, np.ndarray]) -> str | None:
    """The title of the most representative article: closest to the members' mean embedding."""
    titled = [r for r in candidates if r.title] or candidates
    if not titled:
        return None
    with_vec = [r for r in titled if r.id in vectors]
    if len(with_vec) >= 3:
        centroid = np.mean([vectors[r.id] for r in with_vec], axis=0)
        best = max(with_vec, key=lambda r: (float(vectors[r.id] @ centroid), -r.id))
        return best.title
    return titled[0].title  # earliest first


def _stable_ids(membership: dict[Any, str], old: dict[int, int]) -> dict[str, int | None]:
    """Give each new story the old story id it overlaps most (each old id used once)."""
    overlap: Counter[tuple[str, int]] = Counter()
    sizes: Counter[str] = Counter()
    for article_id, key in membership.items():
        sizes[key] += 1
        if int(article_id) in old:
            overlap[(key, old[int(article_id)])] += 1
    out: dict[str, int | None] = {key: None for key in sizes}
    used: set[int] = set()
    for (key, story_id), _n in sorted(overlap.items(), key=lambda kv: (-kv[1], kv[0])):
        if out[key] is None and story_id not in used:
            out[key] = story_id
            used.add(story_id)
    return out


# -- reading ------------------------------------------------------------------------------------


def story_dict(row: sa.Row) -> dict[str, Any]:
    return {
        "id": row.uid, "title": row.title, "language": row.language, "languages": list(row.languages or []),
        "first_seen": _iso(row.first_seen), "last_updated": _iso(row.last_updated),
        "start": _iso(row.start_at), "end": _iso(row.end_at), "articles": row.article_count,
        "independent_sources": row.source_count, "reposts": row.repost_count,
    }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() + "Z" if value is not None else None


def list_stories(app: Storyline, since: datetime | None = None, limit: int | None = None,
                 offset: int = 0) -> list[dict[str, Any]]:
    with app.db.read() as conn:
        return [story_dict(r) for r in story_sql.list_stories(conn, since, limit, offset)]


def story_detail(app: Storyline, ref: str) -> dict[str, Any] | None:
    """The story record with its articles; reposts listed under the article they copy."""
    with app.db.read() as conn:
        row = story_sql.get_story(conn, ref)
        if row is None:
            return None
        members = list(story_sql.member_rows(conn, [int(row.id)]))
        aliases = aliases_of(conn, [m.id for m in members])
    out = story_dict(row)
    out["articles"] = [
        {"id": m.id, "external_ids": aliases.get(m.id, []), "title": m.title, "url": m.url,
         "outlet": m.outlet or m.site_name or m.source, "language": m.language,
         "published": _iso(m.published_at), "copy_of": m.copy_of, "probability": m.probability}
        for m in members]
    return out


def export_stories(app: Storyline) -> Iterator[dict[str, Any]]:
    """`storyline export stories`: ``{story_id, title, article_ids}`` with every external id."""
    with app.db.read() as conn:
        rows = list(story_sql.export_rows(conn))
    for story, external_ids in rows:
        yield {"story_id": story.uid, "title": story.title, "article_ids": external_ids}
