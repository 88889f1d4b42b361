"""English and German figures: digits with thousands separators (1,500 / 1.500), decimal commas in
German, million/Millionen/bn/m, currency signs and words (€85m, $3.2bn), counts in words with a known
noun (four diplomats, vier Diplomaten), percentages (with what they are of when it is said), counted
nouns after up to three modifiers (German compounds and dative plurals too: Containerschiffe,
Schiffen), outcomes (killed, verletzt), qualifiers (about, at least, as much as, rund, mindestens,
bis zu), ranges (10 to 15, 10-15, zwischen 10 und 15), bare numbers whose noun came before ("the number
of striking workers at 3,400", "injuring more than 400") or is repeated from an earlier figure of the
sentence ("…von 6.000 Streikenden, die Hafenbehörde von 3.400")."""

from __future__ import annotations

import re

from .figures import (
    _CURRENCIES,
    _MEASURES,
    _PEOPLE_UNITS,
    _QUALIFIERS,
    SAME_FIGURE,
    WORD_NUMBER,
    WORD_NUMBERS,
    _Figure,
    _lexicon,
    _unit_key,
    _words,
)

_EN_HEADS = _lexicon("""
troops: troops soldiers servicemen personnel infantrymen infantry forces fighters Soldaten Truppen
    Soldatinnen Kämpfer Militärangehörige Streitkräfte
people: people persons individuals residents Menschen Personen Einwohner Bewohner Anwohner Anwohnerinnen
civilians: civilians Zivilisten
refugees: refugees Flüchtlinge Geflüchtete
migrants: migrants Migranten
children: children kids Kinder
women: women Frauen
workers: workers employees staff Arbeiter Beschäftigte Mitarbeiter Angestellte
journalists: journalists reporters Journalisten
police: policemen officers Polizisten Polizeibeamte Polizeibeamten Beamte Beamten
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
missing: missing Vermisste Vermissten
trains: trains Züge
flights: flights Flüge
aftershocks: aftershocks Nachbeben
goals: goals Tore Treffer
participants: participants volunteers Teilnehmer Probanden
members: members Mitglieder
arrested: arrests Festnahmen Festgenommene Festgenommenen
accidents: accidents crashes collisions Unfälle Verkehrsunfälle Unfällen
unemployed: Arbeitslose Arbeitslosen
rescuers: rescuers firefighters Einsatzkräfte Rettungskräfte Helfer Feuerwehrleute
strikers: strikers Streikende Streikenden
passengers: passengers Fahrgäste Passagiere Insassen
spectators: spectators Zuschauer Zuschauern
points: points Punkte
lawmakers: lawmakers legislators deputies MPs Abgeordnete Abgeordneten Parlamentarier
abstentions: abstentions Enthaltungen
""")
_EN_HEADS.update({"men": "people", "Männer": "people", "bodies": "deaths", "Leichen": "deaths", "states": "countries"})
# German compounds end in a known noun: Containerschiffe, Hafenarbeiter
_DE_HEADS = sorted((w for w in _EN_HEADS if w[0].isupper() and len(w) >= 4), key=len, reverse=True)
_LATIN_STOP = _words(
    "years year months month weeks week days day hours hour minutes minute seconds second decades "
    "centuries times percent cent jahre jahren jahr monate monaten wochen tage tagen stunden "
    "minuten sekunden jahrzehnte uhr mal prozent prozentpunkte cents grad degrees"
)
_FUNCTION = _words(
    "were are was is have had has of in on at to and or who that from the a an by for with as than this "
    "these those their its it they we he she would will could more which when where while after before "
    "sind wurden waren haben hatten hat ist im am um und oder die der das den dem des mit von zu bei aus "
    "hätten hätte seien sei würden würde müssen mussten können konnten sollen sollten werden wird"
)


