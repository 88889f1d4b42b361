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
from html import unescape
from urllib.parse import urljoin

import trafilatura
from trafilatura.htmlprocessing import build_html_output
from trafilatura.settings import Document
from trafilatura.xml import xmltotxt

from ..errors import EmptyDocument, InputError
from ..model import Article, Hints, Image
from .dates import find_date, parse_date
from .encoding import decode_html
from .normalize import han_count
from .textdump import extract_textdump

_META_TIME = re.compile(
    r"""<meta[^>]+(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|"""
    r"""pubdate|publishdate|publish-date|datePublished|date|dc\.date|dc\.date\.issued|sailthru\.date|"""
    r"""parsely-pub-date|publishtime|PubDate)["'][^>]*>""", re.IGNORECASE)
_CONTENT = re.compile(r"""content\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_JSONLD_TIME = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_TIME_TAG = re.compile(r"""<time[^>]+datetime\s*=\s*["']([^"']+)["'][^>]*>""", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]+>")
MIN_TEXT = 20  # characters: less is a stray link or label, not an article
_SCRIPTS = re.compile(r"<(script|style)\b.*?</\1>", re.IGNORECASE | re.DOTALL)


def extract_page(data: bytes | str, hints: Hints) -> Article:
    html = data if isinstance(data, str) else decode_html(data, hints.content_type)[0]
    doc = trafilatura.bare_extraction(
        html, url=hints.url, with_metadata=True, include_comments=False, include_tables=True,
        include_images=False, include_formatting=False, as_dict=False)
    if not isinstance(doc, Document) or doc.body is None:
        return _visible_text_fallback(html, hints)
    text = _paragraphs(xmltotxt(doc.body, False))
    if len(text) < MIN_TEXT:
        return _visible_text_fallback(html, hints)
    text = _clean_portal_text(text)
    base = hints.url or doc.url
    return Article(
        text=text,
        title=(doc.title or "").strip() or None,
        url=doc.url if isinstance(doc.url, str) and doc.url.startswith("http") else None,
        html=build_html_output(doc, with_metadata=False),
        author=doc.author or None,
        site_name=doc.sitename or None,
        published=_published(html, doc.date, text, hints.fetched_at),
        images=_images(html, text, base),
    )


_BLOCK = re.compile(r"<(?:/?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|pre)"
                    r"|!--)\b[^>]*>", re.IGNORECASE)
_COMMENTS = re.compile(r"<!--.*?-->", re.DOTALL)
_MARKUP = re.compile(r"[\s|*#>]+")
_AFTER_BODY = 150


def _visible_text_fallback(html: str, hints: Hints) -> Article:
    """When trafilatura finds no main text (short blog posts, odd markup), read the page's visible
    text as a text dump: the dump cleaner picks the main block by structure."""
    body = _COMMENTS.sub(" ", _SCRIPTS.sub(" ", html))
    text = unescape(_TAGS.sub(" ", _BLOCK.sub("\n", body)))
    lines = (" ".join(line.split()) for line in text.splitlines())
    dump = "\n".join(line for line in lines if line)
    try:
        article = extract_textdump(dump, hints)
    except InputError as exc:
        raise EmptyDocument("no main text found in the page") from exc
    if len(article.text) < MIN_TEXT:
        raise EmptyDocument("no main text found in the page")
    # the page's byline (with its markup around it) beats the first date of the dumped text, which on
    # blogs and forums is often a comment's
    article.published = _published(html, None, article.text, hints.fetched_at) or article.published
    return article


def _clean_portal_text(text: str) -> str:
    """Old Chinese portals lay pages out in tables, and trafilatura then keeps navigation rows,
    "today's picks" lists and footers around the article. The text-dump cleaner removes exactly
    that kind of list-like boilerplate by structure; its result is used when it keeps a
    substantial block (at least 30%: less means it found a different "main" block)."""
    if han_count(text) <= len(text) / 3:
        return text
    try:
        cleaned = extract_textdump(text, Hints()).text
    except InputError:
        return text
    return cleaned if len(cleaned) >= 0.3 * len(text) else text


def _paragraphs(text: str) -> str:
    lines = (line.strip() for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""\b(src|data-src|alt|title)\s*=\s*["']([^"']*)["']""", re.IGNORECASE)
