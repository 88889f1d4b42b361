"""Format detection from content; the file name only breaks ties."""

from __future__ import annotations

import codecs
import json
import re

from ..errors import UnknownFormat
from ..model import Format

_HEAD = 4096
_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(rss|feed|RDF)[\s>/]", re.IGNORECASE)
_HTML_MARK = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title>|<div[\s>]|<p[\s>]|<article[\s>]",
    re.IGNORECASE,
)
_FEEDITEM = re.compile(r"\A\s*<!--\s*\d{9,14}\s*-->\s*\n\s*\[.*\]\(\S+\)\s*\n", re.DOTALL)
_TAG = re.compile(r"<(?:p|div|br|span|a|img|li|td|h[1-6])[\s>/]", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def ascii_head(data: bytes) -> bytes:
    """The first bytes as ASCII-compatible bytes, so markers can be found in UTF-16/32 too."""
    head = data[:_HEAD]
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return _reencode(head[len(bom):], encoding)
    if b"\x00" in head[:64]:
        for encoding in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
            text = _reencode(head, encoding)
            if text.lstrip().startswith(b"<"):
                return text
        raise UnknownFormat("binary content (NUL bytes): not a text, HTML, feed or archive file")
    return head


def _reencode(head: bytes, encoding: str) -> bytes:
    return head.decode(encoding, errors="ignore").encode("utf-8", errors="ignore")


def detect_format(payload: bytes, name: str = "") -> Format:
    """What ``payload`` (already gunzipped) is. Raises UnknownFormat with a one-line reason."""
    if not payload.strip():
        raise UnknownFormat("empty file")
    if payload.startswith(b"WARC/") or payload.startswith(b"filedesc://"):
        return Format.WARC
    head = ascii_head(payload)
    stripped = head.lstrip()
    if stripped.startswith(b"{"):
        return _detect_json(payload)
    text_head = head.decode("utf-8", errors="ignore")
    if _FEEDITEM.match(text_head):
        return Format.FEEDITEM
    if stripped.startswith(b"<"):
        return _detect_markup(stripped)
    if len(_TAG.findall(text_head)) >= 5 and name.lower().endswith((".html", ".htm", ".xhtml")):
        return Format.HTML
    return Format.TEXTDUMP


def _detect_markup(head: bytes) -> Format:
    prolog_end = _prolog_end(head)
    body = head[prolog_end:]
    html = _HTML_MARK.search(body)
    feed = _FEED_ROOT.search(body)
    if feed and (not html or feed.start() < html.start()):
        return Format.FEED
    if html:
        return Format.HTML
    if head.startswith(b"<?xml"):
        return Format.FEED  # an XML document with an unusual root: let the feed parser explain
    return Format.HTML


def _prolog_end(head: bytes) -> int:
    """Skip the XML declaration, comments, processing instructions and the doctype."""
    pos = 0
    pattern = re.compile(rb"\s*(<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(\[.*?\])?\s*>)", re.DOTALL | re.I)
    while m := pattern.match(head, pos):
        pos = m.end()
    return pos


def _detect_json(payload: bytes) -> Format:
    first_line = payload.lstrip().split(b"\n", 1)[0]
    try:
        obj = json.loads(first_line)
    except ValueError:
        obj = None
    if isinstance(obj, dict):
        return Format.FEED if _is_json_feed(obj) else Format.JSONL
    try:
        whole = json.loads(payload)
    except ValueError as exc:
        raise UnknownFormat(f"JSON that is neither JSON Lines nor a JSON Feed: {exc}") from exc
    if isinstance(whole, dict) and _is_json_feed(whole):
        return Format.FEED
    raise UnknownFormat("JSON document that is neither JSON Lines of articles nor a JSON Feed")


def _is_json_feed(obj: dict[str, object]) -> bool:
    return str(obj.get("version", "")).startswith("https://jsonfeed.org/")
