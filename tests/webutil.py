"""Helpers for the reader's tests: a store filled from the demo corpus, CSRF tokens, users."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from storyline.config import Settings
from storyline.demo import CORPUS_DIR
from storyline.service import Storyline
from storyline.service.accounts import add_user

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
PASSWORD = "correct horse battery"


def demo_store(folder: Path, **settings: object) -> tuple[Settings, Storyline]:
    """Settings and an open store holding the imported, clustered demo corpus, and one user "ada"."""
    folder.mkdir(parents=True, exist_ok=True)
    values: dict[str, object] = {"db_url": f"sqlite:///{folder / 'demo.db'}", "data_dir": str(folder),
                                 "allow_networks": ("127.0.0.1/32",)}
    cfg = Settings(**(values | settings))  # type: ignore[arg-type]
    app = Storyline.open(cfg)
    summary = app.import_paths([str(CORPUS_DIR)], cluster=True)
    assert summary.failed == [], summary.failed
    add_user(app, "ada", PASSWORD)
    return cfg, app


def csrf(client: TestClient, path: str = "/login") -> str:
    found = CSRF.search(client.get(path).text)
    assert found, f"no CSRF token on {path}"
    return found.group(1)


def login(client: TestClient, name: str = "ada", password: str = PASSWORD) -> None:
    response = client.post("/login", data={"name": name, "password": password, "csrf_token": csrf(client),
                                           "next": "/"}, follow_redirects=False)
    assert response.status_code == 303, response.text
