"""The reader's answer cache: one maker per answer, stale answers remade in the background."""

import threading
from pathlib import Path

import pytest

from storyline.service.memo import Lru, Recent


def test_a_first_answer_is_made_once_however_many_ask_at_once() -> None:
    cache = Recent(ttl=60)
    started, release = threading.Event(), threading.Event()
    calls: list[int] = []

    def make() -> str:
        calls.append(1)
        started.set()
        release.wait(5)
        return "page"

    results: list[str] = []
    first = threading.Thread(target=lambda: results.append(cache.get(("k",), make)))
    first.start()
    assert started.wait(5)
    others = [threading.Thread(target=lambda: results.append(cache.get(("k",), make))) for _ in range(5)]
    for t in others:
        t.start()
    release.set()
    for t in [first, *others]:
        t.join(5)
    assert results == ["page"] * 6
    assert len(calls) == 1


def test_an_expired_answer_is_served_while_it_is_remade_in_the_background() -> None:
    cache = Recent(ttl=0.0)  # every answer is expired at once
    assert cache.get(("k",), lambda: "old") == "old"
    remade, release = threading.Event(), threading.Event()

    def slow_new() -> str:
        release.wait(5)
        remade.set()
        return "new"

    assert cache.get(("k",), slow_new) == "old"  # the caller that noticed does not wait
    assert cache.get(("k",), lambda: pytest.fail("one remake at a time")) == "old"
    release.set()
    assert remade.wait(5)
    for _ in range(100):
        if cache.get(("k",), lambda: "newer") in ("new", "newer"):
            break
        threading.Event().wait(0.01)
    else:
        pytest.fail("the background remake never landed")


def test_a_failed_remake_drops_the_answer_so_the_next_caller_sees_the_failure() -> None:
    cache = Recent(ttl=0.0)
    cache.get(("k",), lambda: "page")
    failed = threading.Event()

    def gone() -> str:
        failed.set()
        raise LookupError("story gone")

    assert cache.get(("k",), gone) == "page"  # the failure happens in the background
    assert failed.wait(5)
    for _ in range(100):
        try:
            cache.get(("k",), gone)
        except LookupError:
            break  # the answer was dropped: this caller made it again, in the foreground
        threading.Event().wait(0.01)
    else:
        pytest.fail("the failed answer was kept")


def test_peek_gives_only_fresh_answers_and_the_least_recently_used_go_first() -> None:
    cache = Recent(ttl=60, size=2)
    assert cache.peek(("a",)) is None
    cache.get(("a",), lambda: 1)
    cache.get(("b",), lambda: 2)
    cache.get(("a",), lambda: pytest.fail("cached"))  # a is now the most recently used
    cache.get(("c",), lambda: 3)
    assert cache.peek(("a",)) == 1 and cache.peek(("c",)) == 3
    assert cache.peek(("b",)) is None
    assert Recent(ttl=0.0).peek(("a",)) is None


def test_each_application_keeps_its_own_answers(tmp_path: Path) -> None:
    from storyline.config import Settings  # noqa: PLC0415
    from storyline.service import Storyline, reader  # noqa: PLC0415

    from .webutil import demo_store  # noqa: PLC0415

    _, full = demo_store(tmp_path / "full")
    empty = Storyline.open(Settings(db_url=f"sqlite:///{tmp_path / 'empty.db'}"))
    try:
        assert reader.home(full)["top"]
        assert reader.home(empty)["top"] == []  # not the other store's front page
        assert full.memo.answers is not empty.memo.answers
    finally:
        full.close()
        empty.close()


def test_lru_keeps_the_most_recently_used() -> None:
    lru = Lru(2)
    lru.put("a", 1)
    lru.put("b", 2)
    assert lru.get("a") == 1
    lru.put("c", 3)
    assert (lru.get("a"), lru.get("b"), lru.get("c")) == (1, None, 3)
    lru.clear()
    assert lru.get("a") is None
