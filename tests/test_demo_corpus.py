"""The bundled demo corpus itself: size, counts, formats (sniffed from content), ground truth.

These tests only read the files; they use no Storyline module except the corpus's own paths and
build scripts, so they hold whatever the extractors do.
"""

from __future__ import annotations

import gzip
import html
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from storyline.demo import CORPUS_DIR, DEMO_DIR, build_encoded, build_feeds, build_warc, load_truth

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
LANGUAGES = {"zh-Hans", "zh-Hant", "en", "de"}
KINDS = {"original", "exact-repost", "near-repost"}
FEEDITEM = re.compile(r"\A<!--(\d{13})-->\n\[[^\n]+\]\((https?://[^)\s]+)\)\n------\n")
BYLINE = re.compile(r"\d{4}[-/.]\d{2}[-/.]\d{2}|\d{2}\.\d{2}\.\d{4}|\d{1,2} \w+ \d{4}")
CLAIM_PART = re.compile(
    r"^[^;()]+ \((?:exact|approx|at-least|more-than|up-to|almost)(?:, [^;()]+)?\)$"
)
TAG = re.compile(r"<[^>]+>")
HAN = re.compile(r"[\u4e00-\u9fff]")
FOOTER = re.compile(r"©|copyright|版权|版權", re.I)
SENTENCE_END = re.compile(r"[。.!?！？”\"」』]$")


@pytest.fixture(scope="module")
def truth() -> dict[str, Any]:
    return load_truth()


