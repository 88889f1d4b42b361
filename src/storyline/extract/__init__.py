"""html/text -> Article: one extractor per item kind, then the steps every article shares."""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urlsplit

from ..errors import EmptyDocument
from ..model import Article, Hints, Item, ItemKind
from .attribution import find_attributions
from .encoding import decode_text
from .fragment import extract_fragment
from .language import chinese_script, detect_language
from .page import extract_page
from .sanitize import sanitize_html
from .textdump import extract_textdump

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n+")


def extract_item(item: Item) -> Article:
    """Turn one item into a clean article. Raises EmptyDocument when there is nothing to read."""
    article = _extract_body(item)
    _apply_hints(article, item.hints)
    article.item_key = item.key
    if not article.text.strip() and not (article.title or "").strip():
        raise EmptyDocument("no article text or title found")
    article.language = _language(article, item.hints.language)
    for name in find_attributions(article.text, article.language):
        if name not in article.attributions:
            article.attributions.append(name)
    if article.html:
        article.html = sanitize_html(article.html)
    return article


def _extract_body(item: Item) -> Article:
    body = item.body
    if item.kind is ItemKind.PAGE:
        return extract_page(body, item.hints)
    if item.kind is ItemKind.FRAGMENT:
        html = body if isinstance(body, str) else decode_text(body, item.hints.content_type)[0]
        return extract_fragment(html, item.hints, base_url=item.hints.url)
    text = body if isinstance(body, str) else decode_text(body, item.hints.content_type)[0]
    if item.kind is ItemKind.TEXTDUMP:
        return extract_textdump(text, item.hints)
    return Article(text=clean_paragraphs(text))


def clean_paragraphs(text: str) -> str:
    """Paragraphs separated by one blank line, each stripped; single newlines inside kept."""
    parts = (p.strip() for p in _PARAGRAPH_BREAK.split(text.replace("\r\n", "\n")))
    return "\n\n".join(p for p in parts if p)


def _apply_hints(article: Article, hints: Hints) -> None:
    """What the container states (feed fields, JSONL keys) wins over what the body suggests."""
    article.external_id = hints.external_id or article.external_id
    article.guid = hints.guid or article.guid
    article.url = hints.url or article.url
    article.title = (hints.title or article.title or "").strip() or None
    article.author = hints.author or article.author
    article.site_name = hints.site_name or article.site_name or _host(article.url)
    article.source = hints.source or article.source
    article.published = _prefer_precise(hints.published, article.published)
    article.fetched_at = hints.fetched_at or article.fetched_at
    article.summary_only = hints.summary_only


def _host(url: str | None) -> str | None:
    """The site a URL belongs to, without ``www.``, as a last resort for ``site_name``."""
    host = (urlsplit(url).hostname or "") if url else ""
    return (host[4:] if host.startswith("www.") else host) or None


def _prefer_precise(given: datetime | None, found: datetime | None) -> datetime | None:
    """A container date wins, unless the body gives the same day with a known zone."""
    if given is None:
        return found
    if found is not None and given.tzinfo is None and found.tzinfo is not None and given.date() == found.date():
        return found
    return given


def _language(article: Article, hinted: str | None) -> str | None:
    """The declared language, unless the text says clearly otherwise: feeds and aggregators declare one
    language for everything they carry, and an English-labelled item in German is German."""
    sample = f"{article.title or ''}\n{article.text[:2000]}"
    if hinted:
        tag = normalize_language_tag(hinted)
        found = detect_language(sample, _OVERRULE_SCORE) if len(article.text) >= _OVERRULE_CHARS else None
        if found is not None and found.split("-")[0] != tag.split("-")[0]:
            return found
        if tag == "zh":
            return chinese_script(sample)
        return tag
    return detect_language(sample)


_OVERRULE_CHARS = 200  # of body text before detection may overrule a declared language
_OVERRULE_SCORE = 0.8


_ZH_HANT_REGIONS = {"tw", "hk", "mo", "hant"}


def normalize_language_tag(tag: str) -> str:
    """BCP 47 as Storyline uses it: Chinese by script (zh-Hans/zh-Hant), others by primary subtag."""
    parts = tag.replace("_", "-").strip().lower().split("-")
    primary = parts[0]
    if primary != "zh":
        return primary
    if len(parts) == 1:
        return "zh"
    return "zh-Hant" if parts[1] in _ZH_HANT_REGIONS else "zh-Hans"
