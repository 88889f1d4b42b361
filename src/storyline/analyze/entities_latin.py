"""English and German names by rule: runs of capitalised words with cues.

A measured choice: in the package index we have (about 886k PyPI names) no legitimate, light NER
model ships its weights inside a PyPI package. spaCy's official pipelines are published outside PyPI
(the ``en-core-web-sm-*`` uploads there are re-uploads by third parties), and flair, stanza, GLiNER and
NLTK's chunker all download weights from a model hub or a data server at run time, which this
deployment cannot reach. The heuristic looks for runs of capitalised words with cues: roles and
honorifics (President X, Mr X, Sprecher X), speech verbs, organisation words and suffixes (Ministry,
Agency, -ministerium, GmbH, NATO-style acronyms), place prepositions (English only) and the gazetteer
in ``gazetteer.py``; German, which capitalises every noun, needs a cue and prefers precision. Other
Latin-script languages use the English rules.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from storyline.analyze import gazetteer

from .mentions import Mention, _words, gazetteer_lookup


@dataclass(frozen=True, slots=True)
class _LatinRules:
    stop: frozenset[str]  # never (part of) a name; lower case
    roles: frozenset[str]  # words before a person's name; lower case
    role_suffixes: tuple[str, ...]  # German compounds: Kremlsprecher, Außenminister
    org_words: frozenset[str]
    org_suffixes: tuple[str, ...]
    place_preps: frozenset[str]
    say: frozenset[str]
    particles: frozenset[str]  # von, van, al ... inside a person's name
    connectors: frozenset[str]  # of, for, der ... inside an organisation's name
    bare_runs_are_people: bool  # English: "Georgy Zinoviev" without a cue; German needs non-nouns


_EN = _LatinRules(
    stop=_words(f"{gazetteer.MONTHS_DAYS} {gazetteer.EN_STOP}"), roles=_words(gazetteer.EN_ROLES), role_suffixes=(),
    org_words=_words(gazetteer.EN_ORG_WORDS), org_suffixes=(),
    place_preps=_words("in from near across into outside inside throughout toward towards"),
    say=_words("said says told added wrote asked stated declared warned tweeted"),
    particles=_words("von van der den de da di du la le al bin ibn ter dos del"),
    connectors=_words("of for the and on"), bare_runs_are_people=True)
_DE = _LatinRules(
    stop=_words(f"{gazetteer.MONTHS_DAYS} {gazetteer.DE_STOP}"), roles=_words(gazetteer.DE_ROLES),
    role_suffixes=tuple(gazetteer.DE_ROLE_SUFFIXES.split()), org_words=_words("ag gmbh se kg ev e.v. partei rat"),
    org_suffixes=tuple(gazetteer.DE_ORG_SUFFIXES.split()), place_preps=frozenset(),
    say=_words("sagte sagt erklärte betonte teilte warnte schrieb"),
    particles=_words("von van der den de da di du la le al bin ibn ter zu"),
    connectors=_words("für der des und"), bare_runs_are_people=False)
_ACRONYM_STOP = _words(gazetteer.ACRONYM_STOP)
_ABBREVIATIONS = _words(gazetteer.ABBREVIATIONS)
_LATIN_TOKEN = re.compile(r"[^\W\d_](?:[\w'’.\-]*[^\W_])?|\d[\w.,]*|[^\w\s]")
_WORDY = re.compile(r"^[^\W\d_][\w'’.\-]*$")


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
        elif word not in "\"“”‘'„«»(":
            new_sentence = False
    return toks


def _is_cap(word: str) -> bool:
    if word[:3].lower() in ("al-", "el-") and len(word) > 3:
        return word[3].isupper()
    return word[:1].isupper() and bool(_WORDY.match(word))


def _bare(word: str) -> str:
    """Russia's -> Russia; Nordkoreas -> Nordkorea when that is a known place."""
    for tail in ("'s", "’s"):
        if word.endswith(tail):
            return word[: -len(tail)]
    if word.endswith("s") and len(word) > 4 and gazetteer_lookup(word[:-1]) and not gazetteer_lookup(word):
        return word[:-1]
    return word


def _runs(toks: list[_Tok], rules: _LatinRules) -> Iterator[tuple[int, int]]:
    """[i, j) ranges of capitalised runs, with name particles and organisation connectors inside."""
    i, n = 0, len(toks)
    while i < n:
        if not _is_cap(toks[i].text):
            i += 1
            continue
        j = i + 1
        while j < n and not toks[j].sentence_start:
            word = toks[j].text
            if _bare(toks[j - 1].text) != toks[j - 1].text:
                break  # a possessive ends a name
            if _is_cap(word):
                j += 1
                continue
            nxt = toks[j + 1].text if j + 1 < n else ""
            has_org = any(t.text.lower() in rules.org_words for t in toks[i:j])
            if nxt and _is_cap(nxt) and (word in rules.particles or (word in rules.connectors and has_org)):
                j += 2
                continue
            break
        yield i, j
        i = j


def _is_role(word: str, rules: _LatinRules) -> bool:
    w = word.lower().rstrip(".")
    return w in rules.roles or (bool(rules.role_suffixes) and w.endswith(rules.role_suffixes))


def _name_shaped(words: list[str], rules: _LatinRules) -> bool:
    return all((_is_cap(w) and not w.isupper()) or len(w) <= 2 or w in rules.particles for w in words) and not any(
        w.lower() in rules.stop or w.lower() in rules.org_words for w in words)


