"""Languages and time zones of the reader: gettext catalogues (Babel), one Jinja environment per locale.

The ``.po`` files in ``locale/`` are compiled when the app starts (no ``.mo`` files to keep in
step). The locale comes from the ``lang`` cookie (the visible switch), else Accept-Language; the
time zone from the ``tz`` cookie (set by ``static/tz.js`` from ``Intl.DateTimeFormat``), else UTC.
Dates are formatted on the server.
"""

from __future__ import annotations

import gettext
import io
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.dates import format_date, format_datetime
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


def make_environment(locale: str) -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                      extensions=["jinja2.ext.i18n"], trim_blocks=True, lstrip_blocks=True)
    env.install_gettext_translations(load_translations(locale), newstyle=True)  # type: ignore[attr-defined]
    babel_locale = "zh_Hans_CN" if locale == "zh_Hans" else "en_GB"

    def when(value: object, tz: ZoneInfo, style: str = "medium") -> str:
        parsed = parse_time(value)
        if parsed is None:
            return ""
        if style == "date":
            return format_date(parsed.astimezone(tz).date(), "medium", locale=babel_locale)
        return format_datetime(parsed, style, tzinfo=tz, locale=babel_locale)

    env.globals["when"] = when
    env.globals["locale"] = locale
    env.globals["locales"] = LOCALES
    return env
