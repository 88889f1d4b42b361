"""Copy groups: exact duplicates and near duplicates in Chinese, English and German."""

from __future__ import annotations

from datetime import datetime

import pytest

from storyline.analyze.copies import (
    CopyIndex,
    SignatureError,
    shingles,
    signature_from_bytes,
    text_hash,
)
from storyline.extract.normalize import normalize_for_matching as norm
from storyline.extract.normalize import to_traditional

ZH = (
    "林登堡市议会周二投票决定，关闭老港口大桥进行维修。检查人员在大桥的两根钢制支柱上发现了裂缝，"
    "认为继续通车存在安全隐患。市长卡罗琳·韦伯表示，封闭将持续至少四个月，维修费用约为1200万欧元，"
    "由市政府和州政府共同承担。每天约有3.5万辆汽车经过这座建于1962年的大桥，市政府建议司机在封闭期间"
    "绕行北部环路，并将增开两条公交线路。附近商户担心生意受到影响，商会已要求市政府提供临时补贴。"
    "韦伯说，维修完成后大桥的限重将提高到四十吨，货车也可以重新通行。"
)
ZH_OTHER = (
    "南山动物园周日宣布，园内大熊猫圆月产下一对双胞胎幼崽，母子平安。饲养员表示，两只幼崽体重分别为"
    "150克和180克，目前由兽医团队二十四小时看护。动物园预计明年春天向游客展出幼崽，届时将举行命名活动，"
    "市民可以通过网络投票为幼崽取名。圆月是在2019年从外地动物园借来的，这是它第一次生育。"
)
ZH_SAME_EVENT = (
    "据当地媒体报道，林登堡老港口大桥将从下周起封闭。市长卡罗琳·韦伯说，检查发现两根钢支柱存在裂缝，"
    "必须立即维修，工程预计耗资1200万欧元，至少需要四个月。这座大桥日均通行车辆约3.5万辆，"
    "交通部门已经公布了绕行方案，建议市民尽量乘坐公共交通出行。"
)
EN = (
    "The city council of Lindenbrook voted on Tuesday to close the old harbour bridge for repairs after "
    "inspectors found cracks in two of its steel supports. Mayor Caroline Weber said the closure would last "
    "at least four months and cost about 12 million euros, shared between the city and the state. Some "
    "35,000 cars cross the bridge every day; drivers are asked to use the northern ring road, and two extra "
    "bus lines will run during the works. Shop owners near the bridge fear losing customers and have asked "
    "for temporary support. Once repaired, the bridge will carry trucks of up to forty tonnes again."
)
EN_SAME_TOPIC = (
    "Lindenbrook's harbour bridge will shut next week. Engineers discovered damage to steel pillars during "
    "a routine check, and the mayor, Caroline Weber, told reporters the work would take months. Traffic "
    "planners expect long queues on the ring road, and local traders want the council to help them through "
    "the closure. The bridge opened in 1962 and was last renovated twenty years ago."
)
DE = (
    "Der Stadtrat von Lindenbrook hat am Dienstag beschlossen, die alte Hafenbrücke für Reparaturen zu sperren. "
    "Prüfer hatten Risse an zwei Stahlstützen entdeckt. Bürgermeisterin Caroline Weber sagte, die Sperrung "
    "werde mindestens vier Monate dauern und rund 12 Millionen Euro kosten. Täglich fahren etwa 35.000 Autos "
    "über die Brücke; Autofahrer sollen den nördlichen Ring nutzen, und zwei zusätzliche Buslinien werden "
    "eingesetzt. Geschäftsleute in der Nähe fürchten Umsatzeinbußen und fordern eine Überbrückungshilfe."
)


def edited_repost(text: str, header: str, footer: str, old: str, new: str) -> str:
    return f"{header}{text.replace(old, new)}{footer}"


def test_exact_duplicate_ignores_case_width_and_spacing() -> None:
    index = CopyIndex()
    assert index.add("a", norm(EN)) is None
    match = index.add("b", norm("  " + EN.upper().replace(" ", "   ")))
    assert match is not None and match.exact and match.canonical_id == "a" and match.similarity == 1.0
    assert text_hash(norm(EN)) == text_hash(norm(EN + "\n"))


def test_traditional_repost_is_an_exact_duplicate() -> None:
    index = CopyIndex()
    index.add("hans", norm(ZH))
    match = index.add("hant", norm(to_traditional(ZH)))
    assert match is not None and match.canonical_id == "hans"


