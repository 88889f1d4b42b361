"""Incremental story clustering: every article joins the best-matching active story or starts one.

The match score is a calibrated same-event probability: a logistic model (fitted by
``bench/fit_pairs.py``, parameters in ``calibration.json``) over :func:`features.pair_features`
between the article and the story's most similar members, with a penalty for publication dates
outside the story's span and a bonus for one close to the date of the member matched. Candidates
come only from indexes over the active window — an inverted index of each article's most telling
terms, names and figures, bucketed by day (dated articles) or by arrival (undated ones), and
nearest neighbours among the embeddings of active members — never from a scan of every story.
"""

from __future__ import annotations

import heapq
import json
import math
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from ..errors import ConfigError
from .features import Idf, Signals, pair_features
from .place_levels import levels
from .places import place_set, places_clash
from .same_event import Encoder, Model, log_odds, sigmoid

CALIBRATION = Path(__file__).with_name("calibration.json")
_EPOCH = datetime(1970, 1, 1)
_NAME_WEIGHT = 4.0  # candidate ranking weight of a shared name-like key
_FIGURE_WEIGHT = 3.0  # ... and of a shared figure
_STORY_PLACE_MEMBERS = 25  # a story's own place: the main places at least half its first placed members name


@dataclass(frozen=True, slots=True)
class StoryParams:
    """Model and clustering settings. :meth:`load` reads the fitted model from ``calibration.json``."""

    terms: tuple[str, ...] = ("emb",)
    weights: tuple[float, ...] = (-4.0, 8.0)  # intercept first, then one weight per term
    embed: bool = True
    # The first-pass model, USE and lexical features without e5 ("embed_use" in calibration.json,
    # its bias shifted onto ``threshold``): every candidate is scored by it; see ``e5_band``.
    fallback_terms: tuple[str, ...] = ()
    fallback_weights: tuple[float, ...] = ()
    # e5 is only asked where the first-pass model is unsure: its probability within this band. On the
    # pairs' fitted half (5-fold CV, pair by pair) the band 0.1-0.9 decides exactly as e5 everywhere
    # (F1 0.817 against 0.817; 0.795 without e5) while half of those hard pairs lie outside it.
    e5_band: tuple[float, float] = (0.1, 0.9)
    # ... and only for the best-matching member of the few best candidate stories: e5 costs ~0.1 s
    # per article on 2 cores, so it must stay the exception.
    e5_candidates: int = 2
    # ... and only for a pair that shares something concrete: a name, headline words worth this IDF
    # share, or no language (cross-language pairs cannot share words). e5 rates any two texts of
    # one genre as close (random-syllable stream articles of different events: cosine 0.91, the
    # same event 0.97; unrelated real news 0.79-0.89), and without this a generated 2,000-article
    # stream fell into 2 stories. On the pairs' fitted half it changes nothing (CV F1 0.817).
    e5_min_cover: float = 0.1
    threshold: float = 0.5  # join the best story at or above this probability
    merge_threshold: float = 0.7  # consolidate: stories this likely to be one event merge (above joining)
    split_threshold: float = 0.25  # consolidate: a member below this against the rest leaves
    window_days: int = 3  # dated articles meet stories with members within this many days
    far_days: int = 45  # ... and, through names and headline words only, up to this many days
    time_grace_days: float = 2.0  # no penalty within this distance of the story's span
    time_weight: float = 1.5  # logit penalty per log-unit of days beyond the grace
    # Logit bonus when the article is dated within the grace of the member it matches. The pairs the
    # model was fitted on carry no dates, so this evidence is set by hand: large enough that the
    # demo corpus's cross-language reports of one event meet (their logits sit around -0.5..0.5;
    # pairwise P 0.78, R 0.89 there, against P 1.0, R 0.45 without it, when first set; P 1.0,
    # R 0.97 with the place conflict and the member-dated bonus, R 1.0 with romanised Chinese names:
    # the English dam and flood reports join at p 0.57 and 0.61, not 0.50 and below), small enough
    # that two different floods in one week stay apart (best such logit -0.76).
    near_bonus: float = 0.65
    undated_window: int = 10_000  # undated articles meet stories touched by this many last arrivals
    block: int = 1000  # arrivals per arrival bucket
    index_terms: int = 12  # highest TF-IDF terms of an article put into the inverted index
    posting_cap: int = 300  # a term with more articles than this in one bucket finds no candidates
    max_candidates: int = 10  # stories scored per article
    neighbours: int = 24  # nearest member embeddings looked at per article
    members_compared: int = 4  # members of one story the article is compared with

    @classmethod
    def load(cls, embed: bool = True, path: Path | None = None, **overrides: Any) -> StoryParams:
        """The fitted model for ``embed`` (with or without embeddings) and clustering settings."""
        source = path or CALIBRATION
        try:
            data = json.loads(source.read_text(encoding="utf-8"))
            model = data["models"]["embed" if embed else "lexical"]
            values: dict[str, Any] = dict(data.get("clustering", {}))
            values.update(terms=tuple(model["terms"]), weights=tuple(float(w) for w in model["weights"]),
                          threshold=float(model["threshold"]), embed=embed)
            fallback = data["models"].get("embed_use") if embed else None
            if fallback:
                weights = [float(w) for w in fallback["weights"]]
                weights[0] += log_odds(values["threshold"]) - log_odds(float(fallback["threshold"]))
                values.update(fallback_terms=tuple(fallback["terms"]), fallback_weights=tuple(weights))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ConfigError(f"{source}: not a usable story calibration ({exc})") from exc
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in values.items() if k in known}
        values.update(overrides)
        if len(values["weights"]) != len(values["terms"]) + 1:
            raise ConfigError(f"{source}: {len(values['terms'])} terms need {len(values['terms']) + 1} weights")
        if len(values.get("fallback_weights", ())) != len(values.get("fallback_terms", ())) + bool(
                values.get("fallback_terms")):
            raise ConfigError(f"{source}: the fallback model's weights do not match its terms")
        if embed and any("e5" in t.split("*") for t in values["terms"]) and not values.get("fallback_terms"):
            raise ConfigError(f"{source}: a model with e5 terms needs the first-pass model 'embed_use'")
        return cls(**values)


