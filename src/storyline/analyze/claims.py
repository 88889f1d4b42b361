"""Figures ("claims") and direct quotes in article text, with whom the text attributes them to.

A claim is a number with the thing it counts: "约1500名士兵", "至少1万人以上的军事人员",
"about 12,000 troops", "rund 1.500 Soldaten", "1.5亿美元", "45%的选民". Precision comes before
recall, since a wrong figure misleads readers: a number only counts when the counted thing is
recognised right after it (a measure word and a known noun, a currency, a distance, a percentage
*of* something), so years, dates, times, ages, ordinals (第3次), phone numbers, article ids and
numbers inside URLs never become claims, and neither do vague amounts (数十名, hundreds of).

`unit` is a language-independent key ("troops", "people", "deaths", "usd", "percent", "km") when
the noun is known, else the noun as written, NFKC-folded, in Simplified Chinese and lower case.
Who a figure or quote is attributed to comes from the sentence (see `sentences`); pronouns are
not resolved across sentences (None), because the previous sentence's source is often not the
person the pronoun means.

Pure functions, regular expressions compiled at import; cn2an reads Chinese numerals.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

import cn2an

from .measures import measures, word_numbers
from .sentences import (
    HAN,
    Source,
    attribution_of,
    fold,
    is_cjk,
    is_german,
    mask,
    quote_spans,
    source_at,
    sources,
    split_sentences,
)

__all__ = [
    "Claim",
    "Quote",
    "attribution_of",
    "claim_from_dict",
    "claim_to_dict",
    "extract_claims",
    "extract_quotes",
    "quote_from_dict",
    "quote_to_dict",
    "split_sentences",
]


@dataclass(frozen=True, slots=True)
class Claim:
    value: float  # 1500.0, 12000.0 (1.2万 -> 12000)
    unit: str  # "troops", "people", "deaths", "usd", "percent", "km", ... else the noun, normalised
    subject: str  # what is counted, as written: "特种部队士兵", "troops", "Soldaten"
    qualifier: str | None  # "approx" | "at_least" | "at_most" | None
    text: str  # the figure as written: "约1500名士兵"
    sentence: str
    attributed_to: str | None


@dataclass(frozen=True, slots=True)
class Quote:
    text: str  # the quoted words, without the marks
    speaker: str | None
    sentence: str


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# ---------------------------------------------------------------- lexicons


def _lexicon(spec: str) -> dict[str, str]:
    """ "unit: word word ..." lines to {word: unit}."""
    out: dict[str, str] = {}
    unit = ""
    for line in spec.strip().splitlines():
        if re.match(r"\w+:", line):
            unit, line = line.split(":", 1)  # noqa: PLW2901
        for word in line.split():
            out[word] = unit
    return out


_ZH_HEADS = _lexicon("""
troops: 士兵 官兵 军人 部队 军队 步兵 新兵 军事人员 兵力 战士 特种兵 武装人员 雇佣兵 志愿兵 士官 军官
    陆战队员 作战人员 兵员 士兵们
people: 民众 群众 人员 居民 公民 国民 人士 同胞 成年人
civilians: 平民 无辜平民
refugees: 难民 流离失所者
migrants: 移民 非法移民 偷渡者
tourists: 游客 旅客
passengers: 乘客
students: 学生 大学生
children: 儿童 孩子 未成年人 婴儿 孩童
women: 妇女 女性
workers: 工人 劳工 职工 员工 雇员 劳动者
journalists: 记者 新闻工作者
police: 警察 警员 警方人员
protesters: 抗议者 示威者 抗议人士
militants: 武装分子 恐怖分子 激进分子
prisoners: 囚犯 犯人 战俘 在押人员
hostages: 人质
patients: 患者 病人 确诊者
cases: 病例 确诊病例
voters: 选民
users: 用户
households: 家庭 住户
deaths: 死者 遇难者 罹难者 死难者
injured: 伤者 受伤者 伤员
drones: 无人机
missiles: 导弹 巡航导弹 弹道导弹
rockets: 火箭弹 火箭
shells: 炮弹
tanks: 坦克
armoured_vehicles: 装甲车
aircraft: 飞机 战机 战斗机 军机 客机 轰炸机
helicopters: 直升机
ships: 船只 舰船 军舰 舰艇 战舰 船 渔船 货船
submarines: 潜艇
vehicles: 车辆 汽车 卡车
buildings: 房屋 建筑 建筑物 住宅 楼房
schools: 学校
hospitals: 医院
villages: 村庄 村落
cities: 城市
countries: 国家 成员国
companies: 公司 企业
attacks: 袭击 空袭 攻击
weapons: 武器 枪支 炸弹
jobs: 岗位 工作岗位 就业岗位
diplomats: 外交官 外交人员
seats: 席 席位 议席
votes: 选票 票
""")
_EN_HEADS = _lexicon("""
troops: troops soldiers servicemen personnel infantrymen infantry forces fighters Soldaten Truppen
    Soldatinnen Kämpfer Militärangehörige Streitkräfte
