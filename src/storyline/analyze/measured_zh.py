"""What a Chinese figure measures when the word after its number is only a unit: "涉案金额达12亿元"
(涉案金额), "国内生产总值同比增长5.2%" (国内生产总值), "震源深度10公里" (震源深度), "共出动抢修人员约1.2万人"
(抢修人员), "重伤27人" (重伤), "总额50亿元的消费券" (消费券), "出口5.8万亿元，同比增长6.1%" (出口, the
figure before).

The clause before the number is cut into words with part-of-speech tags (a private rjieba tagger,
so that the words added here never change how the search index cuts text). From the number back,
words that only link the noun to its figure are passed over (达, 为, 约, 同比, 增长, 降至, 在…上, time
words, adverbs); the first noun phrase then is what is measured, with the modifiers before it
(at most 8 characters). A verb that acts on the figure (造成, 出动, 有, 拨付) ends the search: what
stands before it is the cause or the agent, not the thing measured.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import rjieba

from .figures import _CURRENCIES, _Figure, _lexicon, _words

_BREAK = frozenset("，,；;。：:！？!?（）()、“”「」『』《》\"'\n")
# words that link a noun to its figure: copulas, verbs of change, comparisons, qualifiers, "累计"
_LINK = _words("""
达 达到 高达 多达 为 是 约 约为 大约 近 将近 接近 逾 超 超过 突破 共 共计 合计 总计 累计 总共 一共 增长 增加 增
上涨 涨 上升 升 提高 提升 下降 降 减少 减 下跌 跌 下滑 降低 回落 缩减 削减 萎缩 扩大 收窄 增至 升至 降至 涨至 跌至
减至 增加到 上升到 下降到 增长到 提高到 提升到 降低到 达至 至 到 同比 环比 比 较 比上年 较上年 比去年 较去年 同期
占 占比 维持 保持 在 于 录得 已 已经 仍 仍然 将 还 也 则 均 都 一度 分别 再 又 继续 持续 仅 只 就 了 年增 年减 成长
衰退 扩增 实际 实质 名义 每秒 每小时 每年 每月 平均 预计 估计 约达 最多 最少 至少 长达 宽达 深达 高约 共约 总共约
完成 实现 调整 上调 下调 调高 调低 调升 调降 阶段性 收涨 收跌 大涨 大跌 暴涨 暴跌 飙升 骤降 涨超 跌超
首度 首次 再度 再次 可 可能 有望 或将 将会 预计将 增产 减产 缩小 缩小到 缩小至
扩大到 扩大至 可达 可达到 蒸发 缩水 加快 放缓 高出 低于 高于
""")
# verbs whose subject is not the thing measured ("暴雨造成…", "消防局出动…", "村子就有…")
_STOP = _words("""
造成 导致 致使 致 出动 派出 调派 拨付 发放 有 共有 拥有 确认 吸引 接待 获得 需要 花费 花 支付 涉及 包括
报告 通报 公布 显示 表示 称 指 估算 测定 宣布 发现 救出 救起 预估 预测 估计 指出 透露 认为 上修 下修
""")
# tags passed over between the noun and its figure: adverbs, prepositions, time, numbers, particles
_SKIP_TAGS = frozenset({"d", "ad", "p", "t", "tg", "m", "mq", "q", "ul", "uz", "ug", "c"})
# the last characters of nouns of amounts, rates and things: 罚没款, 接种率, 融雪剂, 用水量
_NOUN_ENDS = frozenset("款额费率量值价金资税数度剂品物者员口")
_HEAD_TAGS = frozenset({"n", "nz", "vn", "ng", "nl", "an", "eng", "j"})
_MOD_TAGS = _HEAD_TAGS | frozenset({"b", "s", "a", "ad"})
_NOUN_TAGS = frozenset({"n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "eng"})
# words the tagger takes for something else, or cuts apart, in the language of figures
_WORDS = """
n: 深度 长度 宽度 高度 厚度 海拔 水位 流量 雨量 降雨量 降水量 震源深度 收入 营收 预算 投入 加薪 占比 比重 人数 人次 增幅
    涨幅 跌幅 降幅 增速 增长率 成长率 年增率 失业率 通胀率 物价指数 总值 出口额 进口额 成交额 交易额 销售额 营业额 市值
    净利润 利润 亏损 损失 经济损失 直接经济损失 总投资 投资额 罚款 赔偿金 转会费 身价 票房 阵风 风速 积雪 过火面积
    粮食产量 产量 受灾面积 土方量 载重量 排水量 兵力 车流量 客流量 进出口 零售总额 外汇储备 储备 存款 贷款 余额 债务
    赤字 总额 金额 户数 停电户数 受灾户数 开支 占地 占地面积
    涉案金额 售价 价格 均价 房价 油价 股价 指数 工业增加值 增加值 可支配收入 生产总值 全长 总长 面积 宽 长 高 深 重
    涉款 涉款金额
