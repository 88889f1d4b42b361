"""A web page saved as plain text, boilerplate and all -> Article.

The main body is found by structure, not by site: every line gets a score (prose lines with
sentence punctuation count for the body by their length; runs of short unpunctuated lines, bylines,
breadcrumbs and section markers such as "相关新闻", "Most read" or "Mehr zum Thema" count against it),
and the best-scoring contiguous block of lines is the body. Above it, the byline (a short line with
a date, ``|`` separators, a domain or a credit) gives the site, the date and the credited outlet, and
the line before the byline is the headline. ``图片``/``Image``/``Foto`` placeholder lines followed by
a caption in parentheses become images.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from ..model import Article, Hints, Image
from .attribution import find_attributions
from .dates import find_date, parse_date

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]")
_LINK_REF = re.compile(r"\[\d{1,4}\](?=\S)")  # lynx-style link numbers: [12]Home
_ALNUM = re.compile(r"[^\W_]")
_STATEMENT_END = re.compile(r"[。.;；][”\"」』’'）)]*$")
_FINAL = re.compile(r"[。！？!?.…;；:：][”\"」』’'）)]*$")
_CLAUSE = re.compile(r"[，,、；;：:。！？!?]")
_CRUMB_SEP = re.compile(r"\s(?:>|»|›|＞|/|->|→)\s|(?:>|»|›|＞|→)")
_PLACEHOLDER = re.compile(
    r"^[\[【(（<]?\s*(?:图片|圖片|图|圖|照片|图像|圖像|image|img|photo|picture|foto|bild|grafik|video|视频|視頻)"
    r"(?:\s*\d+)?\s*[\]】)）>]?\s*[:：]?$",
    re.I,
)
_INLINE_CAPTION = re.compile(
    r"^(?:图片|圖片|图|圖|照片|image|photo|foto|bild)\s*[:：]\s*(?P<caption>.+)$", re.I
)
_PARENTHESIZED = re.compile(r"^[（(](?P<caption>.+)[)）]$")
_SECTION = re.compile(
    r"相关|相關|推荐|推薦|延伸阅读|延伸閱讀|热门|熱門|热点|熱點|排行|评论|評論|留言|猜你喜欢|猜你喜歡|"
    r"更多新闻|更多新聞|更多阅读|更多閱讀|专题|專題|"
    r"\brelated\b|\bread more\b|\bmore from\b|\bmost (?:read|popular|viewed|shared)\b|\btrending\b|"
    r"\brecommended\b|\byou may also like\b|\bcomments?\b|\btop stories\b|\blatest news\b|"
    r"mehr zum thema|lesen sie auch|auch interessant|könnte sie auch|meistgelesen|kommentare|weitere artikel|"
    r"weitere nachrichten|\bmehr aus\b",
    re.I,
)
_CHROME = re.compile(
    r"登录|登入|注册|註冊|分享|收藏|点赞|打印|字号|字體|关注|關注|订阅|訂閱|扫码|掃碼|二维码|二維碼|下载|下載|"
    r"客户端|首页|首頁|上一篇|下一篇|返回|查看|更多|广告|廣告|责任编辑|責任編輯|网站导航|網站導航|联系我们|"
    r"聯絡我們|关于我们|關於我們|隐私|隱私|资讯|資訊|"
    r"\bsign (?:in|up)\b|\blog ?in\b|\bregister\b|\bsubscribe\b|\bnewsletter\b|\bshare\b|\badvertisement\b|"
    r"\bsponsored\b|\bfollow us\b|\bprivacy\b|\bcookies?\b|\bcontact\b|\babout us\b|\bback to top\b|"
    r"\bmenu\b|\bhome\b|anmelden|registrieren|teilen|anzeige|werbung|abonnieren|kontakt|datenschutz|"
    r"startseite|zurück|folgen sie|table of contents|\bcategories\b|inhaltsverzeichnis|目录|目錄",
    re.I,
)
_FOOTER = re.compile(
    r"©|\bcopyright\b|all rights reserved|alle rechte vorbehalten|版权所有|版權所有|版权声明|版權聲明|"
    r"\bimpressum\b|广告服务|廣告服務|icp[备證证]|公网安备|免责声明|免責聲明|\bterms of (?:use|service)\b|"
    r"privacy policy|datenschutzerklärung",
    re.I,
)
_BYLINE_MARK = re.compile(
    r"^(?:by|von|text:|作者|记者|記者|编辑|編輯|撰文|文\s*[/|｜])|来源[:：]|來源[:：]|发布时间|發佈時間|"
    r"发表时间|發表時間|\bpublished\b|\bupdated\b|\bposted\b|veröffentlicht|aktualisiert|\bstand:|quelle:|"
    r"\b(?:written|reviewed|edited|reported) by\b|\bautor(?:in)?:|\b(?:reporter|editor|correspondent)$|"
    r"redakteur(?:in)?$",
    re.I,
)
_AUTHOR = re.compile(
    r"^(?:(?:by|von|作者|记者|記者|撰文)\s*[:：/]?|文\s*[:：/])\s*(?P<name>[^|｜]{2,60})$", re.I
)
_DOMAIN = re.compile(
    r"(?<![\w@.-])(?:https?://)?(?:www\.)?(?P<host>(?:[a-z0-9-]+\.)+[a-z]{2,})(?![\w-])", re.I
)
_NAV_SPLIT = re.compile(r"\s*[|｜·•/]\s*|\s{2,}")
_SEGMENT_SPLIT = re.compile(r"\s*[|｜]\s*|\s{2,}|\s+·\s+")
_DATE_TOKEN = re.compile(
    r"\d{1,4}\s*[-/.年月日号:：时点分秒]\s*|\d{1,4}|(?:上午|下午|晚上|凌晨|UTC|GMT|Uhr|am|pm|[AP]M)\b|T(?=\d)|Z\b"
)
_MONTH_WORD = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember)"
    r"[a-zäöü]*\.?",
    re.I,
)

_SEPARATOR = -80.0  # a section heading ("相关新闻", "Related"): the body never runs across it
_FOOTER_SCORE = -100.0
_LIST_SCORE = -15.0
_CHROME_SCORE = -20.0
_CRUMB_SCORE = -30.0
_SHORT_SCORE = -5.0
_PROSE_MIN = 12.0
_SHORT_MAX = 35.0
_HEADER_LINES = 25  # how far above the body a byline is looked for
_TITLE_WINDOW = 10  # how far above the body (or the byline) the headline is looked for
_TITLE_CANDIDATES = 4
_LIST_KINDS = ("short", "prose", "chrome", "section")


@dataclass(slots=True)
class _Line:
    text: str
    blank_before: bool
    weight: float = 0.0
    kind: str = "short"  # prose, short, list, section, chrome, footer, crumb, byline, placeholder, caption
    score: float = 0.0
    caption: str | None = None


@dataclass(slots=True)
class _Parts:
    title: str | None = None
    bylines: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    after: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)  # short lines between the headline and the body


def extract_textdump(text: str, hints: Hints) -> Article:
    """Headline, body paragraphs, captions, byline site/date/credit of a page saved as plain text."""
    lines = _unwrap(_read_lines(text))
    if not lines:
        return Article(text="", title=hints.title, url=hints.url)
    _classify(lines)
    parts = _split(lines)
    attributions = _byline_credits(parts.bylines)
    for name in _trailing_credits(parts.after):
        if name not in attributions:
            attributions.append(name)
    return Article(
        text="\n\n".join(parts.body),
        title=parts.title,
        url=hints.url,
        author=_author(parts.bylines),
        site_name=_site_name(parts.bylines),
        published=_published(parts, hints),
        images=parts.images,
        attributions=attributions,
    )


def _published(parts: _Parts, hints: Hints) -> datetime | None:
    """The byline's date; failing that, a date on the short lines just above or below the body."""
    for block in (parts.bylines, parts.header, parts.after):
        found = find_date("\n".join(block), hints.fetched_at) if block else None
        if found is not None:
            return found
    return None


