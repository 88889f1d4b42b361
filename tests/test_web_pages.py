"""The reader's HTML pages over the demo corpus, accounts, the sources admin, languages and headers."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio.to_thread
import pytest
import sqlalchemy as sa
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from storyline.cli import app as cli
from storyline.service import Storyline
from storyline.store.schema import article_entities, articles, entities
from storyline.web import i18n
from storyline.web.app import CSP, create_app

from .httpserver import LocalServer, Route
from .webutil import PASSWORD, csrf, demo_store, login

WEB = Path(i18n.__file__).resolve().parent
RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Watch</title>
<link>http://127.0.0.1/</link><description>d</description>
<item><title>Quay wall repaired</title><link>http://127.0.0.1/a/1</link><guid>hw-1</guid>
<description>The quay wall at the old harbour has been repaired.</description></item>
</channel></rss>"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Storyline]]:
    cfg, app = demo_store(tmp_path_factory.mktemp("pages"))
    yield cfg, app
    app.close()


@pytest.fixture
def client(store: tuple[Any, Storyline]) -> Iterator[TestClient]:
    """A fresh app (own login limiter, no cookies) over the module's store."""
    with TestClient(create_app(store[0], store[1])) as c:
        yield c


def first_story(client: TestClient) -> dict[str, Any]:
    story: dict[str, Any] = client.get("/api/v1/stories", params={"limit": 1}).json()["items"][0]
    return story


def test_pages_render(client: TestClient) -> None:
    home = client.get("/")
    assert home.status_code == 200 and "Top stories" in home.text and "Trending in 24 h" in home.text
    assert "Measured back from the newest article" in home.text
    uid = first_story(client)["id"]
    assert f'href="/stories/{uid}"' in home.text
    for path in ("/stories", "/stories?limit=5&offset=5", "/topics", "/outlets", "/search", "/login",
                 "/search?q=Velmar&lang=en&from=2025-03-01&to=2025-03-31"):
        response = client.get(path)
        assert response.status_code == 200, (path, response.text[:300])
        assert response.headers["content-type"].startswith("text/html")
    assert client.get("/stories/nope").status_code == 404
    assert "404" in client.get("/articles/999999").text


def test_story_page(client: TestClient) -> None:
    uid = first_story(client)["id"]
    page = client.get(f"/stories/{uid}").text
    for section in ('id="sources"', 'id="claims"', 'id="entities"', 'id="timeline"', 'id="notes"'):
        assert section in page
    assert '<svg class="timeline"' in page and page.count("<circle") >= 5
    assert "Log in to leave a note." in page
    reposted = client.get("/api/v1/stories", params={"limit": 200}).json()["items"]
    with_repost = next(s for s in reposted if s["reposts"])
    assert '<details class="reposts">' in client.get(f"/stories/{with_repost['id']}").text


def test_a_shared_page_is_made_once_and_then_answered_from_memory(store: tuple[Any, Storyline],
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415

    from storyline.web import pages  # noqa: PLC0415

    made: list[str] = []
    real = pages._story_page
    monkeypatch.setattr(pages, "_story_page", lambda request, uid: made.append(uid) or real(request, uid))
    cfg = dataclasses.replace(store[0], web_threads=3)
    with TestClient(create_app(cfg, store[1])) as c:
        assert c.portal is not None
        assert c.portal.call(lambda: anyio.to_thread.current_default_thread_limiter().total_tokens) == 3
        uid = first_story(c)["id"]
        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(lambda _: c.get(f"/stories/{uid}"), range(16)))
    assert {a.status_code for a in answers} == {200} and len({a.text for a in answers}) == 1
    assert made == [uid]


def test_article_page_is_sanitised_again_and_sends_no_referrer(client: TestClient,
                                                               store: tuple[Any, Storyline]) -> None:
    app = store[1]
    with app.db.read() as conn:
        row = conn.execute(sa.select(articles.c.id, articles.c.html).where(articles.c.html.is_not(None),
                                                                           articles.c.url.is_not(None))).first()
    assert row is not None
    page = client.get(f"/articles/{row.id}").text
    assert 'class="original"' in page
    with app.db.write() as conn:  # as if the stored HTML had slipped through
        conn.execute(articles.update().where(articles.c.id == row.id).values(
            html='<p>Hello</p><script>alert(1)</script><img src="https://img.example/a.jpg" onerror="x()">'))
    try:
        page = client.get(f"/articles/{row.id}").text
    finally:
        with app.db.write() as conn:
            conn.execute(articles.update().where(articles.c.id == row.id).values(html=row.html))
    assert "alert(1)" not in page and "onerror" not in page
    assert re.search(r'<img src="https://img.example/a.jpg"[^>]*referrerpolicy="no-referrer"', page)
    with_images = client.get("/api/v1/articles/14").json()
    assert with_images["images"] or with_images["html"]
    for img in re.findall(r"<img [^>]+>", client.get("/articles/14").text):
        assert 'referrerpolicy="no-referrer"' in img


