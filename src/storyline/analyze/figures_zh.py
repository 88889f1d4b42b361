"""Chinese figures: Arabic and Chinese numerals with 万/亿, measure words, counted nouns, outcomes
(死亡, 失联, 转移) and qualifiers (约, 至少, 以上, 余/多)."""

from __future__ import annotations

import re

import cn2an

from .figures import _CURRENCIES, _MEASURES, _PEOPLE_UNITS, _QUALIFIERS, _Figure, _lexicon, _unit_key
from .sentences import HAN

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


