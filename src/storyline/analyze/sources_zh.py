"""Whom a Chinese sentence cites: 据X报道, X表示/称/说, 记者从X获悉, 援引X, and denials (无法证实X).

Names are clean noun phrases: time words, adverbs and "发表声明"-style verb phrases are cut, the
qualifying part before a long "...的" is dropped, and when a title is followed by a person's name
("乌克兰军事情报局局长基里洛·布达诺夫") the name alone is kept.
"""

from __future__ import annotations

import re

from . import gazetteer
from .sentences import PAREN_MASK, Source, _verb_source, _words

_ZH_BOUNDARY = re.compile(r"[,，。;；:：!！?？\x01\n]")
# "据估计", "所称", "被认为", "宣称" (the 称 of 宣称 is its own alternative): characters that make these words not verbs
_ZH_VERB = re.compile(
    r"(?:(?<![所据小传听演游宣号堪简自并俗昵来再被])(?:回答说|回应说|回应称|声称|宣称|表示|指出|透露|证实|指责|指控|"
    r"宣布|强调|坦言|告诉|披露|提到|提及|认为|估计|预估|估算|推算|测算|警告|介绍(?![的了])|公布(?!的)|通报(?!的)|"
    r"批评|抨击|谴责|驳斥|反驳|形容|直言|坦承|承认|重申|补充|解释|提醒|呼吁|质疑|预计|写道|撰文称|"
    r"(?:回忆|感叹|感慨|抱怨|笑称)(?=说|道|称|[,，:：])|"
    r"指(?=[,，:：])|测定(?=[,，:：])|统计(?=[,，:：])|分析(?=[,，:：])|初估|报道(?=[,，:：]|称|说)|称|说)|(?<=数据|数字|统计|资料|结果|报告|调查|记录|民调|图像|画面|监测)显示)"
    r"(?![明法服为作号赞之])"
)
_ZH_ACCORDING = re.compile(
    r"(?<![数依证占盘割])(?:根据|据)(?!悉|称|说|报道|报导|了解|信|此|传|闻)(?P<x>[^,，。;；:：!！?？\x01]{1,60}?)"
    r"(?:的)?(?P<v>报道|报导|消息|称|说|透露|指出|表示|统计|估计|估算|推算|测算|预测|测定|披露|介绍|公布|数据|资料|通报|"
    r"通告|公告|发布|说法|调查|记录|监测|[,，])(?!局|署|处|所|站|组|团|委|会|中心|院|部|厅|网|台|机构|人士|人员)"
)
_ZH_ESTIMATE = frozenset(["估计", "估算", "推算", "测算"])
# "记者从X获悉", "援引X的数据": the authority sits between the cue and the verb
_ZH_FROM = re.compile(
    r"(?:从|自|向)(?P<x>[^,，。;；:：!！?？\x01从]{2,25}?)(?:处)?(?:获悉|了解到|得知|证实)"
    r"|(?:援引|引述|引用)(?P<y>[^,，。;；:：!！?？\x01]{2,25}?)(?:的)?(?:数据|消息|报道|说法|通报|统计|称|表示|指出)"
)
# "正如联合国秘书长古特雷斯所说，“…”": the speaker of what follows
_ZH_AS_SAID = re.compile(
    r"(?:正如|如同|就像|诚如)(?P<x>[^,，。;；:：!！?？\x01]{2,30}?)(?:所说|所言|所指出|所强调|所称|说的那样|指出的那样)")
