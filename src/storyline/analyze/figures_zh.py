"""Chinese figures: Arabic and Chinese numerals with 万/亿, measure words and counted nouns (名, 艘
for ships whatever the noun, 趟 trains, 次余震, 58席, 打进19球), outcomes (死亡, 失联, 转移; also after
"在事故中"), qualifiers (约, 至少, 以上, 余/多; also before a verb: 至少造成, 约为; "仅…就" at least),
percentages (9%, 45%的选民, 百分之三十, 四成, 一成五 = 15%), ranges (1亿至2亿, 2%至3%), and what is not
a count: the total of "在169个议席中", the baseline of "高于上届的68.9%", heights (1米86)."""

from __future__ import annotations

import re

import cn2an

from . import measured_zh
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
buildings: 房屋 建筑 建筑物 住宅 楼房 住房 保障性住房 安置房
schools: 学校
hospitals: 医院
villages: 村庄 村落
cities: 城市
countries: 国家 成员国
companies: 公司 企业
attacks: 袭击 空袭 攻击
weapons: 武器 枪支 炸弹
jobs: 岗位 工作岗位 就业岗位 职位 职缺
diplomats: 外交官 外交人员
seats: 席 席位 议席
votes: 选票 票
missing: 失踪者 失联者
participants: 受试者 志愿者 参与者
respondents: 受访者 被调查者 被访者 受访民众
owners: 企业主 业主 车主 店主 房主 雇主
aftershocks: 余震
trains: 列车 旅客列车 火车 动车 班列
flights: 航班
rescuers: 救援人员 消防员 消防队员 搜救人员 救援队员 消防救援人员 消防人员
members: 会员 成员
goals: 进球 入球
people: 男子 女子 男性 老人 村民 市民
cases: 个案 宗个案 案件
roads: 道路 公路 路段
bridges: 桥梁
areas: 县区 乡镇 村镇 街道 社区 小区 县市 区县 省份
ships: 货轮 轮船 集装箱船 油轮 邮轮 商船
""")

_ZH_NUM = re.compile(
    r"(?<![\d.,A-Za-z第#/_\-周期拜初数几])(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+)"
    r"(?P<more>余|多)?(?P<mult>百万|千万|万亿|亿|万|千(?![米克瓦])|百)?"
    r"(?:(?<=[万亿])(?P<tail>\d{1,4}|[一二两三四五六七八九])(?P<tmult>千万|千|百万|百|万)(?![米克瓦]))?(?P<more2>余|多)?"
)
_ZH_MULT = {"百": 100, "千": 1000, "万": 10_000, "百万": 1_000_000, "千万": 10_000_000, "亿": 100_000_000,
            "万亿": 1_000_000_000_000}  # fmt: skip
# the qualifier may stand before a verb: 至少造成23人死亡, 约为6000人
_ZH_QUAL_BEFORE = re.compile(
    r"(?P<q>至少|最少|不少于|不低于|不止|超过|多于|逾|(?<!赶)超|约有|大约|约|(?<![最附亲将接])近|将近|接近|大概|差不多|"
    r"最多|不超过|不到|不足|多达|高达|突破)(?:已经|已|共|共计|总共|就)?(?:造成|导致|致使|致|有|达到|达|为|是|在)?$"
)
# "仅该院就已接收28具": in one place alone, so at least
_ZH_ALONE = re.compile(r"仅[^，。；,;]{1,12}?就(?:已经?|已|有|共)?[^，。；,;\d]{0,6}$")
# the figure compared with: "高于上届的68.9%"
_ZH_BASELINE = re.compile(r"(?:上届|上次|去年|前年|此前|之前|往年|以往)(?:同期)?的?$")
_ZH_RANGE = re.compile(r"[至到~～\-－—]")
_ZH_TENTHS = re.compile(
    r"(?P<cue>约|近|逾|占|达|减少|增加|增长|上涨|下跌|下滑|下降|上升|超过|提升至|提高|降低|降至|升至|减排|削减|仅|为|减|增|成长|"
    r"占[^，。；,;\d]{1,8}?的)"
    r"(?P<n>[一二两三四五六七八九十])成(?P<m>[一二三四五六七八九])?(?![为功立员本交果绩熟年都长不])"
)
_ZH_PERCENT_WORDS = re.compile(r"百分之(?P<n>[零〇一二两三四五六七八九十百点]+)")
_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2, "十": 10}
_ZH_QUAL_AFTER = re.compile(r"以上|之多|左右|上下|以下|以内")
_ZH_CURRENCY = re.compile(
    r"^(?:美元|美金|欧元|英镑|日元|韩元|卢布|港元|港币|新台币|台币|人民币|元(?![素旦首帅老年月宵件]))"
)
_ZH_MEASURE = re.compile(
    r"^(?:平方公里|平方公尺|平方米|立方米|立方公尺|公里|千米|英里|公顷|公吨|吨|公斤|千克|毫米|厘米|公尺|公分|米(?![饭粉面酒\d])|个星期|"
    r"摄氏度|个百分点|百分点|斤|"
    r"周(?![年岁边末围]))"
)
_ZH_COUNTER = re.compile(
    r"^(?:名|位|人次|人|个|架|枚|辆|艘|座|所|家|户|头|只|门|颗|套|间|具|例|起|栋|件|条|处|剂|发|次|班|趟|列|宗)"
)
# measure words that say what is counted when the noun after them is not one we know
_ZH_COUNTER_UNITS = {"艘": "ships", "架": "aircraft", "辆": "vehicles", "户": "households", "宗": "cases"}
_ZH_VOTE = re.compile(r"(?:赞成|反对|弃权|支持)")
# people a share may be of without 的: "56%受访者"
_PEOPLE_LIKE = frozenset({"respondents", "voters", "people", "students", "workers", "owners", "patients", "children",
                          "women", "users", "households", "companies"})
_ZH_PERSON_COUNTERS = frozenset("名位人")
_ZH_OUTCOME = re.compile(
    r"(?:在[^，。；,;\d]{1,8}?中)?(?:已经|已|不幸|仍|目前)?(?P<o>死亡|丧生|遇难|身亡|罹难|阵亡|遇害|被杀|被打死|被炸死|受伤|负伤|伤亡|失联|失踪|"
    r"下落不明|被困|受困|被捕|被逮捕|被拘留|被拘|被紧急转移|紧急转移|被转移|转移|被疏散|疏散|撤离|被撤离)"
)
# a verb before the figure says what happened to the people counted: 疏散1.2万人, 转移安置群众1.2万人, 因灾死亡5人
_ZH_OUTCOME_BEFORE = re.compile(
    r"(?P<o>疏散|撤离|转移|安置|逮捕|拘留|死亡|遇难|罹难|丧生|失踪|失联|受伤)[^\d,，。;；、]{0,6}$")
_ZH_DIRECT = re.compile(r"(?P<o>死亡|死(?!者)|伤亡|受伤|伤(?![者员]))")
_ZH_TOLL = re.compile(r"(?P<k>死亡|遇难|罹难|受伤|伤亡)人数[^,，。;；]{0,6}$")
_ZH_MORE = re.compile(r"多|余")
# persons counted who then speak are the sources of a report, not a figure of it: "两名官员表示"
_ZH_SAYS = re.compile(r"(?:表示|说|称|透露|指出|介绍|告诉|证实|强调|坦言|认为|披露|对|向|接受)")
_ZH_SUFFIX = frozenset("者员民兵人生师手工官警客士")
_ZH_STOP_AFTER = frozenset("的在被和与及将已正从向于等也都均还因并前赴抵进遭乘")
_OUTCOME_UNITS = _lexicon("""
deaths: 死亡 丧生 遇难 身亡 罹难 阵亡 遇害 被杀 被打死 被炸死 死
injured: 受伤 负伤 伤
casualties: 伤亡
missing: 失联 失踪 下落不明
trapped: 被困 受困
arrested: 被捕 被逮捕 被拘留 被拘 逮捕 拘留
evacuated: 被紧急转移 紧急转移 被转移 转移 被疏散 疏散 撤离 被撤离 安置
""")


def _zh_run(s: str, pos: int, limit: int = 6) -> int:
    """The end of the noun starting at `pos`: Han characters up to a function word, at most `limit`."""
    end = pos
    while end < len(s) and end - pos < limit and HAN.match(s[end]) and s[end] not in _ZH_STOP_AFTER:
        end += 1
    return end


def _zh_number(m: re.Match[str]) -> float | None:
    """The value of a number match: "11万2千" is 112000, "3亿5000万" 350000000."""
    value = _zh_value(m.group("num"), m.group("mult"))
    if value is not None and m.group("tail"):
        tail = _zh_value(m.group("tail"), m.group("tmult"))
        if tail is None or tail >= _ZH_MULT[m.group("mult")[-1]]:
            return None
        value += tail
    return value


def known_head(noun: str) -> str | None:
    """The unit of the longest known noun `noun` ends with ("受损桥梁": bridges), if any."""
    return next((_ZH_HEADS[noun[-k:]] for k in range(min(6, len(noun)), 1, -1) if noun[-k:] in _ZH_HEADS), None)


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
    """(end, unit) of the counted noun starting at `pos`: a known noun after at most 12 characters of
    modifiers ("特种部队士兵", "乘坐船只的士兵", "马雷尼亚驻埃国大使馆外交官"), else, after 名/位/人, a
    person noun ("抗议者")."""
    run = pos
    while run < len(s) and run - pos < 18 and (HAN.match(s[run]) or s[run] == "·"):
        run += 1
    for i in range(pos + 2, run + 1):
        heads = [s[i - k : i] for k in range(min(6, i - pos), 1, -1) if s[i - k : i] in _ZH_HEADS]
        if not heads or i - len(heads[0]) - pos > 12:
            continue
        if i < run and s[i] == "的":
            continue  # "…船只的士兵": the noun was a modifier
        end, unit = i, _ZH_HEADS[heads[0]]
        while end < run and s[i - len(heads[0]) : end + 1] in _ZH_HEADS:  # the longest: 成员国, not 成员
            end += 1
            unit = _ZH_HEADS[s[i - len(heads[0]) : end]]
        while True:  # compounds: 特种部队 + 士兵
            nxt = next((s[end : end + k] for k in range(6, 1, -1) if s[end : end + k] in _ZH_HEADS), None)
            if not nxt:
                return end, unit
            end, unit = end + len(nxt), _ZH_HEADS[nxt]
    if person:
        for i in range(pos + 2, min(pos + 7, run) + 1):
            if s[i - 1] in _ZH_SUFFIX and (i >= run or s[i] in _ZH_STOP_AFTER):
                return i, _unit_key(s[pos:i])
        for i in (pos + 2, pos + 3):  # "12万名牧民受到影响", "1500余名运动员参赛": a measure word of persons
            if run >= i and s[i - 1] in _ZH_SUFFIX and s[pos] not in _ZH_SUFFIX and not _ZH_SAYS.match(s, i):
                return i, _unit_key(s[pos:i])
    return None


def _zh_fixed_unit(s: str, e: int) -> tuple[int, str, tuple[int, int], str | None] | None:
    """Percentages, seats (58席) and goals (打进19球) right after a number ending at `e`."""
    rest = s[e : e + 2]
    if rest[:2] == "%的":
        head = _zh_head(s, e + 2, False)
        if head:
            return head[0], "vote share" if head[1] == "votes" else "percent", (e + 2, head[0]), None
        end = _zh_run(s, e + 2)
        if s[e + 2 : e + 3] == "人":
            end = e + 3  # "15%的人表示反对": of the people
        return (end, "percent", (e + 2, end), None) if end > e + 3 else (e + 1, "percent", (e, e + 1), None)
    if rest[:1] == "%" and (head := _zh_head(s, e + 1, False)) and head[0] - (e + 1) <= 4 and head[1] in _PEOPLE_LIKE:
        return head[0], "percent", (e + 1, head[0]), None  # "有56%受访者支持": a share of the respondents
    if rest[:1] == "票" and (vote := _ZH_VOTE.match(s, e + 1)):
        return vote.end(), "votes", vote.span(), None  # "以35票赞成、10票反对"
    if rest[:1] == "%":
        after = _ZH_QUAL_AFTER.match(s, e + 1)  # "80%左右"
        return (after.end() if after else e + 1), "percent", _zh_before_noun(s, e), (
            _QUALIFIERS[after.group(0)] if after else None)
    if rest[:1] == "倍":
        return e + 1, "times", (e, e + 1), None
    if rest[:1] == "次" and (e + 1 >= len(s) or s[e + 1] in "，,。；;、）)"):
        return e + 1, "times", (e, e + 1), None  # "被检举4次"
    if rest[:1] == "席" and rest[1:2] != "位":
        return e + 1, "seats", (e, e + 1), None
    if rest[:1] == "球" and rest[1:2] not in ("队", "员", "迷", "场", "衣", "鞋", "赛", "星") and re.search(
        r"(?:进|入|攻|射)[\d零〇一二两三四五六七八九十]*$", s[max(0, e - 6) : e]
    ):
        return e + 1, "goals", (e, e + 1), None
    return None


def _with_after(s: str, end: int, unit: str, subject: tuple[int, int]
                ) -> tuple[int, str, tuple[int, int], str | None]:
    """A unit's figure with the qualifier written after it: "150毫米以上", "3亿元左右"."""
    after = _ZH_QUAL_AFTER.match(s, end)
    return (after.end() if after else end), unit, subject, (_QUALIFIERS[after.group(0)] if after else None)


