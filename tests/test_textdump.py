"""extract.textdump: pages saved as plain text; fixtures in tests/fixtures/dumps are our own writing."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from storyline.extract.textdump import extract_textdump, text_weight
from storyline.model import Article, Hints, Image

DUMPS = Path(__file__).parent / "fixtures" / "dumps"


def dump(name: str) -> Article:
    return extract_textdump((DUMPS / name).read_text(encoding="utf-8"), Hints())


def paragraphs(article: Article) -> list[str]:
    return article.text.split("\n\n")


def test_chinese_portal_with_other_boilerplate() -> None:
    article = dump("zh_portal.txt")
    assert article.title == "东海港新建集装箱码头投入试运行"
    assert article.published == datetime(2024, 10, 21, 10, 5)
    assert article.attributions == ["东海日报"]
    assert article.author == "李明"
    assert article.images == [Image(src="", caption="新码头的自动化岸桥正在作业")]
    body = paragraphs(article)
    assert len(body) == 5
    assert body[0].startswith("本报讯 经过三年建设")
    assert body[-1].endswith("运价波动和航线调整带来的影响。")
    boilerplate = ("字号", "责任编辑", "上一篇", "相关阅读", "推荐阅读", "网友评论", "版权所有")
    for gone in (*boilerplate, "岸桥正在作业"):
        assert gone not in article.text


def test_traditional_chinese() -> None:
    article = dump("zh_hant.txt")
    assert article.title == "冰島火山再度噴發 航空公司調整航班"
    assert article.published == datetime(2024, 10, 21, 15, 30)
    assert article.attributions == ["CNA"]
    assert article.images == [Image(src="", caption="熔岩從裂縫中湧出，夜空被映成橘紅色")]
    body = paragraphs(article)
    assert len(body) == 4
    assert body[1].startswith("據路透社報導")
    for gone in ("分享至", "相關新聞", "熱門排行", "版權所有", "台海新聞網 >"):
        assert gone not in article.text


def test_english() -> None:
    article = dump("en.txt")
    assert article.title == "Storm floods coastal towns as rivers burst their banks"
    assert article.site_name == "northsea-herald.example.com"
    assert article.author == "Jane Doe"
    assert article.published == datetime(2024, 10, 21, 10, 5, tzinfo=timezone(timedelta(hours=-4)))
    assert article.attributions == ["Reuters"]
    assert article.images == [
        Image(src="", caption="Rescue workers wade through a flooded street in the harbour district.")
    ]
    body = paragraphs(article)
    assert len(body) == 4
    assert body[0].startswith("Heavy rain from a slow-moving storm")
    for gone in ("Share", "Related", "Most read", "Central bank", "Sign in", "Rights Reserved"):
        assert gone not in article.text


def test_german() -> None:
    article = dump("de.txt")
    assert article.title == "Stadtrat beschließt autofreie Innenstadt ab 2026"
    assert article.author == "Max Mustermann"
    assert article.published == datetime(2024, 10, 21, 14, 30)
    assert article.attributions == ["dpa"]
    [image] = article.images
    assert image.caption == "Blick auf den Marktplatz von Neustadt, der künftig autofrei sein soll."
    body = paragraphs(article)
    assert len(body) == 4
    assert body[-1].endswith("zwölf Millionen Euro geschätzt.")
    for gone in ("Mehr zum Thema", "Radverkehr", "Meistgelesen", "Impressum", "vorbehalten"):
        assert gone not in article.text


def test_hard_wrapped_dump() -> None:
    article = dump("en_wrapped.txt")
    assert article.title == "Council backs plan to reopen old canal"
    assert article.site_name == "riverside-gazette.example.org"
    assert article.published == datetime(2024, 10, 22)
    body = paragraphs(article)
    assert len(body) == 4
    assert body[1] == (
        "Work is due to begin next spring and will take about four years. Engineers said the most "
        "difficult part would be rebuilding three locks that were filled in during the 1960s."
    )
    assert "References" not in article.text and "https://" not in article.text


def test_no_byline_standfirst_and_credit_after_body() -> None:
    text = "\n".join([
        "Startseite",
        "Nachrichten",
        "Wetter",
        "Hallenbad schließt für die Sanierung",
        "Das beliebte Bad bleibt ein Jahr lang geschlossen, teilte die Stadt mit.",
        "",
        "Das Hallenbad am Stadtpark wird ab November für rund ein Jahr geschlossen. In dieser Zeit sollen "
        "das Dach, die Lüftung und die Umkleiden erneuert werden.",
        "",
        "Schwimmvereine dürfen während der Bauzeit das Bad im Nachbarort nutzen, die Stadt übernimmt die "
        "zusätzlichen Fahrtkosten für die Jugendgruppen.",
        "(dpa)",
        "Weitere Artikel",
        "Neue Buslinien ab Dezember",
        "Erster Frost erwartet",
        "Wochenmarkt zieht um",
    ])
    article = extract_textdump(text, Hints())
    assert article.title == "Hallenbad schließt für die Sanierung"
    assert article.published is None
    assert article.attributions == ["dpa"]
    assert paragraphs(article)[0].startswith("Das beliebte Bad")
    assert paragraphs(article)[-1].endswith("für die Jugendgruppen.")


def test_inline_caption_and_date_at_the_end() -> None:
    text = "\n".join([
        "秋季旅游市场持续升温",
        "",
        "国庆假期过后，东海市各主要景区的游客数量仍保持在较高水平，不少市民选择错峰出游，避开假期高峰。",
        "图片：游客在古镇码头排队乘船",
        "景区管理方表示，已增加接驳车辆和讲解人员，并通过线上预约分散客流，游客平均排队时间明显缩短。",
        "发布时间：2024-10-20 08:00  来源：东海晚报",
        "相关新闻",
        "古镇夜游项目上线",
        "东海公布十大赏秋路线",
        "景区门票预约指南",
    ])
    article = extract_textdump(text, Hints(fetched_at=datetime(2024, 10, 21)))
    assert article.title == "秋季旅游市场持续升温"
    assert article.images == [Image(src="", caption="游客在古镇码头排队乘船")]
    assert len(paragraphs(article)) == 2
    assert article.published == datetime(2024, 10, 20, 8, 0)
    assert article.attributions == ["东海晚报"]


@pytest.mark.parametrize("text", ["", "   \n\n  ", "首页\n新闻\n体育\n© 2024 东海网 版权所有"])
def test_nothing_to_read(text: str) -> None:
    article = extract_textdump(text, Hints(url="https://example.org/a"))
    assert article.text == ""
    assert article.url == "https://example.org/a"


def test_text_weight() -> None:
    assert text_weight("东海港") == 3
    assert text_weight("abcd efgh") == 2
