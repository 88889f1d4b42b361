"""Incremental story clustering over invented reports (zh-Hans, zh-Hant, English, German)."""

from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from storyline.analyze.features import E5_DIM, Signals, add_e5, compute_signals_batch
from storyline.analyze.stories import CALIBRATION, StoryIndex, StoryParams
from storyline.errors import ConfigError


@dataclass
class Doc:
    id: str
    title: str | None
    text: str
    language: str | None = None
    published: datetime | None = None


DAY = datetime(2025, 3, 4, 9, 0)

BRIDGE_HANS = Doc(
    "bridge-hans", "林登堡港口大桥因钢梁裂缝关闭四个月",
    "林登堡市议会周二投票决定，关闭老港口大桥进行维修。检查人员在大桥的两根钢制支柱上发现了裂缝。\n\n"
    "市长卡罗琳·韦伯（Caroline Weber）表示，封闭将持续至少四个月，维修费用约为1200万欧元。每天约有3.5万辆汽车"
    "经过这座大桥，市政府建议司机绕行北部环路。", "zh-Hans")
BRIDGE_HANT = Doc(
    "bridge-hant", "林登堡港口大橋發現裂縫 將封閉至少四個月",
    "林登堡市長韋伯（Caroline Weber）週二宣布，老港口大橋因兩根鋼製支柱出現裂縫，將封閉維修至少四個月。\n\n"
    "市議會當天投票通過封橋決定，維修預計耗資1200萬歐元。這座大橋每日車流量約3.5萬輛，當局呼籲駕駛人改走北環路。",
    "zh-Hant")
BRIDGE_HANS_2 = Doc(
    "bridge-hans-2", "裂缝威胁安全 林登堡老港口大桥封闭维修",
    "据当地媒体报道，林登堡老港口大桥将从下周起封闭。市长卡罗琳·韦伯（Caroline Weber）说，检查发现两根钢支柱存在"
    "裂缝，必须立即维修。\n\n工程预计耗资1200万欧元，至少需要四个月。大桥日均通行车辆约3.5万辆。", "zh-Hans")
BRIDGE_EN = Doc(
    "bridge-en", "Lindenbrook closes harbour bridge after cracks found in steel supports",
    "The city council of Lindenbrook voted on Tuesday to close the old harbour bridge for repairs after inspectors "
    "found cracks in two steel supports.\n\nMayor Caroline Weber said the closure would last at least four months "
    "and cost about 12 million euros. Some 35,000 cars cross the bridge every day.", "en")
BRIDGE_DE = Doc(
    "bridge-de", "Lindenbrook sperrt Hafenbrücke wegen Rissen in Stahlstützen",
    "Der Stadtrat von Lindenbrook hat am Dienstag beschlossen, die alte Hafenbrücke zu sperren, nachdem Prüfer Risse "
    "an zwei Stahlstützen gefunden hatten.\n\nBürgermeisterin Caroline Weber sagte, die Sperrung werde mindestens vier "
    "Monate dauern und rund 12 Millionen Euro kosten. Täglich fahren etwa 35.000 Autos über die Brücke.", "de")
PANDA = Doc(
    "panda", "南山动物园大熊猫产下双胞胎",
    "南山动物园周日宣布，园内大熊猫圆月产下一对双胞胎幼崽，母子平安。\n\n饲养员表示，两只幼崽体重分别为150克和"
    "180克，目前由兽医团队二十四小时看护。动物园预计明年春天向游客展出幼崽。", "zh-Hans")
