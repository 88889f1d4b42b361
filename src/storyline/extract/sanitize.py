"""HTML from outside is sanitised before it is stored for display (Ammonia, through nh3)."""

from __future__ import annotations

import nh3

_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div", "dl", "dt",
    "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "li",
    "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "sup", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "u", "ul",
}
_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
    "q": {"cite"},
    "blockquote": {"cite"},
}


def sanitize_html(html: str) -> str:
    """Keep structure and images; drop scripts, styles, event handlers and unsafe URLs.

    Links get rel="noopener noreferrer nofollow"; only http(s) and mailto URLs survive.
    """
    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def sanitize_for_display(html: str) -> str:
    """:func:`sanitize_html` again when showing stored HTML, with images that send no referrer."""
    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
        set_tag_attribute_values={"img": {"referrerpolicy": "no-referrer", "loading": "lazy"}},
    )