_LAT_NUM = re.compile(
    r"(?<![\w.,/#@+])(?<![A-Za-z]-)(?P<cur>US\$|\$|€|£)?\s?"
    r"(?:(?P<num>\d{1,3}(?:[,.\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(?:(?P<short>bn|mn|tn|m|b|k)|(?P<attached>mm|km|cm|kg|m|°C|C|°F|F))?|(?P<word>(?i:" + WORD_NUMBER + r")))"
    r"(?![\w:/]|-(?!\d)|[.,]\d)"
    r"(?P<pct>\s?%)?(?:\s+(?P<mult>million|billion|trillion|thousand|mn|bn|Millionen|Million|Milliarden|"
    r"Milliarde|Mio\.|Mrd\.|Tausend)\b\.?)?"
)
_LAT_MULT = {"thousand": 1e3, "tausend": 1e3, "million": 1e6, "millionen": 1e6, "mn": 1e6, "mio.": 1e6,
             "billion": 1e9, "bn": 1e9, "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9, "trillion": 1e12,
             "m": 1e6, "b": 1e9, "tn": 1e12, "k": 1e3}  # fmt: skip
_ATTACHED = {"mm": "mm", "km": "km", "cm": "cm", "kg": "kg", "m": "metres", "°C": "celsius", "C": "celsius",
             "°F": "fahrenheit", "F": "fahrenheit"}
_LAT_QUAL_BEFORE = re.compile(
    r"\b(?P<q>about|around|roughly|some|approximately|nearly|almost|close to|an estimated|at least|more than|"
    r"over|upwards of|in excess of|no fewer than|no less than|up to|at most|as many as|as much as|no more than|"
    r"fewer than|less than|under|rund|etwa|ungefähr|circa|ca\.|knapp|fast|beinahe|mindestens|mehr als|über|"
    r"wenigstens|höchstens|bis zu|maximal|weniger als)(?:\s+a)?\s+$",
    re.IGNORECASE,
)
_PHRASAL = re.compile(r"\b(?:hand|hands|handed|handing|turn|turned|take|took|taken|sign|signed|pass|passed|paid|"
                      r"give|gave|given|take)\s+over\s+$", re.IGNORECASE)  # "handed over £240,000": not "more than"
# numbers after these words are ids, years and dates unless a counted noun follows ("in 24,500 people")
_LAT_NOT_COUNT = re.compile(
    r"\b(?P<hard>no|nr|number|nummer|article|artikel|section|paragraph|page|seite|kapitel|chapter|room|flight|"
    r"route|year|jahr|jahre|Fab|Apollo|Boeing|Airbus)\.?\s+$|\b(?:in|since|by|until|from|im|seit|bis|of|von|vom|am|on)"
    r"\s+$",
    re.IGNORECASE,
)
# a percentage after these is the figure compared with: "up from 68.9%", "von 68,9 auf 71,4 Prozent"
_LAT_BASELINE = re.compile(r"\b(?:from|than|compared with|compared to|versus|vs\.?|als|gegenüber|verglichen mit|"
                           r"nach)\s+$",
                           re.IGNORECASE)
_LAT_VAGUE = re.compile(r"\b(?:several|a few|few|many|mehrere|einige|wenige|viele)\s+$", re.IGNORECASE)
_LAT_WORDS = re.compile(r"\s+([A-Za-zÄÖÜäöüß][\w'’-]*)")
_LAT_UNIT = re.compile(r"\s*(?P<u>(?:US )?dollars?|Dollar|USD|euros?|Euro|EUR|pounds|Pfund|yuan|Yuan|renminbi|"
                       r"rubles|roubles|Rubel|yen|Yen|km|kilomet(?:re|er)s?|Kilometern?|miles|Meilen|tonnes|tons|"
                       r"Tonnen|metres|meters|Metern?|mm|millimet(?:re|er)s|Millimeter|Zentimetern?|weeks|Wochen|"
                       r"(?:°|degrees |Grad )Celsius|°C)(?!\w)")  # fmt: skip
