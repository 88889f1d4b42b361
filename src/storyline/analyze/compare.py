"""Line up what the sources of one story say: claims, quotes, entities, unique details, provenance,
timeline and an extractive summary. Pure functions over plain data; ``service.compare`` loads it.

Reposts (near-duplicates found by ``analyze.copies``) are folded under their original: they never
speak as separate voices, so their claims and sentences are not counted twice. An article whose
text credits another outlet (``来源：第一军情``, ``Source: ...``) is a repost of that outlet by
attribution: it still carries that outlet's voice into the story, listed as such.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..extract.attribution import AGENCIES
from ..extract.normalize import normalize_for_matching
from . import claim_rows
from .claims import Claim, Quote, claim_to_dict, split_sentences
from .entities import Entity, Mention, link_entities

_AGENCY_NAMES = frozenset(AGENCIES)
_HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_LATIN_WORD = re.compile(r"[^\W\d_]{2,}|\d+(?:[.,]\d+)*")
_STOP = frozenset({
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "but", "is", "are", "was", "were",
    "be", "been", "has", "have", "had", "it", "its", "this", "that", "with", "as", "by", "from", "said",
    "says", "will", "would", "could", "not", "der", "die", "das", "und", "ein", "eine", "einer", "des", "den",
    "dem", "zu", "im", "mit", "von", "für", "auf", "ist", "sind", "wurde", "hat", "haben", "sich", "nicht",
    "auch", "es", "sie", "er", "als", "bei",
})

# A sentence another source of the same language covers this much (shingle containment) is shared.
COVERED = 0.45
UNIQUE_PER_SOURCE = 5
SUMMARY_MIN, SUMMARY_MAX = 3, 5


@dataclass(slots=True)
class SourceArticle:
    """One member of a story with its stored analysis."""

    id: int
    outlet: str
    title: str | None
    url: str | None
    language: str | None
    published: datetime | None  # UTC, naive
    text: str
    copy_of: int | None = None
    similarity: float | None = None
    credits: list[str] = field(default_factory=list)  # agencies and outlets the text credits
    claims: list[Claim] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


def compare(story: dict[str, Any], members: Sequence[SourceArticle]) -> dict[str, Any]:
    """The comparison of a story: see the README's "Comparing sources" for the shape."""
    by_id = {m.id: m for m in members}
    originals = [m for m in members if m.copy_of is None or m.copy_of not in by_id]
    main = _main_language(story, originals)
    sentences = {m.id: _sentences(m) for m in originals}
    linked = link_entities({m.id: list(m.mentions) for m in originals if m.mentions})
    return {
        "story": story,
        "sources": sources(originals, members),
        "claims": align_claims(originals),
        "quotes": quotes(originals),
        "entities": entities(originals, linked),
        "unique_details": unique_details(originals, sentences, linked),
        "reposts": reposts(members, by_id),
        "timeline": timeline(members, by_id),
        "summary": summarise(originals, sentences, main),
        "independent_sources": independent_sources(originals),
        "first_reported_by": _first(originals),
    }


# -- sources and provenance ---------------------------------------------------------------------


def _iso(when: datetime | None) -> str | None:
    return when.isoformat() + "Z" if when is not None else None


def _order(m: SourceArticle) -> tuple[int, datetime, int]:
    return (m.published is None, m.published or datetime.max, m.id)


def sources(originals: Sequence[SourceArticle], members: Sequence[SourceArticle]) -> list[dict[str, Any]]:
    """Each independent voice with its reposts folded under it and the authorities it cites."""
    folded: dict[int, list[SourceArticle]] = defaultdict(list)
    for m in members:
        if m.copy_of is not None:
            folded[m.copy_of].append(m)
    out = []
    for m in sorted(originals, key=_order):
        cites = _cites(m)
        out.append({
            "outlet": m.outlet, "article_id": m.id, "title": m.title, "url": m.url, "language": m.language,
            "published": _iso(m.published), "cites": cites,
            "reposted_from": [c for c in m.credits if c not in _AGENCY_NAMES],
            "reposts": [{"article_id": r.id, "outlet": r.outlet, "url": r.url, "published": _iso(r.published),
                         "similarity": r.similarity} for r in sorted(folded.get(m.id, []), key=_order)],
        })
    return out


def _cites(m: SourceArticle) -> list[str]:
    """Agencies, officials and outlets the article cites, in order of first appearance."""
    seen: dict[str, None] = {}
    for c in m.credits:
        seen.setdefault(c, None)
    for claim in m.claims:
        if claim.attributed_to:
            seen.setdefault(claim.attributed_to, None)
    for q in m.quotes:
        if q.speaker:
            seen.setdefault(q.speaker, None)
    return list(seen)


