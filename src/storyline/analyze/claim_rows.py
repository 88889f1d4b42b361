"""Which claims of a story share a row of the comparison table.

Claims about a counted thing ("troops", "deaths", "ships") share a row by unit, whatever their
subjects say: 士兵, "North Korean troops" and Soldaten are one row. Money, percentages, measures and
counts of times say what they measure in their subject (``measured``): within one unit such claims
share a row when their subjects name the same thing (the same words, one inside the other, the
same head noun, or a concept of the small lexicon below across languages: Schäden = damage = 损失).
Subjects that do not match still share a row when the two groups give the same value in different
languages (进步联盟 31.2% = Fortschrittsallianz 31,2 Prozent), unless one article gives both (an
article that reports damage and aid separates them). A claim whose subject is only its unit ("€2bn")
joins the row holding its value, or the only row of its unit, else a row of the unit alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from .figures import _CURRENCIES, _MEASURES, _words
from .measured import unit_subject
from .measured_latin import CHANGE_NOUNS
from .sentences import HAN, fold

# units whose claims are told apart by what they measure
MEASURED_UNITS = frozenset(
    set(_CURRENCIES.values()) | {"元", "percent", "times", "fahrenheit", "m3"}
    | (set(_MEASURES.values()) - {"weeks"})
)
_DET = _words("the a an its their his her this that these those der die das den dem des ein eine einen einem einer "
              "eines sein seine ihre")
_BRIDGE = _words("of for in on der des für von im am")
# what the same measured thing is called across languages (Simplified Chinese, lower case, stems)
_CONCEPTS = {
    "damage": "damage damages losses schaden schäden sachschaden 损失 损毁 经济损失",
    "aid": "aid relief hilfe hilfen soforthilfe soforthilfen nothilfe 援助 救助 救灾资金 补助",
    "fee": "fee transfer ablöse ablösesumme 转会费",
    "gdp": "gdp economy growth wirtschaft bip bruttoinlandsprodukt wirtschaftsleistung 生产总值 经济成长率 经济增长",
    "inflation": "inflation inflationsrate teuerung cpi 通胀 通胀率 消费价格 物价",
    "unemployment": "unemployment jobless arbeitslosenquote arbeitslosigkeit arbeitslosenrate 失业率",
    "exports": "exports export ausfuhren exporte 出口",
    "imports": "imports import einfuhren importe 进口",
    "revenue": "revenue revenues sales umsatz umsätze 营收 营业收入 销售额",
    "profit": "profit profits earnings gewinn 利润 净利润 盈利",
    "deficit": "deficit defizit 赤字",
    "budget": "budget haushalt etat 预算",
    "investment": "investment investments investitionen 投资",
    "depth": "depth tiefe 深度 震源深度",
    "rainfall": "rainfall rain precipitation niederschlag regen 降雨量 雨量 降水量",
    "water level": "level pegel wasserstand 水位",
    "pay": "pay wage wages salary salaries lohn löhne gehalt gehälter 加薪 工资 薪资",
    "price": "price prices preis preise 价格 售价 票价",
    "shares": "shares share stock aktie aktien 股价",
    "emissions": "emissions emission emissionen treibhausgase 排放 排放量",
    "width": "width breite breach 宽 溃口",
}
_CONCEPT: dict[str, str] = {w: key for key, words in _CONCEPTS.items() for w in words.split()}
_LATIN = re.compile(r"[^\W\d_][\w'-]*")


def subject_key(subject: str, unit: str) -> str | None:
    """What a claim measures, normalised, when its unit is told apart by it; None when the subject
    only repeats the unit or the unit counts a thing."""
    if unit not in MEASURED_UNITS:
        return None
    cjk = bool(HAN.search(subject))
    if unit_subject(subject, cjk):
        return None
    text = fold(unicodedata.normalize("NFKC", subject), True).casefold().strip()
    if cjk:
        hits = [key for word, key in _CONCEPT.items() if HAN.match(word) and word in text]
        return f"={hits[0]}" if hits else text
    words = [w for w in _LATIN.findall(text) if w not in _DET]
    head = _head(words)
    if head in _CONCEPT:
        return f"={_CONCEPT[head]}"
    return " ".join(words) or None


def _head(words: list[str]) -> str:
    """The head noun of a phrase: the last word before "of/der/für …", else the last word; after a
    change ("cut in the cod quota") what changes."""
    cut = next((k for k, w in enumerate(words) if k and w in _BRIDGE), len(words))
    head = words[cut - 1] if cut else ""
    return words[-1] if head in CHANGE_NOUNS and cut < len(words) else head


def _stem(word: str) -> str:
    word = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()  # schäden -> schaden
    for suffix in ("es", "en", "s", "n", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def similar(a: str, b: str) -> bool:
    """Whether two subject keys name the same thing: equal, one inside the other, the same head noun
    (直接损失 = 火灾损失, "insured damage" = damage, Soforthilfen = Hilfen)."""
    if a == b:
        return True
    if a.startswith("=") or b.startswith("="):
        return False
    if HAN.search(a) and HAN.search(b):
        return (min(len(a), len(b)) >= 2 and (a in b or b in a)) or (len(a) >= 2 and len(b) >= 2 and a[-2:] == b[-2:])
    ha, hb = _stem(_head(a.split())), _stem(_head(b.split()))
    if not ha or not hb:
        return False
    return ha == hb or (min(len(ha), len(hb)) >= 4 and (ha.endswith(hb) or hb.endswith(ha)))


@dataclass(slots=True)
class Item:
    """One claim of one article as the table sees it."""

    unit: str
    value: float
    article: int
    language: str
    key: str | None


class _Groups:
    """Union-find over claims that keeps, per group, the values each article gives and the languages."""

    def __init__(self, items: Sequence[Item]) -> None:
        self.items = items
        self.parent = list(range(len(items)))
        self.values: list[dict[int, set[float]]] = [{it.article: {it.value}} for it in items]
        self.languages: list[set[str]] = [{it.language} for it in items]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def apart(self, a: int, b: int) -> bool:
        """One article gives different values in both groups: they are different things."""
        va, vb = self.values[a], self.values[b]
        return any(len(va[art] | vb[art]) > 1 for art in va.keys() & vb.keys())

    def union(self, i: int, j: int, languages_apart: bool = False) -> None:
        a, b = self.find(i), self.find(j)
        if a == b or self.apart(a, b) or (languages_apart and self.languages[a] & self.languages[b]):
            return
        a, b = min(a, b), max(a, b)
        self.parent[b] = a
        for art, values in self.values[b].items():
            self.values[a].setdefault(art, set()).update(values)
        self.languages[a] |= self.languages[b]


def rows(items: Sequence[Item]) -> list[list[int]]:
    """Indices of `items` grouped into rows, in order of first appearance."""
    groups = _Groups(items)
    keyed = [i for i, it in enumerate(items) if it.key is not None]
    pairs = [(i, j) for n, i in enumerate(keyed) for j in keyed[:n] if items[i].unit == items[j].unit]
    for i, j in pairs:  # the same subject
        if items[i].key == items[j].key:
            groups.union(j, i)
    for i, j in pairs:  # similar subjects
        if similar(items[i].key or "", items[j].key or ""):
            groups.union(j, i)
    for i, j in pairs:  # the same value in other languages
        if items[i].value == items[j].value:
            groups.union(j, i, languages_apart=True)
    _place_unkeyed(groups, keyed)
    out: dict[int, list[int]] = {}
    for i in range(len(items)):
        out.setdefault(groups.find(i), []).append(i)
    return list(out.values())


def _place_unkeyed(groups: _Groups, keyed: list[int]) -> None:
    """A claim that names only its unit joins the row of its value, else a row of such claims with its
    value, else its unit's only row (unless its article gives that row another value: "12 km north"
    beside "a depth of 10 km"), else a row of the unit alone; a unit with no measured subject at all
    keeps one row, as before subjects were read."""
    items = groups.items
    roots: dict[str, set[int]] = {}
    for i in keyed:
        roots.setdefault(items[i].unit, set()).add(groups.find(i))
    unkeyed = [i for i, it in enumerate(items) if it.key is None]
    alone: dict[tuple[str, float | None], int] = {}
    later = []
    for i in unkeyed:
        it = items[i]
        same_value = {groups.find(j) for j in keyed if items[j].unit == it.unit and items[j].value == it.value}
        unit_roots = roots.get(it.unit, set())
        if len(same_value) == 1:
            groups.parent[i] = next(iter(same_value))
        elif len(unit_roots) == 1 and not (groups.values[next(iter(unit_roots))].get(it.article, set()) - {it.value}):
            later.append(i)
        else:
            groups.parent[i] = alone.setdefault((it.unit, it.value if unit_roots else None), i)
    for i in later:
        it = items[i]
        groups.parent[i] = alone.get((it.unit, it.value), next(iter(roots[it.unit])))
