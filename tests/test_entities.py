"""Named entities per article (Chinese through LAC, English and German by rule) and their linking."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from storyline.analyze.entities import (
    Entity,
    Mention,
    entity_key,
    extract_entities,
    link_entities,
    mention_from_dict,
    mention_to_dict,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"


def names(mentions: list[Mention], kind: str) -> set[str]:
    return {m.name for m in mentions if m.kind == kind}


def by_name(mentions: list[Mention]) -> dict[str, Mention]:
    return {m.name: m for m in mentions}


def group_of(entities: list[Entity], form: str) -> Entity:
    return next(e for e in entities if form in e.forms)


# --- Chinese -----------------------------------------------------------------------------------

ZH = (
    "韩国外交部第一副部长金弘均召见了俄罗斯驻韩国大使格奥尔基·季诺维也夫（Georgy Zinoviev）。"
    "季诺维也夫表示将转达韩国的立场。中国外交部发言人林剑回答说，希望各方推动缓和局势。"
    "克里姆林宫发言人佩斯科夫拒绝回答。韩国国家情报院称，朝鲜军队已抵达符拉迪沃斯托克。"
)


def test_chinese_kinds_pieces_roles_and_gloss() -> None:
    mentions = extract_entities(ZH, "zh-Hans")
    people = names(mentions, "PER")
    assert {"金弘均", "格奥尔基·季诺维也夫", "季诺维也夫", "林剑", "佩斯科夫"} <= people
    # role words are not part of names, and no piece is left over on its own
    assert not any(r in p for p in people for r in ("发言人", "副部长", "大使"))
    assert "格奥尔基" not in people and "林剑回" not in people
    assert {"俄罗斯", "韩国", "朝鲜", "符拉迪沃斯托克"} <= names(mentions, "LOC")  # the gazetteer overrides LAC's PER
    assert {"韩国外交部", "中国外交部", "韩国国家情报院"} <= names(mentions, "ORG")
    found = by_name(mentions)
    assert found["格奥尔基·季诺维也夫"].latin == "Georgy Zinoviev"
    assert found["季诺维也夫"].count == 1  # the occurrence inside the full name counts for the full name
    assert not {"Georgy", "Zinoviev", "Georgy Zinoviev"} & {m.name for m in mentions}  # the gloss is no mention
    assert all(len(m.name) >= 2 for m in mentions)


def test_chinese_name_split_by_lac_is_joined() -> None:
    # LAC alone cuts this into 金弘/PER 均/d in both places
    text = "当天韩国外交部第一副部长金弘均代表韩国政府会见了俄罗斯大使。金弘均表示，朝鲜军队必须撤出。"
    found = by_name(extract_entities(text, "zh-Hans"))
    assert found["金弘均"].count == 2 and found["金弘均"].kind == "PER"
    assert "金弘" not in found


def test_chinese_junk_is_dropped() -> None:
    mentions = extract_entities("俄乌冲突持续，韩方表示关切。朝俄关系日益密切，美国总统拜登说，2024年局势紧张。", None)
    got = {m.name for m in mentions}
    assert not {"俄乌", "韩方", "朝俄", "俄", "朝", "2024年"} & got
    assert "美国" in got


def test_traditional_chinese_reported_as_written() -> None:
    text = "韓國國家情報院表示，朝鮮已向俄羅斯派兵。國務院發言人林劍回答說，各方應推動緩和局勢。"
    mentions = extract_entities(text, "zh-Hant")
    got = {m.name: m.kind for m in mentions}
    assert got.get("韓國國家情報院") == "ORG"
    assert got.get("朝鮮") == "LOC" and got.get("俄羅斯") == "LOC"
    assert got.get("林劍") == "PER"
    assert not any(n in got for n in ("韩国国家情报院", "朝鲜", "林剑"))


def test_chinese_country_and_place_are_two_names_without_direction_words() -> None:
    got = {m.name: m.kind for m in extract_entities(
        "印尼南苏拉威西省连日暴雨。另据气象部门消息，日本北海道东部海域也发生地震，九州南部选情胶着。", "zh-Hans")}
    assert got.get("印尼") == "LOC" and got.get("南苏拉威西省") == "LOC"
    assert got.get("北海道") == "LOC" and got.get("九州") == "LOC"
    assert not {"印尼南苏拉威西省", "日本北海道", "九州南部"} & set(got)


def test_chinese_organisation_names_lac_cuts_short() -> None:
    got = {m.name: m.kind for m in extract_entities(
        "据土耳其灾害与应急管理局消息，救援仍在继续。日本众议院选举临近，另据日本总务省统计，日本最高法院此前裁定违宪。"
        "美国驻日本大使馆发言人表示尊重。", "zh-Hans")}
    for org in ("土耳其灾害与应急管理局", "日本众议院", "日本总务省", "日本最高法院", "美国驻日本大使馆"):
        assert got.get(org) == "ORG", (org, got)
    assert "日本大使馆" not in got


def test_chinese_parties_roles_and_people() -> None:
    got = {m.name: m.kind for m in extract_entities(
        "在野党立宪民主党党首野口佳彦当天在大阪批评说，执政党必须反思。在野党国民党团总召傅崐萁表示支持。", "zh-Hans")}
    assert got.get("立宪民主党") == "ORG" and got.get("野口佳彦") == "PER"
    assert got.get("国民党团") == "ORG" or got.get("国民党") == "ORG"
    assert not {"在野党", "执政党", "口佳彦", "在野党立宪民主党党首野"} & set(got)


def test_traditional_chinese_government_bodies_and_roads() -> None:
    got = {m.name: m.kind for m in extract_entities(
        "行政院長前往應變中心，經濟部已要求台電預先調度人力，衛福部則清查名單。花蓮縣長表示，台9線與台61線明天封閉。"
        "台積電高雄廠延後量產。", "zh-Hant")}
    for org in ("行政院", "經濟部", "衛福部", "台積電"):
        assert got.get(org) == "ORG", (org, got)
    for place in ("台9線", "台61線", "高雄"):
        assert got.get(place) == "LOC", (place, got)
    assert "LOC" in (got.get("花蓮"), got.get("花蓮縣"))  # the county head's role word is cut off
    assert not {"花蓮縣長", "台積電高雄廠"} & set(got)


def test_chinese_city_suffix_folds_into_the_bare_place() -> None:
    got = {m.name: m for m in extract_entities(
        "土耳其东南部省份马拉蒂亚发生地震。土耳其红新月会在马拉蒂亚市中心搭建了帐篷营地。", "zh-Hans")}
    assert got["马拉蒂亚"].kind == "LOC" and "马拉蒂亚市" not in got


def test_language_is_guessed_from_script() -> None:
    assert "佩斯科夫" in names(extract_entities("克里姆林宫发言人佩斯科夫拒绝回答记者的问题。", None), "PER")
    english = extract_entities("Kremlin spokesman Dmitry Peskov declined to comment.", None)
    assert "Dmitry Peskov" in names(english, "PER")
    assert extract_entities("", None) == []


# --- English and German ------------------------------------------------------------------------

EN = (
    "South Korea summoned Russian Ambassador Georgy Zinoviev on Monday. First Vice Foreign Minister Kim Hong-kyun "
    "told Zinoviev that the troops must leave. Kremlin spokesman Dmitry Peskov declined to comment, the Associated "
    "Press reported from Seoul. NATO Secretary General Mark Rutte said the deployment would be an escalation. "
    "The National Intelligence Service said 1,500 soldiers had arrived in Vladivostok. On Tuesday, Reuters "
    "quoted Mr. Rutte. The Defence Ministry of Ukraine said nothing."
)


def test_english_heuristic() -> None:
    mentions = extract_entities(EN, "en")
    found = by_name(mentions)
    assert {"Georgy Zinoviev", "Kim Hong-kyun", "Dmitry Peskov", "Mark Rutte", "Zinoviev", "Rutte"} <= names(
        mentions, "PER")
    assert found["Zinoviev"].count == 1 and found["Rutte"].count == 1
    assert {"South Korea", "Seoul", "Vladivostok"} <= names(mentions, "LOC")
    assert {"NATO", "Associated Press", "National Intelligence Service", "Reuters"} <= names(mentions, "ORG")
    got = {m.name for m in mentions}
    # roles, weekdays, demonyms and sentence-initial words are not entities
    for junk in ("Monday", "Tuesday", "Russian", "Ambassador", "President", "The", "On", "First Vice Foreign Minister"):
        assert junk not in got
    assert not any(n.startswith(("Russian ", "Mr")) for n in got)


def test_english_place_preposition_and_possessive() -> None:
    mentions = extract_entities("Troops gathered in Kursk. Officials in Brussels disagreed with Moscow's plan.", "en")
    assert {"Kursk", "Brussels", "Moscow"} <= names(mentions, "LOC")
    assert "Officials" not in {m.name for m in mentions}


DE = (
    "Südkorea hat den russischen Botschafter Georgi Sinowjew einbestellt. Vizeaußenminister Kim Hong Kyun "
    "verurteilte die Entsendung. Kremlsprecher Dmitri Peskow wollte sich nicht äußern. Der Geheimdienst NIS "
    "teilte mit, Truppen Nordkoreas seien in Wladiwostok eingetroffen. Das Außenministerium in Seoul sagte, "
    "Sinowjew habe die Botschaft nach Moskau übermittelt. Die Deutsche Bank AG schwieg am Montag."
)


def test_german_heuristic_prefers_precision() -> None:
    mentions = extract_entities(DE, "de")
    assert {"Georgi Sinowjew", "Kim Hong Kyun", "Dmitri Peskow", "Sinowjew"} <= names(mentions, "PER")
    assert {"Südkorea", "Nordkorea", "Wladiwostok", "Seoul", "Moskau"} <= names(mentions, "LOC")
    assert {"NIS", "Außenministerium", "Deutsche Bank AG"} <= names(mentions, "ORG")
    got = {m.name for m in mentions}
    for noun in ("Botschafter", "Entsendung", "Truppen", "Botschaft", "Montag", "Der Geheimdienst", "Die"):
        assert noun not in got


def kinds(mentions: list[Mention]) -> dict[str, str]:
    return {m.name: m.kind for m in mentions}


def test_german_places_without_cue_words_come_from_the_gazetteer() -> None:
    got = kinds(extract_entities(
        "Die Donau und der Inn traten in Niederbayern über die Ufer. Bayerns Regierung schickte Helfer nach "
        "Nordrhein-Westfalen und Baden-Württemberg, in Regensburg blieb es ruhig.", "de"))
    for place in ("Donau", "Inn", "Niederbayern", "Bayern", "Nordrhein-Westfalen", "Baden-Württemberg", "Regensburg"):
        assert got.get(place) == "LOC", place


def test_german_datelines() -> None:
    got = kinds(extract_entities("BERLIN (dpa) – Die Koalition stritt am Montag weiter.", "de"))
    assert got.get("Berlin") == "LOC" and got.get("dpa") == "ORG"
    got = kinds(extract_entities("Hochwasser an der Ilz\nPassau – Die Pegel steigen weiter.", "de"))
    assert got.get("Passau") == "LOC"


def test_german_party_compounds_give_the_party() -> None:
    got = kinds(extract_entities(
        "CDU-Kandidatin Vera Lindholm stellte ihr Programm vor. Die SPD-Fraktion lehnte ab, die "
        "EU-Kommission schwieg, und DGB-Landeschef Ole Brandstetter sagte nichts.", "de"))
    assert got.get("CDU") == "ORG" and got.get("SPD") == "ORG" and got.get("DGB") == "ORG"
    assert got.get("EU-Kommission") == "ORG"
    assert got.get("Vera Lindholm") == "PER" and got.get("Ole Brandstetter") == "PER"
    assert not any("Kandidatin" in n or "Fraktion" in n or "Landeschef" in n for n in got)


def test_german_titles_roles_and_nationality_are_not_part_of_a_name() -> None:
    got = kinds(extract_entities(
        "Richter Hofmann vertagte den Prozess. Die Französin Claire Duval gewann vor der Norwegerin Ingrid Haugen. "
        "BA-Chefin Karin Sommer und Bürgermeisterin Jana Roth sprachen mit dem Hydrologen Thomas Eberl.", "de"))
    for person in ("Hofmann", "Claire Duval", "Ingrid Haugen", "Karin Sommer", "Jana Roth", "Thomas Eberl"):
        assert got.get(person) == "PER", person
    assert got.get("BA") == "ORG"
    assert not any(role in n for n in got for role in ("Richter", "Französin", "Chefin", "Bürgermeisterin"))


def test_german_noun_pairs_are_no_people() -> None:
    got = kinds(extract_entities(
        "In Passau fielen 120 Liter Regen. Die Läuferin hatte 21 Sekunden Rückstand, der Schaden liegt bei "
        "14 Millionen Euro. Im Berliner Stadtteil Neukölln brannte es, im Stadtteil Innstadt auch.", "de"))
    assert not {"Liter Regen", "Sekunden Rückstand", "Millionen Euro"} & set(got)
    assert got.get("Neukölln") == "LOC" and got.get("Innstadt") == "LOC"
    assert "PER" not in got.values()


def test_german_organisations_around_head_words() -> None:
    got = kinds(extract_entities(
        "Das Landesamt für Umwelt warnte. Die Bundesagentur für Arbeit und der Deutsche Wetterdienst meldeten "
        "Zahlen, die Feuerwehr Passau rückte aus, die Huber Bau GmbH schwieg. Laut dem Institut Forsa und dem "
        "Geheimdienst NIS wächst die Sorge. Der Verband der Automobilindustrie und der THW Kiel reagierten.", "de"))
    for org in ("Landesamt für Umwelt", "Bundesagentur für Arbeit", "Deutsche Wetterdienst", "Feuerwehr Passau",
                "Huber Bau GmbH", "Forsa", "NIS", "Verband der Automobilindustrie", "THW Kiel"):
        assert got.get(org) == "ORG", (org, got)
    assert "Institut" not in got and "Geheimdienst NIS" not in got


def test_german_place_endings_and_lists_after_prepositions() -> None:
    got = kinds(extract_entities(
        "Die Helfer kamen aus Vilshofen und Kelheim. Er trat in Köln, Dortmund, Essen und Bielefeld auf. "
        "Das Essen war kalt. Sie sind in Sicherheit.", "de"))
    for place in ("Vilshofen", "Kelheim", "Köln", "Dortmund", "Essen", "Bielefeld"):
        assert got.get(place) == "LOC", place
    assert "Sicherheit" not in got


def test_german_streets_and_roads() -> None:
    got = kinds(extract_entities("Das Feuer brach in einem Haus an der Sonnenallee aus. Die A3 und die Steinerne "
                                 "Brücke wurden gesperrt, die Umleitung führt über Mitteldeutschland.", "de"))
    assert got.get("Sonnenallee") == "LOC" and got.get("A3") == "LOC" and got.get("Steinerne Brücke") == "LOC"
    assert got.get("Mitteldeutschland") == "LOC"


def test_english_long_organisation_names_stay_whole() -> None:
    got = kinds(extract_entities(
        "The Texas Department of Transportation closed the road. The National Snow and Ice Data Center said ice "
        "was thin, and the Securities and Exchange Commission sued. Stein & Marlow LLP declined to comment.", "en"))
    for org in ("Texas Department of Transportation", "National Snow and Ice Data Center",
                "Securities and Exchange Commission", "Stein & Marlow LLP"):
        assert got.get(org) == "ORG", org
    assert not {"Texas Department", "Ice Data Center", "National Snow"} & set(got)


def test_english_generic_nouns_and_demonyms_are_no_entities() -> None:
    got = kinds(extract_entities(
        "Prosecutors said the scheme was large. Officials said nothing. Nova Scotians were told to leave. "
        "Nobody asked us. The CHIPS and Science Act passed.", "en"))
    assert not {"Prosecutors", "Officials", "Nova Scotians", "Nobody", "Science Act"} & set(got)


def test_english_datelines_small_towns_and_typing() -> None:
    got = kinds(extract_entities(
        "HALIFAX, Nova Scotia (AP) — The fire started near Upper Tantallon, and residents of Lockeport and "
        "Hays and Comal counties left. Forecaster Brian Kessler of the Blanco River Authority spoke at "
        "Mansfield Dam near Lake Travis. Public Safety Minister Sarah Whitfield visited the Isle of Mull.", "en"))
    for place in ("Halifax", "Nova Scotia", "Upper Tantallon", "Lockeport", "Hays", "Comal", "Mansfield Dam",
                  "Lake Travis", "Isle of Mull"):
        assert got.get(place) == "LOC", place
    assert got.get("AP") == "ORG" and got.get("Blanco River Authority") == "ORG"
    assert got.get("Brian Kessler") == "PER" and got.get("Sarah Whitfield") == "PER"
    assert not {"Forecaster Brian Kessler", "Public Safety", "HALIFAX"} & set(got)


def test_country_shaped_names_and_pairs_of_places() -> None:
    got = kinds(extract_entities(
        "Talks on the Estavia-Marenia border resumed. Norvania's foreign minister said Norvania would mediate, "
        "and US-China trade was also discussed. Julia said nothing.", "en"))
    assert got.get("Estavia") == "LOC" and got.get("Marenia") == "LOC" and got.get("Norvania") == "LOC"
    assert got.get("US") == "LOC" and got.get("China") == "LOC"
    assert got.get("Julia") != "LOC"
    got = kinds(extract_entities("Frachter liegen vor dem Hafen Velmar. Norwanien protestierte, Norwanien droht.",
                                 "de"))
    assert got.get("Velmar") == "LOC" and got.get("Norwanien") == "LOC"


def test_english_lone_words_that_speak_are_organisations_unless_a_surname() -> None:
    got = kinds(extract_entities(
        "The fine was fair, Ofwat said. Chief executive David Black said customers were let down, and "
        "Black said more. Insurers warned of claims. The regulator fined Thames Water a record sum.", "en"))
    assert got.get("Ofwat") == "ORG" and got.get("Black") == "PER" and got.get("David Black") == "PER"
    assert got.get("Thames Water") == "ORG"
    assert "Insurers" not in got


def test_german_hyphenated_place_after_a_preposition() -> None:
    got = kinds(extract_entities("Der Weinhändler Markus Kiefer aus Zeltingen-Rachtig sagte, der Konsum sinke. Die "
                                 "Deutsche Krankenhausgesellschaft widersprach.", "de"))
    assert got.get("Zeltingen-Rachtig") == "LOC" and got.get("Markus Kiefer") == "PER"
    assert got.get("Deutsche Krankenhausgesellschaft") == "ORG"


# --- linking -----------------------------------------------------------------------------------


def test_linking_person_forms_across_scripts_and_articles() -> None:
    entities = link_entities({
        1: [Mention("格奥尔基·季诺维也夫", "PER", 2, "Georgy Zinoviev"), Mention("季诺维也夫", "PER", 3, None)],
        2: [Mention("季諾維也夫", "PER", 1, None)],  # zh-Hant spelling
        3: [Mention("Georgy Zinoviev", "PER", 1, None), Mention("Zinoviev", "PER", 2, None)],
    })
    [person] = [e for e in entities if e.kind == "PER"]
    assert set(person.forms) == {"格奥尔基·季诺维也夫", "季诺维也夫", "季諾維也夫", "Georgy Zinoviev", "Zinoviev"}
    assert person.name == "格奥尔基·季诺维也夫"  # the fullest common form, in the script most mentions use
    assert person.count == 9 and person.article_ids == [1, 2, 3]
    assert person.key == entity_key("格奥尔基·季诺维也夫", "PER") == "PER:格奥尔基季诺维也夫"


def test_same_surname_in_chinese_does_not_merge() -> None:
    entities = link_entities({1: [Mention("金正恩", "PER", 3, None), Mention("金弘均", "PER", 2, None)],
                              2: [Mention("金", "PER", 1, None)]})
    assert group_of(entities, "金正恩") is not group_of(entities, "金弘均")
    assert len(entities) == 3


def test_ambiguous_surname_links_to_nobody() -> None:
    entities = link_entities({1: [Mention("Kim Jong Un", "PER", 1, None), Mention("Kim Hong Kyun", "PER", 1, None),
                                  Mention("Kyun", "PER", 1, None), Mention("Joe Kyun", "PER", 1, None)]})
    assert group_of(entities, "Kyun").forms == ["Kyun"]
    assert group_of(entities, "Kim Jong Un") is not group_of(entities, "Kim Hong Kyun")


def test_linking_organisations() -> None:
    entities = link_entities({
        1: [Mention("韩国国家情报院", "ORG", 3, None), Mention("国情院", "ORG", 2, None),
            Mention("美国国务院", "ORG", 2, None), Mention("韩国外交部", "ORG", 2, None)],
        2: [Mention("韩国国家情报局", "ORG", 1, None), Mention("韩国国情院", "ORG", 1, None),
            Mention("中国外交部", "ORG", 1, None), Mention("外交部", "ORG", 1, None)],
    })
    nis = group_of(entities, "韩国国家情报院")
    assert set(nis.forms) == {"韩国国家情报院", "国情院", "韩国国家情报局", "韩国国情院"}
    assert nis.name == "韩国国家情报院" and nis.article_ids == [1, 2]
    assert group_of(entities, "美国国务院").forms == ["美国国务院"]
    # two countries' foreign ministries stay apart, and the bare 外交部 is ambiguous between them
    assert group_of(entities, "韩国外交部") is not group_of(entities, "中国外交部")
    assert group_of(entities, "外交部").forms == ["外交部"]


def test_organisation_abbreviation_without_gazetteer() -> None:
    entities = link_entities({1: [Mention("日本公安调查厅", "ORG", 2, None), Mention("公调厅", "ORG", 1, None),
                                  Mention("日本外务省", "ORG", 1, None)]})
    assert set(group_of(entities, "公调厅").forms) == {"日本公安调查厅", "公调厅"}
    assert group_of(entities, "日本外务省").forms == ["日本外务省"]


def test_places_link_through_gazetteer_and_keys_are_stable() -> None:
    entities = link_entities({1: [Mention("俄罗斯", "LOC", 5, None), Mention("朝鲜", "LOC", 4, None)],
                              2: [Mention("Russia", "LOC", 2, None), Mention("North Korea", "LOC", 1, None)],
                              3: [Mention("Russland", "LOC", 1, None), Mention("Nordkorea", "LOC", 1, None)]})
    assert len(entities) == 2
    russia = group_of(entities, "Russland")
    assert set(russia.forms) == {"俄罗斯", "Russia", "Russland"} and russia.name == "俄罗斯"
    assert russia.key == "LOC:russia" == entity_key("Russland", "LOC") == entity_key("俄羅斯", "LOC")
    assert [e.count for e in entities] == [8, 6]  # sorted by count


def test_entity_key_normalises() -> None:
    assert entity_key("季諾維也夫", "PER") == entity_key("季诺维也夫", "PER") == "PER:季诺维也夫"
    assert entity_key("Georgy  ZINOVIEV", "PER") == "PER:georgy zinoviev"
    assert entity_key("Ｇｅｏｒｇｙ", "PER") == "PER:georgy"
    assert entity_key("格奥尔基•季诺维也夫", "PER") == entity_key("格奥尔基·季诺维也夫", "PER")


def test_mention_json_round_trip() -> None:
    for m in (Mention("格奥尔基·季诺维也夫", "PER", 2, "Georgy Zinoviev"), Mention("北约", "ORG", 7, None)):
        d = mention_to_dict(m)
        assert mention_from_dict(json.loads(json.dumps(d, ensure_ascii=False))) == m
    assert "latin" not in mention_to_dict(Mention("北约", "ORG", 7, None))


def test_model_loads_in_a_fresh_process() -> None:
    code = ("from storyline.analyze.entities import extract_entities as x; "
            "print(sorted(m.name for m in x('中国外交部发言人林剑回答说。', 'zh-Hans')))")
    out = subprocess.run([sys.executable, "-W", "error", "-c", code], capture_output=True, text=True, check=True)
    assert "林剑" in out.stdout and "中国外交部" in out.stdout


# --- seeds ----------------------------------------------------------------------------------------


def _seed_articles() -> list[dict[str, str]]:
    exe = Path(sys.executable).with_name("storyline")
    out = subprocess.run([str(exe), "extract", str(SEEDS), "--format", "jsonl"], capture_output=True, text=True,
                         check=True)
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


@pytest.mark.shared
@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared not present")
def test_seed_entities() -> None:
    articles = _seed_articles()
    assert len(articles) == 2
    per = {i: extract_entities(a["text"], a["language"], a["title"]) for i, a in enumerate(articles)}
    people = set().union(*(names(m, "PER") for m in per.values()))
    for name in ("金弘均", "季诺维也夫", "佩斯科夫", "吕特", "尹锡悦", "布达诺夫", "林剑"):
        assert any(name in p for p in people), (name, people)
    assert not any(len(p) < 2 or p in ("韩方", "金弘", "林剑回") for p in people)
    places = set().union(*(names(m, "LOC") for m in per.values()))
    assert {"朝鲜", "俄罗斯", "乌克兰", "韩国", "莫斯科", "平壤"} <= places
    assert not {"俄乌", "俄朝", "朝俄", "俄", "韩大使"} & places
    organisations = set().union(*(names(m, "ORG") for m in per.values()))
    assert {"韩国国家情报院", "北约", "韩国外交部"} <= organisations

    entities = link_entities(per)
    zinoviev = group_of(entities, "季诺维也夫")
    assert "格奥尔基·季诺维也夫" in zinoviev.forms and zinoviev.article_ids == [0, 1]
    assert group_of(entities, "金弘均").article_ids == [0, 1]
    assert "德米特里·佩斯科夫" in group_of(entities, "佩斯科夫").forms
    assert group_of(entities, "韩国外交部") is not group_of(entities, "中国外交部")
    assert entities[0].kind == "LOC" and entities[0].name in ("俄罗斯", "朝鲜")