def _zh_after_number(
    s: str, e: int, cjk_unit_hans: bool, large: bool
) -> tuple[int, str, tuple[int, int], str | None] | None:
    """(end, unit, subject span, qualifier after) of what follows a number ending at `e`."""
    rest = s[e : e + 24]
    if cur := _ZH_CURRENCY.match(rest):
        unit = _CURRENCIES[cur.group(0)] if (cur.group(0) != "元" or cjk_unit_hans) else "元"
        return _with_after(s, e + cur.end(), unit, (e, e + cur.end()))
    if meas := _ZH_MEASURE.match(rest):
        return _with_after(s, e + meas.end(), _MEASURES[meas.group(0)], (e, e + meas.end()))
    if fixed := _zh_fixed_unit(s, e):
        return fixed
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
    if after and s[p : p + 2] in _ZH_HEADS:
        after = None  # "30余次余震": 余 begins the noun
    qual = _QUALIFIERS[after.group(0)] if after else None
    p = after.end() if after else p
    if counter.group(0) in ("人", "人次"):
        de = 1 if s[p : p + 1] == "的" else 0
        head = _zh_head(s, p + de, True) if de else None
        subject, unit = ((p + de, head[0]), head[1]) if head else ((e, e + counter.end()), "people")
    elif counter.group(0) == "个" and s[p : p + 1] in _ZH_ADMIN and not HAN.match(s[p + 1 : p + 2] or "x"):
        subject, unit = (p, p + 1), "areas"  # "11个市52个县（市、区）受灾"
    else:
        counted = _zh_counted(s, e, p, counter.group(0))
        if counted is None:
            return None
        subject, unit = counted
    end = subject[1]
    if (late := _ZH_QUAL_AFTER.match(s, end)) and qual is None:
        qual, end = _QUALIFIERS[late.group(0)], late.end()
    if (out := _ZH_OUTCOME.match(s, end)) and (unit in _PEOPLE_UNITS or unit == "people"):
        outcome = _OUTCOME_UNITS[out.group("o")]
        if unit == "people" or outcome in {"deaths", "injured", "casualties"}:  # "两千名员工撤离" stays workers
            unit, end = outcome, out.end()
    return end, unit, subject, qual


