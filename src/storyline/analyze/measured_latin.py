"""What an English or German figure measures when its noun is only a unit, by the construction it
stands in, most specific first:

- after the figure: "€2bn of damage", "$3bn in damage", "100 Millionen Euro an Soforthilfen", "2
  Milliarden Euro in neue Züge", "38 Prozent der über 60-Jährigen sind geimpft";
- a determiner before and a noun after: "a €70m transfer fee", "a 2.5 billion euro fund";
- a noun joined before: "insured damage of €2bn", "Soforthilfen von 100 Millionen Euro", "Schäden in
  Höhe von 2 Milliarden Euro", "the fund, worth about $25bn";
- a verb of change, being or cost: "the economy grew 0.7 percent", "manufacturing output fell 0.9%",
  "der Pegel der Donau stieg auf 6,2 Meter", "Im Oktober lag die Arbeitslosenquote bei 5,8 Prozent",
  with the object when the verb has one: "raised its key rate to 5.25%", "schätzen den Schaden auf";
- a purpose after the figure: "$500m for flood defences", "500 Millionen Euro für den Wiederaufbau";
- pay: "earns €9m a year" (salary).

The noun phrase is at most four words, without determiners; a pronoun or a word such as "figure"
or "total" gives none.
"""

from __future__ import annotations

import re

from .figures import _CURRENCIES, _MEASURES, _Figure, _words

# what a subject that only repeats the unit says ("€", "Prozent", "metres")
UNIT_WORDS = frozenset(
    {w.casefold() for w in (*_CURRENCIES, *_MEASURES)} | set(_MEASURES.values())
    | {"%", "percent", "per cent", "prozent", "m", "bn", "km", "mm", "cm", "kg", "metern", "kilometern", "°c", "c",
       "hectares", "acres", "square kilometres", "square miles", "prozentpunkte", "percentage points"}
)
_WORD = re.compile(r"\d+-[A-Za-zÄÖÜäöüß][\w'’-]*|[A-Za-zÄÖÜäöüß][\w'’-]*|\d[\d.,]*%?|#+")  # ### : a masked id
_DET_EN = _words("the a an its their his her this that these those our your my")
_DET_DE = _words("""
der die das den dem des ein eine einen einem einer eines sein seine seinen seiner ihr ihre ihren ihrer unser unsere
diese dieser dieses diesen
""")
_DET = _DET_EN | _DET_DE
_PREP = _words("""
in im on at since by after before during from to into with within across over under until for per including
through throughout along beside near outside inside behind beyond below above binnen innerhalb gegenüber ohne
dank pro je unterhalb oberhalb infolge
einschließlich inklusive
am an auf aus bei beim mit nach seit vom von vor zu zum zur um gegen laut trotz wegen unter über durch
""")
_PRONOUN = _words("it they he she we you i this that which who what him them us me sie er es wir ihr man das "
                  "dies was these those one ihn ihm ihnen uns")
_GENERIC = _words("figure figures number numbers total amount sum estimate estimates level rate tally data mark "
                  "threshold marke schwelle zahl zahlen summe betrag wert stand angaben")
