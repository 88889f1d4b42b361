"""Whom a sentence's pronouns and anaphors stand for, and which source it carries on from earlier
sentences: the paragraph (and, for anaphors, the article) so far.

- A singular personal pronoun as the speaker ("他说", "she said", "sagte er") is the last person
  named before it in the same paragraph: a person the entity tagger found, or a source whose name
  is a person's. Plural pronouns ("they", "他们") and pronouns with no person before stay unnamed.
- An anaphor ("该局", "the agency", "the port authority") is the latest source named earlier in the
  article whose name ends in it ("诺瓦尼亚药品管理局", "Velmar Port Authority").
- A part of the figure before keeps its source: "报告指出，全年共审结案件110万件。其中，诈骗案件4万件。"
- German reported speech goes on in the subjunctive ("Seine Gruppe habe ... geborgen"): such a
  sentence that cites no one carries its own subject when that is an authority or a titled person,
  else the previous sentence's source; "demnach" and "nach ihren Angaben" carry it on further.
- Nothing else carries a source: a Chinese paragraph opened by "据X介绍，…。" does not lend X to its
  later sentences ("此次…，溃口宽约60米。" is the outlet's own statement). Attributing what the outlet
  says to an authority would put words in the authority's mouth; a missing attribution misleads less
  (this follows the annotation rules of bench/heldout, which were written before the extractor ran).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .sentences import HAN, Source, fold, quote_spans
from .sources_latin import DE_AUTHORITY
from .sources_zh import ZH_TITLES, zh_person_name

_PERSON_PRONOUNS = frozenset(["他", "她", "he", "she", "er", "sie"])
_ZH_ANAPHOR = re.compile(r"^该(?P<head>[\u4e00-\u9fff]{1,3})$")
_ZH_ORG_ANAPHOR = re.compile(r"^该(?:公司|集团|企业|银行|机构|组织|部门|医院|大学|学校|政府|协会|基金会)$")
_ZH_BOUNDARY = re.compile(r"[,，。;；:：!！?？\x01\n]")
_ZH_NOT_PERSON = re.compile(
    r"(?:室|部|局|院|府|馆|处|会|厅|署|中心|机构|部门|方面|政府|军|社|台|报|团|队|组织|平台|公司|集团|大学|医院|人士|"
    r"媒体|官员|村民|居民|民众|专家|学者|当局|人员|网友|分析|消息|国|省|市|县|州|外媒)$"
)
_LATIN_NOT_PERSON = frozenset(re.findall(r"\S+", (
    "ministry agency department authority authorities council commission committee institute service office "
    "government police union association party company group bank court army military media observatory "
    "regulator embassy news press ministerium behörde behörden regierung polizei gewerkschaft partei "
    "verband institut amt kommission rat agentur medien organization organisation fund bureau programme program "
    "center centre university hospital")))
_GENERIC = frozenset(["agency", "organisation", "organization", "ministry", "department", "company", "firm", "group",
                      "body", "regulator", "office"])
_ZH_LOCAL = frozenset(["省里", "市里", "县里", "区里", "省方", "市方", "县方"])
_COMPANY = frozenset(["company", "firm", "manufacturer", "maker", "carrier", "airline", "insurer", "hersteller",
                      "herstellers", "unternehmen", "unternehmens", "konzern", "konzerns", "firma", "gesellschaft"])
_COMPANY_NAMED = re.compile(
    r"\b(?:[Hh]erstellers?|[Uu]nternehmens?|[Kk]onzerns?|[Ff]irma|company|firm|manufacturer|maker|carrier|airline|"
    r"insurer)\s+(?!The\b|Der\b|Die\b|Das\b)([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})"
)
# Konjunktiv I forms that mark reported speech (and are not also indicative)
_KONJUNKTIV = re.compile(
    r"\b(?:sei|seien|habe|werde|könne|müsse|solle|dürfe|wolle|gebe|liege|komme|bleibe|gelte|stehe|gehe|"
    r"wisse|brauche|fehle)\b"
)


# a person named after a title: "董事长林以恒", "总理埃莱娜·马尔凯蒂"; a Chinese name has two or three
# characters, a transliterated one is joined by "·"
_ZH_TITLED = re.compile(
    ZH_TITLES + r"(?P<name>[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,12}|[\u4e00-\u9fff]{2,3})"
)
# a person introduced at a sentence's start: "王芳是一名医生", "李明今年45岁"
_ZH_INTRODUCED = re.compile(r"(?:^|(?<=[。！？\n]))(?P<name>[\u4e00-\u9fff]{2,3})(?=是一[名位]|今年\d{1,3}岁)")
_ZH_TITLE_END = re.compile(ZH_TITLES + "$")
_ZH_NOT_FIRST = frozenset("表说称指在对将已就也还则又随即赶等与及的了是会今昨前当日月年透介强认")
_ZH_NOT_IN_NAME = frozenset("在于对向将已就曾也还则又随即表说称指赶出率带等和与及的了是会今昨前周当日月年")


def zh_people(text: str) -> frozenset[str]:
    """Persons named after a title in Chinese text, as written (for pronouns; no tagger needed)."""
    folded = fold(text, True)
    out = set()
    for m in _ZH_INTRODUCED.finditer(folded):
        out.add(m.group("name") if len(folded) != len(text) else text[m.start("name") : m.end("name")])
    for m in _ZH_TITLED.finditer(folded):
        a, b = m.span("name")
        if folded[a] in _ZH_NOT_FIRST:
            continue  # "发言人表示": a verb, not a name
        if "·" not in m.group("name") and b - a == 3 and folded[b - 1] in _ZH_NOT_IN_NAME:
            b -= 1  # "林以恒" but "周立平率" -> "周立平", "吴晨说" -> "吴晨"
        out.add(text[a:b] if len(folded) == len(text) else folded[a:b])
    return frozenset(out)


def _whole_quote(sentence: str) -> bool:
    """Whether `sentence` is one quotation and nothing else (bar its closing punctuation)."""
    text = sentence.strip()
    spans = quote_spans(text)
    return len(spans) == 1 and spans[0][0] == 0 and not re.search(r"[^\W\d_]", text[spans[0][1] :])


def _last_named(text: str, names: frozenset[str] | list[str]) -> str | None:
    """Of `names`, the one `text` mentions last (the longer one when two end at the same place)."""
    best, where = None, -1
    for name in names:
        at = text.rfind(name)
        if at > where or (at == where and best is not None and len(name) > len(best)):
            best, where = name, at
    return best


def person_like(name: str | None) -> bool:
    """Whether a source's name looks like one person's ("林以恒", "贝尔纳·卢梭", "Lin Yi-heng")."""
    if not name:
        return False
    if HAN.search(name):
        if len(name) == 3 and zh_person_name(fold(name, True)):
            return True  # "王建国", "李卫军": a surname and a given name that ends like a place or a unit
        return "·" in name or (2 <= len(name) <= 4 and not _ZH_NOT_PERSON.search(name))
    words = name.split()
    return (1 <= len(words) <= 4 and all(w[:1].isupper() and not w.isupper() for w in words)
            and not any(re.sub(r"['’]s$", "", w.lower()) in _LATIN_NOT_PERSON for w in words))


@dataclass(slots=True)
class Context:
    """The article read so far, sentence by sentence (call `paragraph` at each paragraph start)."""

    cjk: bool
    german: bool
    people: frozenset[str]  # persons the entity tagger found in the article
    names: list[str] = field(default_factory=list)  # sources named so far in the article
    text: str = ""  # the paragraph up to the current sentence
    article: str = ""  # the article up to the current paragraph
    speakers: list[str] = field(default_factory=list)  # person-like sources of this paragraph
    last: str | None = None  # the previous sentence's source
    first: bool = True
    subject: str | None = None  # the source-like subject opening the previous sentence (German)
    quoted: bool = False  # the previous sentence quoted its source
    recent: str | None = None  # the last source named in the article (German reported speech goes on)

    def paragraph(self) -> None:
        self.article += self.text
        self.text, self.speakers, self.last, self.first = "", [], None, True
        self.subject, self.quoted = None, False

    def latest(self, names: frozenset[str] | list[str]) -> str | None:
        """Of `names`, the one mentioned last in the article so far."""
        text = self.article + self.text
        best, where = None, -1
        for name in names:
            at = text.rfind(name)
            if at > where:
                best, where = name, at
        return best

    def _titled_before(self, pronoun: str) -> str | None:
        """For 他/她 with no person named: the paragraph's last source named by a person's title
        ("行政院發言人表示，…。他還表示")."""
        if pronoun not in ("他", "她"):
            return None
        titled = [n for n in self.names if n in self.text and _ZH_TITLE_END.search(fold(n, True))]
        return self.latest(titled) if titled else None

    def person_before(self, upto: str) -> str | None:
        """The last person named in the paragraph before the end of `upto` (this sentence so far): one
        who spoke if any did (the tagger's people are a fallback: it may take a company for a person)."""
        best = _last_named(self.text + upto, self.speakers or self.people)
        if best is None and not self.text.strip():
            # a paragraph opening with "她说", "She said": the person the paragraph before ended with
            spoke = [n for n in self.names if person_like(n)]
            best = _last_named(self.article[-600:], spoke) or _last_named(self.article[-600:], self.people)
        return best

    def anaphor(self, src: Source) -> str | None:
        """The earlier source an anaphor or a bare role name stands for: 该局, "the agency", 报告."""
        if src.pronoun and src.pronoun.lstrip("该") in ("报告", "通报", "公告", "声明", "文件", "数据", "统计"):
            return self.names[-1] if self.names else None  # "报告指出": the report cited before
        if src.pronoun and (ana := _ZH_ANAPHOR.match(src.pronoun)):
            head = ana.group("head")
            return next((n for n in reversed(self.names) if n.endswith(head) and n != src.pronoun), None)
        name = src.name
        if name in _ZH_LOCAL:  # "省里公布的": the province named before
            kind = name[0]
            return self.latest([p for p in re.findall(rf"[\u4e00-\u9fff]{{1,4}}{kind}", self.article + self.text)
                                if not p.endswith(("省里", "市里", "县里")) and len(p) >= 3])
        if name and re.sub(r"['’]s$", "", name.lower()).removeprefix("the ") in _COMPANY:
            named = _COMPANY_NAMED.findall(self.article + self.text)  # "des Herstellers Veridane Biologics"
            return named[-1] if named else None
        if name and not HAN.search(name) and name.islower():
            low = " " + name
            same = next((n for n in reversed(self.names) if n.lower().endswith(low) and n.lower() != name), None)
            if same is None and name in _GENERIC:  # "the agency" after "the World Health Organization said"
                same = next((n for n in reversed(self.names) if not person_like(n) and n[:1].isupper()), None)
            return same
        return None

    def _back(self, src: Source) -> str | None:
        """What "demnach", "nach ihren Angaben" stand for, so that a third sentence can carry it on."""
        return self.last or self.subject or self.recent if src.name is None and src.pronoun in _DE_BACK else None

    def resolve(self, src: Source | None, sentence: str, pos: int, *, claim: bool) -> str | None:
        """The name for the source covering position `pos` of `sentence` (None: no source at all)."""
        if src is None:
            if claim and self.cjk and self.last and _ZH_PART.match(sentence):
                return self.last  # "…审结案件110万件。其中，诈骗案件4万件": a part of the figure before
            if self.last and sentence.lstrip()[:1] in _OPENING_QUOTES and (
                    self.quoted or (person_like(self.last) and _whole_quote(sentence))):
                # '"…," the mayor said. "More than 300 homes …"': the quotation goes on; "张伟表示，…。“我们…。”":
                # a sentence that is nothing but a quotation, after a person who spoke
                return self.last
            if not claim and self.german and self.subject and person_like(self.subject) and _whole_quote(sentence):
                return self.subject  # "Feuerwehrchef Klaus Meier zeigte sich erleichtert. „Wir hatten Glück.“"
            if claim and self.german and _KONJUNKTIV.search(sentence):
                # reported speech: of the sentence's own subject when it is an authority or a titled person
                # ("Konzernchef Markus Weber begründete dies: Die Umsätze seien …"), else of the source
                # the sentence before named
                return de_subject(sentence) or self.last or self.subject or self.recent
            return None
        if (found := self.anaphor(src)) is not None:
            return found
        if src.name is None and src.pronoun in _DE_BACK:  # "nach ihren Angaben", "demnach"
            return self._back(src)
        if src.name is None and src.pronoun in ("it", "It"):
            if self.last and not person_like(self.last):
                return self.last  # "The ministry said …. It said …"
            if (own := _en_subject(sentence[: src.anchor])) is not None:
                return self.anaphor(Source(own, 0, 0, 0)) or own  # "The company will invest …, it said"
            return None
        if src.name is None and src.pronoun and src.pronoun.lower() in _PERSON_PRONOUNS:
            return self.person_before(sentence[: src.anchor]) or self._titled_before(src.pronoun)
        if src.name is None and src.pronoun and _ZH_ORG_ANAPHOR.match(src.pronoun):
            return src.pronoun  # "该公司在财报中称" with no company named before: the company, as the text says
        return src.name

    def after(self, sentence: str, found: list[Source], own: bool) -> None:
        """Take in a finished sentence: its named sources.
        `own`: the sentence cites someone itself (a source with a name or a pronoun)."""
        named = [self.anaphor(src) or src.name or self._back(src) for src in found
                 if not src.claims_only and not src.blocker]
        for name in named:
            if name:
                self.names.append(name)
                self.recent = name
                if person_like(name):
                    self.speakers.append(name)
        if own or not _KONJUNKTIV.search(sentence):
            self.last = next((n for n in named if n), None)
        self.subject = de_subject(sentence) if self.german else None
        self.quoted = any(src.quote_only for src in found) or (
            sentence.lstrip()[:1] in _OPENING_QUOTES and any(src.name or src.pronoun for src in found))
        self.text += sentence + "\n"
        self.first = False


_OPENING_QUOTES = frozenset('"“„«»「『')
_ZH_PART = re.compile(r"^\s*(?:其中|内中|当中)")
# cues that stand for the source named in, or the subject of, the previous sentence
_DE_BACK = frozenset(["ihren", "ihrer", "seinen", "seiner", "deren", "dessen", "demnach"])
_DE_ARTICLES = frozenset(["der", "die", "das", "ein", "eine"])
_DE_TITLES = re.compile(
    r"(?:minister|ministerin|präsident|präsidentin|sprecher|sprecherin|chef|chefin|direktor|direktorin|leiter|"
    r"leiterin|bürgermeister|bürgermeisterin|kanzler|kanzlerin|landrat|landrätin|kommandant|kommandantin)$"
)


# the subject opening an English sentence, up to its verb: "The company will …", "Acme Corp has …"
_EN_SUBJECT = re.compile(
    r"\s*(?:The\s+)?(?P<x>(?:[A-Z][\w&.'-]*\s+){0,4}?[\w&'-]+)\s+(?:will|would|has|had|have|is|was|plans?|planned|"
    r"expects?|expected|wants?|aims?|intends?|reported|posted|announced|sold|bought|cut|raised|invested|spent|lost|"
    r"made|hired|agreed|paid|received|won|recorded)\b"
)
_EN_ORGANISATION = frozenset(re.findall(r"\S+", (
    "company firm group bank government ministry agency council city state authority authorities police army "
    "military union airline carrier insurer regulator operator utility court university hospital school fund")))


def _en_subject(head: str) -> str | None:
    """The organisation that opens `head` (an English sentence up to "it said"): a name or an organisation noun."""
    m = _EN_SUBJECT.match(head)
    if m is None:
        return None
    x = m.group("x")
    words = x.split()
    if all(w[:1].isupper() for w in words) and x not in ("It", "This", "That", "There"):
        return x
    return x if len(words) == 1 and x.lower() in _EN_ORGANISATION else None


def de_subject(sentence: str) -> str | None:
    """The source-like subject a German sentence opens with: "Die Polizei war …", "Innenminister Karl
    Meier äußerte sich …" (an authority, or a person after a title); None for places and things."""
    words = re.findall(r"[\w-]+", sentence)[:6]
    got: list[str] = []
    for k, w in enumerate(words):
        if k == 0 and w.lower() in _DE_ARTICLES:
            continue
        if w[:1].isupper() or (not got and re.fullmatch(r"[a-zäöüß]+(?:e|en|er|es)", w) and k + 1 < len(words)
                               and words[k + 1][:1].isupper()):
            got.append(w)  # "Das Statistische Bundesamt", "die zuständige Behörde"
            continue
        break
    if len(got) < 1 or len(got) > 4:
        return None
    head = got[-1].lower()
    if _DE_TITLES.search(got[0].lower()) and len(got) >= 3:
        return " ".join(got[1:])  # "Innenminister Karl Meier"
    if len(got) == 1 and _DE_TITLES.search(head):
        return got[0]  # "Der Bürgermeister wurde deutlich: „…“"
    if DE_AUTHORITY.search(head):
        return " ".join(got)
    return None