def _zh_counted(s: str, e: int, p: int, counter: str) -> tuple[tuple[int, int], str] | None:
    """(subject span, unit) of the noun a measure word at `e` counts, the noun starting at `p`."""
    head = _zh_head(s, p, counter in _ZH_PERSON_COUNTERS)
    if not head and counter in _ZH_COUNTER_UNITS and (run := _zh_run(s, p)) > p:
        head = (run, _ZH_COUNTER_UNITS[counter])  # "40艘货轮": ships, whatever the noun
    if not head and counter == "户" and (p >= len(s) or s[p] in "，,。；;、）)"):
        return (e, e + 1), "households"  # "停电户数达到25万户。": what is counted came before
    return ((p, head[0]), head[1]) if head else None


def _zh_before_noun(s: str, e: int) -> tuple[int, int]:
    """What a bare percentage is of: the two characters before it ("加薪9%", "效力为83.6%"), else the sign."""
    m = re.search(r"([\u4e00-\u9fff]{2})(?:为|是|达到|达|约|约为|近|超过|逾|了|至|到)?[\d.]+$", s[max(0, e - 16) : e])
    if m is None:
        return e, e + 1
    offset = max(0, e - 16)
    return offset + m.start(1), offset + m.end(1)


_ZH_LISTED = re.compile(
    r"(?P<c>名|位|人|辆|艘|架|个|台|部|间|栋|座|套|户|家|所|宗|条|起|班|件)(?P<more>余|多)?"
    r"(?=[、，,。；;和及与]|$|赶|奔赴|前往|到|参与|参加|投入|抵达|受损|倒塌|被|遭)"
)