vn: 出口 进口 投资 消费 支出 融资 捐款 补贴 排放
"""
_MEASURE_ADJ = frozenset("宽长高深厚重")
_CHANGE = _words("增长 下降 增加 减少 上涨 下跌 上升 削减 年增 成长 衰退 回落 下滑 增产 减产")
# words the tagger makes of an adverb and a linking verb: 更达, 均为, 已增至
_LINK_JOINED = re.compile(r"[更再已均共约将或仍总亦也还并则都分别]{1,2}(?:达到?|为|增至|降至|升至|至|到|逾|超过?)")
# "the whole …": not part of what is measured ("全省出口")
_WHOLE = _words("全省 全市 全国 全县 全区 全镇 全村 全乡 全州 全港 全台 全岛 全球 全美 全欧 全境 全年 全行业 全社会 "
                "各州 各省")
# nouns that only say "the figure": "官方通报的数字为60米"
_GENERIC = _words("数字 数据 数值 数额 数目 数 总数 情况 结果 方面 水平")
_TIME = re.compile(
    r"^(?:[今去明前后本上下]年|全年|上半年|下半年|[一二三四]季度|前[一二三四]季度|当[天日月年]|[同当]期|目前|此前|截至|"
    r"上届|上一届|上次|上期|往年|"
    r"时|时候|期间|之际|高峰时|高峰期|最多时|[上本去今]?年度)"
)


_COMPARED = re.compile(r"^(?:较|比)(?:前|上|去|同)?$")  # the comparison a change is measured against
_RETAG = _lexicon(_WORDS)  # word -> the tag the private tagger gives it
_LOCATIVE = frozenset("内中后前里间")  # after a number or time: 两年内, 三天后


@lru_cache(maxsize=1)
def _tagger() -> rjieba.Jieba:
    jieba = rjieba.Jieba()
    for word, tag in _RETAG.items():
        jieba.add_word(word, 100_000, tag)  # the tag of a word the dictionary has already is kept: see _tokens
    return jieba


Token = tuple[int, int, str, str]  # start, end, word, tag


def _tokens(s: str, a: int, b: int) -> list[Token]:
    out: list[Token] = []
    pos = a
    for word, given in _tagger().tag(s[a:b]):
        tag = _RETAG.get(word, given)
        if word in _LOCATIVE and out and out[-1][3] in ("m", "t", "mq"):
            tag = "f"  # "两年内裁员": a place in time, not a noun of the phrase
        if word in ("率", "量", "额") and out and out[-1][3] in ("v", "vn", "n") and out[-1][1] == pos:
            start, _, before, _ = out.pop()  # "复电率", "发电量": the tagger cuts the noun of a rate apart
            out.append((start, pos + len(word), before + word, "n"))
            pos += len(word)
            continue
        out.append((pos, pos + len(word), word, tag))
        pos += len(word)
    return out


def tags(text: str) -> list[str]:
    """The part-of-speech tags of `text`'s words."""
    return [tag for _, _, _, tag in _tokens(text, 0, len(text))]


def _clause_start(s: str, pos: int) -> int:
    i = pos
    while i > 0 and s[i - 1] not in _BREAK and pos - i < 40:
        i -= 1
    return i


def _headlike(tok: Token) -> bool:
    _, _, word, tag = tok
    if len(word) >= 3 and word[-1] in _NOUN_ENDS and tag not in ("ns", "m"):
        return True  # words the tagger does not know: 罚没款, 接种率, 融雪剂
    if len(word) >= 2 and word[-1] in _MEASURE_ADJ and tag == "a":
        return True  # "浪高可达7公尺", "水深": a height, a depth
    return (tag in _HEAD_TAGS and word not in _LINK and not _stop(word) and not _TIME.match(word)
            and word not in ("同比", "环比") and word not in _WHOLE)  # "全港约有1.2万人": not what is counted


