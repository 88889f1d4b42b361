"""Linking the forms of one entity within a story (``link_entities``): same normalised name (NFKC,
Simplified, lower case), same gazetteer entry, a Latin form given in brackets, a person's surname
part, and Chinese organisation names that share their head after dropping a country prefix.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from storyline.analyze import gazetteer

from .mentions import _DOTS, _HAN, _NAME_DOTS, Entity, Mention, _gazetteer, entity_key, normalise_name


@dataclass(slots=True)
class _Form:
    norm: str
    names: Counter[str]
    kinds: Counter[str]
    latin: set[str]
    articles: set[int]

    @property
    def kind(self) -> str:
        return sorted(self.kinds.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


class _Groups:
    """Union-find over normalised forms that refuses to join two different countries' organisations."""

    def __init__(self, forms: Mapping[str, _Form]) -> None:
        self.parent = {n: n for n in forms}
        self.country: dict[str, set[str]] = {n: set() for n in forms}

    def find(self, n: str) -> str:
        while self.parent[n] != n:
            self.parent[n] = self.parent[self.parent[n]]
            n = self.parent[n]
        return n

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.country[ra] and self.country[rb] and self.country[ra] != self.country[rb]:
            return False
        self.parent[rb] = ra
        self.country[ra] |= self.country[rb]
        return True


def link_entities(per_article: Mapping[int, list[Mention]]) -> list[Entity]:
    """Group the forms of one entity across the articles of a story; most mentioned first."""
    forms: dict[str, _Form] = {}
    for article_id, mentions in per_article.items():
        for m in mentions:
            norm = normalise_name(m.name)
            if not norm:
                continue
            form = forms.setdefault(norm, _Form(norm, Counter(), Counter(), set(), set()))
            form.names[m.name] += m.count
            form.kinds[m.kind] += m.count
            form.articles.add(article_id)
            if m.latin:
                form.latin.add(normalise_name(m.latin))
    groups = _Groups(forms)
    orgs = {n: _org_parts(n) for n, f in forms.items() if f.kind == "ORG" and _HAN.search(n)}
    for n, (country, _) in orgs.items():
        if country:
            groups.country[n].add(country)
    _link_same_reference(forms, groups)
    _link_surnames(forms, groups)
    _link_organisations(orgs, groups)
    members: dict[str, list[_Form]] = defaultdict(list)
    for n, form in forms.items():
        members[groups.find(n)].append(form)
    entities = [_entity(group) for group in members.values()]
    return sorted(entities, key=lambda e: (-e.count, e.name))


def _link_same_reference(forms: Mapping[str, _Form], groups: _Groups) -> None:
    """One gazetteer entry, or one Latin form: 季诺维也夫（Georgy Zinoviev） = Georgy Zinoviev."""
    anchors: dict[tuple[str, str], str] = {}
    for n, form in forms.items():
        refs = [("latin", latin) for latin in form.latin] + [("latin", n)]
        for name in (n, *form.latin):
            known = _gazetteer().get(name)
            if known is not None:
                refs.append(("gazetteer", f"{known[0]}:{known[1]}"))
        for ref in refs:
            if ref in anchors:
                groups.union(anchors[ref], n)
            else:
                anchors[ref] = n


def _name_parts(name: str) -> list[str]:
    name = unicodedata.normalize("NFKC", name).translate(_DOTS)
    parts = name.split(_NAME_DOTS) if _HAN.search(name) else name.split()
    return [p for p in (normalise_name(p) for p in parts) if p]


def _link_surnames(forms: Mapping[str, _Form], groups: _Groups) -> None:
    """A person's last name part alone is that person, when only one person in the story has it:
    季诺维也夫 = 格奥尔基·季诺维也夫, Zinoviev = Georgy Zinoviev. Chinese names written without a dot are
    never split (金正恩 and 金弘均 stay two people)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for n, form in forms.items():
        if form.kind != "PER":
            continue
        for full in (*form.names, *form.latin):
            parts = _name_parts(full)
            if len(parts) >= 2:
                owners[parts[-1]].add(n)
    for n, form in forms.items():
        if form.kind != "PER" or (n not in owners and len(_name_parts(next(iter(form.names)))) != 1):
            continue
        candidates = {groups.find(o) for o in owners.get(n, ()) if o != n}
        if len(candidates) == 1:
            groups.union(candidates.pop(), n)


_ORG_HEAD_CLASS = {c: "agency" for c in "院局部署处厅司委"}


def _org_parts(norm: str) -> tuple[str | None, str]:
    """(country, rest) of a Chinese organisation name: 韩国国家情报院 -> (South Korea, 国家情报院)."""
    for k in range(min(6, len(norm) - 2), 1, -1):
        known = _gazetteer().get(norm[:k])
        if known is not None and known[0] == "LOC":
            return known[1], norm[k:]
    abbreviated = gazetteer.ZH_COUNTRY_ABBREVIATIONS.get(norm[:1])
    if abbreviated and len(norm) >= 4:
        return abbreviated, norm[1:]
    return None, norm


def _same_head(a: str, b: str) -> bool:
    """国家情报院 = 国家情报局; 国情院 abbreviates 国家情报院 (its characters in order, same head class)."""
    if a == b:
        return True
    if len(a) < 2 or len(b) < 2 or _ORG_HEAD_CLASS.get(a[-1], a[-1]) != _ORG_HEAD_CLASS.get(b[-1], b[-1]):
        return False
    if len(a) == len(b):
        return a[:-1] == b[:-1]
    short, long = sorted((a, b), key=len)
    if len(short) < 3 or short[0] != long[0]:
        return False
    rest = iter(long[1:-1])
    return all(c in rest for c in short[1:-1])


def _link_organisations(orgs: Mapping[str, tuple[str | None, str]], groups: _Groups) -> None:
    """Chinese organisations with the same head after the country prefix. An unprefixed form joins the
    prefixed ones only when they all belong to one country (外交部 with 韩国外交部 and 中国外交部 stays
    apart); two different countries never join (the union refuses)."""
    names = sorted(orgs)
    pending: dict[str, list[str]] = defaultdict(list)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            (ca, ra), (cb, rb) = orgs[a], orgs[b]
            if not _same_head(ra, rb):
                continue
            if (ca is None) == (cb is None):
                groups.union(a, b)
            else:
                bare, full = (a, b) if ca is None else (b, a)
                pending[bare].append(full)
    for bare, fulls in pending.items():
        if len({orgs[f][0] for f in fulls}) == 1:
            for f in fulls:
                groups.union(f, bare)


def _canonical(names: Counter[str]) -> str:
    """The fullest common form, in the script most mentions use."""
    han = sum(c for n, c in names.items() if _HAN.search(n))
    pool = {n: c for n, c in names.items() if bool(_HAN.search(n)) == (han * 2 >= sum(names.values()))}
    top = max(pool.values())
    eligible = [n for n, c in pool.items() if c * 3 >= top]
    return min(eligible, key=lambda n: (-len(normalise_name(n)), -pool[n], n))


def _entity(members: list[_Form]) -> Entity:
    kinds: Counter[str] = Counter()
    names: Counter[str] = Counter()
    articles: set[int] = set()
    for form in members:
        kinds.update(form.kinds)
        names.update(form.names)
        articles |= form.articles
    kind = sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    name = _canonical(names)
    known = sorted(k[1] for f in members if (k := _gazetteer().get(f.norm)) is not None and k[0] == kind)
    key = f"{kind}:{normalise_name(known[0])}" if known else entity_key(name, kind)
    return Entity(key, name, kind, sorted(names, key=lambda n: (-names[n], n)), sum(names.values()), sorted(articles))
