"""English and German names by rule: runs of capitalised words with cues.

A measured choice: in the package index we have (about 886k PyPI names) no legitimate, light NER
model ships its weights inside a PyPI package. spaCy's official pipelines are published outside PyPI
(the ``en-core-web-sm-*`` uploads there are re-uploads by third parties), and flair, stanza, GLiNER and
NLTK's chunker all download weights from a model hub or a data server at run time, which this
deployment cannot reach.

Each run of capitalised words (with name particles and connectors such as "of", "and", "für", "der"
inside) is read in this order:

1. hyphenated compounds: "CDU-Kandidatin" gives the party CDU and a role word, "SPD-Fraktion" the
   party, "EU-Kommission" stays whole when the gazetteer knows it;
2. organisations around a head word ("Department", "Bank", "-ministerium", "-amt", "GmbH"): the
   head takes adjectives and names before it and "of X"/"für X"/a place after it ("Landesamt für
   Umwelt", "Feuerwehr Passau", "Texas Department of Transportation");
3. people: a known given name (``given_names``) starts a name, and whatever stands before it in the
   run is a title, role or nationality ("Bürgermeisterin Jana Roth", "die Französin Claire Duval");
   without one, a role word or a speech verb next to the run marks a person ("Richter Hofmann");
4. places: the gazetteer (``gazetteer``, ``gazetteer_world``), place heads ("River", "County",
   "-straße"), place prepositions with German place-name endings ("in Vilshofen"), place nouns
   ("Stadtteil Innstadt"), neighbours in a list of places, and the dateline ("BERLIN (dpa) –").

German capitalises every noun, so a German run needs one of these cues to be an entity; two nouns
in a row ("Liter Regen") are nothing. English runs without a cue are still taken as people. Other
Latin-script languages use the English rules.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from storyline.analyze import gazetteer, gazetteer_world, given_names

from .mentions import Mention, _words, gazetteer_lookup


@dataclass(frozen=True, slots=True)
class _LatinRules:
    lang: str
    stop: frozenset[str]  # never (part of) a name; lower case
    roles: frozenset[str]  # words before a person's name; lower case
    role_suffixes: tuple[str, ...]  # German compounds: Kremlsprecher, Außenminister
    org_words: frozenset[str]  # organisation head words
    org_suffixes: tuple[str, ...]  # German organisation heads inside compounds: Außenministerium
    place_preps: frozenset[str]
    say: frozenset[str]
    particles: frozenset[str]  # von, van, al ... inside a person's name
    right_connectors: frozenset[str]  # of, für, der ... after an organisation's head
    join_connectors: frozenset[str]  # and, und, & between the words of one name
    bare_runs_are_people: bool  # English: "Georgy Zinoviev" without a cue; German needs a cue


_EN = _LatinRules(
    lang="en", stop=_words(f"{gazetteer.MONTHS_DAYS} {gazetteer.EN_STOP}"), roles=_words(gazetteer.EN_ROLES),
    role_suffixes=(), org_words=_words(f"{gazetteer.EN_ORG_WORDS} {gazetteer.CLUB_WORDS}"), org_suffixes=(),
    place_preps=_words("in from near across into outside inside throughout toward towards"),
    say=_words("said says told added wrote asked stated declared warned tweeted"),
    particles=_words("von van der den de da di du la le al bin ibn ter dos del"),
    right_connectors=_words("of for on"), join_connectors=_words("and &"), bare_runs_are_people=True)
_DE = _LatinRules(
    lang="de", stop=_words(f"{gazetteer.MONTHS_DAYS} {gazetteer.DE_STOP}"),
    roles=_words(f"{gazetteer.DE_ROLES} {gazetteer.DE_NATIONALITY_NOUNS}"),
    role_suffixes=tuple(gazetteer.DE_ROLE_SUFFIXES.split()),
    org_words=_words(f"{gazetteer.COMPANY_FORMS} {gazetteer.DE_ORG_WORDS}"),
    org_suffixes=tuple(gazetteer.DE_ORG_SUFFIXES.split()), place_preps=_words(gazetteer.DE_PLACE_PREPS),
    say=_words("sagte sagt erklärte betonte teilte warnte schrieb meinte"),
    particles=_words("von van der den de da di du la le al bin ibn ter zu"),
    right_connectors=_words("für der des zur zum zu"), join_connectors=_words("und &"), bare_runs_are_people=False)
_ACRONYM_STOP = _words(gazetteer.ACRONYM_STOP)
_ABBREVIATIONS = _words(gazetteer.ABBREVIATIONS)
_COMPANY_FORMS = _words(gazetteer.COMPANY_FORMS)
_GENERIC_HEADS = _words(gazetteer.GENERIC_ORG_HEADS)
_GIVEN = given_names.GIVEN
_EN_LOC_HEADS = _words(gazetteer.EN_LOC_HEADS)
_EN_LOC_FIRST = _words(gazetteer.EN_LOC_FIRST)
_EN_GENERIC_PEOPLE = _words(gazetteer.EN_GENERIC_PEOPLE)
_DE_ROLE_ONLY = _words(gazetteer.DE_ROLES)  # roles proper: they end an organisation's name to the left
_DE_COMPOUND_TAILS = _words(gazetteer.DE_COMPOUND_TAILS)
_DE_PLACE_SUFFIXES = tuple(gazetteer.DE_PLACE_SUFFIXES.split())
_DE_STREET_SUFFIXES = tuple(gazetteer.DE_STREET_SUFFIXES.split())
_DE_PLACE_NOUNS = _words(gazetteer.DE_PLACE_NOUNS)
_DE_NOT_PLACES = _words(gazetteer.DE_NOT_PLACES)
_DE_NOT_ORGS = _words(gazetteer.DE_NOT_ORGS)
_CLUB_WORDS = _words(gazetteer.CLUB_WORDS)
_EN_MISC_HEADS = _words(gazetteer.EN_MISC_HEADS)
_DE_APPOSITIVE_HEADS = tuple(gazetteer.DE_APPOSITIVE_HEADS.split())
_DE_LEADING_ADJECTIVES = _words(gazetteer.DE_LEADING_ADJECTIVES)
_DE_PLACE_PREFIXES = tuple(gazetteer.DE_PLACE_PREFIXES.split())
_AMBIGUOUS_PLACES = frozenset(n.lower() for n in gazetteer_world.AMBIGUOUS_PLACES.split())
_DE_NOUN_ENDINGS = ("ung", "ungen", "heit", "keit", "schaft", "tion", "tät", "ismus", "ment", "nis", "tum", "ling",
                    "chen", "ium")
_LIST_JOINERS = frozenset({",", "und", "and", "oder", "or", "sowie", "&"})
_EN_PLACE_NOUNS = _words("town city village community hamlet suburb township county province state region")

_LATIN_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w'’.\-]*-(?=\s+(?:und|oder|and)\s)"
                          r"|[^\W\d_](?:[\w'’.\-]*[^\W_])?|\d[\w.,]*|[^\w\s]")
_ROAD = re.compile(r"^[AB]\d{1,3}$")
_WORDY = re.compile(r"^[^\W\d_][\w'’.\-]*$")
_DATELINE = re.compile(
    r"(?P<place>[A-ZÄÖÜ][\wÄÖÜäöüß.'’\-]*(?: [A-ZÄÖÜ][\wÄÖÜäöüß.'’\-]*){0,2})"
    r"(?:,\s*(?P<region>[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2}))?"
    r"\s*(?:\((?P<agency>[^()\n]{1,40})\))?\s*[–—]{1,2}\s|"
    r"(?P<caps>[A-ZÄÖÜ][A-ZÄÖÜ.'’\-]+(?: [A-ZÄÖÜ][A-ZÄÖÜ.'’\-]+){0,2})"
    r"(?:,\s*(?P<capsregion>[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2}))?"
    r"\s*(?:\((?P<capsagency>[^()\n]{1,40})\))?\s*[–—-]{1,2}\s")


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    sentence_start: bool


def _latin_tokens(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    new_sentence = True
    prev_end = 0
    for m in _LATIN_TOKEN.finditer(text):
        word = m.group()
        if "\n" in text[prev_end : m.start()]:
            new_sentence = True
        toks.append(_Tok(word, m.start(), new_sentence))
        prev_end = m.end()
        if word in ".!?":
            prev = toks[-2].text.lower() if len(toks) > 1 else ""
            new_sentence = not (prev in _ABBREVIATIONS or (len(prev) == 1 and prev.isalpha()))
        elif word not in "\"“”‘'„«»(–—-:":
            new_sentence = False
    return toks


def _is_cap(word: str) -> bool:
    if word[:3].lower() in ("al-", "el-") and len(word) > 3:
        return word[3].isupper()
    return word[:1].isupper() and bool(_WORDY.match(word))


def _country_shaped(word: str) -> bool:
    """Estavia, Norwanien, Kasland, Turkmenistan: a name shaped like a country."""
    low = word.lower()
    return (len(word) >= 5 and word[:1].isupper() and word[1:].islower() and low.endswith(("ia", "ien", "land", "stan"))
            and low not in _GIVEN)


def _is_acronym(word: str) -> bool:
    w = word.replace(".", "")
    return w.isalpha() and w.isupper() and 2 <= len(w) <= 6 and w not in _ACRONYM_STOP


def _bare(word: str, lang: str = "de") -> str:
    """Russia's -> Russia; Nordkoreas -> Nordkorea when that is a known place (German only: English
    "Islands" is no genitive of Island)."""
    for tail in ("'s", "’s"):
        if word.endswith(tail):
            return word[: -len(tail)]
    if lang == "de" and word.endswith("s") and len(word) > 4 and gazetteer_lookup(word[:-1]) and (
            not gazetteer_lookup(word)):
        return word[:-1]
    return word


def _known(name: str) -> str | None:
    """Kind of a gazetteer name; German compounds of a direction and a known place are places
    (Mitteldeutschland, Nordbayern); road designations (A1, B12) too."""
    known = gazetteer_lookup(name)
    if known is not None:
        return known[0]
    if _ROAD.match(name):
        return "LOC"
    low = name.lower()
    if " " not in name and len(name) > 7 and low.startswith(_DE_PLACE_PREFIXES):
        for prefix in _DE_PLACE_PREFIXES:
            rest = gazetteer_lookup(name[len(prefix):].capitalize()) if low.startswith(prefix) else None
            if rest is not None and rest[0] == "LOC" and len(name) - len(prefix) >= 4:
                return "LOC"
    return None


@lru_cache(maxsize=8192)
def _place_adjective(word: str) -> bool:
    """Berliner, Münchner, Thüringer, Düsseldorfer: a known place + -er."""
    if not word.endswith("er") or len(word) < 5:
        return False
    stem = word[:-2]
    return any(_known(s) == "LOC" for s in (stem, stem[:-1] + "en", stem + "en", stem + "n"))


def _runs(toks: list[_Tok], rules: _LatinRules) -> Iterator[tuple[int, int]]:
    """[i, j) ranges of capitalised runs, with name particles and connectors inside when a capitalised
    word follows them ("National Snow and Ice Data Center", "Landesamt für Umwelt")."""
    i, n = 0, len(toks)
    while i < n:
        if not _is_cap(toks[i].text):
            i += 1
            continue
        j = i + 1
        while j < n and not toks[j].sentence_start:
            word = toks[j].text
            if _bare(toks[j - 1].text, rules.lang) != toks[j - 1].text:
                break  # a possessive ends a name
            if _is_cap(word):
                j += 1
                continue
            nxt = toks[j + 1].text if j + 1 < n else ""
            low = word.lower()
            if nxt and _is_cap(nxt) and not toks[j + 1].sentence_start and (
                    word in rules.particles or low in rules.right_connectors or low in rules.join_connectors
                    or (rules.lang == "en" and low == "the" and toks[j - 1].text.lower() in rules.right_connectors)):
                j += 2
                continue
            break
        yield i, j
        i = j


# ---------------------------------------------------------------------------------------------
# word classes


def _is_role(word: str, rules: _LatinRules) -> bool:
    w = word.lower().rstrip(".")
    if "-" in w and rules.lang == "de":
        w = w.rsplit("-", 1)[1]
    return w in rules.roles or (bool(rules.role_suffixes) and w.endswith(rules.role_suffixes)
                                and not _org_head(word, rules))


def _org_head(word: str, rules: _LatinRules) -> bool:
    w = word.lower()
    if w in rules.org_words or w in _COMPANY_FORMS:
        return True
    if rules.lang == "de" and rules.org_suffixes and w not in _DE_NOT_ORGS:
        for form in (w, w[:-1] if w.endswith("s") else "", w[:-2] if w.endswith("es") else ""):
            if form and form.endswith(rules.org_suffixes) and not form.endswith(("fraktionschef", "bahnhof")):
                return True
    return False


def _singular_org(word: str, rules: _LatinRules) -> str:
    """Landeskriminalamts -> Landeskriminalamt (a German genitive)."""
    if rules.lang == "de" and word.endswith("s") and not word.lower().endswith(rules.org_suffixes):
        for cut in (1, 2):
            if word[:-cut].lower().endswith(rules.org_suffixes):
                return word[:-cut]
    return word


def _given(word: str) -> bool:
    return word.lower() in _GIVEN or ("-" in word and word[0].isupper()
                                      and word.split("-", maxsplit=1)[0].lower() in _GIVEN)


def _name_word(word: str, rules: _LatinRules, after_given: bool = False) -> bool:
    """A word that can be part of a person's name (after a given name, German noun endings may be
    surnames: Bitterling, Schilling)."""
    low = word.lower()
    if word in rules.particles:
        return True
    if not _is_cap(word) or (word.isupper() and len(word) > 2):
        return False
    return low not in rules.stop and not _org_head(word, rules) and not _is_role(word, rules) and not (
        rules.lang == "de" and not after_given and low.endswith(_DE_NOUN_ENDINGS) and low not in _GIVEN)


def _loc_head(words: list[str], rules: _LatinRules) -> bool:
    last = words[-1].lower()
    if rules.lang == "en":
        return last in _EN_LOC_HEADS or (len(words) >= 2 and words[0].lower() in _EN_LOC_FIRST)
    last = last[:-2] if last.endswith("es") and last[:-2].endswith(_DE_STREET_SUFFIXES) else last
    return (last.endswith(_DE_STREET_SUFFIXES) and len(last) > 6) or (
        len(words) >= 2 and last in ("brücke", "wald", "see", "tor", "platz", "straße", "gebirge"))


def _de_place_shape(word: str) -> bool:
    low = word.lower()
    return (len(low) >= 5 and low.endswith(_DE_PLACE_SUFFIXES) and not low.endswith(_DE_NOUN_ENDINGS)
            and low not in _DE_NOT_PLACES and low not in _DE.stop)


# ---------------------------------------------------------------------------------------------
# classification of one run


@dataclass(slots=True)
class _Context:
    prev2: str
    prev: str
    nxt: str
    initial: bool
    text_lower: frozenset[str] = field(default_factory=frozenset)


def _compound(word: str, rules: _LatinRules) -> tuple[list[tuple[str, str]], str | None]:
    """A hyphenated word whose second part is a role or a generic tail: (entities of its first part,
    what is left of the word: "role", "" for nothing, None when the word is no such compound)."""
    if "-" not in word or _known(word) is not None:
        return [], None
    head, tail = word.split("-", 1)
    tail_low = tail.lower()
    if len(head) < 2:
        return [], None
    if "-" not in tail and all(_known(p) == "LOC" or _country_shaped(p) for p in (head, tail)):
        return [(head, "LOC"), (tail, "LOC")], ""  # "US-China", "Estavia-Marenia": two places
    if rules.lang == "en":
        if tail.islower() and (_known(head) is not None or _is_acronym(head)):
            return [(head, _known(head) or "ORG")], ""
        return [], None
    role = _is_role(tail, rules) and not _org_head(tail, rules)
    if not role and tail_low not in _DE_COMPOUND_TAILS:
        return [], None
    kind = _known(head)
    if kind is None and (_is_acronym(head) or (head[:1].isupper() and head[1:].islower() is False and len(head) <= 6)):
        kind = "ORG"
    low = head.lower()
    if kind is None and _is_cap(head) and not low.endswith(_DE_NOUN_ENDINGS) and low not in rules.stop:
        kind = "ORG" if not _place_adjective(head) else None
    if kind is None:
        return [], "role" if role else ""
    return [(head, kind)], "role" if role else ""


def _org_spans(words: list[str], rules: _LatinRules) -> list[tuple[int, int, int]]:
    """[s, e) spans of organisation names around head words, and where an apposition starts inside
    the span (e when there is none): "der Geheimdienst NIS", "des Instituts Forsa" name NIS and Forsa."""
    spans: list[tuple[int, int, int]] = []
    for h, word in enumerate(words):
        if not word or (spans and h < spans[-1][1]):
            continue
        if _acronym_with_name(words, h, rules):  # "THW Kiel", "NHS Highland", "TÜV Rheinland"
            spans.append((h, h + 2, h + 2))
            continue
        if not _org_head(word, rules):
            continue
        s = _org_left(words, h, rules)
        e, apposition = _org_right(words, h, s, rules)
        if e - s == 1 and word.lower() in _GENERIC_HEADS and not (rules.lang == "de" and word == "Union"):
            continue
        spans.append((s, e, apposition))
    return spans


def _acronym_with_name(words: list[str], h: int, rules: _LatinRules) -> bool:
    if h + 1 >= len(words) or not _is_acronym(words[h]) or _known(words[h]) == "LOC" or not words[h + 1]:
        return False
    if h + 2 < len(words) and words[h + 2] and _is_cap(words[h + 2]):
        return False  # "NATO Secretary General ...": more than one word follows
    w = words[h + 1]
    low = w.lower()
    if not _is_cap(w) or w.isupper() or _is_role(w, rules) or _given(w) or low in rules.stop or _org_head(w, rules):
        return False
    return _known(w) == "LOC" or not (rules.lang == "de" and low.endswith(_DE_NOUN_ENDINGS))


def _org_left(words: list[str], h: int, rules: _LatinRules) -> int:
    """Start of the organisation whose head is at h: adjectives and names before it."""
    s = h
    while s > 0:
        w = words[s - 1]
        low = w.lower()
        if not w:
            break
        if low in rules.join_connectors and s >= 2 and _is_cap(words[s - 2]):
            s -= 1
            continue
        if _given(w) and s < h:  # "Alfred Wegener Institute", "Robert Koch-Institut"
            return s - 1
        if (not _is_cap(w) or low in rules.stop or low in rules.right_connectors or _given(w)
                or (rules.lang == "de" and (low in _DE_ROLE_ONLY or (_is_role(w, rules) and low not in rules.roles)))
                or (rules.lang == "en" and _is_role(w, rules) and low not in ("state", "first", "general"))):
            break
        s -= 1
    return s


def _org_right(words: list[str], h: int, s: int, rules: _LatinRules) -> tuple[int, int]:
    """End of the organisation whose head is at h ("of X", "für X", a place, a club's name), and
    where an apposition after a bare German head starts (the end when there is none)."""
    n = len(words)
    e = h + 1
    apposition = -1
    club = words[h].lower() in _CLUB_WORDS
    head_low = _singular_org(words[h], rules).lower()
    tail = False  # inside "of X", "für X": "and"/"und" may go on ("für Wirtschaft und Klimaschutz")
    while e < n and words[e]:
        w = words[e]
        low = w.lower()
        if low in rules.right_connectors or (low in rules.join_connectors and tail) or (low == "the" and e > h + 1):
            tail = True
            if e + 1 < n and _is_cap(words[e + 1]) and apposition < 0:
                e += 2
                continue
            break
        if not _is_cap(w) or _is_role(w, rules) or low in rules.stop:
            break
        if rules.lang == "en" or club or _known(w) == "LOC" or w in ("I", "II", "III") or tail or _org_head(w, rules):
            e += 1
            continue
        if rules.lang == "de" and e == h + 1 and head_low not in _GENERIC_HEADS and not _given(w) and not (
                low.endswith(_DE_NOUN_ENDINGS) or head_low.endswith(_DE_APPOSITIVE_HEADS)):
            e += 1  # "Arbeitgeberverband Luftverkehr", "Mieterverein Berlin"
            continue
        if rules.lang == "de" and s == h and e == h + 1 and not _given(w) and len(w) > 2 and (
                head_low.endswith(_DE_APPOSITIVE_HEADS) or _is_acronym(w) or _known(w) == "ORG") and (
                _is_acronym(w) or _known(w) == "ORG" or not low.endswith(_DE_NOUN_ENDINGS)):
            apposition = e  # "des Instituts Forsa": the name follows the common noun
            e += 1
            continue
        break
    return e, apposition if apposition >= 0 else e


def _person_at(words: list[str], start: int, rules: _LatinRules) -> int:
    """End of a person's name that starts at ``start`` (the name words after it, at most four)."""
    e = start + 1
    while e < len(words) and e - start < 4 and _name_word(words[e], rules, after_given=True):
        e += 1
    while e > start + 1 and words[e - 1] in rules.particles:
        e -= 1
    return e


def _classify(words: list[str], ctx: _Context, rules: _LatinRules) -> list[tuple[str, str]]:
    """(name, kind) of one run; kind "?" for a single word with no cue."""
    out: list[tuple[str, str]] = []
    # 1. hyphenated compounds
    cleaned: list[str] = []
    role_marks: set[int] = set()
    for w in words:
        found, rest = _compound(w, rules)
        out.extend(found)
        if rest is None:
            cleaned.append(w)
        elif rest == "role":
            role_marks.add(len(cleaned))
            cleaned.append(w)
        else:
            cleaned.append("")  # a gap: the word is used up
    words = cleaned
    # 2. organisations
    taken = [False] * len(words)
    for s, e, appo in _org_spans(words, rules):
        if appo < e:
            out.append((words[appo], _known(words[appo]) or "ORG"))
            for k in range(s, e):
                taken[k] = True
            continue
        name_words = _strip_org_edges(words[s:e], rules)
        if name_words:
            name = " ".join(name_words)
            if len(name_words) == 1:
                name = _singular_org(name, rules)
            out.append((name, _known(name) or "ORG"))
        for k in range(s, e):
            taken[k] = True
    # 3.-4. the rest, segment by segment
    seg: list[int] = []
    for k in range(len(words) + 1):
        if k < len(words) and words[k] and not taken[k]:
            seg.append(k)
            continue
        if seg:
            first, last = seg[0], seg[-1]
            sub_ctx = _Context(ctx.prev2 if first == 0 else "", ctx.prev if first == 0 else words[first - 1].lower(),
                               ctx.nxt if last == len(words) - 1 else "", ctx.initial and first == 0, ctx.text_lower)
            out.extend(_classify_segment([words[x] for x in seg], {x - first for x in role_marks if x in seg},
                                         sub_ctx, rules))
            seg = []
    return out


def _strip_org_edges(words: list[str], rules: _LatinRules) -> list[str]:
    start = 0
    while start < len(words) - 1 and (words[start].lower() in rules.stop or words[start].lower() == "the"):
        start += 1
    return words[start:]


def _classify_segment(words: list[str], role_marks: set[int], ctx: _Context,
                      rules: _LatinRules) -> list[tuple[str, str]]:
    n = len(words)
    # a given name starts a person's name; what stands before it is a title or a role
    for g in range(n):
        if _given(words[g]) and g + 1 < n and _name_word(words[g + 1], rules, after_given=True) and not (
                g + 2 <= n and _known(" ".join(words[g : g + 2])) is not None):
            e = _person_at(words, g, rules)
            head = _head(words[:g], role_marks, ctx, rules)
            after = _classify_segment(words[e:], {k - e for k in role_marks if k >= e},
                                      _Context("", words[e - 1].lower(), ctx.nxt, False, ctx.text_lower),
                                      rules) if e < n else []
            return [*head, (" ".join(words[g:e]), "PER"), *after]
    roles = [k for k, w in enumerate(words) if k in role_marks or _is_role(w, rules)]
    if roles and roles[-1] + 1 < n:
        k = roles[-1]
        tail = words[k + 1 :]
        name_end = 0
        while name_end < len(tail) and name_end < 4 and _name_word(tail[name_end], rules, after_given=name_end > 0):
            name_end += 1
        if not _is_cap(tail[0]) or (_place_adjective(words[k]) and k not in role_marks):
            name_end = 0  # "Sprecher der ...", "den Kölner Ring": no name follows
        head = _head(words[:k], role_marks, ctx, rules)
        if rules.lang == "de" and tail[0].lower() in _DE_PLACE_NOUNS:
            return [*head, *_plain(tail, _Context("", words[k].lower(), ctx.nxt, False, ctx.text_lower), rules)]
        if name_end:
            known = _known(" ".join(tail[:name_end]))
            person = [(" ".join(tail[:name_end]), known or "PER")]
            rest = _plain(tail[name_end:], _Context("", tail[name_end - 1].lower(), ctx.nxt, False, ctx.text_lower),
                          rules) if name_end < len(tail) else []
            return [*head, *person, *rest]
        return [*head, *_plain(tail, _Context("", words[k].lower(), ctx.nxt, False, ctx.text_lower), rules)]
    if roles:
        return _head(words[: roles[-1]], role_marks, ctx, rules)
    return _plain(words, ctx, rules)


def _head(words: list[str], role_marks: set[int], ctx: _Context, rules: _LatinRules) -> list[tuple[str, str]]:
    """What stands before a role or a name in one run: known places and organisations, acronyms; the
    rest is part of a title ("Public Safety Minister", "Bundestrainer")."""
    out: list[tuple[str, str]] = []
    k = 0
    while k < len(words):
        if k in role_marks or _is_role(words[k], rules):
            k += 1
            continue
        for size in range(min(4, len(words) - k), 0, -1):
            name = " ".join(words[k : k + size])
            kind = _known(name)
            if kind is not None:
                out.append((name, kind))
                k += size
                break
        else:
            if _is_acronym(words[k]):
                out.append((words[k], "ORG"))
            k += 1
    return out


def _plain(words: list[str], ctx: _Context, rules: _LatinRules) -> list[tuple[str, str]]:
    """A run with no role, given name or organisation head."""
    start, end = 0, len(words)
    if rules.lang == "en" and words[-1].lower() in _EN_MISC_HEADS and len(words) >= 2:
        return []  # a law or a treaty
    while start < end and (words[start].lower() in rules.stop or words[start].lower() in gazetteer.DEMONYMS
                           or words[start].lower() in _EN_GENERIC_PEOPLE or _place_adjective(words[start])
                           or (rules.lang == "de" and (words[start].lower() in _DE_PLACE_NOUNS
                                                       or words[start].lower() in _DE_LEADING_ADJECTIVES))):
        start += 1
    while end > start and (words[end - 1].lower() in rules.stop or words[end - 1] in rules.particles):
        end -= 1
    if start:
        ctx = _Context("", words[start - 1].lower(), ctx.nxt, False, ctx.text_lower)
    run = words[start:end]
    if not run:
        return []
    whole = _known(" ".join(run))
    if whole is not None:
        if start and whole == "ORG" and _known(" ".join(words[start - 1 : end])) == "ORG":
            return [(" ".join(words[start - 1 : end]), "ORG")]  # American Red Cross
        return [(" ".join(run), whole)]
    if _demonym_plural(run):
        return []
    if len(run) >= 2 and any(w.lower() in rules.right_connectors | rules.join_connectors for w in run):
        return _split_connectors(run, ctx, rules)
    if _loc_head(run, rules) and (len(run) >= 2 or rules.lang == "de"):
        return [(" ".join(run), "LOC")]
    said_before = ctx.prev in rules.say or (ctx.prev2, ctx.prev) == ("according", "to")
    place_cue = ctx.prev in rules.place_preps or ctx.prev in _DE_PLACE_NOUNS or ctx.nxt in (
        "county", "counties", "province", "provinces") or (
        rules.lang == "en" and ctx.prev == "of" and (ctx.prev2 in _EN_PLACE_NOUNS or ctx.prev2 in _EN_GENERIC_PEOPLE))
    out: list[tuple[str, str]] = []
    parts = _split_known(run) if rules.lang == "de" or len(run) != 2 or _known(run[0]) != "LOC" else [(run, None)]
    for n, (part, known) in enumerate(parts):
        person_cue = (said_before and n == 0) or (ctx.nxt in rules.say and n == len(parts) - 1)
        kind = known or _part_kind(part, person_cue, place_cue and n == 0, ctx, rules)
        if kind:
            out.append((" ".join(part), kind))
    return out


def _part_kind(part: list[str], person_cue: bool, place_cue: bool, ctx: _Context, rules: _LatinRules) -> str:
    """Kind of a part of a plain run that the gazetteer does not know; "" for none."""
    single = len(part) == 1
    if rules.lang == "de" and ctx.prev in _DE_PLACE_NOUNS and place_cue and len(part) <= 2:
        return "LOC"  # "Stadtteil Innstadt", "Landkreis Kelheim"
    if single and _is_acronym(part[0]):
        return "ORG"
    if len(part) > 4 or not all(_name_word(w, rules) or len(w) <= 2 for w in part):
        if rules.lang == "de" and single and place_cue and _de_place_shape(part[0]):
            return "LOC"
        return "?" if single and _is_cap(part[0]) and part[0].lower() not in rules.stop else ""
    if single and part[0].lower() in _AMBIGUOUS_PLACES:
        return "LOC" if place_cue else "?"
    if rules.lang == "de" and single and place_cue and (_de_place_shape(part[0]) or (
            "-" in part[0] and all(p[:1].isupper() for p in part[0].split("-")))):
        return "LOC"  # "aus Zeltingen-Rachtig sagte": the preposition wins over the verb
    if single and ctx.initial and person_cue and re.search(r"(?:er|ist|ant|or|ent)s$", part[0]):
        return ""  # "Insurers warned", "Analysts said": people in general
    if person_cue and not (single and (part[0].lower() in ctx.text_lower or _country_shaped(part[0]))):
        return "PER1" if single else "PER"
    if place_cue and len(part) <= 3 and (rules.lang == "en" or _de_place_shape(part[-1])
                                         or ctx.prev in _DE_PLACE_NOUNS):
        return "LOC"
    if not single:
        if rules.lang == "en" and len(part) == 2 and _known(part[0]) == "LOC" and not _given(part[1]):
            return "ORG"  # "Thames Water", "Boston Scientific": a place and a word with no cue
        return "PER" if rules.bare_runs_are_people else "PER?"
    return "?"


def _demonym_plural(words: list[str]) -> bool:
    """Nova Scotians, Texans, New Yorkers, Berliners: people of a known place."""
    last = words[-1]
    if not last.endswith("s") or len(last) < 5:
        return False
    stems = (last[:-1], last[:-2], last[:-3], last[:-3] + "s", last[:-4] + "a", last[:-3] + "a")
    head = " ".join(words[:-1])
    return any(_known(f"{head} {s}".strip()) == "LOC" for s in stems if s) or last[:-1].lower() in gazetteer.DEMONYMS


def _split_connectors(words: list[str], ctx: _Context, rules: _LatinRules) -> list[tuple[str, str]]:
    """A run joined by "and"/"of" that is not one organisation: "Sea of Okhotsk" stays one place,
    "Austin and San Marcos" is two."""
    k = next(i for i, w in enumerate(words) if w.lower() in rules.right_connectors | rules.join_connectors)
    left, right = words[:k], words[k + 1 :]
    if words[k].lower() in rules.right_connectors and rules.lang == "en" and left and (
            left[-1].lower() in _EN_LOC_HEADS or left[-1].lower() in _EN_LOC_FIRST):
        return [(" ".join(words), "LOC")]  # Sea of Okhotsk, Isle of Mull
    if right and right[0].lower() == "the":
        right = right[1:]
    out = _plain(left, ctx, rules) if left else []
    out += _plain(right, _Context("", words[k].lower(), ctx.nxt, False, ctx.text_lower), rules) if right else []
    if words[k].lower() in rules.join_connectors and len(out) == 2:
        # "Austin and San Marcos": two names in a list, one known, are of one kind
        kinds = {kind for _, kind in out if kind in ("LOC", "ORG")}
        if len(kinds) == 1:
            kind = kinds.pop()
            out = [(n, kind if k_ in ("?", "PER?") else k_) for n, k_ in out]
    return out


def _split_known(words: list[str]) -> list[tuple[list[str], str | None]]:
    """Split a run at gazetteer names, longest first: (words, kind of the known name or None)."""
    parts: list[tuple[list[str], str | None]] = []
    rest: list[str] = []
    i = 0
    while i < len(words):
        for k in range(min(4, len(words) - i), 0, -1):
            known = _known(" ".join(words[i : i + k]))
            if known is not None:
                if rest:
                    parts.append((rest, None))
                    rest = []
                parts.append((words[i : i + k], known))
                i += k
                break
        else:
            rest.append(words[i])
            i += 1
    if rest:
        parts.append((rest, None))
    return parts


# ---------------------------------------------------------------------------------------------
# datelines and the article


def _dateline(text: str) -> tuple[list[tuple[str, str]], str]:
    """Names of a dateline at the start of the body ("HALIFAX, Nova Scotia (AP) —", "Passau –"), and
    the text with the dateline blanked out. The body is the first or second line (after a title)."""
    lines = text.split("\n")
    for idx in range(min(3, len(lines))):
        line = lines[idx]
        m = _DATELINE.match(line.lstrip())
        if m is None:
            continue
        place = m.group("place") or m.group("caps")
        region = m.group("region") or m.group("capsregion")
        agency = m.group("agency") or m.group("capsagency")
        if place.isupper():
            place = " ".join(w.capitalize() if len(w) > 2 else w for w in place.split())
        words = place.split()
        if len(words) > 3 or any(w.lower() in _EN.stop | _DE.stop for w in words):
            continue
        out = [(place, "LOC")]
        if region:
            out.append((region, _known(region) or "LOC"))
        if agency:
            for piece in re.split(r"[/,;]", agency):
                name = piece.strip()
                if name and len(name.split()) <= 3 and not name[:1].isdigit():
                    out.append((name, _known(name) or "ORG"))
        offset = sum(len(x) + 1 for x in lines[:idx]) + (len(line) - len(line.lstrip()))
        blank = " " * m.end()
        return out, text[:offset] + blank + text[offset + m.end():]
    return [], text


def _extract_latin(text: str, lang: str) -> list[Mention]:
    rules = _DE if lang == "de" else _EN
    dated, text = _dateline(text)
    toks = _latin_tokens(text)
    lower_words = frozenset(t.text for t in toks if t.text.islower())
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    first: dict[str, int] = {}
    for name, kind in dated:
        kinds[name][kind] += 1
        first.setdefault(name, -1)
    runs: list[tuple[int, int, list[tuple[str, str]]]] = []
    for i, j in _runs(toks, rules):
        words = [t.text for t in toks[i:j]]
        words[-1] = _bare(words[-1], lang)
        initial = toks[i].sentence_start
        prev = "" if initial or i == 0 else toks[i - 1].text.lower()
        prev2 = toks[i - 2].text.lower() if i >= 2 and not initial else ""
        nxt = toks[j].text.lower() if j < len(toks) else ""
        found = _classify(words, _Context(prev2, prev, nxt, initial, lower_words), rules)
        if initial and len(found) == 1 and found[0][0] == words[0] and words[0].lower() in lower_words:
            found = []  # a sentence's first word that the text also writes in lower case
        runs.append((i, j, found))
    _propagate_lists(toks, runs)
    by_cue: dict[str, list[str]] = defaultdict(list)  # "?", "PER?", "PER1": names whose kind waits
    for i, _j, found in runs:
        for name, kind in found:
            first.setdefault(name, toks[i].start)
            if kind in ("?", "PER?", "PER1"):
                by_cue[kind].append(name)
            else:
                kinds[name][kind] += 1
    surnames = _settle(kinds, by_cue, lower_words)
    found_names = sorted(kinds, key=lambda n: (-sum(kinds[n].values()), first[n]))
    # a known person's surname is that person, whatever the cue of one occurrence said
    return [Mention(n, "PER" if n in surnames and _known(n) is None else kinds[n].most_common(1)[0][0],
                    sum(kinds[n].values()), None)
            for n in found_names]


def _settle(kinds: dict[str, Counter[str]], by_cue: dict[str, list[str]], lower_words: frozenset[str]) -> set[str]:
    """Kinds of the names that waited for the whole article: single words with no cue ("?"), German
    pairs with no cue ("PER?"), single words next to a speech verb ("PER1"). The surnames of the
    people found."""
    singles, weak, said = by_cue["?"], by_cue["PER?"], by_cue["PER1"]
    surnames = {n.split()[-1] for n, c in kinds.items() if " " in n and c.most_common(1)[0][0] == "PER"}
    single_set = set(singles)
    for name, times in Counter(singles).items():  # a country-shaped word named twice: Norvania, Estavien
        if times >= 2 and name not in kinds and _country_shaped(name) and name.lower() not in lower_words:
            kinds[name]["LOC"] += 0  # its occurrences are counted with the singles below
    for name in weak:  # two German words with no cue: a person when the last one recurs alone
        if name.split()[-1] in single_set | surnames:
            kinds[name]["PER"] += 1
            surnames.add(name.split()[-1])
    for name in said:  # news names a person in full first: a lone word that "said" is a person's surname,
        # or else an organisation (Ofwat said, Telstra said)
        kinds[name]["PER" if name in surnames else "ORG"] += 1
    for name in singles:
        if name in kinds:
            kinds[name][kinds[name].most_common(1)[0][0]] += 1
        elif name in surnames:
            kinds[name]["PER"] += 1
    return surnames


def _propagate_lists(toks: list[_Tok], runs: list[tuple[int, int, list[tuple[str, str]]]]) -> None:
    """A single word in a list with places is a place: "in Köln, Dortmund, Essen und Bielefeld"."""
    for idx, (i, j, found) in enumerate(runs):
        if len(found) != 1 or found[0][1] not in ("?", "PER?") or " " in found[0][0]:
            continue
        before = idx > 0 and runs[idx - 1][1] == i - 1 and toks[i - 1].text.lower() in _LIST_JOINERS and bool(
            runs[idx - 1][2]) and runs[idx - 1][2][-1][1] == "LOC"
        after = idx + 1 < len(runs) and runs[idx + 1][0] == j + 1 and toks[j].text.lower() in _LIST_JOINERS and bool(
            runs[idx + 1][2]) and runs[idx + 1][2][0][1] == "LOC"
        if before or after:
            runs[idx] = (i, j, [(found[0][0], "LOC")])