_FUNCTION = _words("""
and or but as than that which who when where while if not also only just still even about around some nearly
worth almost aside back away more most less least up down out off so then there here very much many few all both
each other such whopping hefty massive staggering mere
und oder aber als wie dass nicht auch nur noch schon sehr mehr weniger so dann dort hier alle beide
""")
_AUX = _words("""
has have had will would could may might can must shall should is are was were be been being did does do
expected forecast set likely due projected seen to
wird werden wurde wurden soll sollen sollte sollten dürfte dürften könnte könnten kann können muss müssen
ist sind war waren hat haben hatte hatten
""")
_REPORTED = _words("""
reported report reports posted posts announced announces said says caused causes approved approves pledged
pledges provided provides offered offers agreed agrees paid pays received receives made makes gave gives
recorded records booked books saw sees suffered suffers incurred incurs unveiled unveils got gets needs needed
expects expect expected forecasts predicts predicted projects estimates sought seeks wants demands demanded
meldete meldet meldeten kündigte kündigt verzeichnete verzeichnet machte macht erzielte erzielt stellte stellt
""")
_TIME = _words("""
year years month months week weeks day days quarter quarters period season seasons total all cash time
morning evening afternoon night today yesterday tomorrow january february march april may june july august
september october november december monday tuesday wednesday thursday friday saturday sunday
jahr jahren monat monaten woche wochen tag tagen quartal halbjahr zeitraum januar februar märz mai juni juli oktober
dezember montag dienstag mittwoch donnerstag freitag samstag sonntag
north south east west northeast northwest southeast southwest long wide high deep tall away off ahead behind below
above apart downstream upstream inland offshore
""")
_VERBS = re.compile(
    r"\b(?:rose|rises|rise|risen|rising|fell|falls|fall|fallen|falling|grew|grows|grow|grown|growing|dropped|drops|"
    r"drop|declined|declines|decline|increased|increases|decreased|decreases|climbed|climbs|jumped|jumps|slipped|"
    r"slips|slid|slides|plunged|plunges|plummeted|soared|soars|surged|surges|gained|gains|lost|loses|shrank|shrinks|"
    r"shrunk|contracted|contracts|expanded|expands|edged|ticked|narrowed|narrows|widened|widens|reached|reaches|hit|"
    r"hits|topped|tops|exceeded|exceeds|totalled|totaled|totals|totalling|amounted|amounts|came|comes|stood|stands|"
    r"reach|exceed|total|amount|"
    r"was|is|were|are|be|averaged|averages|peaked|peaks|cost|costs|spans|spanned|runs|ran|stretches|stretched|"
    r"measured|measures|burned|burnt|scorched|covers|covered|doubled|tripled|halved|dipped|dips|tumbled|tumbles|"
    r"rebounded|recovered|eased|eases|remained|remains|hovered|hovers|took|takes|won|wins|received|secured|polled|"
    r"reduced|reduces|held|holds|"
    r"stieg|stiegen|steigt|steigen|sank|sanken|sinkt|sinken|fiel|fielen|fällt|fallen|lag|lagen|liegt|liegen|"
    r"betrug|betrugen|beträgt|betragen|erreichte|erreichten|erreicht|erreichen|wuchs|wuchsen|wächst|wachsen|"
    r"schrumpfte|schrumpften|schrumpft|schrumpfen|ging|gingen|geht|gehen|legte|legten|legt|legen|kletterte|kletterten|"
    r"klettert|sprang|sprangen|springt|belief|beliefen|beläuft|belaufen|kostet|kostete|kosteten|kosten|koste|summierte|"
    r"ist|sind|war|waren|wird|werden|wurde|wurden|soll|sollen|dürfte|dürften|könnte|könnten|verringerte|"
    r"erhöhte|erhöhten|erhöht|verdoppelte|halbierte|nahm|nahmen|nimmt|zog|zogen|brach|brachen|verlor|verloren|"
    r"verliert|gewann|gewannen|stagnierte|verharrte|kam|kamen|kommt|top|"
    r"[a-z]+ed(?=\s+(?:at|to|by)\s))\b"
)
# verbs whose object is what the figure measures ("raised its key rate to 5.25%"); when the figure is
# the object itself ("set aside $2bn"), the noun before them is who acts, not what is measured
_TRANSITIVE = re.compile(
    r"\b(?:raised|raises|raise|cut|cuts|lowered|lowers|lifted|lifts|hiked|trimmed|slashed|kept|keeps|left|leaves|"
    r"put|puts|estimated|estimates|estimate|valued|values|value|priced|forecast|forecasts|projected|set|sets|"
    r"pegged|pegs|"
    r"schätzen|schätzt|schätzte|schätzten|beziffert|bezifferte|bezifferten|beziffern|senkte|senkten|senkt|hob|hoben|"
    r"hebt|setzte|setzten|setzt|hielt|hielten|hält|beließ|veranschlagt|veranschlagte)\b"
)
# verbs of change that may also have an object: "the bank increased rates to 5%"
_OBJECT = re.compile(r"increased|increases|reduced|reduces|held|holds|lost|loses|gained|gains|doubled|tripled|halved|"
                     r"covers|covered|burned|scorched")