people: people persons individuals residents Menschen Personen Einwohner Bewohner
civilians: civilians Zivilisten
refugees: refugees Flüchtlinge Geflüchtete
migrants: migrants Migranten
children: children kids Kinder
women: women Frauen
workers: workers employees staff Arbeiter Beschäftigte Mitarbeiter Angestellte
journalists: journalists reporters Journalisten
police: policemen Polizisten
protesters: protesters demonstrators Demonstranten
militants: militants Extremisten
prisoners: prisoners detainees Gefangene Häftlinge
hostages: hostages Geiseln
patients: patients Patienten
cases: cases Fälle Infektionen
voters: voters Wähler
deaths: deaths dead fatalities Tote Toten Todesopfer
injured: injured wounded injuries Verletzte Verletzten
casualties: casualties Opfer
drones: drones Drohnen
missiles: missiles Raketen Marschflugkörper
rockets: rockets
shells: shells Granaten
tanks: tanks Panzer
aircraft: aircraft planes jets warplanes Flugzeuge Kampfjets
helicopters: helicopters Hubschrauber
ships: ships vessels boats warships Schiffe Boote Kriegsschiffe
vehicles: vehicles trucks cars Fahrzeuge Lastwagen Autos
buildings: buildings houses homes Gebäude Häuser Wohnungen
schools: schools Schulen
villages: villages Dörfer
countries: countries nations Länder Staaten
companies: companies firms Unternehmen Firmen
attacks: attacks strikes airstrikes Angriffe Luftangriffe
jobs: jobs Arbeitsplätze Stellen
votes: votes Stimmen
households: households Haushalte
diplomats: diplomats Diplomaten
seats: seats Sitze Mandate
""")
_PEOPLE_UNITS = _words(
    "troops people civilians refugees migrants children women workers journalists police protesters "
    "militants prisoners hostages patients tourists passengers students"
)
_CURRENCIES = {
    "美元": "usd", "美金": "usd", "欧元": "eur", "英镑": "gbp", "日元": "jpy", "韩元": "krw", "卢布": "rub",
    "港元": "hkd", "港币": "hkd", "新台币": "twd", "台币": "twd", "人民币": "cny", "元": "cny",
    "dollars": "usd", "dollar": "usd", "Dollar": "usd", "USD": "usd", "euros": "eur", "euro": "eur",
    "Euro": "eur", "EUR": "eur", "pounds": "gbp", "Pfund": "gbp", "yuan": "cny", "Yuan": "cny",
    "renminbi": "cny", "rubles": "rub", "roubles": "rub", "Rubel": "rub", "yen": "jpy", "Yen": "jpy",
    "$": "usd", "US$": "usd", "€": "eur", "£": "gbp", "¥": "cny",
}  # fmt: skip
_MEASURES = {
    "平方公里": "km2", "公里": "km", "千米": "km", "英里": "miles", "公顷": "hectares", "吨": "tonnes",
    "公斤": "kg", "千克": "kg", "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km",
    "kilometer": "km", "Kilometer": "km", "miles": "miles", "Meilen": "miles", "tonnes": "tonnes",
    "tons": "tonnes", "Tonnen": "tonnes", "毫米": "mm", "厘米": "cm", "米": "metres", "个星期": "weeks", "周": "weeks",
    "metres": "metres", "meters": "metres", "Meter": "metres", "mm": "mm", "millimetres": "mm", "millimeters": "mm",
    "Millimeter": "mm", "weeks": "weeks", "Wochen": "weeks",
}  # fmt: skip
_QUALIFIERS = _lexicon("""
approx: 约有 大约 约 近 将近 接近 大概 差不多 左右 上下 about around roughly some approximately nearly almost
    close_to
    an_estimated rund etwa ungefähr circa ca. knapp fast beinahe