_LAT_PCT_WORD = re.compile(r"\s*(?:%|percent\b|per cent\b|Prozent\b)(?!\s*(?:points|punkte))")
_LAT_PERCENT_OF = re.compile(r"\s+(?:of|der|des|aller)(?:\s+(?:the|all))?")
_LAT_KILLED_BEFORE = re.compile(
    r"\b(?P<o>killing|killed|kills|kill|injuring|injured|wounding|wounded|tötete|töteten|verletzte|verletzten|"
    r"displacing|displaced|evacuating|evacuated|rescuing|rescued|arresting|arrested|detaining|detained|"
    r"evakuierte|evakuierten|rettete|retteten|nahm|nahmen)"
    r"(?:\s+(?:about|around|some|roughly|nearly|almost|at least|more than|over|up to|as many as|rund|etwa|"
    r"mindestens|mehr als|über|bis zu))?\s+$",
    re.IGNORECASE,
)
_KILLED_UNITS = {"inj": "injured", "wou": "injured", "ver": "injured", "dis": "displaced", "eva": "evacuated",
                 "res": "rescued", "ret": "rescued", "arr": "arrested", "det": "arrested", "nah": "arrested"}
_LAT_OUTCOME_AFTER = re.compile(
    r"\s+(?:were|have been|had been|are|was|remain|have|has|had|wurden|werden|sind|kamen|gelten als)?\s*"
    r"(?:still\s+|noch\s+)?"
    r"(?:(?:laut|according to)\s+(?:[\w-]+\s+){1,4}?)?"
    r"(?P<o>killed|dead|died|slain|injured|wounded|hurt|missing|evacuated|arrested|detained|trapped|getötet|"
    r"ums Leben|starben|verletzt|vermisst|evakuiert|festgenommen|verschüttet|moved|relocated|in Sicherheit gebracht)\b",
)
_LAT_OUTCOMES = {"injured": "injured", "wounded": "injured", "hurt": "injured", "verletzt": "injured",
                 "killed": "deaths", "getötet": "deaths", "ums leben": "deaths",
                 "missing": "missing", "vermisst": "missing", "evacuated": "evacuated", "evakuiert": "evacuated",
                 "arrested": "arrested", "detained": "arrested", "festgenommen": "arrested",
                 "trapped": "trapped", "verschüttet": "trapped", "moved": "evacuated", "relocated": "evacuated",
                 "in sicherheit gebracht": "evacuated"}
# people named by what happened to them: "the number of displaced", "die Zahl der Verletzten"
_NAMED_ADJECTIVES = {"displaced": "displaced", "homeless": "homeless", "injured": "injured", "wounded": "injured",
                     "dead": "deaths", "missing": "missing", "evacuated": "evacuated", "arrested": "arrested",
                     "verletzten": "injured", "toten": "deaths", "vermissten": "missing", "obdachlosen": "homeless",
                     "vertriebenen": "displaced", "evakuierten": "evacuated", "festgenommenen": "arrested",
                     "unemployed": "unemployed", "jobless": "unemployed", "arbeitslosen": "unemployed"}
_LAT_TOLL = re.compile(r"(?:death toll|Zahl der Toten|Todeszahl)\b[^,.;]{0,25}$", re.IGNORECASE)
# a bare number whose counted thing was named before it: "put the number of striking workers at 3,400"
_LAT_NAMED = re.compile(
    r"\b(?:number|total|count|tally|Zahl|Anzahl)\s+(?:of|der|des|an)\s+(?P<n>(?:[\w-]+\s+){0,2}[\w-]+)\b"
    r"(?:(?!,\s)[^;.])*$|\b(?P<toll>death toll|toll)\b(?:(?!,\s)[^;.])*$"
    r"|\b(?P<crowd>turnout|attendance|crowd|Teilnehmerzahl)\b(?:(?!,\s)[^;.])*$"
    r"|\b(?:put|puts|putting|estimated|gave)\s+(?:the|its|their)\s+(?P<same>figure|number|total|estimate)\s+at\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|more than|over|at least|up to|as many as)\s+)?$",
    re.IGNORECASE,
)
# "zwei weitere wurden verletzt", "two others were injured"
_LAT_OTHERS = re.compile(
    r"\s+(?:weitere|andere|others|more|other people)\s+(?:were|have been|had been|wurden|sind|kamen)?\s*"
    r"(?:schwer\s+|leicht\s+|seriously\s+|critically\s+)?(?P<o>injured|wounded|hurt|killed|verletzt|getötet|"
    r"ums Leben)\b"
)
_LAT_RANGE = re.compile(r"\s*(?:-|–|to|bis)\s*|\s+(?:and|und)\s+")  # between two numbers
_LAT_OF_TOTAL = re.compile(r"\s+(?:of|out of|der|von)\s+(?:the\s+|den\s+)?(?:[\w-]+['’]s\s+)?")  # 27 of its 28
_LAT_BETWEEN = re.compile(r"\b(?:between|zwischen)\s+$", re.IGNORECASE)


