"""Benchmark for story comparison (issue 5): quality of claims and entities, and speed.

    python -m bench.compare

1. Claims on the demo corpus against ``truth.json`` (each event's disputed figures per outlet,
   with qualifier and authority): recall of the truth values, and the share of extracted figures
   that are truth values (a lower bound of precision: truth lists the figures that matter, not every
   number), value + qualifier + attribution all right.
2. Entities on the demo corpus against the truth's entity names (per event, per language).
3. Quotes on the demo corpus: the share of the truth's named speakers (per event and outlet) that
   some extracted quote of that article gives as its speaker (any of the person's forms in the truth).
4. Speed: analysis (entities + claims + quotes) articles/s on the demo corpus and the seeds; a
   comparison of a 50-article story (the demo corpus members, repeated) in seconds, and plain
   ``split_sentences`` over the same text as the in-process reference.

``--misses`` lists what the claims score counts against: each truth figure not found in full (with
the extracted figures of the same value: qualifier or authority wrong, or none), then each extracted
figure whose value the truth does not list.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from bench.extract import machine
from storyline.analyze.claims import claim_from_dict, quote_from_dict, split_sentences
from storyline.analyze.compare import SourceArticle, compare
from storyline.analyze.entities import mention_from_dict
from storyline.config import Settings
from storyline.demo import CORPUS_DIR, load_truth
from storyline.extract.normalize import normalize_for_matching
from storyline.service import Storyline
from storyline.service.analysis import analyse

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
_TRUTH_VALUE = re.compile(r"(?P<value>[\d.]+)(?:-[\d.]+)?(?:\s+[A-Z]{3})?\s*\((?P<qual>[^,)]+)(?P<rest>[^)]*)\)")
_QUAL = {"exact": None, "at-least": "at_least", "more-than": "at_least", "approx": "approx", "almost": "approx",
         "at-most": "at_most", "up-to": "at_most"}


def _load_demo() -> list[dict[str, Any]]:
    """Every demo article as stored (external ids, outlet key, text), via a real import."""
    truth = load_truth()
    with tempfile.TemporaryDirectory() as tmp:
        app = Storyline.open(Settings(db_url=f"sqlite:///{Path(tmp) / 'demo.db'}", cluster_embed=False))
        try:
            app.import_paths([str(CORPUS_DIR)])
            rows = [dict(r._mapping) for r in app.recent_articles(10_000)]
        finally:
            app.close()
    out = []
    for r in rows:
        meta = truth["articles"].get(r.get("external_id") or "")
        if meta is None or meta["kind"] != "original":
            continue
        out.append({**r, "event": meta["event"], "outlet_key": meta["outlet"]})
    return out


def _truth_values(truth: dict[str, Any]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    out: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for event, e in truth["events"].items():
        for claim in e["claims"]:
            if claim["unit"] == "year":
                continue  # years are not counted figures
            for outlet, text in claim["values"].items():
                for m in _TRUTH_VALUE.finditer(text):
                    attributed = re.search(r"attributed to ([^,)]+)", m.group("rest"))
                    out[(event, outlet)].append({
                        "value": float(m.group("value")), "qualifier": _QUAL.get(m.group("qual").strip()),
                        "attributed_to": attributed.group(1).strip() if attributed else None})
    return out


def _same_authority(ours: str | None, theirs: str | None) -> bool:
    if theirs is None:
        return True  # the truth gives no authority: any is acceptable
    if not ours:
        return False
    a, b = normalize_for_matching(ours).lower(), normalize_for_matching(theirs).lower()
    if a in b or b in a:
        return True
    grams = lambda s: {s[i:i + 2] for i in range(len(s) - 1)}  # noqa: E731
    ga, gb = grams(a), grams(b)
    return bool(ga and gb) and len(ga & gb) / min(len(ga), len(gb)) >= 0.5


def claims_quality(articles: list[dict[str, Any]], analyses: dict[int, Any]) -> dict[str, float]:
    truth_values = _truth_values(load_truth())
    found: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for art in articles:
        found[(art["event"], art["outlet_key"])].extend(claim_from_dict(c) for c in analyses[art["id"]].claims)
    hit_value = hit_full = 0
    for key, values in truth_values.items():
        claims = found.get(key, [])
        hit_value += any(any(abs(c.value - v["value"]) < 1e-6 for c in claims) for v in values)
        hit_full += sum(any(abs(c.value - v["value"]) < 1e-6 and c.qualifier == v["qualifier"]
                            and _same_authority(c.attributed_to, v["attributed_to"]) for c in claims)
                        for v in values)
    total_truth = sum(len(v) for v in truth_values.values())
    extracted = [(key, c) for key, claims in found.items() for c in claims]
    in_truth = sum(any(abs(c.value - v["value"]) < 1e-6 for v in truth_values.get(key, [])) for key, c in extracted)
    return {"truth_values": total_truth, "recall_full": hit_full / max(total_truth, 1),
            "extracted": len(extracted), "share_in_truth": in_truth / max(len(extracted), 1)}


def claims_misses(articles: list[dict[str, Any]], analyses: dict[int, Any]) -> list[str]:
    """One line per truth figure not found in full, then per extracted figure not in the truth."""
    truth_values = _truth_values(load_truth())
    found: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for art in articles:
        found[(art["event"], art["outlet_key"])].extend(claim_from_dict(c) for c in analyses[art["id"]].claims)
    lines = []
    for key, values in sorted(truth_values.items()):
        for v in values:
            same = [c for c in found.get(key, []) if abs(c.value - v["value"]) < 1e-6]
            if any(c.qualifier == v["qualifier"] and _same_authority(c.attributed_to, v["attributed_to"])
                   for c in same):
                continue
            got = "; ".join(f"{c.qualifier}, {c.attributed_to!r} in {c.sentence[:80]!r}" for c in same)
            lines.append(f"missed {key[0]}/{key[1]}: {v['value']:g} {v['qualifier']} "
                         f"{v['attributed_to']!r} -> {got or 'not found'}")
    for key, claims in sorted(found.items()):
        for c in claims:
            if not any(abs(c.value - v["value"]) < 1e-6 for v in truth_values.get(key, [])):
                lines.append(f"not in truth {key[0]}/{key[1]}: {c.text!r} ({c.unit}, {c.attributed_to!r})")
    return lines


def quotes_quality(articles: list[dict[str, Any]], analyses: dict[int, Any]) -> dict[str, float]:
    truth = load_truth()
    found = total = 0
    for art in articles:
        event = truth["events"][art["event"]]
        speakers = [normalize_for_matching(q["speaker"] or "").lower() for q in analyses[art["id"]].quotes]
        for q in event["quotes"]:
            name = re.sub(r"\s*\(.*\)", "", q["speaker"]).strip()
            if art["outlet_key"] not in q["outlets"] or name.startswith("unnamed"):
                continue
            forms = {name}
            for entity, by_language in event["entities"].items():
                if entity == name or name in by_language.values():
                    forms |= {re.sub(r"（.*?）|\(.*?\)", "", f).strip() for f in by_language.values()}
            forms |= {f.split()[-1] for f in list(forms) if " " in f}
            keys = {normalize_for_matching(f).lower() for f in forms if f}
            total += 1
            found += any(s and any(k in s or s in k for k in keys) for s in speakers)
    return {"truth_speakers": total, "recall": found / max(total, 1)}


def entities_quality(articles: list[dict[str, Any]], analyses: dict[int, Any]) -> dict[str, float]:
    truth = load_truth()
    tp = fn = 0
    for art in articles:
        lang = art["language"] or ""
        names = {normalize_for_matching(n["name"]) for n in analyses[art["id"]].entities}
        text = normalize_for_matching(art["text"])
        for forms in truth["events"][art["event"]]["entities"].values():
            form = forms.get(lang)
            if not form:
                continue
            form = normalize_for_matching(re.sub(r"（.*?）|\(.*?\)", "", form)).strip()
            if form not in text:
                continue  # this article does not name it
            if any(form in n or n in form for n in names if len(n) >= 2):
                tp += 1
            else:
                fn += 1
    return {"truth_mentions": tp + fn, "recall": tp / max(tp + fn, 1)}


def speed(articles: list[dict[str, Any]]) -> dict[str, float]:
    texts = [(a["title"], a["text"], a["language"]) for a in articles]
    started = time.perf_counter()
    rounds = 0
    while time.perf_counter() - started < 10 or rounds < 2:
        for t in texts:
            analyse(*t)
        rounds += 1
    analysis_rate = rounds * len(texts) / (time.perf_counter() - started)
    started = time.perf_counter()
    for _ in range(rounds):
        for _title, text, lang in texts:
            split_sentences(text, lang)
    split_rate = rounds * len(texts) / (time.perf_counter() - started)
    members = []
    for i in range(50):
        a = articles[i % len(articles)]
        r = analyse(a["title"], a["text"], a["language"])
        members.append(SourceArticle(
            id=i + 1, outlet=f"{a['outlet_key']}-{i}", title=a["title"], url=a["url"], language=a["language"],
            published=None, text=a["text"], claims=[claim_from_dict(c) for c in r.claims],
            quotes=[quote_from_dict(q) for q in r.quotes], mentions=[mention_from_dict(m) for m in r.entities]))
    started = time.perf_counter()
    compare({"id": "bench", "language": "zh-Hans"}, members)
    compare_s = time.perf_counter() - started
    return {"analysis_articles_per_s": analysis_rate, "split_sentences_articles_per_s": split_rate,
            "compare_50_articles_s": compare_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", action="store_true", help="list the claims the score counts against, and stop")
    args = parser.parse_args()
    articles = _load_demo()
    analyses = {a["id"]: analyse(a["title"], a["text"], a["language"]) for a in articles}
    if args.misses:
        print("\n".join(claims_misses(articles, analyses)))
        return
    c, e = claims_quality(articles, analyses), entities_quality(articles, analyses)
    q, s = quotes_quality(articles, analyses), speed(articles)
    if args.json:
        print(json.dumps({"machine": machine(), "articles": len(articles), "claims": c, "entities": e, "quotes": q,
                          "speed": s}, ensure_ascii=False))
        return
    print(machine())
    print(f"demo corpus: {len(articles)} original articles")
    print(f"claims: {c['truth_values']} truth values; recall (value+qualifier+authority) {c['recall_full']:.3f}; "
          f"{c['extracted']} figures extracted, {c['share_in_truth']:.3f} of them truth values (precision floor)")
    print(f"entities: {e['truth_mentions']} truth names present in the texts; recall {e['recall']:.3f}")
    print(f"quotes: {q['truth_speakers']} truth speakers; found as a quote's speaker {q['recall']:.3f}")
    print(f"speed: analysis {s['analysis_articles_per_s']:.1f} articles/s "
          f"(sentence split alone {s['split_sentences_articles_per_s']:.0f}/s); "
          f"compare of a 50-article story {s['compare_50_articles_s']:.3f} s")


if __name__ == "__main__":
    main()
