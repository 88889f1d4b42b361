"""Bytes -> text without mojibake, Chinese legacy encodings first.

Order: byte-order mark; the charsets the document declares (HTTP header, ``<meta charset>``,
``<meta http-equiv>``, XML declaration), each verified by a strict decode; strict UTF-8; the
Chinese double-byte encodings, told apart by how common the decoded characters are; finally
charset-normalizer. GB2312/GBK are read as their superset GB18030 and Big5 as Big5-HKSCS, so
characters outside the declared subset (common on real pages) still decode.

Old Chinese pages often declare ISO-8859-1 while being GBK: a single-byte declaration is only
believed when the bytes do not decode as a plausible Chinese text.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

from charset_normalizer import from_bytes

from ..errors import DecodeError

_HEAD = 8192
_META = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""")
_HEADER = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ALIASES = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030", "gb_2312-80": "gb18030",
    "gb2312-80": "gb18030", "csgb2312": "gb18030", "euc-cn": "gb18030", "hz-gb-2312": "hz",
    "big5": "big5hkscs", "big-5": "big5hkscs", "cp950": "big5hkscs", "x-x-big5": "big5hkscs",
    "big5-hkscs": "big5hkscs", "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "us-ascii": "cp1252", "ascii": "cp1252", "unicode": "utf-8", "utf8": "utf-8",
}
_SINGLE_BYTE_WESTERN = {"cp1252", "iso8859-15", "cp1250"}
_HAN = re.compile(r"[\u3400-\u9fff]")


def canonical_charset(name: str) -> str | None:
    """The Python codec to use for a declared charset name, or None if unknown."""
    key = name.strip().strip("\"'").lower()
    key = _ALIASES.get(key, key)
    try:
        codec = codecs.lookup(key).name
    except LookupError:
        return None
    return _ALIASES.get(codec, codec)


def declared_charsets(data: bytes, content_type: str | None, html: bool = True) -> list[str]:
    """Codecs the document states, most authoritative first, without duplicates."""
    names: list[str] = []
    if content_type and (header := _HEADER.search(content_type)):
        names.append(header.group(1))
    head = data[:_HEAD]
    if decl := _XML_DECL.match(head):
        names.append(decl.group(1).decode("ascii"))
    if html:
        names.extend(m.group(1).decode("ascii") for m in _META.finditer(head))
    out: list[str] = []
    for name in names:
        codec = canonical_charset(name)
        if codec and codec not in out:
            out.append(codec)
    return out


@lru_cache(maxsize=1)
def _common_han() -> frozenset[str]:
    """The 3,755 most common simplified characters (GB2312 level 1) and their traditional forms."""
    from .normalize import to_traditional  # noqa: PLC0415 (opencc loads on first Chinese page only)

    level1 = bytes(b for hi in range(0xB0, 0xD8) for lo in range(0xA1, 0xFF) for b in (hi, lo))
    simplified = level1.decode("gb2312", errors="ignore")
    return frozenset(simplified) | frozenset(to_traditional(simplified))


def han_plausibility(text: str) -> float:
    """Share of Chinese characters that are common ones: near 1 for real text, low for mojibake."""
    han = _HAN.findall(text[:20_000])
    if len(han) < 10:
        return 0.0
    common = _common_han()
    return sum(1 for c in han if c in common) / len(han)


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _best_chinese(data: bytes) -> tuple[str, str] | None:
    """GB18030 or Big5-HKSCS, whichever decodes strictly into more common characters."""
    best: tuple[float, str, str] | None = None
    for codec in ("gb18030", "big5hkscs"):
        text = _strict(data, codec)
        if text is None:
            continue
        score = han_plausibility(text)
        if score >= 0.8 and (best is None or score > best[0]):
            best = (score, text, codec)
    return (best[1], best[2]) if best else None


def decode(data: bytes, content_type: str | None = None, html: bool = True) -> tuple[str, str]:
    """(text, codec). Raises DecodeError when nothing gives text."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace"), codec
    declared = declared_charsets(data, content_type, html)
    for codec in declared:
        if codec in _SINGLE_BYTE_WESTERN and (chinese := _best_chinese(data)):
            return chinese
        text = _strict(data, codec)
        if text is not None:
            return text, codec
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    if chinese := _best_chinese(data):
        return chinese
    return _guess(data, declared)


def _guess(data: bytes, declared: list[str]) -> tuple[str, str]:
    match = from_bytes(data[:200_000]).best()
    if match is not None and match.encoding:
        codec = canonical_charset(match.encoding) or match.encoding
        return data.decode(codec, errors="replace"), codec
    codec = declared[0] if declared else "cp1252"
    try:
        return data.decode(codec, errors="replace"), codec
    except LookupError as exc:
        raise DecodeError(f"cannot decode: unknown charset {codec!r}") from exc


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    return decode(data, content_type, html=True)


def decode_text(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    return decode(data, content_type, html=False)