# nouns of change whose subject goes on with what changes: "a 12% cut in the cod quota"
CHANGE_NOUNS = _words("cut cuts rise rises increase increases drop drops fall falls decline declines reduction "
                      "reductions hike hikes jump gain gains senkung kürzung anstieg rückgang erhöhung zuwachs plus "
                      "minus")
_CHANGE_OF = re.compile(r"\s+(?:in|of|on|to|for|der|des|bei|für|im)\s+")
# a second subject sharing the verb of the first: "The Greens took 11.9% and the Homeland Party 9.8%"
_GAPPED = re.compile(r"\d[^,;]*?(?:,\s*|\s)(?:and|while|whereas|und|während|sowie)\s+(?P<np>[^\d,;]+?)\s+$")
_CONJ = _words("and but while whereas or und aber während sowie oder doch")
_CONJ_START = re.compile(r"\s*(?:(?:and|but|while|und|aber|während|sowie)\s+)?")
_PREP_NEXT = re.compile(r"\s+(?:among|in|on|for|of|at|from|with|bei|unter|über|in|im|für|von|mit|aus|an|am)\s")
# German pay after the figure: "soll jährlich rund 6 Millionen Euro verdienen"
_EARNS_AFTER = re.compile(r"\s+(?:[a-zäöü]+\s+)?(?P<v>verdienen|verdient|kassieren|kassiert)\b")
# what may stand between a verb or its object and the figure it links: "stieg am Morgen auf", "rose 5.3% year
# on year to", "lag … noch bei"
_LINKING = _words("um auf bei to by at from of for through worth around near")
_LINK_GAP = re.compile(r"\s*(?:(?:um|auf|bei|to|by|at|noch|nur|erst|zuletzt|still|now|only)\s+)*")
_ON_COURSE = re.compile(
    r"\b(?:on (?:course|track)|set|expected|likely|due|poised|forecast|projected|seen|about)\s+to\s+$"
)
_DEN = re.compile(r"\s*(?:[Dd]en)\s+((?:[a-zäöüß]+e[nrs]?\s+)?[A-ZÄÖÜ][\wäöüß-]*)")
_ORDINAL = _words("first second third fourth fifth last next past previous final opening ersten zweiten dritten "
                  "vierten letzten")
_ADVERB = _words("alone only also still now already reportedly jointly together combined allein nur auch noch bereits "
                 "insgesamt zusammen")
_RELATIVE = re.compile(r"\s*(?:which|that|who|die|der|das|welche|welcher|welches)\b", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|be|being|wird|werden|wurde|wurden)\s+(?:\w+ly\s+)?$")
_REFLEXIVE = re.compile(r"\b[a-zäöüß]{4,}(?=\s+sich\b)")  # "verteuerten sich um 7,5 Prozent"
_DE_AUX = re.compile(r"\b(?:hat|hatte|hatten|haben|ist|war|waren|sind)\b")
_DE_PARTICIPLE_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:gestiegen|gesunken|gefallen|gelegen|gewachsen|geschrumpft|"
                                  r"zurückgegangen|geklettert|angestiegen|gesteigert|verringert|erhöht)\b")
_EARNS = re.compile(r"\b(?P<v>earns|earned|earning|earn|verdient|verdiente|verdienen)\s+$", re.IGNORECASE)
_PER_YEAR = re.compile(r"\s+(?:a|per|each|every|pro|im|jährlich|annually)\b", re.IGNORECASE)
_BEFORE_OF = re.compile(r"(?:\s+(?:of|worth|valued at|totalling|totaling|amounting to|covering|spanning|measuring|"
                        r"costing|weighing|stretching|von|in Höhe von|im Wert von|in einer Höhe von)"
                        r"|,\s+(?:worth|valued at|totalling|totaling|covering|costing))\s+$")
