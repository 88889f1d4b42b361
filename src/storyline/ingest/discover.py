"""Feeds a site announces: ``<link rel="alternate">`` of feed types, else common feed paths."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import urljoin

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/json",
              "application/rdf+xml", "text/xml", "application/xml")
COMMON_FEED_PATHS = ("/feed", "/rss", "/rss.xml", "/atom.xml", "/feed.xml", "/index.xml", "/feeds/posts/default")
_LINK = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([a-zA-Z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


def discover_feeds(html: str, base_url: str) -> list[str]:
    """Absolute feed URLs from the page's alternate links, in page order, without duplicates."""
    found: list[str] = []
    for tag in _LINK.finditer(html[:500_000]):
        attrs = {m.group(1).lower(): unescape(m.group(2) or m.group(3) or m.group(4) or "")
                 for m in _ATTR.finditer(tag.group(0))}
        rel = attrs.get("rel", "").lower().split()
        kind = attrs.get("type", "").lower().split(";", 1)[0].strip()
        if "alternate" in rel and kind in FEED_TYPES and attrs.get("href"):
            url = urljoin(base_url, attrs["href"].strip())
            if url not in found and url.startswith(("http://", "https://")):
                found.append(url)
    return found
