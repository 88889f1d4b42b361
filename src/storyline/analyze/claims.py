"""Figures ("claims") and direct quotes in article text, with whom the text attributes them to.

A claim is a number with the thing it counts: "约1500名士兵", "至少1万人以上的军事人员",
"about 12,000 troops", "rund 1.500 Soldaten", "1.5亿美元", "€85m", "45%的选民", "a 9% pay rise".
Precision comes before recall, since a wrong figure misleads readers: a number only counts when
what it counts is recognised: a measure word and a known noun, a currency, a distance, a percentage,
a fixed measure (magnitude, hours, turnout), or a noun named just before a bare number ("killing 23
people and injuring more than 400", "put the number of striking workers at 3,400"). So years, dates,
times, ages ("a 45-year-old", 45岁), ordinals (第3次), phone numbers, ids, numbers in names ("Fab 5"),
the totals of "58 of the 169 seats", the baselines of comparisons ("up from 68.9%", 高于上届的68.9%)
and numbers inside URLs never become claims. Vague amounts give none either (dozens, Tausende, 数十名,
"several hundred"): they have no value to line up. Counts in words ("four diplomats", "neun Prozent",
四成, 百分之三十) count like digits; "no casualties" (暂无人员伤亡, keine Toten) is a count of 0. A range
("10 to 15", "1亿至2亿美元", "2%至3%") gives its lower bound, marked approx.

`unit` is a language-independent key ("troops", "people", "deaths", "usd", "percent", "km") when
the noun is known, else the noun as written, NFKC-folded, in Simplified Chinese and lower case.
`subject` is what is counted as written; for money, percentages, measures and bare counts of people
it is the measured noun phrase (涉案金额, "manufacturing output", Soforthilfen, 抢修人员: ``measured``),
or the unit when the sentence names none.
Who a figure or quote is attributed to comes from the sentence (``citations``), and from the
paragraph before it for pronouns, anaphors and Chinese paragraph-opening sources (``context``).

Pure functions, regular expressions compiled at import. Figures are found by ``figures_zh`` and
``figures_latin``; fixed measures by ``measures``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

from . import measured_zh
from .citations import attribution_of, source_covering, sources
from .context import Context, de_subject, zh_people
from .entities import extract_entities
from .figures import _CURRENCIES, _QUALIFIERS, SAME_FIGURE, _Figure, mask_ids
from .figures_latin import _LAT_QUAL_BEFORE, _lat_figures
from .figures_zh import _ZH_QUAL_BEFORE, _zh_figures
from .measured import measured, unit_subject
from .measures import measures
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
    subject: str  # what is counted or measured, as written: "特种部队士兵", "troops", "涉案金额", "economy"
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


@lru_cache(maxsize=16)
def _people(text: str, tag: str) -> frozenset[str]:
    """Persons named in the article, for pronouns (shared by `extract_claims` and `extract_quotes`):
    in Chinese those named after a title (the tagger would cost as much as the rest of the analysis),
    in English and German those the entity rules find."""
    if is_cjk(text, tag):
        return zh_people(text)
    return frozenset(m.name for m in extract_entities(text, tag) if m.kind == "PER" and len(m.name) >= 2)


def _sentences(text: str, language: str | None) -> Iterator[tuple[Context, str, str, str, str]]:
    """(context, sentence, folded, as written, tag) for every sentence, paragraph by paragraph; the
    caller reads each sentence, then hands it to ``context.after``."""
    tag, cjk, german = _language(text, language)
    context = Context(cjk, german, _people(text, tag))
    for para in re.split(r"\n+", text):
        if not para.strip():
            continue
        context.paragraph()
        for sentence in split_sentences(para, tag):
            s = fold(sentence, cjk)
            yield context, sentence, s, (sentence if len(s) == len(sentence) else s), tag


# a figure counting the sources a report cites
_SOURCE_COUNT = re.compile(
    r"[^，,。；;]{0,8}?(?:名|位|个)(?:知情|消息|匿名|熟悉内情的)(?:人士|官员)|[^，,。；;]{0,8}?(?:名|位|个)消息来源"
    r"|\S+\s+(?:people|persons|sources|officials|diplomats)\s+(?:familiar with|close to|briefed on|"
    r"with (?:direct )?knowledge of|who (?:spoke|asked))"
    r"|\S+\s+(?:mit der (?:sache|angelegenheit) vertraute|informierte|eingeweihte)",
    re.IGNORECASE,
)


def _own(found: list[Source]) -> bool:
    return any((src.name or src.pronoun) and not src.blocker and not src.claims_only for src in found)


def extract_claims(text: str, language: str | None) -> list[Claim]:
    """Every figure in `text` whose counted thing is recognised, in order."""
    tag, cjk, german = _language(text, language)
    hans = not tag.lower().startswith(("zh-hant", "zh-tw", "zh-hk", "zh-mo", "yue"))
    claims: list[Claim] = []
    previous: list[int] = []  # the claims of the paragraph's previous sentence
    opened = 0  # the paragraph's first claim
    for context, sentence, s, written, _ in _sentences(text, tag):
        if context.first:
            previous, opened = [], len(claims)
        before = len(claims)
        masked = mask_ids(s)
        fixed = _measure_figures(masked, cjk, german)
        counted = _zh_figures(masked, hans) if cjk else _lat_figures(masked, german)
        figures = sorted(fixed + [f for f in counted if not _overlaps(f, fixed)], key=lambda f: f.start)
        figures = measured(masked, figures, cjk, german)
        found = sources(sentence, tag)
        quoted = quote_spans(s)
        for f in figures:
            if _SOURCE_COUNT.match(written, f.start, f.end + 40):
                continue  # "两名知情人士", "two people familiar with the matter": who is cited, not a claim
            unit, subject = f.unit, written[f.subject[0] : f.subject[1]].strip()
            if unit == SAME_FIGURE:  # "Police put the figure at 8,000": what the sentence before counted
                if not previous:
                    continue
                unit, subject = claims[previous[-1]].unit, claims[previous[-1]].subject
            elif unit in _AMOUNTS and unit_subject(subject, cjk):
                subject = _same_unit_subject(claims[opened:], unit) or subject
            inside = next(((a, b) for a, b in quoted if a < f.number < b), None)
            src = _quote_source(found, s, *inside) if inside else source_covering(found, s, f.number)
            claims.append(
                Claim(
                    value=float(f"{f.value:.12g}"),  # 4.6亿: 460000000, not 459999999.99999994
                    unit=unit,
                    subject=subject,
                    qualifier=f.qualifier,
                    text=written[f.start : f.end].strip(),
                    sentence=sentence,
                    attributed_to=context.resolve(src, sentence, f.number, claim=True),
                )
            )
        if previous and _BACK.match(sentence):  # "Das teilte X mit.", "Das sind 12 Prozent mehr, wie X mitteilte."
            _cite_back(claims, previous, context, found)
        previous = list(range(before, len(claims)))
        context.after(sentence, found, _own(found))
    return claims


_AMOUNTS = frozenset({*_CURRENCIES.values(), "元", "percent"})


def _same_unit_subject(earlier: list[Claim], unit: str) -> str | None:
    """For an amount that says only its unit ("Analysten hatten mit 1,9 Milliarden Euro gerechnet"): what
    the paragraph's last amount in the same unit measured ("einen Gewinn von 2,1 Milliarden Euro")."""
    for claim in reversed(earlier):
        if claim.unit == unit:
            return None if unit_subject(claim.subject, bool(HAN.search(claim.subject))) else claim.subject
    return None