_ZH_ADMIN = frozenset("省市县区乡镇村州")
_ZH_LISTED_COUNTER = re.compile(
    r"(?P<c>名|位|人|辆|艘|架|个|台|部|间|栋|座|套|户|家|所|宗|条|起|班|件)(?P<more>余|多)?")
# the measure words a known noun takes when it stands before its number (people: 名, 位, 人, 个)
_ZH_NOUN_COUNTERS = {"ships": "艘", "aircraft": "架", "vehicles": "辆台部", "households": "户",
                     "buildings": "间栋座所套", "companies": "家所", "cases": "宗件起例", "roads": "条",
                     "trains": "趟列班", "flights": "班架", "schools": "所", "hospitals": "所家"}
_ZH_LISTING_VERB = re.compile(
    r"(?:关闭|出动|派出|调派|转移|疏散|停运|投入|调集|组织|设立|新设立|开放|接收|救治|收治|新增|累计|录得|摧毁|损毁|"
    r"击落|缴获|逮捕|拘留|受理|审结|执结|查处|破获)(?P<n>[\u4e00-\u9fff]{1,4})$"
)


def _zh_listed(s: str, start: int, e: int) -> tuple[int, str, tuple[int, int], str | None] | None:
    """A noun listed before its number: "出动消防车40辆、消防员200余名", "人员130名抢救". A known noun
    may be followed by anything; others only by a list separator or a verb of arriving."""
    counter = _ZH_LISTED_COUNTER.match(s, e)
    if counter is None:
        return None
    listed = _ZH_LISTED.match(s, e)
    total = re.search(r"(?:共|共计|合计|总共|一共)$", s[max(0, start - 2) : start])
    start -= len(total.group(0)) if total else 0  # "消防车及救护车共42辆"
    more = "at_least" if counter.group("more") else None
    for k in range(min(6, start), 1, -1):
        noun = s[start - k : start]
        if noun in _ZH_HEADS and counter.group("c") in _ZH_NOUN_COUNTERS.get(_ZH_HEADS[noun], "名位人个"):
            return counter.end(), _ZH_HEADS[noun], (start - k, start), more
    if listed is None:
        return None
    if listed.group("c") in _ZH_COUNTER_UNITS and s[start - 1 : start] in ("车", "船", "轮", "舰", "艇", "机", "舟"):
        k = 3 if start >= 3 and HAN.fullmatch(s[start - 3]) else 2  # "消防车42辆": most such nouns have 2-3
        return listed.end(), _ZH_COUNTER_UNITS[listed.group("c")], (start - k, start), more
    if verb := _ZH_LISTING_VERB.search(s, max(0, start - 8), start):  # "关闭景区320个": whatever the noun
        return listed.end(), _unit_key(verb.group("n")), verb.span("n"), more
    return None


