"""English and German figures: digits with thousands separators (1,500 / 1.500), million/Millionen,
currency signs and words, counted nouns after up to three modifiers, outcomes (killed, verletzt) and
qualifiers (about, at least, rund, mindestens)."""

from __future__ import annotations

import re

from .figures import _CURRENCIES, _MEASURES, _PEOPLE_UNITS, _QUALIFIERS, _Figure, _lexicon, _unit_key, _words

_EN_HEADS = _lexicon("""
troops: troops soldiers servicemen personnel infantrymen infantry forces fighters Soldaten Truppen
    Soldatinnen Kämpfer Militärangehörige Streitkräfte
people: people persons individuals residents Menschen Personen Einwohner Bewohner
civilians: civilians Zivilisten
refugees: refugees Flüchtlinge Geflüchtete
migrants: migrants Migranten
children: children kids Kinder
women: women Frauen
workers: workers employees staff Arbeiter Beschäftigte Mitarbeiter Angestellte
journalists: journalists reporters Journalisten
police: policemen Polizisten
protesters: protesters demonstrators Demonstranten
militants: militants Extremisten
prisoners: prisoners detainees Gefangene Häftlinge
hostages: hostages Geiseln
patients: patients Patienten
cases: cases Fälle Infektionen
voters: voters Wähler
deaths: deaths dead fatalities Tote Toten Todesopfer
injured: injured wounded injuries Verletzte Verletzten
casualties: casualties Opfer
drones: drones Drohnen
missiles: missiles Raketen Marschflugkörper
rockets: rockets
shells: shells Granaten
tanks: tanks Panzer
aircraft: aircraft planes jets warplanes Flugzeuge Kampfjets
helicopters: helicopters Hubschrauber
ships: ships vessels boats warships Schiffe Boote Kriegsschiffe
vehicles: vehicles trucks cars Fahrzeuge Lastwagen Autos
buildings: buildings houses homes Gebäude Häuser Wohnungen
schools: schools Schulen
villages: villages Dörfer
countries: countries nations Länder Staaten
companies: companies firms Unternehmen Firmen
attacks: attacks strikes airstrikes Angriffe Luftangriffe
jobs: jobs Arbeitsplätze Stellen
votes: votes Stimmen
households: households Haushalte
diplomats: diplomats Diplomaten
seats: seats Sitze Mandate
""")
_LATIN_STOP = _words(
    "years year months month weeks week days day hours hour minutes minute seconds second decades "
    "centuries times percent cent points jahre jahren jahr monate monaten wochen tage tagen stunden "
    "minuten sekunden jahrzehnte uhr mal prozent punkte prozentpunkte cents grad degrees"
)
_FUNCTION = _words(
    "were are was is have had has of in on at to and or who that from the a an by for with as than this "
    "these those their its it they we he she would will could more which when where while after before "
    "sind wurden waren haben hatten hat ist im am um und oder die der das den dem des mit von zu bei aus"
)