def test_outlet_pages_show_reposts_both_ways(client: TestClient, store: tuple[Any, Storyline]) -> None:
    with store[1].db.read() as conn:
        copy = conn.execute(sa.select(articles.c.outlet_id, articles.c.copy_of).where(
            articles.c.copy_of.is_not(None), articles.c.outlet_id.is_not(None))).first()
        assert copy is not None
        original_outlet = conn.execute(sa.select(articles.c.outlet_id).where(articles.c.id == copy.copy_of)).scalar()
    reposter = client.get(f"/api/v1/outlets/{copy.outlet_id}").json()
    assert original_outlet in [r["id"] for r in reposter["reposts_from"]]
    original = client.get(f"/api/v1/outlets/{original_outlet}").json()
    assert copy.outlet_id in [r["id"] for r in original["reposted_by"]]
    page = client.get(f"/outlets/{original_outlet}").text
    assert 'id="reposted-by"' in page and f'href="/outlets/{copy.outlet_id}"' in page


def test_topic_pages_empty_then_filled(client: TestClient, store: tuple[Any, Storyline]) -> None:
    app = store[1]
    with app.db.write() as conn:
        conn.execute(article_entities.delete())
        conn.execute(entities.delete())
    assert "No people, places or organisations" in client.get("/topics").text
    with app.db.write() as conn:
        entity_id = conn.execute(entities.insert().values(key="LOC:velmar", name="Velmar", kind="LOC",
                                                          article_count=2)).inserted_primary_key[0]
        conn.execute(article_entities.insert(), [{"article_id": 29, "entity_id": entity_id, "mentions": 3},
                                                 {"article_id": 48, "entity_id": entity_id, "mentions": 1}])
    topics = client.get("/topics").text
    assert f'href="/entities/{entity_id}"' in topics
    page = client.get(f"/entities/{entity_id}").text
    assert "Velmar" in page and 'href="/articles/29"' in page
    assert client.get("/entities/999999").status_code == 404
    assert client.get(f"/feeds/entities/{entity_id}.atom").status_code == 200


def test_search_page_groups_by_story(client: TestClient) -> None:
    page = client.get("/search", params={"q": "地震"}).text
    assert 'class="result-group"' in page and "Nothing found." not in page
    assert "Nothing found." in client.get("/search", params={"q": "朝鲜"}).text


def test_security_headers_everywhere(client: TestClient) -> None:
    for path in ("/", "/api/v1/stories", "/static/style.css", "/nope", "/api/v1/nope"):
        headers = client.get(path).headers
        assert headers["content-security-policy"] == CSP
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"
    assert "unsafe-inline" not in CSP


def test_templates_have_no_inline_style_or_script() -> None:
    for path in (WEB / "templates").glob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "style=" not in text and "<style" not in text, path.name
        assert re.findall(r"<script(?![^>]*\bsrc=)", text) == [], path.name
        assert not re.search(r"\son[a-z]+=", text), path.name


def test_language_switch_and_accept_language(client: TestClient) -> None:
    assert "Top stories" in client.get("/").text
    assert "要闻" in client.get("/", headers={"accept-language": "zh-CN,zh;q=0.9,en;q=0.5"}).text
    switched = client.get("/lang/zh_Hans", params={"next": "/stories"}, follow_redirects=False)
    assert switched.status_code == 303 and switched.headers["location"] == "/stories"
    assert "要闻" in client.get("/").text and 'id="lang-en"' in client.get("/").text
    assert client.get("/lang/en", params={"next": "//evil.example/"}, follow_redirects=False).headers[
        "location"] == "/"
    assert "Top stories" in client.get("/").text
    assert client.get("/lang/xx").status_code == 404