BACKGROUND = [
    Doc("bg-football", "河滨队主场三比一击败山城队",
        "在周六晚进行的联赛第十二轮比赛中，河滨队主场以3比1战胜山城队，前锋李明梅开二度。\n\n"
        "赛后主教练表示，球队的防守还有待加强。", "zh-Hans"),
    Doc("bg-rain", "气象台发布暴雨黄色预警",
        "市气象台周一发布暴雨黄色预警，预计未来24小时内东部地区将出现大到暴雨，局部地区伴有雷电。\n\n"
        "防汛部门提醒市民减少外出。", "zh-Hans"),
    Doc("bg-prices", "三月份蔬菜价格小幅上涨",
        "统计局周三公布的数据显示，三月份本市蔬菜平均价格比上月上涨2.3%，其中叶菜类涨幅最大。\n\n"
        "业内人士认为，价格上涨主要受天气影响。", "zh-Hans"),
    Doc("bg-school", "Neue Grundschule in Oberfeld eröffnet",
        "In Oberfeld hat am Montag eine neue Grundschule mit zwölf Klassenräumen eröffnet.\n\n"
        "Die Gemeinde investierte rund 9 Millionen Euro in den Bau.", "de"),
    Doc("bg-train", "Rail strike halts trains across the northern region",
        "A strike by train drivers stopped most services in the northern region on Wednesday.\n\n"
        "The union demands a pay rise of 8 percent; talks resume next week.", "en"),
]


def signals(*docs: Doc, embed: bool = True, when: datetime | None = None) -> list[Signals]:
    if when is not None:
        docs = tuple(Doc(d.id, d.title, d.text, d.language, when) for d in docs)
    return compute_signals_batch(list(docs), embed=embed)


@pytest.fixture(params=[True, False], ids=["embed", "lexical"])
def embed(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)


def fed(embed: bool, *docs: Doc, when: datetime | None = DAY) -> StoryIndex:
    index = StoryIndex(StoryParams.load(embed=embed))
    for s in signals(*BACKGROUND, embed=embed, when=when):
        index.assign(s)
    for s in signals(*docs, embed=embed, when=when):
        index.assign(s)
    return index


def test_reports_in_both_chinese_scripts_join_one_story(embed: bool) -> None:
    index = fed(embed, BRIDGE_HANS, BRIDGE_HANT, BRIDGE_HANS_2, PANDA)
    story = index.story_of("bridge-hans")
    assert story is not None
    assert index.story_of("bridge-hant") == story and index.story_of("bridge-hans-2") == story
    assert index.story_of("panda") != story
    assert index.stories()[story] == ["bridge-hans", "bridge-hant", "bridge-hans-2"]


def test_assignment_reports_probability_and_new_stories() -> None:
    index = StoryIndex(StoryParams.load(embed=True))
    hans, hant, panda = signals(BRIDGE_HANS, BRIDGE_HANT, PANDA, when=DAY)
    first = index.assign(hans)
    assert first.new_story and first.probability == 1.0
    second = index.assign(hant)
    assert not second.new_story and second.story_key == first.story_key and second.probability >= 0.5
    third = index.assign(panda)
    assert third.new_story and third.story_key != first.story_key
    assert index.assign(hant) == type(second)(first.story_key, 1.0, False)  # already assigned: unchanged


def test_undated_articles_still_cluster(embed: bool) -> None:
    index = fed(embed, BRIDGE_HANS, BRIDGE_HANT, PANDA, when=None)
    assert index.story_of("bridge-hans") == index.story_of("bridge-hant") != index.story_of("panda")


def test_cross_language_report_joins_with_embeddings() -> None:
    index = fed(True, BRIDGE_EN, BRIDGE_DE, PANDA)
    assert index.story_of("bridge-de") == index.story_of("bridge-en") != index.story_of("panda")


def test_forty_days_later_needs_a_much_stronger_match() -> None:
    index = StoryIndex(StoryParams.load(embed=True))
    for s in signals(*BACKGROUND, BRIDGE_HANS, BRIDGE_HANT, when=DAY):
        index.assign(s)
    key = index.story_of("bridge-hans")
    assert key is not None
    same_day, = signals(BRIDGE_HANS_2, when=DAY + timedelta(days=1))
    late, = signals(BRIDGE_HANS_2, when=DAY + timedelta(days=40))
    near, far = index.probability(same_day, key), index.probability(late, key)
    assert near >= 0.5 and far < near - 0.3
    assignment = index.assign(late)
    assert assignment.new_story and index.span(key) == (DAY, DAY)


