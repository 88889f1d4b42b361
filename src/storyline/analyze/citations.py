"""Who a sentence cites, and which cited source covers a position of the sentence.

`sources` finds the attributions a sentence makes (Chinese in ``sources_zh``, English and German in
``sources_latin``) with the span of text each one covers, so that figures and quotes can be tied to
the nearest one (`source_at`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .sentences import HAN, Source, fold, is_cjk, is_german, mask
from .sources_latin import _latin_sources
from .sources_zh import _zh_sources


def sources(sentence: str, language: str | None) -> list[Source]:
    """Every attribution `sentence` makes, in order."""
    return list(_sources(sentence, language))


@lru_cache(maxsize=256)  # claims and quotes read the same sentences of one article
def _sources(sentence: str, language: str | None) -> tuple[Source, ...]:
    cjk = is_cjk(sentence, language)
    s = fold(sentence, cjk)
    m = mask(s if cjk else _QUOTED_NAME.sub(_unquote, s))
    found = _zh_sources(s, m) if cjk else _latin_sources(s, m, is_german(sentence, language))
    if len(s) != len(sentence):
        return tuple(found)
    return tuple(replace(src, name=_as_written(sentence, s, src.name)) for src in found)


# a name in quotation marks: "Wie die „Frankfurter Allgemeine Zeitung“ berichtet", 'the "Daily Courier" reported'
_QUOTED_NAME = re.compile(
    r"[„“\"«»](?P<x>[A-ZÄÖÜ][\w&.'-]*(?:\s+(?:[A-ZÄÖÜ][\w&.'-]*|&|und|and|of|für|der|de)){0,5})[“”\"«»]"
)


def _unquote(m: re.Match[str]) -> str:
    """The name without its quotation marks (spaces instead: positions stay)."""
    return " " + m.group("x") + " "


def _as_written(original: str, folded: str, name: str | None) -> str | None:
    """`name` as the original (e.g. Traditional) text writes it, when folding kept the length."""
    if name is None:
        return None
    at = folded.find(name)
    if at < 0:
        return name
    return original[at : at + len(name)]


def attribution_of(sentence: str, language: str | None) -> str | None:
    """The speaker or authority `sentence` cites first, or None."""
    for src in sources(sentence, language):
        if src.name and not src.claims_only and not src.blocker:
            return src.name
    return None


# after a closing "X said": a short adverbial, then the end or another clause ("…, as rescuers …")
_TAIL_OK = re.compile(r"^[\s\w]{0,30}(?:[.。!?！？]?[\"”’»]?$|[,;])")
_TAIL_ZH_OK = re.compile(r"^[。！？；.!?]*$")
# after the name of a source that closes its clause: the end, or a relative clause about the source
_CLOSING = re.compile(
    r"^\s*(?:(?:of|from|at|vom|von|der|des)\s+[^,;.!?]{0,60})?"
    r"(?:\s+in\s+[A-ZÄÖÜ][\w-]+)?(?:\s+(?:am|im)\s+[A-ZÄÖÜ][\w-]+(?:\s+(?:Abend|Morgen|Mittag|Nachmittag|Vormittag))?)?(?:\s+(?:mit|an|bekannt))?"
    r"(?:[.。!?！？;；\"”’»]*$|,\s*(?:which|who|whose|where|"
    r"adding|saying|and|but|while|wie|die|der|das|welche|und|aber|während)\b)"
)
_HARD_BREAK = re.compile(r"[;；。!！?？\x01]")
_SEMICOLON = re.compile(r"[;；]")
_CLAUSE_BREAK = re.compile(r"[;；，。:：!！?？\x01]|,\s")


def source_covering(found: list[Source], s: str, pos: int, *, quote: bool = False) -> Source | None:
    """The source covering position `pos` of the sentence: the nearest cue before it whose span
    contains it, else an according-to cue later in the same clause ("12.000 Menschen wurden laut X
    ..."), else a cue closing the sentence or its clause after it ("…，X表示。", "…, X said.",
    "…, according to X, which ...")."""
    usable = [src for src in found if not (src.claims_only if quote else src.blocker)]
    inside = [src for src in usable if src.start <= pos < src.end and src.anchor <= pos]
    if inside:
        return max(inside, key=lambda src: src.anchor)
    m = mask(s)
    for src in usable:
        if src.anchor <= pos or src.quote_only:
            continue
        if src.cue == "according" and not _CLAUSE_BREAK.search(m, pos, src.anchor):
            return src
        if src.cue == "according" and not HAN.search(s) and not _HARD_BREAK.search(m, pos, src.anchor):
            return src  # "…, according to X, …": an according-to phrase after a comma looks back
        tail = s[src.start :]
        if _TAIL_ZH_OK.match(tail) or (not HAN.search(tail) and _TAIL_OK.match(tail)
                                       and not _SEMICOLON.search(m, pos, src.anchor)):
            return src  # "…, X said." (not across a semicolon: "…12 years; prosecutors had sought 15 years.")
        if src.name_end >= 0 and _CLOSING.match(s[src.name_end :]):
            return src
    return None


def source_at(found: list[Source], s: str, pos: int, *, quote: bool = False) -> str | None:
    """The name of the source covering position `pos` of the sentence (see `source_covering`)."""
    src = source_covering(found, s, pos, quote=quote)
    return src.name if src else None
