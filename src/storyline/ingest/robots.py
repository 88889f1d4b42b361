"""robots.txt as RFC 9309 says: longest match wins, Allow wins a tie, ``*`` and ``$`` patterns.

Fetched once per origin and cached up to 24 hours. A 4xx answer means everything is allowed;
a 5xx answer or a network failure means everything is disallowed for now (cached briefly).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..errors import FetchError
from .http import Fetcher, HTTPStatusError

TTL = 24 * 3600
FAILURE_TTL = 600
MAX_ROBOTS = 500 * 1024  # RFC 9309: parse at least 500 KiB


@dataclass(slots=True)
class Rules:
    groups: dict[str, list[tuple[bool, str]]] = field(default_factory=dict)  # agent -> (allow, pattern)
    allow_all: bool = False
    disallow_all: bool = False

    def allowed(self, path: str, agent: str) -> bool:
        if self.allow_all:
            return True
        if self.disallow_all:
            return False
        rules = self._group(agent)
        best: tuple[int, bool] | None = None
        for allow, pattern in rules:
            if pattern and _matches(pattern, path):
                key = (len(pattern), allow)
                if best is None or key > best:
                    best = key
        return True if best is None else best[1]

    def _group(self, agent: str) -> list[tuple[bool, str]]:
        token = agent.split("/", 1)[0].strip().lower()
        for name, rules in self.groups.items():
            if name != "*" and name in token:
                return rules
        return self.groups.get("*", [])


def _matches(pattern: str, path: str) -> bool:
    regex = "".join(".*" if c == "*" else "$" if c == "$" and i == len(pattern) - 1 else re.escape(c)
                    for i, c in enumerate(pattern))
    return re.match(regex, path) is not None


def parse_robots(text: str) -> Rules:
    rules = Rules()
    agents: list[str] = []
    in_rules = False
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        key, value = (part.strip() for part in line.split(":", 1))
        key = key.lower()
        if key == "user-agent":
            if in_rules:
                agents, in_rules = [], False
            agents.append(value.lower())
            for agent in agents:
                rules.groups.setdefault(agent, [])
        elif key in ("allow", "disallow") and agents:
            in_rules = True
            for agent in agents:
                rules.groups[agent].append((key == "allow", value))
    return rules


class RobotsCache:
    def __init__(self, fetcher: Fetcher, ttl: float = TTL) -> None:
        self.fetcher = fetcher
        self.ttl = ttl
        self._cache: dict[str, tuple[float, Rules]] = {}

    async def allowed(self, url: str, user_agent: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        cached = self._cache.get(origin)
        if cached is None or cached[0] < time.monotonic():
            cached = await self._load(origin)
            self._cache[origin] = cached
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        return cached[1].allowed(path, user_agent)

    async def _load(self, origin: str) -> tuple[float, Rules]:
        now = time.monotonic()
        try:
            result = await self.fetcher.fetch(origin + "/robots.txt", accept=None)
        except HTTPStatusError as exc:
            if 400 <= exc.status < 500:
                return now + self.ttl, Rules(allow_all=True)
            return now + FAILURE_TTL, Rules(disallow_all=True)
        except FetchError:
            return now + FAILURE_TTL, Rules(disallow_all=True)
        text = result.content[:MAX_ROBOTS].decode("utf-8", errors="replace")
        return now + self.ttl, parse_robots(text)