def _zh_qualifier(s: str, start: int) -> tuple[re.Match[str] | None, str | None]:
    """(the qualifier written before the number, its key), including "仅…就" (at least)."""
    before = _ZH_QUAL_BEFORE.search(s, max(0, start - 8), start)
    if before:
        return before, _QUALIFIERS[before.group("q")]
    if _ZH_ALONE.search(s, max(0, start - 24), start):
        return None, "at_least"
    return None, None


def _zh_same_counter(
    s: str, start: int, e: int, counted: dict[str, tuple[str, tuple[int, int]]]
) -> tuple[int, str, tuple[int, int], str | None] | None:
    """A measure word with no noun, counting what it counted before in the sentence: "共36宗个案，
    其中35宗为外地传入"; "房屋倒塌1200余间、损坏8600余间" (the houses damaged: 损坏)."""
    counter = _ZH_COUNTER.match(s[e : e + 1])
    if counter is None or counter.group(0) not in counted:
        return None
    unit, subject = counted[counter.group(0)]
    if happened := _ZH_HAPPENED.search(s, max(0, start - 4), start):
        subject = happened.span()
    return e + 1, unit, subject, None


_ZH_CURRENCY_BEFORE = re.compile(r"(?:新台币|台币|人民币|港币|港元|美元|美金|日元|欧元|英镑|韩元)$")
_ZH_HAPPENED = re.compile(r"(?:倒塌|损坏|受损|损毁|被毁|冲毁|停运|停课|停产|关闭|受灾)$")
_ZH_HAVE = re.compile(r"(?:共|约|还|仍|已|已经|总共|一共)?有$")
_ZH_CLAUSE_END = frozenset("，,。；;、！？!?）)")


