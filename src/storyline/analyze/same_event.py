"""The fitted same-event model: a pair's features in, a calibrated logit out.

With a fallback model (USE, no e5), pairs are scored by the fallback, and only those it is unsure of
are scored again with e5 vectors, which the encoder computes on demand."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from .features import (
    E5_FEATURE,
    EMBEDDING_FEATURES,
    FEATURE_NAMES,
    Idf,
    Signals,
    design_row,
    design_terms,
    e5_feature,
    e5_value,
    pair_features,
)

if TYPE_CHECKING:
    from .stories import StoryParams

_CROSS, _COVER, _NAMES = (FEATURE_NAMES.index(f) for f in ("cross", "title_cover", "names"))


def log_odds(p: float) -> float:
    return math.log(p / (1.0 - p))


Encoder = Callable[[list[Signals]], None]  # fills in the ``e5`` vector of the signals given


class Model:
    """The fitted same-event model. With a fallback (USE, no e5) model, a pair is scored by the
    fallback; asked for ``e5`` and where the fallback is unsure (``e5_band``), by the model with e5
    vectors, computed on demand by ``encoder``. The outcome depends on the texts alone, not on which
    vectors happen to be stored, so reclustering stays deterministic."""

    def __init__(self, params: StoryParams, encoder: Encoder | None = None) -> None:
        self.recipe = design_terms(params.terms)
        self.bias = params.weights[0]
        self.weights = params.weights[1:]
        self.embed = params.embed
        self.fallback = (design_terms(params.fallback_terms), params.fallback_weights[0],
                         params.fallback_weights[1:]) if params.fallback_terms and params.embed else None
        self.band = (log_odds(params.e5_band[0]), log_odds(params.e5_band[1]))
        self.min_cover = params.e5_min_cover
        self.encoder = encoder
        self.encoded: dict[Any, Signals] = {}  # signals whose e5 vector the encoder computed
        terms, weights = ((params.fallback_terms, params.fallback_weights) if self.fallback is not None
                          else (params.terms, params.weights))
        # what a place conflict costs a pair in the first-pass model: a story's own place against
        # the article's costs the same (``StoryIndex._place_penalty``)
        self.clash_weight = -weights[1 + list(terms).index("place_clash")] if "place_clash" in terms else 0.0

    def logit(self, a: Signals, b: Signals, idf: Idf, e5: bool = False,
              values: list[float] | None = None) -> float:
        """``values``: the pair's :func:`pair_features` when the caller has them (copied, not changed)."""
        values = pair_features(a, b, idf) if values is None else list(values)
        if not self.embed:
            for i in EMBEDDING_FEATURES:
                values[i] = 0.0
        if self.fallback is None:
            return _score(values, self.recipe, self.bias, self.weights)
        fallback = _score(values, *self.fallback)
        if not e5 or not self._unsure(values, fallback):
            return fallback
        missing = [s for s in (a, b) if s.e5 is None]
        if missing and self.encoder is not None:
            self.encoder(missing)
            self.encoded.update((s.id, s) for s in missing if s.e5 is not None)
        if a.e5 is None or b.e5 is None:
            return fallback
        values[E5_FEATURE] = e5_feature(a, b)
        return _score(values, self.recipe, self.bias, self.weights)

    def _unsure(self, values: list[float], fallback: float) -> bool:
        """Whether e5 scores the pair: the fallback is unsure of it and the two share something
        (with nothing shared, e5's genre-wide closeness is no evidence)."""
        return self.band[0] <= fallback <= self.band[1] and bool(
            values[_CROSS] or values[_NAMES] > 0 or values[_COVER] > self.min_cover)

    def costly(self, a: Signals, b: Signals, values: list[float]) -> bool:
        """Whether scoring the pair with e5 (``logit(..., e5=True, values=values)``) runs the encoder."""
        if self.fallback is None or self.encoder is None or (a.e5 is not None and b.e5 is not None):
            return False
        return self._unsure(values, _score(values, *self.fallback))

    def ceiling(self, values: list[float]) -> float:
        """The highest logit ``logit(..., e5=True, values=values)`` can give the pair, whatever e5
        makes of it: the model is linear in the e5 feature, so one of the cosine's ends is the top
        (and the fallback stands when the encoder gives no vector)."""
        if self.fallback is None:
            return _score(values, self.recipe, self.bias, self.weights)
        ends = []
        for cosine in (-1.0001, 1.0001):  # a little beyond, for the rounding of float32 dot products
            at_end = list(values)
            at_end[E5_FEATURE] = e5_value(cosine)
            ends.append(_score(at_end, self.recipe, self.bias, self.weights))
        return max(_score(values, *self.fallback), *ends)


def _score(values: list[float], recipe: list[tuple[int, int | None]], bias: float,
           weights: Sequence[float]) -> float:
    return bias + sum(w * x for w, x in zip(weights, design_row(values, recipe), strict=True))


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x)) if x > -60 else 0.0
