"""Languages and time zones of the reader: gettext catalogues (Babel), one Jinja environment per locale.

The ``.po`` files in ``locale/`` are compiled when the app starts (no ``.mo`` files to keep in
step). The locale comes from the ``lang`` cookie (the visible switch), else Accept-Language; the
time zone from the ``tz`` cookie (set by ``static/tz.js`` from ``Intl.DateTimeFormat``), else UTC.
Dates are formatted on the server.
"""

from __future__ import annotations

import gettext
import io
from collections.abc import Callable
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from babel.dates import get_date_format, get_datetime_format, get_time_format
from babel.messages import mofile, pofile
from jinja2 import Environment, FileSystemLoader, select_autoescape

HERE = Path(__file__).resolve().parent
LOCALES = {"en": "English", "zh_Hans": "简体中文"}
DEFAULT_LOCALE = "en"


def load_translations(locale: str) -> gettext.NullTranslations:
    path = HERE / "locale" / locale / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as fh:
        catalog = pofile.read_po(fh, locale=locale)
    buf = io.BytesIO()
    mofile.write_mo(buf, catalog)
    buf.seek(0)
    return gettext.GNUTranslations(buf)


def negotiate(cookie: str | None, accept_language: str | None) -> str:
    """The UI locale: the cookie when valid, else the best Accept-Language match, else English."""
    if cookie in LOCALES:
        return cookie
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        ranked.append((-q, i, tag.strip().lower()))
    for _q, _i, tag in sorted(ranked):
        if tag.startswith("zh"):
            return "zh_Hans"
        if tag.startswith("en"):
            return "en"
    return DEFAULT_LOCALE


def zone(name: str | None) -> ZoneInfo:
    """The reader's zone from the cookie (URL-encoded by tz.js), else UTC."""
    name = unquote(name or "")
    if name and len(name) < 64:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return ZoneInfo("UTC")


def parse_time(value: object) -> datetime | None:
    """A stored time (naive UTC datetime, or ISO 8601 text) as an aware datetime."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def make_when(babel_locale: str) -> Callable[..., str]:
    """``when(value, tz, style="medium")``: a stored time as the reader's locale writes it in ``tz``
    ("date" for the day only). Babel's ``format_datetime`` output (tests compare them), from patterns
    looked up once and results remembered: Babel looks the locale and its patterns up on every call
    (12 us a date here against 6 us, and nothing for a date already written; a search page writes
    some 25)."""
    loc = Locale.parse(babel_locale)
    styles = {style: (str(get_datetime_format(style, locale=loc)).replace("'", ""), get_date_format(style, locale=loc),
                      get_time_format(style, locale=loc)) for style in ("short", "medium", "long")}

    @lru_cache(maxsize=16384)
    def when(value: object, tz: ZoneInfo, style: str = "medium") -> str:
        parsed = parse_time(value)
        if parsed is None:
            return ""
        local = parsed.astimezone(tz)
        if style == "date":
            return styles["medium"][1].apply(local.date(), loc)
        combined, date_pattern, time_pattern = styles[style]
        return combined.replace("{0}", time_pattern.apply(local, loc)).replace("{1}", date_pattern.apply(local, loc))

    return when


def make_environment(locale: str) -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                      extensions=["jinja2.ext.i18n"], trim_blocks=True, lstrip_blocks=True)
    env.install_gettext_translations(load_translations(locale), newstyle=True)  # type: ignore[attr-defined]
    env.globals["when"] = make_when("zh_Hans_CN" if locale == "zh_Hans" else "en_GB")
    env.globals["locale"] = locale
    env.globals["locales"] = LOCALES
    return env
