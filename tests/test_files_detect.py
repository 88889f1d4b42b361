import gzip
import zlib
from pathlib import Path

import pytest

from storyline.errors import InputError, UnknownFormat
from storyline.ingest.detect import detect_format
from storyline.ingest.files import expand_paths, external_stem, gunzip, read_document
from storyline.model import Format


def test_expand_paths_files_dirs_globs_and_missing(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.html").write_text("<p>x</p>")
    (tmp_path / "a" / "two.txt").write_text("x")
    (tmp_path / "a" / ".hidden").write_text("x")
    (tmp_path / "three.jsonl").write_text("{}")
    got = expand_paths([str(tmp_path / "a"), str(tmp_path / "*.jsonl"), str(tmp_path / "a" / "one.html"),
                        str(tmp_path / "nothing-*.xml")])
    assert [p.name for p in got.paths] == ["one.html", "two.txt", "three.jsonl"]
    assert got.missing == [str(tmp_path / "nothing-*.xml")]


def test_read_document_refuses_oversized_file(tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    path.write_bytes(b"x" * 2000)
    with pytest.raises(InputError, match=r"over the 1000-byte limit"):
        read_document(path, max_bytes=1000)
    assert read_document(path, max_bytes=5000).data == b"x" * 2000


def test_gunzip_multi_member_bomb_and_truncation() -> None:
    assert gunzip(gzip.compress(b"hello ") + gzip.compress(b"world"), 100) == b"hello world"
    bomb = gzip.compress(b"\0" * 5_000_000)
    assert len(bomb) < 10_000
    with pytest.raises(InputError, match="decompressed size over"):
        gunzip(bomb, 1_000_000)
    truncated = gzip.compress(b"some text " * 1000)[:200]
    assert gunzip(truncated, 1_000_000).startswith(b"some text")
    with pytest.raises(InputError, match=r"corrupt|truncated"):
        gunzip(b"\x1f\x8b" + b"\x00" * 20, 100)


def test_external_stem() -> None:
    assert external_stem("/x/000_99532b3f2be619be.txt") == "000_99532b3f2be619be"
    assert external_stem("page.html.gz") == "page"
    assert external_stem("https://example.org/a/b.html") == "b"


@pytest.mark.parametrize(("payload", "name", "expected"), [
    (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "x.warc", Format.WARC),
    (b"filedesc://x.arc 0.0.0.0 20240101000000 text/plain 76\n", "x.arc", Format.WARC),
    (b'<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', "x.txt", Format.FEED),
    (b'<?xml version="1.0"?>\n<!-- c -->\n<feed xmlns="http://www.w3.org/2005/Atom">', "f", Format.FEED),
    (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', "f", Format.FEED),
    (b'{"version": "https://jsonfeed.org/version/1.1", "items": []}', "f.json", Format.FEED),
    (b'{\n "version": "https://jsonfeed.org/version/1", "items": []\n}', "f.json", Format.FEED),
    (b'{"id": "a", "text": "x"}\n{"id": "b", "text": "y"}\n', "a.txt", Format.JSONL),
    (b"<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p></body></html>", "a.txt",
     Format.HTML),
    (b'<?xml version="1.0"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">', "a", Format.HTML),
    ("<!--1729511224000-->\n[标题](https://example.org/a)\n------\n\n<p>正文</p>".encode(), "a.txt",
     Format.FEEDITEM),
    ("首页 > 新闻 > 正文\n一个标题\n正文第一段。\n".encode(), "a.html", Format.TEXTDUMP),
    ('<?xml version="1.0" encoding="utf-16"?><rss version="2.0">'.encode("utf-16"), "a.xml", Format.FEED),
])
def test_detect_format_from_content(payload: bytes, name: str, expected: Format) -> None:
    assert detect_format(payload, name) is expected


@pytest.mark.parametrize("payload", [b"", b"   \n", b"\x00\x01\x02binary\x00" * 10, b'{"a": [1, 2'])
def test_detect_format_refuses_unknown(payload: bytes) -> None:
    with pytest.raises(UnknownFormat):
        detect_format(payload, "x")


def test_zlib_is_what_gzip_uses() -> None:  # guards the wbits choice in gunzip
    assert zlib.decompress(gzip.compress(b"abc"), 16 + zlib.MAX_WBITS) == b"abc"
