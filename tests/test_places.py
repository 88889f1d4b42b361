"""Where an article places its event, and the conflict between two articles that place it apart."""

from __future__ import annotations

from storyline.analyze.features import (
    FEATURE_NAMES,
    Idf,
    compute_signals,
    pair_features,
    signals_from_record,
    signals_to_record,
)
from storyline.analyze.place_levels import COUNTRY, LOCAL, REGION, level
from storyline.analyze.places import article_places, latin_places, place_key, places_clash, zh_places

from .test_features import Doc

CLASH = FEATURE_NAMES.index("place_clash")


def test_chinese_places_are_whole_tokens_in_simplified_chinese() -> None:
    assert zh_places("上海浦东一座仓库起火") == ["shanghai"]
    assert zh_places("政府决定增加纳税人的补贴") == []  # 加纳 (Ghana) is no token here
    assert zh_places("德国汉堡港口") == ["germany", "hamburg"]


def test_latin_places_need_capitals_and_skip_ambiguous_words() -> None:
    assert latin_places("Voters in Turkey and New York") == ["turkey", "new york"]
    assert latin_places("a turkey farm near the city") == []
    assert latin_places("Hochwasser in Köln: Schulen in Nordrhein-Westfalen bleiben zu") == \
        ["cologne", "north rhine-westphalia"]
    assert latin_places("Essen und Trinken") == []  # Essen is a city and "food"


def test_one_place_in_three_languages_has_one_key() -> None:
    assert zh_places("科隆") == latin_places("Köln") == latin_places("Cologne") == ["cologne"]


def test_the_title_places_the_event_else_the_first_place_of_the_lead() -> None:
    main, every = article_places("Bridge closed after cracks", "DRESDEN - The bridge over the Elbe in Saxony ...",
                                 "bridge closed after cracks", "dresden - the bridge ...")
    assert main == {"dresden"} and every == {"dresden", "elbe", "saxony"}
    main, every = article_places("Flood in Hamburg", "Schools in Germany stay shut.", "", "")
    assert main == {"hamburg"} and every == {"hamburg", "germany"}


def test_a_clash_is_two_placed_events_neither_naming_the_others_place() -> None:
    hamburg = (frozenset({"hamburg"}), frozenset({"hamburg", "germany"}))
    dresden = (frozenset({"dresden"}), frozenset({"dresden", "germany"}))
    germany_with_hamburg = (frozenset({"germany"}), frozenset({"germany", "hamburg"}))
    unplaced: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    assert places_clash(*hamburg, *dresden)
    assert not places_clash(*hamburg, *germany_with_hamburg)  # the country report names the city
    assert not places_clash(*hamburg, *unplaced)
    assert not places_clash(*hamburg, *hamburg)


def _placed(*keys: str) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(keys), frozenset(keys)


def test_only_places_of_one_scale_clash() -> None:
    assert places_clash(*_placed("beijing"), *_placed("shanghai"))  # two cities
    assert places_clash(*_placed("hubei"), *_placed("guangdong"))  # two provinces
    assert places_clash(*_placed("russia"), *_placed("japan"))  # two countries
    assert not places_clash(*_placed("china"), *_placed("beijing"))  # a country and maybe its city
    assert not places_clash(*_placed("england"), *_placed("liverpool"))
    assert not places_clash(*_placed("hubei"), *_placed("wuhan"))  # a province and maybe its city
    assert not places_clash(*_placed("elbe"), *_placed("hamburg"))  # a river crosses borders
    assert not places_clash(*_placed("elbe"), *_placed("rhine"))
    # one scale in common is enough: province and city against province and city
    assert places_clash(*_placed("hubei", "wuhan"), *_placed("guangdong", "guangzhou"))


def level_of(name: str) -> int | None:
    key = place_key(name)
    assert key is not None, name
    return level(key)


def test_every_place_level_names_a_gazetteer_place() -> None:
    from storyline.analyze.place_levels import _LEVELS  # noqa: PLC0415 - a private table, checked here only

    assert {key for key in _LEVELS if place_key(key) != key} == set()
    assert level_of("湖北") == REGION and level_of("武汉") == LOCAL and level_of("中国") == COUNTRY
    assert level_of("易北河") is None  # the Elbe


FLOOD_HAMBURG = Doc("hh", "Floods close schools in Hamburg",
                    "Heavy rain flooded streets in Hamburg on Tuesday; 40 schools stayed shut.", "en")
FLOOD_DRESDEN = Doc("dd", "Floods close schools in Dresden",
                    "Heavy rain flooded streets in Dresden on Tuesday; 40 schools stayed shut.", "en")
FLOOD_HAMBURG_ZH = Doc("hh-zh", "汉堡暴雨 40所学校停课", "周二汉堡遭遇暴雨，街道被淹，40所学校停课。", "zh")


def test_pair_feature_marks_reports_of_two_cities_and_not_two_languages_of_one() -> None:
    hh, dd, zh = (compute_signals(d, embed=False) for d in (FLOOD_HAMBURG, FLOOD_DRESDEN, FLOOD_HAMBURG_ZH))
    idf = Idf()
    assert pair_features(hh, dd, idf)[CLASH] == 1.0
    assert pair_features(hh, zh, idf)[CLASH] == 0.0
    assert pair_features(dd, zh, idf)[CLASH] == 1.0


def test_places_survive_storage_and_older_records_have_none() -> None:
    hh, dd = (compute_signals(d, embed=False) for d in (FLOOD_HAMBURG, FLOOD_DRESDEN))
    embedding, features = signals_to_record(hh)
    back = signals_from_record("hh", embedding, features)
    assert (back.main_places, back.places) == (frozenset({"hamburg"}), frozenset({"hamburg"}))
    older = {k: v for k, v in features.items() if k not in ("places", "main_places")}
    assert pair_features(signals_from_record("hh", embedding, older), dd, Idf())[CLASH] == 0.0


def test_articles_placed_alike_share_one_set_object() -> None:
    a = compute_signals(Doc("a", "No place here", "Nothing placed either."), embed=False)
    b = compute_signals(Doc("b", "Nor here", "Still nothing."), embed=False)
    hh1, hh2 = (compute_signals(Doc(i, "Flood in Hamburg", "Water rose."), embed=False) for i in ("h1", "h2"))
    assert a.places is b.places is a.main_places
    assert hh1.places is hh2.places is hh1.main_places
