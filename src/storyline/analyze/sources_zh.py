"""Whom a Chinese sentence cites: 据X报道, X表示/称/说, 记者从X获悉, 援引X, and denials (无法证实X).

Names are clean noun phrases: time words, adverbs and "发表声明"-style verb phrases are cut, the
qualifying part before a long "...的" is dropped, and when a title is followed by a person's name
("乌克兰军事情报局局长基里洛·布达诺夫") the name alone is kept.
"""

from __future__ import annotations

import re

from .sentences import PAREN_MASK, Source, _verb_source, _words

_ZH_BOUNDARY = re.compile(r"[,，。;；:：!！?？\x01\n]")
_ZH_VERB = re.compile(
    r"(?<![所据小传听演游宣号堪简自并俗昵来再])(?:回答说|回应说|回应称|声称|宣称|表示|指出|透露|证实|指责|指控|宣布|"
    r"强调|坦言|告诉|报道(?=[,，:：]|称|说)|称|说)(?![明法服为作号赞之])"
)
_ZH_ACCORDING = re.compile(
    r"(?<![数依证占盘割])(?:根据|据)(?!悉|称|说|报道|了解|信|此|传|闻)(?P<x>[^,，。;；:：!！?？\x01]{1,30}?)"
    r"(?:的)?(?:报道|报导|消息|称|说|透露|指出|表示|统计|估计|披露|介绍|公布|数据|通报|通告|公告|发布|[,，])"
)
# "记者从X获悉", "援引X的数据": the authority sits between the cue and the verb
_ZH_FROM = re.compile(
    r"(?:从|自|向)(?P<x>[^,，。;；:：!！?？\x01从]{2,25}?)(?:处)?(?:获悉|了解到|得知|证实)"
    r"|(?:援引|引述|引用)(?P<y>[^,，。;；:：!！?？\x01]{2,25}?)(?:的)?(?:数据|消息|报道|说法|通报|统计|称|表示|指出)"
)
_ZH_UNCONFIRMED = re.compile(
    r"(?:无法|未能|不能|没有|尚未|未)(?:确认|证实|核实)(?P<x>[\u4e00-\u9fff·]{2,8}?)(?:有关|关于)?"
)
_ZH_LEAD = re.compile(
    r"^(?:此前|随后|同时|此外|另外|然而|不过|但是|但|而且|而|并且|并|其中|虽然|尽管|因为|由于|因此|所以|当天|当日|同日|日前|近日|目前|"
    r"今天|昨天|前天|本周[一二三四五六日末]?|上周[一二三四五六日末]?|周[一二三四五六日末]|今年|去年|"
    r"\d{1,2}月\d{1,2}日|当地时间)+"
)
_ZH_TAIL = re.compile(
    r"(?:还|也|则|曾|又|仅|都|均|亦|更|已|已经|再次|再度|随即|随后|之后|公开|明确|正式|首次|一再|多次|反复|甚至|"
    r"并|却|就此|对此|当天|当日|同日|此前|早些时候|本周[一二三四五六日末]?|上周[一二三四五六日末]?|"
    r"周[一二三四五六日末]|昨天|今天|日前|近日|\d{1,2}月\d{1,2}日|\d{1,2}日|直接|非常|尖锐的|尖锐地|"
    r"发表声明并?|发布声明并?|发表讲话|发表谈话|发表评论|发文|提出指控|测定|测算|估算|的?资料|的?数据|的?统计|"
    r"在[^在]{1,12}?[上中里时]|向[^向]{1,12}|对[^对]{1,12}|(?:在)?接受[^接]{1,15}?采访时?|通过[^通]{1,10})$"
)
_ZH_VP = re.compile(r"^(?P<x>.+?)(?:提出指控|发表声明|发布声明|发表讲话|发出警告|发表谈话)$")
_ZH_TITLE = re.compile(
    r"(?:副?局长|副?部长|发言人|总统|总理|副?主席|秘书长|大使|外长|防长|司令|指挥官|首相|国务卿|议员|主任|总裁|"
    r"首席执行官|负责人|总书记|委员长|州长|市长|代表|顾问|官员)(?P<name>[\u4e00-\u9fff·]{2,12})$"
)
_ZH_ORG_END = re.compile(r"(?:室|部|局|院|府|馆|处|会|厅|署|中心|机构|部门|方面|政府|军|社|台|报|团|队|组织)$")
_ZH_PRONOUN = re.compile(r"^(?:他们|她们|它们|我们|他|她|它|其(?!他|中)|我|你|该|此人|对方)")
_ZH_BAD = re.compile(
    r"是|了|将|会|要|把|被|未|不|如果|没有|无法|可能|因为|所以|这|那|能|应|让|给|使|认为|显示|什么|为何|\d"
)
_ZH_BAD_IN_ORG = re.compile(r"是|了|如果|没有|无法|可能|因为|所以|认为|显示|什么|为何|\d")
_ZH_NOT_NAME = _words("报道 消息 悉 称 说 了解 信 分析 估计 统计 有关 此")


