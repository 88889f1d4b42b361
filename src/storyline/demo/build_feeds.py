"""Render the feed and JSONL files in ``corpus/`` from the entry sources in ``sources/entries/``.

Each entry source is a small text file: ``key: value`` header lines, a blank line, then the body as
paragraphs separated by blank lines. A body line ``![caption](src)`` is an image; a header
``image: src | caption`` adds a lead image. One folder per output file:

- ``meridian-rss/``      -> ``meridian-press.rss.xml`` (RSS 2.0 with content:encoded full text)
- ``rundfunk-nord-atom/`` -> ``rundfunk-nord.atom.xml`` (Atom 1.0, escaped HTML content)
- ``gangwen-jsonfeed/``  -> ``gangwen.feed.json`` (JSON Feed 1.1)
- ``export-jsonl/``      -> ``newsdesk-export.jsonl`` (one article per line)

Output is deterministic. Run: ``python -m storyline.demo.build_feeds``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from html import escape
from pathlib import Path

from . import CORPUS_DIR, SOURCES_DIR

_IMAGE = re.compile(r"^!\[(?P<caption>[^\]]*)\]\((?P<src>[^)\s]+)\)$")


@dataclass(slots=True)
class Entry:
    """One feed entry or JSONL row as written in its source file."""

    name: str
    headers: dict[str, str]
    paragraphs: list[str] = field(default_factory=list)

    def get(self, key: str, default: str = "") -> str:
        return self.headers.get(key, default)

    def text(self) -> str:
        """Plain text: paragraphs separated by blank lines, image lines left out."""
        return "\n\n".join(p for p in self.paragraphs if not _IMAGE.match(p))

    def html(self) -> str:
        """The body as HTML: ``<p>`` paragraphs and ``<figure>`` images, lead image first."""
        parts = []
        if self.get("image"):
            src, _, caption = self.get("image").partition("|")
            parts.append(_figure(src.strip(), caption.strip()))
        for para in self.paragraphs:
            image = _IMAGE.match(para)
            parts.append(_figure(image["src"], image["caption"]) if image else f"<p>{escape(para, quote=False)}</p>")
        return "\n".join(parts)


def _figure(src: str, caption: str) -> str:
    return (f'<figure><img src="{escape(src)}" alt="{escape(caption)}">'
            f"<figcaption>{escape(caption, quote=False)}</figcaption></figure>")


def parse_entry(path: Path) -> Entry:
    """Read one entry source file."""
    head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    headers = {}
    for line in head.splitlines():
        key, sep, value = line.partition(":")
        if not sep:
            raise ValueError(f"{path.name}: header line without a colon: {line!r}")
        headers[key.strip()] = value.strip()
    paragraphs = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return Entry(path.stem, headers, paragraphs)


def load_entries(folder: Path) -> list[Entry]:
    return [parse_entry(p) for p in sorted(folder.glob("*.txt"))]


def _iso(value: str) -> datetime:
    """An ISO 8601 or RFC 822 date from a header."""
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return parsedate_to_datetime(value)


def _newest_first(entries: list[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: _iso(e.get("published")).timestamp(), reverse=True)


def render_rss(entries: list[Entry]) -> str:
    """Meridian Press's RSS 2.0 feed: summary in <description>, full text in <content:encoded>."""
    ordered = _newest_first(entries)
    items = [_rss_item(e) for e in ordered]
    build_date = format_datetime(_iso(ordered[0].get("published")), usegmt=True)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" \
xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" \
xmlns:media="http://search.yahoo.com/mrss/">
<channel>
<title>Meridian Press - Top News</title>
<link>https://meridianpress.example/</link>
<atom:link href="https://meridianpress.example/rss/topnews.xml" rel="self" type="application/rss+xml"/>
<description>Breaking news and analysis from Meridian Press, the independent wire service.</description>
<language>en-us</language>
<copyright>Copyright 2025 Meridian Press. All rights reserved.</copyright>
<lastBuildDate>{build_date}</lastBuildDate>
<ttl>15</ttl>
{"".join(items)}</channel>
</rss>
"""


def _rss_item(entry: Entry) -> str:
    url = escape(entry.get("url"))
    media = ""
    if entry.get("image"):
        src, _, caption = entry.get("image").partition("|")
        media = (f'<media:content url="{escape(src.strip())}" medium="image" type="image/jpeg">'
                 f"<media:description>{escape(caption.strip())}</media:description></media:content>\n")
    return f"""<item>
