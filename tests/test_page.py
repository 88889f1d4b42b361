"""Page decoding and extraction on our own pages (legacy Chinese encodings first)."""

import codecs

import pytest

from storyline.errors import EmptyDocument
from storyline.extract.encoding import decode_html, han_plausibility
from storyline.extract.page import extract_page
from storyline.model import Hints

ZH = ["青禾市防汛指挥部今天上午通报，东岭水库东侧溢洪道昨夜出现裂缝，下游三个村庄的居民已经连夜转移。",
      "据指挥部介绍，约1500名村民在凌晨前撤离，志愿者正在老磨坊桥附近的河堤上装填沙袋。",
      "省水利厅派出的工程人员表示，如果降雨停止，抢修工作预计在两天内完成。",
      "镇上的商店暂停营业，山谷里唯一的学校被改作临时安置点，可容纳两百人，并配备了医务人员。",
      "气象部门预计未来三天仍有中到大雨，指挥部要求沿河各村继续加强巡查，发现险情立即上报。",
      "一位转移到安置点的老人说，他在村里住了六十多年，从来没有见过水库出现这样的情况。"]
HANT = ["青禾市防汛指揮部今天上午通報，東嶺水庫東側溢洪道昨夜出現裂縫，下游三個村莊的居民已經連夜轉移。",
        "據指揮部介紹，約1500名村民在凌晨前撤離，志願者正在老磨坊橋附近的河堤上裝填沙袋。",
        "省水利廳派出的工程人員表示，如果降雨停止，搶修工作預計在兩天內完成。"]


def page(paragraphs: list[str], meta: str = "", byline: str = "", extra: str = "",
         title: str = "东岭水库溢洪道出现裂缝") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head>{meta}<title>{title}</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a> | <a href='/n'>新闻</a></div><h1>{title}</h1>"
            f"<div class='byline'>{byline}</div><article>{extra}{body}</article>"
            f"<div class='footer'>版权所有 联系我们</div></body></html>")


@pytest.mark.parametrize(("data", "codec"), [
    (page(ZH).encode("gbk"), "gb18030"),  # no declaration at all
    (page(ZH, '<meta charset="gb2312">').encode("gbk"), "gb18030"),
    (page(ZH, '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">').encode("gbk"),
     "gb18030"),  # a Western declaration on GBK bytes
    (page(ZH, '<meta charset="utf-8">').encode("gbk"), "gb18030"),  # the meta lies
    (page(HANT, title="東嶺水庫溢洪道出現裂縫").replace("首页", "首頁").replace("新闻", "新聞")
     .replace("联系我们", "聯繫我們").replace("版权所有", "版權所有").encode("big5"), "big5hkscs"),
    (codecs.BOM_UTF8 + page(ZH, '<meta charset="gbk">').encode("utf-8"), "utf-8"),  # BOM wins
])
def test_decoding_never_gives_mojibake(data: bytes, codec: str) -> None:
    text, used = decode_html(data)
    assert used == codec
    assert ("东岭水库" in text) or ("東嶺水庫" in text)
    assert han_plausibility(text) > 0.9


def test_http_header_charset_is_verified() -> None:
    data = page(ZH).encode("gbk")
    assert decode_html(data, "text/html; charset=GB2312")[1] == "gb18030"
    assert decode_html(page(ZH).encode("utf-8"), "text/html; charset=gbk")[1] == "utf-8"


def test_extract_gbk_page_with_byline_time_and_image_caption() -> None:
    extra = ('<figure><img src="/img/dam.jpg" alt="alt text"><figcaption>溢洪道的裂缝（资料图）</figcaption>'
             "</figure>")
    html = page(ZH, byline="www.qinghe-news.cn | 2025-03-04 21:32:50 来源：华联社", extra=extra)
    article = extract_page(html.encode("gbk"), Hints(url="https://www.qinghe-news.cn/a/1.html"))
    assert article.title == "东岭水库溢洪道出现裂缝"
    assert article.text.split("\n\n")[0] == ZH[0]
    assert "首页" not in article.text and "版权所有" not in article.text
    assert article.published is not None and article.published.isoformat() == "2025-03-04T21:32:50"
    assert [(i.src, i.caption) for i in article.images] == [
        ("https://www.qinghe-news.cn/img/dam.jpg", "溢洪道的裂缝（资料图）")]


def test_metadata_time_keeps_its_offset() -> None:
    meta = '<meta property="article:published_time" content="2025-03-04T21:32:50+08:00">'
    article = extract_page(page(ZH, meta).encode("utf-8"), Hints())
    assert article.published is not None and article.published.isoformat() == "2025-03-04T21:32:50+08:00"


def test_readers_comment_dates_do_not_outrank_the_date_under_the_headline() -> None:
    posts = "".join(f"<div class='post'><p>{n}楼 网友{n}：{text}</p><p>发表时间：2025-03-0{n + 4} 09:51:00</p></div>"
                    for n, text in enumerate(["希望抢修顺利，下游的村民都平安。" * 6,
                                              "水库的安全检查应该常态化，不能等出事了才处理。" * 6,
                                              "感谢志愿者连夜装填沙袋，辛苦了。" * 6], start=1))
    notice = ("<h3>网友评论（3条）</h3>"
              "<p>以下评论只代表网友个人观点，不代表本站立场。请遵守互联网相关法规，文明发言。</p>")
    html = page(ZH, byline="2025-03-04&nbsp;&nbsp;阅读1200次") + f"<div class='comments'>{notice}{posts}</div>"
    article = extract_page(html.encode("utf-8"), Hints())
    assert article.published is not None and article.published.date().isoformat() == "2025-03-04"


def test_labelled_date_right_after_the_body_still_counts() -> None:
    html = page(ZH, extra="").replace("</article>", "<p class='meta'>发布时间：2025-03-04 21:32</p></article>")
    article = extract_page(html.encode("utf-8"), Hints())
    assert article.published is not None and article.published.isoformat() == "2025-03-04T21:32:00"


@pytest.mark.parametrize("html", [b"<html><body><div class='nav'><a href='/'>Home</a></div></body></html>",
                                  b"<html><body></body></html>", b"   "])
def test_page_without_article_text_is_a_clear_error(html: bytes) -> None:
    with pytest.raises(EmptyDocument):
        extract_page(html, Hints())