_AFTER_OF = re.compile(r"\s+(?P<p>of|in|an|in)\s+")
_PCT_OF = re.compile(r"\s+(?:of|der|des|aller)\s+(?:(?:the|all)\s+)?(?:[\w-]+['’]s\s+)?")
_PCT_WHO = re.compile(
    r"(?P<x>(?:(?:über|unter|over|under)\s+)?[\w-]+)"
    r"(?:\s+(?:sind|waren|wurden|seien|are|were|have been|had been|is|was|has been)\s+(?P<p>[a-zäöüß]+(?:t|en|ed)))?\b"
)
GDP = frozenset({"gdp", "bip", "wirtschaftsleistung", "bruttoinlandsprodukts", "economic output", "output"})
_COMPOUND_BEFORE = re.compile(
    r"\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his)\s+(?:(?:record|estimated|further|additional|extra|new|"
    r"total|combined|initial|planned|proposed|reported|whopping|hefty|modest|massive|possible|potential|one-off|annual|"
    r"monthly|guaranteed|basic|proposed|emergency|fresh)\s+)?$"
)
_FOR = re.compile(r"\s+(?:for|für|on)\s+")
# "adding about $14bn to its market value", "wiped €2bn off its value"
_ADDED = re.compile(r"\b(?:add|adds|added|adding|wipe|wipes|wiped|wiping|knocked|knocking|shaved|shaving)\s+$")
_ADDED_TO = re.compile(r"\s+(?:to|off|from)\s+")
_FUER_BEFORE = re.compile(r"\b[Ff]ür\s+(?:den|die|das|dem)?\s*(?P<x>[A-ZÄÖÜ][\wäöüß-]+)\s+(?:sind|werden|wurden|stehen|"
                          r"gibt es|soll|sollen)\b[^,;]{0,30}$")
# where the clause of a figure begins: punctuation, or after a verb of saying ("officials said damage …")
_CLAUSE = re.compile(r"[;:()–—]|,\s|\b(?:said|says|say|told \w+|added|warned|noted|sagte|sagten|"
                     r"erklärte|erklärten|teilte mit)\s+(?:that\s+|dass\s+)?")


Span = tuple[int, int]


def _dets(german: bool) -> frozenset[str]:
    return _DET_DE if german else _DET_EN


def _tokens(s: str, a: int, b: int) -> list[tuple[int, int, str]]:
    return [(m.start() + a, m.end() + a, m.group(0)) for m in _WORD.finditer(s[a:b])]


def _noun_word(word: str, german: bool, participle: bool = False) -> bool:
    """A word that may stand in a noun phrase (with `participle`, "guaranteed" in "a €70m guaranteed fee")."""
    low = word.lower()
    if re.fullmatch(r"\d+-[^\W\d_][\w-]*|#+", word):
        return True  # "60-Jährigen", "18-year-olds", "over-65s" (masked as an id)
    if (not word[0].isalpha() or low in _DET or low in _PREP or low in _FUNCTION or low in _AUX or low in _PRONOUN
            or low in _REPORTED or "'" in word or "’" in word):
        return False
    if german:
        return word[0].isupper() or low.endswith(("e", "en", "er", "es", "em"))
    if _NOT_NOUN.fullmatch(low):
        return participle and low.endswith("ed")
    return not low.endswith("ly")


_BRIDGE_EN = frozenset({"of", "for", "in", "on", "to", "among"})
_BRIDGE_DE = frozenset({"für", "in", "im", "am", "von", "vom", "der", "des", "aus", "zu", "zum", "zur", "beim",
                        "wegen"})
_NOT_NOUN = re.compile(r"[a-z]+ed|rose|fell|grew|grown|risen|fallen|was|is|were|are|be|been|stood|came|took|won|hit|"
                       r"lost|slid|shrank|shrunk|ran|held|kept|left|put|cut|set|burnt|worth")