<title>{escape(entry.get("title"))}</title>
<link>{url}</link>
<guid isPermaLink="true">{url}</guid>
<pubDate>{entry.get("published")}</pubDate>
<dc:creator>{escape(entry.get("author"))}</dc:creator>
<category>{escape(entry.get("category"))}</category>
<description>{escape(entry.paragraphs[0])}</description>
<content:encoded><![CDATA[{entry.html()}]]></content:encoded>
{media}</item>
"""


def render_atom(entries: list[Entry]) -> str:
    """Rundfunk Nord's Atom feed: escaped HTML content, summary, author, tag: ids."""
    ordered = _newest_first(entries)
    body = "".join(_atom_entry(e) for e in ordered)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
<title>Rundfunk Nord – Nachrichten</title>
<subtitle>Aktuelle Nachrichten aus Norddeutschland und der Welt</subtitle>
<link rel="alternate" type="text/html" href="https://www.rundfunk-nord.example/nachrichten/"/>
<link rel="self" type="application/atom+xml" href="https://www.rundfunk-nord.example/nachrichten/index~atom.xml"/>
<id>tag:rundfunk-nord.example,2025:nachrichten</id>
<updated>{ordered[0].get("published")}</updated>
<rights>© Rundfunk Nord 2025</rights>
<generator>RN-CMS 7.4</generator>
{body}</feed>
"""


def _atom_entry(entry: Entry) -> str:
    number = entry.get("url").rsplit("-", 1)[-1].split(".")[0]
    return f"""<entry>
<title>{escape(entry.get("title"))}</title>
<link rel="alternate" type="text/html" href="{escape(entry.get("url"))}"/>
<id>tag:rundfunk-nord.example,2025:article-{number}</id>
<published>{entry.get("published")}</published>
<updated>{entry.get("published")}</updated>
<author><name>{escape(entry.get("author"))}</name></author>
<summary>{escape(entry.get("summary"))}</summary>
<content type="html">{escape(entry.html())}</content>
</entry>
"""


def render_json_feed(entries: list[Entry]) -> str:
    """Gangwen's JSON Feed 1.1."""
    items = []
    for entry in _newest_first(entries):
        items.append({
            "id": "gw-" + entry.get("url").rstrip("/").rsplit("/", 1)[-1],
            "url": entry.get("url"),
            "title": entry.get("title"),
            "content_html": entry.html(),
            "summary": entry.paragraphs[0],
            "date_published": entry.get("published"),
            "authors": [{"name": entry.get("author")}],
            "tags": [t.strip() for t in entry.get("tags").split(",") if t.strip()],
            "language": "zh-Hant",
        })
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "港聞通 即時新聞",
        "home_page_url": "https://www.gangwen.example/",
        "feed_url": "https://www.gangwen.example/feed/latest.json",
        "description": "港聞通 — 香港及國際即時新聞",
        "language": "zh-Hant",
        "items": items,
    }
    return json.dumps(feed, ensure_ascii=False, indent=2) + "\n"


def render_jsonl(entries: list[Entry]) -> str:
    """The news-desk export: ``{id, url, title, text|html, published, language, source}`` per line."""
    lines = []
    for entry in entries:
        row: dict[str, str] = {"id": entry.get("id"), "url": entry.get("url"), "title": entry.get("title")}
        if entry.get("body", "text") == "html":
            row["html"] = entry.html()
        else:
            row["text"] = entry.text()
        row.update(published=entry.get("published"), language=entry.get("language"), source=entry.get("source"))
        lines.append(json.dumps(row, ensure_ascii=False))
    return "\n".join(lines) + "\n"


OUTPUTS = (
    ("meridian-rss", "meridian-press.rss.xml", render_rss),
    ("rundfunk-nord-atom", "rundfunk-nord.atom.xml", render_atom),
    ("gangwen-jsonfeed", "gangwen.feed.json", render_json_feed),
    ("export-jsonl", "newsdesk-export.jsonl", render_jsonl),
)


def build(sources: Path = SOURCES_DIR / "entries", out: Path = CORPUS_DIR) -> list[Path]:
    """Write every feed and the JSONL file; returns the paths written."""
    written = []
    for folder, name, render in OUTPUTS:
        path = out / name
        path.write_text(render(load_entries(sources / folder)), encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    for path in build():
        print(path.name)


if __name__ == "__main__":
    main()
