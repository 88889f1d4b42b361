"""Figures ("claims") and direct quotes in article text, with whom the text attributes them to.

A claim is a number with the thing it counts: "约1500名士兵", "至少1万人以上的军事人员",
"about 12,000 troops", "rund 1.500 Soldaten", "1.5亿美元", "45%的选民". Precision comes before
recall, since a wrong figure misleads readers: a number only counts when the counted thing is
recognised right after it (a measure word and a known noun, a currency, a distance, a percentage
*of* something), so years, dates, times, ages, ordinals (第3次), phone numbers, article ids and
numbers inside URLs never become claims, and neither do vague amounts (数十名, hundreds of).

`unit` is a language-independent key ("troops", "people", "deaths", "usd", "percent", "km") when
the noun is known, else the noun as written, NFKC-folded, in Simplified Chinese and lower case.
Who a figure or quote is attributed to comes from the sentence (see `sentences`); pronouns are
not resolved across sentences (None), because the previous sentence's source is often not the
person the pronoun means.

Pure functions, regular expressions compiled at import. Figures are found by ``figures_zh`` and
``figures_latin``; fixed measures by ``measures``; sources by ``citations``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from .citations import attribution_of, source_at, sources
from .figures import _QUALIFIERS, _Figure, mask_ids
from .figures_latin import _LAT_QUAL_BEFORE, _lat_figures, _lat_noun
from .figures_zh import _ZH_QUAL_BEFORE, _zh_figures
from .measures import measures, word_numbers
from .sentences import HAN, Source, fold, is_cjk, is_german, mask, quote_spans, split_sentences

__all__ = [
    "Claim",
    "Quote",
    "attribution_of",
    "claim_from_dict",
    "claim_to_dict",
    "extract_claims",
    "extract_quotes",
    "quote_from_dict",
    "quote_to_dict",
    "split_sentences",
]


@dataclass(frozen=True, slots=True)
class Claim:
    value: float  # 1500.0, 12000.0 (1.2万 -> 12000)
    unit: str  # "troops", "people", "deaths", "usd", "percent", "km", ... else the noun, normalised
    subject: str  # what is counted, as written: "特种部队士兵", "troops", "Soldaten"
    qualifier: str | None  # "approx" | "at_least" | "at_most" | None
    text: str  # the figure as written: "约1500名士兵"
    sentence: str
    attributed_to: str | None


@dataclass(frozen=True, slots=True)
class Quote:
    text: str  # the quoted words, without the marks
    speaker: str | None
    sentence: str


# ---------------------------------------------------------------- public API


def _language(text: str, language: str | None) -> tuple[str, bool, bool]:
    """(tag passed on, Chinese, German) for `text`."""
    if is_cjk(text, language):
        return (language or "zh-Hans"), True, False
    german = is_german(text, language)
    return (language or ("de" if german else "en")), False, german


def extract_claims(text: str, language: str | None) -> list[Claim]:
    """Every figure in `text` whose counted thing is recognised, in order."""
    tag, cjk, german = _language(text, language)
    hans = not tag.lower().startswith(("zh-hant", "zh-tw", "zh-hk", "zh-mo", "yue"))
    claims: list[Claim] = []
    for sentence in split_sentences(text, tag):
        s = fold(sentence, cjk)
        written = sentence if len(s) == len(sentence) else s
        masked = mask_ids(s)
        figures = _zh_figures(masked, hans) if cjk else _lat_figures(masked, german)
        figures = sorted(figures + _measure_figures(masked, cjk, german, figures), key=lambda f: f.start)
        if not figures:
            continue
        found = sources(sentence, tag)
        for f in figures:
            claims.append(
                Claim(
                    value=f.value,
                    unit=f.unit,
                    subject=written[f.subject[0] : f.subject[1]].strip(),
                    qualifier=f.qualifier,
                    text=written[f.start : f.end].strip(),
                    sentence=sentence,
                    attributed_to=source_at(found, s, f.number),
                )
            )
    return claims


def _measure_figures(s: str, cjk: bool, german: bool, found: list[_Figure]) -> list[_Figure]:
    """Magnitudes, hours, vote shares and counts written as words, where no figure was found yet."""
    taken = [(f.start, f.end) for f in found]
    out: list[_Figure] = []
    candidates = [(m.number, m.end, m.value, m.unit, m.subject) for m in measures(s, cjk, german)]
    if not cjk:
        for a, b, value in word_numbers(s):
            noun = _lat_noun(s, b)
            if noun and noun[3]:  # a known counted noun: "four diplomats", "vier Diplomaten"
                candidates.append((a, noun[0], value, noun[1], noun[2]))
    for number, end, value, unit, subject in candidates:
        if any(a < end and number < b for a, b in taken):
            continue
        before = (_ZH_QUAL_BEFORE.search(s, max(0, number - 6), number) if cjk
                  else _LAT_QUAL_BEFORE.search(s[max(0, number - 30) : number]))
        qualifier = _QUALIFIERS[before.group("q").lower().replace(" ", "_")] if before else None
        start = number - len(before.group(0)) if before else number
        taken.append((start, end))
        out.append(_Figure(start, number, end, value, unit, subject, qualifier))
    return out


def _quote_speaker(found: list[Source], s: str, a: int, b: int) -> str | None:
    for src in found:
        if src.quote_only and src.start == a:
            return src.name
    m = mask(s)
    for src in found:
        if src.anchor >= b and not src.claims_only and not src.blocker:
            between = m[b : src.anchor]
            if len(between) <= 40 and not re.search(r"[。.!?！？;；\x01]", between):
                return src.name
            break
    return source_at(found, s, a, quote=True)


def _long_enough(inner: str) -> bool:
    if HAN.search(inner):
        return len(re.sub(r"[\s\W]", "", inner)) >= 6
    return len(re.findall(r"\w+", inner)) >= 3


def extract_quotes(text: str, language: str | None) -> list[Quote]:
    """Direct quotations in `text` with their speaker; short scare quotes (names, terms) are skipped."""
    tag, cjk, _ = _language(text, language)
    quotes: list[Quote] = []
    for sentence in split_sentences(text, tag):
        s = fold(sentence, cjk)
        written = sentence if len(s) == len(sentence) else s
        spans = [(a, b) for a, b in quote_spans(s) if s[a] != "《" and b - a > 2]
        if not spans:
            continue
        found = sources(sentence, tag)
        for a, b in spans:
            inner = written[a + 1 : b - 1].strip().rstrip(",，、:：").strip()
            if _long_enough(inner):
                quotes.append(Quote(inner, _quote_speaker(found, s, a, b), sentence))
    return quotes


def claim_to_dict(c: Claim) -> dict[str, object]:
    return {
        "value": c.value,
        "unit": c.unit,
        "subject": c.subject,
        "qualifier": c.qualifier,
        "text": c.text,
        "sentence": c.sentence,
        "attributed_to": c.attributed_to,
    }


def _opt(d: Mapping[str, object], key: str) -> str | None:
    v = d.get(key)
    return None if v is None else str(v)


def claim_from_dict(d: Mapping[str, object]) -> Claim:
    value = d["value"]
    if not isinstance(value, int | float | str):
        raise TypeError(f"claim value must be a number, got {type(value).__name__}")
    return Claim(
        value=float(value),
        unit=str(d["unit"]),
        subject=str(d["subject"]),
        qualifier=_opt(d, "qualifier"),
        text=str(d["text"]),
        sentence=str(d["sentence"]),
        attributed_to=_opt(d, "attributed_to"),
    )


def quote_to_dict(q: Quote) -> dict[str, object]:
    return {"text": q.text, "speaker": q.speaker, "sentence": q.sentence}


def quote_from_dict(d: Mapping[str, object]) -> Quote:
    return Quote(text=str(d["text"]), speaker=_opt(d, "speaker"), sentence=str(d["sentence"]))