@dataclass(frozen=True, slots=True)
class Assignment:
    story_key: str
    probability: float  # same-event probability with the story joined; 1.0 for a story's founder
    new_story: bool


@dataclass(slots=True)
class Consolidation:
    merged: list[tuple[str, str]] = field(default_factory=list)  # (story key that disappeared, kept key)
    moved: dict[Any, str] = field(default_factory=dict)  # article id -> its new story key


class _Pair(NamedTuple):
    """A story's best-matching member for an article: the first-pass logit (penalties included),
    the member, and the pair's features (kept so that e5 rescoring does not compute them again)."""

    logit: float
    member: Signals | None
    values: list[float] | None


@dataclass(slots=True)
class _Story:
    key: str
    order: int  # creation order: the older story survives a merge
    members: list[Any] = field(default_factory=list)
    touched: int = 0  # arrival clock when a member last joined
    first: datetime | None = None
    last: datetime | None = None
    version: int = 0  # counts changes of ``members`` (``add``, ``remove``): tells stale caches
    # main places named by the first placed members: (``version`` they were taken at, counts, those
    # members' ids); ``StoryIndex._story_place``. Not the member count: a split and a move in can
    # restore it, and a stale entry then made results depend on when it was first asked.
    place_counts: tuple[int, dict[str, int], frozenset[Any]] | None = field(default=None, repr=False)

    def add(self, article_id: Any, when: datetime | None) -> None:
        self.members.append(article_id)
        self.version += 1
        self.widen(when)

    def remove(self, leaving: Iterable[Any], signals: dict[Any, Signals]) -> None:
        gone = set(leaving)
        self.members = [m for m in self.members if m not in gone]
        self.version += 1
        self.reset_span(signals)

    def widen(self, when: datetime | None) -> None:
        if when is None:
            return
        self.first = when if self.first is None or when < self.first else self.first
        self.last = when if self.last is None or when > self.last else self.last

    def reset_span(self, signals: dict[Any, Signals]) -> None:
        self.first = self.last = None
        for m in self.members:
            self.widen(signals[m].published)