def test_recluster_is_deterministic(embed: bool) -> None:
    docs = [*BACKGROUND, BRIDGE_HANS, BRIDGE_HANT, BRIDGE_HANS_2, BRIDGE_EN, PANDA]
    dated = [Doc(d.id, d.title, d.text, d.language, DAY + timedelta(hours=i % 3)) for i, d in enumerate(docs)]
    all_signals = signals(*dated, embed=embed)
    index = StoryIndex(StoryParams.load(embed=embed))
    first = index.recluster(all_signals)
    shuffled = list(all_signals)
    random.Random(7).shuffle(shuffled)
    for s in all_signals:
        s.cache.clear()
    second = StoryIndex(StoryParams.load(embed=embed)).recluster(shuffled)
    assert first == second
    assert index.recluster(reversed(all_signals)) == first
    assert first["bridge-hans"] == first["bridge-hant"]


def test_consolidate_merges_stories_that_converged(embed: bool) -> None:
    index = StoryIndex(StoryParams.load(embed=embed))
    for s in signals(*BACKGROUND, embed=embed, when=DAY):
        index.assign(s)
    hans, hant, hans2 = signals(BRIDGE_HANS, BRIDGE_HANT, BRIDGE_HANS_2, embed=embed, when=DAY)
    index.add_story("old-1", [hans])
    index.add_story("old-2", [hant, hans2])
    assert index.story_of("bridge-hans") != index.story_of("bridge-hant")
    result = index.consolidate(full=True)
    assert result.merged == [("old-2", "old-1")]
    assert result.moved == {"bridge-hant": "old-1", "bridge-hans-2": "old-1"}
    assert index.stories()["old-1"] == ["bridge-hans", "bridge-hant", "bridge-hans-2"]
    assert "old-2" not in index.stories()


def _vector_signals(article_id: str, weights: dict[int, float], published: datetime | None = None) -> Signals:
    vector = np.zeros(512, dtype=np.float32)
    for axis, w in weights.items():
        vector[axis] = w
    vector /= np.linalg.norm(vector)
    return Signals(id=article_id, language="en", published=published, title=article_id, lead="", title_only=False,
                   embedding=vector, title_tf={}, full_tf={}, names=frozenset(), figures=frozenset())


def test_consolidate_merges_two_stories_only_when_their_members_agree_on_average() -> None:
    """Same-event probability sigmoid(8 cos - 4): b1 matches a1 (0.92), but the rest of story b does
    not match story a (0.03-0.31), so one member's likeness must not pull the whole story over."""
    params = StoryParams(terms=("emb",), weights=(-4.0, 8.0))
    a1, a2 = _vector_signals("a1", {0: 1.0}), _vector_signals("a2", {0: 0.5, 4: 0.866})
    b1 = _vector_signals("b1", {0: 0.8, 1: 0.6})
    b2, b3 = _vector_signals("b2", {0: 0.2, 1: 0.733, 2: 0.65}), _vector_signals("b3", {0: 0.2, 1: 0.733, 3: 0.65})
    index = StoryIndex(params)
    index.add_story("a", [a1, a2])
    index.add_story("b", [b1, b2, b3])
    assert index.consolidate(full=True).merged == []
    assert index.stories() == {"a": ["a1", "a2"], "b": ["b1", "b2", "b3"]}
    # once the rest of b is as close to a as b1 is, the stories are one
    index = StoryIndex(params)
    index.add_story("a", [a1, a2])
    index.add_story("b", [b1, _vector_signals("b2", {0: 0.8, 1: 0.5, 2: 0.33})])
    assert index.consolidate(full=True).merged == [("b", "a")]


