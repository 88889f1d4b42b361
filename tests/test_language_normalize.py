import pytest

from storyline.extract import clean_paragraphs, extract_item, normalize_language_tag
from storyline.extract.language import detect_language
from storyline.extract.normalize import canonical_url, fold, normalize_for_matching
from storyline.extract.sanitize import sanitize_html
from storyline.model import Hints, Item, ItemKind


@pytest.mark.parametrize(("text", "tag"), [
    ("青禾市防汛指挥部今天上午通报，东岭水库溢洪道出现裂缝，下游三个乡镇的居民已经转移。", "zh-Hans"),
    ("青禾市防汛指揮部今天上午通報，東嶺水庫溢洪道出現裂縫，下游三個鄉鎮的居民已經轉移。", "zh-Hant"),
    ("The flood control office said on Tuesday that the spillway had cracked overnight.", "en"),
    ("Die Hochwasserzentrale teilte am Dienstag mit, der Überlauf sei in der Nacht gerissen.", "de"),
    ("", None),
])
def test_detect_language(text: str, tag: str | None) -> None:
    assert detect_language(text) == tag


def test_japanese_is_not_taken_for_chinese() -> None:
    assert detect_language("東京都は火曜日、新しい防災計画を発表しました。住民の避難訓練も行われます。") == "ja"


@pytest.mark.parametrize(("given", "tag"), [("zh-CN", "zh-Hans"), ("zh_TW", "zh-Hant"), ("zh-hk", "zh-Hant"),
                                            ("en-US", "en"), ("DE", "de"), ("zh", "zh")])
def test_normalize_language_tag(given: str, tag: str) -> None:
    assert normalize_language_tag(given) == tag


def test_matching_form_folds_width_and_script_but_keeps_original_apart() -> None:
    original = "東嶺水庫　ＡＢＣ１２３"
    assert normalize_for_matching(original) == "东岭水库 abc123"
    assert fold("ＡＢＣ") == "abc"
    assert original == "東嶺水庫　ＡＢＣ１２３"


def test_canonical_url_drops_tracking_and_fragment() -> None:
    assert canonical_url("HTTPS://News.Example.org:443/a/b/?utm_source=x&id=3#top") == \
        "https://news.example.org/a/b?id=3"
    assert canonical_url("http://example.org:8080/") == "http://example.org:8080/"


def test_clean_paragraphs() -> None:
    assert clean_paragraphs("  one\r\n\r\n\n two \n three\n\n") == "one\n\ntwo \n three"


def test_sanitize_html_removes_script_and_handlers() -> None:
    html = sanitize_html('<p onclick="x()">a<script>alert(1)</script><a href="javascript:x">l</a>'
                         '<img src="https://e.org/i.jpg" onerror="x()"></p>')
    assert "script" not in html and "onclick" not in html and "javascript" not in html
    assert '<img src="https://e.org/i.jpg">' in html


_GERMAN_BODY = (
    "Die Hochwasserzentrale teilte am Dienstag mit, der Überlauf des Stausees sei in der Nacht gerissen. "
    "Die Bewohner der drei Dörfer unterhalb des Damms wurden in Sicherheit gebracht, die Feuerwehr sicherte "
    "die Uferstraße und ließ das Wasser kontrolliert ab. Verletzt wurde nach ersten Angaben niemand."
)


def test_a_declared_language_the_text_clearly_contradicts_is_overruled() -> None:
    """Aggregators declare one language for everything they carry: an "en" item in German is German."""
    declared_en = Item("", ItemKind.TEXT, _GERMAN_BODY, Hints(title="Überlauf gerissen", language="en"))
    assert extract_item(declared_en).language == "de"
    short = Item("", ItemKind.TEXT, "Der Damm hält.", Hints(title="Damm", language="en"))
    assert extract_item(short).language == "en"  # too little text to overrule what was declared
    declared_de = Item("", ItemKind.TEXT, _GERMAN_BODY, Hints(language="de-AT"))
    assert extract_item(declared_de).language == "de"
