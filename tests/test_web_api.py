"""The JSON API and the feeds over the demo corpus: shapes, pagination, error objects, feeds that parse."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import feedparser
import pytest
from fastapi.testclient import TestClient

from storyline.service import Storyline
from storyline.web.app import create_app

from .webutil import demo_store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Storyline]]:
    cfg, app = demo_store(tmp_path_factory.mktemp("api"))
    yield cfg, app
    app.close()


@pytest.fixture(scope="module")
def client(store: tuple[Any, Storyline]) -> Iterator[TestClient]:
    with TestClient(create_app(store[0], store[1])) as c:
        yield c


def error_of(response: Any, status: int) -> dict[str, str]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    return dict(body["error"])


def test_stories_paginate(client: TestClient) -> None:
    first = client.get("/api/v1/stories", params={"limit": 5}).json()
    assert set(first) == {"items", "total", "limit", "offset"}
    assert first["limit"] == 5 and first["offset"] == 0 and len(first["items"]) == 5
    assert first["total"] >= 10  # the demo corpus has 10 events
    second = client.get("/api/v1/stories", params={"limit": 5, "offset": 5}).json()
    assert not {s["id"] for s in first["items"]} & {s["id"] for s in second["items"]}
    sources = [s["independent_sources"] for s in first["items"] + second["items"]]
    assert sources == sorted(sources, reverse=True)
    beyond = client.get("/api/v1/stories", params={"offset": 10_000}).json()
    assert beyond["items"] == [] and beyond["total"] == first["total"]


def test_story_compare_article(client: TestClient) -> None:
    uid = client.get("/api/v1/stories", params={"limit": 1}).json()["items"][0]["id"]
    story = client.get(f"/api/v1/stories/{uid}").json()
    assert story["id"] == uid and story["articles"]
    compare = client.get(f"/api/v1/stories/{uid}/compare").json()
    assert {"story", "sources", "claims", "quotes", "entities", "timeline", "summary", "related"} <= set(compare)
    assert len(compare["sources"]) >= compare["independent_sources"] >= 2
    article_id = compare["sources"][0]["article_id"]
    article = client.get(f"/api/v1/articles/{article_id}").json()
    assert article["story"]["id"] == uid and article["text"]
    listing = client.get("/api/v1/articles", params={"limit": 3}).json()
    assert len(listing["items"]) == 3 and listing["total"] >= 50


def test_error_objects(client: TestClient) -> None:
    assert error_of(client.get("/api/v1/stories/nope"), 404)["code"] == "not_found"
    assert error_of(client.get("/api/v1/articles/999999"), 404)["code"] == "not_found"
    assert error_of(client.get("/api/v1/no-such-thing"), 404)["code"] == "not_found"
    assert error_of(client.get("/api/v1/stories", params={"limit": 0}), 422)["code"] == "invalid_request"
    assert "limit" in error_of(client.get("/api/v1/stories", params={"limit": 10_000}), 422)["message"]
    assert error_of(client.get("/api/v1/articles/abc"), 422)["code"] == "invalid_request"
    bad_date = error_of(client.get("/api/v1/search", params={"q": "Velmar", "from": "soon"}), 422)
    assert "from" in bad_date["message"]
    assert error_of(client.get("/api/v1/search"), 422)["code"] == "invalid_request"


def test_outlets_entities_trending_search(client: TestClient) -> None:
    outlets = client.get("/api/v1/outlets").json()
    assert outlets["total"] == len(outlets["items"]) > 3
    one = client.get(f"/api/v1/outlets/{outlets['items'][0]['id']}").json()
    assert {"outlet", "stories", "articles", "reposts_from", "reposted_by"} <= set(one)
    entities = client.get("/api/v1/entities").json()
    assert set(entities) == {"items", "total", "limit", "offset"}
    for e in entities["items"][:2]:
        assert client.get(f"/api/v1/entities/{e['id']}").json()["entity"]["id"] == e["id"]
    trending = client.get("/api/v1/trending", params={"hours": 48}).json()
    assert trending["relative_to_newest_article"] is True and trending["items"]
    assert all(s["new_sources"] >= 1 for s in trending["items"])
    found = client.get("/api/v1/search", params={"q": "地震"}).json()
    assert found["articles"] >= 2 and found["groups"][0]["story"] is not None
    titles = [a["title"] for g in found["groups"] for a in g["articles"]]
    assert any("地震" in t for t in titles)


def test_openapi_lists_the_api(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/v1/stories", "/api/v1/stories/{uid}/compare", "/api/v1/search", "/api/v1/trending",
            "/api/v1/entities/{entity_id}", "/api/v1/outlets/{outlet_id}"} <= set(spec["paths"])
    assert not any(p.startswith("/admin") for p in spec["paths"])


def test_private_store_answers_401(store: tuple[Any, Storyline]) -> None:
    private = dataclasses.replace(store[0], web_public_read=False)
    with TestClient(create_app(private, store[1])) as c:
        assert error_of(c.get("/api/v1/stories"), 401)["code"] == "unauthorized"
        assert c.get("/", follow_redirects=False).headers["location"].startswith("/login")
        assert c.get("/login").status_code == 200
        assert c.get("/feeds/top.atom").status_code == 401


def parse_feed(client: TestClient, path: str, **params: str) -> list[dict[str, str]]:
    """(id, title, content) of each entry; Atom and RSS through feedparser, JSON Feed by hand."""
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    if path.endswith(".json"):
        feed = response.json()
        assert feed["version"] == "https://jsonfeed.org/version/1.1" and feed["title"]
        return [{"id": i["id"], "title": i["title"], "content": i["content_html"]} for i in feed["items"]]
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.bozo_exception
    assert parsed.version in ("atom10", "rss20")
    return [{"id": e.id, "title": e.title, "content": e.content[0].value} for e in parsed.entries]


@pytest.mark.parametrize("fmt", ["atom", "rss", "json"])
def test_feeds_parse_back(client: TestClient, fmt: str) -> None:
    top = parse_feed(client, f"/feeds/top.{fmt}")
    assert len(top) >= 10 and all(e["title"] for e in top)
    uid = client.get("/api/v1/stories", params={"limit": 1}).json()["items"][0]["id"]
    story = parse_feed(client, f"/feeds/stories/{uid}.{fmt}")
    assert len(story) >= 2 and all(len(e["content"]) > 200 for e in story)  # the full text, not a teaser
    found = client.get("/api/v1/search", params={"q": "Velmar"}).json()
    ids = {f"http://testserver/articles/{a['id']}" for g in found["groups"] for a in g["articles"]}
    assert {e["id"] for e in parse_feed(client, f"/feeds/search.{fmt}", q="Velmar")} == ids


def test_feed_errors(client: TestClient) -> None:
    assert client.get("/feeds/top.xml").status_code == 404
    assert client.get("/feeds/stories/nope.atom").status_code == 404
    assert client.get("/feeds/search.atom", params={"q": " "}).status_code == 422
