"""When to poll a source next: pure functions over what the last polls saw.

A source that publishes every 20 minutes is polled about every 10; one that publishes once a
day is polled a few times a day; one that fails backs off exponentially with jitter. Every
interval stays within [min_interval, max_interval] (10 minutes to 1 day by default).
"""

from __future__ import annotations

import itertools
import random
import statistics
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class PollBounds:
    min_interval: int = 600
    max_interval: int = 86_400
    error_base: int = 300


def clamp(seconds: float, bounds: PollBounds) -> int:
    return int(min(max(seconds, bounds.min_interval), bounds.max_interval))


def publishing_gap(entry_times: list[datetime]) -> float | None:
    """Median seconds between consecutive entries (the feed's own publishing rhythm)."""
    times = sorted({t.replace(tzinfo=None) for t in entry_times})
    if len(times) < 2:
        return None
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(times)]
    gaps = [g for g in gaps if g > 0]
    return statistics.median(gaps) if gaps else None


def next_interval(current: int, entry_times: list[datetime], new_entries: int,
                  bounds: PollBounds = PollBounds()) -> int:
    """Poll about twice per publishing gap; with nothing new, slow down gently."""
    gap = publishing_gap(entry_times)
    if gap is not None:
        target = gap / 2
        if new_entries == 0:  # the rhythm says "soon", but nothing came: don't chase it
            target = max(target, current * 1.25)
        return clamp(target, bounds)
    if new_entries:
        return clamp(current, bounds)
    return clamp(current * 1.5, bounds)


def error_backoff(error_count: int, bounds: PollBounds = PollBounds(),
                  rng: random.Random | None = None) -> int:
    """Exponential backoff with full jitter after ``error_count`` consecutive failures."""
    rng = rng or random.Random()
    ceiling = min(bounds.max_interval, bounds.error_base * 2 ** max(error_count - 1, 0))
    return clamp(ceiling / 2 + rng.uniform(0, ceiling / 2), bounds)


def retry_delay(attempt: int, base: float = 0.5, cap: float = 20.0, rng: random.Random | None = None) -> float:
    """Delay before retry ``attempt`` (1, 2, ...) within one round: exponential, full jitter."""
    rng = rng or random.Random()
    return rng.uniform(0, min(cap, base * 2 ** attempt))