# a sentence that only says who gave the figures before it: "Das teilte Eurostat mit.", "That is according to X."
_BACK = re.compile(
    r"^(?:Das|Dies|(?:Diese|Die) (?:Zahlen|Zahl|Angaben|Daten|Werte|Schätzung)|Dieser Wert|That|This|"
    r"(?:These|Those|The) (?:figures|numbers|data|estimates?)|This estimate)\b")


def _cite_back(claims: list[Claim], previous: list[int], context: Context, found: list[Source]) -> None:
    named = next((context.anaphor(src) or src.name for src in found
                  if src.name and not src.blocker and not src.claims_only), None)
    for i in previous:
        if named and claims[i].attributed_to is None:
            claims[i] = replace(claims[i], attributed_to=named)


def _overlaps(f: _Figure, others: list[_Figure]) -> bool:
    return any(o.start < f.end and f.start < o.end for o in others)


def _measure_figures(s: str, cjk: bool, german: bool) -> list[_Figure]:
    """Magnitudes, hours, vote shares, turnout and "no casualties": fixed units, found first."""
    out: list[_Figure] = []
    for m in measures(s, cjk, german):
        before = (_ZH_QUAL_BEFORE.search(s, max(0, m.number - 8), m.number) if cjk
                  else _LAT_QUAL_BEFORE.search(s[max(0, m.number - 30) : m.number]))
        qualifier = _QUALIFIERS[before.group("q").lower().replace(" ", "_")] if before else None
        start = min(m.start, m.number - len(before.group(0)) if before else m.number)
        figure = _Figure(start, m.number, m.end, m.value, m.unit, m.subject, qualifier)
        if not _overlaps(figure, out):
            out.append(figure)
    return out