# "省里公布的1.2万人", "官方通报的数字为60米": the authority of one clause
_ZH_RELATIVE = re.compile(r"(?:公布|通报|发布|发表|宣布|提供|测定|估计|估算|统计|给出|披露)的")
_ZH_UNCONFIRMED = re.compile(
    r"(?:无法|未能|不能|没有|尚未|未)(?:确认|证实|核实)(?P<x>[\u4e00-\u9fff·]{2,8}?)(?:有关|关于)?"
)
_ZH_TIME = (
    r"(?:\d{1,2}月)?\d{1,2}日(?:凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚间|晚上|深夜|夜间|晚)?|"
    r"(?:当天|当日|同日|今天|昨天|前天|今日|昨日|本周[一二三四五六日末]?|上周[一二三四五六日末]?|"
    r"周[一二三四五六日末]|星期[一二三四五六日天])(?:凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚间|晚上|深夜|夜间)?|"
    r"凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚间|晚上|深夜|夜间|早些时候|较早时|稍早时?|早前|此前|日前|近日|"
    r"原先|原本|先前|起初|最初|"
    r"当地时间|今年|去年"
)
_ZH_LEAD = re.compile(
    r"^(?:此前|随后|同时|此外|另外|另|然而|不过|但是|但|而且|而|并且|并|其中|虽然|尽管|因为|由于|因此|所以|目前|来自|"
    r"多于|少于|高于|低于|不同于|有别于|" + _ZH_TIME + ")+"
)
_ZH_TAIL = re.compile(
    r"(?:还|也|则|曾|又|仅|只|都|均|亦|更|已|已经|再次|再度|随即|随后|之后|公开|私下|匿名|明确|正式|首次|一再|多次|反复|甚至|"
    r"同样|先后|分别|最新|初步|普遍|一致|多数|大多|并|却|就此|对此|" + _ZH_TIME + r"|直接|非常|尖锐的|尖锐地|"
    r"回忆|感叹|感慨|抱怨|笑着|激动地|无奈地|"
    r"发表声明并?|发布声明并?|解读|发表讲话|发表谈话|发表评论|发文|提出指控|测定|测算|估算|通报|公布|"
    r"发布(?:新闻稿|消息|预警|通告|公告|通知)?|发出(?:预警|警告|通知)|宣布|"
    r"的?资料|的?数据|的?数字|的?统计|的?(?:初步)?(?:计票)?结果|的?(?:工作)?报告|的?调查|的?记录|的?监测|"
    r"在[^在，,]{1,15}|向[^向]{1,12}|对[^对]{1,12}|(?:在)?接受[^接]{1,15}?采访时?|受访时?|"
    r"通过[^通]{1,10}|(?:根据|依据|按照)[^根依按]{1,20})$"
)
_ZH_VP = re.compile(r"^(?P<x>.+?)(?:提出指控|发表声明|发布声明|发表讲话|发出警告|发表谈话)$")
ZH_TITLES = (
    r"(?:副?(?:局|部|厅|处|院|校|市|县|省|州|署|司|行|社|队|村|镇|乡|站|所|会|团|舰|机|组)长|发言人|总统|总理|副?主席|"
    r"秘书长|新闻秘书|大使|外长|防长|司令|"
    r"指挥官|首相|国务卿|议员|主任|总裁|董事长|总经理|经理|总监|首席执行官|负责人|总书记|委员长|代表|顾问|官员|"
    r"分析师|统计师|经济学家|教授|研究员|学者|专家|村民|居民|记者|领导人|领袖|主教练|教练|体育总监|预报员|调查员|观察员|检察官|法官|"
    r"警官|医生)"
)
_ZH_TITLE = re.compile(ZH_TITLES + r"(?P<name>[\u4e00-\u9fff·]{2,12})$")
_ZH_ORG_END = re.compile(r"(?:室|部|局|院|府|馆|处|会|厅|署|中心|机构|部门|方面|政府|军|社|台|报|团|队|组织|平台)$")
_ZH_PRONOUN = re.compile(r"^(?:他们|她们|它们|我们|他|她|它|其(?!他|中)|我|你|该[\u4e00-\u9fff]{0,3}|此人|对方)")
_ZH_BAD = re.compile(
    r"是|了|将|会|要|把|被|未|不|如果|没有|无法|可能|因为|所以|这|那|能|应|让|给|使|认为|显示|什么|为何|\d|%|"
    r"[一二两三四五六七八九十]成|百分之|低于|高于|多于|少于|不及"  # "超过六成受访者表示", "远低于此前估计的": no names
)
_ZH_BAD_IN_ORG = re.compile(
    r"是|了|如果|没有|无法|可能|因为|所以|认为|显示|什么|为何|\d|%|[一二两三四五六七八九十]成|百分之")
_ZH_NOT_NAME = _words(
    "报道 报导 消息 悉 称 说 了解 信 分析 估计 统计 有关 此 结果 数据 资料 报告 调查 记录 官方数据 介绍 测算 "
    "初步 不完全 粗略 最新 初步统计 不完全统计"
)
_ZH_GENERIC = _words("公司 该公司 本公司 政府 当局 我们 他们 外界 市场 对方 双方 各方 官方")
_ZH_DOCUMENTS = _words("报告 该报告 通报 公告 声明 该声明 文件 数据 统计")
_ZH_ESTIMATING = frozenset(["预计", "初估", "估计", "估算", "推算", "测算", "预估"])
_ZH_PERSONS = re.compile(
    r"(?:人员|人士|专家|学者|分析师|官员|议员|媒体|居民|村民|民众|机构|部门|目击者|网友|知情者|当事人)$")


_ZH_AMOUNT = re.compile(r"(?:损失|收入|产量|销量|票房|金额|总额|费用|成本|规模|人数|数量|面积|产值|价格|"
                        r"[额量值率数])$")


