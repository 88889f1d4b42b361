"""What entity extraction produces and how names are keyed: `Mention` (one name in one article) and
`Entity` (the linked forms of one name across a story), their JSON form, name normalisation (NFKC,
Simplified Chinese, no accents, lower case) and the gazetteer lookup behind cross-article keys.

Shared by the per-article extractors (``entities_zh``, ``entities_latin``) and the linking in
``linking``; ``entities`` is the public face of all of them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from storyline.analyze import gazetteer, gazetteer_world

KINDS = ("PER", "LOC", "ORG")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True, slots=True)
class Mention:
    name: str  # as written (original script)
    kind: str  # "PER" | "LOC" | "ORG"
    count: int  # occurrences in the article
    latin: str | None = None  # a Latin-script form given in brackets right after it


@dataclass(slots=True)
class Entity:
    key: str  # f"{kind}:{normalised canonical name}"
    name: str  # display form (the fullest common form)
    kind: str
    forms: list[str]
    count: int
    article_ids: list[int]


def mention_to_dict(m: Mention) -> dict[str, Any]:
    d: dict[str, Any] = {"name": m.name, "kind": m.kind, "count": m.count}
    if m.latin:
        d["latin"] = m.latin
    return d


def mention_from_dict(d: Mapping[str, Any]) -> Mention:
    return Mention(str(d["name"]), str(d["kind"]), int(d.get("count", 1)), d.get("latin") or None)


# ---------------------------------------------------------------------------------------------
# normalisation and keys

_DOTS = str.maketrans(dict.fromkeys("•・‧∙⋅･․", "·"))
_NAME_DOTS = "·"
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_HAN_DOT_GAP = re.compile(r"(?<=[\u3400-\u9fff])[\s·]+(?=[\u3400-\u9fff])")


@lru_cache(maxsize=1)
def _opencc() -> Any:
    import opencc  # noqa: PLC0415 - loaded with the first Chinese text

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return str(_opencc().convert(text)) if _HAN.search(text) else text


@lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """NFKC, one middle dot, Simplified Chinese, lower-case Latin without accents, single spaces;
    dots and spaces between Han characters go (格奥尔基·季诺维也夫 = 格奥尔基季诺维也夫)."""
    s = unicodedata.normalize("NFKC", name).translate(_DOTS)
    s = to_simplified(s)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'")
    s = _HAN_DOT_GAP.sub("", s)
    return " ".join(s.split()).strip(" .,'\"")


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, tuple[str, str]]:
    """normalised name -> (kind, canonical English name)."""
    table: dict[str, tuple[str, str]] = {}
    for kind, rows in (("ORG", gazetteer.ORGANISATION_ROWS), ("LOC", gazetteer.PLACE_ROWS),
                       ("ORG", gazetteer._table(gazetteer_world.ORGANISATIONS)),
                       ("LOC", gazetteer._table(gazetteer_world.PLACES))):
        for row in rows:
            for n in row:
                table.setdefault(normalise_name(n), (kind, row[0]))
    return table


def gazetteer_lookup(name: str) -> tuple[str, str] | None:
    """(kind, canonical name) of a known place or organisation."""
    return _gazetteer().get(normalise_name(name))


def entity_key(name: str, kind: str) -> str:
    """Stable cross-article key; names of one gazetteer entry share it (俄罗斯, Russland -> LOC:russia)."""
    known = gazetteer_lookup(name)
    if known is not None and known[0] == kind:
        return f"{kind}:{normalise_name(known[1])}"
    return f"{kind}:{normalise_name(name)}"