def reposts(members: Sequence[SourceArticle], by_id: dict[int, SourceArticle]) -> list[dict[str, Any]]:
    """Repost links: near-duplicates of another member, and articles crediting another outlet."""
    out: list[dict[str, Any]] = []
    outlets_here = {m.outlet: m.id for m in sorted(members, key=_order) if m.copy_of is None}
    for m in sorted(members, key=_order):
        if m.copy_of is not None and m.copy_of in by_id:
            original = by_id[m.copy_of]
            out.append({"article_id": m.id, "outlet": m.outlet, "copy_of": original.id,
                        "copy_of_outlet": original.outlet, "similarity": m.similarity,
                        "via": "exact copy" if (m.similarity or 0) >= 0.999 else "near-duplicate"})
        for credit in m.credits:
            if credit in _AGENCY_NAMES or credit == m.outlet:
                continue
            target = outlets_here.get(credit)
            out.append({"article_id": m.id, "outlet": m.outlet, "copy_of": target,
                        "copy_of_outlet": credit, "similarity": None, "via": "attribution"})
    return out


def independent_sources(originals: Sequence[SourceArticle]) -> int:
    """Distinct voices: outlets of originals; a credited repost of an outlet already here adds none."""
    voices = {m.outlet for m in originals}
    for m in originals:
        credited = [c for c in m.credits if c not in _AGENCY_NAMES and c != m.outlet]
        if credited and any(c in voices for c in credited) and sum(o.outlet == m.outlet for o in originals) == 1:
            voices.discard(m.outlet)
    return len(voices)


def _first(originals: Sequence[SourceArticle]) -> str | None:
    dated = [m for m in originals if m.published is not None]
    return min(dated, key=_order).outlet if dated else None


# -- claims, quotes, entities -------------------------------------------------------------------


def align_claims(originals: Sequence[SourceArticle]) -> list[dict[str, Any]]:
    """One row per counted or measured thing (``claim_rows``: the unit, and for money, percentages
    and measures what the subject says is measured); each source's values in it, with qualifier and
    attribution."""
    values: list[dict[str, Any]] = []
    items: list[claim_rows.Item] = []
    for m in sorted(originals, key=_order):
        seen: set[tuple[str, float, str | None, str | None, str | None]] = set()
        for c in m.claims:
            key = claim_rows.subject_key(c.subject, c.unit)
            if (c.unit, c.value, c.qualifier, c.attributed_to, key) in seen:
                continue
            seen.add((c.unit, c.value, c.qualifier, c.attributed_to, key))
            value = claim_to_dict(c)
            value.update(source=m.outlet, article_id=m.id)
            values.append(value)
            items.append(claim_rows.Item(c.unit, c.value, m.id, (m.language or "")[:2].lower(), key))
    out: list[dict[str, Any]] = []
    for row in claim_rows.rows(items):
        named = Counter(values[i]["subject"] for i in row if items[i].key is not None)
        subjects = named or Counter(values[i]["subject"] for i in row)
        distinct = {(values[i]["value"], values[i]["qualifier"]) for i in row}
        out.append({"subject": subjects.most_common(1)[0][0], "unit": items[row[0]].unit,
                    "values": [values[i] for i in row], "sources": len({values[i]["source"] for i in row}),
                    "agree": len({v for v, _ in distinct}) == 1})
    out.sort(key=lambda r: (-r["sources"], -len(r["values"]), r["unit"]))
    return out


def quotes(originals: Sequence[SourceArticle]) -> list[dict[str, Any]]:
    """Direct quotes with speaker; one entry per quote, listing every source that carries it."""
    out: list[dict[str, Any]] = []
    index: dict[str, dict[str, Any]] = {}
    for m in sorted(originals, key=_order):
        for q in m.quotes:
            key = normalize_for_matching(q.text)
            if key in index:
                if m.outlet not in index[key]["also_in"] and m.outlet != index[key]["source"]:
                    index[key]["also_in"].append(m.outlet)
                continue
            entry: dict[str, Any] = {"text": q.text, "speaker": q.speaker, "sentence": q.sentence, "source": m.outlet,
                     "article_id": m.id, "also_in": []}
            index[key] = entry
            out.append(entry)
    return out