def _np_back(s: str, start: int, end: int, german: bool, subject: bool = False, bridge: bool = True) -> Span | None:
    """The noun phrase ending at `end`, beginning after `start`: "manufacturing output". A verb's
    `subject` is not one after a preposition ("Im Oktober", "in der Region"), and may join two nouns
    when it begins the clause: "Support for the party", "Pegel der Donau", "Kosten für den Neubau"."""
    toks = _tokens(s, start, end)
    bridges = (_BRIDGE_DE if german else _BRIDGE_EN) if subject and bridge else frozenset()
    i = len(toks) - 1
    words: list[tuple[int, int, str]] = []
    bridged = False

    def noun(k: int) -> bool:
        w = toks[k][2]
        if german and w.islower() and w.endswith("en") and (k == 0 or toks[k - 1][2].lower() not in _dets(german)):
            return False  # "hinzu kommen erfolgsabhängige …": -en after a determiner only ("den gemeinsamen")
        return _noun_word(w, german, participle=bool(words) and k == i)  # "insured damage"

    while i >= 0:
        w = toks[i][2]
        if words and s[toks[i][1] : words[0][0]].strip():
            break  # "Haushalt - Investitionen", "Photo / Supplied": punctuation ends the phrase
        if noun(i) and (not german or w[0].isupper() or words):
            words.insert(0, toks[i])
            i -= 1
            continue
        if words and i >= 1 and w.lower() in bridges and noun(i - 1):
            words.insert(0, toks[i])  # "Pegel der Donau", "Preise für Lebensmittel"
            bridged, i = True, i - 1
            continue
        if words and i >= 2 and w.lower() in _dets(german) and toks[i - 1][2].lower() in bridges and noun(i - 2):
            words[:0] = toks[i - 1 : i + 1]  # "Support for the party", "Kosten für den Neubau"
            bridged, i = True, i - 2
            continue
        break
    if bridged and any(tok[2].lower() not in _dets(german) and tok[2].lower() not in _CONJ for tok in toks[: i + 1]):
        return _np_back(s, start, end, german, subject, bridge=False)  # joined nouns only as the clause's subject
    if not words or (german and not words[-1][2][0].isupper()):
        return None  # a German noun phrase ends with a noun
    while german and i >= 0 and toks[i][2].islower() and toks[i][2].endswith(("e", "en", "er", "es", "em")) and (
            toks[i][2] not in _dets(german)):
        i -= 1  # "im zweiten Quartal": look past the adjectives
    while i >= 1 and toks[i][2].lower().endswith(("'s", "’s")):
        i -= 1 + (toks[i - 1][2].lower() in _dets(german) and i >= 2)  # "in the council's shared waters"
    before = toks[i][2].lower() if i >= 0 else ""
    if subject and before in _PREP and before != "of":
        return None  # "Im Oktober": an adverbial, not the subject
    genitive = german and before in ("des", "der") and i >= 1 and toks[i - 1][2][0].isupper()
    if subject and before in _dets(german) and i >= 1 and (toks[i - 1][2].lower() in _PREP or genitive):
        return None  # "in der Region", "Informationen des Hafenblatts"
    return _trim(words)


def _trim(words: list[tuple[int, int, str]]) -> Span | None:
    if words and words[-1][2].casefold() in UNIT_WORDS:
        return None  # "um 7 Prozent auf …": the unit of another figure
    content = [w for w in words if w[2].lower() not in _DET]
    if len(content) > 4:  # "Zahl der Krankenhauseinweisungen wegen Grippe": up to the last join that leaves four
        cuts = [k for k, w in enumerate(words) if k and w[2].lower() in _BRIDGE_EN | _BRIDGE_DE
                and len([x for x in words[:k] if x[2].lower() not in _DET]) <= 4]
        words = words[: cuts[-1]] if cuts else words[-4:]
    while words and words[0][2].lower() in _DET:
        words = words[1:]
    if not words:
        return None
    if len(words) == 1 and (words[0][2].lower() in _GENERIC or words[0][2].lower() in _PRONOUN):
        return None
    return words[0][0], words[-1][1]


