"""Tokens, name-like keys and figures for matching, on text already normalised for matching.

Chinese goes through rjieba (word cut plus part-of-speech tags, which also give person, place
and organisation names); other scripts are split into lower-cased words. Numbers are kept as
tokens because two reports of one event share their figures.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

import rjieba

from . import gazetteer

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"\w+(?:[.,]\d+)*", re.UNICODE)
_DIGITS = re.compile(r"^\d+(?:[.,]\d+)*$")

# rjieba part-of-speech tags of proper nouns: person, transliterated person, place, organisation,
# other proper noun; "eng" is a Latin word inside Chinese text, nearly always a name.
_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz", "eng"})

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ZH_STOP = _words(
    "的 了 是 在 和 与 及 或 也 都 就 而 又 还 被 把 将 对 从 向 于 为 以 之 其 这 那 此 该 有 无 不 没 没有 "
    "我 你 他 她 它 我们 你们 他们 她们 自己 一个 一些 这个 那个 这些 那些 什么 怎么 如何 为什么 吗 呢 吧 啊 "
    "着 过 等 等等 但 但是 因为 所以 如果 虽然 然后 已经 可以 可能 能 会 要 让 给 到 说 称 表示 认为 进行 "
    "通过 由于 以及 并 并且 而且 还是 就是 只是 更 最 很 非常 上 下 中 里 后 前 时 年 月 日 个 今天 目前 "
    "近日 日前 记者 报道 消息 据悉 据 一 二 两")

_LATIN_STOP = _words(
    # English
    "the a an and or but of to in on at for by with from as is are was were be been being it its this "
    "that these those he she they we you i his her their our your not no has have had will would can "
    "could should may might said says say also after before over than then there here about into more "
    "most which who whom what when where why how all any some one two new up out just so if do does did "
    # German
    "der die das den dem des ein eine einer einem einen eines und oder aber auch nicht ist sind war waren "
    "wird werden wurde wurden hat haben hatte sein seine ihre ihr sie er es wir ich du mit von zu im in am "
    "an auf für bei aus nach vor über unter um als wie so noch nur schon sich dass daß zum zur vom bis "
    "durch gegen ohne man kann soll mehr sehr diese dieser dieses jetzt"
    # Spanish, Italian, French, Portuguese
    " el la los las lo un una unos unas y o pero de del al en con por para que es son fue ser se su sus "
    "como más mas le les il lo gli i e di da per che non sono è ha hanno nel nella della delle dei degli "
    "et ou mais des du au aux est sont pour dans par sur qui ne pas plus ce cette ces son sa ses leur "
    "em os as do da dos das no na um uma não"
    # Polish, Turkish
    " i w z na do się nie że jest to od po przez dla jak ale o za oraz ve bir bu da de ile için olarak "
    "daha çok gibi olan")

# Capitalised words that begin sentences or are titles, never names on their own.
_NAME_STOP = _words(
    "the a an in on at for of and but this that these it he she they we i mr mrs ms dr prof "
    "der die das ein eine und in im am auf mit von für es er sie wir ich herr frau "
    "el la los las un una en de del y le les un une et il lo"
    # weekdays and months open many sentences and are no names
    " monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "januar februar märz juni juli oktober dezember")

_UNITS = {"万": 10_000, "亿": 100_000_000}
_FIGURE = re.compile(r"(\d+(?:[.,]\d+)*)\s*([万亿]?)")
_CAPITAL = re.compile(r"\b([A-ZÀ-ÖØ-Þ][\w'’-]{2,}|[A-Z]{2,})")
_BRACKETED = re.compile(r"[（(]\s*([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .'’-]{2,60})\s*[)）]")
_SENTENCE_END = frozenset(".!?:;\"“”«»\n")


def has_han(text: str) -> bool:
    return _HAN.search(text) is not None


def han_ratio(text: str) -> float:
    letters = sum(1 for ch in text if ch.isalpha())
    return len(_HAN.findall(text)) / letters if letters else 0.0


def _keep(token: str) -> bool:
    if not token or token.isspace():
        return False
    if _DIGITS.match(token):
        return True
    if not any(ch.isalnum() for ch in token):
        return False
    return token not in _ZH_STOP and token not in _LATIN_STOP


def tokenize(norm: str) -> tuple[list[str], set[str]]:
    """Content tokens of normalised text, and the proper-noun keys rjieba tags in Chinese text."""
    if not has_han(norm):
        return [t for t in _WORD.findall(norm) if _keep(t) and (len(t) > 1 or t.isdigit())], set()
    tokens: list[str] = []
    names: set[str] = set()
    for raw, tag in rjieba.tag(norm):
        word = raw.strip()
        if not _keep(word):
            continue
        tokens.append(word)
        if tag in _NAME_TAGS and (len(word) >= 2 if has_han(word) else len(word) >= 3):
            names.add(word)
    return tokens, names


def token_counts(norm: str) -> tuple[Counter[str], set[str]]:
    tokens, names = tokenize(norm)
    return Counter(tokens), names


def _number_value(raw: str) -> float | None:
    groups = re.split(r"[.,]", raw)
    if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]) and (len(groups) > 2 or "," in raw):
        raw = "".join(groups)  # thousands separators: 12,500 / 1.250.000
    else:
        raw = raw.replace(",", ".")
        if raw.count(".") > 1:
            return None
    try:
        return float(raw)
    except ValueError:
        return None


def figures(norm: str) -> set[str]:
    """Numbers worth matching on, canonical (12.5万 -> 125000): not single digits."""
    out: set[str] = set()
    for raw, unit in _FIGURE.findall(norm):
        value = _number_value(raw)
        if value is None:
            continue
        value *= _UNITS.get(unit, 1)
        if value < 10 and value == int(value):
            continue
        out.add(f"{value:g}")
    return out


_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]{4,}")


def title_cased(title: str) -> bool:
    """Whether a headline capitalises (nearly) every word of four letters or more, as many English
    outlets do ("Firings at Trump Property Cap Year of Purging Undocumented Workers")."""
    words = _LATIN_WORD.findall(title)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def latin_names(text: str, keep_single: Callable[[str, str], bool] | None = None) -> set[str]:
    """Capitalised words that do not open a sentence, and Latin names bracketed in Chinese text.

    ``text`` is the text as written (NFKC only): case is the signal, so it must not be folded.
    Keys are case-folded so they meet across languages ("Zinoviev" in a German and an English report).

    ``keep_single``, for German, which capitalises every noun: a capitalised word that stands alone
    (no capitalised neighbour: "Fahrgäste", "Polizei", "Angaben") is kept only if
    ``keep_single(word, the 12 characters before it)`` says so (a known place or given name, an
    acronym, a word after "in"). Words in a run are kept ("Michael Okafor", "Deutsche Bahn":
    German writes adjectives in lower case, so two capitalised words in a row are a name). Left in,
    the common nouns made two German reports of any same-kind events share a dozen "names"
    (generated news stream, 3,000 articles, lexical model: pairwise precision 0.873 -> 0.958 with no
    names in pairs with a German article).
    """
    text = unicodedata.normalize("NFKC", text)
    out: set[str] = set()
    for m in _BRACKETED.finditer(text):
        out.update(w.casefold() for w in m.group(1).split() if len(w) >= 3)
    words = list(_CAPITAL.finditer(text))
    for i, m in enumerate(words):
        start = m.start()
        before = text[max(0, start - 3):start].rstrip(" \t")
        if start == 0 or not before or before[-1] in _SENTENCE_END:
            continue
        word = m.group(1).casefold()
        if word in _NAME_STOP or word in _LATIN_STOP:
            continue
        if keep_single is not None:
            left, right = words[i - 1] if i else None, words[i + 1] if i + 1 < len(words) else None
            if not (_joined(text, left, m) or _joined(text, m, right)
                    or keep_single(m.group(1), text[max(0, start - 12):start])):
                continue
        out.add(word)
    return out


# German nouns of amounts that stand next to other capitalised nouns without naming anything
# ("12 Millionen Euro", "Tausende Menschen")
_DE_AMOUNT_NOUNS = _words("millionen million milliarden milliarde tausend tausende hunderte hundert euro dollar "
                          "prozent franken pfund yuan tonnen kilometer meter grad")


# German nouns that follow "in"/"aus" without an article in set phrases ("in Kraft", "aus Angst"):
# no place names, unlike most capitalised words there
DE_SET_PHRASE_NOUNS = _words("kraft frage gefahr betrieb ordnung höhe folge zukunft summe sicherheitsgründen angst "
                             "sorge zeiten teilen richtung zusammenarbeit absprache abstimmung anwesenheit "
                             "begleitung haft panik")


def _joined(text: str, left: re.Match[str] | None, right: re.Match[str] | None) -> bool:
    """Whether two capitalised words stand next to each other (a space or hyphen apart), neither
    of them a stop word ("Die Polizei" opens a sentence: no run) or an amount ("Millionen Euro")."""
    if left is None or right is None or text[left.end():right.start()] not in (" ", "-"):
        return False
    return all(w.group(1).casefold() not in _NAME_STOP and w.group(1).casefold() not in _LATIN_STOP
               and w.group(1).casefold() not in _DE_AMOUNT_NOUNS for w in (left, right))


_ADMIN_SUFFIXES = "省市县镇乡村区"  # 岚江省 is "Lanjiang province" in English: romanised without it
_MIN_PINYIN = 5  # shorter romanisations (he, li, wang) collide with unrelated Latin words and names


@lru_cache(maxsize=65536)
def _syllables(name: str) -> list[str]:
    """Toneless pinyin syllables of a Chinese name (25 us a name: cached). pypinyin is imported on
    the first Chinese name: its dictionaries (phrases too, which read 长沙 as Changsha, not
    Zhangsha) cost 57 MB, which a stream without Chinese never pays."""
    from pypinyin import Style, lazy_pinyin  # noqa: PLC0415

    return list(lazy_pinyin(name, style=Style.NORMAL, errors="ignore"))


def pinyin_keys(names: set[str]) -> set[str]:
    """Latin name keys of Chinese names, as an English or German report romanises them: 岚江 and
    岚江省 -> ``lanjiang`` (Lanjiang, Lanjiang province), and for a three-character personal name
    its given name too, which English writes as one word (王建国 -> ``wangjianguo``, ``jianguo``:
    Wang Jianguo). Places and people the gazetteer does not know meet across scripts only this way."""
    out: set[str] = set()
    for found in names:
        name = found[:-1] if len(found) >= 3 and found[-1] in _ADMIN_SUFFIXES else found
        if not 2 <= len(name) <= 4 or not all("\u4e00" <= c <= "\u9fff" for c in name):
            continue
        syllables = _syllables(name)
        if len(syllables) != len(name):
            continue
        whole = "".join(syllables)
        if len(whole) >= _MIN_PINYIN:
            out.add(whole)
        if len(name) == 3 and name[0] in gazetteer.ZH_HAN_SURNAMES and len(syllables[1] + syllables[2]) >= _MIN_PINYIN:
            out.add(syllables[1] + syllables[2])
    return out