def _agentive(name: str) -> bool:
    """Whether an estimating verb's subject can estimate: an organisation, an official, a person."""
    if name in _ZH_GENERIC or _ZH_AMOUNT.search(name):
        return False  # "损失估计达5亿港元": the loss is estimated, it does not estimate
    return bool(_ZH_ORG_END.search(name) or _ZH_PERSONS.search(name) or "·" in name or len(name) <= 3
                or re.search(r"(?:银行|組織|组织|协会|協會|联盟|聯盟|基金会|基金會|联合国|聯合國)$", name))
_ZH_AGENT = re.compile(r"^(?P<x>.{2,}?)(?:" + _ZH_TIME + r")*" + _ZH_RELATIVE.pattern)
_ZH_DATELINE = re.compile(r"^[^,，。]{0,24}?(?:\d{1,2}月\d{1,2}日(?:电|讯)|(?:电|讯)(?=[\x00\s]))[\x00\s]*")
# a clause whose subject is left out takes the previous clause's: "外交部18日以…为由，宣布驱逐4名…"
_ZH_OPENING_SUBJECT = re.compile(
    r"^(?P<x>[\u4e00-\u9fff·]{2,20}?)(?:" + _ZH_TIME + r"|以|在|于|对|向|将|已|就|曾|也|还|则|又|随即|同日)"
)


# common Chinese (and Korean) surnames, from the gazetteer; text is folded to Simplified before it is read
# (萧 and 阎 are the Simplified forms the folding keeps): a title then two or three characters starting
# with one of them is a person however the name ends
ZH_SURNAMES = frozenset(gazetteer.ZH_SURNAMES + "萧阎")


def zh_person_name(name: str) -> bool:
    """Two or three characters starting with a surname (Simplified)."""
    return 2 <= len(name) <= 3 and name[0] in ZH_SURNAMES


def _strip_zh(x: str) -> str:
    x = _ZH_LEAD.sub("", x)
    while True:
        y = _ZH_TAIL.sub("", x)
        if y == x or not y:
            return x
        x = y


def _clean_zh(x: str) -> str | None:
    x = re.sub(r"[\x00\s]", "", x)
    if cite := re.search(r"援引|引述|引用", x):
        after = re.sub(r"的(?:话|消息|说法|报道)$", "", x[cite.end() :])
        x = after or x[: cite.start()]  # "华联社引述X": X
    if agent := _ZH_AGENT.match(x):
        x = agent.group("x")  # "选举委员会24日公布的计票结果": the committee
    x = _strip_zh(x)
    x = re.sub(r"(?:等(?:多家|多个|其他)?(?:外媒|媒体|机构|国家|方面))$", "", x)
    x = re.sub(r"^(?:\d+|[一二两三四五六七八九十几数多]+)(?:名|位|个)(?=..)", "", x)  # "两名知情人士": 知情人士
    if "的" in x:
        owner, _, owned = x.rpartition("的")
        if _ZH_ORG_END.search(owner) and len(owned) <= 4:
            x = owner  # "选举委员会的席位(预测)"
        elif len(x) > 12 or ((_ZH_PERSONS.search(owned) or re.fullmatch(ZH_TITLES, owned)) and len(owned) >= 2):
            x = owned  # "这位不愿透露姓名的官员": 官员
    title = _ZH_TITLE.search(x)
    if title and (not _ZH_ORG_END.search(title.group("name")) or zh_person_name(title.group("name"))):
        x = title.group("name")  # "工程队负责人王建军": 王建军 (a name may end like an organisation: 军)
        while more := _ZH_TITLE.match(x):
            x = more.group("name")  # "总统新闻秘书佩斯科夫": titles one after another
    bad = _ZH_BAD_IN_ORG if _ZH_ORG_END.search(x) or _ZH_PERSONS.search(x) else _ZH_BAD  # 应急管理厅, 立法会议员
    if len(x) < 2 or len(x) > 25 or x in _ZH_NOT_NAME or bad.search(x):
        return None
    if x.startswith("有") and _ZH_PERSONS.search(x) and len(x) >= 3:
        x = x[1:]  # "另有目击者告诉记者": 目击者
    elif x.startswith(("有", "可以", "比如", "换句")) and not x.startswith("有关"):
        return None
    return x


def _pronoun(raw: str) -> str | None:
    """The pronoun or anaphor ("他", "该局") that `raw` (a subject) starts with."""
    lead = _ZH_LEAD.sub("", raw.strip())
    subject = _strip_zh(lead) or lead
    p = _ZH_PRONOUN.match(subject)  # "该公司在财报中", "该署也": 该公司, 该署
    if p is None:
        return None
    rest = subject[p.end() :]
    if rest.startswith("的") or (p.group(0).startswith("该") and rest):
        return None  # "她的教练", "该部门负责人": someone else, named by what follows
    return p.group(0)


