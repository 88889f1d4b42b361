"""The reader in a real browser (Playwright driving Debian's /usr/bin/chromium) over the demo corpus.

home -> story -> comparison table -> article; a search for a 2-character Chinese word; the language
switch; login, adding a source and a note on a story. Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from storyline.service import Storyline
from storyline.web.app import create_app

from .httpserver import LocalServer, Route
from .webutil import PASSWORD, demo_store

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
RSS = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quay Watch</title><link>http://127.0.0.1/</link>'
       b"<description>d</description><item><title>Quay wall repaired</title><link>http://127.0.0.1/a/1</link>"
       b"<guid>qw-1</guid><description>The quay wall has been repaired.</description></item></channel></rss>")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium not installed (make system-deps installs it)"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Storyline]]:
    cfg, app = demo_store(tmp_path_factory.mktemp("browser"))
    port = _free_port()
    config = uvicorn.Config(create_app(cfg, app), host="127.0.0.1", port=port, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert uv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}", app
    uv.should_exit = True
    thread.join(timeout=10)
    app.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 (only when the browser tests run)

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(locale="en-GB", timezone_id="Europe/Berlin")
    errors: list[str] = []
    pg = context.new_page()
    pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    yield pg
    context.close()
    assert not [e for e in errors if "Content Security Policy" in e], errors


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_home_story_comparison_article(server: tuple[str, Storyline], page: Any) -> None:
    base, _ = server
    page.goto(base + "/")
    assert page.locator("h1").first.inner_text() == "Top stories"
    assert page.locator("#trending-24h li.story").count() >= 1
    shot(page, "home")
    page.locator("ol.stories li.story a.headline").first.click()
    page.wait_for_selector("#claims")
    assert page.locator(".sources .source").count() >= 2
    assert page.locator("svg.timeline circle").count() >= 2
    shot(page, "story")
    page.locator("#claims").scroll_into_view_if_needed()
    page.locator(".sources .source a").first.click()
    page.wait_for_selector("article.reader")
    assert page.locator("article.reader h1").inner_text()
    assert page.locator("article.reader .body p").count() >= 1
    shot(page, "article")
    cookies = {c["name"]: c["value"] for c in page.context.cookies()}
    assert cookies.get("tz") == "Europe%2FBerlin"  # set by static/tz.js
    page.reload()
    assert "Europe/Berlin" in page.locator("footer").inner_text()


def test_search_for_a_two_character_chinese_word(server: tuple[str, Storyline], page: Any) -> None:
    base, _ = server
    page.goto(base + "/")
    page.fill("header form.search input[name=q]", "地震")
    page.press("header form.search input[name=q]", "Enter")
    page.wait_for_selector(".result-group")
    assert page.locator(".result-group li.article").count() >= 2
    assert "地震" in page.locator(".result-group").first.inner_text()
    shot(page, "search-zh")


def test_language_switch(server: tuple[str, Storyline], page: Any) -> None:
    base, _ = server
    page.goto(base + "/stories")
    page.click("#lang-zh_Hans")
    page.wait_for_url(base + "/stories")
    assert page.locator("h1").inner_text() == "事件"
    assert page.locator("html").get_attribute("lang") == "zh-Hans"
    shot(page, "stories-zh")
    page.click("#lang-en")
    assert page.locator("h1").inner_text() == "Stories"


def test_login_add_source_and_note(server: tuple[str, Storyline], page: Any) -> None:
    base, _ = server
    page.goto(base + "/admin/sources")
    page.wait_for_url("**/login?next=/admin/sources")
    page.fill("#name", "ada")
    page.fill("#password", PASSWORD)
    page.click("form.login button[type=submit]")
    page.wait_for_url(base + "/admin/sources")
    with LocalServer() as feed:
        feed.routes["/quay.xml"] = Route(body=RSS, headers={"Content-Type": "application/rss+xml"})
        page.fill("#url", feed.url("/quay.xml"))
        page.click("form.add-source button[type=submit]")
        page.wait_for_selector("p.message")
        assert feed.url("/quay.xml") in page.locator("table.sources-table").inner_text()
    shot(page, "admin-sources")
    page.goto(base + "/stories")
    page.locator("ol.stories li.story a.headline").first.click()
    page.fill("#note-text", "Figures differ between outlets: check the ministry's statement.")
    page.click("form.note-form button[type=submit]")
    page.wait_for_selector(".note-item")
    assert "check the ministry" in page.locator("#notes").inner_text()
    assert "ada" in page.locator(".note-item .meta").first.inner_text()
    shot(page, "story-note")