def test_a_story_whose_first_member_is_unlike_the_other_still_merges_when_the_rest_carry_the_average() -> None:
    """Same-event probability sigmoid(8 cos - 4). Story b's first member matches story a at 0.14,
    its other three at 0.95: mean 0.74, above the merge threshold 0.7, so b joins a. Scoring stops
    for a story only once its total plus one per member left cannot reach 0.7 x 4 (after b1:
    0.14 + 3 >= 2.8). Story a's own members mostly do not match b (mean 0.25): the merge comes
    from b's side."""
    params = StoryParams(terms=("emb",), weights=(-4.0, 8.0))
    index = StoryIndex(params)
    index.add_story("a", [_vector_signals("a1", {0: 0.9, 5: 0.436}),
                          *(_vector_signals(f"a{i}", {5: 1.0}) for i in (2, 3, 4))])
    index.add_story("b", [_vector_signals("b1", {0: 0.3, 1: 0.954}),
                          *(_vector_signals(f"b{i}", {0: 0.95, 1: 0.312}) for i in (2, 3, 4))])
    result = index.consolidate(full=True)
    assert result.merged == [("b", "a")] and not result.moved.keys() - {"b1", "b2", "b3", "b4"}


def test_the_time_bonus_comes_from_the_member_matched_not_the_story_span() -> None:
    """Same-event logit 8 cos - 4 = -0.5 against member m0, +1 when dated within half a day of the
    member it matches. Dated inside the story's span (days 0-4) but two days from m0, the article
    gets no bonus: a story that spans weeks must not lend it to everything in those weeks."""
    params = StoryParams(terms=("emb",), weights=(-4.0, 8.0), near_bonus=1.0, time_grace_days=0.5)
    day0 = datetime(2026, 3, 2, 8, 0)
    members = [_vector_signals("m0", {0: 1.0}, day0), _vector_signals("m4", {1: 1.0}, day0 + timedelta(days=4))]
    close_to_m0 = {0: 0.4375, 2: 0.8992}  # cosine 0.4375 with m0, 0 with m4
    index = StoryIndex(params)
    index.add_story("s", members)
    assert index.assign(_vector_signals("day2", close_to_m0, day0 + timedelta(days=2))).new_story
    index = StoryIndex(params)
    index.add_story("s", members)
    joined = index.assign(_vector_signals("hours6", close_to_m0, day0 + timedelta(hours=6)))
    assert joined.story_key == "s" and joined.probability == pytest.approx(1 / (1 + math.exp(-0.5)), abs=0.01)


def _placed(article_id: str, weights: dict[int, float], *places: str) -> Signals:
    s = _vector_signals(article_id, weights, datetime(2026, 3, 2, 8, 0))
    s.main_places = s.places = frozenset(places)
    return s


def test_a_story_placed_elsewhere_does_not_take_in_an_article_through_one_wrong_member() -> None:
    """Same-event logit 8 cos - 4, -2 for a place conflict. The Dresden story wrongly holds one
    Hamburg report; a second Hamburg report matches that member (cosine 0.6: logit +0.8, no
    conflict between the two) but not the story's own place, which costs it the conflict's -2."""
    params = StoryParams(terms=("emb", "place_clash"), weights=(-4.0, 8.0, -2.0), near_bonus=0.0)
    story = [_placed("d1", {0: 1.0}, "dresden"), _placed("d2", {1: 1.0}, "dresden"),
             _placed("h1", {5: 1.0}, "hamburg")]
    for article, joins in ((_placed("h2", {5: 0.6, 6: 0.8}, "hamburg"), False),
                           (_placed("h2-unplaced", {5: 0.6, 6: 0.8}), True),
                           (_placed("h2-dresden-too", {5: 0.6, 6: 0.8}, "hamburg", "dresden"), True),
                           (_placed("h2-germany", {5: 0.6, 6: 0.8}, "germany"), True)):  # another scale
        index = StoryIndex(params)
        index.add_story("dresden", story)
        assignment = index.assign(article)
        assert (assignment.story_key == "dresden") is joins, article.id
        if joins:
            assert assignment.probability == pytest.approx(1 / (1 + math.exp(-0.8)), abs=0.01)


