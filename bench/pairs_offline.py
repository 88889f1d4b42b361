"""Issue 4's same-event measurement, through :class:`storyline.analyze.stories.StoryIndex` (no database).

Every text of every pair becomes an article (ids ``<pair id>/1`` and ``<pair id>/2``); all articles
go through ONE StoryIndex in one stream, so pairs interfere with each other as real articles do; a
pair is predicted "same" when both texts land in one story. Precision/recall/F1 per slice come from
``../shared/eval/pairs.py``. By default only the half of the pairs that ``bench/fit_pairs.py`` did
not fit on is scored (all articles still go through the stream).

    .venv/bin/python -m bench.pairs_offline [--all] [--no-embed] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import re
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from storyline.analyze.features import Signals, add_e5, compute_signals_batch
from storyline.analyze.stories import StoryIndex, StoryParams
from storyline.extract.language import detect_language

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
TITLE_MAX = 80  # a Sohu text this short (one line) is a headline: a title-only article
_SENTENCE = re.compile(r"(?<=[。！？!?])|(?<=[.|])\s|\s{2,}|(?<=[\u3400-\u9fff”」》）)])\s(?=\S)")


@dataclass(frozen=True, slots=True)
class PairArticle:
    id: str
    title: str | None
    text: str
    language: str | None
    published: datetime | None = None


def eval_module(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_eval_pairs", shared / "eval" / "pairs.py")
    if spec is None or spec.loader is None:
        sys.exit(f"cannot load {shared / 'eval' / 'pairs.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_rows(shared: Path) -> tuple[ModuleType, list[dict[str, Any]]]:
    ev = eval_module(shared)
    return ev, list(ev.load(shared / "data" / "pairs"))


def in_fit_half(pair_id: str) -> bool:
    """Deterministic 50/50 split by hashed pair id: True for the half the model is fitted on."""
    return hashlib.sha256(pair_id.encode("utf-8")).digest()[0] % 2 == 0


def split_title(text: str) -> tuple[str, str]:
    """(title, body) of a pair text: a short single line is a headline; else the first line or sentence."""
    text = text.strip()
    if len(text) <= TITLE_MAX and "\n" not in text:
        return text, ""
    first, sep, rest = text.partition("\n")
    if sep and len(first.strip()) <= 300:
        return first.strip(), rest.strip()
    m = _SENTENCE.search(text, 5, 300)
    if m is not None and m.start() <= 250:
        return text[:m.start()].strip(), text[m.end():].strip()
    return text[:120].rsplit(" ", 1)[0], text


def unique_keys(rows: list[dict[str, Any]]) -> list[str]:
    """Article id prefix per row: the pair id, with ``~2``, ``~3`` for pair ids the data repeats."""
    seen: dict[str, int] = {}
    keys = []
    for row in rows:
        n = seen[row["id"]] = seen.get(row["id"], 0) + 1
        keys.append(row["id"] if n == 1 else f"{row['id']}~{n}")
    return keys


def pair_articles(row: dict[str, Any], key: str) -> list[PairArticle]:
    out = []
    for n in (1, 2):
        text = str(row[f"text{n}"])
        title, body = split_title(text)
        lang = detect_language(text) or str(row.get(f"lang{n}") or "") or None
        out.append(PairArticle(id=f"{key}/{n}", title=title, text=body, language=lang))
    return out


def all_signals(rows: list[dict[str, Any]], embed: bool, e5: bool = False) -> tuple[list[Signals], float]:
    """Signals of every text (in data order) and the seconds it took; ``e5`` computes every e5 vector
    now (the fit needs them all; the stream asks for them on demand)."""
    articles = [a for row, key in zip(rows, unique_keys(rows), strict=True) for a in pair_articles(row, key)]
    start = time.perf_counter()
    signals = compute_signals_batch(articles, embed=embed, e5=e5)
    return signals, time.perf_counter() - start


def run_stream(signals: list[Signals], params: StoryParams) -> tuple[dict[Any, str], float]:
    """Assign every article through one StoryIndex, then consolidate; article id -> story key."""
    index = StoryIndex(params, add_e5 if params.embed else None)
    start = time.perf_counter()
    for s in signals:
        index.assign(s)
    index.consolidate()
    return index.membership(), time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--all", action="store_true", help="score every pair, the fitted half included")
    ap.add_argument("--no-embed", action="store_true", help="only the run without embeddings")
    args = ap.parse_args(argv)
    ev, rows = load_rows(args.shared)
    scored = rows if args.all else [r for r in rows if not in_fit_half(r["id"])]
    for embed in ([False] if args.no_embed else [True, False]):
        signals, t_signals = all_signals(rows, embed)
        membership, t_stream = run_stream(signals, StoryParams.load(embed=embed))
        predicted = {r["id"]: membership[f"{k}/1"] == membership[f"{k}/2"]
                     for r, k in zip(rows, unique_keys(rows), strict=True) if r in scored}
        label = "with embeddings" if embed else "without embeddings"
        half = "all pairs" if args.all else "held-out half"
        print(f"== {label}: {len(signals)} articles in one stream, {len(scored)} pairs scored ({half})")
        print(json.dumps(ev.report(scored, predicted), indent=1))
        n = len(signals)
        print(f"speed: signals {n / t_signals:.0f} articles/s, stories {n / t_stream:.0f} articles/s, "
              f"overall {n / (t_signals + t_stream):.0f} articles/s; "
              f"{len(set(membership.values()))} stories")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
