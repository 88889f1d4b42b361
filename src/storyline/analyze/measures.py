"""Figures whose unit is a fixed measure rather than a counted noun: earthquake magnitudes, hours,
vote shares and turnout, and counts written as words ("four diplomats", "vier Diplomaten").

``analyze.claims`` finds counted nouns after a number; these patterns cover what news reports as
disputed figures beyond that (magnitude 6.4 vs 6.2, 31.2 % vs 30.8 % of the vote, 72 hours to
leave). Each match gives ``(start of the number, end, value, unit, subject span)``; the caller adds
qualifier and attribution the same way as for counted nouns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Measure:
    number: int  # where the figure starts (the number, or the word naming it: "magnitude 6.4")
    end: int
    value: float
    unit: str
    subject: tuple[int, int]


_NUM = r"(?P<n>\d+(?:[.,]\d+)?)"
_ZH = [
    (re.compile(rf"{_NUM}级(?:强烈|强|大|浅源)?(?P<s>地震|强震|余震|大地震)"), "magnitude"),
    (re.compile(rf"(?P<s>震级|规模)(?:为|达|达到)?(?:里氏)?{_NUM}(?:级)?"), "magnitude"),
    (re.compile(rf"{_NUM}(?:个)?(?P<s>小时)"), "hours"),
    (re.compile(rf"(?P<s>得票率|支持率|得票)(?:为|达|达到|是|约|仅)?{_NUM}\s?%"), "vote share"),
    (re.compile(rf"{_NUM}\s?%的(?P<s>选票|得票|选民支持)"), "vote share"),
    (re.compile(rf"(?P<s>投票率)(?:为|达|达到|是|约)?{_NUM}\s?%"), "turnout"),
]
_LATIN = [
    (re.compile(rf"(?P<s>[Mm]agnitude)[- ]{_NUM}\b"), "magnitude"),
    (re.compile(rf"\b{_NUM}[- ](?P<s>magnitude)\b"), "magnitude"),
    (re.compile(rf"(?P<s>Stärke|Magnitude) {_NUM}\b"), "magnitude"),
    (re.compile(rf"\b{_NUM} (?P<s>hours|Stunden)\b"), "hours"),
    (re.compile(rf"\b{_NUM}\s?(?:%|percent|per cent|Prozent) (?P<s>of the (?:popular )?votes?|of the ballots|"
                rf"der (?:abgegebenen )?(?:Wähler)?[Ss]timmen)"), "vote share"),
    (re.compile(rf"(?P<s>[Tt]urnout|Wahlbeteiligung)[^.;]{{0,25}}?\b{_NUM}\s?(?:%|percent|per cent|Prozent)"),
     "turnout"),
    (re.compile(rf"\b{_NUM}\s?(?:%|percent|per cent|Prozent)[^.;]{{0,12}}?(?P<s>turnout|Wahlbeteiligung)"),
     "turnout"),
]
_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "dozen": 12, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
}  # fmt: skip
_WORD_NUM = re.compile(r"\b(?P<w>" + "|".join(_WORDS) + r")\b", re.IGNORECASE)


def _value(raw: str, german: bool) -> float:
    return float(raw.replace(",", ".") if german else raw.replace(",", ""))


# hours are a figure worth lining up when they are a deadline or the length of an event, not a schedule
_HOURS_CUE_ZH = re.compile(r"(?:限|持续|长达|历时|燃烧|达)[^，。；]{0,8}$")
_HOURS_AFTER_ZH = re.compile(r"^(?:内|之内|以内|后)")
_HOURS_CUE_LATIN = re.compile(r"\b(?:within|gave \w+|given|deadline of|had|have|burned for|raged for|binnen|"
                              r"innerhalb von|Frist von|hatten|haben)"
                              r"(?: about| nearly| some| more than| rund| etwa| knapp)?\s*$")


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
            except ValueError:
                continue
            if (unit == "magnitude" and not 1 <= value <= 10) or (unit == "hours" and not _hours_ok(s, m, cjk)):
                continue
            end = max(m.end("n"), m.end("s"))
            out.append(Measure(min(m.start("n"), m.start("s")), end, value, unit, (m.start("s"), m.end("s"))))
    return out


def word_numbers(s: str) -> list[tuple[int, int, float]]:
    """(start, end, value) of counts written as words, for the caller's counted-noun check."""
    return [(m.start(), m.end(), float(_WORDS[m.group("w").lower()])) for m in _WORD_NUM.finditer(s)]
