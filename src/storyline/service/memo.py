"""What the service keeps in memory between calls: answers asked for again and again by readers.

Owned by one :class:`storyline.service.Storyline` (``app.memo``), so two stores open in one process
(tests, the CLI next to a server) never see each other's answers.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)


class Recent:
    """Answers kept for a few seconds: the front page, trending lists and story pages are asked for
    constantly and change only when articles arrive. Each answer is made once at a time: callers
    asking for a first answer being made wait for it (a first view under load is rendered once, not
    by every thread at once); an expired answer is remade in the background while every caller,
    the one that noticed included, gets the previous one. The least recently used answers go when
    ``size`` is reached."""

    def __init__(self, ttl: float = 10.0, size: int = 64, wait: float = 10.0) -> None:
        self.ttl, self.wait = ttl, wait
        self._rng = random.Random()  # lifetimes vary by a quarter, so answers made together expire apart
        self._items = Lru(size)  # key -> (expires at, answer)
        self._making: dict[tuple[Any, ...], threading.Event] = {}
        self._lock = threading.Lock()

    def peek(self, key: tuple[Any, ...]) -> Any:
        """The answer for ``key`` when it is fresh, else None (never makes one, never waits)."""
        hit = self._items.get(key)
        return hit[1] if hit is not None and time.monotonic() < hit[0] else None

    def get(self, key: tuple[Any, ...], make: Callable[[], Any]) -> Any:
        at = time.monotonic()
        with self._lock:
            hit = self._items.get(key)
            pending = self._making.get(key)
            if hit is not None:
                if at >= hit[0] and pending is None:
                    self._making[key] = threading.Event()
                    threading.Thread(target=self._make, args=(key, make, at), daemon=True).start()
                return hit[1]  # fresh, or the previous answer while it is remade
            if pending is None:
                self._making[key] = threading.Event()
        if pending is not None:  # a first answer someone is making: wait for theirs
            pending.wait(self.wait)
            hit = self._items.get(key)
            return hit[1] if hit is not None else make()  # theirs failed (or is very slow): our own
        return self._make(key, make, at, background=False)

    def _make(self, key: tuple[Any, ...], make: Callable[[], Any], at: float, background: bool = True) -> Any:
        try:
            value = make()
            self._items.put(key, (at + self.ttl * self._rng.uniform(0.75, 1.25), value))
            return value
        except Exception:
            if not background:
                raise
            # the next caller makes it again in the foreground and sees the failure (a story gone: 404)
            log.info("cannot refresh %r", key[:2], exc_info=True)
            self._items.discard(key)
            return None
        finally:
            with self._lock:
                self._making.pop(key).set()


class Lru:
    """At most ``size`` values by key, the least recently used going first (thread-safe)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[Any, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Any) -> Any:
        with self._lock:
            if key not in self._items:
                return None
            self._items.move_to_end(key)
            return self._items[key]

    def put(self, key: Any, value: Any) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def discard(self, key: Any) -> None:
        with self._lock:
            self._items.pop(key, None)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


class Memo:
    """The caches of one application."""

    def __init__(self) -> None:
        self.answers = Recent(ttl=10.0, size=64)  # front page, trending lists, outlets (10 s)
        self.stories = Recent(ttl=30.0, size=4096)  # story pages: comparison + related stories (30 s)
        self.comparisons = Lru(256)  # comparisons by story and its last change: valid until it changes