def _zh_bare_counter(s: str, start: int, e: int, qualified: bool = False
                     ) -> tuple[int, str, tuple[int, int], str | None] | None:
    """A measure word ending its clause counts the noun before: "重症病例累计已达312例" (病例), "恢复供电的
    村庄有86个" (村庄), "确诊病例超过4000例" (after a qualifier), "死亡病例87例" (病例 right before its number);
    or says what happened to those counted: "其中41例死亡"."""
    counter = _ZH_COUNTER.match(s[e : e + 1])
    if counter is None:
        return None
    p = e + 1
    more = _ZH_MORE.match(s, p)
    qual = "at_least" if more else None
    p = more.end() if more else p
    if counter.group(0) in "例名位" and (out := _ZH_OUTCOME.match(s, p)):
        return out.end(), _OUTCOME_UNITS[out.group("o")], out.span("o"), qual
    if p < len(s) and s[p] not in _ZH_CLAUSE_END:
        return None
    if happened := _ZH_HAPPENED.search(s, max(0, start - 4), start):  # "房屋倒塌1200余间": the houses that collapsed
        at = happened.start()
        head = next(((k, _ZH_HEADS[s[at - k : at]]) for k in range(4, 1, -1) if s[at - k : at] in _ZH_HEADS), None)
        if head is not None:
            return p, head[1], (at - head[0], happened.end()), qual
    have = _ZH_HAVE.search(s, max(0, start - 4), start)
    found = measured_zh.back(s, _Figure(have.start() if have else start, start, p, 0.0, "", (e, p), None), True)
    if found.span is None:
        return None
    noun = s[found.span[0] : found.span[1]]
    known = known_head(noun)
    adjacent = found.span[1] == start and (counter.group(0) == "例" or known is not None)
    if not (found.linked or have or qualified or adjacent):
        return None
    unit = "cases" if counter.group(0) == "例" else known or _ZH_COUNTER_UNITS.get(counter.group(0)) or _unit_key(noun)
    return p, unit, found.span, qual


def _zh_figures(s: str, hans: bool) -> list[_Figure]:
    out: list[_Figure] = []
    matches = list(_ZH_NUM.finditer(s))
    taken: set[int] = set()  # the second number of a range
    counted: dict[str, tuple[str, tuple[int, int]]] = {}  # measure word -> the unit it counted in this sentence
    for i, m in enumerate(matches):
        if m.start() in taken:
            continue
        num, mult = m.group("num"), m.group("mult")
        more = m.group("more") or m.group("more2")
        before, qualifier = _zh_qualifier(s, m.start())
        bare = num in _ZH_MULT or (num in "一〇零" and not _ZH_DIRECT.match(s, m.end()))
        if bare and not (before and num in _ZH_MULT):
            continue  # "一名" is "a", "千" alone is a figure only in "逾千人", "近百"
        if _ZH_BASELINE.search(s, max(0, m.start() - 6), (before.start() if before else m.start())):
            continue
        value = _zh_number(m)
        if value is None or value <= 0:
            continue
        end_num = m.end() + (s[m.end() : m.end() + 1] == "%")
        nxt = matches[i + 1] if i + 1 < len(matches) else None
        ranged = (nxt is not None and nxt.start() == end_num + 1 and bool(_ZH_RANGE.fullmatch(s[end_num]))
                  and (s[m.end() : m.end() + 1] == "%") == (s[nxt.end() : nxt.end() + 1] == "%"))  # "下降18.6%至41亿元"
        if ranged and nxt is not None:
            taken.add(nxt.start())
            if not mult and nxt.group("mult"):
                value *= _ZH_MULT[nxt.group("mult")]  # "1至2亿": 1亿 to 2亿
            last = nxt
        else:
            last = m
        large = bool(last.group("mult")) or "万" in last.group("num") or "亿" in last.group("num")
        follow = _zh_after_number(s, last.end(), hans, large)
        start = before.start() if before else m.start()
        if follow is None:
            follow = _zh_listed(s, start, last.end())
        follow = follow or _zh_bare_counter(s, start, last.end(), before is not None) or (
            _zh_same_counter(s, start, last.end(), counted))
        if follow is None:
            toll = _ZH_TOLL.search(s, max(0, m.start() - 12), m.start())
            if not toll or not num[0].isdigit():
                continue
            subject = (toll.start(), toll.start() + len(toll.group("k")) + 2)
            follow = (m.end() + (s[m.end() : m.end() + 1] == "人"), _OUTCOME_UNITS[toll.group("k")], subject, None)
        end, unit, subject, after = follow
        counted.setdefault(s[last.end() : last.end() + 1], (unit, subject))
        if s[end : end + 1] == "中" and s[max(0, m.start() - 2) : m.start()].endswith("在"):
            continue  # "在169个议席中获得58席": the total
        qualifier = qualifier or ("at_least" if more else after) or ("approx" if ranged else None)
        unit, subject = _zh_said_before(s, start, unit, subject)
        out.append(_Figure(start, m.start(), end, value, unit, subject, qualifier))
    return out + _zh_percent_words(s)


