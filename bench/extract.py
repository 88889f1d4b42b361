"""Extraction benchmark: Storyline against plain trafilatura on the same pages, in one run.

    python -m bench.extract [--sets zh,wcxb,scrapinghub] [--shared ../shared] [--json]
    python -m bench.extract --zh-unlabelled

Per set: body precision/recall/F1 and date accuracy from the reference scorer
(../shared/eval/score_extraction.py), docs/s for both, and the throughput ratio. The reference
is what a user of trafilatura would write: ``trafilatura.extract(raw_bytes, with_metadata=True)``
(bytes, so trafilatura decodes them itself). ``--zh-unlabelled`` checks that every page of the
unlabelled Chinese portal set gives a title and text with no mojibake.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import os
import platform
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import trafilatura

from storyline.errors import StorylineError
from storyline.extract import extract_item
from storyline.extract.encoding import han_plausibility
from storyline.model import Hints, Item, ItemKind

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
SETS = ("zh", "wcxb", "scrapinghub")


def load_scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_extraction", shared / "eval" / "score_extraction.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pages(folder: Path) -> list[tuple[str, bytes]]:
    out = []
    for path in sorted(folder.iterdir()):
        data = path.read_bytes()
        out.append((path.name.split(".")[0], gzip.decompress(data) if path.suffix == ".gz" else data))
    return out


def storyline_row(page_id: str, data: bytes) -> dict[str, Any]:
    try:
        article = extract_item(Item("", ItemKind.PAGE, data, Hints()))
    except StorylineError:
        return {"id": page_id}
    return {"id": page_id, "text": article.text, "title": article.title,
            "published": article.published.isoformat() if article.published else None}


def trafilatura_row(page_id: str, data: bytes) -> dict[str, Any]:
    result = trafilatura.extract(data, with_metadata=True, output_format="json")
    if not result:
        return {"id": page_id}
    doc = json.loads(result)
    return {"id": page_id, "text": doc.get("text"), "title": doc.get("title"), "published": doc.get("date")}


Row = dict[str, Any]


def timed(fn: Callable[[str, bytes], Row], docs: list[tuple[str, bytes]]) -> tuple[list[Row], float]:
    started = time.perf_counter()
    rows = [fn(page_id, data) for page_id, data in docs]
    return rows, time.perf_counter() - started


def run_set(name: str, shared: Path, scorer: ModuleType) -> dict[str, Any]:
    folder = shared / "data" / "extraction" / name
    docs = pages(folder / "html")
    truth = scorer.load(str(folder / "truth.jsonl"))
    result: dict[str, Any] = {"pages": len(docs)}
    OUT.mkdir(parents=True, exist_ok=True)
    for label, fn in (("trafilatura", trafilatura_row), ("storyline", storyline_row)):
        rows, seconds = timed(fn, docs)
        pred_path = OUT / f"{name}.{label}.jsonl"
        pred_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        score = scorer.score(truth, scorer.load(str(pred_path)))
        score["docs_per_s"] = len(docs) / seconds
        result[label] = score
    result["throughput_ratio"] = result["storyline"]["docs_per_s"] / result["trafilatura"]["docs_per_s"]
    return result


_MOJIBAKE = re.compile(r"[\u00c0-\u00ff]{3,}")  # Latin-1 runs: GBK bytes read as Western text


def check_unlabelled(shared: Path) -> list[str]:
    """One line per page that gives no title, no text, or text that looks like mojibake."""
    problems = []
    for page_id, data in pages(shared / "data" / "extraction" / "zh-unlabelled"):
        row = storyline_row(page_id, data)
        text, title = row.get("text") or "", row.get("title") or ""
        if not text or not title:
            problems.append(f"{page_id}: {'no title' if not title else 'no text'}")
        elif (_MOJIBAKE.search(text + title) or han_plausibility(text) < 0.8
              or (text + title).count("\ufffd") > data.count("\ufffd".encode())):  # more than the page has
            problems.append(f"{page_id}: looks like mojibake: {text[:40]!r}")
    return problems


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, trafilatura {trafilatura.__version__}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--zh-unlabelled", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.zh_unlabelled:
        problems = check_unlabelled(args.shared)
        print("\n".join(problems) or "zh-unlabelled: every page has a title and text, no mojibake")
        return 1 if problems else 0
    scorer = load_scorer(args.shared)
    results = {name: run_set(name, args.shared, scorer) for name in args.sets.split(",")}
    if args.json:
        print(json.dumps(results))
        return 0
    print(f"machine: {machine()}")
    print(f"{'set':12} {'system':12} {'P':>6} {'R':>6} {'F1':>6} {'date':>6} {'docs/s':>8}")
    for name, res in results.items():
        for label in ("trafilatura", "storyline"):
            s = res[label]
            date = f"{s['date_accuracy']:6.3f}" if "date_accuracy" in s else "     -"
            print(f"{name:12} {label:12} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {date} "
                  f"{s['docs_per_s']:8.1f}")
        print(f"{name:12} throughput storyline/trafilatura: {res['throughput_ratio']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