def test_times_follow_the_tz_cookie(client: TestClient) -> None:
    uid = first_story(client)["id"]
    utc = client.get(f"/stories/{uid}").text
    client.cookies.set("tz", "Asia/Shanghai")
    shanghai = client.get(f"/stories/{uid}").text
    assert "Asia/Shanghai" in shanghai and utc != shanghai
    client.cookies.set("tz", "Not/AZone")
    assert "Times are shown in UTC" in client.get("/").text


def test_every_message_is_translated() -> None:
    with (WEB / "locale" / "zh_Hans" / "LC_MESSAGES" / "messages.po").open("rb") as fh:
        catalog = read_po(fh)
    options = {"**.html": {"extensions": "jinja2.ext.i18n", "trim_blocks": "true", "lstrip_blocks": "true"}}
    for _file, _line, msg, *_ in extract_from_dir(WEB / "templates", options_map=options,
                                                  method_map=[("**.html", "jinja2.ext:babel_extract")]):
        key = msg if isinstance(msg, str) else msg[0]
        message = catalog.get(key)
        assert message is not None and message.string and all(message.string), key


# -- accounts ----------------------------------------------------------------------------------


def test_login_needs_csrf_and_right_password(client: TestClient) -> None:
    no_token = client.post("/login", data={"name": "ada", "password": PASSWORD})
    assert no_token.status_code == 403
    wrong = client.post("/login", data={"name": "ada", "password": "nope", "csrf_token": csrf(client)})
    assert wrong.status_code == 401 and "Wrong name or password." in wrong.text
    login(client)
    assert "Log out" in client.get("/").text
    session = client.cookies.get("storyline_session")
    assert session
    client.post("/logout", data={"csrf_token": csrf(client, "/")})
    assert "Log out" not in client.get("/").text
    client.cookies.set("storyline_session", session)  # an ended session stays ended
    assert "Log out" not in client.get("/").text


def test_session_cookie_flags(client: TestClient) -> None:
    response = client.post("/login", data={"name": "ada", "password": PASSWORD, "csrf_token": csrf(client)},
                           follow_redirects=False)
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie


def test_login_rate_limited_per_address_and_user(client: TestClient) -> None:
    token = csrf(client)
    for _ in range(5):
        assert client.post("/login", data={"name": "ada", "password": "bad", "csrf_token": token}).status_code == 401
    blocked = client.post("/login", data={"name": "ada", "password": PASSWORD, "csrf_token": token})
    assert blocked.status_code == 429 and "Too many failed attempts" in blocked.text
    other = client.post("/login", data={"name": "bob", "password": "bad", "csrf_token": token})
    assert other.status_code == 401


