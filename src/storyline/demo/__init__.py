"""The bundled demo corpus: invented news in Chinese, English and German, with its ground truth.

``corpus/`` holds the files that ``storyline demo`` imports; ``truth.json`` says which event,
outlet and language every article has, which articles are reposts of which, and what figures
each outlet reports. ``sources/`` and the ``build_*.py`` scripts regenerate the encoded, feed and
WARC files in ``corpus/`` (see README.md). Standard library only.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DEMO_DIR = Path(__file__).resolve().parent
CORPUS_DIR = DEMO_DIR / "corpus"
SOURCES_DIR = DEMO_DIR / "sources"
TRUTH_PATH = DEMO_DIR / "truth.json"


def load_truth() -> dict[str, Any]:
    """The parsed ``truth.json``: ``{"articles": ..., "events": ..., "outlets": ...}``."""
    with TRUTH_PATH.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def corpus_files() -> list[Path]:
    """Every importable corpus file, sorted by name."""
    return sorted(p for p in CORPUS_DIR.iterdir() if p.is_file() and not p.name.startswith("."))
