"""The held-out scorer's matching rules (bench/heldout_eval.py), on tiny hand-made cases.

These check the scorer, not the extractor: the scorer is what turns extraction into the figures
of issue #5, so a lenient or strict slip here would move every figure.
"""

from __future__ import annotations

import json

from bench import heldout_eval as ev


def truth(value: float, subject: list[str], source: list[str] | None = None, qualifier: str | None = None,
          **extra: object) -> dict[str, object]:
    return {"value": value, "subject": subject, "attributed_to": source, "qualifier": qualifier, **extra}


def pred(value: float, subject: str = "", unit: str = "", source: str | None = None,
         qualifier: str | None = None) -> dict[str, object]:
    return {"value": value, "subject": subject, "unit": unit, "attributed_to": source, "qualifier": qualifier}


def test_value_tolerance_is_half_a_percent() -> None:
    t = truth(12000, ["soldiers"])
    assert ev.value_ok(t, 12000.0)
    assert ev.value_ok(t, 12059)
    assert not ev.value_ok(t, 12061)
    assert not ev.value_ok(t, 1.2)
    assert not ev.value_ok(t, None)
    assert not ev.value_ok(t, "many")


def test_range_accepts_values_inside_only() -> None:
    t = truth(7, ["days"], value_max=10)
    assert ev.value_ok(t, 7) and ev.value_ok(t, 8.5) and ev.value_ok(t, 10)
    assert not ev.value_ok(t, 6) and not ev.value_ok(t, 11)
    negative = truth(-20, ["Grad"], value_max=30)
    assert ev.value_ok(negative, -20) and ev.value_ok(negative, 0)
    assert not ev.value_ok(negative, 20 * -1.1)


def test_alias_containment_both_ways_on_word_boundaries() -> None:
    assert ev.alias_hit(["韩国国家情报院", "国情院"], "国情院")
    assert ev.alias_hit(["韩国国家情报院", "国情院"], "据韩国国家情报院消息")  # alias inside prediction
    assert ev.alias_hit(["Dr. Helen Park"], "Park")  # prediction inside alias
    assert ev.alias_hit(["行政院主計總處"], "行政院主计总处")  # Traditional and Simplified meet
    assert ev.alias_hit(["police"], "POLICE said")
    assert not ev.alias_hit(["UN"], "Kiewer Militärverwaltung")  # no match inside a word
    assert not ev.alias_hit(["Dr. Helen Park"], "he")  # not a word of the alias
    assert not ev.alias_hit(["Jia He"], "he")  # too short to count as inside an alias
    assert not ev.alias_hit(["李东旭"], "李")
    assert ev.alias_hit(["李东旭"], "东旭")
    assert not ev.alias_hit(["soldiers"], "", None)


def test_claim_levels() -> None:
    t = truth(3000, ["士兵", "troops"], ["国情院", "NIS"], "approx")
    assert ev.claim_ok(t, pred(3000, "士兵", "people", "国情院", "approx"), "qualifier")
    wrong_source = pred(3000, "士兵", "", "韩联社", "approx")
    assert ev.claim_ok(t, wrong_source, "subject")
    assert not ev.claim_ok(t, wrong_source, "attribution")
    unattributed = pred(3000, "", "troops", None)
    assert ev.claim_ok(t, unattributed, "subject")  # the unit may carry the subject
    assert not ev.claim_ok(t, unattributed, "attribution")
    assert not ev.claim_ok(t, pred(3000, "人", "people", "国情院"), "subject")
    assert not ev.claim_ok(t, pred(3000, "士兵", "", "NIS", None), "qualifier")
    outlet = truth(14, ["deaths"])
    assert ev.claim_ok(outlet, pred(14, "people", "deaths"), "attribution")
    assert not ev.claim_ok(outlet, pred(14, "people", "deaths", "officials"), "attribution")


