"""Signed cookies, CSRF tokens and the login rate limit.

- Session: the ``storyline_session`` cookie holds a random token signed with ``web.secret``
  (itsdangerous); the server keeps only its hash, with an expiry, in ``sessions``. HttpOnly,
  SameSite=Lax, Secure over HTTPS.
- CSRF: every visitor gets a random ``storyline_csrf`` cookie; every POST form carries
  HMAC(secret, that cookie) and is refused (403) without it.
- Login attempts: at most ``MAX_FAILURES`` failures per client address and user name in
  ``WINDOW`` seconds (in memory: one server process).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
import threading
import time
from collections import deque
from pathlib import Path

from itsdangerous import BadSignature, URLSafeTimedSerializer

from ..config import Settings

log = logging.getLogger(__name__)

SESSION_COOKIE = "storyline_session"
CSRF_COOKIE = "storyline_csrf"
SESSION_MAX_AGE = 14 * 86400
MAX_FAILURES = 5
WINDOW = 300.0


def load_secret(settings: Settings) -> str:
    """``web.secret``, else the one kept in the data directory (made on first run)."""
    if settings.web_secret:
        return settings.web_secret
    if not settings.data_dir:
        log.warning("no web.secret and no data directory: sessions end when the server stops")
        return secrets.token_urlsafe(32)
    path = Path(settings.data_dir) / "web-secret"
    if path.exists():
        return path.read_text(encoding="ascii").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(secret + "\n")
    return secret


class Signer:
    def __init__(self, secret: str) -> None:
        self._secret = secret.encode("utf-8")
        self._sessions = URLSafeTimedSerializer(secret, salt="storyline-session")

    def sign_session(self, token: str) -> str:
        return self._sessions.dumps(token)

    def session_token(self, cookie: str | None) -> str | None:
        if not cookie:
            return None
        try:
            value = self._sessions.loads(cookie, max_age=SESSION_MAX_AGE)
        except BadSignature:
            return None
        return value if isinstance(value, str) else None

    def csrf_token(self, cookie: str) -> str:
        return hmac.new(self._secret, b"csrf:" + cookie.encode("utf-8"), hashlib.sha256).hexdigest()

    def check_csrf(self, cookie: str | None, token: str | None) -> bool:
        if not cookie or not token:
            return False
        return hmac.compare_digest(self.csrf_token(cookie), token)


class LoginLimiter:
    """Failed logins per (client address, user name) in a sliding window."""

    def __init__(self, max_failures: int = MAX_FAILURES, window: float = WINDOW) -> None:
        self.max_failures = max_failures
        self.window = window
        self._failures: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, str], at: float) -> deque[float]:
        times = self._failures.setdefault(key, deque())
        while times and times[0] <= at - self.window:
            times.popleft()
        return times

    def blocked(self, ip: str, name: str) -> bool:
        with self._lock:
            return len(self._recent((ip, name.lower()), time.monotonic())) >= self.max_failures

    def failed(self, ip: str, name: str) -> None:
        with self._lock:
            at = time.monotonic()
            self._recent((ip, name.lower()), at).append(at)
            if len(self._failures) > 10_000:  # forget quiet keys so memory stays bounded
                for key in [k for k, v in self._failures.items() if not v or v[-1] <= at - self.window]:
                    del self._failures[key]

    def succeeded(self, ip: str, name: str) -> None:
        with self._lock:
            self._failures.pop((ip, name.lower()), None)
