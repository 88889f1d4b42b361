"""Whom an English or German sentence cites: "X said", "said X", "according to X", "laut X",
"X zufolge", "teilte X mit", and denials ("could not confirm").

Names are clean noun phrases; when a title is followed by a person's name ("Ukraine's intelligence
chief Kyrylo Budanov") the name alone is kept.
"""

from __future__ import annotations

import re

from .sentences import _MONTHS, Source, _verb_source, _words

# Latin-script news: English and German
_WORD = re.compile(r"[\w'’.&-]+")
_EN_VERB = re.compile(
    r"\b(?:said|says|told|reported|estimated|estimates|claimed|claims|stated|announced|added|warned|confirmed|"
    r"noted|wrote|sagte|sagt|sagten|erklärte|erklärt|erklärten|berichtete|berichtet|berichteten|teilte|teilten|"
    r"mitteilte|mitteilten|mitteilt|meldeten|bestätigte|bestätigten|"
    r"schätzt|schätzte|meldete|meldet|betonte|behauptet|behauptete)\b"
)
_EN_ACCORDING = re.compile(r"\b(?:according to|laut|nach Angaben (?:des|der|von|aus)|zufolge)\b", re.IGNORECASE)
_EN_UNCONFIRMED = re.compile(
    r"\b(?:could not|cannot|can't|couldn't|unable to|did not|didn't|nicht) (?:independently )?"
    r"(?:confirm|verify|bestätigen|verifizieren|überprüfen)",
    re.IGNORECASE,
)
_LATIN_BOUNDARY = re.compile(r"[,;:()\x01\n\"“”„«»]")
_DETERMINERS = _words("the a an der die das den dem des ein eine einer einem einen eines")
_CONNECTORS = _words("of for and de von und der des du the")
_PRONOUNS = _words("he she it they we i you er sie es wir ich man")
_ROLES = _words(
    "agency service ministry intelligence spy military officials official sources source spokesman "
    "spokeswoman spokesperson police government army office department chief head minister president "
    "commander media reports report analysts experts authorities observers monitor council committee "
    "embassy ambassador secretary director staff general adviser correspondent newspaper broadcaster "
    "statement secretary-general prosecutors"
)
_NAME_TITLES = _words(
    "chief head minister president commander spokesman spokeswoman spokesperson ambassador secretary "
    "director general adviser secretary-general präsident präsidentin minister ministerin sprecher "
    "sprecherin chef chefin botschafter generalsekretär kanzler kanzlerin"
)
_NOT_NAMES = (
    frozenset(
        [
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "montag",
            "dienstag",
            "mittwoch",
            "donnerstag",
            "freitag",
            "samstag",
            "sonntag",
            "meanwhile",
            "however",
            "yesterday",
            "today",
            "on",
            "in",
            "at",
            "also",
            "but",
            "and",
            "earlier",
            "later",
            "last",
            "am",
            "im",
            "zuvor",
            "gestern",
            "heute",
            "bereits",
            "zudem",
            "außerdem",
            "dann",
            "so",
            "wie",
            "laut",
            "nach",
            "this",
            "that",
            "this",
            "week",
        ]
    )
    | _MONTHS
)
_ADVERBS = _words("also later earlier then previously separately on friday monday mit")
_ADJ = re.compile(r"[a-zäöüß-]+(?:e|en|em|er|es|n)$")


def _tidy_np(tokens: list[str]) -> str | None:
    while tokens and (tokens[0].lower() in _DETERMINERS or tokens[0].lower() in _CONNECTORS):
        tokens = tokens[1:]
    while tokens and tokens[-1].lower() in _CONNECTORS:
        tokens = tokens[:-1]
    if not tokens:
        return None
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].lower() in _NAME_TITLES and i + 1 < len(tokens):
            tail = tokens[i + 1 :]
            if all(t[0].isupper() for t in tail):
                tokens = tail
            break
    name = " ".join(tokens).strip(".'’")
    return name if name and name.lower() not in _NOT_NAMES else None