def _lat_value(num: str, german: bool) -> float:
    """The value of digits as the language writes them (1,500.5 / 1.500,5); 0 when they make no number."""
    num = num.replace("\u00a0", "").replace("\u202f", "")
    thousands, decimal = (".", ",") if german else (",", ".")
    grouped = re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", num)
    if grouped and ((thousands in num and decimal not in num) or num.count(decimal) > 1):
        return float(re.sub(r"[.,]", "", num))  # "1.500.000" in English text is grouped too
    try:
        return float(num.replace(thousands, "").replace(decimal, "."))
    except ValueError:
        return 0.0


def _head(word: str) -> str | None:
    """The unit of a counted noun: known, a German dative plural (Schiffen) or compound (Containerschiffe)."""
    unit = _EN_HEADS.get(word) or _EN_HEADS.get(word.lower())
    if unit or not word[:1].isupper():
        return unit
    if word.endswith("n") and (unit := _EN_HEADS.get(word[:-1])):
        return unit
    low = word.lower()
    for head in _DE_HEADS:
        if len(low) > len(head) + 2 and (low.endswith(head.lower()) or low.endswith(head.lower() + "n")):
            return _EN_HEADS[head]
    return None


_MORE = _words("more additional further other extra new weitere zusätzliche andere neue")
# plural nouns of people by their ending: engineers, doctors, journalists, politicians, fishermen
_PERSON_PLURAL = re.compile(r"[a-z]{3,}(?:eers|ors|ists|ians|men|ants|ents)$")


def _modifier_word(word: str) -> bool:
    """A lower-case word that may stand between a number and its noun ("coal-fired", "water")."""
    bare = word.replace("-", "")
    return word.islower() and bare.isalpha() and word not in _FUNCTION and word not in _LATIN_STOP


def _lat_noun(s: str, e: int, german: bool = True) -> tuple[int, str, tuple[int, int], bool] | None:
    """(end, unit, subject span, known) of the noun phrase after a number: up to three modifiers
    and a known noun ("North Korean troops", "nine more bodies"), else a plain plural after up to two
    modifiers ("water purification tablets", "coal-fired and gas plants") or a capitalised noun."""
    words: list[re.Match[str]] = []
    p = e
    while len(words) < 5 and (w := _LAT_WORDS.match(s, p)):
        words.append(w)
        p = w.end()
    first = 1 if words and words[0].group(1).lower() in _MORE else 0  # "nine more bodies"
    for k in range(first, len(words)):
        word = words[k].group(1)
        if unit := _head(word):
            end = words[k].end()
            if k + 1 < len(words) and (nxt := _head(words[k + 1].group(1))):
                unit, end = nxt, words[k + 1].end()
            return end, unit, (words[first].start(1), end), True
        if _PERSON_PLURAL.fullmatch(word) and (k == first or all(_modifier_word(w.group(1)) for w in words[first:k])):
            return words[k].end(), _unit_key(word), (words[first].start(1), words[k].end()), True
        low = word.lower()
        if low in _FUNCTION - {"and", "or"} or low in _LATIN_STOP or not word.replace("-", "").isalpha():
            break
    words = words[first:]
    if not words:
        return None
    noun = words[1].group(1) if len(words) >= 2 else ""
    if (german and re.fullmatch(r"[a-zäöüß]+(?:e|en|er|es)", words[0].group(1))
            and noun[:1].isupper() and noun.isalpha() and len(noun) >= 4):  # "30.000 unerlaubte Einreisen"
        return words[1].end(), _unit_key(noun), (words[0].start(1), words[1].end()), False
    for k in range(1, min(4, len(words))):  # "2.9 million water purification tablets"
        if not all(_modifier_word(w.group(1)) or (j > 0 and w.group(1) in ("and", "or"))
                   for j, w in enumerate(words[: k + 1])):
            break
        last = words[k].group(1)
        if last.endswith("s") and not last.endswith(("ss", "ous", "ics")) and len(last) >= 4 and last.isalpha():
            return words[k].end(), _unit_key(last), (words[0].start(1), words[k].end()), False
    word = words[0].group(1)
    low = word.lower()
    if low in _LATIN_STOP or low in _FUNCTION or len(word) < 4 or not word.isalpha():
        return None
    plural = word.islower() and low.endswith("s") and not low.endswith("ss")
    noun = german and word[0].isupper() and word[1:].islower() and low not in _LATIN_STOP  # English: a name
    if not (plural or noun):
        return None
    return words[0].end(), _unit_key(word), (words[0].start(1), words[0].end()), False