def entities(originals: Sequence[SourceArticle], linked: Sequence[Entity]) -> list[dict[str, Any]]:
    """People, places and organisations, their forms linked across the story's sources."""
    outlet_of = {m.id: m.outlet for m in originals}
    out: list[dict[str, Any]] = []
    for e in linked:
        names = sorted({outlet_of[a] for a in e.article_ids if a in outlet_of})
        out.append({"key": e.key, "name": e.name, "kind": e.kind, "forms": list(e.forms), "count": e.count,
                    "sources": names, "article_ids": sorted(e.article_ids)})
    out.sort(key=lambda e: (-len(e["sources"]), -e["count"], e["name"]))
    return out


# -- sentences: unique details and the summary -----------------------------------------------------


@dataclass(slots=True)
class _Sentence:
    article_id: int
    outlet: str
    position: int
    text: str
    shingles: frozenset[str]
    informative: bool


def shingles(text: str) -> frozenset[str]:
    """Character bigrams of Han runs and content words elsewhere, on the matching form."""
    norm = normalize_for_matching(text).lower()
    out: set[str] = set()
    for run in _HAN_RUN.findall(norm):
        out.update(run[i:i + 2] for i in range(max(1, len(run) - 1)))
    out.update(w for w in _LATIN_WORD.findall(_HAN_RUN.sub(" ", norm)) if w not in _STOP)
    return frozenset(out)


def _sentences(m: SourceArticle) -> list[_Sentence]:
    names = {mention.name for mention in m.mentions}
    figures = {c.sentence for c in m.claims}
    out = []
    body = m.text
    if m.title and body.startswith(m.title):
        body = body[len(m.title):]
    for i, raw in enumerate(split_sentences(body, m.language)):
        s = _clean_sentence(raw)
        grams = shingles(s)
        if len(grams) < 6:
            continue
        informative = s in figures or any(n in s for n in names) or any(q.sentence == s for q in m.quotes)
        out.append(_Sentence(m.id, m.outlet, i, s, grams, informative))
    return out


_WRAP = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])\s*\n\s*(?=[\u3000-\u9fff\uff00-\uffef])")
_DATELINE = re.compile(r"^[（(](?:[^）)]{2,20})[）)]\s*")
# sentences that lean on the one before: not a summary's first choice
_DEPENDENT = re.compile(r"^(?:他|她|他们|她们|它|该|这|此外|另外|同时|而且|但|不过|然而|因此|"
                        r"(?:He|She|They|It|This|That|But|However|Also|Er|Sie|Es|Dies|Aber|Doch)\b)")


def _clean_sentence(raw: str) -> str:
    """One line per sentence: wrapped CJK lines joined, other line breaks made spaces."""
    return re.sub(r"\s+", " ", _WRAP.sub("", raw)).strip()


def _lang(tag: str | None) -> str:
    return (tag or "und").split("-")[0]


def unique_details(originals: Sequence[SourceArticle], sentences: dict[int, list[_Sentence]],
                   linked: Sequence[Entity] = ()) -> list[dict[str, Any]]:
    """Informative sentences no other independent source covers, most telling first.

    A sentence is a candidate when no other source of its language covers it word for word (or
    bigram for bigram); candidates rank by what they carry that no other source has at all — an
    entity (linked across forms and scripts) or a figure — then by how little of them is covered.
    Across languages sentences cannot be compared word for word, so a source alone in its
    language only contributes sentences with such an exclusive entity or figure.
    """
    if len({m.outlet for m in originals}) < 2:
        return []
    key_of = {form: e.key for e in linked for form in e.forms}
    outlet_keys: dict[str, set[str]] = defaultdict(set)
    outlet_figures: dict[str, set[tuple[str, float]]] = defaultdict(set)
    pools: dict[str, set[str]] = defaultdict(set)
    for m in originals:
        outlet_keys[m.outlet].update(key_of.get(x.name, x.name) for x in m.mentions)
        outlet_figures[m.outlet].update((c.unit, c.value) for c in m.claims)
        for s in sentences[m.id]:
            pools[m.outlet].update(s.shingles)
    outlets_by_lang: dict[str, set[str]] = defaultdict(set)
    for m in originals:
        outlets_by_lang[_lang(m.language)].add(m.outlet)
    out: list[dict[str, Any]] = []
    for m in sorted(originals, key=_order):
        same_lang = outlets_by_lang[_lang(m.language)] - {m.outlet}
        others = {m.outlet for m in originals} - {m.outlet}
        elsewhere_keys = set().union(*(outlet_keys[o] for o in others))
        elsewhere_figures = set().union(*(outlet_figures[o] for o in others))
        scored = []
        for s in sentences[m.id]:
            if not s.informative:
                continue
            cover = max((len(s.shingles & pools[o]) / len(s.shingles) for o in same_lang), default=0.0)
            if cover >= COVERED:
                continue
            novel = {key_of.get(x.name, x.name) for x in m.mentions if x.name in s.text} - elsewhere_keys
            figures = {(c.unit, c.value) for c in m.claims if c.sentence.strip() == s.text} - elsewhere_figures
            if not same_lang and not (novel or figures):
                continue
            scored.append((-(len(novel) + len(figures)), cover, s.position, s))
        for _novelty, cover, _pos, s in sorted(scored, key=lambda t: t[:3])[:UNIQUE_PER_SOURCE]:
            out.append({"source": m.outlet, "article_id": m.id, "sentence": s.text, "covered": round(cover, 3)})
    return out