def _zh_said_before(s: str, start: int, unit: str, subject: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """(unit, subject) of a figure starting at `start` as what stands before it refines them: the currency
    ("新台币12.3亿元"), what happened to the people counted ("因灾死亡5人", "警方逮捕了12人"), a toll
    ("死亡人数为23人")."""
    if unit in ("元", "cny") and (named := _ZH_CURRENCY_BEFORE.search(s, max(0, start - 3), start)):
        return _CURRENCIES[named.group(0)], subject
    if unit != "people":
        return unit, subject
    if verb := _ZH_OUTCOME_BEFORE.search(s, max(0, start - 14), start):
        if s[subject[0] : subject[1]] == "人" and re.fullmatch(r"[了过约近共计]*", s[verb.end("o") : start]):
            subject = verb.span("o")  # "警方逮捕了12人": those arrested (not "转移安置群众2.7万人")
        return _OUTCOME_UNITS[verb.group("o")], subject
    if toll := _ZH_TOLL.search(s, max(0, start - 12), start):
        return _OUTCOME_UNITS[toll.group("k")], subject
    return unit, subject


def _zh_percent_words(s: str) -> list[_Figure]:
    """Percentages in words: 百分之三十, 四成, 一成五 (15%)."""
    out: list[_Figure] = []
    for m in _ZH_PERCENT_WORDS.finditer(s):
        try:
            value = float(cn2an.cn2an(m.group("n"), "smart"))
        except (ValueError, KeyError, IndexError):
            continue
        before, qualifier = _zh_qualifier(s, m.start())
        owned = _zh_run(s, m.end() + 1) if s[m.end() : m.end() + 1] == "的" else m.end()
        subject = (m.end() + 1, owned) if owned > m.end() + 1 else (m.start(), m.end())
        out.append(_Figure(before.start() if before else m.start(), m.start(), max(m.end(), owned), value, "percent",
                           subject, qualifier))
    for m in _ZH_TENTHS.finditer(s):
        value = _DIGIT[m.group("n")] * 10.0 + (_DIGIT[m.group("m")] if m.group("m") else 0)
        before, qualifier = _zh_qualifier(s, m.start("n"))
        qualifier = qualifier or ("approx" if m.group("cue") in ("约", "近") else None)
        start = min(m.start("n"), before.start() if before else m.start("n"))
        at = m.end() + (s[m.end() : m.end() + 1] in ("的", "是", "为"))  # "六成的受访者", "约六成是妇女"
        head = _zh_head(s, at, True)  # "六成受访者", "六成的受访者": a share of those asked
        subject, end = ((at, head[0]), head[0]) if head else ((m.start("n"), m.end()), m.end())
        out.append(_Figure(start, m.start("n"), end, value, "percent", subject, qualifier))
    return out
