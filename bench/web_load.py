"""Load benchmark for the reader: 20 concurrent clients against `storyline serve` over 50,000 articles.

    python -m bench.web_load [--articles 50000] [--clients 20] [--seconds 30] [--rebuild]

Builds (once; kept in bench/out/) a SQLite store of generated articles in stories, inserted
directly through the store functions (no extraction): 80 % English, 20 % Chinese, several outlets
per story, some reposts, the search index filled; then, as import does after clustering, analyses
the articles and stores each story's comparison. Serves it with uvicorn (``storyline serve``, a
separate process) on 127.0.0.1 and runs the clients for ``--seconds`` over the front page, story
pages, search pages and API pages. Prints p50/p99 latency and errors per page type. Targets:
p99 < 100 ms for story pages, < 200 ms for search, no errors.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

import httpx

from bench.extract import machine
from storyline.config import Settings
from storyline.extract.normalize import normalize_for_matching
from storyline.model import Article, RawDocument
from storyline.service import Storyline, normalise
from storyline.store import articles as article_sql
from storyline.store import documents as document_sql
from storyline.store import search as search_sql
from storyline.store import stories as story_sql
from storyline.store.outlets import get_or_create_outlet

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
START = datetime(2025, 1, 1, tzinfo=UTC)
COMMON = [
    "said", "officials", "government", "report", "city", "people", "year", "week", "police", "court", "minister",
    "council", "company", "market", "prices", "water", "power", "local", "national", "region", "support", "plan",
    "new", "first", "last"
]
ZH_COMMON = [
    "政府", "官员", "表示", "报道", "城市", "居民", "市场", "价格", "警方", "法院", "部长", "议会", "公司", "地区",
    "计划", "支持", "当地", "全国", "今年", "本周", "消息", "发布", "调查", "会议", "经济", "安全", "救援", "影响"
]
ZH_CHARS = "朝鲜港桥火灾地震洪水选举罢工峰会疫苗芯片大坝铁路机场医院学校银行油价能源航运外交"
OUTLETS = [f"outlet{i}.example" for i in range(40)]
KINDS = ("home", "story", "search", "api")


def _word(rng: random.Random) -> str:
    return "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))


def _zh_word(rng: random.Random) -> str:
    return "".join(rng.sample(ZH_CHARS, 2))


def _event(rng: random.Random, zh: bool) -> tuple[list[str], list[str]]:
    if zh:
        return [_zh_word(rng) for _ in range(3)], [_zh_word(rng) for _ in range(10)]
    return [_word(rng).capitalize() for _ in range(3)], [_word(rng) for _ in range(12)]


def _text(rng: random.Random, names: list[str], topic: list[str], zh: bool) -> tuple[str, str]:
    common = ZH_COMMON if zh else COMMON
    words = rng.choices(topic, k=40) + rng.choices(common, k=60) + names
    rng.shuffle(words)
    sep = "" if zh else " "
    paragraphs = [sep.join(words[i:i + 25]) + ("。" if zh else ".") for i in range(0, len(words), 25)]
    return sep.join([names[0], *rng.sample(topic, 4)]), "\n\n".join(paragraphs)


def build(path: Path, n: int, days: int = 60, seed: int = 11) -> None:
    """A store of ``n`` generated articles in stories, with outlets, reposts and the search index."""
    rng = random.Random(seed)
    app = Storyline.open(Settings(db_url=f"sqlite:///{path}"))
    done = 0
    with app.db.write() as conn:
        outlet_ids = [get_or_create_outlet(conn, name, name.split(".")[0].title(), name) for name in OUTLETS]
        doc_id = document_sql.insert_document(conn, RawDocument(b"generated", "bench:web_load", START), "jsonl",
                                              "extracted")
        while done < n:
            zh = rng.random() < 0.2
            names, topic = _event(rng, zh)
            start = START + timedelta(days=rng.uniform(0, days))
            story_id = story_sql.create_story(conn)
            members: list[tuple[int, int, datetime, bool]] = []
            for outlet in rng.sample(outlet_ids, rng.randint(1, 10)):
                if done >= n:
                    break
                when = start + timedelta(hours=rng.uniform(0, 72))
                title, text = _text(rng, names, topic, zh)
                article = Article(text=text, title=title, url=f"https://{OUTLETS[outlet - 1]}/a/{done}",
                                  published=when, language="zh-Hans" if zh else "en", item_key=f"a{done}",
                                  external_id=f"a{done}")
                article_id = article_sql.insert_article(conn, doc_id, article, normalise(article), outlet)
                story_sql.assign(conn, article_id, story_id, 0.9)
                repost = bool(members) and rng.random() < 0.1
                if repost:
                    story_sql.set_copy(conn, article_id, members[0][0], 0.97)
                members.append((article_id, outlet, when, repost))
                done += 1
            _record(conn, story_id, members, names[0] if zh else title)
        search_sql.rebuild_index(conn)
    app.close()


def prepare(path: Path) -> None:
    """What import does once the articles are in stories: analyse them (entities, claims, quotes), then
    compare and store each story's sources (``service.compare.refresh_comparisons``). Only what is
    missing or stale is done, so a store built by an earlier Storyline catches up here."""
    from storyline.service.analysis import analyse_pending, pending_ids  # noqa: PLC0415
    from storyline.service.compare import refresh_comparisons  # noqa: PLC0415

    app = Storyline.open(Settings(db_url=f"sqlite:///{path}"))
    try:
        started = time.perf_counter()
        with app.db.read() as conn:
            todo = pending_ids(conn)
        if todo:
            print(f"  analysed {analyse_pending(app, todo)} articles in {time.perf_counter() - started:.0f} s")
        started = time.perf_counter()
        stored = refresh_comparisons(app, todo)
        if stored:
            print(f"  compared {stored} stories in {time.perf_counter() - started:.0f} s")
    finally:
        app.close()


def _record(conn: object, story_id: int, members: list[tuple[int, int, datetime, bool]], title: str) -> None:
    dates = [m[2].astimezone(UTC).replace(tzinfo=None) for m in members]
    originals = [m for m in members if not m[3]]
    story_sql.update_story(conn, story_id, title=title, language="en", languages=["en"], start_at=min(dates),  # type: ignore[arg-type]
                           end_at=max(dates), article_count=len(members), source_count=len({m[1] for m in originals}),
                           repost_count=len(members) - len(originals))


# -- load ----------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _targets(base: str, client: httpx.Client, rng: random.Random) -> dict[str, list[str]]:
    uids = [s["id"] for s in client.get(f"{base}/api/v1/stories", params={"limit": 200}).json()["items"]]
    uids += [s["id"] for s in client.get(f"{base}/api/v1/stories", params={"limit": 200, "offset": 3000}).json()[
        "items"]]
    words = [normalize_for_matching(w) for uid in uids[:100] for w in (client.get(
        f"{base}/api/v1/stories/{uid}").json()["title"] or "").split()[:2]]
    queries = [w for w in words if len(w) > 1] + [_zh_word(rng) for _ in range(40)] + ["officials " + w for w in
                                                                                       words[:40]]
    return {
        "home": ["/"],
        "story": [f"/stories/{u}" for u in uids],
        "search": [f"/search?q={q}" for q in queries],
        "api": [f"/api/v1/stories?limit=20&offset={o}" for o in range(0, 2000, 20)]
        + [f"/api/v1/stories/{u}/compare" for u in uids[:100]] + [f"/api/v1/search?q={q}" for q in queries[:50]],
    }


async def _client(base: str, targets: dict[str, list[str]], until: float, seed: int,
                  timings: dict[str, list[float]], errors: dict[str, int]) -> None:
    rng = random.Random(seed)
    kinds = ["home", "story", "story", "search", "api"]
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        while time.perf_counter() < until:
            kind = rng.choice(kinds)
            path = rng.choice(targets[kind])
            started = time.perf_counter()
            try:
                response = await client.get(path)
                ok = response.status_code == 200
            except httpx.HTTPError:
                ok = False
            timings[kind].append(time.perf_counter() - started)
            if not ok:
                errors[kind] += 1


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000 if ordered else float("nan")


@contextmanager
def _server(db: Path, workers: int) -> Iterator[tuple[str, dict[str, list[str]]]]:
    """`storyline serve` over ``db`` on a free port, once it answers: (base URL, targets per page kind)."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = dict(os.environ, STORYLINE_DATA_DIR=str(OUT / "web_load_data"))
    server = subprocess.Popen([str(Path(sys.executable).parent / "storyline"), "--db", f"sqlite:///{db}", "serve",
                               "--port", str(port), "--workers", str(workers)], env=env)
    try:
        with httpx.Client(timeout=30) as client:
            for _ in range(200):
                try:
                    client.get(f"{base}/api/v1/stories", params={"limit": 1})
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            targets = _targets(base, client, random.Random(5))
        yield base, targets
    finally:
        server.terminate()
        server.wait(timeout=20)