def test_admin_requires_login(client: TestClient) -> None:
    assert client.get("/admin/sources", follow_redirects=False).headers["location"].startswith("/login")
    token = csrf(client)
    response = client.post("/admin/sources", data={"url": "http://127.0.0.1/", "csrf_token": token},
                           follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/login")
    assert client.post("/admin/sources/1/pause", data={"csrf_token": token},
                       follow_redirects=False).status_code == 303


def test_add_pause_resume_remove_source_and_opml(client: TestClient) -> None:
    login(client)
    with LocalServer() as server:
        server.routes["/feed.xml"] = Route(body=RSS, headers={"Content-Type": "application/rss+xml"})
        token = csrf(client, "/admin/sources")
        assert client.post("/admin/sources", data={"url": server.url("/feed.xml")}).status_code == 403
        added = client.post("/admin/sources", data={"url": server.url("/feed.xml"), "csrf_token": token})
        assert added.status_code == 200 and server.url("/feed.xml") in added.text
    sources = {s["url"]: s for s in _sources(client)}
    source = sources[server.url("/feed.xml")]
    assert source["status"] == "active"
    client.post(f"/admin/sources/{source['id']}/pause", data={"csrf_token": token})
    assert 'class="status-paused"' in client.get("/admin/sources").text
    client.post(f"/admin/sources/{source['id']}/resume", data={"csrf_token": token})
    client.post(f"/admin/sources/{source['id']}/remove", data={"csrf_token": token})
    assert server.url("/feed.xml") not in client.get("/admin/sources").text
    opml = (b'<?xml version="1.0"?><opml version="2.0"><body><outline text="W" xmlUrl="https://wire.example/rss"/>'
            b"</body></opml>")
    imported = client.post("/admin/sources/opml", data={"csrf_token": token},
                           files={"file": ("feeds.opml", opml, "text/xml")})
    assert imported.status_code == 200 and "https://wire.example/rss" in imported.text
    bad = client.post("/admin/sources", data={"url": "ftp://x", "csrf_token": token})
    assert bad.status_code == 422 and 'role="alert"' in bad.text


def _sources(client: TestClient) -> list[dict[str, str]]:
    page = client.get("/admin/sources").text
    rows = re.findall(r'<span class="url">([^<]+)</span></td>\s*<td class="status-(\w+)">.*?'
                      r'action="/admin/sources/(\d+)/', page, re.S)
    return [{"url": url, "status": status, "id": sid} for url, status, sid in rows]


def test_notes_on_a_story(client: TestClient) -> None:
    uid = first_story(client)["id"]
    assert client.post(f"/stories/{uid}/notes", data={"text": "x", "csrf_token": csrf(client)},
                       follow_redirects=False).headers["location"].startswith("/login")
    login(client)
    token = csrf(client, f"/stories/{uid}")
    assert client.post(f"/stories/{uid}/notes", data={"text": "check figures"}).status_code == 403
    saved = client.post(f"/stories/{uid}/notes", data={"text": "Check the <b>death toll</b>", "csrf_token": token})
    assert saved.status_code == 200
    assert "Check the &lt;b&gt;death toll&lt;/b&gt;" in saved.text and '<p class="meta">ada · ' in saved.text
    assert client.post(f"/stories/{uid}/notes", data={"text": "  ", "csrf_token": token}).status_code == 422


def test_public_read_off_requires_login(store: tuple[Any, Storyline]) -> None:
    private = dataclasses.replace(store[0], web_public_read=False)
    with TestClient(create_app(private, store[1])) as c:
        assert c.get("/", follow_redirects=False).status_code == 303
        assert c.get("/static/style.css").status_code == 200
        login(c)
        assert c.get("/").status_code == 200


def test_secret_is_generated_once_and_kept(store: tuple[Any, Storyline]) -> None:
    secret_file = Path(store[0].data_dir) / "web-secret"
    assert secret_file.exists() and secret_file.stat().st_mode & 0o077 == 0
    with TestClient(create_app(store[0], store[1])) as a:
        login(a)
        session = a.cookies.get("storyline_session")
    with TestClient(create_app(store[0], store[1])) as b:
        b.cookies.set("storyline_session", session or "")
        assert "Log out" in b.get("/").text


def test_cli_users_add(store: tuple[Any, Storyline]) -> None:
    result = CliRunner().invoke(cli, ["--db", store[0].db_url, "users", "add", "grace", "--password-stdin"],
                                input="long enough secret\n")
    assert result.exit_code == 0, result.output
    short = CliRunner().invoke(cli, ["--db", store[0].db_url, "users", "add", "grace", "--password-stdin"],
                               input="short\n")
    assert short.exit_code == 1


@pytest.mark.parametrize("babel_locale", ["en_GB", "zh_Hans_CN"])
def test_dates_are_written_as_babel_writes_them_in_the_readers_zone(babel_locale: str) -> None:
    from datetime import UTC, datetime, timedelta  # noqa: PLC0415
    from zoneinfo import ZoneInfo  # noqa: PLC0415

    from babel.dates import format_date, format_datetime  # noqa: PLC0415

    when = i18n.make_when(babel_locale)
    for tz in (ZoneInfo("UTC"), ZoneInfo("Asia/Shanghai"), ZoneInfo("America/New_York")):
        for hours in (0, 7, 13, 23, 24 * 200 + 5):
            moment = datetime(2025, 3, 4, 21, 32, 50, tzinfo=UTC) + timedelta(hours=hours)
            for style in ("short", "medium", "long"):
                assert when(moment, tz, style) == format_datetime(moment, style, tzinfo=tz, locale=babel_locale)
            assert when(moment, tz, "date") == format_date(moment.astimezone(tz).date(), "medium",
                                                           locale=babel_locale)
    shanghai = ZoneInfo("Asia/Shanghai")
    # stored forms: naive UTC datetimes and ISO text; what is not a time gives nothing
    assert when(datetime(2025, 3, 4, 21, 32), shanghai) == when("2025-03-04T21:32:00+00:00", shanghai)
    assert when("2025-03-04T21:32:00", shanghai, "date") == format_date(datetime(2025, 3, 5), "medium",
                                                                         locale=babel_locale)
    assert when(None, shanghai) == "" and when("not a date", shanghai) == ""