_PCT_NOT_SUBJECT = _words(
    "over in for by to at on of from than as and or but with a an the this that was were is next last year years "
    "month months week per each up down higher lower more less mehr weniger since after before until during "
    "against compared among below above annually"
)


def _pct_subject(s: str, a: int, b: int, german: bool) -> tuple[int, int]:
    """What a bare percentage is of: the noun after it ("a 9% pay rise", "83.6% effective", "neun Prozent
    mehr Lohn"), else the percent sign or word itself."""
    german_more = re.compile(r"\s+(?:mehr|weniger)\s+([A-ZÄÖÜ][\wäöüß-]+)").match(s, b)
    if german_more:
        return german_more.start() + 1, german_more.end()
    if german:
        return a, b
    words: list[re.Match[str]] = []
    p = b
    while len(words) < 2 and (w := _LAT_WORDS.match(s, p)):
        word = w.group(1)
        low = word.lower()
        if (not word.islower() or not word.isalpha() or low in _PCT_NOT_SUBJECT or low in _FUNCTION
                or low in _LATIN_STOP or low.endswith("ly")):
            break
        words.append(w)
        p = w.end()
    return (words[0].start(1), words[-1].end()) if words else (a, b)


def _lat_after(s: str, m: re.Match[str], german: bool) -> tuple[int, str, tuple[int, int], bool] | None:
    e = m.end()
    if m.group("cur"):
        return e, _CURRENCIES[m.group("cur")], (m.start("cur"), m.end("cur")), True
    if m.group("attached"):
        return e, _ATTACHED[m.group("attached")], (m.start("attached"), e), True
    if unit := _LAT_UNIT.match(s, e):
        word = unit.group("u").removeprefix("US ")
        key = _CURRENCIES.get(word) or _CURRENCIES.get(word.rstrip("s")) or _MEASURES.get(word, "")
        return unit.end(), key or _unit_key(word), (unit.start("u"), unit.end()), True
    number_end = m.end("num") if m.group("num") else m.end("word")
    pct = _LAT_PCT_WORD.match(s, number_end) if not m.group("mult") else None
    if pct:
        if of := _LAT_PERCENT_OF.match(s, pct.end()):
            noun = _lat_noun(s, of.end(), german)
            if noun:
                return noun[0], "vote share" if noun[1] == "votes" else "percent", noun[2], True
        subject = _pct_subject(s, pct.start(), pct.end(), german)
        return max(pct.end(), subject[1]), "percent", subject, True
    noun = _lat_noun(s, e, german)
    if noun is None or (m.group("word") and not noun[3] and not m.group("mult")):
        return None  # counts in words only with a known noun: "four diplomats", not "three options"
    return noun


_BARE_NEXT = re.compile(r"\s*[A-Za-zÄÖÜäöüß]")
_BARE_OK = re.compile(  # "27 gestiegen", "85,000 nationwide"
    r"\s*(?:and|und|or|oder|in|im|at|on|by|auf|nationwide|overall|altogether|insgesamt|bundesweit|landesweit|"
    r"täglich|more|others|weitere|andere)\b|\s+[a-zäöüß]+(?:en|t|ly)\b"
)


