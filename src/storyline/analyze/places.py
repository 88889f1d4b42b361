"""Where an article says its event happened: gazetteer places in the title and the lead.

Two reports of the same kind of event in different cities ("flood in Hamburg", "flood in Dresden")
share nearly every word, and a similarity alone cannot tell them apart. What tells them apart is a
conflict: each names a place the other never mentions. :func:`article_places` finds the places
cheaply (no tagger): known gazetteer places (``gazetteer.py``, ``gazetteer_world.py``), looked up
as rjieba tokens in Chinese text (a token, not a substring: 增加纳税 holds no 加纳, Ghana) and as
runs of capitalised words in Latin text (case is the signal: "turkey" is no place). Keys are the
canonical English names, so 汉堡, Hamburg and Hamburg meet across languages.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

import rjieba

from . import gazetteer, gazetteer_world, textutil
from .mentions import gazetteer_lookup
from .place_levels import levels

_AMBIGUOUS = frozenset(n.casefold() for n in gazetteer_world.AMBIGUOUS_PLACES.split())
_CAPITALISED_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ -][A-ZÀ-ÖØ-Þ][\w'’.-]*)*")
_MAX_WORDS = 4


def place_key(name: str) -> str | None:
    """Canonical key of a gazetteer place (``"hamburg"``), or None."""
    known = gazetteer_lookup(name)
    if known is None or known[0] != "LOC":
        return None
    return known[1].casefold()


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """Folded first words of every Latin gazetteer name: a word outside it opens no place, and is
    not looked up (each lookup would fill the name-normalising cache with the stream's words)."""
    rows = [*gazetteer.PLACE_ROWS, *gazetteer._table(gazetteer_world.PLACES)]
    return frozenset(_fold(re.split(r"[ -]", name)[0]) for row in rows for name in row if not textutil.has_han(name))


def is_place_word(word: str) -> bool:
    """Whether one word, as written, is a gazetteer place ("Zhengzhou", "Hamburg")."""
    return _fold(word) in _first_words() and place_key(word) is not None


def latin_places(text: str) -> list[str]:
    """Places named in Latin text as written (case kept), in order of appearance, longest name first."""
    out: list[str] = []
    first_words = _first_words()
    for run in _CAPITALISED_RUN.finditer(unicodedata.normalize("NFKC", text)):
        words = [w.strip(".'’") for w in run.group(0).split(" ") if w.strip(".'’")]
        i = 0
        while i < len(words):
            if _fold(words[i].split("-")[0]) not in first_words:
                i += 1
                continue
            for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
                name = " ".join(words[i:i + n])
                if n == 1 and name.casefold() in _AMBIGUOUS:
                    continue
                key = place_key(name)
                if key is not None:
                    out.append(key)
                    i += n
                    break
            else:
                i += 1
    return out


def token_places(tokens: Iterable[str]) -> list[str]:
    """Places among Chinese tokens (already normalised to Simplified), in order. rjieba keeps some
    place + district compounds whole (上海浦东): a longer token unknown as a whole is looked up by
    its longest known opening of two characters or more."""
    out: list[str] = []
    for token in tokens:
        for end in range(len(token), 1, -1):
            key = place_key(token[:end])
            if key is not None:
                out.append(key)
                break
    return out


def main_and_all(title_places: Sequence[str], lead_places: Sequence[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(where the article places its event, every place of title and lead). The main places are
    the title's; a title without one falls back on the first place of the lead (a dateline)."""
    main = place_set(title_places) or place_set(lead_places[:1])
    return main, place_set([*title_places, *lead_places])


def place_set(keys: Iterable[str]) -> frozenset[str]:
    """One shared frozenset per distinct set of places: an index holds 100,000 articles' sets,
    most of them empty or one city, and each frozenset object costs 216 bytes."""
    return _interned(tuple(sorted(set(keys))))


@lru_cache(maxsize=8192)
def _interned(keys: tuple[str, ...]) -> frozenset[str]:
    return frozenset(keys)


def article_places(raw_title: str, raw_lead: str, title: str, lead: str) -> tuple[frozenset[str], frozenset[str]]:
    """(main places, all places) of an article: ``raw_*`` as written (Latin case is the signal),
    ``title`` and ``lead`` normalised for matching (Chinese in Simplified)."""
    in_title = latin_places(raw_title) + (zh_places(title) if textutil.has_han(title) else [])
    in_lead = latin_places(raw_lead) + (zh_places(lead) if textutil.has_han(lead) else [])
    return main_and_all(in_title, in_lead)


def places_clash(main_a: frozenset[str], all_a: frozenset[str], main_b: frozenset[str], all_b: frozenset[str]) -> bool:
    """Both articles place their event, at one scale (two cities, two provinces, two countries:
    :mod:`analyze.place_levels`), and neither's place occurs in the other's title or lead."""
    return (bool(main_a) and bool(main_b) and not (main_a & all_b) and not (main_b & all_a)
            and bool(levels(main_a) & levels(main_b)))


def zh_places(norm: str) -> list[str]:
    """Places in Chinese text normalised for matching (Simplified), by rjieba token."""
    return token_places(rjieba.cut(norm))