def run_load(db: Path, clients: int, seconds: float, workers: int = 1) -> tuple[dict[str, list[float]], dict[str, int]]:
    timings: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    with _server(db, workers) as (base, targets):
        until = time.perf_counter() + seconds

        async def clients_until_done() -> None:
            await asyncio.gather(*(_client(base, targets, until, i, timings, errors) for i in range(clients)))

        asyncio.run(clients_until_done())
    return timings, errors


_WRK_SCRIPT = """
paths = {%s}
math.randomseed(7)
request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %%d %%.3f %%.3f %%d %%d\\n", summary.requests, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout, summary.duration))
end
"""


def _wrk(base: str, script: Path, clients: int, seconds: float) -> tuple[int, float, float, int]:
    run = subprocess.run(["wrk", "-t2", f"-c{clients}", f"-d{max(1, int(seconds))}s", "--latency",
                          "-s", str(script), base], capture_output=True, text=True, check=True)
    line = next(x for x in run.stdout.splitlines() if x.startswith("RESULT"))
    requests, p50, p99, errors, _duration = line.split()[1:]
    return int(requests), float(p50), float(p99), int(errors)


def run_wrk(db: Path, clients: int, seconds: float, workers: int, warmup: float = 0.0,
            kinds: tuple[str, ...] = KINDS) -> dict[str, tuple[int, float, float, int]]:
    """Each page kind in turn under wrk (a C load generator, so the clients cost the server little CPU):
    ``{kind: (requests, p50 ms, p99 ms, errors)}``; paths are drawn at random from the kind's targets.
    With ``warmup``, each kind is first driven that long unmeasured (first views fill the caches)."""
    out: dict[str, tuple[int, float, float, int]] = {}
    with _server(db, workers) as (base, targets):
        for kind in kinds:
            script = OUT / f"wrk_{kind}.lua"
            quoted = ", ".join('"' + quote(p, safe="/?=&:%") + '"' for p in targets[kind])
            script.write_text(_WRK_SCRIPT % quoted, encoding="utf-8")
            if warmup:
                _wrk(base, script, clients, warmup)
            out[kind] = _wrk(base, script, clients, seconds)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--workers", type=int, default=1, help="server processes (storyline serve --workers)")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--warmup", type=float, default=0.0, help="with --wrk: seconds of unmeasured load first")
    parser.add_argument("--kinds", default=",".join(KINDS), help="with --wrk: page kinds to drive, comma-separated")
    parser.add_argument("--wrk", action="store_true", help="drive the load with wrk (apt install wrk), one page kind "
                        "at a time, instead of 20 Python clients sharing the machine's CPU with the server")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    db = OUT / f"web_load_{args.articles}.db"
    print(f"machine: {machine()}")
    if args.rebuild or not db.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        started = time.perf_counter()
        build(db, args.articles)
        print(f"built {db.name}: {args.articles} articles in {time.perf_counter() - started:.0f} s")
    prepare(db)
    if args.wrk:
        kinds = tuple(k for k in args.kinds.split(",") if k in KINDS)
        results = run_wrk(db, args.clients, args.seconds, args.workers, args.warmup, kinds)
        print(f"wrk, {args.clients} connections, {args.seconds:.0f} s per page kind, {args.workers} server "
              f"process(es), " + (f"after {args.warmup:.0f} s of unmeasured warm-up per kind" if args.warmup
                                  else "caches cold: first views are in the figures"))
        print(f"  {'page':<8} {'requests':>8} {'req/s':>7} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
        for kind, (n, p50, p99, errs) in results.items():
            print(f"  {kind:<8} {n:>8} {n / args.seconds:>7.0f} {p50:>8.1f} {p99:>8.1f} {errs:>7}")
        return 0
    timings, errors = run_load(db, args.clients, args.seconds, args.workers)
    total = sum(len(v) for v in timings.values())
    print(f"{args.clients} clients, {args.seconds:.0f} s, {args.workers} server process(es): {total} requests "
          f"({total / args.seconds:.0f}/s)")
    print(f"  {'page':<8} {'requests':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for kind in ("home", "story", "search", "api"):
        values = timings.get(kind, [])
        print(f"  {kind:<8} {len(values):>8} {_pct(values, 0.5):>8.1f} {_pct(values, 0.99):>8.1f} "
              f"{errors.get(kind, 0):>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