def _org_like(words: list[str], rules: _LatinRules) -> bool:
    low = [w.lower() for w in words]
    if any(w in rules.org_words for w in low) or (rules.org_suffixes and low[-1].endswith(rules.org_suffixes)):
        return True
    w = words[0].replace(".", "")
    return len(words) == 1 and w.isupper() and w.isalpha() and 2 <= len(w) <= 6 and w not in _ACRONYM_STOP


def _strip_edges(words: list[str], rules: _LatinRules) -> tuple[list[str], bool]:
    """Drop function words, months and demonyms at the edges; True when something went at the front."""
    start, end = 0, len(words)
    while start < end:
        w = words[start].lower()
        two = f"{w}-{words[start + 1].lower()}" if start + 1 < end else ""
        if two in gazetteer.DEMONYMS:
            start += 2
        elif w in rules.stop or w in gazetteer.DEMONYMS or _is_role(w, rules):
            start += 1
        else:
            break
    while end > start and (words[end - 1].lower() in rules.stop or words[end - 1] in rules.particles):
        end -= 1
    return words[start:end], start > 0


def _split_known(words: list[str]) -> list[tuple[list[str], str | None]]:
    """Split a run at gazetteer names, longest first: (words, kind of the known name or None)."""
    parts: list[tuple[list[str], str | None]] = []
    rest: list[str] = []
    i = 0
    while i < len(words):
        for k in range(min(4, len(words) - i), 0, -1):
            known = gazetteer_lookup(" ".join(words[i : i + k]))
            if known is not None:
                if rest:
                    parts.append((rest, None))
                    rest = []
                parts.append((words[i : i + k], known[0]))
                i += k
                break
        else:
            rest.append(words[i])
            i += 1
    if rest:
        parts.append((rest, None))
    return parts


def _german_name_words(words: list[str], rules: _LatinRules) -> bool:
    nouns = ("ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "ment", "nis", "tum", "ling", "chen", "ium")
    return not any(w.lower().endswith(nouns) or w.lower() in rules.stop for w in words)


def _classify_plain(words: list[str], cues: tuple[bool, bool, bool], rules: _LatinRules) -> list[tuple[str, str]]:
    """(name, kind) of a run without role words; kind "?" for a single word with no cue."""
    person_cue, place_cue, initial = cues
    words, cut = _strip_edges(words, rules)
    if not words:
        return []
    if len(words) >= 2 and _org_like(words, rules) and not gazetteer_lookup(" ".join(words)):
        return [(" ".join(words), "ORG")]
    out: list[tuple[str, str]] = []
    for n, (part, known) in enumerate(_split_known(words)):
        name = " ".join(part)
        if known is not None:
            out.append((name, known))
        elif _org_like(part, rules):
            out.append((name, "ORG"))
        elif not _name_shaped(part, rules) or len(part) > 4:
            continue
        elif person_cue:
            out.append((name, "PER"))
        elif place_cue and n == 0 and len(part) <= 3:
            out.append((name, "LOC"))
        elif len(part) >= 2 and (rules.bare_runs_are_people or _german_name_words(part, rules)):
            out.append((name, "PER"))
        elif len(part) == 1 and not (initial and not cut and n == 0 and part[0].lower() in rules.stop):
            out.append((name, "?"))
    return out


def _classify(words: list[str], context: tuple[str, str, str, bool], rules: _LatinRules) -> list[tuple[str, str]]:
    prev2, prev, nxt, initial = context
    roles = [k for k, w in enumerate(words) if _is_role(w, rules)]
    if roles and roles[-1] + 1 < len(words) and not _org_like(words[roles[-1] + 1 :], rules):
        k = roles[-1]
        head = [w for w in words[:k] if not _is_role(w, rules)]
        tail = words[k + 1 :]
        out = _classify_plain(head, (False, False, initial), rules) if head else []
        return out + _classify_plain(tail, (True, False, False), rules)
    person_cue = _is_role(prev, rules) or prev in rules.say or nxt in rules.say or (prev2, prev) == ("according", "to")
    return _classify_plain(words, (person_cue, prev in rules.place_preps, initial), rules)


def _extract_latin(text: str, lang: str) -> list[Mention]:
    rules = _DE if lang == "de" else _EN
    toks = _latin_tokens(text)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    singles: list[str] = []
    first: dict[str, int] = {}
    for i, j in _runs(toks, rules):
        words = [t.text for t in toks[i:j]]
        words[-1] = _bare(words[-1])
        initial = toks[i].sentence_start
        prev = "" if initial else toks[i - 1].text.lower()
        prev2 = toks[i - 2].text.lower() if i >= 2 and not initial else ""
        nxt = toks[j].text.lower() if j < len(toks) else ""
        for name, kind in _classify(words, (prev2, prev, nxt, initial), rules):
            first.setdefault(name, toks[i].start)
            if kind == "?":
                singles.append(name)
            else:
                kinds[name][kind] += 1
    surnames = {n.split()[-1] for n, c in kinds.items() if " " in n and c.most_common(1)[0][0] == "PER"}
    for name in singles:
        if name in kinds:
            kinds[name][kinds[name].most_common(1)[0][0]] += 1
        elif name in surnames:
            kinds[name]["PER"] += 1
    found = sorted(kinds, key=lambda n: (-sum(kinds[n].values()), first[n]))
    # a known person's surname is that person, whatever the cue of one occurrence said
    return [Mention(n, "PER" if n in surnames else kinds[n].most_common(1)[0][0], sum(kinds[n].values()), None)
            for n in found]