@pytest.fixture(scope="module")
def articles(truth: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return dict(truth["articles"])


# ---------------------------------------------------------------- reading the corpus by hand


def read_bytes(name: str) -> bytes:
    data = (CORPUS_DIR / name).read_bytes()
    return gzip.decompress(data) if name.endswith(".gz") else data


def decode(data: bytes) -> str:
    """UTF-8, else the charset the page declares, else GBK (the undeclared page)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = re.search(rb"charset=([\w-]+)", data[:1024])
    codec = declared.group(1).decode("ascii") if declared else "gb18030"
    return data.decode("gb18030" if codec.lower() in ("gb2312", "gbk") else codec)


def rss_entries() -> dict[str, str]:
    root = ET.fromstring(read_bytes("meridian-press.rss.xml"))
    return {item.findtext("link", ""): item.findtext(CONTENT, "") for item in root.iter("item")}


def atom_entries() -> dict[str, str]:
    root = ET.fromstring(read_bytes("rundfunk-nord.atom.xml"))
    out = {}
    for entry in root.iter(f"{ATOM}entry"):
        link = entry.find(f"{ATOM}link[@rel='alternate']")
        assert link is not None
        out[link.get("href", "")] = entry.findtext(f"{ATOM}content", "")
    return out


def json_feed_entries() -> dict[str, str]:
    feed = json.loads(read_bytes("gangwen.feed.json"))
    return {item["url"]: item["content_html"] for item in feed["items"]}


def jsonl_rows() -> list[dict[str, str]]:
    lines = read_bytes("newsdesk-export.jsonl").decode("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def warc_pages() -> dict[str, str]:
    out = {}
    with (CORPUS_DIR / build_warc.WARC_NAME).open("rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            if record.http_headers.get_statuscode() != "200":
                continue
            if "text/html" not in (record.http_headers.get_header("Content-Type") or ""):
                continue
            out[record.rec_headers.get_header("WARC-Target-URI")] = record.content_stream().read().decode("utf-8")
    return out


def entry_texts() -> dict[str, str]:
    """Every article inside a multi-article container, by external id."""
    out = {**rss_entries(), **atom_entries(), **json_feed_entries(), **warc_pages()}
    for row in jsonl_rows():
        out[row["id"]] = row.get("text") or row.get("html") or ""
    return out


def single_files() -> dict[str, Path]:
    containers = {name for _, name, _ in build_feeds.OUTPUTS} | {build_warc.WARC_NAME}
    return {p.name.split(".", 1)[0]: p for p in CORPUS_DIR.iterdir() if p.is_file() and p.name not in containers}


def article_text(ext_id: str) -> str:
    """The raw text of one article: the decoded file, or the container entry's body."""
    files = single_files()
    if ext_id in files:
        return decode(read_bytes(files[ext_id].name))
    return entry_texts()[ext_id]


def body_paragraphs(raw: str) -> list[str]:
    """Body paragraphs: <p> contents for markup, lines for text; boilerplate left out."""
    found = re.findall(r"<p[^>]*>(.*?)</p>", raw, re.DOTALL) if "<p" in raw else raw.splitlines()
    cleaned = [" ".join(html.unescape(TAG.sub("", p)).split()) for p in found]
    return [p for p in cleaned if len(p) >= 30 and SENTENCE_END.search(p) and not FOOTER.search(p)]


def paragraphs(raw: str) -> list[str]:
    """Body paragraphs with all whitespace removed, for comparing copies."""
    return [re.sub(r"\s+", "", p) for p in body_paragraphs(raw)]


def flat(raw: str) -> str:
    return re.sub(r"\s+", "", html.unescape(TAG.sub("", raw)))


def iter_claim_values(truth: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    for event_id, event in truth["events"].items():
        for claim in event["claims"]:
            for outlet, value in claim["values"].items():
                yield event_id, outlet, value


# ---------------------------------------------------------------- size and counts


def test_corpus_is_small() -> None:
    total = sum(p.stat().st_size for p in DEMO_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    assert total < 1_500_000


def test_counts(truth: dict[str, Any], articles: dict[str, dict[str, Any]]) -> None:
    assert len(articles) >= 48
    outlets = {a["outlet"] for a in articles.values()}
    assert len(outlets) >= 7
    assert outlets <= set(truth["outlets"])
    assert len(truth["events"]) >= 9
    assert {a["event"] for a in articles.values()} == set(truth["events"])
    assert {a["language"] for a in articles.values()} == LANGUAGES
    assert {a["kind"] for a in articles.values()} == KINDS


def test_every_event_is_covered_across_languages(articles: dict[str, dict[str, Any]]) -> None:
    by_event: dict[str, list[dict[str, Any]]] = {}
    for article in articles.values():
        by_event.setdefault(article["event"], []).append(article)
    tri_lingual = 0
    for event, members in by_event.items():
        languages = {m["language"] for m in members}
        assert 3 <= len(members) <= 7, event
        assert len(languages) >= 2, event
        families = {lang.split("-")[0] for lang in languages}
        tri_lingual += families >= {"zh", "en", "de"}
    assert tri_lingual >= 4


def test_dates_span_three_weeks_with_mixed_precision(articles: dict[str, dict[str, Any]]) -> None:
    published = [a["published"] for a in articles.values()]
    days = sorted(p[:10] for p in published)
    assert days[0] >= "2025-03-01" and days[-1] <= "2025-03-31"
    assert (int(days[-1][8:]) - int(days[0][8:])) >= 18
    with_zone = [p for p in published if re.search(r"[+-]\d{2}:\d{2}$|Z$", p)]
    date_only = [p for p in published if len(p) == 10]
    naive = [p for p in published if len(p) > 10 and p not in with_zone]
    assert len(with_zone) >= 20 and len(date_only) >= 2 and len(naive) >= 5


# ---------------------------------------------------------------- the ground truth is consistent


def test_every_truth_id_is_in_the_corpus_and_back(articles: dict[str, dict[str, Any]]) -> None:
    in_corpus = set(single_files()) | set(entry_texts())
    assert set(articles) == in_corpus
    for ext_id, article in articles.items():
        assert (CORPUS_DIR / article["file"]).is_file(), ext_id
        if ext_id in single_files():
            assert article["file"].split(".", 1)[0] == ext_id


def test_reposts_point_at_articles_of_the_same_event(articles: dict[str, dict[str, Any]]) -> None:
    for ext_id, article in articles.items():
        original = article["repost_of"]
        if article["kind"] == "original":
            assert original is None, ext_id
            continue
        assert original in articles, ext_id
        assert articles[original]["event"] == article["event"], ext_id
        assert articles[original]["outlet"] != article["outlet"], ext_id
    chains = [a for a in articles.values() if a["repost_of"] and articles[a["repost_of"]]["repost_of"]]
    assert chains, "no repost of a repost"


def test_exact_reposts_repeat_every_paragraph(articles: dict[str, dict[str, Any]]) -> None:
    for ext_id, article in articles.items():
        if article["kind"] != "exact-repost":
            continue
        original = paragraphs(article_text(article["repost_of"]))
        copy = flat(article_text(ext_id))
        assert len(original) >= 4, ext_id
        assert all(p in copy for p in original), ext_id
        assert article["title"] == articles[article["repost_of"]]["title"]


def test_near_reposts_are_lightly_edited(articles: dict[str, dict[str, Any]]) -> None:
    for ext_id, article in articles.items():
        if article["kind"] != "near-repost":
            continue
        original = paragraphs(article_text(article["repost_of"]))
        copy_paragraphs = paragraphs(article_text(ext_id))
        copy = flat(article_text(ext_id))
        kept = sum(p in copy for p in original)
        assert kept >= 0.6 * len(original), ext_id
        changed = kept < len(original) or any(p not in flat(article_text(article["repost_of"]))
                                              for p in copy_paragraphs)
        assert changed, ext_id
        assert article["title"] != articles[article["repost_of"]]["title"], ext_id
        assert article["edits"], ext_id


def test_articles_have_news_length(articles: dict[str, dict[str, Any]]) -> None:
    for ext_id, article in articles.items():
        body = body_paragraphs(article_text(ext_id))
        assert len(body) >= 4, ext_id
        if article["language"].startswith("zh"):
            assert 300 <= len(HAN.findall("".join(body))) <= 1200, ext_id
        else:
            assert 150 <= sum(len(p.split()) for p in body) <= 600, ext_id


def test_claims_are_well_formed_and_disputed(truth: dict[str, Any], articles: dict[str, dict[str, Any]]) -> None:
    originals = {(a["event"], a["outlet"]) for a in articles.values() if a["kind"] == "original"}
    for event_id, outlet, value in iter_claim_values(truth):
        assert (event_id, outlet) in originals, (event_id, outlet)
        for part in value.split("; "):
            assert CLAIM_PART.match(part), (event_id, outlet, part)
    disputed = 0
    for event in truth["events"].values():
        assert event["title_en"] and event["claims"], event
        for claim in event["claims"]:
            leading = {value.split(" ", 1)[0] for value in claim["values"].values()}
            disputed += len(leading) > 1
    assert disputed >= 12


def container_titles() -> dict[str, str]:
    """Entry titles as the feeds and the JSONL file give them."""
    rss = ET.fromstring(read_bytes("meridian-press.rss.xml"))
    titles = {item.findtext("link", ""): item.findtext("title", "") for item in rss.iter("item")}
    for entry in ET.fromstring(read_bytes("rundfunk-nord.atom.xml")).iter(f"{ATOM}entry"):
        link = entry.find(f"{ATOM}link[@rel='alternate']")
        titles[link.get("href", "") if link is not None else ""] = entry.findtext(f"{ATOM}title", "")
    titles.update({item["url"]: item["title"] for item in json.loads(read_bytes("gangwen.feed.json"))["items"]})
    titles.update({row["id"]: row["title"] for row in jsonl_rows()})
    return titles


def test_titles_appear_in_their_articles(articles: dict[str, dict[str, Any]]) -> None:
    titles = container_titles()
    for ext_id, article in articles.items():
        if ext_id in titles:
            assert titles[ext_id] == article["title"], ext_id
        else:
            assert article["title"] in html.unescape(article_text(ext_id)), ext_id


# ---------------------------------------------------------------- every input format, by content


def test_html_pages_and_gzip(articles: dict[str, dict[str, Any]]) -> None:
    formats = Counter(a["format"] for a in articles.values())
    assert formats["html"] >= 5 and formats["html-gzip"] >= 2
    for article in articles.values():
        if article["format"] in ("html", "html-gzip"):
            raw = (CORPUS_DIR / article["file"]).read_bytes()
            assert (raw[:2] == b"\x1f\x8b") == article["file"].endswith(".gz")
            text = read_bytes(article["file"]).decode("utf-8")
            assert re.match(r"\s*<(!doctype html|html)", text, re.I)


def _must_not_be_utf8(data: bytes) -> None:
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")


def test_legacy_chinese_encodings(articles: dict[str, dict[str, Any]]) -> None:
    by_format = {a["format"]: a["file"] for a in articles.values()}
    declared = read_bytes(by_format["html-gbk"])
    _must_not_be_utf8(declared)
    assert b'charset=gb2312' in declared and "北原" in declared.decode("gb18030")
    undeclared = read_bytes(by_format["html-gbk-undeclared"])
    _must_not_be_utf8(undeclared)
    assert b"charset" not in undeclared.lower() and "临川" in undeclared.decode("gb18030")
    big5 = read_bytes(by_format["html-big5"])
    _must_not_be_utf8(big5)
    assert b"charset=big5" in big5 and "嵐江" in big5.decode("big5")


def test_text_dumps(articles: dict[str, dict[str, Any]]) -> None:
    languages: Counter[str] = Counter()
    for article in articles.values():
        if article["format"] != "textdump":
            continue
        text = read_bytes(article["file"]).decode("utf-8")
        assert not text.lstrip().startswith("<") and "<p" not in text
        head = text.splitlines()[:8]
        assert any(BYLINE.search(line) for line in head), article["file"]
        assert any(marker in text for marker in ("相关", "相關", "猜你喜欢", "Related", "Mehr zum Thema"))
        languages[article["language"].split("-")[0]] += 1
    assert languages["zh"] >= 3 and languages["en"] >= 1 and languages["de"] >= 1


def test_feed_item_dumps(articles: dict[str, dict[str, Any]]) -> None:
    dumps = [a for a in articles.values() if a["format"] == "feeditem"]
    assert len(dumps) >= 3
    for article in dumps:
        text = read_bytes(article["file"]).decode("utf-8")
        assert FEEDITEM.match(text), article["file"]
        assert re.search(r"<div><i><br>\d{4}-\d{2}-\d{2}T[\d:.]+Z</i></div>", text)
        assert "images.weserv.nl/?url=" in text and "<small" in text
        assert "版权声明" in text and "<hr>" in text.split("版权声明", 1)[1]


def test_feeds_jsonl_and_warc() -> None:
    rss = ET.fromstring(read_bytes("meridian-press.rss.xml"))
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    assert all(item.findtext(CONTENT) for item in rss.iter("item")) and len(rss_entries()) >= 3
    assert ET.fromstring(read_bytes("rundfunk-nord.atom.xml")).tag == f"{ATOM}feed" and len(atom_entries()) >= 3
    feed = json.loads(read_bytes("gangwen.feed.json"))
    assert feed["version"].startswith("https://jsonfeed.org/version/") and len(feed["items"]) >= 3
    rows = jsonl_rows()
    assert len(rows) >= 3
    for row in rows:
        assert {"id", "url", "title", "published", "language", "source"} <= set(row)
        assert ("text" in row) != ("html" in row)
    raw = (CORPUS_DIR / build_warc.WARC_NAME).read_bytes()
    assert raw[:2] == b"\x1f\x8b" and gzip.decompress(raw).startswith(b"WARC/1.1")
    assert len(warc_pages()) >= 3


def test_container_sources_match_outlets(truth: dict[str, Any], articles: dict[str, dict[str, Any]]) -> None:
    names = {o["name"]: key for key, o in truth["outlets"].items()}
    for row in jsonl_rows():
        assert names[row["source"]] == articles[row["id"]]["outlet"]
        assert row["language"] == articles[row["id"]]["language"]
    for ext_id in rss_entries():
        assert articles[ext_id]["outlet"] == "meridian"
    for ext_id in atom_entries():
        assert articles[ext_id]["outlet"] == "rnord"
    for ext_id in json_feed_entries():
        assert articles[ext_id]["outlet"] == "gangwen"


# ---------------------------------------------------------------- generated files are up to date


def test_build_scripts_reproduce_the_committed_files(tmp_path: Path) -> None:
    written = [*build_encoded.build(out=tmp_path), *build_feeds.build(out=tmp_path), build_warc.build(out=tmp_path)]
    assert len(written) == len(build_encoded.TARGETS) + len(build_feeds.OUTPUTS) + 1
    for path in written:
        assert path.read_bytes() == (CORPUS_DIR / path.name).read_bytes(), path.name
