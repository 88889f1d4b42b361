"""Who a sentence cites, and which cited source covers a position of the sentence.

`sources` finds the attributions a sentence makes (Chinese in ``sources_zh``, English and German in
``sources_latin``) with the span of text each one covers, so that figures and quotes can be tied to
the nearest one (`source_at`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .sentences import HAN, Source, fold, is_cjk, is_german, mask
from .sources_latin import _latin_sources
from .sources_zh import _zh_sources


def sources(sentence: str, language: str | None) -> list[Source]:
    """Every attribution `sentence` makes, in order."""
    cjk = is_cjk(sentence, language)
    s = fold(sentence, cjk)
    m = mask(s)
    found = _zh_sources(s, m) if cjk else _latin_sources(s, m, is_german(sentence, language))
    if len(s) != len(sentence):
        return found
    return [replace(src, name=_as_written(sentence, s, src.name)) for src in found]


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


_TAIL_OK = re.compile(r"^[\s\w]{0,25}[.。!?！？]?[\"”’»]?$")
_TAIL_ZH_OK = re.compile(r"^[。！？；.!?]*$")


def source_at(found: list[Source], s: str, pos: int, *, quote: bool = False) -> str | None:
    """The name of the source covering position `pos` of the sentence: the nearest cue before it
    whose span contains it, else a cue closing the sentence after it ("…，X表示。", "…, X said.")."""
    usable = [src for src in found if not (src.claims_only if quote else src.blocker)]
    inside = [src for src in usable if src.start <= pos < src.end and src.anchor <= pos]
    if inside:
        return max(inside, key=lambda src: src.anchor).name
    for src in usable:
        if src.anchor > pos and not src.quote_only:
            tail = s[src.start :]
            if _TAIL_ZH_OK.match(tail) or (not HAN.search(tail) and _TAIL_OK.match(tail)):
                return src.name
    return None