at_least: 至少 最少 不少于 不低于 不止 超过 多于 逾 超 以上 之多 余 多 at_least more_than over upwards_of
    in_excess_of no_fewer_than
    no_less_than mindestens mehr_als über wenigstens
at_most: 最多 不超过 不到 不足 多达 高达 以下 以内 up_to at_most as_many_as no_more_than fewer_than less_than
    under höchstens
    bis_zu maximal weniger_als
""")
_LATIN_STOP = _words(
    "years year months month weeks week days day hours hour minutes minute seconds second decades "
    "centuries times percent cent points jahre jahren jahr monate monaten wochen tage tagen stunden "
    "minuten sekunden jahrzehnte uhr mal prozent punkte prozentpunkte cents grad degrees"
)
_FUNCTION = _words(
    "were are was is have had has of in on at to and or who that from the a an by for with as than this "
    "these those their its it they we he she would will could more which when where while after before "
    "sind wurden waren haben hatten hat ist im am um und oder die der das den dem des mit von zu bei aus"
)

# ---------------------------------------------------------------- patterns

_IDS = re.compile(
    r"(?:https?://|www\.)[\x21-\x7e]+|[\w.+-]+@[\w-]+\.[\w.]+"  # URLs, e-mail
    r"|(?<![\w.,])\+?\(?\d{2,5}\)?(?:[ /-]\d{2,8}){2,}(?![\w.,])|\+\d[\d -]{6,}\d"  # phone numbers
    r"|\d{7,}|[A-Za-z]+-?\d+[A-Za-z\d-]*"  # long digit runs, ids and model names (a-70553363, F-16, G7)
)
_ZH_NUM = re.compile(
    r"(?<![\d.,A-Za-z第#/_\-周期拜初数几])(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+)"
    r"(?P<more>余|多)?(?P<mult>百万|千万|万亿|亿|万|千|百)?(?P<more2>余|多)?"
)
_ZH_MULT = {"百": 100, "千": 1000, "万": 10_000, "百万": 1_000_000, "千万": 10_000_000, "亿": 100_000_000,
            "万亿": 1_000_000_000_000}  # fmt: skip
_ZH_QUAL_BEFORE = re.compile(
    r"(?P<q>至少|最少|不少于|不低于|不止|超过|多于|逾|(?<!赶)超|约有|大约|约|(?<![最附亲将接])近|将近|接近|大概|差不多|"
    r"最多|不超过|不到|不足|多达|高达)(?:有|达到|达)?$"
)
_ZH_QUAL_AFTER = re.compile(r"以上|之多|左右|上下|以下|以内")
_ZH_CURRENCY = re.compile(
    r"^(?:美元|美金|欧元|英镑|日元|韩元|卢布|港元|港币|新台币|台币|人民币|元(?![素旦首帅老年月宵件]))"
)
_ZH_MEASURE = re.compile(
    r"^(?:平方公里|公里|千米|英里|公顷|吨|公斤|千克|毫米|厘米|米(?![饭粉面酒])|个星期|周(?![年岁边末围]))"
)
_ZH_COUNTER = re.compile(r"^(?:名|位|人|个|架|枚|辆|艘|座|所|家|户|头|只|门|颗|套|具|例|起|栋|件|条|处|剂|发)")
_ZH_PERSON_COUNTERS = frozenset("名位人")
_ZH_OUTCOME = re.compile(
    r"(?:已经|已|不幸|仍|目前)?(?P<o>死亡|丧生|遇难|身亡|罹难|阵亡|遇害|被杀|被打死|被炸死|受伤|负伤|伤亡|失联|失踪|"
    r"下落不明|被困|被捕|被逮捕|被拘留|被拘|被紧急转移|紧急转移|被转移|转移|被疏散|疏散|撤离|被撤离)"
)
# a verb before the figure says what happened to the people counted: 疏散1.2万人, 转移安置群众1.2万人
_ZH_OUTCOME_BEFORE = re.compile(r"(?P<o>疏散|撤离|转移|安置|逮捕|拘留)[^\d,，。;；]{0,6}$")
_ZH_DIRECT = re.compile(r"(?P<o>死亡|死(?!者)|伤亡|受伤|伤(?![者员]))")
_ZH_TOLL = re.compile(r"(?P<k>死亡|遇难|罹难|受伤|伤亡)人数[^,，。;；]{0,6}$")
_ZH_MORE = re.compile(r"多|余")
_ZH_SUFFIX = frozenset("者员民兵人生师手工官警客士")
_ZH_STOP_AFTER = frozenset("的在被和与及将已正从向于等也都均还因并前赴抵进遭乘")
_OUTCOME_UNITS = _lexicon("""
deaths: 死亡 丧生 遇难 身亡 罹难 阵亡 遇害 被杀 被打死 被炸死 死
injured: 受伤 负伤 伤
casualties: 伤亡
missing: 失联 失踪 下落不明
trapped: 被困
arrested: 被捕 被逮捕 被拘留 被拘 逮捕 拘留
evacuated: 被紧急转移 紧急转移 被转移 转移 被疏散 疏散 撤离 被撤离 安置
""")

_LAT_NUM = re.compile(
    r"(?<![\w.,/#@+-])(?P<cur>US\$|\$|€|£)?\s?"
    r"(?P<num>\d{1,3}(?:[,.\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\w:/-]|[.,]\d)"
    r"(?P<pct>\s?%)?(?:\s+(?P<mult>million|billion|trillion|thousand|mn|bn|Millionen|Million|Milliarden|"
    r"Milliarde|Mio\.|Mrd\.|Tausend)\b\.?)?"
)
_LAT_MULT = {"thousand": 1e3, "tausend": 1e3, "million": 1e6, "millionen": 1e6, "mn": 1e6, "mio.": 1e6,
             "billion": 1e9, "bn": 1e9, "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9, "trillion": 1e12}  # fmt: skip
_LAT_QUAL_BEFORE = re.compile(
    r"\b(?P<q>about|around|roughly|some|approximately|nearly|almost|close to|an estimated|at least|more than|"
    r"over|upwards of|in excess of|no fewer than|no less than|up to|at most|as many as|no more than|fewer than|"
    r"less than|under|rund|etwa|ungefähr|circa|ca\.|knapp|fast|beinahe|mindestens|mehr als|über|wenigstens|"
    r"höchstens|bis zu|maximal|weniger als)\s+$",
    re.IGNORECASE,
)
_LAT_NOT_COUNT = re.compile(
    r"\b(?:no|nr|number|nummer|article|artikel|section|paragraph|page|seite|kapitel|chapter|room|flight|route|"
    r"in|since|by|until|from|im|seit|bis|year|jahr|jahre|of|von|vom|am|on)\.?\s+$",
    re.IGNORECASE,
)
_LAT_WORDS = re.compile(r"\s+([A-Za-zÄÖÜäöüß][\w'’-]*)")
_LAT_UNIT = re.compile(r"\s*(?P<u>(?:US )?dollars?|Dollar|USD|euros?|Euro|EUR|pounds|Pfund|yuan|Yuan|renminbi|"
                       r"rubles|roubles|Rubel|yen|Yen|km|kilomet(?:re|er)s?|Kilometer|miles|Meilen|tonnes|tons|"
                       r"Tonnen|metres|meters|Meter|mm|millimet(?:re|er)s|Millimeter|weeks|Wochen)\b")  # fmt: skip
_LAT_PERCENT = re.compile(r"(?:\s?%|\s+(?:percent|per cent|Prozent))(?:\s+(?:of|der|des|aller)(?:\s+(?:the|all))?)")
_LAT_KILLED_BEFORE = re.compile(
    r"\b(?P<o>killing|killed|kills|kill|injuring|injured|wounding|wounded|tötete|töteten)\s+$", re.IGNORECASE
)
_LAT_OUTCOME_AFTER = re.compile(
    r"\s+(?:were|have been|had been|are|was|remain|wurden|werden|sind|kamen|gelten als)?\s*(?:still\s+|noch\s+)?"
    r"(?P<o>killed|dead|died|slain|injured|wounded|hurt|missing|evacuated|arrested|detained|trapped|getötet|"
    r"ums Leben|starben|verletzt|vermisst|evakuiert|festgenommen|verschüttet|moved|relocated|in Sicherheit gebracht)\b",
)
_LAT_OUTCOMES = {"injured": "injured", "wounded": "injured", "hurt": "injured", "verletzt": "injured",
                 "missing": "missing", "vermisst": "missing", "evacuated": "evacuated", "evakuiert": "evacuated",
                 "arrested": "arrested", "detained": "arrested", "festgenommen": "arrested",
                 "trapped": "trapped", "verschüttet": "trapped", "moved": "evacuated", "relocated": "evacuated",
                 "in sicherheit gebracht": "evacuated"}
_LAT_TOLL = re.compile(r"(?:death toll|Zahl der Toten|Todeszahl)\b[^,.;]{0,25}$", re.IGNORECASE)


def _unit_key(noun: str) -> str:
    return fold(unicodedata.normalize("NFKC", noun), True).casefold()


# ---------------------------------------------------------------- Chinese figures


@dataclass(frozen=True, slots=True)
class _Figure:
    start: int  # of the figure text, qualifier included
    number: int  # where the number starts
    end: int
    value: float
    unit: str
    subject: tuple[int, int]
    qualifier: str | None


def _zh_value(num: str, mult: str | None) -> float | None:
    core = num.replace(",", "")
    if core in _ZH_MULT or core == "十":
        value = 10.0 if core == "十" else float(_ZH_MULT[core])
    else:
        try:
            value = float(cn2an.cn2an(core, "smart"))
        except (ValueError, KeyError, IndexError):
            return None
    return value * (_ZH_MULT[mult] if mult else 1)


def _zh_head(s: str, pos: int, person: bool) -> tuple[int, str] | None:
    """(end, unit) of the counted noun starting at `pos`: a known noun after at most 8 characters of
    modifiers ("特种部队士兵", "乘坐船只的士兵"), else, after 名/位/人, a person noun ("抗议者")."""
    run = pos
    while run < len(s) and run - pos < 16 and (HAN.match(s[run]) or s[run] == "·"):
        run += 1
    for i in range(pos + 2, run + 1):
        heads = [s[i - k : i] for k in range(min(6, i - pos), 1, -1) if s[i - k : i] in _ZH_HEADS]
        if not heads or i - len(heads[0]) - pos > 8:
            continue
        if i < run and s[i] == "的":
            continue  # "…船只的士兵": the noun was a modifier
        end, unit = i, _ZH_HEADS[heads[0]]
        while True:  # compounds: 特种部队 + 士兵
            nxt = next((s[end : end + k] for k in range(6, 1, -1) if s[end : end + k] in _ZH_HEADS), None)
            if not nxt:
                return end, unit
            end, unit = end + len(nxt), _ZH_HEADS[nxt]
    if person:
        for i in range(pos + 2, min(pos + 7, run) + 1):
            if s[i - 1] in _ZH_SUFFIX and (i >= run or s[i] in _ZH_STOP_AFTER):
                return i, _unit_key(s[pos:i])
    return None


def _zh_after_number(
    s: str, e: int, cjk_unit_hans: bool, large: bool
) -> tuple[int, str, tuple[int, int], str | None] | None:
    """(end, unit, subject span, qualifier after) of what follows a number ending at `e`."""
    rest = s[e : e + 24]
    if cur := _ZH_CURRENCY.match(rest):
        unit = _CURRENCIES[cur.group(0)] if (cur.group(0) != "元" or cjk_unit_hans) else "元"
        return e + cur.end(), unit, (e, e + cur.end()), None
    if meas := _ZH_MEASURE.match(rest):
        return e + meas.end(), _MEASURES[meas.group(0)], (e, e + meas.end()), None
    if rest[:2] == "%的":
        head = _zh_head(s, e + 2, False)
        return (head[0], "vote share" if head[1] == "votes" else "percent", (e + 2, head[0]), None) if head else None
    if direct := _ZH_DIRECT.match(rest):
        return e + direct.end(), _OUTCOME_UNITS[direct.group("o")], (e, e + direct.end()), None
    counter = _ZH_COUNTER.match(rest)
    if not counter:
        if not large:
            return None
        head = _zh_head(s, e, False)  # "十余万难民", "3万士兵": big round numbers may go without a measure word
        return (head[0], head[1], (e, head[0]), None) if head else None
    p = e + counter.end()
    after = _ZH_QUAL_AFTER.match(s, p) or _ZH_MORE.match(s, p)
    qual = _QUALIFIERS[after.group(0)] if after else None
    p = after.end() if after else p
    if counter.group(0) == "人":
        de = 1 if s[p : p + 1] == "的" else 0
        head = _zh_head(s, p + de, True) if de else None
        subject, unit = ((p + de, head[0]), head[1]) if head else ((e, e + 1), "people")
    else:
        head = _zh_head(s, p, counter.group(0) in _ZH_PERSON_COUNTERS)
        if not head:
            return None
        subject, unit = (p, head[0]), head[1]
    end = subject[1]
    if (late := _ZH_QUAL_AFTER.match(s, end)) and qual is None:
        qual, end = _QUALIFIERS[late.group(0)], late.end()
    if (out := _ZH_OUTCOME.match(s, end)) and (unit in _PEOPLE_UNITS or unit == "people"):
        outcome = _OUTCOME_UNITS[out.group("o")]
        if unit == "people" or outcome in {"deaths", "injured", "casualties"}:  # "两千名员工撤离" stays workers
            unit, end = outcome, out.end()
    return end, unit, subject, qual


def _zh_figures(s: str, hans: bool) -> list[_Figure]:
    out: list[_Figure] = []
    for m in _ZH_NUM.finditer(s):
        num, mult = m.group("num"), m.group("mult")
        more = m.group("more") or m.group("more2")
        before = _ZH_QUAL_BEFORE.search(s, max(0, m.start() - 6), m.start())
        bare = num in _ZH_MULT or (num in "一〇零" and not _ZH_DIRECT.match(s, m.end()))
        if bare and not (before and num in _ZH_MULT):
            continue  # "一名" is "a", "千" alone is a figure only in "逾千人", "近百"
        value = _zh_value(num, mult)
        follow = _zh_after_number(s, m.end(), hans, bool(mult) or "万" in num or "亿" in num) if value else None
        if value is None or value <= 0:
            continue
        if follow is None:
            toll = _ZH_TOLL.search(s, max(0, m.start() - 12), m.start())
            if not toll or not num[0].isdigit():
                continue
            subject = (toll.start(), toll.start() + len(toll.group("k")) + 2)
            follow = (m.end() + (s[m.end() : m.end() + 1] == "人"), _OUTCOME_UNITS[toll.group("k")], subject, None)
        end, unit, subject, after = follow
        qualifier = _QUALIFIERS[before.group("q")] if before else ("at_least" if more else after)
        start = before.start() if before else m.start()
        if unit == "people" and (verb := _ZH_OUTCOME_BEFORE.search(s, max(0, start - 14), start)):
            unit = _OUTCOME_UNITS[verb.group("o")]
        out.append(_Figure(start, m.start(), end, value, unit, subject, qualifier))
    return out


# ---------------------------------------------------------------- English and German figures


def _lat_value(num: str, german: bool) -> float:
    num = num.replace("\u00a0", "").replace("\u202f", "")
    thousands, decimal = (".", ",") if german else (",", ".")
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", num) and thousands in num and decimal not in num:
        return float(num.replace(thousands, ""))
    return float(num.replace(thousands, "").replace(decimal, "."))


def _lat_noun(s: str, e: int) -> tuple[int, str, tuple[int, int], bool] | None:
    """(end, unit, subject span, known) of the noun phrase after a number: up to three modifiers
    and a known noun ("North Korean troops"), else one plain plural / capitalised noun."""
    words: list[re.Match[str]] = []
    p = e
    while len(words) < 4 and (w := _LAT_WORDS.match(s, p)):
        words.append(w)
        p = w.end()
    for k, w in enumerate(words):
        word = w.group(1)
        if word in _EN_HEADS or word.lower() in _EN_HEADS:
            unit = _EN_HEADS.get(word) or _EN_HEADS[word.lower()]
            end = w.end()
            if k + 1 < len(words) and (nxt := words[k + 1].group(1)) in _EN_HEADS:
                unit, end = _EN_HEADS[nxt], words[k + 1].end()
            return end, unit, (words[0].start(1), end), True
        if word.lower() in _FUNCTION or word.lower() in _LATIN_STOP or not word.isalpha():
            break
    if not words:
        return None
    word = words[0].group(1)
    low = word.lower()
    if low in _LATIN_STOP or low in _FUNCTION or len(word) < 4 or not word.isalpha():
        return None
    plural = word.islower() and low.endswith("s") and not low.endswith("ss")
    noun = word[0].isupper() and word[1:].islower() and low not in _LATIN_STOP
    if not (plural or noun):
        return None
    return words[0].end(), _unit_key(word), (words[0].start(1), words[0].end()), False


def _lat_after(s: str, m: re.Match[str]) -> tuple[int, str, tuple[int, int], bool] | None:
    e = m.end()
    if m.group("cur"):
        return e, _CURRENCIES[m.group("cur")], (m.start("cur"), m.end("cur")), True
    if unit := _LAT_UNIT.match(s, e):
        word = unit.group("u").removeprefix("US ")
        key = _CURRENCIES.get(word) or _CURRENCIES.get(word.rstrip("s")) or _MEASURES.get(word, "")
        return unit.end(), key or _unit_key(word), (unit.start("u"), unit.end()), True
    pct = _LAT_PERCENT.match(s, m.end("num")) if not m.group("mult") else None
    if pct:
        noun = _lat_noun(s, pct.end())
        return (noun[0], "vote share" if noun[1] == "votes" else "percent", noun[2], True) if noun else None
    if m.group("pct"):
        return None  # a percentage of nothing named
    return _lat_noun(s, e)


def _lat_figures(s: str, german: bool) -> list[_Figure]:
    out: list[_Figure] = []
    for m in _LAT_NUM.finditer(s):
        head = s[max(0, m.start() - 30) : m.start()]
        if _LAT_NOT_COUNT.search(head) and not m.group("mult") and not m.group("cur"):
            continue
        follow = _lat_after(s, m)
        value = _lat_value(m.group("num"), german) * _LAT_MULT.get((m.group("mult") or "").lower(), 1)
        if follow is None or value <= 0:
            continue
        end, unit, subject, known = follow
        plain = m.group("num").isdigit() and not m.group("mult") and not m.group("cur")
        if plain and 1000 <= value <= 2100 and not known:
            continue  # a year
        before = _LAT_QUAL_BEFORE.search(head)
        start = m.start() - len(before.group(0)) if before else m.start()
        if unit in _PEOPLE_UNITS:
            if (out_after := _LAT_OUTCOME_AFTER.match(s, end)) is not None:
                unit = _LAT_OUTCOMES.get(out_after.group("o").lower(), "deaths")
                end = out_after.end()
            elif (killed := _LAT_KILLED_BEFORE.search(s[:start])) is not None:
                unit = "injured" if killed.group("o").lower().startswith(("inj", "wou")) else "deaths"
        elif _LAT_TOLL.search(s[:start]) and unit in {"people", "deaths"}:
            unit = "deaths"
        qualifier = _QUALIFIERS[before.group("q").lower().replace(" ", "_")] if before else None
        out.append(_Figure(start, m.start("num"), end, value, unit, subject, qualifier))
    return out


# ---------------------------------------------------------------- public API


def _language(text: str, language: str | None) -> tuple[str, bool, bool]:
    """(tag passed on, Chinese, German) for `text`."""
    if is_cjk(text, language):
        return (language or "zh-Hans"), True, False
    german = is_german(text, language)
    return (language or ("de" if german else "en")), False, german


def _mask_ids(s: str) -> str:
    return _IDS.sub(lambda m: "#" * len(m.group(0)), s)


def extract_claims(text: str, language: str | None) -> list[Claim]:
    """Every figure in `text` whose counted thing is recognised, in order."""
    tag, cjk, german = _language(text, language)
    hans = not tag.lower().startswith(("zh-hant", "zh-tw", "zh-hk", "zh-mo", "yue"))
    claims: list[Claim] = []
    for sentence in split_sentences(text, tag):
        s = fold(sentence, cjk)
        written = sentence if len(s) == len(sentence) else s
        masked = _mask_ids(s)
        figures = _zh_figures(masked, hans) if cjk else _lat_figures(masked, german)
        figures = sorted(figures + _measure_figures(masked, cjk, german, figures), key=lambda f: f.start)
        if not figures:
            continue
        found = sources(sentence, tag)
        for f in figures:
            claims.append(
                Claim(
                    value=f.value,
                    unit=f.unit,
                    subject=written[f.subject[0] : f.subject[1]].strip(),
                    qualifier=f.qualifier,
                    text=written[f.start : f.end].strip(),
                    sentence=sentence,
                    attributed_to=source_at(found, s, f.number),
                )
            )
    return claims


def _measure_figures(s: str, cjk: bool, german: bool, found: list[_Figure]) -> list[_Figure]:
    """Magnitudes, hours, vote shares and counts written as words, where no figure was found yet."""
    taken = [(f.start, f.end) for f in found]
    out: list[_Figure] = []
    candidates = [(m.number, m.end, m.value, m.unit, m.subject) for m in measures(s, cjk, german)]
    if not cjk:
        for a, b, value in word_numbers(s):
            noun = _lat_noun(s, b)
            if noun and noun[3]:  # a known counted noun: "four diplomats", "vier Diplomaten"
                candidates.append((a, noun[0], value, noun[1], noun[2]))
    for number, end, value, unit, subject in candidates:
        if any(a < end and number < b for a, b in taken):
            continue
        before = (_ZH_QUAL_BEFORE.search(s, max(0, number - 6), number) if cjk
                  else _LAT_QUAL_BEFORE.search(s[max(0, number - 30) : number]))
        qualifier = _QUALIFIERS[before.group("q").lower().replace(" ", "_")] if before else None
        start = number - len(before.group(0)) if before else number
        taken.append((start, end))
        out.append(_Figure(start, number, end, value, unit, subject, qualifier))
    return out


def _quote_speaker(found: list[Source], s: str, a: int, b: int) -> str | None:
    for src in found:
        if src.quote_only and src.start == a:
            return src.name
    m = mask(s)
    for src in found:
        if src.anchor >= b and not src.claims_only and not src.blocker:
            between = m[b : src.anchor]
            if len(between) <= 40 and not re.search(r"[。.!?！？;；\x01]", between):
                return src.name
            break
    return source_at(found, s, a, quote=True)


def _long_enough(inner: str) -> bool:
    if HAN.search(inner):
        return len(re.sub(r"[\s\W]", "", inner)) >= 6
    return len(re.findall(r"\w+", inner)) >= 3


def extract_quotes(text: str, language: str | None) -> list[Quote]:
    """Direct quotations in `text` with their speaker; short scare quotes (names, terms) are skipped."""
    tag, cjk, _ = _language(text, language)
    quotes: list[Quote] = []
    for sentence in split_sentences(text, tag):
        s = fold(sentence, cjk)
        written = sentence if len(s) == len(sentence) else s
        spans = [(a, b) for a, b in quote_spans(s) if s[a] != "《" and b - a > 2]
        if not spans:
            continue
        found = sources(sentence, tag)
        for a, b in spans:
            inner = written[a + 1 : b - 1].strip().rstrip(",，、:：").strip()
            if _long_enough(inner):
                quotes.append(Quote(inner, _quote_speaker(found, s, a, b), sentence))
    return quotes


def claim_to_dict(c: Claim) -> dict[str, object]:
    return {
        "value": c.value,
        "unit": c.unit,
        "subject": c.subject,
        "qualifier": c.qualifier,
        "text": c.text,
        "sentence": c.sentence,
        "attributed_to": c.attributed_to,
    }


def _opt(d: Mapping[str, object], key: str) -> str | None:
    v = d.get(key)
    return None if v is None else str(v)


def claim_from_dict(d: Mapping[str, object]) -> Claim:
    value = d["value"]
    if not isinstance(value, int | float | str):
        raise TypeError(f"claim value must be a number, got {type(value).__name__}")
    return Claim(
        value=float(value),
        unit=str(d["unit"]),
        subject=str(d["subject"]),
        qualifier=_opt(d, "qualifier"),
        text=str(d["text"]),
        sentence=str(d["sentence"]),
        attributed_to=_opt(d, "attributed_to"),
    )


def quote_to_dict(q: Quote) -> dict[str, object]:
    return {"text": q.text, "speaker": q.speaker, "sentence": q.sentence}


def quote_from_dict(d: Mapping[str, object]) -> Quote:
    return Quote(text=str(d["text"]), speaker=_opt(d, "speaker"), sentence=str(d["sentence"]))
