"""Named entities (people, places, organisations) per article, and linking the forms of one entity.

Chinese goes through Baidu's LAC (``entities_zh``); English and German use a rule-based tagger
(``entities_latin``; why there is no model for them is told there). Other scripts give no entities.
``mentions`` holds the data types, name normalisation and keys; ``linking`` groups the forms of one
entity within a story (``link_entities``). This module is the public face of all of them.
"""

from __future__ import annotations

import re
from collections import Counter

from .entities_latin import _extract_latin
from .entities_zh import _extract_zh
from .linking import link_entities
from .mentions import (
    _HAN,
    KINDS,
    Entity,
    Mention,
    _words,
    entity_key,
    gazetteer_lookup,
    mention_from_dict,
    mention_to_dict,
    normalise_name,
    to_simplified,
)

__all__ = [
    "KINDS",
    "Entity",
    "Mention",
    "entity_key",
    "extract_entities",
    "gazetteer_lookup",
    "link_entities",
    "mention_from_dict",
    "mention_to_dict",
    "normalise_name",
    "to_simplified",
]


def _script_language(text: str, language: str | None) -> str:
    """"zh", "de", "en" (also for other Latin-script languages) or "" (no extractor)."""
    lang = (language or "").lower()
    if lang.startswith(("zh", "yue", "wuu")):
        return "zh"
    if lang.startswith("de"):
        return "de"
    if lang and not lang.startswith("en") and lang.split("-")[0] in _NON_LATIN_LANGUAGES:
        return ""
    if lang:
        return "en"
    sample = text[:4000]
    han = len(_HAN.findall(sample))
    latin = len(re.findall(r"[A-Za-z]", sample))
    if han and han >= latin / 4:
        return "zh"
    if latin < 20:
        return ""
    words = Counter(w.lower() for w in re.findall(r"[A-Za-zÄÖÜäöüß]+", sample))
    german = sum(words[w] for w in ("der", "die", "und", "nicht", "ist", "mit", "sich", "auf", "des"))
    english = sum(words[w] for w in ("the", "and", "of", "is", "with", "that", "was", "for", "on"))
    return "de" if german > english else "en"


_NON_LATIN_LANGUAGES = _words("ja ko ru uk be bg sr mk ar fa ur he el hi bn th ka hy km my lo")


def extract_entities(text: str, language: str | None, title: str | None = None) -> list[Mention]:
    """People, places and organisations named in one article (title included), most frequent first."""
    full = f"{title}\n{text}" if title else text
    lang = _script_language(full, language)
    if lang == "zh":
        return _extract_zh(full)
    if lang in ("en", "de"):
        return _extract_latin(full, lang)
    return []