_NEXT = re.compile(r"\s*([A-Za-zÄÖÜäöüß][\w'’-]*)")


def _np_forward(s: str, pos: int, german: bool, limit: int = 3) -> Span | None:
    """The noun phrase starting at `pos` after determiners: "its key rate", "den Schaden", "neue Züge"."""
    words: list[tuple[int, int, str]] = []
    p, leading = pos, True
    while (m := _NEXT.match(s, p)) is not None and len(words) < limit:
        word = m.group(1)
        if leading and word.lower() in _dets(german):
            p = m.end()
            continue
        leading = False
        nxt = _NEXT.match(s, m.end())
        participle = nxt is not None and _noun_word(nxt.group(1), german)
        if not _noun_word(word, german, participle) or word.lower() in _TIME:
            break
        words.append((m.start(1), m.end(1), word))
        p = m.end()
    if german:
        while words and not words[-1][2][0].isupper():
            words.pop()
    return _trim(words) if words else None


def _clause_start(s: str, pos: int) -> int:
    starts = [m.end() for m in _CLAUSE.finditer(s, 0, pos)]
    return starts[-1] if starts else 0


def _after(s: str, f: _Figure, german: bool) -> Span | None:
    """ "€2bn of damage", "$3bn in damage", "100 Millionen Euro an Soforthilfen"."""
    if (m := _AFTER_OF.match(s, f.end)) is None or f.unit == "percent":
        return None
    rest = s[m.end() : m.end() + 30]
    if m.group("p") in ("in", "an") and (rest[:4].lower() in ("the ", "der ", "die ", "dem ") or (
            not german and rest[:1].isupper()) or rest.lower().startswith(("höhe", "total"))
            or any(w.lower() in _TIME or w.lower() in _ORDINAL for w in _WORD.findall(rest)[:3])):
        return None  # "in the first quarter", "in Berlin", "in Höhe", "in fourth quarter"
    if m.group("p") == "an" and not german:
        return None
    if german and m.group("p") == "in" and not re.match(r"(?:den|die|das|neue|neuen|[a-zäöüß]+e[nrs]?)\s", rest):
        return None
    return _np_forward(s, m.end(), german)


def _percent_of(s: str, f: _Figure, german: bool) -> Span | None:
    """ "40% of Norvania's container traffic", "38 Prozent der über 60-Jährigen sind geimpft"."""
    if f.unit != "percent" or (m := _PCT_OF.match(s, f.end)) is None:
        return None
    span = _np_forward(s, m.end(), german)
    who = _PCT_WHO.match(s, m.end())
    if who and who.group("x").lower() in _PRONOUN:
        return None  # "9.5% of them"
    if who and (who.group("p") or span is None) and who.group("x").lower() not in _dets(german) | _TIME:
        return who.start("x"), (who.end("p") if who.group("p") else who.end("x"))
    return span


def _compound(s: str, f: _Figure, german: bool) -> Span | None:
    """ "a €70m transfer fee", "a record £100m fee", "a 2.5 billion euro fund"."""
    if german or not _COMPOUND_BEFORE.search(s, max(0, f.start - 40), f.start):
        return None
    return _np_forward(s, f.end, german)


def _before_of(s: str, f: _Figure, german: bool) -> Span | None:
    """ "insured damage of €2bn", "Schäden in Höhe von 2 Milliarden Euro", "the fund, worth $25bn"."""
    head = s[: f.start]
    if (m := _BEFORE_OF.search(head)) is None:
        return None
    return _np_back(s, _clause_start(s, m.start()), m.start(), german)


# verbs of cost: whom it costs may stand between the verb and the amount
_COSTS = frozenset(["kostet", "koste", "kostete", "kosteten", "kosten", "cost", "costs"])
_NOUN_BEFORE = re.compile(r"\b(?:its|their|the|a|an|his|her|our|earlier|previous|latest|new|first|initial)\s+$",
                          re.IGNORECASE)


