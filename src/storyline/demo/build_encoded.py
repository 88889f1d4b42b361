"""Write the corpus files that cannot be kept as plain UTF-8: GBK, Big5 and gzip-compressed pages.

The UTF-8 sources live in ``sources/encoded/``; each is written to ``corpus/`` as raw bytes in its
target encoding. Output is deterministic (gzip without a timestamp), so re-running it changes
nothing unless a source changed. Run: ``python -m storyline.demo.build_encoded``.
"""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import NamedTuple

from . import CORPUS_DIR, SOURCES_DIR


class Target(NamedTuple):
    source: str  # file name in sources/encoded/
    output: str  # file name in corpus/
    codec: str  # "gbk", "big5" or "gzip" (UTF-8 bytes, gzip-compressed)


TARGETS: tuple[Target, ...] = (
    Target("hualian-flood-0312.html", "hualian-flood-0312.html", "gbk"),  # declares charset=gb2312
    Target("juwen-flood-0313.html", "juwen-flood-0313.html", "gbk"),  # no charset declaration at all
    Target("yinghai-dam-0305.html", "yinghai-dam-0305.html", "big5"),  # declares charset=big5
    Target("ledger-flood-0313.html", "ledger-flood-0313.html.gz", "gzip"),
    Target("ledger-summit-0321.html", "ledger-summit-0321.html.gz", "gzip"),
    Target("hafenblatt-chipbrand-0309.html", "hafenblatt-chipbrand-0309.html.gz", "gzip"),
    Target("rnord-ausweisung-0318.html", "rnord-ausweisung-0318.html.gz", "gzip"),
)


def encode(text: str, codec: str) -> bytes:
    """The bytes of ``text`` in ``codec``; every character must be representable."""
    if codec == "gzip":
        return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)
    return text.encode(codec)


def build(sources: Path = SOURCES_DIR / "encoded", out: Path = CORPUS_DIR) -> list[Path]:
    """Write every target; returns the paths written."""
    written = []
    for target in TARGETS:
        text = (sources / target.source).read_text(encoding="utf-8")
        path = out / target.output
        path.write_bytes(encode(text, target.codec))
        written.append(path)
    return written


def main() -> None:
    for path in build():
        print(path.name)


if __name__ == "__main__":
    main()