def _day(when: datetime | None) -> int | None:
    return None if when is None else (when - _EPOCH).days


class _Vectors:
    """Embeddings of active members, for nearest-neighbour candidates (pruned as the window moves)."""

    def __init__(self, dim: int = 512) -> None:
        self.matrix = np.zeros((256, dim), dtype=np.float32)
        self.days = np.zeros(256, dtype=np.int64)
        self.dated = np.zeros(256, dtype=bool)
        self.seqs = np.zeros(256, dtype=np.int64)
        self.ids: list[Any] = []

    def add(self, article_id: Any, vector: np.ndarray, day: int | None, seq: int) -> None:
        n = len(self.ids)
        if n == len(self.matrix):
            self.matrix = np.concatenate([self.matrix, np.zeros_like(self.matrix)])
            self.days, self.dated, self.seqs = (np.concatenate([a, np.zeros_like(a)])
                                                for a in (self.days, self.dated, self.seqs))
        self.matrix[n] = vector
        self.days[n], self.dated[n], self.seqs[n] = day or 0, day is not None, seq
        self.ids.append(article_id)

    def visible(self, day: int | None, window_days: int, min_seq: int) -> np.ndarray:
        n = len(self.ids)
        recent = self.seqs[:n] >= min_seq
        if day is None:
            return recent
        near = self.dated[:n] & (np.abs(self.days[:n] - day) <= window_days)
        return near | (recent & ~self.dated[:n])

    def nearest(self, vector: np.ndarray, mask: np.ndarray, k: int) -> list[tuple[Any, float]]:
        rows = np.flatnonzero(mask)
        if rows.size == 0:
            return []
        sims = self.matrix[rows] @ vector
        top = np.argsort(-sims, kind="stable")[:k]
        return [(self.ids[int(rows[i])], float(sims[i])) for i in top]

    def keep(self, mask: np.ndarray) -> None:
        rows = np.flatnonzero(mask)
        self.ids = [self.ids[int(i)] for i in rows]
        n = len(self.ids)
        for name in ("matrix", "days", "dated", "seqs"):
            arr = getattr(self, name)
            arr[:n] = arr[rows]

    def prune(self, max_day: int | None, keep_days: int, min_seq: int) -> None:
        n = len(self.ids)
        mask = self.seqs[:n] >= min_seq
        if max_day is not None:
            mask |= self.dated[:n] & (self.days[:n] >= max_day - keep_days)
        if not mask.all():
            self.keep(mask)


Bucket = tuple[str, int]