def test_a_story_takes_its_place_from_members_that_joined_after_it_was_first_asked() -> None:
    """One placed member gives a story no place of its own; the second Dresden report that joins
    does, and the next Hamburg report pays for it (the story's votes are counted again)."""
    params = StoryParams(terms=("emb", "place_clash"), weights=(-4.0, 8.0, -2.0), near_bonus=0.0)
    index = StoryIndex(params)
    index.add_story("dresden", [_placed("d1", {0: 1.0}, "dresden"), _placed("h1", {5: 1.0}, "hamburg")])
    assert index.assign(_placed("h2", {5: 0.6, 6: 0.8}, "hamburg")).story_key == "dresden"  # 1 Dresden vote of 2
    index = StoryIndex(params)
    index.add_story("dresden", [_placed("d1", {0: 1.0}, "dresden"), _placed("h1", {5: 1.0}, "hamburg")])
    index.assign(_placed("h-far", {7: 1.0}, "hamburg"))  # asks the story's place, joins nothing
    assert index.assign(_placed("d2", {0: 0.9, 1: 0.436}, "dresden")).story_key == "dresden"
    assert index.assign(_placed("h2", {5: 0.6, 6: 0.8}, "hamburg")).new_story  # now 2 Dresden votes of 3


def test_a_story_counts_its_place_votes_again_after_a_split_and_a_move_in() -> None:
    """The Hamburg drifter x leaves the story and the placeless m moves in from another story: the
    member count is 3 again, but the votes are now Dresden 1, Hamburg 1, so a Dresden report that
    matches d1 (cosine 0.6: logit +0.8) pays no place conflict and joins. Votes cached by the
    member count alone still said Hamburg, and it started a story of its own."""
    params = StoryParams(terms=("emb", "place_clash"), weights=(-4.0, 8.0, -2.0), near_bonus=0.0)
    index = StoryIndex(params)
    index.add_story("s", [_placed("d1", {0: 1.0}, "dresden"), _placed("h1", {0: 0.8, 5: 0.6}, "hamburg"),
                          _placed("x", {9: 1.0}, "hamburg")])
    index.add_story("t", [_placed("y1", {20: 1.0}), _placed("y2", {20: 1.0}), _placed("m", {0: 1.0})])
    assert index.probability(_placed("h-probe", {0: 1.0}, "hamburg"), "s") > 0.9  # votes taken: Hamburg
    result = index.consolidate(full=True)
    assert index.stories()["s"] == ["d1", "h1", "m"] and "x" in result.moved
    assert index.assign(_placed("d3", {0: 0.6, 7: 0.8}, "dresden")).story_key == "s"


def test_consolidate_splits_a_member_that_drifted() -> None:
    index = StoryIndex(StoryParams.load(embed=True))
    for s in signals(*BACKGROUND, when=DAY):
        index.assign(s)
    index.add_story("mixed", signals(BRIDGE_HANS, BRIDGE_HANT, PANDA, when=DAY))
    result = index.consolidate(full=True)
    assert "panda" in result.moved and index.story_of("panda") != "mixed"
    assert index.stories()["mixed"] == ["bridge-hans", "bridge-hant"]


def test_articles_that_left_the_near_window_drop_their_derived_caches_not_their_story() -> None:
    index = StoryIndex(StoryParams.load(embed=False, block=1))  # prune after every arrival
    hans, hant = signals(BRIDGE_HANS, BRIDGE_HANT, embed=False, when=DAY)
    index.assign(hans)
    index.assign(hant)  # compared with hans: both cache their log term frequencies and norms
    assert hans.cache and hant.cache
    later = signals(*BACKGROUND, embed=False, when=DAY + timedelta(days=30))
    for s in later:
        index.assign(s)
    assert not hans.cache and not hant.cache  # a month old: outside the near window
    assert index.story_of("bridge-hans") == index.story_of("bridge-hant")  # membership kept


def test_broken_calibration_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "calibration.json"
    path.write_text("{}", encoding="utf-8")
    with pytest.raises(ConfigError):
        StoryParams.load(path=path)
    data = json.loads(CALIBRATION.read_text(encoding="utf-8"))
    del data["models"]["embed_use"]  # e5 terms are only asked for after the first-pass model
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ConfigError, match="embed_use"):
        StoryParams.load(path=path)
    assert StoryParams.load(embed=False, path=path).fallback_terms == ()