_MONTHS = _words(
    "january february march april may june july august september october november december januar februar märz "
    "juni juli oktober dezember monday tuesday wednesday thursday friday saturday sunday"
)
_PARTITIVE = re.compile(r"\s+(?:of|der|von)\s+(?:the|these|those|its|their|den|diesen|ihren)(?=\s)")


def _bare_unit(
    s: str, start: int, m: re.Match[str], earlier: list[_Figure]
) -> tuple[str, tuple[int, int]] | None:
    """The unit of a number with no noun after it, from what comes before: "killing 23 people and
    injuring more than 400", "die Zahl der Todesopfer ... auf mindestens 27", "police put the figure
    at 18,000" (the figure before), or from the whole it is part of: "600 of the jobs", or from what
    happened to them: "zwei weitere wurden verletzt"."""
    if (part := _PARTITIVE.match(s, m.end())) and (noun := _lat_noun(s, part.end())) and noun[3]:
        return noun[1], noun[2]
    if others := _LAT_OTHERS.match(s, m.end()):
        return _LAT_OUTCOMES.get(others.group("o").lower(), "deaths"), (others.start("o"), others.end("o"))
    if _BARE_NEXT.match(s, m.end()) and not _BARE_OK.match(s, m.end()):
        return None  # a word follows that is not a counted noun we know
    if killed := _LAT_KILLED_BEFORE.search(s, 0, m.start()):
        return _KILLED_UNITS.get(killed.group("o").lower()[:3], "deaths"), (killed.start("o"), killed.end("o"))
    clause = s[max(0, start - 90) : start]
    named = _LAT_NAMED.search(clause)
    if named is None:
        return None
    offset = max(0, start - 90)
    if named.group("toll"):
        return "deaths", (offset + named.start("toll"), offset + named.end("toll"))
    if named.group("crowd"):
        return "people", (offset + named.start("crowd"), offset + named.end("crowd"))
    if named.group("same"):  # "=": the figure of the sentence before, which the caller knows
        return (earlier[-1].unit, earlier[-1].subject) if earlier else (SAME_FIGURE, (offset + named.start("same"),
                                                                              offset + named.end("same")))
    noun = _lat_noun(" " + named.group("n"), 0)
    if noun is None or not noun[3]:
        adjective = re.match(r"[\w-]+", named.group("n"))  # "the number of displaced (at nearly)"
        unit = _NAMED_ADJECTIVES.get(adjective.group(0).lower()) if adjective else None
        if adjective is None or unit is None:
            return None
        return unit, (offset + named.start("n"), offset + named.start("n") + adjective.end())
    at = offset + named.start("n") - 1  # the noun's span in " " + the words
    return noun[1], (at + noun[2][0], at + noun[2][1])


_PREP_BEFORE = re.compile(r"\b(?P<p>von|at|auf|on|bei|mit|of)\s+$", re.IGNORECASE)


_OF_THEM = re.compile(r"\s+(?:von ihnen|of them|of those|of whom|darunter|davon)\b", re.IGNORECASE)
_PART_OF = re.compile(r"\b(?:davon|darunter|of them|of whom|of which|including|among them)\s+$", re.IGNORECASE)


def _gapped_figure(s: str, start: int, m: re.Match[str], earlier: list[_Figure]) -> _Figure | None:
    """The earlier figure a bare number repeats the construction of: "die Gewerkschaft spricht von
    6.000 Streikenden, die Hafenbehörde von 3.400" (3.400 Streikende), or is part of: "rund 120.000
    Menschen, davon etwa 65.000 in Deutschland"."""
    if earlier and (_PART_OF.search(s, 0, start) or _OF_THEM.match(s, m.end())):
        return earlier[-1]  # "davon etwa 65.000", "sieben von ihnen schwer"
    if earlier and re.search(r"(?:,|\b(?:and|und|while|während))\s+$", s[:start]) and re.match(
            r"\s+(?:[a-zäöüß]+(?:ed|ten|en|te|t)|voted|were|did)\b", s[m.end():]):
        return earlier[-1]  # "378 Abgeordnete stimmten dafür, 281 votierten dagegen"
    prep = _PREP_BEFORE.search(s, 0, start)
    if prep is None or not re.match(r"\s*(?:[.;,)]|$)", s[m.end() :]):
        return None
    for f in reversed(earlier):
        if (p := _PREP_BEFORE.search(s, 0, f.start)) and p.group("p").lower() == prep.group("p").lower():
            return f
    return None