class StoryIndex:
    """Stories over a stream of :class:`Signals`; see the module docstring."""

    def __init__(self, params: StoryParams, encoder: Encoder | None = None) -> None:
        self.params = params
        self._model = Model(params, encoder)
        self._grace = timedelta(days=params.time_grace_days)
        self._reset()

    def _reset(self) -> None:
        self.idf = Idf()
        self._stories: dict[str, _Story] = {}
        self._story_of: dict[Any, str] = {}
        self._signals: dict[Any, Signals] = {}
        self._seq: dict[Any, int] = {}
        self._recent: deque[tuple[Any, int | None]] = deque()  # (id, day) as registered: see _forget_caches
        self._postings: dict[Bucket, dict[str, list[Any]]] = {}
        self._vectors = _Vectors()
        self._dirty: set[str] = set()
        self._created = 0
        self._clock = 0
        self._max_day: int | None = None

    # ----- public API -----

    def assign(self, signals: Signals) -> Assignment:
        """Put one new article into the best-matching story, or a new one."""
        current = self._story_of.get(signals.id)
        if current is not None:
            return Assignment(current, 1.0, False)
        self._observe(signals)
        key, probability = self._best(signals, exclude=None)
        new = key is None
        if key is None:
            key, probability = self._new_story(), 1.0
        self._join(signals, key)
        return Assignment(key, probability, new)

    def add_story(self, key: str, members: Sequence[Signals]) -> None:
        """Restore a stored story as it is (no scoring): for rebuilding the index of the active window."""
        story = self._stories.get(key)
        if story is None:
            story = self._stories[key] = _Story(key, self._created)
            self._created += 1
        for s in members:
            if s.id not in self._story_of:
                self._observe(s)
                self._join(s, key, dirty=False)

    def consolidate(self, full: bool = False) -> Consolidation:
        """Split members that no longer fit their story, then merge stories that converged.

        Only stories changed since the last call are looked at, unless ``full`` (every story).
        """
        result = Consolidation()
        dirty = sorted(set(self._stories) if full else self._dirty, key=self._order)
        self._dirty.clear()
        for key in dirty:
            self._split(key, result)
        for key in sorted(self._dirty | set(dirty), key=self._order):
            if key in self._stories:
                self._merge_candidates(key, result)
        self._dirty.clear()
        return result

    def recluster(self, all_signals: Iterable[Signals]) -> dict[Any, str]:
        """Forget everything and rebuild from scratch, deterministically (by date, then id)."""
        self._reset()
        for s in sorted(all_signals, key=_stream_order):
            self.assign(s)
        self.consolidate()
        return self.membership()

    def take_encoded(self) -> list[Signals]:
        """Signals that got an e5 vector on demand since the last call (for the caller to store)."""
        out = list(self._model.encoded.values())
        self._model.encoded.clear()
        return out

    def membership(self) -> dict[Any, str]:
        """article id -> story key."""
        return dict(self._story_of)

    def stories(self) -> dict[str, list[Any]]:
        """story key -> member article ids, in arrival order."""
        return {k: list(s.members) for k, s in self._stories.items()}

    def story_of(self, article_id: Any) -> str | None:
        return self._story_of.get(article_id)

    def span(self, key: str) -> tuple[datetime | None, datetime | None]:
        story = self._stories[key]
        return story.first, story.last

    def probability(self, signals: Signals, key: str) -> float:
        """Same-event probability of an article with a story (itself left out if it is a member)."""
        return sigmoid(self._story_logit(signals, self._stories[key], {}))

    # ----- bookkeeping -----

    def _order(self, key: str) -> int:
        story = self._stories.get(key)
        return story.order if story is not None else 1 << 62

    def _new_story(self) -> str:
        key = f"n{self._created}"
        while key in self._stories:
            self._created += 1
            key = f"n{self._created}"
        self._stories[key] = _Story(key, self._created)
        self._created += 1
        return key

    def _observe(self, s: Signals) -> None:
        self._signals[s.id] = s
        self._seq[s.id] = self._clock
        self._clock += 1
        self.idf.add(s.terms)
        day = _day(s.published)
        if day is not None and (self._max_day is None or day > self._max_day):
            self._max_day = day
        if self._clock % self.params.block == 0:
            self._prune()

    def _join(self, s: Signals, key: str, dirty: bool = True) -> None:
        story = self._stories[key]
        story.add(s.id, s.published)
        story.touched = self._clock
        self._story_of[s.id] = key
        if dirty:
            self._dirty.add(key)
        self._register(s)

    def _register(self, s: Signals) -> None:
        seq, day, block = self._seq[s.id], _day(s.published), self._seq[s.id] // self.params.block
        near = self._index_keys(s)
        for bucket in (("a", block), ("d", day) if day is not None else ("u", block)):
            terms = self._postings.setdefault(bucket, {})
            for term, _ in near:
                terms.setdefault(term, []).append(s.id)
        if day is not None:
            terms = self._postings.setdefault(("w", day // 7), {})
            for term, _ in self._far_keys(s):
                terms.setdefault(term, []).append(s.id)
        if s.embedding is not None and self.params.embed:
            self._vectors.add(s.id, s.embedding, day, seq)
        self._recent.append((s.id, day))

    def _index_keys(self, s: Signals) -> list[tuple[str, float]]:
        """The terms an article is found by: its highest TF-IDF tokens, headline tokens, names, figures."""
        weight = self.idf.weight
        top = heapq.nlargest(self.params.index_terms, s.full_tf.items(),
                             key=lambda kv: ((1.0 + math.log(kv[1])) * weight(kv[0]), kv[0]))
        keys = {t: weight(t) for t, _ in top}
        keys.update((t, weight(t)) for t in s.title_tf)
        keys.update(self._far_keys(s))
        return sorted(keys.items())

    def _far_keys(self, s: Signals) -> list[tuple[str, float]]:
        return [("@" + n, _NAME_WEIGHT) for n in sorted(s.names)] + \
               [("#" + f, _FIGURE_WEIGHT) for f in sorted(s.figures)]

    def _prune(self) -> None:
        p, max_day = self.params, self._max_day
        min_block = (self._clock - p.undated_window) // p.block - 1
        for kind, n in list(self._postings):
            stale = (kind in "au" and n < min_block) or (max_day is not None and (
                (kind == "d" and n < max_day - 2 * p.window_days - 1)
                or (kind == "w" and n < (max_day - p.far_days) // 7 - 1)))
            if stale:
                del self._postings[(kind, n)]
        self._vectors.prune(max_day, 2 * p.window_days + 1, self._clock - p.undated_window)
        self._forget_caches()
        self._evict()

    def _forget_caches(self) -> None:
        """Drop the derived caches (log term frequencies, norms) of articles that left the near window:
        only the far look-back still meets them, rarely, and rebuilds what it needs. About a fifth of an
        article's memory; the stream's order is the arrival order, so the oldest come first."""
        p, max_day, recent = self.params, self._max_day, self._recent
        min_seq = self._clock - p.undated_window
        while recent:
            article_id, day = recent[0]
            old = self._seq.get(article_id, 0) < min_seq if day is None or max_day is None else \
                day < max_day - 2 * p.window_days - 1
            if not old:
                break
            recent.popleft()
            s = self._signals.get(article_id)
            if s is not None:
                s.cache.clear()

    def _evict(self) -> None:
        """Forget the signals of stories out of every window (membership is kept)."""
        p, max_day = self.params, self._max_day
        horizon = self._clock - 2 * p.undated_window
        for story in list(self._stories.values()):
            if story.touched >= horizon or story.key in self._dirty:
                continue
            last_day = _day(story.last)
            if last_day is not None and max_day is not None and last_day >= max_day - p.far_days - 7:
                continue
            for m in story.members:
                self._signals.pop(m, None)

    # ----- candidates and scores -----

    def _query_buckets(self, s: Signals) -> tuple[list[Bucket], list[Bucket]]:
        p, day = self.params, _day(s.published)
        first_block = max(0, (self._clock - p.undated_window) // p.block)
        blocks = range(first_block, self._clock // p.block + 1)
        if day is None:
            return [("a", b) for b in blocks], []
        near = [("d", day + k) for k in range(-p.window_days, p.window_days + 1)] + [("u", b) for b in blocks]
        far = [("w", w) for w in range((day - p.far_days) // 7, (day + p.far_days) // 7 + 1)]
        return near, far

    def _hits(self, buckets: list[Bucket], keys: list[tuple[str, float]]) -> dict[Any, float]:
        out: dict[Any, float] = defaultdict(float)
        cap = self.params.posting_cap
        for bucket in buckets:
            terms = self._postings.get(bucket)
            if not terms:
                continue
            for term, weight in keys:
                ids = terms.get(term)
                if ids and len(ids) <= cap:
                    for aid in ids:
                        out[aid] += weight
        return out

    def _lexical_hits(self, s: Signals) -> dict[Any, float]:
        near_buckets, far_buckets = self._query_buckets(s)
        hits = self._hits(near_buckets, self._index_keys(s))
        if far_buckets:
            for aid, weight in self._hits(far_buckets, self._far_keys(s)).items():
                hits.setdefault(aid, weight)
        hits.pop(s.id, None)
        return hits

    def _neighbours(self, s: Signals) -> dict[Any, float]:
        if s.embedding is None or not self.params.embed or not self._vectors.ids:
            return {}
        p = self.params
        mask = self._vectors.visible(_day(s.published), p.window_days, self._clock - p.undated_window)
        return {aid: cos for aid, cos in self._vectors.nearest(s.embedding, mask, p.neighbours + 1) if aid != s.id}

    def _candidates(self, s: Signals, exclude: str | None) -> list[tuple[str, dict[Any, float]]]:
        """Up to ``max_candidates`` stories, each with the members that brought it (and their evidence)."""
        lex, cos = self._lexical_hits(s), self._neighbours(s)
        evidence: dict[str, dict[Any, float]] = defaultdict(dict)
        best_cos: dict[str, float] = {}
        best_lex: dict[str, float] = {}
        story_of, known = self._story_of, self._signals
        for aid, c in cos.items():
            key = story_of.get(aid)
            if key is not None and key != exclude and aid in known:
                evidence[key][aid] = 1.0 + c
                best_cos[key] = max(best_cos.get(key, -1.0), c)
        for aid, w in lex.items():
            key = story_of.get(aid)
            if key is not None and key != exclude and aid in known:
                found = evidence[key]
                found[aid] = found.get(aid, 0.0) + w / 100.0
                if w > best_lex.get(key, 0.0):
                    best_lex[key] = w
        n = self.params.max_candidates
        by_cos = _top(best_cos, max(1, n // 2), self._order)
        chosen = list(dict.fromkeys([*by_cos, *_top(best_lex, n, self._order)]))[:n]
        return [(k, evidence[k]) for k in chosen]

    def _members_to_compare(self, s: Signals, story: _Story, evidence: dict[Any, float]) -> list[Signals]:
        members = [m for m in story.members if m != s.id and m in self._signals]
        limit = self.params.members_compared
        if len(members) <= limit:
            return [self._signals[m] for m in members]
        ranked = sorted(evidence, key=lambda a: (-evidence[a], self._seq_of(a)))
        if len(ranked) < limit:
            rest = [m for m in members[-200:] if m not in evidence]
            rest.sort(key=lambda m: (-self._cheap_similarity(s, self._signals[m]), self._seq_of(m)))
            ranked += rest
        return [self._signals[m] for m in ranked[:limit]]

    def _seq_of(self, article_id: Any) -> int:
        return self._seq.get(article_id, 0)

    def _cheap_similarity(self, a: Signals, b: Signals) -> float:
        if a.embedding is not None and b.embedding is not None and self.params.embed:
            return float(np.dot(a.embedding, b.embedding))
        return float(len(a.title_tf.keys() & b.full_tf.keys()) + len(a.names & b.names))

    def _time_penalty(self, s: Signals, story: _Story, member: Signals) -> float:
        """Positive: the article is far outside the story's span; negative: dated within the grace
        of the member it matches (reports of one event come out together). Only the matched
        member's date earns the bonus, not the story's span: a story that wrongly took in reports
        of several weeks would otherwise give it to every article of those weeks and grow by it
        (``bench.stories_scale --text news``, 3,000 articles: pairwise precision 0.425 with the span,
        0.491 with the member)."""
        if s.published is None or story.first is None or story.last is None:
            return 0.0
        if s.published < story.first - self._grace or s.published > story.last + self._grace:
            gap = story.first - s.published if s.published < story.first else s.published - story.last
            days = gap.total_seconds() / 86400.0 - self.params.time_grace_days
            return self.params.time_weight * math.log1p(days)
        if member.published is not None and abs(s.published - member.published) <= self._grace:
            return -self.params.near_bonus
        return 0.0

    def _story_place(self, s: Signals, story: _Story) -> frozenset[str] | None:
        """Where the story places its event, when that conflicts with the article's place as a
        member's would (``analyze.places.places_clash``): the main places at least half of its
        first placed members name, none of them in the article's title or lead; else None."""
        if not s.main_places or self._model.clash_weight <= 0.0:
            return None
        counts, voters = self._place_counts(story)
        placed = len(voters)
        if s.id in voters:
            counts = dict(counts)  # the article itself, a member (consolidation), does not vote
            placed -= 1
            for key in s.main_places:
                counts[key] -= 1
        if placed < 2:
            return None
        own = place_set(k for k, n in counts.items() if n > 0 and 2 * n >= placed)
        if not own or own & s.places or not levels(own) & levels(s.main_places):
            return None
        return own

    def _place_counts(self, story: _Story) -> tuple[dict[str, int], frozenset[Any]]:
        """Votes for the story's place: main-place counts, and the members that voted."""
        if story.place_counts is not None and story.place_counts[0] == story.version:
            return story.place_counts[1:]
        counts: dict[str, int] = {}
        voters = []
        for m in story.members[:_STORY_PLACE_MEMBERS]:
            other = self._signals.get(m)
            if other is None or not other.main_places:
                continue
            voters.append(m)
            for key in other.main_places:
                counts[key] = counts.get(key, 0) + 1
        story.place_counts = (story.version, counts, frozenset(voters))
        return story.place_counts[1:]

    def _place_penalty(self, s: Signals, story_place: frozenset[str] | None, member: Signals) -> float:
        """The story's own place against the article's, where the member matched does not conflict
        already: a story that wrongly took in one report of another city ("flood in Hamburg" into
        the Dresden flood) would otherwise take in every later Hamburg report through it, each
        matching that member. It costs what a pair's conflict costs in the first-pass model."""
        if story_place is None or places_clash(s.main_places, s.places, member.main_places, member.places):
            return 0.0
        return self._model.clash_weight

    def _best_pair(self, s: Signals, story: _Story, evidence: dict[Any, float]) -> _Pair:
        """The best first-pass (no e5) pair logit with the compared members, less the time and
        place penalties, the member that gave it (the first one on a tie) and the pair's features."""
        best = _Pair(-math.inf, None, None)
        place = self._story_place(s, story)
        for m in self._members_to_compare(s, story, evidence):
            values = pair_features(s, m, self.idf)
            logit = self._model.logit(s, m, self.idf, values=values) - self._time_penalty(s, story, m) \
                - self._place_penalty(s, place, m)
            if logit > best.logit:
                best = _Pair(logit, m, values)
        return best

    def _with_e5(self, s: Signals, story: _Story, pair: _Pair, below: float | None = None) -> float:
        """The pair scored again by the e5 model where the first pass is unsure of it. Given
        ``below``, a pair that would need the encoder but cannot reach ``below`` whatever e5 says
        is not encoded: its highest possible logit, below ``below``, is returned."""
        member = pair.member
        if member is None:
            return pair.logit
        if below is not None:
            ceiling = self._ceiling(s, story, pair)
            if ceiling is not None and ceiling < below:
                return ceiling
        return self._model.logit(s, member, self.idf, e5=True, values=pair.values) - self._penalty(s, story, member)

    def _ceiling(self, s: Signals, story: _Story, pair: _Pair) -> float | None:
        """The highest logit :meth:`_with_e5` can give the pair when it would run the encoder;
        None when it would not (the pair is cheap to score exactly)."""
        member = pair.member
        if member is None or pair.values is None or not self._model.costly(s, member, pair.values):
            return None
        return self._model.ceiling(pair.values) - self._penalty(s, story, member)

    def _penalty(self, s: Signals, story: _Story, member: Signals) -> float:
        return self._time_penalty(s, story, member) + self._place_penalty(s, self._story_place(s, story), member)

    def _story_logit(self, s: Signals, story: _Story, evidence: dict[Any, float]) -> float:
        return self._with_e5(s, story, self._best_pair(s, story, evidence))

    def _best(self, s: Signals, exclude: str | None) -> tuple[str | None, float]:
        """The most likely story and its probability; no story when below the join threshold.

        Every candidate is scored without e5; the ``e5_candidates`` best are scored again with it."""
        scored = []
        for n, (key, evidence) in enumerate(self._candidates(s, exclude)):
            pair = self._best_pair(s, self._stories[key], evidence)
            scored.append((pair.logit, -n, key, pair))
        scored.sort(reverse=True, key=lambda t: (t[0], t[1]))
        # A candidate that can reach neither the join threshold nor a candidate already above it
        # is not worth an e5 encoding: it cannot be joined, and no probability below the threshold
        # is kept (the article starts a story of its own).
        below = log_odds(self.params.threshold)
        for i in range(min(self.params.e5_candidates, len(scored))):
            _logit, n, key, pair = scored[i]
            scored[i] = (self._with_e5(s, self._stories[key], pair, below), n, key, pair)
            below = max(below, scored[i][0])
        best_key, best_logit = None, -math.inf
        for logit, _n, key, _pair in sorted(scored, key=lambda t: -t[1]):
            if logit > best_logit:
                best_key, best_logit = key, logit
        probability = sigmoid(best_logit)
        return (best_key, probability) if probability >= self.params.threshold else (None, probability)

    # ----- consolidation -----

    def _move(self, article_id: Any, key: str, result: Consolidation) -> None:
        signals = self._signals.get(article_id)
        self._stories[key].add(article_id, signals.published if signals else None)
        self._story_of[article_id] = key
        result.moved[article_id] = key

    def _split(self, key: str, result: Consolidation) -> None:
        story = self._stories.get(key)
        if story is None or len(story.members) < 3:
            return
        leaving = [m for m in story.members if m in self._signals
                   and self.probability(self._signals[m], key) < self.params.split_threshold]
        if not leaving or len(leaving) == len(story.members):
            return
        story.remove(leaving, self._signals)
        for m in leaving:
            target, _ = self._best(self._signals[m], exclude=key)
            self._move(m, target or self._new_story(), result)
            self._dirty.add(target or self._story_of[m])

    def _merge_candidates(self, key: str, result: Consolidation) -> None:
        story = self._stories[key]
        compared = [self._signals[m] for m in story.members[-self.params.members_compared:] if m in self._signals]
        # Average linkage: the story's recent members must, on average, belong to the other story.
        # One member alone (single linkage) let a stream of same-kind events chain into one story.
        # A story that cannot reach the threshold even if every member left scored 1 is not scored
        # again: the same merges, and most stories, which have no partner, stop after two members.
        # Merges are decided by the first-pass model alone, never by e5: e5 decides who joins at
        # arrival, for the two best candidates; asked again here, for every candidate of every
        # member of every changed story, it encoded twice as many articles as assignment did
        # (generated 100k stream, first 2,000 articles: 464 of 730 encodings, 11 -> 23 articles/s
        # without them) and changed one held-out pair's outcome (F1 0.881 -> 0.879).
        need = self.params.merge_threshold * len(compared) - 1e-9
        total: dict[str, float] = defaultdict(float)
        for done, s in enumerate(compared):
            left = len(compared) - done
            if left < need and all(t + left < need for t in total.values()):
                break
            for other, evidence in self._candidates(s, exclude=key):
                if total[other] + left < need:
                    continue
                total[other] += sigmoid(self._best_pair(s, self._stories[other], evidence).logit)
        mean = {other: t / len(compared) for other, t in total.items()}
        for other, p in sorted(mean.items(), key=lambda kv: (-kv[1], self._order(kv[0]))):
            if p < self.params.merge_threshold:
                break
            if other not in self._stories or key not in self._stories:
                continue
            keep, drop = sorted((key, other), key=self._order)
            self._absorb(drop, keep, result)
            if drop == key:
                return

    def _absorb(self, drop: str, keep: str, result: Consolidation) -> None:
        for m in self._stories.pop(drop).members:
            self._move(m, keep, result)
        self._stories[keep].touched = self._clock
        result.merged.append((drop, keep))


def _top(scores: dict[str, float], n: int, order: Callable[[str], int]) -> list[str]:
    """The ``n`` keys of highest score, ties by ``order``; only those that can make it are sorted
    (a thousand stories may share a common word, and only the best ten are kept)."""
    if len(scores) > n:
        cut = heapq.nlargest(n, scores.values())[-1]
        scores = {k: v for k, v in scores.items() if v >= cut}
    return sorted(scores, key=lambda k: (-scores[k], order(k)))[:n]


def _stream_order(s: Signals) -> tuple[int, datetime, int, str]:
    """Dated articles first, by date; undated ones after them; ties by id (ints before strings)."""
    when = s.published or datetime.max
    return (s.published is None, when, 0 if isinstance(s.id, int) else 1, str(s.id).zfill(20)
            if isinstance(s.id, int) else str(s.id))