class CountingEncoder:
    """The real e5 encoder, recording which articles it was asked for."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def __call__(self, batch: list[Signals]) -> None:
        self.asked += [str(s.id) for s in batch]
        add_e5(batch)


def test_e5_is_computed_only_where_the_use_model_is_unsure() -> None:
    en, de, panda, train = signals(BRIDGE_EN, BRIDGE_DE, PANDA, BACKGROUND[-1], when=DAY)
    assert en.embedding is not None and de.embedding is not None and panda.embedding is not None
    assert en.e5 is None  # not computed up front
    sure_same = float(en.embedding @ de.embedding)
    unrelated = max(float(panda.embedding @ en.embedding), float(panda.embedding @ de.embedding),
                    float(train.embedding @ en.embedding), float(train.embedding @ de.embedding),
                    float(panda.embedding @ train.embedding))
    assert sure_same > unrelated + 0.25
    # A fallback (USE only) model for which the bridge pair is a coin toss and the rest are far below it.
    params = StoryParams(terms=("emb", "e5"), weights=(-20 * sure_same, 20.0, 4.0), fallback_terms=("emb",),
                         fallback_weights=(-20 * sure_same, 20.0), e5_band=(0.1, 0.9), near_bonus=0.0)
    encoder = CountingEncoder()
    index = StoryIndex(params, encoder)
    for s in (en, de, panda, train):
        index.assign(s)
    assert sorted(encoder.asked) == ["bridge-de", "bridge-en"]
    assert en.e5 is not None and de.e5 is not None and panda.e5 is None and train.e5 is None
    assert sorted(str(s.id) for s in index.take_encoded()) == ["bridge-de", "bridge-en"]
    assert index.take_encoded() == []  # drained
    # The pair was decided by the model with e5: e5 agrees, so the German report joins.
    assert index.story_of("bridge-de") == index.story_of("bridge-en") != index.story_of("panda")


def test_clustering_does_not_depend_on_which_e5_vectors_exist() -> None:
    docs = [*BACKGROUND, BRIDGE_HANS, BRIDGE_HANT, BRIDGE_EN, BRIDGE_DE, PANDA]
    dated = [Doc(d.id, d.title, d.text, d.language, DAY + timedelta(hours=i % 3)) for i, d in enumerate(docs)]
    lazy = StoryIndex(StoryParams.load(embed=True), CountingEncoder())
    eager = StoryIndex(StoryParams.load(embed=True))  # every vector given, no encoder
    assert lazy.recluster(signals(*dated)) == eager.recluster(compute_signals_batch(dated, e5=True))


def test_consolidation_merges_on_the_first_pass_model_and_never_runs_the_encoder() -> None:
    """First pass sigmoid(8 cos - 4); with e5 sigmoid(8 cos - 4 + 4 e5). Story b's members are
    unsure against a1 (cosine 0.55, p 0.60): their e5 vectors equal a1's, so e5 would lift them to
    p 0.9999, over the merge threshold 0.7; but merges are the first pass's to decide, so the
    stories stay apart and nothing is encoded. Story c (cosine 0.7, p 0.83) merges into a, whatever
    e5 (stored, and opposite) says of it."""
    params = StoryParams(terms=("emb", "e5"), weights=(-4.0, 8.0, 4.0), fallback_terms=("emb",),
                         fallback_weights=(-4.0, 8.0), e5_band=(0.1, 0.9), e5_min_cover=-1.0, near_bonus=0.0)
    a1 = _vector_signals("a1", {0: 1.0})
    b = [_vector_signals("b1", {0: 0.55, 1: 0.835}), _vector_signals("b2", {0: 0.55, 2: 0.835})]
    c = [_vector_signals("c1", {0: 0.7, 3: 0.714}), _vector_signals("c2", {0: 0.7, 4: 0.714})]
    a1.e5 = np.eye(E5_DIM, dtype=np.float32)[0]
    for s in c:
        s.e5 = -a1.e5
    asked: list[str] = []

    def encoder(batch: list[Signals]) -> None:  # e5 finds every article asked about like a1
        asked.extend(str(s.id) for s in batch)
        for s in batch:
            s.e5 = a1.e5

    index = StoryIndex(params, encoder)
    index.add_story("a", [a1])
    index.add_story("b", b)
    index.add_story("c", c)
    assert index.consolidate(full=True).merged == [("c", "a")]
    assert asked == []
    assert index.stories() == {"a": ["a1", "c1", "c2"], "b": ["b1", "b2"]}
    assert index.probability(b[0], "a") > 0.99 and index.probability(c[0], "a") < 0.7  # what e5 says


def test_assignment_does_not_encode_a_story_that_e5_could_not_lift_over_the_threshold() -> None:
    """First pass sigmoid(8 cos - 4), with e5 sigmoid(8 cos - 4 + 0.5 e5), e5 at most 2 (cosine 1).
    Both stories are unsure for the first pass (y1: cosine 0.45, p 0.40; x1: 0.3, p 0.17), but
    even a perfect e5 cosine leaves x1 below the join threshold (8 * 0.3 - 4 + 1 < 0), so only y1
    is encoded; e5 then finds y1 unrelated, and the article starts a story of its own."""
    params = StoryParams(terms=("emb", "e5"), weights=(-4.0, 8.0, 0.5), fallback_terms=("emb",),
                         fallback_weights=(-4.0, 8.0), e5_band=(0.1, 0.9), e5_min_cover=-1.0, near_bonus=0.0)
    x1 = _vector_signals("x1", {0: 0.3, 1: 0.954})
    y1 = _vector_signals("y1", {0: 0.45, 2: 0.893})
    article = _vector_signals("new", {0: 1.0})
    asked: list[str] = []

    def encoder(batch: list[Signals]) -> None:
        for s in batch:
            asked.append(str(s.id))
            s.e5 = np.eye(E5_DIM, dtype=np.float32)[len(asked)]

    index = StoryIndex(params, encoder)
    index.add_story("x", [x1])
    index.add_story("y", [y1])
    assignment = index.assign(article)
    assert sorted(asked) == ["new", "y1"]
    assert assignment.new_story and assignment.story_key not in ("x", "y")


def test_e5_is_not_asked_for_a_pair_that_shares_nothing() -> None:
    en, train = signals(BRIDGE_EN, BACKGROUND[-1], when=DAY)
    assert en.embedding is not None and train.embedding is not None and en.language == train.language
    unsure = float(en.embedding @ train.embedding)  # a coin toss for the first-pass model
    params = StoryParams(terms=("emb", "e5"), weights=(-20 * unsure - 0.5, 20.0, 40.0), fallback_terms=("emb",),
                         fallback_weights=(-20 * unsure - 0.5, 20.0), e5_band=(0.1, 0.9), near_bonus=0.0)
    encoder = CountingEncoder()
    index = StoryIndex(params, encoder)
    index.assign(en)
    index.assign(train)
    assert encoder.asked == []  # one language, no shared name, no shared headline word
    assert index.story_of("bridge-en") != index.story_of("bg-train")


def test_the_first_pass_model_is_shifted_onto_the_join_threshold(tmp_path: Path) -> None:
    data = json.loads(CALIBRATION.read_text(encoding="utf-8"))
    own = float(data["models"]["embed_use"]["threshold"])
    data["models"]["embed_use"]["threshold"] = 0.6  # its own threshold differs from the e5 model's
    path = tmp_path / "calibration.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    shifted, plain = StoryParams.load(path=path), StoryParams.load()
    assert shifted.threshold == plain.threshold == 0.5
    # p = 0.6 under the first-pass model must read as p = 0.5 (joining) after the shift
    assert shifted.fallback_weights[0] - plain.fallback_weights[0] == pytest.approx(
        -math.log(0.6 / 0.4) + math.log(own / (1 - own)))
    assert shifted.fallback_weights[1:] == plain.fallback_weights[1:]