def _verbs(s: str, f: _Figure, start: int, german: bool) -> list[re.Match[str]]:
    """The verbs of the clause before the figure that may link it to its subject."""
    verbs = [m for m in _VERBS.finditer(s, start, f.start) if len(s[m.end() : f.start]) <= 60
             and (german or not _NOUN_BEFORE.search(s, max(0, m.start() - 24), m.start()))]  # "the cost of"
    verbs += [m for m in _TRANSITIVE.finditer(s, start, f.start) if len(s[m.end() : f.start]) <= 80
              and not _NOUN_BEFORE.search(s, max(0, m.start() - 24), m.start())]  # "its earlier forecast of 2.1%"
    if german:
        verbs += [m for m in _REFLEXIVE.finditer(s, start, f.start) if len(s[m.end() : f.start]) <= 60]
        if _DE_PARTICIPLE_AFTER.match(s, f.end):  # "hatte die Teuerungsrate bei 6,1 Prozent gelegen"
            verbs += [m for m in _DE_AUX.finditer(s, start, f.start) if len(s[m.end() : f.start]) <= 60]
    return verbs


def _object(s: str, a: int, b: int, german: bool) -> Span | None:
    """The object between a verb and the preposition of its figure: the last noun phrase with a
    determiner not inside a prepositional phrase ("beziffert das Land die Schäden an Straßen auf",
    "cuts the cod quota in the council's waters by"), else the noun phrase right before."""
    toks = _tokens(s, a, b)
    for k in range(len(toks) - 1, -1, -1):
        if toks[k][2].lower() in _dets(german) and not (k and toks[k - 1][2].lower() in _PREP):
            np = _np_forward(s, toks[k][0], german)
            if np is not None and np[1] <= b:
                return np
    return _np_back(s, a, b, german, subject=True, bridge=False)


def _gap_links(gap: str) -> bool:
    """Whether the words between a verb and its figure only link them: nothing, a few words ending in a
    linking preposition, or adverbs and times ("grew 0.7 percent", "stieg am Morgen auf", "rose 5.3% year
    on year to", "betrug im März", "stiegen 2023 um durchschnittlich"); not another clause ("is you can't
    really get a phone for")."""
    words = [w.lower() for w in _WORD.findall(gap)]
    if any(w in _PRONOUN for w in words) or len(words) > 6:
        return False
    while words and (words[-1].endswith("ly") or words[-1] in _ADVERB or (words[-1].endswith("lich")
                                                                         and words[-1] not in _LINKING)):
        words.pop()  # "um durchschnittlich", "by roughly"
    if not words or words[-1] in _LINKING:
        return True
    return all(w in _PREP or w in _DET or w in _TIME or w in _ADVERB or w in _FUNCTION or w[0].isdigit()
               for w in words)