@pytest.mark.parametrize(("original", "repost"), [
    (ZH, edited_repost(ZH, "【转载】来源：林登堡日报 ", " （责任编辑：王明）", "周二", "本周二")),
    (EN, edited_repost(EN, "LINDENBROOK (Wire) - ", " Reporting by Anna Berg; editing by Tom Hale.",
                       "about 12 million", "roughly 12 million")),
    (DE, edited_repost(DE, "Lindenbrook (dpa) - ", " (Quelle: Nachrichtenagentur)", "rund 12", "etwa 12")),
])
def test_edited_repost_is_a_near_duplicate(original: str, repost: str) -> None:
    index = CopyIndex()
    index.add("original", norm(original), datetime(2025, 3, 4, 9))
    match = index.add("repost", norm(repost), datetime(2025, 3, 4, 11))
    assert match is not None and not match.exact
    assert match.canonical_id == "original" and 0.8 <= match.similarity < 1.0


@pytest.mark.parametrize(("first", "second"), [(ZH, ZH_SAME_EVENT), (ZH, ZH_OTHER), (EN, EN_SAME_TOPIC), (EN, DE)])
def test_different_articles_are_not_copies(first: str, second: str) -> None:
    index = CopyIndex()
    index.add(1, norm(first))
    assert index.add(2, norm(second)) is None


def test_earliest_article_becomes_canonical() -> None:
    index = CopyIndex()
    index.add("late", norm(EN), datetime(2025, 3, 5))
    index.add("later", norm(EN + " Updated."), datetime(2025, 3, 6))
    match = index.add("early", norm("Updated: " + EN), datetime(2025, 3, 4))
    assert match is not None and match.canonical_id == "early" and match.previous_canonical == "late"
    assert index.group("later") == ["early", "late", "later"]
    assert index.canonical_of("late") == "early"


def test_credited_outlet_is_canonical() -> None:
    index = CopyIndex()
    index.add("portal", norm(EN), datetime(2025, 3, 4, 8), outlet="Portal News", credits=["Lindenbrook Daily"])
    match = index.add("daily", norm(EN + " More later."), datetime(2025, 3, 4, 10), outlet="Lindenbrook Daily")
    assert match is not None and match.canonical_id == "daily"
    index2 = CopyIndex()
    index2.add("daily", norm(EN), datetime(2025, 3, 4, 10), outlet="Lindenbrook Daily")
    match2 = index2.add("portal", norm(EN + " More."), datetime(2025, 3, 4, 8), credits=["lindenbrook daily"])
    assert match2 is not None and match2.canonical_id == "daily"


def test_signatures_persist_and_reload() -> None:
    index = CopyIndex()
    index.add("a", norm(DE))
    stored = index.signature("a")
    assert stored is not None and len(stored) == 128 * 8
    restored = CopyIndex()
    assert restored.add_signature("a", text_hash(norm(DE)), stored) is None
    repost = edited_repost(DE, "Lindenbrook (dpa) - ", "", "rund 12", "etwa 12")
    match = restored.add("b", norm(repost))
    assert match is not None and match.canonical_id == "a"
    with pytest.raises(SignatureError):
        signature_from_bytes(b"short")


def test_headlines_only_match_exactly() -> None:
    assert len(shingles(norm("林登堡港口大桥关闭"))) < 12
    index = CopyIndex()
    index.add(1, norm("Lindenbrook closes harbour bridge"))
    assert index.add(2, norm("Lindenbrook closes harbour bridge!")) is None
    assert index.add(3, norm("Lindenbrook  closes harbour bridge")) is not None
    assert index.signature(1) is None


def test_articles_older_than_the_window_are_no_longer_matched_but_keep_their_group() -> None:
    index = CopyIndex(window_days=10, undated_window=2)
    index.add("original", norm(EN), datetime(2025, 3, 1))
    assert index.add("repost", norm(EN + " Updated."), datetime(2025, 3, 2)) is not None
    index.add("other", norm(DE), datetime(2025, 3, 20))  # the window moves on: March 1 and 2 leave it
    assert index.add("late-copy", norm(EN), datetime(2025, 3, 21)) is None  # exact ones: the store finds them
    assert index.group("repost") == ["original", "repost"]
    # undated articles: the last two stay matchable
    index.add("u1", norm(EN_SAME_TOPIC))
    index.add("u2", norm(ZH))
    index.add("u3", norm(DE + " Mehr später."))  # a copy of "other", which is dated and in the window
    assert index.canonical_of("u3") == "other"
    assert index.add("u4", norm(EN_SAME_TOPIC + " Updated.")) is None  # u1 left the undated window
