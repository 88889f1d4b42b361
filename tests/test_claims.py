"""Figures, quotes and attributions extracted from Chinese, English and German sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.analyze.claims import (
    Claim,
    Quote,
    attribution_of,
    claim_from_dict,
    claim_to_dict,
    extract_claims,
    extract_quotes,
    quote_from_dict,
    quote_to_dict,
    split_sentences,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared not present")
SEEDS = SHARED / "seeds"


def one(text: str, language: str | None) -> Claim:
    claims = extract_claims(text, language)
    assert len(claims) == 1, claims
    return claims[0]


def figures(text: str, language: str | None) -> list[tuple[float, str, str | None]]:
    return [(c.value, c.unit, c.qualifier) for c in extract_claims(text, language)]


# ---------------------------------------------------------------- sentences


def test_split_chinese_keeps_quotations_whole() -> None:
    text = "他表示：“我们是伙伴。我们将继续合作。”随后离开。另据报道，约1.2万名士兵抵达！真的吗？是的；没错"
    assert split_sentences(text, "zh-Hans") == [
        "他表示：“我们是伙伴。我们将继续合作。”",
        "随后离开。",
        "另据报道，约1.2万名士兵抵达！",
        "真的吗？",
        "是的；",
        "没错",
    ]


def test_split_western_abbreviations_decimals_and_ordinals() -> None:
    text = 'Mr. Smith paid $1.5 million. "It is done," he said. Prices rose in the U.S. today. Then it ended.'
    assert split_sentences(text, "en") == [
        "Mr. Smith paid $1.5 million.",
        '"It is done," he said.',
        "Prices rose in the U.S. today.",
        "Then it ended.",
    ]
    german = "Am 21. Oktober kamen 1,5 Millionen Menschen, z.B. in Berlin. Danach nicht mehr."
    assert split_sentences(german, "de") == [
        "Am 21. Oktober kamen 1,5 Millionen Menschen, z.B. in Berlin.",
        "Danach nicht mehr.",
    ]


def test_an_amount_with_a_decimal_point_ends_a_sentence() -> None:
    assert split_sentences("Net income came in at $1.9bn. The company will spend more.", "en") == [
        "Net income came in at $1.9bn.", "The company will spend more."]
    assert split_sentences("Bis zum 21.10. Montag blieb es so. Danach sank er.", "de") == [
        "Bis zum 21.10. Montag blieb es so.", "Danach sank er."]
    assert split_sentences("The U.S. Army left.", "en") == ["The U.S. Army left."]


def test_paragraphs_always_end_a_sentence() -> None:
    assert split_sentences("第一段没有句号\n\n第二段。", None) == ["第一段没有句号", "第二段。"]


# ---------------------------------------------------------------- Chinese figures


def test_chinese_figures_and_qualifiers() -> None:
    claim = one("上周五，韩国国家情报院指责朝鲜已派遣约1500名士兵抵达符拉迪沃斯托克。", "zh-Hans")
    assert (claim.value, claim.unit, claim.qualifier) == (1500.0, "troops", "approx")
    assert claim.text == "约1500名士兵"
    assert claim.subject == "士兵"
    assert claim.attributed_to == "韩国国家情报院"

    claim = one("声称朝鲜派出了至少1万人以上的军事人员前往俄罗斯。", "zh-Hans")
    assert (claim.value, claim.unit, claim.qualifier, claim.subject) == (10000.0, "troops", "at_least", "军事人员")

    assert figures("包括至少1500名特种部队士兵。", "zh-Hans") == [(1500.0, "troops", "at_least")]
    assert one("包括至少1500名特种部队士兵。", "zh-Hans").subject == "特种部队士兵"
    assert figures("逾千人参加了集会，近百名记者到场。", "zh-Hans") == [
        (1000.0, "people", "at_least"),
        (100.0, "journalists", "approx"),
    ]
    assert figures("俄军一万二千名士兵和两千名员工撤离。", "zh-Hans") == [
        (12000.0, "troops", None),
        (2000.0, "workers", None),
    ]
    assert figures("十余万难民逃往邻国，另有1500多名儿童失踪。", "zh-Hans") == [
        (100000.0, "refugees", "at_least"),
        (1500.0, "children", "at_least"),
    ]
    assert figures("大约有3000名抗议者聚集，最多200名警察在场。", "zh-Hans") == [
        (3000.0, "protesters", "approx"),
        (200.0, "police", "at_most"),
    ]


def test_chinese_deaths_money_percent_and_distance() -> None:
    assert figures("地震已造成至少30人死亡，100多人受伤。", "zh-Hans") == [
        (30.0, "deaths", "at_least"),
        (100.0, "injured", "at_least"),
    ]
    assert figures("该公司将投资1.5亿美元，并追加3000万元。", "zh-Hans") == [
        (150_000_000.0, "usd", None),
        (30_000_000.0, "cny", None),
    ]
    claim = one("民调显示，45%的选民支持该方案。", "zh-Hans")
    assert (claim.value, claim.unit, claim.subject) == (45.0, "percent", "选民")
    assert figures("车队行驶了约200公里。", "zh-Hans") == [(200.0, "km", "approx")]


def test_chinese_numbers_that_are_not_claims() -> None:
    for text in (
        "2024年10月21日，会议在北京召开。",
        "第3次会议于下午3点开始，第三方未参加。",
        "他今年45岁。",
        "联系电话：010-12345678，或拨打13812345678。",
        "详情见 https://www.dw.com/zh/a-70553363 页面。",
        "乌克兰公布的视频显示数十名朝鲜新兵排队领取军服。",
        "这段视频是一名俄罗斯士兵拍摄的。",
        "F-16战机和MH17航班。",
    ):
        assert extract_claims(text, "zh-Hans") == [], text


def test_traditional_chinese_is_read_and_kept_as_written() -> None:
    claim = one("據美聯社報導，韓國國家情報院表示，北韓已派遣約1萬名士兵。", "zh-Hant")
    assert (claim.value, claim.unit, claim.qualifier) == (10000.0, "troops", "approx")
    assert claim.text == "約1萬名士兵"
    assert claim.attributed_to == "韓國國家情報院"  # the nearest source before the figure
    assert one("台灣有2300萬名居民。", "zh-Hant").unit == "people"
    assert one("花費了500元。", "zh-Hant").unit == "元"  # in Taiwan or Hong Kong 元 is not the renminbi


# ---------------------------------------------------------------- English and German figures


def test_english_figures() -> None:
    claim = one("According to South Korea's spy agency, about 12,000 troops were sent.", "en")
    assert (claim.value, claim.unit, claim.qualifier, claim.text) == (
        12000.0,
        "troops",
        "approx",
        "about 12,000 troops",
    )
    assert claim.attributed_to == "South Korea's spy agency"

    claim = one("Budanov said some 11,000 North Korean infantrymen were training.", "en")
    assert (claim.value, claim.unit, claim.subject, claim.attributed_to) == (
        11000.0,
        "troops",
        "North Korean infantrymen",
        "Budanov",
    )
    assert figures("At least 30 people were killed and more than 100 injured, police said.", "en") == [
        (30.0, "deaths", "at_least"),
        (100.0, "injured", "at_least"),
    ]
    assert figures("The firm will invest $1.5 billion and cut up to 2,000 jobs.", "en") == [
        (1.5e9, "usd", None),
        (2000.0, "jobs", "at_most"),
    ]
    assert figures("Some 45% of voters agreed; 1.5 million people marched 20 km.", "en") == [
        (45.0, "percent", "approx"),
        (1.5e6, "people", None),
        (20.0, "km", None),
    ]


def test_english_numbers_that_are_not_claims() -> None:
    for text in (
        "Requests came from 207.241.233.113 and 10.0.0.1 overnight.",  # an IP address once raised ValueError
        "360 Research Reports covers 5 Terminal markets; the crash was at 2700 South 300 West.",  # names
        "($1 = 6.9617 Chinese yuan renminbi)",
        "In 2023 prices rose sharply.",
        "Call 555-123-4567 or visit https://example.com/article/12345 on October 21.",
        "He is 45 years old and left at 10:30 for the 3rd time.",
        "Article 5 applies to F-16 jets.",
    ):
        assert extract_claims(text, "en") == [], text


def test_german_figures() -> None:
    claim = one("Laut dem südkoreanischen Geheimdienst NIS hat Nordkorea rund 1.500 Soldaten geschickt.", "de")
    assert (claim.value, claim.unit, claim.qualifier, claim.subject) == (1500.0, "troops", "approx", "Soldaten")
    assert claim.attributed_to is not None and claim.attributed_to.endswith("Geheimdienst NIS")

    claim = one("Am 21. Oktober sagte Budanov, dass bis zu 12.000 nordkoreanische Soldaten kommen.", "de")
    assert (claim.value, claim.qualifier, claim.subject) == (12000.0, "at_most", "nordkoreanische Soldaten")
    assert claim.attributed_to == "Budanov"
    assert figures("Das Projekt kostet 1,5 Millionen Euro und mindestens 300 Menschen wurden verletzt.", "de") == [
        (1.5e6, "eur", None),
        (300.0, "injured", "at_least"),
    ]
    assert one("Dem Ministerium zufolge kamen knapp 300 Menschen.", "de").attributed_to == "Ministerium"
    assert extract_claims("Am 21. Oktober 2024 um 14 Uhr, seit 2022 und 3 Jahre lang.", "de") == []


# ---------------------------------------------------------------- attribution


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("据美联社报道，韩国外交部召见了俄罗斯大使。", "zh-Hans", "美联社"),
        ("据塔斯社10月14日消息，普京已提交法案。", "zh-Hans", "塔斯社"),
        ("韩国外交部本周一发表声明称，朝鲜构成威胁。", "zh-Hans", "韩国外交部"),
        ("乌克兰军事情报局局长布达诺夫在当地媒体上声称，有朝鲜士兵。", "zh-Hans", "布达诺夫"),
        ("俄罗斯大使季诺维也夫向韩国方面表示，合作符合国际法。", "zh-Hans", "季诺维也夫"),
        ("美联社称，无法独立核实这段视频。", "zh-Hans", "美联社"),
        ("韩国国家情报院还称，朝鲜已决定派兵。", "zh-Hans", "韩国国家情报院"),
        ("中國外交部發言人林劍回答說，立場一貫明確。", "zh-Hant", "林劍"),
        ("根据联合国的统计，难民人数上升。", "zh-Hans", "联合国"),
        ("他还表示，韩国将与国际社会合作。", "zh-Hans", None),
        ("朝鲜方面迄今保持沉默。", "zh-Hans", None),
        ("换句话说，局势升级。", "zh-Hans", None),
        ("这被称为特别军事行动，有消息说已经结束。", "zh-Hans", None),
        ("知情人士透露，约30人受伤。", "zh-Hans", "知情人士"),
        ("According to the NIS, troops arrived.", "en", "NIS"),
        (
            "Ukraine's military intelligence chief Kyrylo Budanov told local media that troops arrived.",
            "en",
            "Kyrylo Budanov",
        ),
        ("Troops arrived on Friday, the ministry said.", "en", "ministry"),
        ("He said troops arrived.", "en", None),
        ("Nach Angaben des Verteidigungsministeriums sind Soldaten angekommen.", "de", "Verteidigungsministeriums"),
        ("Der Geheimdienst teilte mit, dass Soldaten angekommen sind.", "de", "Geheimdienst"),
        ("Am Freitag sagte Budanov, dass Soldaten angekommen sind.", "de", "Budanov"),
        ("Er sagte, dass Soldaten angekommen sind.", "de", None),
    ],
)
def test_attribution_of(sentence: str, language: str, expected: str | None) -> None:
    assert attribution_of(sentence, language) == expected


def test_figure_takes_the_nearest_source_and_not_a_denier() -> None:
    claim = one("吕特表示北约无法确认韩国有关朝鲜已将1500名士兵送到俄罗斯的情报。", "zh-Hans")
    assert claim.attributed_to == "韩国"
    claim = one("约1500名士兵已经抵达，韩国国家情报院称。", "zh-Hans")
    assert claim.attributed_to == "韩国国家情报院"
    assert one("朝鲜派遣了约1500名士兵。", "zh-Hans").attributed_to is None


# ---------------------------------------------------------------- quotes


def test_quotes_with_speakers() -> None:
    [quote] = extract_quotes("吕特还表示：“如果朝鲜派兵与俄罗斯并肩作战，将意味着重大升级。”", "zh-Hans")
    assert quote == Quote(
        "如果朝鲜派兵与俄罗斯并肩作战，将意味着重大升级。",
        "吕特",
        "吕特还表示：“如果朝鲜派兵与俄罗斯并肩作战，将意味着重大升级。”",
    )
    [quote] = extract_quotes("「我們將繼續發展這種合作」，佩斯科夫說。", "zh-Hant")
    assert (quote.text, quote.speaker) == ("我們將繼續發展這種合作", "佩斯科夫")
    [quote] = extract_quotes('"We will not back down from this," Budanov said.', "en")
    assert (quote.text, quote.speaker) == ("We will not back down from this", "Budanov")
    [quote] = extract_quotes("„Das ist eine ernste Bedrohung für uns“, sagte Minister Boris Pistorius.", "de")
    assert (quote.text, quote.speaker) == ("Das ist eine ernste Bedrohung für uns", "Boris Pistorius")
    [quote] = extract_quotes("Die Lage sei «sehr ernst und gefährlich», erklärte Budanov.", "de")
    assert quote.speaker == "Budanov"
    [quote] = extract_quotes("他仅表示：“朝鲜是我们的近邻和伙伴。”", "zh-Hans")
    assert quote.speaker is None  # a pronoun is not resolved


@pytest.mark.parametrize(("text", "language", "speaker"), [
    ("「水位還在上漲，我們必須連夜轉移群眾。」副市長林曉東說。", "zh-Hant", "林曉東"),
    ("「堤防沒有問題。」水利署署長陳志明強調。", "zh-Hant", "陳志明"),
    ("“抢修将在两天内完成。”工程队负责人王建军透露。", "zh-Hans", "王建军"),  # a given name ending in 军
    ('"The spillway will hold." Engineer Maria Lopez added.', "en", "Maria Lopez"),
    ("„Die Deiche halten“, sagte Ingenieurin Petra Lang.", "de", "Petra Lang"),
    ("„Die Deiche halten.“ Bürgermeisterin Anna Keller betonte das am Abend.", "de", "Anna Keller"),
])
def test_a_quotation_ending_in_a_full_stop_stays_with_the_speaker_after_it_titles_dropped(text: str, language: str,
                                                                            speaker: str) -> None:
    [quote] = extract_quotes(text, language)
    assert quote.speaker == speaker


def test_scare_quotes_and_titles_are_skipped() -> None:
    assert extract_quotes("吕特曾表示北约“目前”无法确认，他在“X”上发文，提及《俄朝条约》全文内容。", "zh-Hans") == []
    assert extract_quotes('The so-called "special operation" continues, said "Mr. X".', "en") == []
    assert len(extract_quotes('He called it "a very serious threat" to peace.', "en")) == 1


# ---------------------------------------------------------------- JSON


def test_json_round_trip() -> None:
    [claim] = extract_claims("据美联社报道，约1.2万名士兵抵达。", "zh-Hans")
    assert claim_from_dict(json.loads(json.dumps(claim_to_dict(claim), ensure_ascii=False))) == claim
    unattributed = Claim(3.0, "drones", "无人机", None, "3架无人机", "击落3架无人机。", None)
    assert claim_from_dict(json.loads(json.dumps(claim_to_dict(unattributed)))) == unattributed
    quote = Quote("We will not back down", None, '"We will not back down," he said.')
    assert quote_from_dict(json.loads(json.dumps(quote_to_dict(quote)))) == quote
    with pytest.raises(TypeError):
        claim_from_dict({**claim_to_dict(claim), "value": [1]})


def test_language_is_guessed_from_the_script() -> None:
    assert figures("约1500名士兵抵达。", None) == [(1500.0, "troops", "approx")]
    assert figures("About 1,500 troops arrived.", None) == [(1500.0, "troops", "approx")]


# ---------------------------------------------------------------- the seeds


def _seed_texts() -> dict[str, str]:
    from storyline.extract.fragment import extract_fragment  # noqa: PLC0415 (only when the seeds exist)
    from storyline.extract.textdump import extract_textdump  # noqa: PLC0415
    from storyline.ingest.feeditem import parse_feeditem  # noqa: PLC0415
    from storyline.model import Hints, RawDocument  # noqa: PLC0415

    dw = next(SEEDS.glob("000_*.txt"))
    [item] = parse_feeditem(RawDocument(dw.read_bytes(), str(dw)))
    assert isinstance(item.body, str)
    wforum = next(SEEDS.glob("004_*.txt"))
    return {
        "dw": extract_fragment(item.body, item.hints, base_url=item.hints.url).text,
        "wforum": extract_textdump(wforum.read_text(encoding="utf-8"), Hints()).text,
    }


@pytest.mark.shared
@needs_shared
def test_seed_figures() -> None:
    texts = _seed_texts()
    dw = [(c.value, c.unit, c.qualifier, c.attributed_to) for c in extract_claims(texts["dw"], "zh-Hans")]
    assert dw == [
        (1500.0, "troops", "approx", "韩国国家情报院"),
        (12000.0, "troops", "approx", "韩国国家情报院"),
        (11000.0, "troops", "approx", "基里洛·布达诺夫"),
        (1500.0, "troops", None, "韩国"),  # Rutte could not confirm South Korea's intelligence
    ]
    wforum = extract_claims(texts["wforum"], "zh-Hans")
    assert [(c.value, c.unit, c.qualifier, c.subject) for c in wforum] == [
        (10000.0, "troops", "at_least", "军事人员"),
        (1500.0, "troops", "at_least", "特种部队士兵"),
    ]
    assert "至少1万人以上" in wforum[0].text
    assert wforum[1].text == "至少1500名特种部队士兵"
    assert {c.attributed_to for c in wforum} == {"韩国和乌克兰方面"}


@pytest.mark.shared
@needs_shared
def test_seed_quotes() -> None:
    texts = _seed_texts()
    speakers = {q.speaker for q in extract_quotes(texts["dw"], "zh-Hans")}
    assert {"吕特", "林剑"} <= speakers
    for quote in extract_quotes(texts["dw"], "zh-Hans") + extract_quotes(texts["wforum"], "zh-Hans"):
        assert len(quote.text) >= 6 and quote.text in quote.sentence


def test_percentages_are_figures_without_an_of() -> None:
    """A percentage is a claim whatever it is of; what it is of is its subject when it says so."""
    assert figures("价格上涨了5%，较去年增长3个百分点。", "zh-Hans") == [(5.0, "percent", None), (3.0, "points", None)]
    claim = one("工会要求加薪9%。", "zh-Hans")
    assert (claim.value, claim.subject) == (9.0, "加薪")
    assert figures("In 2023 prices rose 5%.", "en") == [(5.0, "percent", None)]
    claim = one("The union is demanding a 9% pay rise.", "en")
    assert (claim.value, claim.unit, claim.subject) == (9.0, "percent", "pay rise")
    assert one("Die Gewerkschaft fordert neun Prozent mehr Lohn.", "de").subject == "mehr Lohn"
    assert figures("Die Partei kam auf knapp zehn Prozent.", "de") == [(10.0, "percent", "approx")]
    assert figures("约百分之三十的房屋受损，收入占比约三成，占总产能约一成五。", "zh-Hans") == [
        (30.0, "percent", "approx"), (30.0, "percent", "approx"), (15.0, "percent", "approx")]
    assert figures("他一成不变。", "zh-Hans") == []
    # the figure compared with is not the claim
    assert figures("本次投票率为71.4%，高于上届的68.9%。", "zh-Hans") == [(71.4, "turnout", None)]
    assert figures("Shares rose 7%, up from 68.9% a year ago.", "en") == [(7.0, "percent", None)]


def test_ranges_give_their_lower_bound_as_approx() -> None:
    assert figures("直接损失在1亿至2亿美元之间。", "zh-Hans") == [(1e8, "usd", "approx")]
    assert figures("晶辉全年营收恐减少2%至3%。", "zh-Hans") == [(2.0, "percent", "approx")]
    assert figures("Between 10 and 15 people died and 20-30 homes burned.", "en") == [
        (10.0, "deaths", "approx"), (20.0, "buildings", "approx")]
    assert figures("10 to 15 soldiers were hurt.", "en") == [(10.0, "injured", "approx")]
    assert figures("Zwischen 10 und 15 Menschen wurden verletzt.", "de") == [(10.0, "injured", "approx")]
    assert figures("The restructuring would cost between £80m and £100m.", "en") == [(80e6, "gbp", "approx")]
    assert figures("Der Schaden liegt bei 80 bis 100 Millionen Euro.", "de") == [(80e6, "eur", "approx")]


def test_amounts_with_attached_multipliers_and_units() -> None:
    assert figures("Kral's €85m move, a $3.2bn deal and 310mm of rain in 10km.", "en") == [
        (85e6, "eur", None), (3.2e9, "usd", None), (310.0, "mm", None), (10.0, "km", None)]
    assert figures("Analysts put the damage at as much as $200m.", "en") == [(200e6, "usd", "at_most")]
    assert figures("Der Fonds umfasst rund drei Milliarden Euro.", "de") == [(3e9, "eur", "approx")]
    assert figures("公司投资12亿元，潰口寬約60公尺。", "zh-Hans") == [(1.2e9, "cny", None), (60.0, "metres", "approx")]
    assert figures("他身高1米86。", "zh-Hans") == []
    assert figures("Temperatures were 1.64C above pre-industrial levels, or 35 °C in the shade.", "en") == [
        (1.64, "celsius", None), (35.0, "celsius", None)]
    assert figures("She had handed over £240,000.", "en") == [(240000.0, "gbp", None)]
    assert figures("震源深度12千米，倒塌房屋约200间。", "zh-Hans") == [
        (12.0, "km", None), (200.0, "buildings", "approx")]
    assert figures("共派出救護車6輛、消防人員32名到場救援。", "zh-Hant") == [
        (6.0, "vehicles", None), (32.0, "rescuers", None)]
    claim = one("消防局出動人員130名搶救。", "zh-Hant")
    assert (claim.value, claim.unit, claim.subject) == (130.0, "people", "人員")
    assert figures("另有居民300人受困。", "zh-Hant") == [(300.0, "trapped", None)]
    assert figures("南下車道封閉約3小時。", "zh-Hant") == [(3.0, "hours", "approx")]
    assert figures("出動消防車及救護車共42輛，濃度一度達平時的3倍，曾被檢舉4次。", "zh-Hant") == [
        (42.0, "vehicles", None), (3.0, "times", None), (4.0, "times", None)]
    assert figures("Der Rhein erreichte einen Wasserstand von 8,5 Metern, die Flut 40 Zentimetern.", "de") == [
        (8.5, "metres", None), (40.0, "cm", None)]
    assert figures("倉庫面積約1500平方公尺，存放約20公噸原料。", "zh-Hant") == [
        (1500.0, "m2", "approx"), (20.0, "tonnes", "approx")]
    assert figures("国内航线日均执行航班约1.5万班，恢复至疫情前的80%左右。", "zh-Hans") == [
        (15000.0, "flights", "approx"), (80.0, "percent", "approx")]


def test_counts_in_words_need_a_known_noun_or_unit() -> None:
    assert figures("Four passenger trains were cancelled and two men were swept away.", "en") == [
        (4.0, "trains", None), (2.0, "people", None)]
    # more between the number and a known noun; plural nouns of people by their ending
    assert figures("Rescuers pulled nine more bodies out; police held two engineers.", "en") == [
        (9.0, "deaths", None), (2.0, "engineers", None)]
    assert figures("It forced about 3,400 coal-fired and gas plants to cut emissions.", "en") == [
        (3400.0, "plants", "approx")]
    assert figures("The fire burned for six hours; he needs about four weeks.", "en") == [
        (6.0, "hours", None), (4.0, "weeks", "approx")]
    assert figures("Das Feuer wurde erst nach rund sechs Stunden gelöscht.", "de") == [(6.0, "hours", "approx")]
    assert figures("Die Autobahn blieb für etwa zehn Stunden gesperrt.", "de") == [(10.0, "hours", "approx")]
    assert figures("The talks ended in three rounds; several hundred miles away nothing changed.", "en") == []
    assert figures("It killed at least a dozen people.", "en") == [(12.0, "deaths", "at_least")]


def test_numbers_that_are_names_totals_or_ages() -> None:
    assert figures("Die Wahlbeteiligung stieg auf 74,4 Prozent, nach 66,5 Prozent vor fünf Jahren.", "de") == [
        (74.4, "turnout", None)]
    assert figures("Fab 5 accounts for about 15% of the capacity of the Boeing 737 line.", "en") == [
        (15.0, "percent", "approx")]
    assert figures("The result gives the alliance 58 of the 169 seats.", "en") == [(58.0, "seats", None)]
    assert figures("Die Allianz erhält 57 der 169 Sitze.", "de") == [(57.0, "seats", None)]
    # a capitalised word opening the sentence is not a name with a number ("Fab 5")
    assert figures("Vor 48.500 Zuschauern hat der Verein nun 34 Punkte.", "de") == [
        (48500.0, "spectators", None), (34.0, "points", None)]
    assert figures("进步联盟将在169个议席中获得58席。", "zh-Hans") == [(58.0, "seats", None)]
    assert figures("A 45-year-old man and the 22-year-old striker; der 22-Jährige.", "en") == []
    assert figures("Thousands of people and dozens of soldiers; Tausende Menschen.", "en") == []


def test_bare_numbers_take_the_noun_named_before_them() -> None:
    assert figures("The quake struck, killing at least 23 people and injuring more than 400.", "en") == [
        (23.0, "deaths", "at_least"), (400.0, "injured", "at_least")]
    assert figures("The port authority put the number of striking workers at 3,400.", "en") == [
        (3400.0, "workers", None)]
    assert figures("Die Zahl der Todesopfer stieg auf mindestens 27.", "de") == [(27.0, "deaths", "at_least")]
    assert figures("The death toll rose in 2023.", "en") == []
    assert figures("Two people died and two others were injured; zwei weitere wurden schwer verletzt.", "en") == [
        (2.0, "deaths", None), (2.0, "injured", None), (2.0, "injured", None)]
    assert figures("Cases were recorded in 27 of the country's 28 districts.", "en") == [(27.0, "districts", None)]
    assert figures("UNICEF delivered 2.9 million water purification tablets.", "en") == [
        (2.9e6, "tablets", None)]
    assert figures("The floods displaced some 40,000 more.", "en") == [(40000.0, "displaced", "approx")]
    assert figures("One in five displaced people is a child.", "en") == []
    # a clause that repeats the construction of the one before
    assert figures("Dafür stimmten 378 Abgeordnete, 281 votierten dagegen, es gab zwei Enthaltungen.", "de") == [
        (378.0, "lawmakers", None), (281.0, "lawmakers", None), (2.0, "abstentions", None)]
    assert figures("政府将削减公务员编制约1万个职位。", "zh-Hans") == [(10000.0, "jobs", "approx")]
    assert figures("34 weitere Fahrgäste wurden verletzt, sieben von ihnen lebensgefährlich.", "de") == [
        (34.0, "injured", None), (7.0, "injured", None)]
    assert figures("全省11个市52个县（市、区）受灾，调运冲锋舟350艘。", "zh-Hans") == [
        (11.0, "areas", None), (52.0, "areas", None), (350.0, "ships", None)]
    assert figures("The eight-member council sent a 5,000-strong force.", "en") == [
        (8.0, "members", None), (5000.0, "members", None)]
    assert figures("Nordwerk beschäftigt rund 120.000 Menschen, davon etwa 65.000 in Deutschland.", "de") == [
        (120000.0, "people", "approx"), (65000.0, "people", "approx")]


def test_none_counted() -> None:
    assert figures("目前暂无人员伤亡报告。", "zh-Hans") == [(0.0, "casualties", None)]
    assert figures("暫無人員傷亡。", "zh-Hant") == [(0.0, "casualties", None)]
    assert figures("The department said there had been no casualties.", "en") == [(0.0, "casualties", None)]
    assert figures("Es gab keine Toten.", "de") == [(0.0, "deaths", None)]
    assert figures("现场有无人员伤亡尚不清楚。", "zh-Hans") == []
    assert figures("Verletzt wurde nach bisherigen Erkenntnissen niemand.", "de") == [(0.0, "injured", None)]


def test_chinese_measure_words_and_qualifiers_before_verbs() -> None:
    assert figures("约40艘货轮在港外等待，另有4趟旅客列车停运。", "zh-Hans") == [
        (40.0, "ships", "approx"), (4.0, "trains", None)]
    assert figures("已记录到30余次余震，他打进19球，白沙鎮有兩名男子失蹤。", "zh-Hant") == [
        (30.0, "aftershocks", "at_least"), (19.0, "goals", None), (2.0, "missing", None)]
    assert figures("八个成员国领导人签署宣言。", "zh-Hans") == [(8.0, "countries", None)]
    assert figures("地震至少造成23人死亡，会员人数约为6000人。", "zh-Hans") == [
        (23.0, "deaths", "at_least"), (6000.0, "people", "approx")]
    assert figures("仅该院就已接收28具遇难者遗体。", "zh-Hans") == [(28.0, "deaths", "at_least")]
    assert figures("萨伦民防局此前公布的死亡人数为23人。", "zh-Hans") == [(23.0, "deaths", None)]
    assert figures("驱逐4名马雷尼亚驻埃国大使馆外交官。", "zh-Hans") == [(4.0, "diplomats", None)]
    # the noun listed before its number
    assert figures("消防部门共出动消防车40辆、消防员200余名赶赴现场。", "zh-Hans") == [
        (40.0, "vehicles", None), (200.0, "rescuers", "at_least")]
    assert figures("全年出口金额可望突破5000亿美元。", "zh-Hans") == [(5e11, "usd", "at_least")]
    assert figures("新设立外商投资企业逾2.6万家，关闭景区320个。", "zh-Hans") == [
        (26000.0, "companies", "at_least"), (320.0, "景区", None)]
    assert figures("共有34个县区受灾，8条道路中断。", "zh-Hans") == [(34.0, "areas", None), (8.0, "roads", None)]
    # a measure word alone counts what it counted before in the sentence
    assert figures("今年共錄得36宗登革熱個案，其中35宗為外地傳入。", "zh-Hant") == [
        (36.0, "cases", None), (35.0, "cases", None)]


def test_german_compounds_and_plural_forms() -> None:
    assert figures("Es lagen 41 Containerschiffe und 12 Hafenarbeiter vor Ort.", "de") == [
        (41.0, "ships", None), (12.0, "workers", None)]
    assert figures("Die Behörde sprach von 35 wartenden Schiffen und rund 24.500 Teilnehmern.", "de") == [
        (35.0, "ships", None), (24500.0, "participants", "approx")]
    assert figures("Im Bus saßen 49 Fahrgäste.", "de") == [(49.0, "passengers", None)]


def test_what_happened_to_the_people_counted() -> None:
    """Missing, evacuated and arrested people get their own rows, not one "people" row."""
    assert figures("截至晚间，已有8人遇难，15人失联。", "zh-Hans") == [(8.0, "deaths", None), (15.0, "missing", None)]
    assert figures("当局已紧急转移安置群众2.4万人。", "zh-Hans") == [(24000.0, "evacuated", None)]
    assert figures("全市已疏散约3000人。", "zh-Hans") == [(3000.0, "evacuated", "approx")]
    assert figures("More than 2,000 residents were evacuated overnight.", "en") == [(2000.0, "evacuated", "at_least")]
    assert figures("At least 14 people remain missing.", "en") == [(14.0, "missing", "at_least")]
    assert figures("Mindestens 40 Menschen wurden festgenommen.", "de") == [(40.0, "arrested", "at_least")]
    assert figures("两千名员工撤离。", "zh-Hans") == [(2000.0, "workers", None)]


def test_authorities_named_by_reporting_cues() -> None:
    assert attribution_of("记者从北原省水利厅获悉，已有3人失联。", "zh-Hans") == "北原省水利厅"
    assert attribution_of("据北原省应急管理厅通报，5人遇难。", "zh-Hans") == "北原省应急管理厅"
    assert attribution_of("引述国家地震研究所的数据，震级为5.8级。", "zh-Hans") == "国家地震研究所"
    assert attribution_of("据红十字会统计，约3000人无家可归。", "zh-Hans") == "红十字会"
    assert attribution_of("At least 9 people died, the regional health ministry said.", "en") == (
        "regional health ministry")
    assert attribution_of("Mindestens 7 Menschen starben, wie die Behörden mitteilten.", "de") == "Behörden"
    assert attribution_of("这是他说的。", "zh-Hans") is None


def test_fixed_measures_and_counts_in_words() -> None:
    """Magnitudes, deadlines in hours, vote shares and turnout, and counts written as words."""
    assert figures("北部发生5.9级地震。", "zh-Hans") == [(5.9, "magnitude", None)]
    assert figures("A magnitude 5.9 quake hit the coast.", "en") == [(5.9, "magnitude", None)]
    assert figures("Ein Beben der Stärke 5,9 erschütterte die Küste.", "de") == [(5.9, "magnitude", None)]
    assert figures("外交部限其48小时内离境。", "zh-Hans") == [(48.0, "hours", None)]
    assert figures("They were given 48 hours to leave.", "en") == [(48.0, "hours", None)]
    assert figures("The meeting lasted 3 hours.", "en") == [(3.0, "hours", None)]  # a duration (annotation rules)
    assert figures("The meeting starts in 3 hours.", "en") == []  # a point in time
    assert figures("The party won 27.5% of the vote.", "en") == [(27.5, "vote share", None)]
    assert figures("Die Partei kam auf 27,5 Prozent der Stimmen.", "de") == [(27.5, "vote share", None)]
    assert figures("该党得票率为27.5%。", "zh-Hans") == [(27.5, "vote share", None)]
    assert figures("Turnout was 68.2 percent.", "en") == [(68.2, "turnout", None)]
    assert figures("The ministry expelled three diplomats.", "en") == [(3.0, "diplomats", None)]
    assert figures("Das Ministerium wies drei Diplomaten aus.", "de") == [(3.0, "diplomats", None)]
    assert figures("She said it was one of three options.", "en") == []


# ---------------------------------------------------------------- what a unit measures (issue 5)


def subjects(text: str, language: str) -> list[tuple[float, str, str]]:
    return [(c.value, c.unit, c.subject) for c in extract_claims(text, language)]


@pytest.mark.parametrize(("text", "expected"), [
    ("警方称，该案涉案金额达12亿元。", [(12e8, "cny", "涉案金额")]),
    ("前三季度，全省出口5.8万亿元，同比增长6.1%。", [(5.8e12, "cny", "出口"), (6.1, "percent", "出口")]),
    ("二季度地区生产总值同比增长5.2%，城镇调查失业率为5.0%。",
     [(5.2, "percent", "地区生产总值"), (5.0, "percent", "调查失业率")]),
    ("此次降雨造成直接经济损失3.4亿元。", [(3.4e8, "cny", "直接经济损失")]),
    ("直接经济损失初步估计达4.6亿元。", [(460_000_000.0, "cny", "直接经济损失")]),  # not 459999999.99999994
    ("未来三天降雨量可能达到150毫米以上。", [(150.0, "mm", "降雨量")]),  # a modal between noun and verb
    ("今年经济增速有望达到5%。", [(5.0, "percent", "经济增速")]),
    ("市政府将发放总额20亿元的消费券。", [(20e8, "cny", "消费券")]),
    ("这座山峰海拔4700米，震源深度10公里。", [(4700.0, "metres", "海拔"), (10.0, "km", "震源深度")]),
    ("各地共出动抢修人员约1.2万人。", [(12000.0, "people", "抢修人员")]),
    ("事故造成3人死亡、重伤27人。", [(3.0, "deaths", "死亡"), (27.0, "people", "重伤")]),
    ("据估计，部署在边境的兵力约1.1万人。", [(11000.0, "troops", "兵力")]),
    ("受大雾影响，机场取消航班300余次。", [(300.0, "flights", "航班")]),
    ("地震造成约3000人无家可归。", [(3000.0, "people", "无家可归")]),
    ("截至13日上午，5人成功获救；某院线股价收跌56%。", [(5.0, "people", "成功获救"), (56.0, "percent", "院线股价")]),
    ("二类区域最低工资由1580元调整为1730元。", [(1580.0, "cny", "区域最低工资"), (1730.0, "cny", "区域最低工资")]),
    ("宣言承诺把航运排放量在2020年基础上减少40%。", [(40.0, "percent", "航运排放量")]),
])
def test_chinese_units_name_what_they_measure(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert subjects(text, "zh-Hans") == expected


def test_chinese_qualifiers_written_after_a_unit() -> None:
    assert figures("降雨量可能达到150毫米以上，损失在3亿元左右。", "zh-Hans") == [
        (150.0, "mm", "at_least"), (3e8, "cny", "approx")]


def test_chinese_shares_volumes_and_households_in_the_forms_reports_use() -> None:
    assert subjects("此次滑坡的土方量约为30万立方米，该市汽车销量占全国的三成。", "zh-Hans") == [
        (30e4, "m3", "土方量"), (30.0, "percent", "汽车销量")]
    assert subjects("外籍旅客人數成長約兩成，停電戶數最多時達到25萬戶。", "zh-Hant") == [
        (20.0, "percent", "外籍旅客人數"), (25e4, "households", "停電戶數")]


@pytest.mark.parametrize(("text", "expected"), [
    ("去年資通訊產品出口占六成。", [(60.0, "percent", "資通訊產品出口")]),
    ("事件中有3人受輕傷。", [(3.0, "people", "受輕傷")]),
    ("全年人均收入為5.2萬元，比上年名義增長6.3%。", [(5.2e4, "元", "人均收入"), (6.3, "percent", "人均收入")]),
    ("罰沒款達2.6億元，道路積雪深度普遍在15釐米以上，長者接種率為52.3%。",
     [(2.6e8, "元", "罰沒款"), (15.0, "cm", "道路積雪深度"), (52.3, "percent", "長者接種率")]),
    ("該公司去年營收新台幣2,300億元。", [(2300e8, "twd", "營收")]),  # the currency named before the number
    ("失業率降至3.4%，創23年新低。", [(3.4, "percent", "失業率")]),
])
def test_traditional_chinese_units_name_what_they_measure(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert subjects(text, "zh-Hant") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Insurers put insured damage of €2bn on the storm.", [(2e9, "eur", "insured damage")]),
    ("The club agreed a €70m transfer fee for the winger.", [(70e6, "eur", "transfer fee")]),
    ("The city approved £113bn of investment in its roads.", [(113e9, "gbp", "investment")]),
    ("The EU approved €1.2bn in aid for farmers.", [(1.2e9, "eur", "aid")]),
    ("The economy grew 0.7 percent in the second quarter.", [(0.7, "percent", "economy")]),
    ("Manufacturing output fell 0.9% in May.", [(0.9, "percent", "Manufacturing output")]),
    ("The quake struck at a depth of 10 km.", [(10.0, "km", "depth")]),
    ("Support for the party fell to 18%.", [(18.0, "percent", "Support for the party")]),
    ("The central bank raised its key rate to 5.25%.", [(5.25, "percent", "key rate")]),
    ("The government set aside $2bn for reconstruction.", [(2e9, "usd", "reconstruction")]),
    ("Velmar handles about 40% of the country's container traffic.", [(40.0, "percent", "container traffic")]),
    ("The winger earns €9m a year.", [(9e6, "eur", "earns")]),
    ("The Greens took 11.9% and the Homeland Party 9.8%.", [(11.9, "percent", "Greens"),
                                                           (9.8, "percent", "Homeland Party")]),
    ("It agreed to a 12% cut in the cod quota.", [(12.0, "percent", "cut in the cod quota")]),
    ("It cuts the cod quota in the council's waters by 12%.", [(12.0, "percent", "cod quota")]),
    ("The biggest fire, which has burned through 9,500 acres, is spreading.", [(9500.0, "acres", "biggest fire")]),
    ("Officials said damage to bridges alone is estimated at $80m.", [(80e6, "usd", "damage to bridges")]),
    ("Vaccine uptake among the over-65s stands at 71%.", [(71.0, "percent", "Vaccine uptake among the over-65s")]),
    ("The budget deficit was on course to reach £98bn.", [(98e9, "gbp", "budget deficit")]),
    ("About 90 tons of trash along the route were removed.", [(90.0, "tonnes", "trash")]),
])
def test_english_units_name_what_they_measure(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert subjects(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Regierung kündigte Soforthilfen von 100 Millionen Euro an.", [(100e6, "eur", "Soforthilfen")]),
    ("Es entstanden Schäden in Höhe von rund 2 Milliarden Euro.", [(2e9, "eur", "Schäden")]),
    ("Der Pegel der Donau stieg am Morgen auf 6,2 Meter.", [(6.2, "metres", "Pegel der Donau")]),
    ("Im Oktober lag die Arbeitslosenquote bei 5,8 Prozent.", [(5.8, "percent", "Arbeitslosenquote")]),
    ("Der Bund stellt 500 Millionen Euro für den Wiederaufbau bereit.", [(500e6, "eur", "Wiederaufbau")]),
    ("38 Prozent der über 60-Jährigen sind geimpft.", [(38.0, "percent", "über 60-Jährigen sind geimpft")]),
    ("Analysten schätzen den Schaden auf rund 180 Millionen Euro.", [(180e6, "eur", "Schaden")]),
    ("Die Stadt beziffert die Schäden an Schulen und Straßen auf 90 Millionen Euro.", [(90e6, "eur", "Schäden")]),
    ("Gemüse verteuerte sich um 6,5 Prozent.", [(6.5, "percent", "Gemüse")]),
    ("Im Mai hatte die Quote noch bei 3,1 Prozent gelegen.", [(3.1, "percent", "Quote")]),
    ("Der Spieler soll jährlich rund 6 Millionen Euro verdienen.", [(6e6, "eur", "verdienen")]),
    ("Den Schaden am Haus schätzt die Polizei auf 500.000 Euro.", [(500000.0, "eur", "Schaden")]),
    ("Die Inflationsrate betrug im März 2,2 Prozent.", [(2.2, "percent", "Inflationsrate")]),
    ("Die Impfquote bei den über 60-Jährigen liegt bei 48 Prozent.", [(48.0, "percent", "Impfquote")]),
    ("Die Zahl der Einweisungen wegen Grippe ist binnen einer Woche um 25 Prozent gestiegen.",
     [(25.0, "percent", "Zahl der Einweisungen wegen Grippe")]),
])
def test_german_units_name_what_they_measure(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert subjects(text, "de") == expected


def test_no_measured_noun_keeps_the_unit() -> None:
    """Without a noun for what is measured the subject stays the unit: a guess would line up figures
    that are not the same thing."""
    assert subjects("他说自己被骗走了20万元。", "zh-Hans") == [(20e4, "cny", "元")]
    assert subjects("震中位于港口以北约12公里。", "zh-Hans") == [(12.0, "km", "公里")]
    assert subjects("官方通报的数字为60米。", "zh-Hans") == [(60.0, "metres", "米")]
    assert subjects("此后网友对两人恋情多有猜测。", "zh-Hans") == [(2.0, "people", "人")]  # "the two of them"
    assert subjects("That cost him $20.", "en") == [(20.0, "usd", "$")]
    assert subjects("The full results put the figure at 83.6%.", "en") == [(83.6, "percent", "%")]
    assert subjects("Nach Informationen des Blatts beträgt sie rund 70 Millionen Euro.", "de") == [
        (70e6, "eur", "Euro")]
    assert subjects("Es geht um 5 Millionen Euro.", "de") == [(5e6, "eur", "Euro")]
    assert subjects("Demnach wird der Konzern mit sechs Milliarden Euro vom Staat unterstützt.", "de") == [
        (6e9, "eur", "Euro")]
    assert subjects("The worst part is you can't get a phone for less than $1,000.", "en") == [
        (1000.0, "usd", "$")]
    assert subjects("The campaign raised $24.7m in fourth quarter.", "en") == [(24.7e6, "usd", "$")]
    assert subjects("There were already 9.5% of them.", "en") == [(9.5, "percent", "%")]
    assert subjects("Haushalt - Investitionen von knapp fünf Millionen Euro", "de") == [(5e6, "eur", "Investitionen")]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("据三名消息人士透露，约200名工人被解雇。", "zh-Hans", [(200.0, "工人", "消息人士")]),
    ("两名知情人士说，约200名工人被解雇。", "zh-Hans", [(200.0, "工人", "知情人士")]),
    ("According to two people familiar with the matter, the company will cut about 15,000 jobs.", "en",
     [(15000.0, "jobs", "two people")]),
    ("Laut zwei mit der Sache vertrauten Personen will das Unternehmen rund 15.000 Stellen streichen.", "de",
     [(15000.0, "Stellen", None)]),
    ("五角大楼官员私下透露，实际人数可能接近5000人。", "zh-Hans", [(5000.0, "人数", "五角大楼官员")]),
    ("该公司计划在未来两年内裁员约1.5万人。", "zh-Hans", [(15000.0, "裁员", None)]),
    ("3名官员被免职。", "zh-Hans", [(3.0, "官员", None)]),  # officials counted, not cited: kept
])
def test_the_sources_a_report_counts_are_not_claims(text: str, language: str,
                                                    expected: list[tuple[float, str, str | None]]) -> None:
    assert [(c.value, c.subject, c.attributed_to) for c in extract_claims(text, language)] == expected


@pytest.mark.parametrize(("text", "source"), [
    ("Damage is estimated at about $50 million, according to preliminary figures from the state governor's office.",
     "state governor's office"),  # the thing estimated is not the one estimating
    ("Insurers expect claims of up to $200 million, the Insurance Information Institute estimated.",
     "Insurance Information Institute"),  # "claims of": a noun
])
def test_passives_and_nouns_that_look_like_speech_verbs_cite_no_one(text: str, source: str) -> None:
    [claim] = extract_claims(text, "en")
    assert claim.attributed_to == source


def test_interpreting_officials_and_economists_are_named_without_their_titles() -> None:
    text = "国家统计局城市司首席统计师董莉娟解读称，食品价格下降2.9%。首席经济学家王涛表示，明年经济增速约为4.5%。"
    assert [c.attributed_to for c in extract_claims(text, "zh-Hans")] == ["董莉娟", "王涛"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The Red Crescent put the number of displaced at nearly 40,000.", "en", (40000.0, "displaced", "approx")),
    ("The number of dead rose to 41, police said.", "en", (41.0, "deaths", None)),
    ("Die Behörden bezifferten die Zahl der Vermissten auf 35.", "de", (35.0, "missing", None)),
])
def test_people_named_by_what_happened_to_them_are_counted(text: str, language: str,
                                                            expected: tuple[float, str, str | None]) -> None:
    [claim] = extract_claims(text, language)
    assert (claim.value, claim.unit, claim.qualifier) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("本周就诊人次为11万2千余人次。", [(112000.0, "就诊人次", "at_least")]),  # 万 then 千: one number
    ("湖区周边约有12万名牧民受到影响。", [(120000.0, "牧民", "approx")]),  # a person noun the lexicon lacks
    ("两名官员表示，会谈没有结果。", []),  # persons counted who then speak are sources, not a figure
    ("流感重症病例累计已达312例，其中41例死亡。", [(312.0, "流感重症病例", None), (41.0, "死亡", None)]),
    ("恢复供电的村庄有86个。", [(86.0, "村庄", None)]),  # the measure word ends the clause: the noun before
    ("比赛共进行了3场，他赢了2个。", []),  # no noun before a bare measure word: nothing is claimed
])
def test_chinese_counts_with_the_noun_before_or_an_unknown_person_noun(
        text: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert [(c.value, c.subject, c.qualifier) for c in extract_claims(text, "zh-Hans")] == expected


def test_a_figure_of_the_sentence_before_put_at_another_value_counts_the_same() -> None:
    text = ("Organisers said more than 20,000 people joined the march. "
            "A police spokesperson put the figure at around 8,000.")
    assert [(c.value, c.unit, c.qualifier, c.attributed_to) for c in extract_claims(text, "en")] == [
        (20000.0, "people", "at_least", "Organisers"), (8000.0, "people", "approx", "police spokesperson")]
    assert extract_claims("Police put the figure at 8,000.", "en") == []  # nothing before: no subject to give


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Three officers were slightly injured, according to the force.", "en", (3.0, "officers", "force")),
    ("Im vergangenen Jahr 3.200 Fälle registriert, teilte das Ministerium mit.", "de",
     (3200.0, "Fälle", "Ministerium")),  # a count after "Jahr" when a counted noun follows
])
def test_officers_and_counts_after_the_word_year(text: str, language: str, expected: tuple[float, str, str]) -> None:
    [claim] = extract_claims(text, language)
    assert (claim.value, claim.subject, claim.attributed_to) == expected
    assert extract_claims("Im Jahr 2023 wurden Fälle registriert.", "de") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("本周就诊人次为11万人次，较前一周上升8.3%。", (8.3, "percent", "就诊人次")),  # the figure before changed
    ("增速比上半年加快0.4个百分点。", (0.4, "points", "增速")),  # as "0.4 percentage points" is
    ("受此影响，市值蒸发约300亿元。", (3e10, "cny", "市值")),
    ("建成后年产值可达120亿元。", (1.2e10, "cny", "年产值")),
    ("调查显示，超过六成受访者表示支持。", (60.0, "percent", "受访者")),  # a share of those asked, and no source
    ("出口增长四成。", (40.0, "percent", "出口")),
])
def test_what_a_chinese_rate_or_amount_measures(text: str, expected: tuple[float, str, str]) -> None:
    claim = extract_claims(text, "zh-Hans")[-1]
    assert (claim.value, claim.unit, claim.subject) == expected
    assert claim.attributed_to is None


@pytest.mark.parametrize(("text", "expected"), [
    ("该党获得38.5%的选票，比上届减少4.2个百分点。", [(38.5, "选票"), (4.2, "选票")]),  # 上届 is when, not what
    ("全市新能源汽车销量突破15万辆，同比增长62%。", [(150000.0, "新能源汽车销量"), (62.0, "新能源汽车销量")]),
    ("累计报告确诊病例超过4000例，死亡病例87例。", [(4000.0, "病例"), (87.0, "死亡病例")]),
    ("净利润下降18.6%至41亿元。", [(18.6, "净利润"), (4.1e9, "净利润")]),  # a change and a level: no range
    ("涉及学生约1100万名，占全国在校学生总数的4%左右。", [(1.1e7, "学生"), (4.0, "学生")]),  # the share they take
])
def test_chinese_subjects_carried_between_clauses(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(c.value, c.subject) for c in extract_claims(text, "zh-Hans")] == expected


def test_an_amount_that_names_only_its_unit_measures_what_the_last_one_did() -> None:
    text = ("Der Konzern meldete einen Gewinn von 2,1 Milliarden Euro. "
            "Analysten hatten mit 1,9 Milliarden Euro gerechnet.")
    assert [(c.value, c.subject, c.attributed_to) for c in extract_claims(text, "de")] == [
        (2.1e9, "Gewinn", "Konzern"), (1.9e9, "Gewinn", "Analysten")]
    other_paragraph = "Der Konzern meldete einen Gewinn von 2,1 Milliarden Euro.\n\nNötig seien 80 Milliarden Euro."
    assert extract_claims(other_paragraph, "de")[-1].subject == "Euro"


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("其中约六成是妇女和儿童。", "zh-Hans", (60.0, "妇女")),
    ("沿海地区浪高可达7公尺。", "zh-Hans", (7.0, "浪高")),
    ("全国夏粮总产量达到2996亿斤。", "zh-Hans", (2.996e11, "总产量")),
    ("Home prices have dropped by nearly 20 percent since their peak.", "en", (20.0, "Home prices")),
])
def test_shares_heights_weights_and_changes_since(text: str, language: str, expected: tuple[float, str]) -> None:
    [claim] = extract_claims(text, language)
    assert (claim.value, claim.subject) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministry released new figures on Monday: 340 schools remain closed.", (340.0, "schools", "ministry")),
    ("Officials estimate the damage at $50 million.", (5e7, "damage", "Officials")),
    ("The agency sees growth of 1.8% next year, down from its earlier forecast of 2.1%.", (2.1, "growth", None)),
])
def test_figures_given_after_a_colon_estimated_objects_and_forecast_nouns(
        text: str, expected: tuple[float, str, str | None]) -> None:
    claim = extract_claims(text, "en")[-1]
    assert (claim.value, claim.subject, claim.attributed_to) == expected


def test_housing_units_listed_before_their_number() -> None:
    [claim] = extract_claims("全市已建成保障性住房3.5万套。", "zh-Hans")
    assert (claim.value, claim.unit, claim.subject) == (35000.0, "buildings", "保障性住房")


@pytest.mark.parametrize(("text", "expected"), [
    ("进口额同比增长3.1%，增速较上月回落2.4个百分点。", [(3.1, "进口额"), (2.4, "增速")]),  # 上月: when
    ("该市蔬菜价格一周内上涨了近三成。", [(30.0, "蔬菜价格")]),  # 一周内: a time, not a place
    ("该地区森林覆盖率已从2000年的18%提高到目前的36.5%。", [(18.0, "地区森林覆盖率"), (36.5, "地区森林覆盖率")]),
    ("其中水稻增产约8%。", [(8.0, "水稻")]),
])
def test_chinese_times_between_a_rate_and_its_figure(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(c.value, c.subject) for c in extract_claims(text, "zh-Hans")] == expected


def test_a_comparison_names_no_source() -> None:
    claims = extract_claims("该病毒的致死率约为3%，远低于此前估计的10%。", "zh-Hans")
    assert [(c.value, c.subject, c.attributed_to) for c in claims] == [(3.0, "致死率", None), (10.0, "致死率", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("事故共造成8人受伤，其中3人伤势较重。", [(8.0, "injured", "受伤"), (3.0, "injured", "受伤")]),  # part of those
    ("当天共有约5万人次进入景区游览。", [(50000.0, "people", "进入")]),  # 人次 is one measure word
    ("警方逮捕了12人。", [(12.0, "arrested", "逮捕")]),
])
def test_chinese_counts_of_people_take_what_happened_to_them(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(c.value, c.unit, c.subject) for c in extract_claims(text, "zh-Hans")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("出口首度突破1000亿美元，年增12%。", [(1e11, "出口", None), (12.0, "出口", None)]),  # 首度: an adverb
    # a loss estimates nothing
    ("全港约有1.2万人受影响，损失估计达5亿港元。", [(12000.0, "受影响", None), (5e8, "损失", None)]),
    ("加州约有3900万居民，其中约40%为拉丁裔。", [(3.9e7, "居民", None), (40.0, "居民", None)]),
])
def test_chinese_adverbs_wholes_and_amounts_are_neither_subjects_nor_sources(
        text: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert [(c.value, c.subject, c.attributed_to) for c in extract_claims(text, "zh-Hans")] == expected


@pytest.mark.parametrize(("text", "subject"), [
    ("全州约3万人断电。", "断电"),  # 全州 is the whole state; 断电 an event the tagger calls a noun
    ("全州受灾人口达到3.2万人。", "受灾人口"),
    ("主计总处预估成长3.1%。", "成长"),  # the verb of forecasting is not part of what grows
    ("主计总处预估经济成长率为3.1%。", "经济成长率"),
    ("今年经济成长预估为3.1%。", "经济成长"),  # the forecast of growth
])
def test_forecasts_wholes_and_events_around_chinese_figures(text: str, subject: str) -> None:
    [claim] = extract_claims(text, "zh-Hans")
    assert claim.subject == subject


def test_an_earlier_estimate_is_no_source() -> None:
    claims = extract_claims("预估今年实质成长3.1%，高于原先预估的2.8%。", "zh-Hans")
    assert [c.attributed_to for c in claims] == [None, None]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("In den kommenden 24 Stunden könnten bis zu 60 Liter fallen.", "de", [(24.0, "hours"), (60.0, "liter")]),
    ("Rain is expected over the next 72 hours.", "en", [(72.0, "hours")]),  # a forecast window
    ("The fire burned for three days.", "en", [(3.0, "days")]),
    ("Three days ago the fire started.", "en", []),  # a point in time, not a figure
    ("Etwa 1.200 Anwohner hätten ihre Wohnungen verlassen müssen.", "de", [(1200.0, "people")]),  # not Wohnungen
    ("Die Behörden meldeten, es seien 5 Menschen gestorben; zudem wurden 12 Häuser zerstört.", "de",
     [(5.0, "people"), (12.0, "buildings")]),
])
def test_windows_durations_and_german_nouns_before_a_verb(text: str, language: str,
                                                           expected: list[tuple[float, str]]) -> None:
    assert [(c.value, c.unit) for c in extract_claims(text, language)] == expected


def test_chinese_outcome_verbs_before_the_count() -> None:
    claims = extract_claims("全省因灾死亡5人、失踪3人，紧急转移安置群众2.7万人。", "zh-Hans")
    assert [(c.value, c.unit, c.subject) for c in claims] == [
        (5.0, "deaths", "死亡"), (3.0, "missing", "失踪"), (27000.0, "evacuated", "安置群众")]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("台电指出，目前已恢复约52万户，复电率约78%。", "zh-Hant",
     [(520000.0, "households", "恢复"), (78.0, "percent", "复电率")]),
    ("農業損失已達新台幣12.3億元。", "zh-Hant", [(1.23e9, "twd", "農業損失")]),  # the currency named before the number
])
def test_rates_the_tagger_cuts_and_currencies_named_before(text: str, language: str,
                                                          expected: list[tuple[float, str, str]]) -> None:
    assert [(c.value, c.unit, c.subject) for c in extract_claims(text, language)] == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Seit Oktober seien mehr als 30.000 unerlaubte Einreisen festgestellt worden, sagte sie.", "de",
     (30000.0, "unerlaubte Einreisen", "at_least")),  # an adjective and a noun the lexicon lacks
    ("Die Verfahren dauerten im Schnitt 7,6 Monate.", "de", (7.6, "Monate", None)),  # a duration
    ("Es wurden 121.416 Anträge gestellt, rund 22 Prozent weniger als im Vorjahr.", "de",
     (22.0, "Anträge", "approx")),  # the change of the figure before
])
def test_german_unknown_nouns_durations_and_changes(text: str, language: str,
                                                     expected: tuple[float, str, str | None]) -> None:
    claim = extract_claims(text, language)[-1]
    assert (claim.value, claim.subject, claim.qualifier) == expected


def test_economists_polled_by_an_agency_are_the_source() -> None:
    [claim] = extract_claims("Economists polled by Reuters had forecast growth of 0.4%.", "en")
    assert (claim.subject, claim.attributed_to) == ("growth", "Economists polled by Reuters")


@pytest.mark.parametrize(("text", "language", "subject"), [
    ("Der Streik kostet die Unternehmen täglich rund 40 Millionen Euro.", "de", "Streik"),
    ("Ein Sprecher sagte, der Streik koste die Unternehmen täglich rund 40 Millionen Euro.", "de", "Streik"),
    ("The fraud cost investors 12 million pounds.", "en", "fraud"),  # whom it costs stands between
])
def test_what_costs_an_amount(text: str, language: str, subject: str) -> None:
    [claim] = extract_claims(text, language)
    assert claim.subject == subject


def test_the_place_that_takes_a_share() -> None:
    [claim] = extract_claims("疾管署表示，其中台南市占逾七成。", "zh-Hant")
    assert (claim.value, claim.subject, claim.qualifier, claim.attributed_to) == (70.0, "台南市", "at_least", "疾管署")


@pytest.mark.parametrize(("text", "expected"), [
    ("此次地震共造成房屋倒塌1200余间、损坏8600余间。",
     [(1200.0, "buildings", "房屋倒塌"), (8600.0, "buildings", "损坏")]),  # what happened to the houses
    ("平均房价分别为每平方米6.5万元、6.1万元和3.8万元。",
     [(65000.0, "cny", "房价"), (61000.0, "cny", "房价"), (38000.0, "cny", "房价")]),  # per square metre
    ("本次比赛共有1500余名运动员参赛。", [(1500.0, "运动员", "运动员")]),
    ("台风导致全省3.6万公顷农作物受灾。", [(36000.0, "hectares", "农作物")]),
])
def test_chinese_lists_rates_per_unit_and_areas_of_something(text: str,
                                                           expected: list[tuple[float, str, str]]) -> None:
    assert [(c.value, c.unit, c.subject) for c in extract_claims(text, "zh-Hans")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("全港共有逾4,000宗水浸报告。", [(4000.0, "cases", "水浸报告")]),  # 宗 counts cases whatever the noun
    ("立法会以35票赞成、10票反对通过草案。", [(35.0, "votes", "赞成"), (10.0, "votes", "反对")]),
    ("民调显示，有56%受访者支持，31%反对。", [(56.0, "percent", "受访者"), (31.0, "percent", "受访者")]),
    ("诈骗案涉款逾48亿港元。", [(4.8e9, "hkd", "诈骗案涉款")]),  # 涉款 is a noun of amounts
])
def test_chinese_cases_votes_and_shares_of_respondents(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(c.value, c.unit, c.subject) for c in extract_claims(text, "zh-Hans")] == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("A judge sentenced him to 12 years in prison; prosecutors had sought 15 years.", "en",
     [(12.0, "years in prison", None), (15.0, "years", "prosecutors")]),  # the demand is the prosecutors'
    ("Das Gericht verurteilte ihn zu vier Jahren Haft. Die Staatsanwaltschaft hatte sechs Jahre gefordert.", "de",
     [(4.0, "Jahren Haft", None), (6.0, "Jahre", "Staatsanwaltschaft")]),
    ("Laut ADAC ereigneten sich im vergangenen Jahr 2.450 Unfälle mit Reisebussen.", "de",
     [(2450.0, "Unfälle", "ADAC")]),
    ("He was 12 years old when he left.", "en", []),  # an age
])
def test_prison_terms_demands_and_accidents(text: str, language: str,
                                            expected: list[tuple[float, str, str | None]]) -> None:
    assert [(c.value, c.subject, c.attributed_to) for c in extract_claims(text, language)] == expected