def _clean_zh(x: str) -> str | None:
    x = re.sub(r"[\x00\s]", "", x)
    if "援引" in x:
        after = re.sub(r"的(?:话|消息|说法|报道)$", "", x.rsplit("援引", 1)[1])
        x = after or x.rsplit("援引", 1)[0]
    x = _ZH_LEAD.sub("", x)
    while True:
        y = _ZH_TAIL.sub("", x)
        if y == x or not y:
            break
        x = y
    x = re.sub(r"(?:等(?:多家|多个|其他)?(?:外媒|媒体|机构|国家|方面))$", "", x)
    if "的" in x and len(x) > 12:
        x = x.rsplit("的", 1)[1]
    title = _ZH_TITLE.search(x)
    if title and not _ZH_ORG_END.search(title.group("name")):
        x = title.group("name")
    bad = _ZH_BAD_IN_ORG if _ZH_ORG_END.search(x) else _ZH_BAD  # 应急管理厅, 委员会 are names
    if len(x) < 2 or len(x) > 25 or x in _ZH_NOT_NAME or bad.search(x):
        return None
    if x.startswith(("有", "可以", "比如", "换句")) and not x.startswith("有关"):
        return None
    return x


def _zh_name_before(m: str, end: int) -> tuple[bool, str | None]:
    """(found a subject, its name) for a Chinese verb at `end`; a pronoun is found with no name."""
    bounds = [b.end() for b in _ZH_BOUNDARY.finditer(m, 0, end)]
    start = bounds[-1] if bounds else 0
    raw = m[start:end]
    if raw.lstrip().startswith(("据", "根据")) or raw.endswith("、"):
        return False, None  # "据X报道": the according-to pattern has it
    stripped = _ZH_TAIL.sub("", _ZH_LEAD.sub("", raw.replace(PAREN_MASK, "").strip()))
    if _ZH_PRONOUN.match(_ZH_LEAD.sub("", raw.strip())):
        return True, None
    if not stripped and start >= 1 and m[start - 1] in ",，":
        prev = [b.end() for b in _ZH_BOUNDARY.finditer(m, 0, start - 1)]
        vp = _ZH_VP.match(m[(prev[-1] if prev else 0) : start - 1].strip())
        if vp:
            name = _clean_zh(vp.group("x"))
            return name is not None, name
        return False, None
    name = _clean_zh(raw)
    return name is not None, name


def _zh_sources(s: str, m: str) -> list[Source]:
    out: list[Source] = []
    n = len(s)
    for acc in _ZH_ACCORDING.finditer(m):
        name = _clean_zh(acc.group("x"))
        if name:
            out.append(Source(name, acc.start(), acc.end(), n))
    for cue in _ZH_FROM.finditer(m):
        name = _clean_zh(cue.group("x") or cue.group("y"))
        if name:
            out.append(Source(name, cue.start(), cue.end(), n))
    for verb in _ZH_VERB.finditer(m):
        found, name = _zh_name_before(m, verb.start())
        out.append(_verb_source(s, m, verb, found, name))
    for neg in _ZH_UNCONFIRMED.finditer(m):
        name = _clean_zh(neg.group("x")) if neg.group(0).endswith(("有关", "关于")) else None
        out.append(Source(name, neg.start(), neg.end(), n, claims_only=True))
    return sorted(out, key=lambda src: src.anchor)


