"""Publication dates in Chinese, English and German text: one date string, or the best one in a block.

``parse_date`` reads the first date in a short string; ``find_date`` scores every date in a block of
text (byline lines, ``发布时间：`` markers, separators) and returns the most plausible publication date.
A result is timezone-aware only when the text states a zone (``Z``, ``+08:00``, ``UTC``, ``北京时间``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUMBER = re.compile(r"[〇○零一二两三四五六七八九十]+(?=\s*[年月日号时点分])")

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5, "juni": 6,
    "juli": 7, "okt": 10, "oktober": 10, "dez": 12, "dezember": 12,
}
_MONTH_NAME = (
    r"\b(?P<mon>Jan(?:uary|uar)?|J[äa]nner|Feb(?:ruary|ruar)?|M[äa]r(?:ch|z)?|Maerz|Apr(?:il)?|Ma[iy]|"
    r"Jun[ei]?|Jul[iy]?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|O[ck]t(?:ober)?|Nov(?:ember)?|De[cz](?:ember)?)\.?"
)

_YMD_DASH = re.compile(r"(?<!\d)(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)")
_YMD_CN = re.compile(r"(?<!\d)(?P<y>\d{4}|\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]?")
_MD_CN = re.compile(r"(?<![\d年])(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]")
# US numeric order, as ASP.NET-era Chinese portals print it: 9/17/2004 5:54:13 AM
_MDY_NUM = re.compile(r"(?<![\d/.])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})(?![\d/])")
_DMY_NUM = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})(?!\d)")
_DMY_NAME = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})(?:\.|st|nd|rd|th)?\s+" + _MONTH_NAME + r",?\s+(?P<y>\d{4})(?!\d)", re.IGNORECASE
)
_MDY_NAME = re.compile(
    _MONTH_NAME + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})(?!\d)", re.IGNORECASE
)
_RELATIVE_DAY = re.compile(r"(?P<rel>今天|今日|昨天|昨日|前天|today|yesterday|heute|gestern)", re.IGNORECASE)

_TIME = re.compile(
    r"\s*(?:T|,|um|at|,\s*at|-)?\s*(?P<half>上午|下午|晚上|晚间|凌晨|中午|早上|早晨)?\s*"
    r"(?P<h>\d{1,2})(?:\s*[:时点]\s*(?P<mi>\d{1,2})\s*分?(?:\s*[:]\s*(?P<s>\d{1,2})(?:[.,](?P<f>\d{1,6}))?)?"
    r"|\s*[时点](?!\d))"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?(?![a-z]))?\s*(?:Uhr\b)?",
    re.IGNORECASE,
)
_ZONE = re.compile(
    r"\s*\(?\s*(?P<tz>Z(?![a-z])|[+-]\d{2}:?\d{2}(?!\d)|(?:UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?"
    r"|MESZ|MEZ|CEST|CET|EST|EDT|PST|PDT|BST|JST|KST|HKT)\b",
)
_ZONE_OFFSETS = {"MEZ": 1, "CET": 1, "MESZ": 2, "CEST": 2, "EST": -5, "EDT": -4, "PST": -8, "PDT": -7,
                 "BST": 1, "JST": 9, "KST": 9, "HKT": 8}
_BEIJING = re.compile(r"(北京时间|北京時間|Beijing time)\s*$", re.IGNORECASE)

_MARKER = re.compile(
    r"发布时间|發佈時間|发表时间|發表時間|发布于|发表于|發表於|更新时间|更新時間|时间[:：]|時間[:：]|日期[:：]|"
    r"来源[:：]|來源[:：]|\bpublished\b|\bposted\b|\bupdated\b|\bdate\b|veröffentlicht|aktualisiert|"
    r"\bstand\b|\bdatum\b|\bvom\b",
    re.IGNORECASE,
)
_MARKER_BEFORE = re.compile(rf"(?:{_MARKER.pattern})\s*[:：]?\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[。！？!?]|[.](?=\s|$)")
_FUTURE_SLACK = timedelta(days=2)
_EARLIEST_YEAR = 1990


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    value: datetime
    has_year: bool
    has_time: bool


def parse_date(text: str, reference: datetime | None = None) -> datetime | None:
    """The first date in ``text`` (a date string, possibly with a time and zone), or None.

    A date without a year (``10月21日``) takes the year that puts it closest before, or just after,
    ``reference`` (default: now). The result is aware only when the text names a zone.
    """
    found = _candidates(_prepare(text), reference)
    return found[0].value if found else None


def find_date(text: str, reference: datetime | None = None) -> datetime | None:
    """The most plausible publication date in a block of text, or None.

    Dates on byline-like lines (short, with ``|`` separators or markers such as ``发布时间：``,
    ``Published``, ``Stand:``) win over dates mentioned inside body sentences; among equals, the
    earliest wins. Dates after ``reference`` (plus two days) or before 1990 are ignored.
    """
    best: tuple[int, int, datetime] | None = None
    limit = _limit(reference)
    for index, line in enumerate(text.splitlines()):
        prepared = _prepare(line)
        for cand in _candidates(prepared, reference):
            if not _plausible(cand.value, limit):
                continue
            score = _score(prepared, cand)
            if score < 0:
                continue
            if best is None or score > best[0]:
                best = (score, index, cand.value)
    return best[2] if best else None


def _limit(reference: datetime | None) -> datetime:
    ref = reference or datetime.now(UTC)
    return _naive(ref) + _FUTURE_SLACK


def _naive(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value


def _plausible(value: datetime, limit: datetime) -> bool:
    return value.year >= _EARLIEST_YEAR and _naive(value) <= limit


def _score(line: str, cand: _Candidate) -> int:
    score = 2 if cand.has_year else 0
    score += 1 if cand.has_time else 0
    labelled = False
    if _MARKER.search(line):
        score += 3
        # "发布时间 2005/05/17": a byline however long its line (forum threads run posts together)
        labelled = bool(_MARKER_BEFORE.search(line[max(0, cand.start - 12) : cand.start]))
        score += 3 if labelled else 0
    stripped = line.strip()
    if ("|" in stripped or len(stripped) <= 60) and not labelled:
        score += 1
    if len(stripped) > 80 and _SENTENCE_END.search(stripped) and not labelled:
        score -= 3
    return score


def _prepare(text: str) -> str:
    """Full-width forms to ASCII (NFKC) and Chinese numerals before 年/月/日/时 to digits."""
    text = unicodedata.normalize("NFKC", text)
    return _CN_NUMBER.sub(lambda m: str(_cn_number(m.group(0))), text)


def _cn_number(word: str) -> int:
    if "十" not in word:
        return int("".join(str(_CN_DIGITS[c]) for c in word))
    tens, _, units = word.partition("十")
    high = _CN_DIGITS.get(tens[-1], 1) if tens else 1
    low = _CN_DIGITS.get(units[0], 0) if units else 0
    return high * 10 + low


def _candidates(text: str, reference: datetime | None) -> list[_Candidate]:
    found: list[_Candidate] = []
    for pattern in (_YMD_DASH, _YMD_CN, _MDY_NUM, _DMY_NUM, _DMY_NAME, _MDY_NAME, _MD_CN):
        for match in pattern.finditer(text):
            if any(c.start <= match.start() < c.end for c in found):
                continue
            cand = _from_match(text, match, reference)
            if cand is not None:
                found.append(cand)
    for match in _RELATIVE_DAY.finditer(text):
        cand = _relative(text, match, reference)
        if cand is not None and not any(c.start <= match.start() < c.end for c in found):
            found.append(cand)
    return sorted(found, key=lambda c: c.start)


def _from_match(text: str, match: re.Match[str], reference: datetime | None) -> _Candidate | None:
    groups = match.groupdict()
    name = (groups.get("mon") or "").lower().rstrip(".")
    month = _MONTHS.get(name, _MONTHS.get(name[:3], 0)) if name else int(groups["m"])
    day = int(groups["d"])
    if groups.get("y"):
        year = int(groups["y"])
        year = year + 2000 if year < 100 else year
        try:
            date = datetime(year, month, day)
        except ValueError:
            return None
    else:
        found = _year_for(month, day, reference)
        if found is None:
            return None
        date = found
    return _with_time(text, match.start(), match.end(), date, has_year=bool(groups.get("y")))


def _year_for(month: int, day: int, reference: datetime | None) -> datetime | None:
    """The date with the latest year that is not more than a week after the reference."""
    ref = _naive(reference) if reference else datetime.now()
    for year in (ref.year + 1, ref.year, ref.year - 1, ref.year - 2, ref.year - 3, ref.year - 4):
        try:
            date = datetime(year, month, day)
        except ValueError:
            continue
        if date <= ref + timedelta(days=7):
            return date
    return None


def _relative(text: str, match: re.Match[str], reference: datetime | None) -> _Candidate | None:
    if reference is None:
        return None
    word = match.group("rel").lower()
    back = 2 if word == "前天" else 1 if word in ("昨天", "昨日", "yesterday", "gestern") else 0
    day = _naive(reference).replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=back)
    cand = _with_time(text, match.start(), match.end(), day, has_year=True)
    return cand if cand.has_time else None


def _with_time(text: str, start: int, end: int, date: datetime, *, has_year: bool) -> _Candidate:
    time = _TIME.match(text, end)
    has_time = False
    if time is not None:
        value = _apply_time(date, time)
        if value is not None:
            date, end, has_time = value, time.end(), True
    zone = _ZONE.match(text, end)
    tz = _zone(zone.group("tz")) if zone else None
    if tz is None and _BEIJING.search(text[max(0, start - 12):start]):
        tz = timezone(timedelta(hours=8))
    if tz is not None:
        date = date.replace(tzinfo=tz)
        end = zone.end() if zone else end
    return _Candidate(start, end, date, has_year, has_time)


def _apply_time(date: datetime, time: re.Match[str]) -> datetime | None:
    hour = int(time.group("h"))
    minute = int(time.group("mi") or 0)
    second = int(time.group("s") or 0)
    micro = int((time.group("f") or "0").ljust(6, "0")[:6])
    half = time.group("half") or ""
    ampm = (time.group("ampm") or "").lower()
    if (half in ("下午", "晚上", "晚间") or ampm.startswith("p")) and hour < 12:
        hour += 12
    elif (half == "凌晨" or ampm.startswith("a")) and hour == 12:
        hour = 0
    if time.group("mi") is None and not half and "时" not in time.group(0) and "点" not in time.group(0):
        return None
    try:
        return date.replace(hour=hour, minute=minute, second=second, microsecond=micro)
    except ValueError:
        return None


def _zone(name: str) -> timezone | None:
    name = name.replace(" ", "")
    if name == "Z" or name in ("UTC", "GMT"):
        return UTC
    if name in _ZONE_OFFSETS:
        return timezone(timedelta(hours=_ZONE_OFFSETS[name]))
    offset = name[3:] if name[:3] in ("UTC", "GMT") else name
    match = re.fullmatch(r"([+-])(\d{1,2}):?(\d{2})?", offset)
    if match is None:
        return None
    sign = -1 if match.group(1) == "-" else 1
    hours, minutes = int(match.group(2)), int(match.group(3) or 0)
    if hours > 14 or minutes >= 60:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))
