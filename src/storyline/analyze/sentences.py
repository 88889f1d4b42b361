"""Sentences, quote marks and who a sentence cites, for Chinese, English and German news text.

Pure functions on plain text (stdlib and OpenCC only). `split_sentences` cuts at Chinese 。！？；…
and at Western . ! ? that end a sentence (not after abbreviations, initials or inside decimals)
and never inside a quotation. `sources` finds the attributions a sentence makes ("据X报道",
"X表示", "according to X", "X said", "laut X", "sagte X" ...) with the span of text each one
covers, so that figures and quotes can be tied to the nearest one.

Names are clean noun phrases: time words, adverbs and "发表声明"-style verb phrases are cut, the
qualifying part before a long "...的" is dropped, and when a title is followed by a person's name
("乌克兰军事情报局局长基里洛·布达诺夫", "Ukraine's intelligence chief Kyrylo Budanov") the
name alone is kept ("基里洛·布达诺夫", "Kyrylo Budanov"), so that one person cited by several
outlets gets one key. Pronouns ("他表示", "he said") give a source without a name (None): the
sentence cites someone, but resolving who is left undone rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import opencc

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# full-width ASCII to ASCII, except the comma and full stop, which Chinese uses as punctuation
_WIDTH = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F) if i not in (0xFF0C, 0xFF0E)} | {0x3000: 0x20}
PAREN_MASK = "\x00"  # stands for text inside parentheses: ignored inside names
QUOTE_MASK = "\x01"  # stands for quoted text: a clause boundary for names


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def is_cjk(text: str, language: str | None) -> bool:
    """Whether `text` is handled as Chinese: by its language tag, else by its script."""
    if language:
        return language.lower().startswith(("zh", "cmn", "yue"))
    han = len(HAN.findall(text[:2000]))
    return han > 0 and han * 4 >= len(text[:2000].replace(" ", ""))


def is_german(text: str, language: str | None) -> bool:
    if language:
        return language.lower().startswith(("de", "gsw"))
    return len(re.findall(r"\b(?:der|die|das|und|nicht|ist|mit|laut)\b", text[:2000])) >= 3


def fold(text: str, cjk: bool) -> str:
    """Full-width ASCII to ASCII and, for Chinese, Traditional to Simplified; same length when possible."""
    folded = text.translate(_WIDTH)
    if cjk and HAN.search(folded):
        simple = str(_t2s().convert(folded))
        if len(simple) == len(folded):
            return simple
    return folded


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# ---------------------------------------------------------------- quote marks and sentences

_PAIRS = {"“": "”", "「": "」", "『": "』", "„": "“", "«": "»", '"': '"', "《": "》"}
_CLOSERS = frozenset(_PAIRS.values())
_CJK_END = frozenset("。！？；…")
_LATIN_END = frozenset(".!?")
_ABBREV = _words(
    "mr mrs ms dr prof st jr sr vs etc e.g i.e inc ltd co corp gen col lt sgt capt gov sen rep jan feb "
    "mar apr jun jul aug sep sept oct nov dec no nr fig z.b d.h u.a bzw ca mio mrd usw vgl sog abs hr fr "
    "ggf evtl inkl bspw mt mrd. jh"
)
_MONTHS = _words(
    "january february march april may june july august september october november december januar februar "
    "märz mai juni juli oktober dezember"
)
_SPEECH_TAIL = re.compile(r"说|表示|称|指出|\b(?:said|says|sagte|sagt|erklärte|told)\b")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every top-level quotation, marks included; unclosed ones are dropped."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if stack and ch == _PAIRS[stack[-1][0]]:
            _, start = stack.pop()
            if not stack:
                spans.append((start, i + 1))
        elif ch in _PAIRS:
            stack.append((ch, i))
    return spans


def _latin_break(p: str, i: int, german: bool) -> bool:
    """Whether the . ! or ? at p[i] ends a sentence."""
    j = i + 1
    while j < len(p) and p[j] in '"”’»“)':
        j += 1
    if j < len(p) and not p[j].isspace() and not HAN.match(p[j]):
        return False
    rest = p[j:].lstrip()
    if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in '"“„«‘(' or HAN.match(rest[0])):
        return False
    if p[i] != ".":
        return True
    token = re.search(r"[\w.]*$", p[:i])
    word = token.group(0).lower() if token else ""
    if word in _ABBREV or (len(word) == 1 and word.isalpha()) or "." in word:
        return False
    # German ordinals: "am 21. Oktober"
    return not (word.isdigit() and (german or rest.split(" ", 1)[0].lower().strip(",") in _MONTHS))


def _split_paragraph(p: str, german: bool) -> list[str]:
    out: list[str] = []
    spans = quote_spans(p)
    inside = bytearray(len(p))
    for a, b in spans:
        inside[a + 1 : b - 1] = b"\x01" * (b - a - 2)
    start = 0
    ends = {b for _, b in spans}
    for i, ch in enumerate(p):
        if inside[i]:
            continue
        cut = 0
        if (ch in _CJK_END and (i + 1 >= len(p) or p[i + 1] not in _CJK_END)) or (
            ch in _LATIN_END and _latin_break(p, i, german)
        ):
            cut = i + 1
        elif i + 1 in ends and i >= 1 and (p[i - 1] in _CJK_END or p[i - 1] in "!?") and i + 1 < len(p):
            tail = re.split(r"[。！？；!?]", p[i + 1 :], maxsplit=1)[0]
            if not (len(tail) <= 20 and _SPEECH_TAIL.search(tail)):
                cut = i + 1  # a quotation that ends its own sentence
        if cut:
            while cut < len(p) and p[cut] in '”」』"’)）':
                cut += 1
            piece = p[start:cut].strip()
            if piece:
                out.append(piece)
            start = cut
    if p[start:].strip():
        out.append(p[start:].strip())
    return out


def split_sentences(text: str, language: str | None) -> list[str]:
    """Sentences of `text`, paragraph breaks always ending one, quotations kept whole."""
    german = is_german(text, language)
    out: list[str] = []
    for para in re.split(r"\n+", text):
        if para.strip():
            out.extend(_split_paragraph(para.strip(), german))
    return out


def mask(sentence: str) -> str:
    """`sentence` with text inside parentheses and quotations replaced (same length)."""
    chars = list(sentence)
    for a, b in quote_spans(sentence):
        chars[a:b] = QUOTE_MASK * (b - a)
    depth = 0
    for i, ch in enumerate(chars):
        if ch in "(（":
            depth += 1
        if depth:
            chars[i] = PAREN_MASK
        if ch in ")）" and depth:
            depth -= 1
    return "".join(chars)


# ---------------------------------------------------------------- sources


@dataclass(frozen=True, slots=True)
class Source:
    name: str | None  # None: a pronoun or an unnamed source
    anchor: int  # where the attribution is made (its verb or cue)
    start: int  # the span of the sentence it covers
    end: int
    quote_only: bool = False  # the cue introduces one quotation only ("X说：“…”")
    claims_only: bool = False  # "could not confirm X's report": the figure is X's, the words are not
    blocker: bool = False  # a speech verb whose subject was not found: ends the reach of earlier sources for quotes


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


def _quote_scope(s: str, m: str, end: int) -> tuple[int, int] | None:
    """The quotation a cue at `end` introduces ("说：“…”"), if any."""
    k = end
    while k < len(s) and s[k] in " :：,，":
        k += 1
    if k < len(m) and m[k] == QUOTE_MASK:
        for a, b in quote_spans(s):
            if a == k:
                return a, b
    return None


def _verb_source(s: str, m: str, verb: re.Match[str], found: bool, name: str | None) -> Source:
    """The source a speech verb gives: its subject (for the rest of the sentence, or only for the
    quotation it introduces), or a blocker when no subject was found."""
    n = len(s)
    if not found:
        return Source(None, verb.start(), verb.end(), n, blocker=True)
    scope = _quote_scope(s, m, verb.end())
    if scope:
        return Source(name, verb.start(), scope[0], scope[1], quote_only=True)
    return Source(name, verb.start(), verb.end(), n)


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


# Latin-script news: English and German
_WORD = re.compile(r"[\w'’.&-]+")
_EN_VERB = re.compile(
    r"\b(?:said|says|told|reported|estimated|estimates|claimed|claims|stated|announced|added|warned|confirmed|"
    r"noted|wrote|sagte|sagt|sagten|erklärte|erklärt|erklärten|berichtete|berichtet|berichteten|teilte|teilten|"
    r"mitteilte|mitteilten|mitteilt|meldeten|bestätigte|bestätigten|"
    r"schätzt|schätzte|meldete|meldet|betonte|behauptet|behauptete)\b"
)
_EN_ACCORDING = re.compile(r"\b(?:according to|laut|nach Angaben (?:des|der|von|aus)|zufolge)\b", re.IGNORECASE)
_EN_UNCONFIRMED = re.compile(
    r"\b(?:could not|cannot|can't|couldn't|unable to|did not|didn't|nicht) (?:independently )?"
    r"(?:confirm|verify|bestätigen|verifizieren|überprüfen)",
    re.IGNORECASE,
)
_LATIN_BOUNDARY = re.compile(r"[,;:()\x01\n\"“”„«»]")
_DETERMINERS = _words("the a an der die das den dem des ein eine einer einem einen eines")
_CONNECTORS = _words("of for and de von und der des du the")
_PRONOUNS = _words("he she it they we i you er sie es wir ich man")
_ROLES = _words(
    "agency service ministry intelligence spy military officials official sources source spokesman "
    "spokeswoman spokesperson police government army office department chief head minister president "
    "commander media reports report analysts experts authorities observers monitor council committee "
    "embassy ambassador secretary director staff general adviser correspondent newspaper broadcaster "
    "statement secretary-general prosecutors"
)
_NAME_TITLES = _words(
    "chief head minister president commander spokesman spokeswoman spokesperson ambassador secretary "
    "director general adviser secretary-general präsident präsidentin minister ministerin sprecher "
    "sprecherin chef chefin botschafter generalsekretär kanzler kanzlerin"
)
_NOT_NAMES = (
    frozenset(
        [
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "montag",
            "dienstag",
            "mittwoch",
            "donnerstag",
            "freitag",
            "samstag",
            "sonntag",
            "meanwhile",
            "however",
            "yesterday",
            "today",
            "on",
            "in",
            "at",
            "also",
            "but",
            "and",
            "earlier",
            "later",
            "last",
            "am",
            "im",
            "zuvor",
            "gestern",
            "heute",
            "bereits",
            "zudem",
            "außerdem",
            "dann",
            "so",
            "wie",
            "laut",
            "nach",
            "this",
            "that",
            "this",
            "week",
        ]
    )
    | _MONTHS
)
_ADVERBS = _words("also later earlier then previously separately on friday monday mit")
_ADJ = re.compile(r"[a-zäöüß-]+(?:e|en|em|er|es|n)$")


def _tidy_np(tokens: list[str]) -> str | None:
    while tokens and (tokens[0].lower() in _DETERMINERS or tokens[0].lower() in _CONNECTORS):
        tokens = tokens[1:]
    while tokens and tokens[-1].lower() in _CONNECTORS:
        tokens = tokens[:-1]
    if not tokens:
        return None
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].lower() in _NAME_TITLES and i + 1 < len(tokens):
            tail = tokens[i + 1 :]
            if all(t[0].isupper() for t in tail):
                tokens = tail
            break
    name = " ".join(tokens).strip(".'’")
    return name if name and name.lower() not in _NOT_NAMES else None


def _np_accept(tok: str, german: bool, has: bool) -> bool:
    low = tok.lower()
    if low in _NOT_NAMES or low in _PRONOUNS:
        return False
    return (
        tok[0].isupper() or low in _ROLES or (has and low in _CONNECTORS) or (german and has and bool(_ADJ.match(tok)))
    )


def _np_before(m: str, end: int, german: bool) -> tuple[bool, str | None]:
    bounds = [b.end() for b in _LATIN_BOUNDARY.finditer(m, 0, end)]
    tokens = _WORD.findall(m[bounds[-1] if bounds else 0 : end])
    got: list[str] = []
    for tok in reversed(tokens):
        low = tok.lower()
        if not got and low in _ADVERBS:
            continue
        if not got and low in _PRONOUNS:
            return True, None
        if low in _DETERMINERS:
            break
        if got and not german and got[-1].lower() in _ROLES and _modifier(low, german) and tok.islower():
            got.insert(0, tok)  # "the civil protection agency said": keep the modifiers of a role word
            continue
        if not _np_accept(tok, german, bool(got)):
            break
        got.insert(0, tok)
    name = _tidy_np(got)
    return name is not None, name


def _np_after(m: str, start: int, german: bool, limit: int = 8) -> tuple[bool, str | None]:
    bounds = _LATIN_BOUNDARY.search(m, start)
    tokens = _WORD.findall(m[start : bounds.start() if bounds else len(m)])[:limit]
    if tokens and tokens[0].lower() in _PRONOUNS:
        return True, None
    got: list[str] = []
    head = False  # a name or role word has been taken: no more modifiers
    for k, tok in enumerate(tokens):
        low = tok.lower()
        if not got and low in _DETERMINERS:
            continue
        if low in _NOT_NAMES or low in _PRONOUNS:
            break
        if tok[0].isupper() or low in _ROLES:
            got.append(tok)
            head = True
        elif (head and low in _CONNECTORS and k + 1 < len(tokens)) or (
            not head
            and _modifier(low, german)
            and any(t[0].isupper() or t.lower() in _ROLES for t in tokens[k + 1 : k + 3])
        ):
            got.append(tok)
        else:
            break
    name = _tidy_np(got)
    return name is not None, name


_EN_NOT_MODIFIER = _words("has have had is are was were will would sent says said hat haben ist sind wird")


def _modifier(low: str, german: bool) -> bool:
    if german:
        return bool(_ADJ.fullmatch(low))
    return low.isalpha() and low not in _EN_NOT_MODIFIER and low not in _CONNECTORS and low not in _DETERMINERS


def _latin_sources(s: str, m: str, german: bool) -> list[Source]:
    out: list[Source] = []
    n = len(s)
    for acc in _EN_ACCORDING.finditer(m):
        if acc.group(0).lower() == "zufolge":
            found, name = _np_before(m, acc.start(), german)
        else:
            found, name = _np_after(m, acc.end(), german)
        if found:
            out.append(Source(name, acc.start(), acc.end(), n))
    for verb in _EN_VERB.finditer(m):
        bounds = [b.end() for b in _LATIN_BOUNDARY.finditer(m, 0, verb.start())]
        before = _WORD.findall(m[bounds[-1] if bounds else 0 : verb.start()])
        front = not before or (german and before[0].lower() in _NOT_NAMES)
        found, name = _np_after(m, verb.end(), german) if front else _np_before(m, verb.start(), german)
        if not found and german:  # "…, wie die Behörden mitteilten" / "…, teilte die Polizei mit"
            found, name = _np_before(m, verb.start(), german) if front else _np_after(m, verb.end(), german)
        out.append(_verb_source(s, m, verb, found, name))
    for neg in _EN_UNCONFIRMED.finditer(m):
        out.append(Source(None, neg.start(), neg.end(), n, claims_only=True))
    return sorted(out, key=lambda src: src.anchor)


def sources(sentence: str, language: str | None) -> list[Source]:
    """Every attribution `sentence` makes, in order."""
    cjk = is_cjk(sentence, language)
    s = fold(sentence, cjk)
    m = mask(s)
    found = _zh_sources(s, m) if cjk else _latin_sources(s, m, is_german(sentence, language))
    if len(s) != len(sentence):
        return found
    return [replace(src, name=_as_written(sentence, s, src.name)) for src in found]


def _as_written(original: str, folded: str, name: str | None) -> str | None:
    """`name` as the original (e.g. Traditional) text writes it, when folding kept the length."""
    if name is None:
        return None
    at = folded.find(name)
    if at < 0:
        return name
    return original[at : at + len(name)]


def attribution_of(sentence: str, language: str | None) -> str | None:
    """The speaker or authority `sentence` cites first, or None."""
    for src in sources(sentence, language):
        if src.name and not src.claims_only and not src.blocker:
            return src.name
    return None


_TAIL_OK = re.compile(r"^[\s\w]{0,25}[.。!?！？]?[\"”’»]?$")
_TAIL_ZH_OK = re.compile(r"^[。！？；.!?]*$")


def source_at(found: list[Source], s: str, pos: int, *, quote: bool = False) -> str | None:
    """The name of the source covering position `pos` of the sentence: the nearest cue before it
    whose span contains it, else a cue closing the sentence after it ("…，X表示。", "…, X said.")."""
    usable = [src for src in found if not (src.claims_only if quote else src.blocker)]
    inside = [src for src in usable if src.start <= pos < src.end and src.anchor <= pos]
    if inside:
        return max(inside, key=lambda src: src.anchor).name
    for src in usable:
        if src.anchor > pos and not src.quote_only:
            tail = s[src.start :]
            if _TAIL_ZH_OK.match(tail) or (not HAN.search(tail) and _TAIL_OK.match(tail)):
                return src.name
    return None