_CAPTION = re.compile(r"<(figcaption|small)\b[^>]*>(.*?)</\1>", re.IGNORECASE | re.DOTALL)
_SPACE = re.compile(r"\s+")


def _images(html: str, text: str, base: str | None) -> list[Image]:
    """Images placed within the article: between its first and last paragraph in the source
    (with a little room before the first, where lead pictures sit), captions from a following
    <figcaption>/<small>, else the alt text. A regex pass: no second parse of the page."""
    paragraphs = text.split("\n\n")
    start = _locate(html, paragraphs[0], 0)
    end = _locate(html, paragraphs[-1], start if start >= 0 else 0)
    if start < 0:
        return []
    end = max(end, start)
    images: list[Image] = []
    for tag in _IMG.finditer(html, max(0, start - 3000), end):
        attrs = {k.lower(): v for k, v in _ATTR.findall(tag.group(0))}
        src = (attrs.get("data-src") or attrs.get("src") or "").strip()
        if not src or src.startswith("data:") or any(i.src.endswith(src) for i in images):
            continue
        caption = None
        if m := _CAPTION.search(html, tag.end(), tag.end() + 400):
            caption = _SPACE.sub(" ", _TAGS.sub(" ", m.group(2))).strip() or None
        images.append(Image(urljoin(base, src) if base else src, caption or attrs.get("alt") or None))
    return images[:20]


def _locate(html: str, paragraph: str, after: int) -> int:
    """Where a paragraph's opening words occur in the HTML source, or -1."""
    probe = paragraph.strip()[:12]
    return html.find(probe, after) if len(probe) >= 6 else -1


def _published(html: str, day: str | None, text: str, reference: datetime | None) -> datetime | None:
    """The publication time, as precise as the page allows.

    htmldate's day (from trafilatura) is good on Western pages and often wrong on Chinese ones,
    where the byline date near the headline is the reliable signal. Metadata timestamps that
    agree with htmldate's day refine it to the minute, in the page's own offset.
    """
    head = html[:200_000]
    stamps = [w for c in _metadata_times(head) if (w := parse_date(c, reference)) is not None]
    agreeing = [w for w in stamps if day and w.date().isoformat() == day]
    if agreeing:
        return agreeing[0]
    visible = unescape(_TAGS.sub(" ", _SCRIPTS.sub(" ", _COMMENTS.sub(" ", head))))
    byline = find_date(visible[: _body_end(visible, text, 20000)], reference)
    if byline is not None and (day is None or byline.date().isoformat() == day or han_count(text) > len(text) / 3):
        return byline
    if day:
        return parse_date(day, reference)
    if stamps:
        return stamps[0]
    return find_date(visible, reference) or find_date(text[:3000], reference)


def _body_end(visible: str, text: str, limit: int) -> int:
    """Where to stop looking for the byline date: a little past the article's last paragraph.

    Dates further down belong to readers' comments ("发表时间：" on each post) and to lists of
    other articles; a labelled date there must not outrank the unlabelled one under the headline.
    """
    tail = _MARKUP.sub("", text.strip().rsplit("\n", 1)[-1])[-10:]
    if len(tail) < 6:
        return limit
    found = re.search(r"\s*".join(map(re.escape, tail)), visible[:limit])
    return min(limit, found.end() + _AFTER_BODY) if found else limit


def _metadata_times(head: str) -> list[str]:
    found = [m.group(1) for tag in _META_TIME.finditer(head) if (m := _CONTENT.search(tag.group(0)))]
    found += _JSONLD_TIME.findall(head)
    found += _TIME_TAG.findall(head)
    return found


def _has_time(when: datetime) -> bool:
    return (when.hour, when.minute, when.second) != (0, 0, 0)