def _stop(word: str) -> bool:
    return word in _STOP or (len(word) <= 2 and word.endswith("有"))  # "中有", "另有", "尚有"


def _skippable(tok: Token) -> bool:
    _, _, word, tag = tok
    return (word in _LINK or word in _CURRENCIES or (tag in _SKIP_TAGS and not _stop(word)) or bool(_TIME.match(word))
            or bool(_LINK_JOINED.fullmatch(word)) or bool(_COMPARED.match(word)))


def _phrase(tokens: list[Token], i: int) -> tuple[int, int]:
    """The noun phrase ending with the head ``tokens[i]``: modifiers before it, at most 8 characters. A
    verb right before the head modifies it ("涉案金额", "抢修人员") unless a noun stands before the verb:
    then it is the verb of a clause ("工会要求加薪")."""
    j = i
    while j > 0:
        _, _, word, tag = tokens[j - 1]
        if (_stop(word) or word in _LINK or word in _WHOLE or _TIME.match(word)
                or tokens[i][1] - tokens[j - 1][0] > 8):
            break
        if tag in _MOD_TAGS:
            j -= 1
            continue
        if tag == "v" and len(word) <= 2 and j == i and (j < 2 or tokens[j - 2][3] not in _NOUN_TAGS):
            j -= 1
        break
    return tokens[j][0], tokens[i][1]


_TIMELY = frozenset({"m", "t", "mq", "q", "tg"})
_FORECAST = frozenset({"预估", "预测", "预期", "预计", "估计", "目标"})


def _time_word(tokens: list[Token], i: int) -> bool:
    """A locative that makes a time with its neighbour: 一周内, 两年后, 上月, 上周 (not 在基础上, 地区内)."""
    if tokens[i][3] != "f":
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    before = tokens[i - 1] if i > 0 else None
    return bool((before and before[3] in _TIMELY and tokens[i][2] in _LOCATIVE)
                or (after and after[3] in _TIMELY and tokens[i][2] in ("上", "下", "前", "去")))


def _per_unit(tokens: list[Token], i: int) -> bool:
    """A measure after 每: "每平方米", "每吨", "每人"."""
    word = tokens[i][2]
    return (word.startswith("每") and 2 <= len(word) <= 5) or (
        i > 0 and tokens[i - 1][2] == "每" and tokens[i][3] in ("q", "m", "n") and len(word) <= 3)


def _timely_of(tokens: list[Token], i: int) -> bool:
    """"的" after a time: "从2000年的18%提高到目前的36.5%"."""
    return tokens[i][2] == "的" and i > 0 and (tokens[i - 1][3] in _TIMELY or bool(_TIME.match(tokens[i - 1][2])))


class Back(NamedTuple):
    span: tuple[int, int] | None  # the noun phrase before the figure
    linked: bool  # a linking word stood between
    change: tuple[int, int] | None = None  # the nearest verb of change passed over: 增长, 下降
    place: bool = False  # a place word before the figure ("以北约12公里", "下游约五公里"): a distance


def back(s: str, f: _Figure, adjacent_verbs: bool) -> Back:
    """What stands before the figure in its clause."""
    start = _clause_start(s, f.start)
    tokens = _tokens(s, start, f.start)
    i, linked, change = len(tokens) - 1, False, None
    while i >= 0 and (_skippable(tokens[i]) or tokens[i][3] == "f" or _timely_of(tokens, i) or _per_unit(tokens, i)):
        word = tokens[i][2]
        if change is None and word in _CHANGE:
            change = tokens[i][:2]
        if _per_unit(tokens, i):
            linked, i = True, i - (1 if tokens[i][2].startswith("每") else 2)  # "房价为每平方米6.5万元"
            continue
        if _time_word(tokens, i) or _timely_of(tokens, i):
            linked, i = True, i - 1  # "一周内上涨", "较上月回落", "从2000年的18%": when, not where
            continue
        if (tokens[i][3] == "f" and not _COMPARED.match(word)) or word in ("上", "中", "内", "下"):
            at = next((k for k in range(i - 1, -1, -1) if tokens[k][2] == "在"), None)  # "在2020年基础上减少"
            if at is None or not linked:
                return Back(None, True, place=True)
            i = at
        linked, i = True, i - 1
    if i < 0:
        return Back(None, linked, change)
    tok = tokens[i]
    if tok[3] in ("ns", "nt") and i + 1 < len(tokens) and tokens[i + 1][2] in ("占", "约占", "占比"):
        return Back((tok[0], tok[1]), True, change)  # "台南市占逾七成": the place that takes the share
    if tok[2] in _FORECAST and change is None and i > 0 and (
            _headlike(tokens[i - 1]) or tokens[i - 1][3] in ("v", "vn")):
        span = _phrase(tokens, i - 1)  # "经济成长预估至3.1%": what is forecast
        return Back(span, linked, change)
    if tok[2] in _MEASURE_ADJ or _headlike(tok):
        span = _phrase(tokens, i)
        return Back(None if s[span[0] : span[1]] in _GENERIC else span, linked, change)
    if tok[2] == "的" and i > 0 and (zhan := next((k for k in range(i - 1, -1, -1) if tokens[k][2] == "占"), None)):
        k = zhan - 1  # "销量占全国的三成": what takes the share
        return Back(_phrase(tokens, k) if k >= 0 and _headlike(tokens[k]) else None, True, change)
    if not linked and tok[3] in ("v", "a", "vn", "nr", "l", "i") and not _stop(tok[2]) and len(tok[2]) >= 2 and (
            adjacent_verbs or tok[3] == "vn"):
        return Back((tok[0], tok[1]), False, change)  # "重伤27人", "加薪9%", "紧急转移1.5万人"
    return Back(None, linked, change)


