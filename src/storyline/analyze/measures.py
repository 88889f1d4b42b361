"""Figures whose unit is a fixed measure rather than a counted noun: earthquake magnitudes, hours,
vote shares and turnout, and counts of none ("暂无人员伤亡", "no casualties", "keine Toten").

``analyze.claims`` finds counted nouns after a number; these patterns cover what news reports as
disputed figures beyond that (magnitude 6.4 vs 6.2, 31.2 % vs 30.8 % of the vote, 72 hours to
leave, no casualties vs two dead). They are read before counted nouns, which give way where both
match. Each match gives a `Measure`; the caller adds qualifier and attribution the same way as for
counted nouns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cn2an

from .figures import WORD_NUMBER, WORD_NUMBERS


@dataclass(frozen=True, slots=True)
class Measure:
    start: int  # where the figure's text starts (the number, or the word naming it: "magnitude 6.4")
    number: int  # where the number starts
    end: int
    value: float
    unit: str
    subject: tuple[int, int]


_NUM = r"(?P<n>\d+(?:[.,]\d+)?)"
_NUM_ZH = r"(?P<n>\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})"
_NUM_LATIN = r"(?P<n>\d+(?:[.,]\d+)?|(?i:" + WORD_NUMBER + r"))"
_IS = r"(?:[约近逾仅]|大约|将近)?(?:为|达到|达|是)?"
_ZH = [
    (re.compile(rf"{_NUM}级(?:强烈|强|大|浅源)?(?P<s>地震|强震|余震|大地震)"), "magnitude"),
    (re.compile(rf"(?P<s>震级|规模)(?:为|达|达到)?(?:里氏)?{_NUM}(?:级)?"), "magnitude"),
    (re.compile(rf"{_NUM_ZH}(?:个)?(?P<s>小时)"), "hours"),
    (re.compile(rf"(?P<s>得票率|支持率|得票)(?:为|达|达到|是|约|仅)?{_IS}{_NUM}\s?%"), "vote share"),
    (re.compile(rf"{_NUM}\s?%的(?P<s>选票|得票)"), "vote share"),
    (re.compile(rf"(?P<s>投票率){_IS}{_NUM}\s?%"), "turnout"),
]
_LATIN = [
    (re.compile(rf"(?P<s>[Mm]agnitude)[- ]{_NUM}\b"), "magnitude"),
    (re.compile(rf"\b{_NUM}[- ](?P<s>magnitude)\b"), "magnitude"),
    (re.compile(rf"(?P<s>Stärke|Magnitude)(?: (?:mit|von|auf|bei))? {_NUM}\b"), "magnitude"),
    (re.compile(rf"\b{_NUM_LATIN} (?P<s>hours|Stunden)\b"), "hours"),
    (re.compile(rf"\b{_NUM_LATIN} (?P<s>days|Tage|Tagen)\b"), "days"),
    (re.compile(rf"\b{_NUM_LATIN} (?P<s>months|Monate|Monaten)\b"), "months"),
    # a prison term, handed down or sought: "zu vier Jahren Haft", "12 years in prison", "sechs Jahre gefordert"
    (re.compile(rf"\b{_NUM_LATIN}(?: und \w+)? (?P<s>(?:Jahren?|years?)(?: and \w+ months?)? (?:Haft|Gefängnis|"
                rf"Freiheitsstrafe|Jugendstrafe|in prison|in jail|prison|jail|behind bars)\b)"), "years"),
    (re.compile(rf"\b{_NUM_LATIN} (?P<s>Jahren?|years?)(?=[^.;]{{0,25}}\b(?:gefordert|beantragt|verlangt|sought|"
                rf"demanded)\b)"), "years"),
    (re.compile(rf"\b(?:sought|demanded|requested|asked for|forderte|forderten|beantragte|beantragten)\s+"
                rf"(?:a (?:sentence|term) of\s+)?{_NUM_LATIN} (?P<s>years?|Jahre)\b"), "years"),
    (re.compile(rf"\b{_NUM}\s?(?:%|percent|per cent|Prozent) (?P<s>of the (?:popular )?votes?|of the ballots|"
                rf"der (?:abgegebenen )?(?:Wähler)?[Ss]timmen)"), "vote share"),
    (re.compile(rf"(?P<s>[Tt]urnout|Wahlbeteiligung)(?:(?!\d)[^.;]){{0,60}}?\b{_NUM}\s?(?:%|percent|per cent|Prozent)"),
     "turnout"),
    (re.compile(rf"\b{_NUM}\s?(?:%|percent|per cent|Prozent)[^.;\d]{{0,12}}?(?P<s>turnout|Wahlbeteiligung)"),
     "turnout"),
]
# "no casualties": a count of none, which sources dispute as much as any other
_NONE_ZH = re.compile(
    r"(?<!有)(?:暂无|暂未有|并无|没有|无|未造成|未有)(?P<s>人员伤亡|人员死亡|人员受伤|人死亡|人受伤|人员失踪)"
)
_NONE_LATIN = re.compile(
    r"\b(?:[Nn]o (?P<s>casualties|deaths|fatalities|injuries|dead)|(?:[Nn]o one|[Nn]obody) (?:was|were|had been|"
    r"has been|have been) (?P<o>killed|injured|hurt)|[Kk]eine (?P<d>Toten|Todesopfer|Verletzten|Opfer)|"
    r"[Nn]iemand (?:wurde|ist|sei) (?P<g>getötet|verletzt|ums Leben gekommen)|"
    r"(?P<v>Verletzt|Getötet) wurde (?:[\w ]{0,40} )?niemand)\b"
)
_NONE_UNITS = {"人员伤亡": "casualties", "人员死亡": "deaths", "人员受伤": "injured", "人死亡": "deaths",
               "人受伤": "injured", "人员失踪": "missing", "casualties": "casualties", "deaths": "deaths",
               "fatalities": "deaths", "dead": "deaths", "injuries": "injured", "killed": "deaths",
               "injured": "injured", "hurt": "injured", "toten": "deaths", "todesopfer": "deaths",
               "verletzten": "injured", "opfer": "casualties", "getötet": "deaths", "verletzt": "injured",
               "ums leben gekommen": "deaths"}  # fmt: skip


def _value(raw: str, german: bool) -> float:
    if raw.lower() in WORD_NUMBERS:
        return float(WORD_NUMBERS[raw.lower()])
    if not raw[0].isdigit():
        return float(cn2an.cn2an(raw, "smart"))
    return float(raw.replace(",", ".") if german else raw.replace(",", ""))


# hours and days are a figure worth lining up when they are a deadline, a forecast window or the length
# of an event ("within 72 hours", "in den kommenden 24 Stunden"), not a schedule or a point in time
_HOURS_CUE_ZH = re.compile(r"(?:限|持续|长达|历时|燃烧|延烧|耗时|封闭|关闭|中断|停运|停电|停工|达)[^，。；]{0,8}$")
_HOURS_AFTER_ZH = re.compile(r"^(?:内|之内|以内|后)")
_HOURS_CUE_LATIN = re.compile(r"\b(?:within|gave \w+|given|deadline of|had|have|burned for|raged for|after|for|binnen|"
                              r"innerhalb von|Frist von|hatten|haben|nach|für|the next|the coming|the past|the last|"
                              r"den kommenden|den nächsten|den vergangenen|den letzten|der kommenden|der nächsten|"
                              r"lasted|lasting|took|dauert|dauerte|dauerten|im Schnitt|on average|an average of)"
                              r"(?: about| nearly| some| more than| rund| etwa| knapp| mehr als)?\s*$")


def _hours_ok(s: str, m: re.Match[str], cjk: bool) -> bool:
    if cjk:
        return bool(_HOURS_CUE_ZH.search(s[max(0, m.start() - 12) : m.start()]) or _HOURS_AFTER_ZH.match(s[m.end():]))
    return bool(_HOURS_CUE_LATIN.search(s[max(0, m.start() - 30) : m.start()]))


def measures(s: str, cjk: bool, german: bool) -> list[Measure]:
    """Fixed-unit figures in one (folded, id-masked) sentence."""
    out: list[Measure] = []
    for pattern, unit in _ZH if cjk else _LATIN:
        for m in pattern.finditer(s):
            try:
                value = _value(m.group("n"), german)
            except (ValueError, KeyError, IndexError):
                continue
            if (unit == "magnitude" and not 1 <= value <= 10) or (
                    unit in ("hours", "days", "months") and not _hours_ok(s, m, cjk)):
                continue
            end = max(m.end("n"), m.end("s"))
            out.append(Measure(min(m.start("n"), m.start("s")), m.start("n"), end, value, unit,
                               (m.start("s"), m.end("s"))))
    for m in (_NONE_ZH if cjk else _NONE_LATIN).finditer(s):
        key = next(g for g in m.groups() if g)
        out.append(Measure(m.start(), m.start(), m.end(), 0.0, _NONE_UNITS[key.lower()], m.span(m.lastindex or 0)))
    return out