def _zh_name_before(m: str, end: int) -> tuple[bool, str | None, str | None]:
    """(found a subject, its name, the pronoun standing for it) for a Chinese verb at `end`."""
    bounds = [b.end() for b in _ZH_BOUNDARY.finditer(m, 0, end)]
    start = bounds[-1] if bounds else 0
    raw = _ZH_DATELINE.sub("", m[start:end].replace(PAREN_MASK, ""))
    if _ZH_LEAD.sub("", raw.lstrip()).startswith(("据", "根据")) or raw.endswith("、"):
        return False, None, None  # "据X报道": the according-to pattern has it
    titled = _ZH_TITLE.search(_strip_zh(raw.replace(PAREN_MASK, "").strip()))
    if titled and zh_person_name(titled.group("name")):
        return True, titled.group("name"), None  # "该局副局长周立新介绍": the person, not "该局"
    if pronoun := _pronoun(raw):
        return True, None, pronoun
    if _ZH_LEAD.sub("", raw.strip()) in _ZH_DOCUMENTS:
        return True, None, raw.strip()  # "报告指出": the report named before
    stripped = _strip_zh(raw.replace(PAREN_MASK, "").strip())
    if not stripped and start >= 1 and m[start - 1] in ",，":
        prev = [b.end() for b in _ZH_BOUNDARY.finditer(m, 0, start - 1)]
        clause = _ZH_DATELINE.sub("", m[(prev[-1] if prev else 0) : start - 1].replace(PAREN_MASK, "").strip())
        vp = _ZH_VP.match(clause)
        if vp:
            name = _clean_zh(vp.group("x"))
            return name is not None, name, None
        opening = _ZH_OPENING_SUBJECT.match(clause)
        name = _clean_zh(opening.group("x")) if opening else None
        if opening and name and (_ZH_ORG_END.search(name) or _ZH_TITLE.search(opening.group("x"))):
            return True, name, None
        return False, None, None
    name = _clean_zh(raw)
    return name is not None, name, None


def _clause_start(m: str, pos: int) -> int:
    bounds = [b.end() for b in _ZH_BOUNDARY.finditer(m, 0, pos)]
    return bounds[-1] if bounds else 0


def _has_subject(m: str, pos: int) -> bool:
    """Whether a name stands between the clause start and `pos` ("救援人员根据现场测量估计")."""
    prefix = _ZH_DATELINE.sub("", m[_clause_start(m, pos) : pos].replace(PAREN_MASK, ""))
    return _clean_zh(prefix) is not None


def _zh_sources(s: str, m: str) -> list[Source]:
    out: list[Source] = []
    n = len(s)
    for acc in _ZH_ACCORDING.finditer(m):
        if acc.group("v") in _ZH_ESTIMATE and _has_subject(m, acc.start()):
            continue  # "X根据Y估计": X estimates, from Y
        if pronoun := _pronoun(acc.group("x")):
            out.append(Source(None, acc.start(), acc.end(), n, cue="according", pronoun=pronoun))
        elif name := _clean_zh(acc.group("x")):
            out.append(Source(name, acc.start(), acc.end(), n, cue="according"))
    for cue in [*_ZH_AS_SAID.finditer(m), *_ZH_FROM.finditer(m)]:  # 正如X所说, 记者从X获悉, 援引X
        if name := _clean_zh(next(g for g in cue.groups() if g)):
            out.append(Source(name, cue.start(), cue.end(), n, cue="according"))
    cues = [(src.anchor, src.start) for src in out]
    for rel in _ZH_RELATIVE.finditer(m):
        if any(a <= rel.start() < b for a, b in cues):
            continue  # "据X发布的通告": part of the according-to cue
        name = _clean_zh(m[_clause_start(m, rel.start()) : rel.start()])
        end = _ZH_BOUNDARY.search(m, rel.end())
        if name:
            out.append(Source(name, rel.start(), rel.end(), end.start() if end else n, cue="relative"))
    for verb in _ZH_VERB.finditer(m):
        found, name, pronoun = _zh_name_before(m, verb.start())
        if verb.group(0) == "显示" and not (found and (name or pronoun)):
            continue  # "结果显示": the data of a source named elsewhere
        if verb.group(0) in _ZH_ESTIMATING and not (found and (pronoun or (name and _agentive(name)))):
            continue  # "公司预计需要约四周", "农业损失初估达…": not a source
        out.append(_verb_source(s, m, verb, found, name, pronoun=pronoun))
    for neg in _ZH_UNCONFIRMED.finditer(m):
        name = _clean_zh(neg.group("x")) if neg.group(0).endswith(("有关", "关于")) else None
        out.append(Source(name, neg.start(), neg.end(), n, claims_only=True))
    return sorted(out, key=lambda src: src.anchor)