def _multiplier(m: re.Match[str]) -> float:
    """million, bn, Mio. after a number; m/b/k only after a currency sign ("€85m", but "100m" is metres)."""
    short = m.group("short")
    factor = _LAT_MULT[short] if short and (m.group("cur") or short in ("bn", "mn", "tn")) else 1.0
    return factor * _LAT_MULT.get((m.group("mult") or "").lower(), 1)


def _lat_number(m: re.Match[str], german: bool) -> float:
    word = m.group("word")
    value = float(WORD_NUMBERS[word.lower()]) if word else _lat_value(m.group("num"), german)
    return value * _multiplier(m)


_YEAR = re.compile(r"1\d{3}|20\d{2}")
_SPOKE_OF = re.compile(r"\b(?:sprach|sprachen|spricht|sprechen|gesprochen|die Rede)\s+von\s+$")  # "sprach von 250 …"


def _skipped(s: str, m: re.Match[str], head: str, follow: tuple[int, str, tuple[int, int], bool] | None) -> bool:
    """Numbers that are not counts: ids and years after "no."/"in", a baseline ("up from 68.9%"), vague
    amounts ("several hundred"), numbers in names ("Fab 5")."""
    known = follow is not None and follow[3]
    not_count = None if _SPOKE_OF.search(head) else _LAT_NOT_COUNT.search(head)
    hard = not_count is not None and bool(not_count.group("hard")) and not (
        known and not_count.group("hard").lower() in ("year", "jahr") and not _YEAR.fullmatch(m.group(0).strip()))
    if not_count and (hard or not known) and not m.group("mult") and not m.group("cur"):
        return True  # but "im vergangenen Jahr 3.200 Fälle": a count after the word "year"
    if follow is not None and follow[1] == "percent" and _LAT_BASELINE.search(head):
        return True
    if m.group("word") and _LAT_VAGUE.search(head):
        return True
    if re.search(r"\b(?:one|1|eins?|einer)\s+(?:in|out of|von|aus)\s+$", head, re.IGNORECASE):
        return True  # "one in five": a ratio
    if re.match(r"\s*=", s[m.end() :]):
        return True  # "($1 = 6.9617 yuan)": an exchange rate
    name_before = re.search(r"(?:^|\s)([A-Z][\w-]*)\s$", head)
    at_start = name_before is not None and m.start() - len(name_before.group(0)) <= 0
    if (name_before and not at_start and name_before.group(1).lower() not in _MONTHS and not known
            and not _LAT_QUAL_BEFORE.search(head)):
        return True  # "Fab 5 accounts"
    if m.group("short") and not (m.group("cur") or m.group("short") in ("bn", "mn", "tn")):
        return m.group("short") != "m"  # "5k" without a currency: not a figure we read
    return False


Follow = tuple[int, str, tuple[int, int], bool]  # (end, unit, subject span, known noun)


def _with_next(
    s: str, m: re.Match[str], nxt: re.Match[str] | None, follow: Follow | None, german: bool
) -> tuple[Follow | None, bool, float]:
    """A number read together with the next one: a range ("10 to 15 people", "£80m to £100m", "80 bis
    100 Millionen Euro") or a part of a total ("58 of the 169 seats"). (follow, ranged, multiplier of
    the first number from the second) when they go together; else `follow`, False, 1."""
    if nxt is None or (follow is not None and follow[0] > nxt.start()):
        return follow, False, 1.0
    gap = s[(follow[0] if follow else m.end()) : nxt.start()]
    head = s[max(0, m.start() - 30) : m.start()]
    ranged = bool(_LAT_RANGE.fullmatch(gap)) and (not gap.strip().startswith(("and", "und"))
                                                  or bool(_LAT_BETWEEN.search(head)))
    second = _lat_after(s, nxt, german) if ranged or _LAT_OF_TOTAL.fullmatch(gap) else None
    if second is None or (follow is not None and follow[1] != second[1]):
        return follow, False, 1.0
    if not ranged:
        return (second[0], second[1], second[2], True), False, 1.0
    return second, True, (_multiplier(nxt) if _multiplier(m) == 1 else 1.0)


