"""extract.fragment: feed-entry HTML -> paragraphs, images with captions, leading date, no footers."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storyline.extract.fragment import extract_fragment, unwrap_image_url
from storyline.model import Article, Hints, Image

PROXY = "https://images.weserv.nl/?url=static.example.org/image/1001_303.jpg"

FRAGMENT = (
    '<div><i><br>2024-10-21T08:15:30.250Z</i></div>'
    f'<img src="{PROXY}" width="100%"><div><small style="color:#999">新码头的自动化岸桥正在作业</small></div>'
    "<p>（东海新闻网）据港务集团介绍，东海港第五期集装箱码头本周一投入试运行。</p>"
    '<p>新码头共建有<span data-type="AUTO_TOPIC">六个深水泊位</span>，可同时停靠两艘超大型集装箱船。</p>'
    "<p><strong>自动化程度提高</strong></p>"
    "<p>码头采用自动化岸桥和无人驾驶集卡，详见<a href=\"/zh/a-99\">此前报道</a>。</p>"
    "<p>（新华社、路透社）</p><p>&nbsp;</p>"
    "<p><em>© 2024 东海新闻网版权声明：本文所有内容受著作权法保护，未经授权不得转载。</em></p>"
    '<br><hr><div>获取更多RSS：<br><a href="https://rss.example.net">https://rss.example.net</a><br></div>'
)


def extract(html: str, base_url: str | None = "https://news.example.org/zh/a-1") -> Article:
    return extract_fragment(html, Hints(title="标题"), base_url=base_url)


def test_feed_fragment() -> None:
    article = extract(FRAGMENT)
    assert article.published == datetime(2024, 10, 21, 8, 15, 30, 250000, tzinfo=UTC)
    assert article.title == "标题"
    assert article.url == "https://news.example.org/zh/a-1"
    assert article.images == [
        Image(src="https://static.example.org/image/1001_303.jpg", caption="新码头的自动化岸桥正在作业")
    ]
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("（东海新闻网）据港务集团介绍")
    assert paragraphs[1] == "新码头共建有六个深水泊位，可同时停靠两艘超大型集装箱船。"
    assert paragraphs[2] == "自动化程度提高"
    assert paragraphs[-1] == "（新华社、路透社）"
    for gone in ("2024-10-21", "岸桥正在作业", "©", "版权", "RSS", "rss.example.net"):
        assert gone not in article.text
    assert article.html is not None
    assert "<figcaption>新码头的自动化岸桥正在作业</figcaption>" in article.html
    assert 'href="https://news.example.org/zh/a-99"' in article.html
    assert "weserv" not in article.html and "RSS" not in article.html


def test_figure_and_naive_leading_date() -> None:
    html = (
        "<div>2024年10月21日 10:05</div>"
        '<figure><img src="/img/a.jpg" alt="x"><figcaption>Der Marktplatz von Neustadt.</figcaption></figure>'
        "<p>Der Stadtrat hat beschlossen, die Innenstadt ab 2026 für Autos zu sperren.</p>"
        "<p>Alle Rechte vorbehalten.</p>"
    )
    article = extract(html, "https://example.de/politik/artikel.html")
    assert article.published == datetime(2024, 10, 21, 10, 5)
    assert article.images == [
        Image(src="https://example.de/img/a.jpg", caption="Der Marktplatz von Neustadt.")
    ]
    assert article.text == "Der Stadtrat hat beschlossen, die Innenstadt ab 2026 für Autos zu sperren."


def test_caption_div_by_class_and_alt_fallback() -> None:
    html = (
        '<p><img src="https://cdn.example.com/a.jpg" alt="Rescue boats in the harbour"></p>'
        "<p>Heavy rain flooded the harbour district on Monday.</p>"
        '<img src="https://cdn.example.com/b.jpg"><div class="image-caption">Sandbags on the quay.</div>'
        "<p>Forecasters expect the rain to ease by Wednesday.</p>"
    )
    article = extract(html)
    assert article.images == [
        Image(src="https://cdn.example.com/a.jpg", caption="Rescue boats in the harbour"),
        Image(src="https://cdn.example.com/b.jpg", caption="Sandbags on the quay."),
    ]
    assert article.text.split("\n\n") == [
        "Heavy rain flooded the harbour district on Monday.",
        "Forecasters expect the rain to ease by Wednesday.",
    ]
    assert article.published is None


def test_body_date_is_not_taken() -> None:
    html = "<p>On 2024-10-21 the council met and voted to restore the old canal.</p><p>Work starts soon.</p>"
    article = extract(html)
    assert article.published is None
    assert article.text.startswith("On 2024-10-21 the council met")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (PROXY, "https://static.example.org/image/1001_303.jpg"),
        ("https://images.weserv.nl/?url=https%3A%2F%2Fcdn.example.com%2Fa.png&w=600", "https://cdn.example.com/a.png"),
        ("https://proxy.example.net/img?u=//cdn.example.com/b.jpg", "https://cdn.example.com/b.jpg"),
        ("https://i0.wp.com/cdn.example.com/c.jpg?resize=600", "https://cdn.example.com/c.jpg"),
        ("https://site.example.com/_next/image?url=%2Fmedia%2Fd.jpg&w=640", "https://site.example.com/media/d.jpg"),
        ("https://cdn.example.com/e.jpg?width=600", "https://cdn.example.com/e.jpg?width=600"),
        ("https://x.example.com/r?url=javascript:alert(1)", "https://x.example.com/r?url=javascript:alert(1)"),
    ],
)
def test_unwrap_image_url(url: str, expected: str) -> None:
    assert unwrap_image_url(url) == expected


def test_unsafe_and_empty_markup() -> None:
    html = (
        "<script>alert(1)</script><style>p{}</style><p onclick=\"x()\">Text one.<br>Line two.</p>"
        "<!-- a comment --><ul><li>First item</li><li>Second item</li></ul><iframe src=\"https://x\"></iframe>"
    )
    article = extract(html)
    assert article.text == "Text one.\nLine two.\n\nFirst item\n\nSecond item"
    assert article.html is not None and "script" not in article.html and "iframe" not in article.html
    assert extract("   ").text == ""
    assert extract("\x00\x01").text == ""


def test_plain_text_and_double_break() -> None:
    article = extract("First paragraph of text.<br><br>Second paragraph of text.")
    assert article.text == "First paragraph of text.\n\nSecond paragraph of text."


def test_nested_wrapper_footer() -> None:
    html = (
        "<article><div><p>The regional council approved the canal plan on Tuesday.</p>"
        "<p>Work is due to begin next spring.</p>"
        "<p>Copyright 2024 Riverside Gazette. All rights reserved.</p></div></article>"
    )
    article = extract(html)
    assert article.text.split("\n\n") == [
        "The regional council approved the canal plan on Tuesday.",
        "Work is due to begin next spring.",
    ]


def test_short_section_after_rule_without_links_is_kept() -> None:
    html = (
        "<p>The council approved the canal plan on Tuesday after a long debate.</p><hr>"
        "<p>Update: the vote was confirmed on Wednesday.</p>"
    )
    assert extract(html).text.endswith("Update: the vote was confirmed on Wednesday.")


def test_aggregator_footer_after_rule_is_dropped() -> None:
    html = (
        "<p>The council approved the canal plan on Tuesday after a long debate.</p><br><hr>"
        '<div>More feeds: <a href="https://feeds.example.net">feeds.example.net</a></div>'
    )
    assert extract(html).text == "The council approved the canal plan on Tuesday after a long debate."