def _main_language(story: dict[str, Any], originals: Sequence[SourceArticle]) -> str:
    if story.get("language"):
        return _lang(str(story["language"]))
    counts = Counter(_lang(m.language) for m in originals)
    return counts.most_common(1)[0][0] if counts else "und"


def summarise(originals: Sequence[SourceArticle], sentences: dict[int, list[_Sentence]], language: str,
              size: int | None = None) -> list[str]:
    """An extractive multi-source summary: MMR over the story's sentences in its main language.

    A sentence scores by how much of it the *other* sources also say (centrality across voices) and
    by its position (leads carry the news); each pick penalises sentences overlapping the ones
    already chosen, so no fact is repeated. The picks are shown in source and position order.
    """
    pool = [s for m in originals if _lang(m.language) == language for s in sentences[m.id]]
    pool = [s for s in pool if 12 <= len(s.text) <= 260]
    if not pool:
        return []
    voices = len({s.outlet for s in pool})
    want = size or max(SUMMARY_MIN, min(SUMMARY_MAX, 2 + voices))
    df = Counter(g for s in pool for g in s.shingles)
    idf = {g: math.log(1 + len(pool) / n) for g, n in df.items()}
    weight = {id(s): sum(idf[g] for g in s.shingles) or 1.0 for s in pool}

    def sim(a: _Sentence, b: _Sentence) -> float:
        shared = sum(idf[g] for g in a.shingles & b.shingles)
        return shared / math.sqrt(weight[id(a)] * weight[id(b)])

    central = {}
    for s in pool:
        across = [sim(s, t) for t in pool if t.outlet != s.outlet] or [sim(s, t) for t in pool if t is not s] or [0.0]
        score = sum(sorted(across, reverse=True)[:5]) / min(5, len(across)) + 0.15 / (1 + s.position)
        central[id(s)] = score * (0.5 if _DEPENDENT.match(_DATELINE.sub("", s.text)) else 1.0)
    chosen: list[_Sentence] = []
    while len(chosen) < min(want, len(pool)):
        best = max((s for s in pool if s not in chosen),
                   key=lambda s: 0.7 * central[id(s)] - 0.3 * max((sim(s, c) for c in chosen), default=0.0))
        if chosen and max(sim(best, c) for c in chosen) > 0.6:
            pool.remove(best)  # a repeated fact, not a new sentence
            if not [s for s in pool if s not in chosen]:
                break
            continue
        chosen.append(best)
    order = {m.id: i for i, m in enumerate(sorted(originals, key=_order))}
    return [s.text for s in sorted(chosen, key=lambda s: (order[s.article_id], s.position))]


# -- timeline -----------------------------------------------------------------------------------


def timeline(members: Sequence[SourceArticle], by_id: dict[int, SourceArticle]) -> list[dict[str, Any]]:
    """Articles in publication order with the figures each one reports first; undated ones last."""
    seen: set[tuple[str, float]] = set()
    out = []
    first_done = False
    for m in sorted(members, key=_order):
        repost = m.copy_of is not None and m.copy_of in by_id
        new = []
        if not repost:
            for c in m.claims:
                if (c.unit, c.value) not in seen:
                    seen.add((c.unit, c.value))
                    new.append({"unit": c.unit, "value": c.value, "qualifier": c.qualifier, "text": c.text})
        first = not first_done and not repost and m.published is not None
        first_done = first_done or first
        out.append({"time": _iso(m.published), "article_id": m.id, "outlet": m.outlet, "title": m.title,
                    "repost_of": m.copy_of if repost else None, "new_claims": new, "first": first})
    return out