def test_matching_is_one_to_one_and_maximal() -> None:
    truths = [truth(5, ["cases"]), truth(5, ["deaths"])]
    once = ev.score_claims(truths, [pred(5, "cases")])["value"]
    assert (once.right, once.wrong, once.found, once.missed) == (1, 0, 1, 1)
    twice = ev.score_claims(truths[:1], [pred(5, "cases"), pred(5, "cases")])["value"]
    assert (twice.right, twice.wrong, twice.missed) == (1, 1, 0)
    # greedy matching would give the first prediction to the first truth and strand the second
    both = ev.score_claims(truths, [pred(5, "cases deaths"), pred(5, "cases")])["subject"]
    assert (both.found, both.missed, both.wrong) == (2, 0, 0)


def test_optional_truth_is_neither_hit_nor_false_alarm() -> None:
    truths = [truth(1, ["charge"], optional=True), truth(6, ["years"])]
    counts = ev.score_claims(truths, [pred(1, "charge"), pred(6, "years")])["value"]
    assert (counts.right, counts.wrong, counts.found, counts.missed) == (1, 0, 1, 0)
    assert ev.score_claims(truths, [])["value"].missed == 1


def test_entities_by_name_alias_latin_and_kind() -> None:
    gold = [{"name": "Bayern Munich", "kind": "ORG", "aliases": ["Bayern"]},
            {"name": "新华社", "kind": "ORG", "aliases": ["Xinhua"]},
            {"name": "UK", "kind": "LOC", "aliases": [], "optional": True}]
    preds = [{"name": "Bayern", "kind": "PER"}, {"name": "新華社", "kind": "ORG"},
             {"name": "Liter Regen", "kind": "PER"}, {"name": "UK", "kind": "LOC"}, {"name": "BAYERN", "kind": "ORG"}]
    untyped = ev.score_entities(gold, preds, typed=False)
    assert (untyped.right, untyped.wrong, untyped.found, untyped.missed) == (2, 1, 2, 0)  # BAYERN folds into Bayern
    typed = ev.score_entities(gold, preds, typed=True)
    assert (typed.right, typed.wrong, typed.found) == (1, 2, 1)
    latin = ev.score_entities(gold[1:2], [{"name": "新华通讯社", "kind": "ORG", "latin": "Xinhua"}], typed=False)
    assert latin.found == 1
    dotted = ev.score_entities([{"name": "U.S.", "kind": "LOC", "aliases": []}], [{"name": "U.S", "kind": "LOC"}], True)
    assert (dotted.right, dotted.found) == (1, 1)
    assert ev.score_entities(gold[:1], [{"name": "", "kind": "ORG"}], typed=False).wrong == 0


def test_quotes_and_speakers() -> None:
    gold = [{"start": "夜里晃得很厉害", "speaker": ["李秀芬"]}, {"start": "neutralised", "speaker": None}]
    preds = [{"text": "“夜里晃得很厉害，我们抱着孩子就往外跑。”", "speaker": "村民李秀芬"},
             {"text": "neutralised", "speaker": "army"}, {"text": "安全账户", "speaker": None}]
    detection, speaker = ev.score_quotes(gold, preds)
    assert (detection.right, detection.wrong, detection.found, detection.missed) == (2, 1, 2, 0)
    assert (speaker.right, speaker.wrong) == (1, 1)


def test_truth_file_is_consistent_with_the_articles() -> None:
    articles, gold = ev.load()
    assert len(articles) == 30
    for article in articles:
        text = article["text"]
        for claim in gold[article["id"]]["claims"]:
            assert claim["sentence_hint"] in text, (article["id"], claim["sentence_hint"])
            assert claim["qualifier"] in (None, "approx", "at_least", "at_most")
            assert claim.get("value_max", claim["value"]) >= claim["value"]
        for quote in gold[article["id"]]["quotes"]:
            assert quote["start"] in text, (article["id"], quote["start"])
    assert json.dumps(gold["_meta"])  # the annotation rules travel with the truth
