import random
from datetime import datetime, timedelta

from storyline.ingest.schedule import PollBounds, error_backoff, next_interval, publishing_gap, retry_delay

T0 = datetime(2025, 3, 1, 8, 0)


def _every(minutes: int, n: int) -> list[datetime]:
    return [T0 + timedelta(minutes=minutes * i) for i in range(n)]


def test_interval_follows_publishing_rhythm_within_bounds() -> None:
    assert publishing_gap(_every(40, 10)) == 2400
    assert next_interval(1800, _every(40, 10), new_entries=3) == 1200
    assert next_interval(1800, _every(2, 10), new_entries=3) == 600  # floor: 10 minutes
    assert next_interval(1800, _every(60 * 24 * 7, 5), new_entries=1) == 86_400  # ceiling: 1 day


def test_quiet_feed_slows_down_but_not_past_a_day() -> None:
    interval = 1800
    for _ in range(30):
        interval = next_interval(interval, [], new_entries=0)
    assert interval == 86_400
    assert next_interval(1800, [], new_entries=0) == 2700


def test_error_backoff_grows_with_jitter_and_is_bounded() -> None:
    rng = random.Random(7)
    delays = [error_backoff(n, PollBounds(), rng) for n in range(1, 12)]
    assert all(600 <= d <= 86_400 for d in delays)
    assert delays[-1] > delays[2]
    assert len({error_backoff(4, PollBounds(), random.Random(s)) for s in range(20)}) > 5


def test_retry_delay_is_capped() -> None:
    rng = random.Random(1)
    assert all(0 <= retry_delay(a, rng=rng) <= 20 for a in range(1, 20))