def after(s: str, pos: int) -> tuple[int, int] | None:
    """The noun phrase after "的" at `pos`: "总额50亿元的消费券", "可容纳2万人的体育场"."""
    if s[pos : pos + 1] != "的":
        return None
    tokens = _tokens(s, pos + 1, min(len(s), pos + 13))
    k = 0
    while k < len(tokens) and tokens[k][3] in _MOD_TAGS and tokens[k][2] not in _LINK and not _stop(tokens[k][2]):
        k += 1
    while k > 0 and not _headlike(tokens[k - 1]):
        k -= 1
    if k == 0:
        return None
    first = 0
    while tokens[k - 1][1] - tokens[first][0] > 8:
        first += 1
    return tokens[first][0], tokens[k - 1][1]


def noun_after(s: str, pos: int) -> tuple[int, int] | None:
    """The noun right after a measure: "3.6万公顷农作物受灾" (农作物)."""
    tokens = _tokens(s, pos, min(len(s), pos + 8))
    if tokens and tokens[0][3] in ("n", "nz", "vn") and len(tokens[0][2]) >= 2 and _headlike(tokens[0]):
        return tokens[0][0], tokens[0][1]
    return None


def verb_after(s: str, pos: int) -> tuple[int, int] | None:
    """The verb right after a count of people: "200多人滞留", "3000人无家可归", "3人受轻伤", "5人成功获救"."""
    tokens = _tokens(s, pos, min(len(s), pos + 8))
    if len(tokens) >= 2 and tokens[0][2] in ("受", "遭", "被", "成功", "先后", "相继", "陆续", "全部") and (
            tokens[1][3] in ("a", "v", "vn", "n")):
        return tokens[0][0], tokens[1][1]
    if tokens and tokens[0][3] in ("v", "vn", "l", "i", "a") and not _stop(tokens[0][2]) and tokens[0][2] not in (
            "在", "是", "将", "为") and len(tokens[0][2]) >= 2:
        return tokens[0][0], tokens[0][1]
    if len(tokens) >= 2 and tokens[0][3] == "n" and len(tokens[0][2]) == 2 and tokens[1][2] in _BREAK:
        return tokens[0][0], tokens[0][1]  # "3万人断电。": an event the tagger calls a noun
    return None


def previous_clause_figure(s: str, f: _Figure, earlier: list[_Figure]) -> _Figure | None:
    """The figure ending the clause before this one when this clause only links a change to it:
    "出口5.8万亿元，同比增长6.1%"."""
    start = _clause_start(s, f.start)
    if start == 0 or not earlier:
        return None
    last = earlier[-1]
    if not (start - 2 <= last.end <= start - 1):
        return None
    tokens = _tokens(s, start, f.start)
    if all(_skippable(t) for t in tokens):
        return last  # "就诊人次为11万人次，较前一周上升8.3%"
    if f.unit == "percent" and tokens and tokens[0][2] in ("占", "约占", "占比") and tokens[-1][2] == "的":
        return last  # "涉及学生约1100万名，占全国在校学生总数的4%": the students are the 4%
    return None
