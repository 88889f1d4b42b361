"""Held-out evaluation of claim, entity and quote extraction (issue #5).

    python -m bench.heldout_eval [--json] [--misses]

Thirty original articles in bench/heldout/articles.jsonl (zh-Hans, zh-Hant, en, de) with hand-written
truth in bench/heldout/truth.json ("_meta" there states the annotation rules). Each body text goes
through ``storyline.service.analysis.analyse`` and is scored per language group (zh, en, de) and overall:

* claims: precision/recall at four levels -- value; value+subject; value+subject+attribution (the
  measure of issue #5); and that plus the qualifier. One-to-one matching; a range in the truth accepts
  any value inside it. Predictions matching an ``optional`` truth claim are neither hits nor false alarms.
* entities: predicted names against each article's truth names and aliases, untyped and typed.
* quotes: detection (the truth gives the quote's first characters) and speaker accuracy among hits.

``--misses`` lists, per article, the truth missed and the predictions unmatched at the attribution
level (for whoever maintains the set; the rule engineers should work from the figures).
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from storyline.service.analysis import analyse

try:
    from storyline.extract.normalize import normalize_for_matching as _normalize
except ImportError:  # pragma: no cover - older trees
    def _normalize(text: str) -> str:
        return unicodedata.normalize("NFKC", text).casefold().strip()

try:
    from bench.extract import machine
except ImportError:  # pragma: no cover - trafilatura missing
    import platform

    def machine() -> str:
        return f"Python {platform.python_version()}"

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "heldout"
GROUPS = {"zh-Hans": "zh", "zh-Hant": "zh", "en": "en", "de": "de"}
LEVELS = ("value", "subject", "attribution", "qualifier")
REL_TOL = 0.005
KINDS = {"PERSON": "PER", "PER": "PER", "LOC": "LOC", "LOCATION": "LOC", "GPE": "LOC", "PLACE": "LOC",
         "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG"}
QUALIFIERS = {"approx": "approx", "about": "approx", "approximately": "approx", "around": "approx", "nearly": "approx",
              "at_least": "at_least", "more_than": "at_least", "over": "at_least", "min": "at_least",
              "at_most": "at_most", "up_to": "at_most", "less_than": "at_most", "under": "at_most", "max": "at_most"}
_HAN = re.compile(r"[\u3400-\u9fff]")
_QUOTE_MARKS = "\"'“”‘’„‚«»「」『』《》〈〉"

Row = dict[str, Any]


def norm(text: object) -> str:
    return _normalize(str(text)).strip(_QUOTE_MARKS + " ") if text else ""


def name_key(text: object) -> str:
    """An entity name for comparison: normalised, without a trailing full stop ("U.S" = "U.S.")."""
    return norm(text).rstrip(".")


def contains(outer: str, inner: str) -> bool:
    """``inner`` inside ``outer``; on word boundaries unless ``inner`` has Han characters."""
    if not inner or not outer:
        return False
    if _HAN.search(inner):
        return inner in outer
    return re.search(rf"(?<!\w){re.escape(inner)}(?!\w)", outer) is not None


def alias_hit(aliases: Iterable[str], *predicted: object) -> bool:
    """An alias inside a predicted string, or a (not too short) predicted string inside an alias."""
    keys = [norm(a) for a in aliases]
    for raw in predicted:
        pred = norm(raw)
        if not pred:
            continue
        long_enough = len(pred) >= (2 if _HAN.search(pred) else 3)
        if any(contains(pred, key) or (long_enough and contains(key, pred)) for key in keys):
            return True
    return False


def value_ok(truth: Row, predicted: object) -> bool:
    try:
        value = float(str(predicted))
    except (TypeError, ValueError):
        return False
    low = float(truth["value"])
    high = float(truth["value_max"]) if "value_max" in truth else low
    slack = REL_TOL * max(abs(low), abs(high))
    return low - slack <= value <= high + slack


def qualifier(value: object) -> str | None:
    return QUALIFIERS.get(str(value).strip().lower().replace(" ", "_").replace("-", "_")) if value else None


def claim_ok(truth: Row, pred: Row, level: str) -> bool:
    """Does ``pred`` match ``truth`` at ``level`` (each level includes the ones before it)?"""
    depth = LEVELS.index(level)
    if not value_ok(truth, pred.get("value")):
        return False
    if depth >= 1 and not alias_hit(truth["subject"], pred.get("subject"), pred.get("unit")):
        return False
    if depth >= 2:
        source = truth.get("attributed_to")
        if (source is None) != (not pred.get("attributed_to")):
            return False
        if source is not None and not alias_hit(source, pred.get("attributed_to")):
            return False
    return depth < 3 or truth.get("qualifier") == qualifier(pred.get("qualifier"))


def max_matching(n_left: int, right: Iterable[int], ok: Callable[[int, int], bool],
                 taken: dict[int, int] | None = None) -> dict[int, int]:
    """Maximum one-to-one matching {right index: left index} (augmenting paths); ``taken`` stays fixed."""
    fixed = set((taken or {}).values())
    owner: dict[int, int] = {}  # left -> right

    def augment(r: int, seen: set[int]) -> bool:
        for left in range(n_left):
            if left in fixed or left in seen or not ok(left, r):
                continue
            seen.add(left)
            if left not in owner or augment(owner[left], seen):
                owner[left] = r
                return True
        return False

    for r in right:
        augment(r, set())
    return {r: left for left, r in owner.items()}


@dataclass
class Counts:
    """Right and wrong predictions (precision), truth found and missed (recall)."""

    right: int = 0
    wrong: int = 0
    found: int = 0
    missed: int = 0

    def add(self, other: Counts) -> None:
        for name, value in asdict(other).items():
            setattr(self, name, getattr(self, name) + value)

    def scores(self) -> dict[str, float | int]:
        p = self.right / (self.right + self.wrong) if self.right + self.wrong else 0.0
        r = self.found / (self.found + self.missed) if self.found + self.missed else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), **asdict(self)}


def two_phase(preds: list[Row], truths: list[Row], ok: Callable[[int, int], bool]) -> tuple[dict[int, int], Counts]:
    """Match required truths first, then optional ones with what is left; count only the required."""
    required = [i for i, t in enumerate(truths) if not t.get("optional")]
    optional = [i for i, t in enumerate(truths) if t.get("optional")]
    hits = max_matching(len(preds), required, ok)
    extra = max_matching(len(preds), optional, ok, taken=hits)
    unmatched = len(preds) - len(hits) - len(extra)
    return hits, Counts(right=len(hits), wrong=unmatched, found=len(hits), missed=len(required) - len(hits))


def claim_matcher(truths: list[Row], preds: list[Row], level: str) -> Callable[[int, int], bool]:
    return lambda p, t: claim_ok(truths[t], preds[p], level)


def score_claims(truths: list[Row], preds: list[Row]) -> dict[str, Counts]:
    return {level: two_phase(preds, truths, claim_matcher(truths, preds, level))[1] for level in LEVELS}


def score_entities(truths: list[Row], preds: list[Row], typed: bool) -> Counts:
    keys = [{name_key(n) for n in [e["name"], *e.get("aliases", [])]} for e in truths]
    seen: dict[str, Row] = {}
    for mention in preds:
        seen.setdefault(name_key(mention.get("name")), mention)
    names = [p for n, p in seen.items() if n]

    def ok(p: int, t: int) -> bool:
        pred = names[p]
        if not ({name_key(pred.get("name")), name_key(pred.get("latin"))} - {""}) & keys[t]:
            return False
        return not typed or KINDS.get(str(pred.get("kind", "")).upper()) == truths[t]["kind"]

    counts, hit = Counts(), set()
    for p in range(len(names)):
        matched = [t for t in range(len(truths)) if ok(p, t)]
        required = [t for t in matched if not truths[t].get("optional")]
        hit.update(required)
        counts.right += bool(required)
        counts.wrong += not matched
    counts.found = len(hit)
    counts.missed = sum(1 for t in truths if not t.get("optional")) - len(hit)
    return counts


def score_quotes(truths: list[Row], preds: list[Row]) -> tuple[Counts, Counts]:
    """(detection, speaker): the speaker counts are over the matched quotes only."""
    def ok(p: int, t: int) -> bool:
        return norm(truths[t]["start"]) in norm(preds[p].get("text"))

    hits, detection = two_phase(preds, truths, ok)
    speaker = Counts()
    for t, p in hits.items():
        expected, said = truths[t]["speaker"], preds[p].get("speaker")
        right = not said if expected is None else alias_hit(expected, said)
        speaker.add(Counts(right=right, wrong=not right, found=right, missed=not right))
    return detection, speaker


def load() -> tuple[list[Row], dict[str, Row]]:
    articles = [json.loads(line) for line in (DATA / "articles.jsonl").read_text(encoding="utf-8").splitlines() if line]
    truth = json.loads((DATA / "truth.json").read_text(encoding="utf-8"))
    return articles, truth


METRICS = [*(f"claims:{lv}" for lv in LEVELS), "entities:untyped", "entities:typed", "quotes", "quotes:speaker"]


def evaluate(articles: list[Row], truth: dict[str, Row], misses: bool = False) -> dict[str, dict[str, Counts]]:
    totals: dict[str, dict[str, Counts]] = {}
    for art in articles:
        result, gold = analyse(art["title"], art["text"], art["language"]), truth[art["id"]]
        found = {f"claims:{lv}": c for lv, c in score_claims(gold["claims"], result.claims).items()}
        found["entities:untyped"] = score_entities(gold["entities"], result.entities, typed=False)
        found["entities:typed"] = score_entities(gold["entities"], result.entities, typed=True)
        found["quotes"], found["quotes:speaker"] = score_quotes(gold["quotes"], result.quotes)
        for group in (GROUPS[art["language"]], "all"):
            bucket = totals.setdefault(group, {m: Counts() for m in METRICS})
            for metric, counts in found.items():
                bucket[metric].add(counts)
        if misses:
            print_misses(art["id"], gold, result)
    return totals


def print_misses(article_id: str, gold: Row, result: Any) -> None:
    truths, preds = gold["claims"], result.claims
    hits, _ = two_phase(preds, truths, claim_matcher(truths, preds, "attribution"))
    print(f"--- {article_id}")
    for t, claim in enumerate(truths):
        if t not in hits and not claim.get("optional"):
            print(f"  MISS {claim['value']} {claim['subject'][0]} <- {claim['attributed_to']}"
                  f"  [{claim['sentence_hint']}]")
    for p, claim in enumerate(preds):
        if p not in hits.values():
            print(f"  FALSE {claim.get('value')} {claim.get('unit')} {claim.get('subject')!r}"
                  f" <- {claim.get('attributed_to')!r} q={claim.get('qualifier')}")
    names = {k for e in gold["entities"] for k in [name_key(e["name"]), *map(name_key, e["aliases"])]}
    got = {name_key(e.get("name")) for e in result.entities} | {name_key(e.get("latin")) for e in result.entities}
    print("  ENT-FALSE", sorted({name_key(e.get("name")) for e in result.entities} - names))
    print("  ENT-MISS", [e["name"] for e in gold["entities"] if not e.get("optional")
                         and not ({name_key(e["name"]), *map(name_key, e["aliases"])} & got)])
    print("  QUOTES", [(q.get("text", "")[:12], q.get("speaker")) for q in result.quotes])


def table(totals: dict[str, dict[str, Counts]]) -> str:
    groups = [g for g in ("zh", "en", "de", "all") if g in totals]
    lines = [f"{'':34}" + "".join(f"{g:>22}" for g in groups)]
    for metric in METRICS:
        cells = []
        for g in groups:
            s = totals[g][metric].scores()
            if metric == "quotes:speaker":
                cells.append(f"acc {s['precision']:.2f} ({s['right']}/{s['right'] + s['wrong']})")
            else:
                cells.append(f"P {s['precision']:.2f} R {s['recall']:.2f} F {s['f1']:.2f}")
        label = {"claims:attribution": "claims:attribution (issue #5)"}.get(metric, metric)
        lines.append(f"{label:34}" + "".join(f"{c:>22}" for c in cells))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--misses", action="store_true", help="list misses and false alarms per article")
    args = parser.parse_args(argv)
    articles, truth = load()
    totals = evaluate(articles, truth, misses=args.misses)
    today, where = datetime.date.today().isoformat(), machine()
    per_group = {g: sum(1 for a in articles if GROUPS[a["language"]] == g) for g in ("zh", "en", "de")}
    if args.json:
        scores = {g: {m: c.scores() for m, c in metrics.items()} for g, metrics in totals.items()}
        print(json.dumps({"date": today, "machine": where, "articles": len(articles), "per_group": per_group,
                          "scores": scores}, indent=1, ensure_ascii=False))
        return 0
    print(f"Held-out extraction evaluation, {today}, {where}")
    print(f"{len(articles)} articles: " + ", ".join(f"{g} {n}" for g, n in per_group.items()))
    print("claims: P/R at value / +subject / +attribution / +qualifier; entities: P/R/F1; quotes: detection P/R,"
          " speaker accuracy\n")
    print(table(totals))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
