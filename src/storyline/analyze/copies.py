"""Copies: exact duplicates (hash of the normalised text) and near duplicates (MinHash + LSH).

A copy group is one canonical article and its reposts; reposts never count as independent
sources. The canonical article is the one the others credit when that is known, else the
earliest published (then the first seen).

Shingles are taken on text normalised for matching (``extract.normalize.normalize_for_matching``):
character 5-grams for Chinese (no word spaces; five characters are about two words) and word
3-grams elsewhere. The near-duplicate threshold is a Jaccard estimate of 0.8: a repost with a
changed headline, an added credit line, a dropped footer or a reworded sentence keeps well over
80% of its shingles (each edit only touches the n-grams around it), while two independent reports
of one event — even ones built on the same agency copy — share far fewer, because every
rewording breaks all n-grams through it. MinHash with 128 permutations estimates Jaccard with a
standard error of about 0.035 around 0.8.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..errors import InputError
from .textutil import han_ratio

NUM_PERM = 128
SCHEME = "affine32"  # datasketch's permutation scheme; stored signatures are only comparable within one
THRESHOLD = 0.8
WINDOW_DAYS = 45  # reposts are recognised within this many days (the story look-back, ``far_days``)
UNDATED_WINDOW = 10_000  # ... and among this many last undated arrivals
MIN_SHINGLES = 12  # below this (a headline) only exact duplicates are recognised
SHINGLE_CHARS = 20_000  # of normalised text shingled: enough to tell a copy, bounded cost
_WORD = re.compile(r"\w+", re.UNICODE)
_NOT_ALNUM = re.compile(r"[\W_]+", re.UNICODE)


class SignatureError(InputError):
    """A stored MinHash signature cannot be read back."""


@dataclass(frozen=True, slots=True)
class CopyMatch:
    canonical_id: Any  # the group's canonical article (the new article itself when it takes over)
    matched_id: Any  # the stored article the new one matched
    similarity: float  # Jaccard estimate, 1.0 for an exact duplicate
    exact: bool
    previous_canonical: Any = None  # set when the new article became canonical: re-point the group


def text_hash(norm_text: str) -> str:
    """Hash of normalised text, whitespace collapsed: equal for exact duplicates."""
    return hashlib.sha256(" ".join(norm_text.split()).encode("utf-8")).hexdigest()


def shingles(norm_text: str) -> set[bytes]:
    text = norm_text[:SHINGLE_CHARS]
    if han_ratio(text) >= 0.3:
        chars = _NOT_ALNUM.sub("", text)
        return {chars[i:i + 5].encode("utf-8") for i in range(max(0, len(chars) - 4))}
    words = _WORD.findall(text)
    return {" ".join(words[i:i + 3]).encode("utf-8") for i in range(max(0, len(words) - 2))}


def _crc(data: bytes) -> int:
    return zlib.crc32(data)


@lru_cache(maxsize=1)
def _permutations() -> Any:
    """The permutations every signature shares (what seed 1 gives): datasketch would otherwise draw
    them again for each MinHash, a sixth of the time of adding an article (bench.stories_scale)."""
    return MinHash(num_perm=NUM_PERM, hashfunc=_crc, scheme=SCHEME).permutations


def minhash(items: Iterable[bytes]) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, hashfunc=_crc, scheme=SCHEME, permutations=_permutations())
    m.update_batch(list(items))
    return m


def signature_bytes(m: MinHash) -> bytes:
    return np.asarray(m.hashvalues, dtype="<u8").tobytes()


def signature_from_bytes(data: bytes) -> MinHash:
    if len(data) != NUM_PERM * 8:
        raise SignatureError(f"MinHash signature of {len(data)} bytes, expected {NUM_PERM * 8}")
    values = np.frombuffer(data, dtype="<u8").astype(np.uint64)
    return MinHash(num_perm=NUM_PERM, hashvalues=values, hashfunc=_crc, scheme=SCHEME, permutations=_permutations())


@dataclass(slots=True)
class _Entry:
    published: datetime | None
    arrival: int
    outlet: str | None
    credits: frozenset[str]
    signature: MinHash | None
    digest: str | None = None  # text hash, while the article is within the window
    canonical: Any = None  # canonical article of its group (itself when canonical)
    group: list[Any] = field(default_factory=list)  # members, on the canonical entry only


class CopyIndex:
    """Copy groups over a stream of articles; signatures are bytes the store can keep and reload."""

    def __init__(self, threshold: float = THRESHOLD, window_days: int = WINDOW_DAYS,
                 undated_window: int = UNDATED_WINDOW) -> None:
        self.threshold = threshold
        self.window_days = window_days
        self.undated_window = undated_window
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._by_hash: dict[str, Any] = {}
        self._entries: dict[Any, _Entry] = {}
        self._by_day: dict[int, list[Any]] = {}  # articles still matchable, by publication day
        self._undated: deque[Any] = deque()
        self._max_day: int | None = None

    def add(self, article_id: Any, norm_text: str, published: datetime | None = None, *,
            outlet: str | None = None, credits: Iterable[str] = ()) -> CopyMatch | None:
        """Record an article; the copy it is of, if any. ``outlet``/``credits``: who published, who is credited."""
        sig = minhash(items) if len(items := shingles(norm_text)) >= MIN_SHINGLES else None
        return self.add_signature(article_id, text_hash(norm_text), signature_bytes(sig) if sig else None,
                                  published, outlet=outlet, credits=credits)

    def add_signature(self, article_id: Any, digest: str, signature: bytes | None,
                      published: datetime | None = None, *, outlet: str | None = None,
                      credits: Iterable[str] = ()) -> CopyMatch | None:
        """Like :meth:`add` from stored values: the text hash and the signature bytes (or None)."""
        if article_id in self._entries:
            raise InputError(f"article {article_id!r} is already in the copy index")
        sig = signature_from_bytes(signature) if signature else None
        entry = _Entry(published, len(self._entries), outlet.casefold() if outlet else None,
                       frozenset(c.casefold() for c in credits), sig)
        self._entries[article_id] = entry
        match = self._find(article_id, digest, sig)
        if digest not in self._by_hash:
            self._by_hash[digest] = article_id
            entry.digest = digest
        if sig is not None:
            self._lsh.insert(article_id, sig)
        self._track(article_id, published)
        if match is None:
            entry.canonical, entry.group = article_id, [article_id]
            return None
        matched, similarity, exact = match
        return self._join(article_id, matched, similarity, exact)

    def signature(self, article_id: Any) -> bytes | None:
        sig = self._entries[article_id].signature
        return signature_bytes(sig) if sig is not None else None

    def canonical_of(self, article_id: Any) -> Any:
        return self._entries[article_id].canonical

    def group(self, article_id: Any) -> list[Any]:
        """Every article of the copy group, the canonical one first."""
        canonical = self._entries[self._entries[article_id].canonical]
        return list(canonical.group)

    def _find(self, article_id: Any, digest: str, sig: MinHash | None) -> tuple[Any, float, bool] | None:
        exact = self._by_hash.get(digest)
        if exact is not None:
            return exact, 1.0, True
        if sig is None:
            return None
        best: tuple[Any, float, bool] | None = None
        for other in sorted(self._lsh.query(sig), key=lambda k: self._entries[k].arrival):
            other_sig = self._entries[other].signature
            if other == article_id or other_sig is None:
                continue
            similarity = float(sig.jaccard(other_sig))
            if similarity >= self.threshold and (best is None or similarity > best[1]):
                best = (other, similarity, False)
        return best

    def _join(self, article_id: Any, matched: Any, similarity: float, exact: bool) -> CopyMatch:
        entry = self._entries[article_id]
        canonical_id = self._entries[matched].canonical
        canonical = self._entries[canonical_id]
        if self._precedes(entry, canonical):
            entry.group = [article_id, *canonical.group]
            canonical.group = []
            for member in entry.group:
                self._entries[member].canonical = article_id
            return CopyMatch(article_id, matched, similarity, exact, previous_canonical=canonical_id)
        entry.canonical = canonical_id
        canonical.group.append(article_id)
        return CopyMatch(canonical_id, matched, similarity, exact)

    def _track(self, article_id: Any, published: datetime | None) -> None:
        """Keep the article matchable while it is within the window: ``window_days`` before the
        newest publication date seen (undated: the last ``undated_window`` undated arrivals). Older
        ones leave the LSH and the hash table, keeping only their group: a long-running process
        holds what a restarted one loads (the stories of the look-back window), not every article
        it ever saw (MinHash and LSH entries were 3.5 KB an article). Exact duplicates of older
        articles are still found by the store, by text hash."""
        if published is None:
            self._undated.append(article_id)
            while len(self._undated) > self.undated_window:
                self._forget(self._undated.popleft())
            return
        day = published.toordinal()
        self._by_day.setdefault(day, []).append(article_id)
        if self._max_day is not None and day <= self._max_day:
            return
        self._max_day = day
        for old in [d for d in self._by_day if d < day - self.window_days]:
            for gone in self._by_day.pop(old):
                self._forget(gone)

    def _forget(self, article_id: Any) -> None:
        entry = self._entries[article_id]
        if entry.signature is not None:
            self._lsh.remove(article_id)
            entry.signature = None
        if entry.digest is not None:
            if self._by_hash.get(entry.digest) == article_id:
                del self._by_hash[entry.digest]
            entry.digest = None

    @staticmethod
    def _precedes(new: _Entry, canonical: _Entry) -> bool:
        """Whether a new article should replace the group's canonical one."""
        if canonical.outlet and canonical.outlet in new.credits:
            return False  # the new one credits the canonical outlet
        if new.outlet and new.outlet in canonical.credits:
            return True  # the canonical one credits the new article's outlet: it is the original
        if new.published is None:
            return False
        return canonical.published is None or new.published < canonical.published
