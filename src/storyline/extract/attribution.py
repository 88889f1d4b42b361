"""Whom an article credits: wire agencies it quotes and outlets it reposts, as canonical names.

Agencies are recognised by their names in Chinese (simplified and traditional), English and German
(``据路透社报道``, ``美联社称``, ``（法新社、路透社等）``, ``(dpa)``, ``told Reuters``). Repost credits are
read after markers: ``来源：X``, ``转载自X``, ``本文转自X``, ``Quelle: X``, ``Source: X``,
``Reposted from X``.
"""

from __future__ import annotations

import re

# canonical name -> aliases; Latin aliases match as whole words, case-sensitive unless lower-case-free
AGENCIES: dict[str, tuple[str, ...]] = {
    "AP": ("美联社", "美聯社", "Associated Press", "AP"),
    "AFP": ("法新社", "Agence France-Presse", "Agence France Presse", "AFP"),
    "Reuters": ("路透社", "路透", "Reuters"),
    "Kyodo": ("日本共同社", "共同社", "共同通信社", "Kyodo"),
    "Yonhap": ("韩联社", "韓聯社", "Yonhap"),
    "TASS": ("塔斯社", "TASS", "Tass"),
    "Xinhua": ("新华社", "新華社", "Xinhua"),
    "CNA": ("中央社", "Central News Agency"),
    "China News Service": ("中新社", "China News Service"),
    "dpa": ("德新社", "德通社", "Deutsche Presse-Agentur", "dpa", "DPA"),
    "KNA": ("Katholische Nachrichten-Agentur", "KNA"),
    "epd": ("Evangelischer Pressedienst", "epd"),
    "APA": ("Austria Presse Agentur",),
    "Keystone-SDA": ("Keystone-SDA",),
    "ANSA": ("安莎社", "ANSA"),
    "EFE": ("埃菲社", "EFE"),
    "UPI": ("合众国际社", "合眾國際社", "United Press International"),
    "Bloomberg": ("彭博社", "彭博新闻社", "Bloomberg"),
    "Interfax": ("国际文传电讯社", "國際文傳電訊社", "Interfax"),
    "RIA Novosti": ("俄新社", "俄罗斯新闻社", "RIA Novosti"),
    "KCNA": ("朝中社", "朝鲜中央通讯社", "KCNA"),
    "Jiji": ("时事社", "時事社", "时事通信社", "Jiji"),
    "Anadolu": ("阿纳多卢通讯社", "Anadolu"),
    "PTI": ("印度报业托拉斯", "Press Trust of India"),
}

_ALIAS_TO_NAME: dict[str, str] = {
    alias.casefold(): name for name, aliases in AGENCIES.items() for alias in aliases
}

_CREDIT_MARKERS = (
    r"(?:本文|本文章|文章)?(?:来源|來源|出处|出處|稿源)\s*[:：]\s*"
    r"|(?:本文|本文章|文章)?(?:转载自|轉載自|转自|轉自|转载于|轉載於|摘自|编译自|編譯自)\s*[:：]?\s*"
    r"|(?:本文|本文章|文章)(?:来自|來自)\s*[:：]?\s*"
    r"|\b(?:Quelle|Source|Sources)\s*:\s*"
    r"|\b(?:Reposted from|Republished from|Originally published (?:by|in|at|on)|Mit Material von)\s+"
)
_NAME_CHAR = r"[^\s|｜,，。;；:：)）\]】<>]"
_CREDIT = re.compile(rf"(?:{_CREDIT_MARKERS})(?P<name>{_NAME_CHAR}+(?:[ \-&.'][A-Z0-9]{_NAME_CHAR}*){{0,4}})")
_CJK_NAME_END = re.compile(
    r"的|报道|報導|称|稱|消息|记者|記者|发布|發布|作者|编辑|編輯|时间|時間|日期|网友|網友"
)
_NOT_A_NAME = re.compile(r"^[\d\s\-/.:：年月日号时分]+$|^(?:网络|網絡|网友|網友|本站|互联网|internet)$", re.I)
_URL = re.compile(r"^(?:https?://)?(?:www\.)?(?P<host>[\w-]+(?:\.[\w-]+)+)(?:/\S*)?$", re.I)


def _alias_pattern() -> re.Pattern[str]:
    parts: list[str] = []
    for alias in sorted(_ALIAS_TO_NAME_RAW, key=len, reverse=True):
        escaped = re.escape(alias)
        if alias.isascii():
            parts.append(rf"(?<![\w-]){escaped}(?![\w-])")
        elif alias.endswith("社"):
            parts.append(rf"{escaped}(?![会會区區团團交群保科工])")
        else:
            parts.append(escaped)
    return re.compile("|".join(parts))


_ALIAS_TO_NAME_RAW: dict[str, str] = {alias: name for name, aliases in AGENCIES.items() for alias in aliases}
_AGENCY = _alias_pattern()


def canonical_name(name: str) -> str:
    """An agency's canonical name for any of its aliases; other names cleaned but kept as given."""
    cleaned = name.strip().strip("\"'“”‘’「」『』《》()（）[]【】").strip()
    known = _ALIAS_TO_NAME.get(cleaned.casefold())
    if known:
        return known
    url = _URL.match(cleaned)
    if url and "." in cleaned and " " not in cleaned:
        return url.group("host").lower()
    return cleaned


def find_attributions(text: str, language: str | None = None) -> list[str]:
    """Agencies and outlets the text credits, canonical, deduplicated, in order of first mention.

    ``language`` is accepted for callers that know it; recognition works the same for every language.
    """
    del language
    found: list[tuple[int, str]] = []
    for match in _AGENCY.finditer(text):
        found.append((match.start(), _ALIAS_TO_NAME_RAW[match.group(0)]))
    for match in _CREDIT.finditer(text):
        name = credit_name(match.group("name"))
        if name:
            found.append((match.start("name"), name))
    names: list[str] = []
    for _, name in sorted(found, key=lambda pair: pair[0]):
        if name not in names:
            names.append(name)
    return names


def credit_name(raw: str) -> str | None:
    """A repost credit as a canonical name, or None when it is no name (a date, "网络", empty)."""
    cut = _CJK_NAME_END.search(raw)
    name = canonical_name(raw[: cut.start()] if cut else raw)
    if not name or len(name) > 40 or _NOT_A_NAME.match(name):
        return None
    if name[0].islower() and name.casefold() not in _ALIAS_TO_NAME and "." not in name:
        return None  # "Source: company filings" names no outlet
    parts = [p.strip() for p in re.split(r"[、/,，]| and | und ", name) if p.strip()]
    if len(parts) > 1 and all(p.casefold() in _ALIAS_TO_NAME for p in parts):
        return None  # a list of agencies: each is found by name
    return name
