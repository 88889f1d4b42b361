"""Whole HTML pages -> Article: our decoding, then trafilatura (with htmldate) once per page.

trafilatura gets text, not bytes, so a GBK page it would misread as Latin-1 arrives decoded
(``extract.encoding``). One ``bare_extraction`` run gives the main content tree; the plain text
and an HTML rendering both come from that tree. Publication times are taken, most precise first,
from the page's machine-readable metadata, then from a Chinese byline date near the headline
(``extract.dates``), then from htmldate's day.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

import trafilatura
from trafilatura.htmlprocessing import build_html_output
from trafilatura.xml import xmltotxt

from ..errors import EmptyDocument
from ..model import Article, Hints, Image
from .dates import find_date, parse_date
from .encoding import decode_html

_META_TIME = re.compile(
    r"""<meta[^>]+(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|"""
    r"""pubdate|publishdate|publish-date|datePublished|date|dc\.date|dc\.date\.issued|sailthru\.date|"""
    r"""parsely-pub-date|publishtime|PubDate)["'][^>]*>""", re.IGNORECASE)
_CONTENT = re.compile(r"""content\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_JSONLD_TIME = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_TIME_TAG = re.compile(r"""<time[^>]+datetime\s*=\s*["']([^"']+)["'][^>]*>""", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]+>")
_SCRIPTS = re.compile(r"<(script|style)\b.*?</\1>", re.IGNORECASE | re.DOTALL)


def extract_page(data: bytes | str, hints: Hints) -> Article:
    html = data if isinstance(data, str) else decode_html(data, hints.content_type)[0]
    doc = trafilatura.bare_extraction(
        html, url=hints.url, with_metadata=True, include_comments=False, include_tables=True,
        include_images=True, include_formatting=False, as_dict=False)
    if doc is None or doc.body is None:
        raise EmptyDocument("no main text found in the page")
    text = _paragraphs(xmltotxt(doc.body, False))
    if not text:
        raise EmptyDocument("no main text found in the page")
    base = hints.url or doc.url
    return Article(
        text=text,
        title=(doc.title or "").strip() or None,
        url=doc.url if isinstance(doc.url, str) and doc.url.startswith("http") else None,
        html=build_html_output(doc, with_metadata=False),
        author=doc.author or None,
        site_name=doc.sitename or None,
        published=_published(html, doc.date, text, hints.fetched_at),
        images=_images(doc.body, base),
    )


def _paragraphs(text: str) -> str:
    lines = (line.strip() for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def _images(body: Any, base: str | None) -> list[Image]:
    images: list[Image] = []
    seen: set[str] = set()
    for el in body.iter("graphic"):
        src = (el.get("src") or "").strip()
        if not src or src.startswith("data:"):
            continue
        src = urljoin(base, src) if base else src
        if src in seen:
            continue
        seen.add(src)
        caption = (el.get("title") or el.get("alt") or "").strip() or None
        images.append(Image(src, caption))
    return images


def _published(html: str, day: str | None, text: str, reference: datetime | None) -> datetime | None:
    """Most precise first: metadata timestamps, a byline date on the page, htmldate's day."""
    head = html[:200_000]
    for candidate in _metadata_times(head):
        when = parse_date(candidate, reference)
        if when is not None and (day is None or when.date().isoformat() == day or not _has_time(when)):
            return when
    visible = _TAGS.sub(" ", _SCRIPTS.sub(" ", head))
    near_title = find_date(visible[:6000], reference)
    if near_title is not None and (day is None or near_title.date().isoformat() == day):
        return near_title
    if day:
        return parse_date(day, reference)
    return find_date(text[:3000], reference)


def _metadata_times(head: str) -> list[str]:
    found = [m.group(1) for tag in _META_TIME.finditer(head) if (m := _CONTENT.search(tag.group(0)))]
    found += _JSONLD_TIME.findall(head)
    found += _TIME_TAG.findall(head)
    return found


def _has_time(when: datetime) -> bool:
    return (when.hour, when.minute, when.second) != (0, 0, 0)
