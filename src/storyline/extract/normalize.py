"""Normalised forms for matching, kept apart from the text readers see.

NFKC folds full-width letters, digits and punctuation to their usual forms; OpenCC turns
Traditional Chinese into Simplified so that zh-Hant and zh-Hans reports of one event meet.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import opencc

_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=4)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    return str(_converter("t2s").convert(text))


def to_traditional(text: str) -> str:
    return str(_converter("s2t").convert(text))


def fold(text: str) -> str:
    """NFKC width folding, case folding and whitespace collapsing (no script conversion)."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def normalize_for_matching(text: str) -> str:
    """The form used for hashing, shingling and search: folded and in Simplified Chinese."""
    folded = fold(text)
    return to_simplified(folded) if _has_han(folded) else folded


_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _has_han(text: str) -> bool:
    return _HAN.search(text) is not None


def han_count(text: str) -> int:
    return len(_HAN.findall(text))


_TRACKING = ("utm_", "spm", "from", "share", "fbclid", "gclid", "ref")


def canonical_url(url: str) -> str:
    """The URL used to recognise one article seen twice: no fragment, no tracking parameters,
    lower-case scheme and host, no default port, no trailing slash on the path."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.port and not ((parts.scheme == "http" and parts.port == 80) or
                           (parts.scheme == "https" and parts.port == 443)):
        host = f"{host}:{parts.port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith(_TRACKING)]
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), host, path, urlencode(query), ""))


def outlet_key(url: str | None, site_name: str | None, source: str | None) -> tuple[str, str, str | None] | None:
    """(key, display name, domain) of the outlet that published an article, or None if unknown.

    The key is the host without ``www.`` when the URL is known, else the stated name.
    """
    domain = None
    if url:
        host = (urlsplit(url).hostname or "").lower()
        domain = host[4:] if host.startswith("www.") else host or None
    name = (site_name or source or domain or "").strip()
    if not name:
        return None
    return (domain or fold(name), name, domain)