def _np_accept(tok: str, german: bool, has: bool) -> bool:
    low = tok.lower()
    if low in _NOT_NAMES or low in _PRONOUNS:
        return False
    return (
        tok[0].isupper() or low in _ROLES or (has and low in _CONNECTORS) or (german and has and bool(_ADJ.match(tok)))
    )


def _np_before(m: str, end: int, german: bool) -> tuple[bool, str | None]:
    bounds = [b.end() for b in _LATIN_BOUNDARY.finditer(m, 0, end)]
    tokens = _WORD.findall(m[bounds[-1] if bounds else 0 : end])
    got: list[str] = []
    for tok in reversed(tokens):
        low = tok.lower()
        if not got and low in _ADVERBS:
            continue
        if not got and low in _PRONOUNS:
            return True, None
        if low in _DETERMINERS:
            break
        if got and not german and got[-1].lower() in _ROLES and _modifier(low, german) and tok.islower():
            got.insert(0, tok)  # "the civil protection agency said": keep the modifiers of a role word
            continue
        if not _np_accept(tok, german, bool(got)):
            break
        got.insert(0, tok)
    name = _tidy_np(got)
    return name is not None, name


def _np_after(m: str, start: int, german: bool, limit: int = 8) -> tuple[bool, str | None]:
    bounds = _LATIN_BOUNDARY.search(m, start)
    tokens = _WORD.findall(m[start : bounds.start() if bounds else len(m)])[:limit]
    if tokens and tokens[0].lower() in _PRONOUNS:
        return True, None
    got: list[str] = []
    head = False  # a name or role word has been taken: no more modifiers
    for k, tok in enumerate(tokens):
        low = tok.lower()
        if not got and low in _DETERMINERS:
            continue
        if low in _NOT_NAMES or low in _PRONOUNS:
            break
        if tok[0].isupper() or low in _ROLES:
            got.append(tok)
            head = True
        elif (head and low in _CONNECTORS and k + 1 < len(tokens)) or (
            not head
            and _modifier(low, german)
            and any(t[0].isupper() or t.lower() in _ROLES for t in tokens[k + 1 : k + 3])
        ):
            got.append(tok)
        else:
            break
    name = _tidy_np(got)
    return name is not None, name


_EN_NOT_MODIFIER = _words("has have had is are was were will would sent says said hat haben ist sind wird")


def _modifier(low: str, german: bool) -> bool:
    if german:
        return bool(_ADJ.fullmatch(low))
    return low.isalpha() and low not in _EN_NOT_MODIFIER and low not in _CONNECTORS and low not in _DETERMINERS


def _latin_sources(s: str, m: str, german: bool) -> list[Source]:
    out: list[Source] = []
    n = len(s)
    for acc in _EN_ACCORDING.finditer(m):
        if acc.group(0).lower() == "zufolge":
            found, name = _np_before(m, acc.start(), german)
        else:
            found, name = _np_after(m, acc.end(), german)
        if found:
            out.append(Source(name, acc.start(), acc.end(), n))
    for verb in _EN_VERB.finditer(m):
        bounds = [b.end() for b in _LATIN_BOUNDARY.finditer(m, 0, verb.start())]
        before = _WORD.findall(m[bounds[-1] if bounds else 0 : verb.start()])
        front = not before or (german and before[0].lower() in _NOT_NAMES)
        found, name = _np_after(m, verb.end(), german) if front else _np_before(m, verb.start(), german)
        if not found and german:  # "…, wie die Behörden mitteilten" / "…, teilte die Polizei mit"
            found, name = _np_before(m, verb.start(), german) if front else _np_after(m, verb.end(), german)
        out.append(_verb_source(s, m, verb, found, name))
    for neg in _EN_UNCONFIRMED.finditer(m):
        out.append(Source(None, neg.start(), neg.end(), n, claims_only=True))
    return sorted(out, key=lambda src: src.anchor)


