"""Same-event pairs through the real pipeline: JSONL import -> copies + stories -> export.

    python -m bench.pairs [--shared ../shared] [--no-embed] [--held-out]

Every text of every labelled pair in ../shared/data/pairs becomes one JSONL article (ids
``<pair id>/1`` and ``<pair id>/2``; a short Sohu text is a title-only article); all of them are
imported into a fresh SQLite store in one run and clustered; a pair is "same event" when both
ids land in one exported story. Precision/recall/F1 per slice come from the reference scorer
(../shared/eval/pairs.py). ``--held-out`` scores only the pairs the calibration was not fitted on.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import platform
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from bench.pairs_offline import split_title, unique_keys
from storyline.config import Settings
from storyline.service import Storyline
from storyline.service.stories import export_stories


def load_scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("pairs_scorer", shared / "eval" / "pairs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def held_out(pair_id: str) -> bool:
    """The calibration was fitted on pairs whose sha256 first byte is even (analyze/calibration.json)."""
    return hashlib.sha256(pair_id.encode("utf-8")).digest()[0] % 2 == 1


def article(key: str, n: int, text: str, lang: str) -> dict[str, Any]:
    """One pair text as a JSONL article, split into headline and body as bench.pairs_offline does."""
    title, body = split_title(text)
    return {"id": f"{key}/{n}", "language": lang, "title": title, "text": body}


def run(shared: Path, embed: bool, only_held_out: bool) -> dict[str, Any]:
    scorer = load_scorer(shared)
    rows = scorer.load(shared / "data" / "pairs")
    if only_held_out:
        rows = [r for r in rows if held_out(r["id"])]
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "pairs.jsonl"
        keys = unique_keys(rows)  # the data repeats some pair ids
        with jsonl.open("w", encoding="utf-8") as fh:
            for key, r in zip(keys, rows, strict=True):
                for n in (1, 2):
                    fh.write(json.dumps(article(key, n, r[f"text{n}"], r[f"lang{n}"]), ensure_ascii=False) + "\n")
        app = Storyline.open(Settings(db_url=f"sqlite:///{Path(tmp) / 'pairs.db'}", cluster_embed=embed))
        try:
            started = time.perf_counter()
            summary = app.import_paths([str(jsonl)])
            imported = time.perf_counter()
            app.cluster(analyse=False)  # entities and claims are not what this measures
            clustered = time.perf_counter()
            story_of = {aid: s["story_id"] for s in export_stories(app) for aid in s["article_ids"]}
        finally:
            app.close()
    predicted = {r["id"]: story_of.get(f"{k}/1") is not None and story_of.get(f"{k}/1") == story_of.get(f"{k}/2")
                 for k, r in zip(keys, rows, strict=True)}
    n_articles = summary.imported + summary.duplicates
    return {"report": scorer.report(rows, predicted), "articles": n_articles,
            "import_s": round(imported - started, 1), "cluster_s": round(clustered - imported, 1),
            "cluster_articles_per_s": round(summary.imported / max(clustered - imported, 1e-9), 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    parser.add_argument("--no-embed", action="store_true", help="cluster without sentence embeddings")
    parser.add_argument("--held-out", action="store_true", help="score only pairs not used for fitting")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = run(args.shared, not args.no_embed, args.held_out)
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print(f"{'slice':15} {'n':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for name, m in result["report"].items():
        print(f"{name:15} {m['n']:5d} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f}")
    print(f"{result['articles']} articles; import {result['import_s']} s, cluster {result['cluster_s']} s "
          f"({result['cluster_articles_per_s']} articles/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
