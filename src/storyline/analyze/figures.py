"""Shared parts of figure finding: the `_Figure` record, lexicon helpers, qualifiers, currencies and
fixed measures, the people-like units, and masking of ids (URLs, phone numbers, model names) so
that their digits never become figures."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .sentences import fold


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# ---------------------------------------------------------------- lexicons


def _lexicon(spec: str) -> dict[str, str]:
    """ "unit: word word ..." lines to {word: unit}."""
    out: dict[str, str] = {}
    unit = ""
    for line in spec.strip().splitlines():
        if re.match(r"\s*\w+:", line):
            unit, line = line.split(":", 1)  # noqa: PLW2901
            unit = unit.strip()
        for word in line.split():
            out[word] = unit
    return out


_PEOPLE_UNITS = _words(
    "troops people civilians refugees migrants children women workers journalists police protesters "
    "militants prisoners hostages patients tourists passengers students rescuers members participants strikers"
)
# counts written as words; "one" and "ein" are left out (mostly "a"), and so are vague ones ("dozens")
WORD_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
    "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100,
}  # fmt: skip
WORD_NUMBER = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
_CURRENCIES = {
    "美元": "usd", "美金": "usd", "欧元": "eur", "英镑": "gbp", "日元": "jpy", "韩元": "krw", "卢布": "rub",
    "港元": "hkd", "港币": "hkd", "新台币": "twd", "台币": "twd", "人民币": "cny", "元": "cny",
    "dollars": "usd", "dollar": "usd", "Dollar": "usd", "USD": "usd", "euros": "eur", "euro": "eur",
    "Euro": "eur", "EUR": "eur", "pounds": "gbp", "Pfund": "gbp", "yuan": "cny", "Yuan": "cny",
    "renminbi": "cny", "rubles": "rub", "roubles": "rub", "Rubel": "rub", "yen": "jpy", "Yen": "jpy",
    "$": "usd", "US$": "usd", "€": "eur", "£": "gbp", "¥": "cny",
}  # fmt: skip
_MEASURES = {
    "平方公里": "km2", "平方公尺": "m2", "平方米": "m2", "立方米": "m3", "立方公尺": "m3", "公吨": "tonnes",
    "公里": "km", "千米": "km",
    "英里": "miles", "公顷": "hectares", "吨": "tonnes",
    "公斤": "kg", "千克": "kg", "公尺": "metres", "公分": "cm", "km": "km", "kilometres": "km", "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km", "Kilometer": "km", "miles": "miles", "Meilen": "miles", "tonnes": "tonnes",
    "tons": "tonnes", "Tonnen": "tonnes", "毫米": "mm", "厘米": "cm", "米": "metres", "个星期": "weeks", "周": "weeks",
    "metres": "metres", "meters": "metres", "Meter": "metres", "mm": "mm", "millimetres": "mm", "millimeters": "mm",
    "Millimeter": "mm", "Metern": "metres", "Kilometern": "km", "Zentimeter": "cm", "Zentimetern": "cm",
    "weeks": "weeks", "Wochen": "weeks", "°C": "celsius", "°Celsius": "celsius",
    "degrees Celsius": "celsius", "Grad Celsius": "celsius", "摄氏度": "celsius",
    "个百分点": "points", "百分点": "points", "斤": "jin",  # as "percentage points" and "Prozentpunkte" are
}  # fmt: skip
_QUALIFIERS = _lexicon("""
approx: 约有 大约 约 近 将近 接近 大概 差不多 左右 上下 about around roughly some approximately nearly almost
    close_to
    an_estimated rund etwa ungefähr circa ca. knapp fast beinahe
at_least: 至少 最少 不少于 不低于 不止 超过 多于 逾 超 突破 以上 之多 余 多 at_least more_than over upwards_of
    in_excess_of no_fewer_than
    no_less_than mindestens mehr_als über wenigstens
at_most: 最多 不超过 不到 不足 多达 高达 以下 以内 up_to at_most as_many_as as_much_as no_more_than fewer_than less_than
    under höchstens
    bis_zu maximal weniger_als
""")

_IDS = re.compile(
    r"(?:https?://|www\.)[\x21-\x7e]+|[\w.+-]+@[\w-]+\.[\w.]+"  # URLs, e-mail
    r"|(?<![\w.,])\+?\(?\d{2,5}\)?(?:[ /-]\d{2,8}){2,}(?![\w.,])|\+\d[\d -]{6,}\d"  # phone numbers
    r"|\d{7,}|[A-Za-z]+-?\d+[A-Za-z\d-]*"  # long digit runs, ids and model names (a-70553363, F-16, G7)
    r"|(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])"  # IPv4 addresses
)


def _unit_key(noun: str) -> str:
    return fold(unicodedata.normalize("NFKC", noun), True).casefold()



SAME_FIGURE = "="  # the unit of a figure that re-counts what the sentence before counted


@dataclass(frozen=True, slots=True)
class _Figure:
    start: int  # of the figure text, qualifier included
    number: int  # where the number starts
    end: int
    value: float
    unit: str
    subject: tuple[int, int]
    qualifier: str | None



def mask_ids(s: str) -> str:
    return _IDS.sub(lambda m: "#" * len(m.group(0)), s)
