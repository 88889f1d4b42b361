"""Live ingestion end to end against a local server: sources, rounds, full text, failures."""

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from storyline.config import Settings
from storyline.service import Storyline
from storyline.service.fetching import run_round
from storyline.service.sources import add_source, export_opml, import_opml, set_status
from storyline.store import schema

from .httpserver import LocalServer, Route

ITEM = """<item><title>{title}</title><link>{link}</link><guid>{guid}</guid>
<pubDate>Tue, 11 Mar 2025 0{n}:00:00 +0100</pubDate>{body}</item>"""
PARAS = ["The regional flood office said on Tuesday that the eastern spillway had cracked overnight and "
         "ordered the evacuation of three villages downstream of the reservoir.",
         "About 1,500 residents left their homes before dawn, according to the office, while volunteers "
         "filled sandbags along the embankment near the old mill bridge.",
         "Engineers expect to finish an emergency repair within two days if the rain stops, a spokesperson said.",
         "Shops stayed closed and the valley school became a shelter with beds for two hundred people."]


def rss(items: str) -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Valley Courier</title>'
            f"<link>https://courier.example/</link>{items}</channel></rss>").encode()


def article_page(title: str, marker: str) -> bytes:
    body = "".join(f"<p>{p} ({marker})</p>" for p in PARAS)
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{title}</h1>{body}</article><footer>All rights reserved</footer></body></html>").encode()


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as s:
        yield s


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Storyline]:
    settings = Settings(db_url=f"sqlite:///{tmp_path / 's.db'}", allow_networks=("127.0.0.1/32",), fetch_timeout=5)
    storyline = Storyline.open(settings)
    yield storyline
    storyline.close()


def _sources(app: Storyline) -> list[sa.Row]:
    with app.db.read() as conn:
        return list(conn.execute(sa.select(schema.sources).order_by(schema.sources.c.id)))


def _articles(app: Storyline) -> list[sa.Row]:
    with app.db.read() as conn:
        return list(conn.execute(sa.select(schema.articles).order_by(schema.articles.c.id)))


def test_site_discovery_full_text_robots_and_conditional_rounds(server: LocalServer, app: Storyline) -> None:
    full = "".join(f"<p>{p}</p>" for p in PARAS)
    items = (ITEM.format(title="Spillway cracks", link=server.url("/a/1"), guid="urn:courier:g1", n=1,
                         body=f"<content:encoded><![CDATA[{full}]]></content:encoded>")
             + ITEM.format(title="Villages evacuated", link=server.url("/a/2"), guid="urn:courier:g2", n=2,
                           body="<description>Short summary only.</description>")
             + ITEM.format(title="Private note", link=server.url("/private/3"), guid="urn:courier:g3", n=3,
                           body="<description>Another summary.</description>"))
    server.routes["/"] = Route(200, b'<html><head><link rel="alternate" type="application/rss+xml" '
                                    b'href="/feed.xml"></head><body>hi</body></html>', {"Content-Type": "text/html"})
    server.routes["/feed.xml"] = Route(200, rss(items), {"Content-Type": "application/rss+xml"}, etag='"f1"')
    server.routes["/a/2"] = Route(200, article_page("Villages evacuated", "page two"), {"Content-Type": "text/html"})
    server.routes["/private/3"] = Route(200, article_page("Private", "never"), {"Content-Type": "text/html"})
    server.routes["/robots.txt"] = Route(200, b"User-agent: *\nDisallow: /private/\n")

    added = asyncio.run(add_source(app, server.url("/")))
    assert [a.url for a in added] == [server.url("/feed.xml")]
    report = asyncio.run(run_round(app))
    assert (report.sources, report.changed, report.pages, report.robots_refused) == (1, 1, 1, 1)
    arts = {a.guid: a for a in _articles(app)}
    assert set(arts) == {f"urn:courier:g{i}" for i in (1, 2, 3)}
    page_article = arts["urn:courier:g2"]  # full text from the page, title from the feed
    assert "(page two)" in page_article.text and page_article.title == "Villages evacuated"
    assert arts["urn:courier:g3"].text == "Another summary."  # robots.txt forbids the page: the summary stays
    assert not any(path.startswith("/private/") for path, _ in server.requests)
    # the next round is conditional and changes nothing
    with app.db.write() as conn:
        conn.execute(sa.update(schema.sources).values(next_poll_at=sa.func.datetime("now", "-1 minute")))
    second = asyncio.run(run_round(app))
    assert (second.not_modified, second.summary.imported) == (1, 0)
    src = _sources(app)[0]
    assert (src.polls, src.conditional_hits, src.error_count) == (2, 1, 0)
    assert 600 <= src.poll_interval <= 86_400


def test_failures_back_off_410_disables_permanent_redirect_moves(server: LocalServer, app: Storyline) -> None:
    server.routes["/busy.xml"] = Route(429, b"", {"Retry-After": "3600"})
    server.routes["/gone.xml"] = Route(410, b"")
    server.routes["/old.xml"] = Route(301, b"", {"Location": "/new.xml"})
    server.routes["/new.xml"] = Route(200, rss(ITEM.format(title="Moved", link="https://courier.example/m",
                                                           guid="m1", n=1, body="<description>x y z</description>")),
                                      {"Content-Type": "application/rss+xml"})
    opml = ("<opml version='2.0'><body>" + "".join(
        f"<outline text='{p}' xmlUrl='{server.url(p)}'/>" for p in ("/busy.xml", "/gone.xml", "/old.xml"))
        + "</body></opml>").encode()
    assert len(import_opml(app, opml)) == 3
    report = asyncio.run(run_round(app))
    assert len(report.failed) == 2
    busy, gone, moved = _sources(app)
    assert busy.status == "active" and busy.error_count == 1 and "429" in busy.last_error
    assert (busy.next_poll_at - busy.last_polled_at).total_seconds() == pytest.approx(3600, abs=5)
    assert gone.status == "disabled" and "410" in gone.last_error
    assert moved.url == server.url("/new.xml")
    assert server.url("/new.xml") in export_opml(app)
    assert set_status(app, str(gone.id), "active") == gone.url
    assert _sources(app)[1].status == "active"


def test_opml_with_entities_is_refused(app: Storyline) -> None:
    bomb = b'<?xml version="1.0"?><!DOCTYPE o [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><opml><body/></opml>'
    with pytest.raises(Exception, match="OPML"):
        import_opml(app, bomb)