_MEMBERED = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3}(?:[,.]\d{3})+|\d+|(?i:" + WORD_NUMBER + r"))-(?P<s>member|nation|country|strong)\b"
)
_MEMBERED_UNITS = {"member": "members", "nation": "countries", "country": "countries", "strong": "members"}


def _membered(s: str) -> list[_Figure]:
    """"the eight-member council", "a 30-nation alliance", "a 5,000-strong force": a count in a compound."""
    out = []
    for m in _MEMBERED.finditer(s):
        raw = m.group("n")
        value = float(WORD_NUMBERS[raw.lower()]) if raw.lower() in WORD_NUMBERS else float(re.sub(r"[,.]", "", raw))
        out.append(_Figure(m.start(), m.start(), m.end(), value, _MEMBERED_UNITS[m.group("s")], m.span("s"), None))
    return out


def _lat_figures(s: str, german: bool) -> list[_Figure]:
    out: list[_Figure] = _membered(s)
    taken: set[int] = set()  # numbers already read as the end of a range or the total of "58 of the 169"
    matches = list(_LAT_NUM.finditer(s))
    for i, m in enumerate(matches):
        if m.start() in taken:
            continue
        head = s[max(0, m.start() - 30) : m.start()]
        nxt = matches[i + 1] if i + 1 < len(matches) else None
        first = _lat_after(s, m, german)
        follow, ranged, factor = _with_next(s, m, nxt, first, german)
        if follow is not first and nxt is not None:
            taken.add(nxt.start())
        value = _lat_number(m, german) * factor
        before = _LAT_QUAL_BEFORE.search(head)
        if before and _PHRASAL.search(head):
            before = None
        start = m.start() - len(before.group(0)) if before else m.start()
        bare_number = follow is None
        if follow is None:
            bare = _bare_unit(s, start, m, out)
            if bare is None and (same := _gapped_figure(s, start, m, out)) is not None:
                bare = (same.unit, same.subject)
            if bare is not None:
                follow = (m.end(), bare[0], bare[1], True)
        if follow is None or _skipped(s, m, head, follow):
            continue
        start_num = m.start("num") if m.group("num") else m.start("word")
        end, unit, subject, known = follow
        plain = bool(m.group("num")) and m.group("num").isdigit() and not m.group("mult") and not m.group("cur")
        if (plain and 1000 <= value <= 2100 and (bare_number or not known)) or value <= 0:
            continue  # a year
        end, unit = _outcome(s, start, end, unit)
        qualifier = _QUALIFIERS[before.group("q").lower().replace(" ", "_")] if before else (
            "approx" if ranged else None)
        out.append(_Figure(start, start_num, end, value, unit, subject, qualifier))
    return sorted(out, key=lambda f: f.start)


def _outcome(s: str, start: int, end: int, unit: str) -> tuple[int, str]:
    """What happened to the people counted: "23 people were killed", "killing 23 people", "the death
    toll … 12 people"."""
    if unit in _PEOPLE_UNITS or _PERSON_PLURAL.fullmatch(unit):  # "27 sailors remain missing"
        if (out_after := _LAT_OUTCOME_AFTER.match(s, end)) is not None:
            return out_after.end(), _LAT_OUTCOMES.get(out_after.group("o").lower(), "deaths")
        if (killed := _LAT_KILLED_BEFORE.search(s[:start])) is not None:
            return end, _KILLED_UNITS.get(killed.group("o").lower()[:3], "deaths")
    elif _LAT_TOLL.search(s[:start]) and unit in {"people", "deaths"}:
        return end, "deaths"
    return end, unit