_LAT_NUM = re.compile(
    r"(?<![\w.,/#@+-])(?P<cur>US\$|\$|€|£)?\s?"
    r"(?P<num>\d{1,3}(?:[,.\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\w:/-]|[.,]\d)"
    r"(?P<pct>\s?%)?(?:\s+(?P<mult>million|billion|trillion|thousand|mn|bn|Millionen|Million|Milliarden|"
    r"Milliarde|Mio\.|Mrd\.|Tausend)\b\.?)?"
)
_LAT_MULT = {"thousand": 1e3, "tausend": 1e3, "million": 1e6, "millionen": 1e6, "mn": 1e6, "mio.": 1e6,
             "billion": 1e9, "bn": 1e9, "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9, "trillion": 1e12}  # fmt: skip
_LAT_QUAL_BEFORE = re.compile(
    r"\b(?P<q>about|around|roughly|some|approximately|nearly|almost|close to|an estimated|at least|more than|"
    r"over|upwards of|in excess of|no fewer than|no less than|up to|at most|as many as|no more than|fewer than|"
    r"less than|under|rund|etwa|ungefähr|circa|ca\.|knapp|fast|beinahe|mindestens|mehr als|über|wenigstens|"
    r"höchstens|bis zu|maximal|weniger als)\s+$",
    re.IGNORECASE,
)
_LAT_NOT_COUNT = re.compile(
    r"\b(?:no|nr|number|nummer|article|artikel|section|paragraph|page|seite|kapitel|chapter|room|flight|route|"
    r"in|since|by|until|from|im|seit|bis|year|jahr|jahre|of|von|vom|am|on)\.?\s+$",
    re.IGNORECASE,
)
_LAT_WORDS = re.compile(r"\s+([A-Za-zÄÖÜäöüß][\w'’-]*)")
_LAT_UNIT = re.compile(r"\s*(?P<u>(?:US )?dollars?|Dollar|USD|euros?|Euro|EUR|pounds|Pfund|yuan|Yuan|renminbi|"
                       r"rubles|roubles|Rubel|yen|Yen|km|kilomet(?:re|er)s?|Kilometer|miles|Meilen|tonnes|tons|"
                       r"Tonnen|metres|meters|Meter|mm|millimet(?:re|er)s|Millimeter|weeks|Wochen)\b")  # fmt: skip
_LAT_PERCENT = re.compile(r"(?:\s?%|\s+(?:percent|per cent|Prozent))(?:\s+(?:of|der|des|aller)(?:\s+(?:the|all))?)")
_LAT_KILLED_BEFORE = re.compile(
    r"\b(?P<o>killing|killed|kills|kill|injuring|injured|wounding|wounded|tötete|töteten)\s+$", re.IGNORECASE
)
_LAT_OUTCOME_AFTER = re.compile(
    r"\s+(?:were|have been|had been|are|was|remain|wurden|werden|sind|kamen|gelten als)?\s*(?:still\s+|noch\s+)?"
    r"(?P<o>killed|dead|died|slain|injured|wounded|hurt|missing|evacuated|arrested|detained|trapped|getötet|"
    r"ums Leben|starben|verletzt|vermisst|evakuiert|festgenommen|verschüttet|moved|relocated|in Sicherheit gebracht)\b",
)
_LAT_OUTCOMES = {"injured": "injured", "wounded": "injured", "hurt": "injured", "verletzt": "injured",
                 "missing": "missing", "vermisst": "missing", "evacuated": "evacuated", "evakuiert": "evacuated",
                 "arrested": "arrested", "detained": "arrested", "festgenommen": "arrested",
                 "trapped": "trapped", "verschüttet": "trapped", "moved": "evacuated", "relocated": "evacuated",
                 "in sicherheit gebracht": "evacuated"}
_LAT_TOLL = re.compile(r"(?:death toll|Zahl der Toten|Todeszahl)\b[^,.;]{0,25}$", re.IGNORECASE)



def _lat_value(num: str, german: bool) -> float:
    num = num.replace("\u00a0", "").replace("\u202f", "")
    thousands, decimal = (".", ",") if german else (",", ".")
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", num) and thousands in num and decimal not in num:
        return float(num.replace(thousands, ""))
    return float(num.replace(thousands, "").replace(decimal, "."))


def _lat_noun(s: str, e: int) -> tuple[int, str, tuple[int, int], bool] | None:
    """(end, unit, subject span, known) of the noun phrase after a number: up to three modifiers
    and a known noun ("North Korean troops"), else one plain plural / capitalised noun."""
    words: list[re.Match[str]] = []
    p = e
    while len(words) < 4 and (w := _LAT_WORDS.match(s, p)):
        words.append(w)
        p = w.end()
    for k, w in enumerate(words):
        word = w.group(1)
        if word in _EN_HEADS or word.lower() in _EN_HEADS:
            unit = _EN_HEADS.get(word) or _EN_HEADS[word.lower()]
            end = w.end()
            if k + 1 < len(words) and (nxt := words[k + 1].group(1)) in _EN_HEADS:
                unit, end = _EN_HEADS[nxt], words[k + 1].end()
            return end, unit, (words[0].start(1), end), True
        if word.lower() in _FUNCTION or word.lower() in _LATIN_STOP or not word.isalpha():
            break
    if not words:
        return None
    word = words[0].group(1)
    low = word.lower()
    if low in _LATIN_STOP or low in _FUNCTION or len(word) < 4 or not word.isalpha():
        return None
    plural = word.islower() and low.endswith("s") and not low.endswith("ss")
    noun = word[0].isupper() and word[1:].islower() and low not in _LATIN_STOP
    if not (plural or noun):
        return None
    return words[0].end(), _unit_key(word), (words[0].start(1), words[0].end()), False


def _lat_after(s: str, m: re.Match[str]) -> tuple[int, str, tuple[int, int], bool] | None:
    e = m.end()
    if m.group("cur"):
        return e, _CURRENCIES[m.group("cur")], (m.start("cur"), m.end("cur")), True
    if unit := _LAT_UNIT.match(s, e):
        word = unit.group("u").removeprefix("US ")
        key = _CURRENCIES.get(word) or _CURRENCIES.get(word.rstrip("s")) or _MEASURES.get(word, "")
        return unit.end(), key or _unit_key(word), (unit.start("u"), unit.end()), True
    pct = _LAT_PERCENT.match(s, m.end("num")) if not m.group("mult") else None
    if pct:
        noun = _lat_noun(s, pct.end())
        return (noun[0], "vote share" if noun[1] == "votes" else "percent", noun[2], True) if noun else None
    if m.group("pct"):
        return None  # a percentage of nothing named
    return _lat_noun(s, e)


def _lat_figures(s: str, german: bool) -> list[_Figure]:
    out: list[_Figure] = []
    for m in _LAT_NUM.finditer(s):
        head = s[max(0, m.start() - 30) : m.start()]
        if _LAT_NOT_COUNT.search(head) and not m.group("mult") and not m.group("cur"):
            continue
        follow = _lat_after(s, m)
        value = _lat_value(m.group("num"), german) * _LAT_MULT.get((m.group("mult") or "").lower(), 1)
        if follow is None or value <= 0:
            continue
        end, unit, subject, known = follow
        plain = m.group("num").isdigit() and not m.group("mult") and not m.group("cur")
        if plain and 1000 <= value <= 2100 and not known:
            continue  # a year
        before = _LAT_QUAL_BEFORE.search(head)
        start = m.start() - len(before.group(0)) if before else m.start()
        if unit in _PEOPLE_UNITS:
            if (out_after := _LAT_OUTCOME_AFTER.match(s, end)) is not None:
                unit = _LAT_OUTCOMES.get(out_after.group("o").lower(), "deaths")
                end = out_after.end()
            elif (killed := _LAT_KILLED_BEFORE.search(s[:start])) is not None:
                unit = "injured" if killed.group("o").lower().startswith(("inj", "wou")) else "deaths"
        elif _LAT_TOLL.search(s[:start]) and unit in {"people", "deaths"}:
            unit = "deaths"
        qualifier = _QUALIFIERS[before.group("q").lower().replace(" ", "_")] if before else None
        out.append(_Figure(start, m.start("num"), end, value, unit, subject, qualifier))
    return out