def _quote_source(found: list[Source], s: str, a: int, b: int) -> Source | None:
    for src in found:
        if src.quote_only and src.start == a:
            return src
    m = mask(s)
    for src in found:
        if src.anchor >= b and not src.claims_only and not src.blocker:
            between = m[b : src.anchor]
            if len(between) <= 80 and not re.search(r"[。.!?！？;；\x01]|[,，]", between.lstrip(" ,，")):
                return src
            break
    return source_covering(found, s, a, quote=True)


def _partial_quote(inner: str, found: list[Source], start: int) -> bool:
    """A short Chinese quotation of someone's words after their speech verb: "美方“密切关注”局势发展",
    "公司回应称“纯属谣言”" — words that say something (a verb or an adjective), not a term in quotation
    marks ("“安全账户”", "“云雀”")."""
    core = re.sub(r"[\s\W]", "", inner)
    if not (3 <= len(core) < 6 and HAN.fullmatch(core[0]) and any(src.anchor < start for src in found)):
        return False
    tags = measured_zh.tags(core)  # a predicate: it opens with a verb or an adverb, or ends with one or an adjective
    return bool(tags) and (tags[0][:1] in ("v", "d") or tags[0] == "ad" or tags[-1][:1] == "v" or tags[-1] == "a")


def _long_enough(inner: str) -> bool:
    if HAN.search(inner):
        return len(re.sub(r"[\s\W]", "", inner)) >= 6
    return len(re.findall(r"\w+", inner)) >= 3


def extract_quotes(text: str, language: str | None) -> list[Quote]:
    """Direct quotations in `text` with their speaker; short scare quotes (names, terms) are skipped."""
    quotes: list[Quote] = []
    for context, sentence, s, written, tag in _sentences(text, language):
        spans = [(a, b) for a, b in quote_spans(s) if s[a] != "《" and b - a > 2]
        found = sources(sentence, tag)
        for a, b in spans:
            inner = written[a + 1 : b - 1].strip().rstrip(",，、:：").strip()
            if _long_enough(inner) or _partial_quote(inner, found, a):
                speaker = context.resolve(_quote_source(found, s, a, b), sentence, a, claim=False)
                if speaker is None and context.german and s[:a].rstrip().endswith(":"):
                    speaker = de_subject(s[:a])  # "Der Bürgermeister wurde deutlich: „…“"
                quotes.append(Quote(inner, speaker, sentence))
        context.after(sentence, found, _own(found))
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
