"""Scale benchmark for copies + stories: a generated stream over 60 simulated days.

    python -m bench.stories_scale [--articles 100000] [--days 60] [--embed [--no-e5]] [--marks 10000,50000,100000]
                                  [--text news|syllables]

Two streams. ``syllables`` (the default, what the throughput figures in the README were measured
on): each simulated event lives a few days and has its own names, figures and topic words made of
random syllables; its reports (several outlets, some reposts and near-copies) mix event words with
common English words. ``news`` (``bench.streamgen``): templated reports in Chinese, English and
German; each event has a kind, a city, a district, a person, an organisation and figures, and its
reports share their sentence templates with every other report of that kind — the hard case of
many same-kind events at once, and the one where sentence encoders see language, not noise.

Articles go through the same pure analysis core the store uses (``analyze.copies.CopyIndex``
+ ``analyze.stories.StoryIndex``), in publication order. Prints articles/s in each slice up to
every mark (the rate must not fall as the corpus grows: candidates come from the active time
window only), pairwise precision and recall against the generated events on the last slice, and
peak memory.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import sys
import time
from datetime import timedelta

from storyline.analyze.copies import CopyIndex
from storyline.analyze.features import Signals, add_e5, compute_signals_batch
from storyline.analyze.stories import StoryIndex, StoryParams
from storyline.extract.normalize import normalize_for_matching

from .streamgen import START, Art, generate

COMMON = [
    "said", "officials", "government", "report", "city", "people", "year", "week", "police", "court",
    "minister", "council", "company", "market", "prices", "water", "power", "local", "national", "region",
    "support", "plan", "new", "first", "last",
]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))


def generate_syllables(n: int, days: int, seed: int = 7) -> list[Art]:
    rng = random.Random(seed)
    out: list[Art] = []
    event = 0
    while len(out) < n:
        event += 1
        start = START + timedelta(days=rng.uniform(0, days))
        names = [_word(rng).capitalize() for _ in range(3)]
        topic = [_word(rng) for _ in range(12)]
        figure = str(rng.randint(10, 20000))
        base = None
        for _k in range(rng.randint(1, 12)):
            when = start + timedelta(hours=rng.uniform(0, 72))
            if base is not None and rng.random() < 0.15:  # a repost or near-copy
                title, text = base
                text = text if rng.random() < 0.5 else text + " " + " ".join(rng.choices(COMMON, k=8))
            else:
                words = rng.choices(topic, k=40) + rng.choices(COMMON, k=60) + names + [figure]
                rng.shuffle(words)
                title = " ".join([names[0], *rng.sample(topic, 4), figure])
                text = " ".join(words) + "."
                base = base or (title, text)
            out.append(Art(len(out), title, text, "en", when, event))
    out = out[:n]
    out.sort(key=lambda a: (a.published, a.id))
    return out


def run(arts: list[Art | None], embed: bool, marks: list[int], e5: bool = True) -> list[tuple[int, float]]:
    """Streams ``arts`` through the indexes. Each article is dropped from the list once assigned
    (its id and event are kept for scoring): the service reads 256 rows at a time from the store,
    and the generated texts of 100,000 articles (110 MB) are not the pipeline's memory."""
    labels = [(a.id, a.event) for a in arts if a is not None]
    copies = CopyIndex()
    encoder = _Counting() if embed and e5 else None
    index = StoryIndex(StoryParams.load(embed=embed), encoder)
    rates: list[tuple[int, float]] = []
    done = 0
    for mark in marks:
        started = time.perf_counter()
        e5_before = encoder.count if encoder is not None else 0
        for start in range(done, mark, 256):
            end = min(mark, start + 256)
            batch = [a for a in arts[start:end] if a is not None]
            arts[start:end] = [None] * (end - start)
            for art, sig in zip(batch, compute_signals_batch(batch, embed=embed), strict=True):
                copies.add(art.id, normalize_for_matching(art.text), art.published)
                index.assign(sig)
        index.consolidate()
        rates.append((mark, (mark - done) / (time.perf_counter() - started)))
        asked = f"; e5 for {encoder.count - e5_before} of {mark - done}" if encoder is not None else ""
        print(f"  articles up to {mark:>7}: {rates[-1][1]:7.1f} articles/s{asked}", flush=True)
        done = mark
    membership = index.membership()
    tail = labels[max(0, done - 3000):done]
    tp = fp = fn = 0
    for i, (a_id, a_event) in enumerate(tail):
        for b_id, b_event in tail[i + 1:i + 60]:
            same, pred = a_event == b_event, membership.get(a_id) == membership.get(b_id)
            tp += same and pred
            fp += pred and not same
            fn += same and not pred
    print(f"  pairwise on the last {len(tail)} articles: precision {tp / max(1, tp + fp):.3f}, "
          f"recall {tp / max(1, tp + fn):.3f}; {len(index.stories())} stories")
    if encoder is not None:
        print(f"  e5 vectors computed on demand: {encoder.count} of {done} articles")
    return rates


class _Counting:
    """The on-demand e5 encoder, counting the articles it embeds."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, batch: list[Signals]) -> None:
        self.count += len(batch)
        add_e5(batch)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--days", type=int, default=60)
    parser.add_argument("--embed", action="store_true")
    parser.add_argument("--no-e5", action="store_true", help="with --embed: USE only, never e5")
    parser.add_argument("--marks", default="")
    parser.add_argument("--text", choices=("news", "syllables"), default="syllables")
    args = parser.parse_args(argv)
    marks = [int(m) for m in args.marks.split(",") if m] or [10_000, 50_000, 100_000]
    marks = [m for m in marks if m <= args.articles] or [args.articles]
    arts: list[Art | None] = list((generate if args.text == "news" else generate_syllables)(args.articles, args.days))
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"{len(arts)} {args.text} articles over {args.days} days, embeddings {'on' if args.embed else 'off'}"
          f"{', e5 off' if args.embed and args.no_e5 else ''}")
    run(arts, args.embed, marks, e5=not args.no_e5)
    print(f"  peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