def _verb(s: str, f: _Figure, german: bool) -> Span | None:
    """ "the economy grew 0.7 percent", "raised its key rate to 5.25%", "lag die Arbeitslosenquote bei"."""
    start = _clause_start(s, f.start)
    if start > 1 and re.fullmatch(r"\s*(?:at|bei|auf)\s+", s[start : f.start]):
        start = _clause_start(s, start - 2)  # "efficacy in people over 75 was lower, at 79%"
    verbs = _verbs(s, f, start, german)
    if not verbs:
        return None
    verb = max(verbs, key=lambda m: m.start())
    if gapped := _GAPPED.search(s, verb.end(), f.start):
        return _np_back(s, gapped.start("np"), gapped.end("np"), german, subject=True, bridge=False)
    nxt = _tokens(s, verb.end(), f.start)
    transitive = bool(_TRANSITIVE.fullmatch(verb.group(0))) and not _PASSIVE.search(s, start, verb.start())
    takes_object = german or transitive or _OBJECT.fullmatch(verb.group(0))
    prep = re.search(r"\s(?:to|at|by|auf|um|bei)\s+$", s[verb.end() : f.start])
    if german and takes_object and prep and (front := _DEN.match(s, start)) and front.end() <= verb.start():
        return _np_forward(s, front.start(1), german)  # "Den Schaden für das Haus schätzt die Polizei auf"
    if takes_object and prep and (obj := _object(s, verb.end(), verb.end() + prep.start(), german)) is not None:
        return obj  # "schätzt der Verband die versicherten Schäden auf …"
    if (takes_object and nxt and (nxt[0][2].lower() in _dets(german) or (_noun_word(nxt[0][2], german)
                                                                and nxt[0][2].lower() not in _AUX))
            and (obj := _np_forward(s, verb.end(), german)) is not None and _LINK_GAP.fullmatch(s, obj[1], f.start)):
        return obj  # "lag die Arbeitslosenquote bei", not "wird der Konzern mit sechs Milliarden Euro … unterstützt"
    costs = verb.group(0).lower() in _COSTS  # "Der Streik kostet die Unternehmen täglich 40 Millionen Euro"
    if (transitive or not _gap_links(s[verb.end() : f.start])) and not costs:
        return None
    end = verb.start()
    if on_course := _ON_COURSE.search(s, start, end):
        end = on_course.start()  # "the budget deficit was on course to reach"
    while (aux := re.search(r"\b(\w+)\s+$", s[start:end])) and (aux.group(1).lower() in _AUX
                                                                 or aux.group(1).lower() in _ADVERB):
        end = start + aux.start(1)
    np = _np_back(s, start, end, german, subject=True)
    if np is None and start >= 2 and _RELATIVE.match(s, start):  # "The largest blaze, which has burned …"
        comma = s.rfind(",", 0, start)
        np = _np_back(s, _clause_start(s, comma), comma, german, subject=True)
    opening = conj.end() if (conj := _CONJ_START.match(s, start)) else start
    if np is None and (lead := _np_forward(s, opening, german)) is not None and (
            _PREP_NEXT.match(s, lead[1]) and lead[1] < end):
        np = lead  # "Die Impfquote bei den über 60-Jährigen liegt bei 48 Prozent": the subject opens the clause
    return np


def _purpose(s: str, f: _Figure, german: bool) -> Span | None:
    """ "$500m for flood defences", "500 Millionen Euro für den Wiederaufbau"."""
    if f.unit == "percent" or (m := _FOR.match(s, f.end)) is None:
        return None
    return _np_forward(s, m.end(), german)


def _added(s: str, f: _Figure, german: bool) -> Span | None:
    """ "adding about $14bn to its market value"."""
    if not _ADDED.search(s, max(0, f.start - 12), f.start) or (m := _ADDED_TO.match(s, f.end)) is None:
        return None
    return _np_forward(s, m.end(), german)


def change_of(s: str, f: _Figure) -> Span | None:
    """A percentage whose subject is a change goes on with what changes: "a 12% cut in the cod quota"."""
    if f.unit != "percent" or s[f.subject[0] : f.subject[1]].lower() not in CHANGE_NOUNS:
        return None
    if (m := _CHANGE_OF.match(s, f.subject[1])) is None or (np := _np_forward(s, m.end(), german=False)) is None:
        return None
    return f.subject[0], np[1]


def subject(s: str, f: _Figure, german: bool) -> Span | None:
    """The measured noun phrase of `f` in `s`, or None."""
    if f.unit == "percent" and s[f.subject[0] : f.subject[1]].casefold() in GDP:
        return _before_of(s, f, german) or _verb(s, f, german)  # "a deficit of 3.1% of GDP"
    if german and f.unit != "percent" and (paid := _EARNS_AFTER.match(s, f.end)):
        return paid.span("v")
    for rule in (_after, _percent_of, _compound, _before_of, _verb, _purpose, _added):
        if (span := rule(s, f, german)) is not None:
            return span
    if (earns := _EARNS.search(s[: f.start])) and _PER_YEAR.match(s, f.end):
        return earns.start("v"), earns.end("v")
    if german and (fuer := _FUER_BEFORE.search(s[: f.start])):
        return fuer.span("x")
    return None
