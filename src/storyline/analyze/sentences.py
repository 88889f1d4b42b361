"""Sentences and quote marks in Chinese, English and German news text, and the `Source` record.

Pure functions on plain text (stdlib and OpenCC only). `split_sentences` cuts at Chinese 。！？；…
and at Western . ! ? that end a sentence (not after abbreviations, initials or inside decimals)
and never inside a quotation. `mask` hides quotations and parentheses so that names are read
outside them. Who a sentence cites is found in ``citations`` (``sources_zh``, ``sources_latin``):
one `Source` per attribution with the span of the sentence it covers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import opencc

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# full-width ASCII to ASCII, except the comma and full stop, which Chinese uses as punctuation
_WIDTH = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F) if i not in (0xFF0C, 0xFF0E)} | {0x3000: 0x20}
PAREN_MASK = "\x00"  # stands for text inside parentheses: ignored inside names
QUOTE_MASK = "\x01"  # stands for quoted text: a clause boundary for names


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def is_cjk(text: str, language: str | None) -> bool:
    """Whether `text` is handled as Chinese: by its language tag, else by its script."""
    if language:
        return language.lower().startswith(("zh", "cmn", "yue"))
    han = len(HAN.findall(text[:2000]))
    return han > 0 and han * 4 >= len(text[:2000].replace(" ", ""))


def is_german(text: str, language: str | None) -> bool:
    if language:
        return language.lower().startswith(("de", "gsw"))
    return len(re.findall(r"\b(?:der|die|das|und|nicht|ist|mit|laut)\b", text[:2000])) >= 3


def fold(text: str, cjk: bool) -> str:
    """Full-width ASCII to ASCII and, for Chinese, Traditional to Simplified; same length when possible."""
    folded = text.translate(_WIDTH)
    if cjk and HAN.search(folded):
        simple = str(_t2s().convert(folded))
        if len(simple) == len(folded):
            return simple
    return folded


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# ---------------------------------------------------------------- quote marks and sentences

_PAIRS = {"“": "”", "「": "」", "『": "』", "„": "“", "«": "»", '"': '"', "《": "》"}
_CLOSERS = frozenset(_PAIRS.values())
_CJK_END = frozenset("。！？；…")
_LATIN_END = frozenset(".!?")
_ABBREV = _words(
    "mr mrs ms dr prof st jr sr vs etc e.g i.e inc ltd co corp gen col lt sgt capt gov sen rep jan feb "
    "mar apr jun jul aug sep sept oct nov dec no nr fig z.b d.h u.a bzw ca mio mrd usw vgl sog abs hr fr "
    "ggf evtl inkl bspw mt mrd. jh"
)
_MONTHS = _words(
    "january february march april may june july august september october november december januar februar "
    "märz mai juni juli oktober dezember"
)
_DECIMAL = re.compile(r"\d+(?:\.\d+)+(?:bn|mn|tn|m|k|km|mm|cm|kg)?")
_SPEECH_TAIL = re.compile(  # after a quotation, who says it (zh-Hans and zh-Hant forms): the sentence goes on
    r"说|說|表示|称|稱|指出|透露|强调|強調|补充|補充|告诉|告訴|坦言|回应|回應|写道|寫道|问道|問道|"
    r"\b(?:said|says|told|added|asked|wrote|explained|noted|insisted|warned|stressed|"
    r"sagte|sagt|erklärte|betonte|fügte|warnte)\b")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every top-level quotation, marks included; unclosed ones are dropped."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if stack and ch == _PAIRS[stack[-1][0]]:
            _, start = stack.pop()
            if not stack:
                spans.append((start, i + 1))
        elif ch in _PAIRS:
            stack.append((ch, i))
    return spans


def _latin_break(p: str, i: int, german: bool) -> bool:
    """Whether the . ! or ? at p[i] ends a sentence."""
    j = i + 1
    while j < len(p) and p[j] in '"”’»“)':
        j += 1
    if j < len(p) and not p[j].isspace() and not HAN.match(p[j]):
        return False
    rest = p[j:].lstrip()
    if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in '"“„«‘(' or HAN.match(rest[0])):
        return False
    if p[i] != ".":
        return True
    token = re.search(r"[\w.]*$", p[:i])
    word = token.group(0).lower() if token else ""
    if word in _ABBREV or (len(word) == 1 and word.isalpha()) or ("." in word and not _DECIMAL.fullmatch(word)):
        return False  # "U.S.", "e.g." (but "$1.9bn." ends a sentence)
    if german and re.fullmatch(r"\d{1,2}\.\d{1,2}", word):
        return False  # "am 21.10. Oktober"
    # German ordinals: "am 21. Oktober"
    return not (word.isdigit() and (german or rest.split(" ", 1)[0].lower().strip(",") in _MONTHS))


def _split_paragraph(p: str, german: bool) -> list[str]:
    out: list[str] = []
    spans = quote_spans(p)
    inside = bytearray(len(p))
    for a, b in spans:
        inside[a + 1 : b - 1] = b"\x01" * (b - a - 2)
    start = 0
    ends = {b for _, b in spans}
    for i, ch in enumerate(p):
        if inside[i]:
            continue
        cut = 0
        if (ch in _CJK_END and (i + 1 >= len(p) or p[i + 1] not in _CJK_END)) or (
            ch in _LATIN_END and _latin_break(p, i, german)
        ):
            cut = i + 1
        elif i + 1 in ends and i >= 1 and (p[i - 1] in _CJK_END or p[i - 1] in "!?") and i + 1 < len(p):
            tail = re.split(r"[。！？；!?]", p[i + 1 :], maxsplit=1)[0]
            if not (len(tail) <= 20 and _SPEECH_TAIL.search(tail)):
                cut = i + 1  # a quotation that ends its own sentence
        if cut:
            while cut < len(p) and p[cut] in '”」』"’)）':
                cut += 1
            piece = p[start:cut].strip()
            if piece:
                out.append(piece)
            start = cut
    if p[start:].strip():
        out.append(p[start:].strip())
    return out


def split_sentences(text: str, language: str | None) -> list[str]:
    """Sentences of `text`, paragraph breaks always ending one, quotations kept whole."""
    german = is_german(text, language)
    out: list[str] = []
    for para in re.split(r"\n+", text):
        if para.strip():
            out.extend(_split_paragraph(para.strip(), german))
    return out


def mask(sentence: str) -> str:
    """`sentence` with text inside parentheses and quotations replaced (same length)."""
    chars = list(sentence)
    for a, b in quote_spans(sentence):
        chars[a:b] = QUOTE_MASK * (b - a)
    depth = 0
    for i, ch in enumerate(chars):
        if ch in "(（":
            depth += 1
        if depth:
            chars[i] = PAREN_MASK
        if ch in ")）" and depth:
            depth -= 1
    return "".join(chars)


# ---------------------------------------------------------------- sources


@dataclass(frozen=True, slots=True)
class Source:
    name: str | None  # None: a pronoun or an unnamed source
    anchor: int  # where the attribution is made (its verb or cue)
    start: int  # the span of the sentence it covers
    end: int
    quote_only: bool = False  # the cue introduces one quotation only ("X说：“…”")
    claims_only: bool = False  # "could not confirm X's report": the figure is X's, the words are not
    blocker: bool = False  # a speech verb whose subject was not found: ends the reach of earlier sources for quotes
    cue: str = "verb"  # "verb" (X said), "according" (according to X, 据X), "relative" (X公布的N): how it is made
    name_end: int = -1  # where the source's name ends in the sentence, when it follows the cue
    pronoun: str | None = None  # the pronoun or anaphor standing for the source (他, she, 该局, the agency)


def _quote_scope(s: str, m: str, end: int) -> tuple[int, int] | None:
    """The quotation a cue at `end` introduces ("说：“…”"), if any."""
    k = end
    while k < len(s) and s[k] in " :：,，":
        k += 1
    if k < len(m) and m[k] == QUOTE_MASK:
        for a, b in quote_spans(s):
            if a == k and _quotation(s[a + 1 : b - 1]):
                return a, b
    return None


def _quotation(inner: str) -> bool:
    """Words someone said, not a quoted name or term ("“海葵”", "“special operation”")."""
    if HAN.search(inner):
        return len(re.sub(r"[\s\W]", "", inner)) >= 6
    return len(re.findall(r"\w+", inner)) >= 3


def _verb_source(
    s: str, m: str, verb: re.Match[str], found: bool, name: str | None, *, pronoun: str | None = None,
    name_end: int = -1,
) -> Source:
    """The source a speech verb gives: its subject (for the rest of the sentence, or only for the
    quotation it introduces), or a blocker when no subject was found."""
    n = len(s)
    if not found:
        return Source(None, verb.start(), verb.end(), n, blocker=True)
    scope = _quote_scope(s, m, verb.end())
    if scope:
        return Source(name, verb.start(), scope[0], scope[1], quote_only=True, pronoun=pronoun)
    return Source(name, verb.start(), verb.end(), n, pronoun=pronoun, name_end=name_end)