def text_weight(text: str) -> float:
    """How much reading a line holds: one per CJK character, one per four letters in other scripts."""
    cjk = len(_CJK.findall(text))
    return cjk + len(_ALNUM.findall(_CJK.sub(" ", text))) / 4


def _read_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    blank = False
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = _LINK_REF.sub("", _wide_spaces(raw.replace("\ufeff", ""))).strip()
        if not stripped:
            blank = True
            continue
        lines.append(_Line(stripped, blank))
        blank = False
    return lines


def _unwrap(lines: list[_Line]) -> list[_Line]:
    """Join hard-wrapped paragraphs (text dumps wrapped at a fixed width, as ``lynx -dump`` does).

    Only when many lines end near one common width; a line that is that long and does not end a
    sentence is continued by the next line (unless a blank line comes between).
    """
    lengths = sorted(len(line.text) for line in lines)
    if len(lengths) < 8:
        return lines
    width = lengths[int(len(lengths) * 0.9)]
    slack = max(8, width // 5)
    near = sum(1 for n in lengths if width - slack <= n <= width + 4)
    if not 30 <= width <= 100 or near < max(5, len(lengths) // 4):
        return lines
    blank_separated = sum(1 for line in lines if line.blank_before) >= 3
    out: list[_Line] = []
    last_piece = 0
    for line in lines:
        prev = out[-1] if out else None
        ends_sentence = prev is not None and bool(_FINAL.search(prev.text))
        wrapped = prev is not None and last_piece >= width - slack and (blank_separated or not ends_sentence)
        if prev is not None and wrapped and not line.blank_before:
            cjk_join = bool(_CJK.match(line.text[:1])) and bool(_CJK.match(prev.text[-1:]))
            prev.text = prev.text + ("" if cjk_join else " ") + line.text
        else:
            out.append(line)
        last_piece = len(line.text)
    return out


def _wide_spaces(text: str) -> str:
    """Runs of spaces become one space, or two where the run was wide (a field gap in a byline)."""
    text = text.replace("\u3000", "  ").replace("\t", "  ").replace("\xa0", " ")
    return re.sub(r" {2,}", "  ", text)


def _single_spaces(text: str) -> str:
    return re.sub(r" {2,}", " ", text)


def _classify(lines: list[_Line]) -> None:
    for line in lines:
        line.weight = text_weight(line.text)
        line.kind = _kind(line)
    _mark_captions(lines)
    _mark_lists(lines)
    for line in lines:
        line.score = _score(line)


def _kind(line: _Line) -> str:
    text, weight = line.text, line.weight
    final = bool(_FINAL.search(text))
    if _PLACEHOLDER.match(text) or _INLINE_CAPTION.match(text):
        return "placeholder"
    if weight <= 60 and _FOOTER.search(text):
        return "footer"
    if _is_byline(text, weight):
        return "byline"
    if (weight <= 30 and len(_CRUMB_SEP.findall(text)) >= 2) or _is_nav(text):
        return "crumb"
    if weight <= 12 and not final and _SECTION.search(text):
        return "section"
    if weight <= 30 and not final and _CHROME.search(text):
        return "chrome"
    if weight >= _PROSE_MIN and (final or len(_CLAUSE.findall(text)) >= 2 or weight >= 40):
        return "prose"
    return "short"


def _is_nav(text: str) -> bool:
    """A row of short links: ``新闻 | 体育 | 娱乐 | 科技`` or ``要闻·国际·财经·科技``."""
    segments = [seg for seg in _NAV_SPLIT.split(text) if seg.strip()]
    return len(segments) >= 4 and sum(text_weight(seg) for seg in segments) / len(segments) <= 5


def _is_byline(text: str, weight: float) -> bool:
    if weight > 40:
        return False
    has_date = parse_date(text) is not None and len(_DATE_TOKEN.sub("", text)) < len(text) * 0.8
    has_pipes = len(re.findall(r"[|｜]", text)) >= 1
    marked = bool(_BYLINE_MARK.search(text))
    has_domain = bool(_DOMAIN.search(text))
    dated = has_date and (has_pipes or marked or has_domain or weight <= 25)
    return dated or (marked and weight <= 30) or (has_pipes and has_domain)


def _mark_captions(lines: list[_Line]) -> None:
    for i, line in enumerate(lines):
        if line.kind != "placeholder":
            continue
        inline = _INLINE_CAPTION.match(line.text)
        if inline:
            line.caption = inline.group("caption").strip()
            continue
        if i + 1 < len(lines):
            nxt = lines[i + 1]
            paren = _PARENTHESIZED.match(nxt.text)
            if paren or (nxt.weight < 25 and not _FINAL.search(nxt.text) and nxt.kind == "short"):
                line.caption = (paren.group("caption") if paren else nxt.text).strip()
                nxt.kind = "caption"


def _mark_lists(lines: list[_Line]) -> None:
    """Runs of three or more short lines, mostly without sentence punctuation, are link lists.

    A sentence-like line (ending in 。 or a full stop) or a line standing alone between blank lines
    ends a run: that is how body paragraphs look.
    """
    run: list[_Line] = []
    for i, line in enumerate([*lines, None]):
        listy = line is not None and line.kind in _LIST_KINDS and line.weight < _SHORT_MAX
        if line is not None and line.kind == "prose":
            alone = line.blank_before and (i + 1 >= len(lines) or lines[i + 1].blank_before)
            listy = listy and not alone and not (line.weight >= 10 and _STATEMENT_END.search(line.text))
        if listy and line is not None:
            run.append(line)
            continue
        if len(run) >= 3 and sum(1 for r in run if not _FINAL.search(r.text)) * 3 >= len(run) * 2:
            for member in run:
                if member.kind in ("short", "prose"):
                    member.kind = "list"
        run = []


def _score(line: _Line) -> float:
    return {
        "prose": line.weight,
        "section": _SEPARATOR,
        "footer": _FOOTER_SCORE,
        "list": _LIST_SCORE,
        "chrome": _CHROME_SCORE,
        "crumb": _CRUMB_SCORE,
        "byline": _CRUMB_SCORE,
        "placeholder": 0.0,
        "caption": 0.0,
    }.get(line.kind, _SHORT_SCORE)


def _best_block(lines: Sequence[_Line]) -> tuple[int, int] | None:
    """The contiguous run of lines with the highest total score (maximum subarray)."""
    best: tuple[float, int, int] | None = None
    total, start = 0.0, 0
    for i, line in enumerate(lines):
        if total <= 0:
            total, start = 0.0, i
        total += line.score
        if line.score > 0 and (best is None or total > best[0]):
            best = (total, start, i)
    return (best[1], best[2]) if best else None


def _split(lines: list[_Line]) -> _Parts:
    parts = _Parts()
    block = _best_block(lines)
    start, end = block if block else (len(lines), len(lines) - 1)
    first_byline, last_byline = _byline_span(lines, start)
    if first_byline >= 0:
        parts.bylines = [line.text for line in lines[first_byline:last_byline + 1]]
    title_index = _title_index(lines, start, first_byline)
    parts.title = _single_spaces(lines[title_index].text) if title_index >= 0 else None
    low = max(title_index, start - _TITLE_WINDOW)
    parts.header = [line.text for line in lines[low:start] if line.weight <= 30] + [
        line.text for line in lines[max(0, start - _HEADER_LINES):start] if line.kind == "byline"
    ]
    for line in lines[title_index + 1:end + 1]:
        if line.kind == "placeholder" and line.caption:
            parts.images.append(Image(src="", caption=line.caption))
    for line in lines[start:end + 1]:
        if line.kind in ("prose", "short", "list"):
            parts.body.append(_single_spaces(line.text))
    parts.after = _lines_after(lines, end + 1)
    if not parts.bylines:
        parts.bylines = [line for line in parts.after if _is_byline(line, text_weight(line))]
    return parts


def _byline_span(lines: list[_Line], start: int) -> tuple[int, int]:
    """The byline nearest above the body (with the byline lines right above it), or (-1, -1)."""
    for last in range(start - 1, max(-1, start - 1 - _HEADER_LINES), -1):
        if lines[last].kind == "byline":
            first = last
            while first > 0 and lines[first - 1].kind == "byline":
                first -= 1
            return first, last
    return -1, -1


def _lines_after(lines: list[_Line], index: int) -> list[str]:
    """Up to two short lines right after the body, before any section heading or footer."""
    after: list[str] = []
    for line in lines[index:index + 2]:
        if line.kind in ("section", "footer") or line.weight > 30:
            break
        after.append(line.text)
    return after


def _title_index(lines: list[_Line], start: int, byline: int) -> int:
    """The headline: the weightiest of a few plausible lines above the body.

    Candidates are the nearest lines above the body (not beyond the byline, when there is one) and
    the two lines just above the byline; the line right above the byline is favoured. Bylines,
    breadcrumbs, captions and section headings never qualify, and a standfirst ending in a full
    stop or a line of site chrome counts for less, so an author name or a "Share" link loses.
    """
    low = byline if byline >= 0 else max(0, start - _TITLE_WINDOW)
    candidates = _eligible(lines, range(start - 1, low - 1, -1), _TITLE_CANDIDATES)
    above: list[int] = []
    if byline >= 0:
        above = _eligible(lines, range(byline - 1, max(-1, byline - 1 - _TITLE_WINDOW), -1), 2)
    scored = [(_title_score(lines[i]), i) for i in candidates]
    scored += [(_title_score(lines[i]) * (1.5 if n == 0 else 1.0), i) for n, i in enumerate(above)]
    if not scored:
        return -1
    return max(scored, key=lambda pair: pair[0])[1]


def _eligible(lines: list[_Line], indexes: range, limit: int) -> list[int]:
    found: list[int] = []
    for i in indexes:
        line = lines[i]
        if line.kind in ("crumb", "footer", "byline", "placeholder", "caption", "section"):
            continue
        if 2 <= line.weight <= 60 and len(line.text) <= 200:
            found.append(i)
        if len(found) == limit:
            break
    return found


def _title_score(line: _Line) -> float:
    score = min(line.weight, 40.0)
    if _STATEMENT_END.search(line.text):
        score /= 3
    if line.kind == "chrome":
        score /= 2
    return score


def _site_name(bylines: list[str]) -> str | None:
    for line in bylines:
        match = _DOMAIN.search(line)
        if match:
            return match.group("host").lower()
    return None


def _author(bylines: list[str]) -> str | None:
    for line in bylines:
        for segment in _SEGMENT_SPLIT.split(line):
            match = _AUTHOR.match(segment.strip())
            if match and parse_date(match.group("name")) is None:
                return match.group("name").strip()
    return None


def _byline_credits(bylines: list[str]) -> list[str]:
    """Outlets a byline credits: ``来源：X`` and the like, and a bare name after the date."""
    names: list[str] = []
    for line in bylines:
        for name in find_attributions(line):
            if name not in names:
                names.append(name)
        bare = _bare_outlet(line)
        if bare and bare not in names:
            names.append(bare)
    return names


def _bare_outlet(line: str) -> str | None:
    """``site | 2024-10-22 21:32:50  第一军情 | 0条评论``: the plain name after the date."""
    seen_date = False
    for raw in _SEGMENT_SPLIT.split(line):
        segment = raw.strip()
        if not segment:
            continue
        if parse_date(segment) is not None:
            seen_date = True
            rest = _MONTH_WORD.sub(" ", _DATE_TOKEN.sub(" ", segment)).strip(" ,")
            if _name_like(rest):
                return rest
            continue
        if seen_date and _name_like(segment):
            return segment
    return None


def _name_like(text: str) -> bool:
    if not text or len(text) > 30 or re.search(r"[\d:：]", text) or _DOMAIN.search(text):
        return False
    if _CHROME.search(text) or _SECTION.search(text) or _BYLINE_MARK.search(text) or _FINAL.search(text):
        return False
    return text_weight(text) >= 2


def _trailing_credits(after: list[str]) -> list[str]:
    """Credits in the short lines after the body: ``(dpa)``, ``来源：新华社``, ``Quelle: AFP``."""
    names: list[str] = []
    for line in after:
        for name in find_attributions(line):
            if name not in names:
                names.append(name)
    return names
