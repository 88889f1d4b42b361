"""The subject of a figure whose noun is only its unit: money, percentages, measurements and bare
counts of people ("涉案金额达12亿元", "the economy grew 0.7 percent", "Schäden in Höhe von 2 Milliarden
Euro", "抢修人员1.2万人"). The unit stays in `unit` (eur, percent, metres, people); the subject becomes
the measured noun phrase when one is found (``measured_zh``, ``measured_latin``), else it stays the
unit as written: a guess would line up figures that are not the same thing.

A count of people whose subject is a known noun ("兵力约1.1万人": 兵力) takes that noun's unit (troops),
so that it lines up with "1.1万名士兵".
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import measured_latin, measured_zh
from .figures import _CURRENCIES, _MEASURES, _Figure
from .figures_zh import known_head

_ZH_UNIT = re.compile(
    r"(?:" + "|".join(sorted((w for w in {*_CURRENCIES, *_MEASURES} if re.match(r"[\u4e00-\u9fff]", w)),
                             key=len, reverse=True))
    + r"|[名位人个次架艘辆户]|人次|架次|%|百分之.+|[一二两三四五六七八九十]成[一二三四五六七八九]?)"
)
_LATIN_COMPARED = re.compile(r"\s+(?:weniger|mehr|fewer|less|more|higher|lower|höher|niedriger)\s+(?:als|than)\b")
_ZH_AMONG = re.compile(r"其中[^，,。；;\d]{0,3}$")  # "其中3人", "其中约40%": part of the figure before
_AREAS = frozenset({"hectares", "km2", "m2", "acres", "mu"})
_OUTCOMES = frozenset({"deaths", "injured", "casualties", "missing", "trapped", "arrested", "evacuated"})


def unit_subject(subject: str, cjk: bool) -> bool:
    """Whether a subject as written only repeats the unit ("元", "€", "Prozent", "人")."""
    text = subject.strip()
    if cjk:
        return not text or bool(_ZH_UNIT.fullmatch(text))
    return not text or text.casefold() in measured_latin.UNIT_WORDS


def measured(s: str, figures: list[_Figure], cjk: bool, german: bool) -> list[_Figure]:
    """`figures` of one (folded, id-masked) sentence, with the measured noun phrase as subject where
    the subject was the unit."""
    out: list[_Figure] = []
    for f in figures:
        written = s[f.subject[0] : f.subject[1]]
        guessed = cjk and f.unit == "percent" and f.subject[1] <= f.number  # "增长9%": two characters before
        gdp = not cjk and f.unit == "percent" and written.casefold() in measured_latin.GDP  # "3.1% of GDP"
        if (cjk and f.unit in ("people", "percent") and (unit_subject(written, cjk) or guessed) and out
                and _ZH_AMONG.search(s, 0, f.start)):  # "8人受伤，其中3人伤势较重", "3900万居民，其中约40%"
            unit = out[-1].unit if f.unit == "people" else f.unit
            f = replace(f, subject=out[-1].subject, unit=unit)  # noqa: PLW2901
        elif (not cjk and f.unit == "percent" and out and unit_subject(written, cjk)
              and _LATIN_COMPARED.match(s, f.end)):  # "121.416 Erstanträge, rund 22 Prozent weniger als …"
            f = replace(f, subject=out[-1].subject)  # noqa: PLW2901
        elif unit_subject(written, cjk) or guessed or gdp:
            span = _zh(s, f, out, guessed) if cjk else measured_latin.subject(s, f, german)
            if span is not None:
                f = replace(f, subject=span, unit=_unit(s[span[0] : span[1]], f.unit) if cjk else f.unit)  # noqa: PLW2901
        elif not cjk and (span := measured_latin.change_of(s, f)) is not None:
            f = replace(f, subject=span)  # noqa: PLW2901
        out.append(f)
    return out


def _unit(subject: str, unit: str) -> str:
    """A count of people or of times whose subject ends with a known noun counts that noun:
    "兵力约1.1万人" troops, "航班300余次" flights."""
    if unit not in ("people", "times"):
        return unit
    head = known_head(subject)
    if head is None:
        return unit
    return head if unit == "people" or head in ("flights", "trains") else unit


def _zh(s: str, f: _Figure, earlier: list[_Figure], guessed: bool) -> tuple[int, int] | None:
    people = f.unit == "people" or f.unit in _OUTCOMES
    if people and s[f.number : f.subject[1]] in ("两人", "二人", "三人", "俩人"):
        return None  # "两人" is "the two of them": who they are was said before
    if f.unit in _OUTCOMES and f.end > f.subject[1]:
        return measured_zh.verb_after(s, f.subject[1])  # "12人遇难": what happened to them
    found, linked, change, place = measured_zh.back(s, f, people or f.unit in ("percent", "times", "households"))
    if found is not None and linked:
        return found
    if place:
        return None  # "以北约12公里": a distance from a place
    if (after := measured_zh.after(s, f.end)) is not None:
        return after
    if f.unit in _AREAS and (noun := measured_zh.noun_after(s, f.end)) is not None:
        return noun  # "3.6万公顷农作物受灾": the crops
    if found is not None:
        return found
    if people and (verb := measured_zh.verb_after(s, f.subject[1])) is not None:
        return verb
    if (last := measured_zh.previous_clause_figure(s, f, earlier)) is not None and not unit_subject(
            s[last.subject[0] : last.subject[1]], True):
        return last.subject
    if guessed:
        sign = s.find("%", f.number, f.end)
        return change or ((sign, sign + 1) if sign >= 0 else None)
    return None
