"""HTML that is all content (a feed entry body) -> Article.

Nothing is guessed away except what feeds add around the article: a leading date line becomes
``published``, trailing copyright notices and aggregator footers (after an ``<hr>``) are dropped,
and images with their captions (``<figcaption>``, ``<small>``, a caption ``div``) become
``Article.images`` instead of body text. Image addresses behind proxies (``?url=...``) are unwrapped.
"""

from __future__ import annotations

import html as html_lib
import re
from datetime import datetime
from urllib.parse import parse_qs, urljoin, urlsplit

import lxml.html
from lxml import etree

from ..errors import DecodeError
from ..model import Article, Hints, Image
from .dates import parse_date

_DROP = frozenset({
    "script", "style", "noscript", "template", "iframe", "object", "embed", "form", "input", "button",
    "select", "textarea", "svg", "canvas", "link", "meta", "base", "head", "title", "frame", "frameset",
})
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4",
    "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot",
    "tr", "figure", "figcaption", "hr", "address", "details", "summary", "center", "caption",
})
_WRAPPERS = frozenset({"div", "article", "section", "main", "body", "html", "span"})
_CAPTION_CLASS = re.compile(r"caption|credit|legend|unterschrift|img-?desc|image-?text", re.I)
_IMAGE_WRAPPERS = frozenset({"a", "span", "p", "div", "picture"})
_CAPTION_CHILD = frozenset({"small", "em", "i", "figcaption", "cite", "span", "font"})
_COPYRIGHT = re.compile(
    r"^\W{0,3}(?:©|\(c\)|copyright\b)|版权声明|版權聲明|版权所有|版權所有|all rights reserved|"
    r"alle rechte vorbehalten|未经授权|未經授權|不得转载|不得轉載|禁止转载|禁止轉載",
    re.I,
)
_AGGREGATOR = re.compile(r"\bRSS\b|获取更多|獲取更多|订阅|訂閱|powered by|subscribe|abonnieren|\bvia\b", re.I)
_DATE_LINE_NOISE = re.compile(
    r"[\d\s:：\-/.,+年月日号時时分秒TZ|()（）]|发布时间|發佈時間|发布于|更新|时间|時間|日期|"
    r"published|updated|posted|veröffentlicht|aktualisiert|stand|am|um|uhr|utc|gmt",
    re.I,
)
_SPACE = re.compile(r"[ \t\r\f\v\xa0\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_PROXY_PARAMS = ("url", "u", "src", "image", "img", "imgurl", "image_url", "imageurl")
_HOST_PATH = re.compile(r"^[\w-]+(?:\.[\w-]+)+(?::\d+)?/")
_PHOTON = re.compile(r"^i\d\.wp\.com$")
_FOOTER_MAX_CHARS = 500


def extract_fragment(html: str, hints: Hints, base_url: str | None = None) -> Article:
    """Convert content HTML into an Article: paragraphs, images with captions, a leading date."""
    url = base_url or hints.url
    root = _parse(html)
    if root is None:
        return Article(text="", title=hints.title, url=url)
    _drop_unwanted(root)
    container = content_root(root)
    published = _take_leading_date(container)
    _drop_trailing_footer(container)
    images = _collect_images(root, url)
    _absolute_links(root, url)
    return Article(
        text=element_text(root),
        title=hints.title,
        url=url,
        html=_inner_html(root),
        published=published,
        images=images,
    )


def _parse(html: str) -> lxml.html.HtmlElement | None:
    cleaned = _CONTROL.sub("", html)
    if not cleaned.strip():
        return None
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        return lxml.html.fragment_fromstring(cleaned, create_parent="div", parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise DecodeError(f"HTML fragment could not be parsed: {exc}") from exc


def _drop_unwanted(root: lxml.html.HtmlElement) -> None:
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.tag.lower() in _DROP:
            remove_keep_tail(el)


def remove_keep_tail(el: etree._Element) -> None:
    """Remove an element but keep the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail or ""
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def content_root(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """Descend through single wrapper elements (``<div><article>...``) to the element holding the blocks."""
    node = root
    while True:
        children = [c for c in node if isinstance(c.tag, str)]
        if len(children) != 1 or _has_text(node.text) or _has_text(children[0].tail):
            return node
        child = children[0]
        if child.tag not in _WRAPPERS or not any(isinstance(c.tag, str) for c in child):
            return node
        node = child


def _has_text(value: str | None) -> bool:
    return bool(value and _SPACE.sub("", value).strip())


def _text_of(el: etree._Element) -> str:
    content = el.text_content() if hasattr(el, "text_content") else ""
    return _SPACE.sub(" ", _INVISIBLE.sub("", content)).strip()


def _take_leading_date(container: lxml.html.HtmlElement) -> datetime | None:
    """A date alone in the first block (``<div><i>2024-10-21T11:16:54Z</i></div>``): read and remove it."""
    if _has_text(container.text):
        return None
    for child in list(container)[:4]:
        if not isinstance(child.tag, str):
            continue
        text = _text_of(child)
        if not text and child.find(".//img") is None:
            continue
        if child.find(".//img") is not None or not _is_date_line(text):
            return None
        time_el = child if child.tag == "time" else child.find(".//time")
        stated = time_el.get("datetime") if time_el is not None else None
        value = (parse_date(stated) if stated else None) or parse_date(text)
        if value is not None:
            remove_keep_tail(child)
        return value
    return None


def _is_date_line(text: str) -> bool:
    return 0 < len(text) <= 80 and len(_DATE_LINE_NOISE.sub("", text)) <= 8 and parse_date(text) is not None


def _drop_trailing_footer(container: lxml.html.HtmlElement) -> None:
    children = [c for c in container if isinstance(c.tag, str)]
    total = len(_text_of(container))
    rules = [i for i, c in enumerate(children) if c.tag == "hr"]
    if rules:
        after = children[rules[-1]:]
        after_text = (children[rules[-1]].tail or "") + " ".join(_text_of(c) for c in after)
        short = len(after_text.strip()) <= min(_FOOTER_MAX_CHARS, max(total // 4, 80))
        linked = any(el.tag == "a" or el.find(".//a") is not None for el in after)
        if short and (linked or _AGGREGATOR.search(after_text) or _COPYRIGHT.search(after_text)):
            for el in after:
                container.remove(el)
            _strip_tail_text(container)
    while True:
        children = [c for c in container if isinstance(c.tag, str)]
        if not children or _has_text(children[-1].tail):
            return
        last = children[-1]
        text = _text_of(last)
        empty = not text and last.find(".//img") is None
        notice = bool(text) and len(text) <= 400 and bool(_COPYRIGHT.search(text) or _AGGREGATOR.search(text))
        if not (empty or notice):
            return
        container.remove(last)


def _strip_tail_text(container: lxml.html.HtmlElement) -> None:
    children = [c for c in container if isinstance(c.tag, str)]
    if children:
        children[-1].tail = None


def unwrap_image_url(url: str) -> str:
    """The real address behind an image proxy (``images.weserv.nl/?url=...``, ``i0.wp.com/host/...``)."""
    for _ in range(3):
        parts = urlsplit(url)
        if _PHOTON.match(parts.netloc.lower()) and _HOST_PATH.match(parts.path.lstrip("/")):
            url = "https://" + parts.path.lstrip("/")
            continue
        query = parse_qs(parts.query)
        inner = next((query[key][0] for key in _PROXY_PARAMS if query.get(key)), None)
        unwrapped = _as_url(inner.strip(), url) if inner else None
        if unwrapped is None:
            return url
        url = unwrapped
    return url


def _as_url(value: str, outer: str) -> str | None:
    if value.startswith("//"):
        return "https:" + value
    scheme = urlsplit(value).scheme.lower()
    if scheme in ("http", "https"):
        return value
    if scheme:
        return None
    if value.startswith("/"):
        return urljoin(outer, value)
    if _HOST_PATH.match(value):
        return "https://" + value
    return None


def _image_src(img: etree._Element) -> str | None:
    for attr in ("src", "data-src", "data-original", "data-lazy-src", "data-url"):
        value = (img.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            return value
    srcset = (img.get("srcset") or img.get("data-srcset") or "").strip()
    return srcset.split(",")[0].split()[0] if srcset else None


def _resolve(url: str, base_url: str | None) -> str:
    if not base_url:
        return url
    try:
        return urljoin(base_url, url)
    except ValueError:
        return url


def _collect_images(root: lxml.html.HtmlElement, base_url: str | None) -> list[Image]:
    images: list[Image] = []
    for img in list(root.iter("img")):
        src = _image_src(img)
        if src is None or (img.get("width") == "1" and img.get("height") == "1"):
            remove_keep_tail(img)
            continue
        src = unwrap_image_url(_resolve(src, base_url))
        img.set("src", src)
        for attr in ("data-src", "data-original", "data-lazy-src", "srcset", "data-srcset"):
            img.attrib.pop(attr, None)
        caption = _figure_caption(img)
        alt = _SPACE.sub(" ", img.get("alt") or "").strip()
        images.append(Image(src=src, caption=caption or (alt if len(alt) >= 4 else None)))
    return images


def _figure_caption(img: etree._Element) -> str | None:
    """The caption of ``img``; the image and caption are regrouped as ``<figure>`` outside the body text."""
    figure = next((a for a in img.iterancestors("figure")), None)
    if figure is not None:
        captions = [_text_of(c) for c in figure.iter("figcaption")]
        return " ".join(c for c in captions if c) or None
    anchor = img
    parent = anchor.getparent()
    while (
        parent is not None and parent.getparent() is not None and parent.tag in _IMAGE_WRAPPERS
        and not _text_of(parent) and len([c for c in parent if isinstance(c.tag, str)]) == 1
    ):
        anchor, parent = parent, parent.getparent()
    sibling = anchor.getnext()
    has_caption = sibling is not None and not _has_text(anchor.tail) and _is_caption(sibling)
    caption_el = sibling if has_caption else None
    caption = _text_of(caption_el) if caption_el is not None else None
    _make_figure(anchor, caption_el)
    return caption or None


def _is_caption(el: etree._Element) -> bool:
    if not isinstance(el.tag, str):
        return False
    text = _text_of(el)
    if not text or len(text) > 300 or el.find(".//img") is not None:
        return False
    if el.tag in ("figcaption", "small"):
        return True
    if el.tag not in ("div", "p", "span"):
        return False
    if _CAPTION_CLASS.search(f"{el.get('class', '')} {el.get('id', '')}"):
        return True
    children = [c for c in el if isinstance(c.tag, str)]
    return (
        len(children) == 1 and children[0].tag in _CAPTION_CHILD and not _has_text(el.text)
        and not _has_text(children[0].tail) and len(text) <= 200
    )


def _make_figure(anchor: etree._Element, caption_el: etree._Element | None) -> None:
    parent = anchor.getparent()
    if parent is None:
        return
    figure = lxml.html.Element("figure")
    figure.tail, anchor.tail = anchor.tail, None
    parent.replace(anchor, figure)
    figure.append(anchor)
    if caption_el is not None:
        figcaption = lxml.html.Element("figcaption")
        figcaption.text = _text_of(caption_el)
        figure.tail = (figure.tail or "") + (caption_el.tail or "")
        caption_parent = caption_el.getparent()
        if caption_parent is not None:
            caption_parent.remove(caption_el)
        figure.append(figcaption)


def _absolute_links(root: lxml.html.HtmlElement, base_url: str | None) -> None:
    if not base_url:
        return
    for link in root.iter("a"):
        href = (link.get("href") or "").strip()
        if href and not href.startswith(("#", "javascript:", "mailto:")):
            link.set("href", _resolve(href, base_url))


class _TextBuilder:
    """Collects inline text into paragraphs; block boundaries and ``<br><br>`` end a paragraph."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self._pieces: list[str] = []

    def add(self, text: str | None) -> None:
        if text:
            self._pieces.append(_SPACE.sub(" ", _INVISIBLE.sub("", text.replace("\n", " "))))

    def line_break(self) -> None:
        self._pieces.append("\n")

    def flush(self) -> None:
        raw = "".join(self._pieces)
        self._pieces = []
        lines = [line.strip() for line in raw.split("\n")]
        current: list[str] = []
        for line in [*lines, ""]:
            if line:
                current.append(line)
            elif current:
                self.paragraphs.append("\n".join(current))
                current = []


def element_text(root: etree._Element) -> str:
    """Paragraph text of an element: blocks become paragraphs separated by blank lines."""
    builder = _TextBuilder()
    _walk(root, builder)
    builder.flush()
    return "\n\n".join(builder.paragraphs)


def _walk(el: etree._Element, out: _TextBuilder) -> None:
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in ("figure", "figcaption", "img"):
        if tag != "img":
            out.flush()
        out.add(el.tail)
        return
    if tag == "br":
        out.line_break()
        out.add(el.tail)
        return
    block = tag in BLOCK_TAGS
    if block:
        out.flush()
    out.add(el.text)
    for child in el:
        _walk(child, out)
    if block:
        out.flush()
    out.add(el.tail)


def _inner_html(root: lxml.html.HtmlElement) -> str:
    head = html_lib.escape(root.text or "", quote=False)
    body = "".join(etree.tostring(child, encoding="unicode", method="html") for child in root)
    return (head + body).strip()
