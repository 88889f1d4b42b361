"""Per-article matching signals: tokens, names, figures, embeddings, storage round trip."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

import numpy as np
import pytest

from storyline.analyze import textutil
from storyline.analyze.features import (
    FEATURE_NAMES,
    Idf,
    SignalsError,
    compute_signals,
    compute_signals_batch,
    embed_e5,
    embed_texts,
    pair_features,
    signals_from_record,
    signals_to_record,
)
from storyline.errors import InputError


@dataclass
class Doc:
    id: str
    title: str | None
    text: str
    language: str | None = None
    published: datetime | None = None


HANS = Doc("hans", "林登堡港口大桥因钢梁裂缝关闭四个月",
           "林登堡市议会周二投票决定，关闭老港口大桥进行维修。检查人员在两根钢制支柱上发现了裂缝。"
           "市长卡罗琳·韦伯（Caroline Weber）表示，维修费用约为1200万欧元，每天约有3.5万辆汽车经过这座大桥。",
           "zh-Hans")
HANT = Doc("hant", "林登堡港口大橋發現裂縫 將封閉至少四個月",
           "林登堡市長韋伯（Caroline Weber）週二宣布，老港口大橋因兩根鋼製支柱出現裂縫，將封閉維修至少四個月。"
           "維修預計耗資1200萬歐元，這座大橋每日車流量約3.5萬輛。", "zh-Hant")
EN = Doc("en", "Lindenbrook closes harbour bridge after cracks are found",
         "The city council of Lindenbrook voted on Tuesday to close the old harbour bridge. Mayor Caroline Weber "
         "said repairs would cost 12 million euros and take at least four months; 35,000 cars cross it daily.", "en")


def test_chinese_tokens_drop_stopwords_and_punctuation() -> None:
    tokens, names = textutil.tokenize("市长表示，大桥的维修费用约为1200万欧元。")
    assert "的" not in tokens and "，" not in tokens and "。" not in tokens
    assert "大桥" in tokens and "1200" in tokens
    assert isinstance(names, set)


def test_traditional_and_simplified_meet_in_tokens() -> None:
    hans, hant = compute_signals(HANS, embed=False), compute_signals(HANT, embed=False)
    assert {"大桥", "裂缝", "1200"} <= hans.full_tf.keys() & hant.full_tf.keys()
    assert hans.language == hant.language == "zh"


def test_figures_expand_chinese_units_and_thousands_separators() -> None:
    assert textutil.figures("耗资1200万欧元，约3.5万辆，2亿人") == {"1.2e+07", "35000", "2e+08"}
    assert "35000" in textutil.figures("35,000 cars")
    assert textutil.figures("3 cars and 7 bikes") == set()  # single digits say nothing


def test_names_from_capitals_and_bracketed_latin() -> None:
    assert {"caroline", "weber"} <= textutil.latin_names("市长卡罗琳·韦伯（Caroline Weber）表示")
    names = textutil.latin_names("The council said that Mayor Caroline Weber of Lindenbrook agreed.")
    assert {"caroline", "weber", "lindenbrook"} <= names and "the" not in names
    assert "am" not in textutil.latin_names("Die Brücke in Lindenbrook wird am Montag gesperrt.")


def test_german_common_nouns_are_not_names_but_runs_places_and_acronyms_are() -> None:
    de = Doc("de", "Hochwasser in Hamburg: Feuerwehr evakuiert 300 Menschen",
             "Nach Angaben der Polizei mussten die Bewohner am Dienstag ihre Häuser verlassen. "
             "Bürgermeisterin Anna Brandt sprach von Schäden in Höhe von 12 Millionen Euro, "
             "die Deutsche Bahn stellte den Verkehr ein, und das THW half den Helfern.", "de")
    names = compute_signals(de, embed=False).names
    assert {"hamburg", "anna", "brandt", "deutsche", "bahn", "thw"} <= names
    assert not {"angaben", "polizei", "bewohner", "feuerwehr", "menschen", "schäden", "höhe",
                "millionen", "euro", "verkehr", "helfern", "häuser"} & names
    # a noun after "in" is taken for a place unless it is a set phrase
    phrase = Doc("de2", "Neue Regel", "Die Regel tritt am Montag in Kraft, sagte der Sprecher in Lindenbrook.", "de")
    assert "lindenbrook" in compute_signals(phrase, embed=False).names
    assert "kraft" not in compute_signals(phrase, embed=False).names
    # the same words in an English report are still names (capitals mark names there)
    en = Doc("en", "Flood in Hamburg", "Officials said the Polizei and the Feuerwehr were on site.", "en")
    assert {"polizei", "feuerwehr", "hamburg"} <= compute_signals(en, embed=False).names


def test_a_title_cased_headline_gives_only_the_names_its_body_repeats() -> None:
    doc = Doc("tc", "Mayor Weber Closes Harbour Bridge After Inspectors Find Cracks",
              "The council of Lindenbrook said on Tuesday that Mayor Caroline Weber had closed the bridge.", "en")
    names = compute_signals(doc, embed=False).names
    assert {"weber", "lindenbrook", "caroline"} <= names
    assert not {"closes", "harbour", "bridge", "inspectors", "find", "cracks"} & names
    plain = Doc("plain", "Weber closes the bridge in Lindenbrook", "Engineers found Cracks, said Weber.", "en")
    assert {"weber", "lindenbrook", "cracks"} <= compute_signals(plain, embed=False).names
    headline_only = Doc("h", "Mayor Weber Closes Harbour Bridge After Inspectors Find Cracks", "", "en")
    assert {"weber", "harbour"} <= compute_signals(headline_only, embed=False).names  # nothing to check against
    assert textutil.title_cased("Firings at Trump Property Cap Year of Purging Undocumented Workers")
    assert not textutil.title_cased("Flood kills three in Qingxi")
    assert not textutil.title_cased("岚江省青溪镇洪水致三人死亡")


def test_signals_of_an_article() -> None:
    s = compute_signals(EN, embed=False)
    assert s.embedding is None and not s.title_only and s.language == "en"
    assert s.title.startswith("lindenbrook closes") and "35000" in s.figures
    assert {"caroline", "weber"} <= s.names
    assert len(s.lead) <= 400


def test_published_becomes_naive_utc() -> None:
    cet = timezone(timedelta(hours=1))
    s = compute_signals(Doc("d", "Title here", "Body text.", "en", datetime(2025, 3, 1, 9, 0, tzinfo=cet)), embed=False)
    assert s.published == datetime(2025, 3, 1, 8, 0)
    assert s.published.tzinfo is None
    naive = compute_signals(Doc("n", "T", "B", "en", datetime(2025, 3, 1, 9, 0)), embed=False)
    assert naive.published == datetime(2025, 3, 1, 9, 0)
    assert compute_signals(Doc("u", "T", "B", "en", datetime(2025, 3, 1, tzinfo=UTC)), embed=False).published \
        == datetime(2025, 3, 1)


def test_title_only_article_and_missing_title() -> None:
    headline = compute_signals(Doc("h", "林登堡港口大桥关闭", "", "zh-Hans"), embed=False)
    assert headline.title_only and headline.title_tf == headline.full_tf
    untitled = compute_signals(Doc("u", None, "First line is the title\n\nThen the body.", "en"), embed=False)
    assert untitled.title == "first line is the title" and not untitled.title_only


def test_empty_article_is_an_input_error() -> None:
    with pytest.raises(SignalsError) as info:
        compute_signals(Doc("x", "  ", ""), embed=False)
    assert isinstance(info.value, InputError)


def test_embeddings_are_normalised_and_cross_script() -> None:
    vectors = embed_texts(["林登堡港口大桥关闭", "Lindenbrook closes harbour bridge", "南山动物园大熊猫产下双胞胎"])
    assert vectors.dtype == np.float32 and vectors.shape == (3, 512)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    hans, hant, en = compute_signals_batch([HANS, HANT, EN])
    assert hans.embedding is not None and hant.embedding is not None and en.embedding is not None
    assert float(hans.embedding @ hant.embedding) > 0.8
    assert embed_texts([]).shape == (0, 512)


def test_pair_features_are_symmetric_and_named() -> None:
    hans, hant, en = compute_signals_batch([HANS, HANT, EN], embed=False)
    idf = Idf()
    for s in (hans, hant, en):
        idf.add(s.terms)
    ab, ba = pair_features(hans, hant, idf), pair_features(hant, hans, idf)
    assert len(ab) == len(FEATURE_NAMES) and ab == pytest.approx(ba)
    named = dict(zip(FEATURE_NAMES, ab, strict=True))
    assert named["body_cos"] > 0.2 and named["figures"] > 0 and named["cross"] == 0.0
    assert dict(zip(FEATURE_NAMES, pair_features(hans, en, idf), strict=True))["cross"] == 1.0


def test_record_round_trip() -> None:
    s = compute_signals(Doc("r", "Title", "Body with 12,500 people in Lindenbrook.", "en", datetime(2025, 1, 2)))
    embedding, features = signals_to_record(s)
    back = signals_from_record("r", embedding, features)
    assert back.full_tf == s.full_tf and back.names == s.names and back.figures == s.figures
    assert back.published == s.published and back.embedding is not None and s.embedding is not None
    assert np.array_equal(back.embedding, s.embedding)
    with pytest.raises(SignalsError):
        signals_from_record("r", None, {**features, "version": 0})


LONG_EN = Doc("long", "Lindenbrook closes harbour bridge after cracks are found",
              "The city council of Lindenbrook voted on Tuesday to close the old harbour bridge for repairs. "
              "Inspectors found cracks in two steel supports during a routine check last week. " * 4
              + "Mayor Caroline Weber said the repairs would cost 12 million euros. Ferries will run every "
              "twenty minutes while the bridge is shut, and buses will be diverted over the northern ring road. "
              "Shop owners near the bridge fear losing customers over the summer months.", "en")


def test_body_chunk_after_the_lead_gets_its_own_vector() -> None:
    assert compute_signals(LONG_EN, embed=False).chunk and not compute_signals(EN, embed=False).chunk
    long, short = compute_signals_batch([LONG_EN, EN])
    assert long.body_embedding is not None and long.embedding is not None
    assert not long.chunk  # embedded, the chunk text is released
    assert long.embedding.base is None  # its own row, not a view keeping the whole batch alive
    assert short.body_embedding is None  # too little text after the lead
    assert short.body_vector is short.embedding
    assert np.linalg.norm(long.body_embedding) == pytest.approx(1.0, abs=1e-5)
    assert not np.allclose(long.body_embedding, long.embedding)  # the chunk moved it
    assert compute_signals(LONG_EN, embed=False).body_embedding is None


def test_record_round_trip_keeps_the_body_and_e5_vectors_and_reads_older_records() -> None:
    s = compute_signals(LONG_EN, e5=True)
    embedding, features = signals_to_record(s)
    assert embedding is not None and len(embedding) == (2 * 512 + 384) * 4
    back = signals_from_record("long", embedding, features)
    assert back.body_embedding is not None and s.body_embedding is not None and back.e5 is not None
    assert np.array_equal(back.body_embedding, s.body_embedding) and np.array_equal(back.embedding, s.embedding)
    assert s.e5 is not None and np.array_equal(back.e5, s.e5)
    assert not back.chunk  # the chunk text is only embedded, never stored
    no_e5 = signals_from_record("long", embedding[:2 * 512 * 4], features)  # a record from before e5
    assert no_e5.e5 is None and no_e5.body_embedding is not None
    older = signals_from_record("long", embedding[:512 * 4], features)  # a record from before body vectors
    assert older.body_embedding is None and older.body_vector is older.embedding and older.e5 is None
    short = compute_signals(EN, e5=True)  # no body chunk: the USE head, then e5
    short_back = signals_from_record("en", signals_to_record(short)[0], signals_to_record(short)[1])
    assert short_back.body_embedding is None and short_back.e5 is not None and short.e5 is not None
    assert np.array_equal(short_back.e5, short.e5)


def test_e5_vectors_match_one_event_across_languages_better_than_another_event() -> None:
    vectors = embed_e5(["Lindenbrook schließt die Hafenbrücke nach Rissen in zwei Stahlträgern",
                        "Lindenbrook closes its harbour bridge after cracks in two steel supports",
                        "Giant panda at Nanshan zoo gives birth to twins"])
    assert vectors.dtype == np.float32 and vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert float(vectors[0] @ vectors[1]) > float(vectors[1] @ vectors[2]) + 0.1
    assert embed_e5([]).shape == (0, 384)
    hans, en = compute_signals_batch([HANS, EN])
    assert hans.e5 is None and hans.embedding is not None  # e5 is computed on demand only
    idf = Idf()
    assert dict(zip(FEATURE_NAMES, pair_features(hans, en, idf), strict=True))["e5"] == 0.0


def test_names_share_is_relative_to_the_smaller_article() -> None:
    hans, en, long = compute_signals_batch([HANS, EN, LONG_EN], embed=False)
    idf = Idf()
    for s in (hans, en, long):
        idf.add(s.terms)
    named = dict(zip(FEATURE_NAMES, pair_features(en, long, idf), strict=True))
    shared = len(en.names & long.names)
    assert shared >= 2 and named["names_share"] == pytest.approx(shared / min(len(en.names), len(long.names)))
    assert named["emb_body"] == 0.0 and named["e5"] == 0.0  # no embeddings: the features are off
    assert dict(zip(FEATURE_NAMES, pair_features(hans, long, idf), strict=True))["names_share"] <= 1.0


def test_chinese_names_meet_their_romanised_spelling() -> None:
    assert textutil.pinyin_keys({"岚江", "王建国"}) == {"lanjiang", "wangjianguo", "jianguo"}
    assert textutil.pinyin_keys({"李一", "何"}) == set()  # too short to tell from other words: liyi, he
    assert textutil.pinyin_keys({"Weber", "林登堡港口大桥"}) == set()  # Latin, or longer than a name
    zh = Doc("zh", "岚江省青溪镇洪水致三人死亡", "岚江省应急管理厅周二表示，青溪镇遭遇洪水，三人死亡。", "zh-Hans")
    en = Doc("en", "Flood kills three in Qingxi", "Three people died as floods hit Qingxi in Lanjiang province.", "en")
    de = Doc("de", "Drei Tote bei Hochwasser", "In Qingxi in der Provinz Lanjiang starben drei Menschen.", "de")
    zs, es, ds = compute_signals_batch([zh, en, de], embed=False)
    assert {"lanjiang", "qingxi"} <= zs.names & es.names
    assert {"lanjiang", "qingxi"} <= zs.names & ds.names
