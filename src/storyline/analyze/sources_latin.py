"""Whom an English or German sentence cites: "X said", "said X", "according to X", "laut X",
"X zufolge", "teilte X mit", and denials ("could not confirm").

Names are clean noun phrases; when a title is followed by a person's name ("Ukraine's intelligence
chief Kyrylo Budanov") the name alone is kept.
"""

from __future__ import annotations

import re

from .sentences import _MONTHS, Source, _verb_source, _words

_WORD = re.compile(r"(?:[A-Z]\.){2,}|[\w'’&-]+(?:\.[\w'’&-]+)*")
_EN_VERB = re.compile(
    r"\b(?:said|says|say|told|reported|estimated|estimates|estimate|found|finds|claimed|claims|stated|announced|added|warned|confirmed|"
    r"noted|wrote|cautioned|predicted|insisted|argued|acknowledged|admitted|disclosed|revealed|declared|tweeted|"
    r"pledged|vowed|promised|called(?!\s+(?:for|on|off|up|in|out|back|it\s+quits)\b)|show|shows|showed|"
    r"(?:put|puts|putting)(?=\s+(?:(?:the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,3}?(?:damage|number|toll|figure|cost|"
    r"costs|total|count|losses|loss|bill|value|price|turnout|attendance|crowd|estimate|tally)\b[^,;.]{0,60}?\bat\b)|"
    r"counted|listed|documented|recorded|registered|"
    r"gave(?=\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:toll|figure|number|estimate|count|total|tally)\b)|"
    r"sagte|sagt|sagten|erklärte|erklärt|erklärten|berichtete|berichtet|berichteten|berichten|teilte|teilten|"
    r"mitteilte|mitteilten|mitteilt|mitgeteilt|meldeten|meldete|meldet|gemeldet|bestätigte|bestätigten|bestätigt|"
    r"schätzt|schätzte|schätzen|schätzten|geschätzt|betonte|betont|behauptet|behauptete|warnte|warnten|warnt|"
    r"meint|meinte|nannte|nannten|"
    r"nennt|nennen|genannt|bezifferte|bezifferten|beziffert|beziffern|spricht|sprach|sprechen|sprachen|gesprochen|"
    r"zählte|zählten|gab|gaben|gibt|geben|angegeben|kündigte|kündigten|kündigt|zeigen|zeigte|zeigten|zeigt|gesagt|"
    r"ergab|ergaben|ergibt|ergeben|geht|gehen|ging|gingen|veröffentlichte|veröffentlichten|veröffentlicht|"
    r"fordert|fordern|forderte|forderten|gefordert|verlangt|verlangte|verlangten|beantragte|beantragten|beantragt|"
    r"sought|demanded|demands|"
    r"herausgefunden|ermittelt|ermittelte|ermittelten|errechnet|errechnete|errechneten|gezählt|"
    r"versprach|versprachen|drohte|drohten|kritisierte|kritisierten|expected|forecast|forecasts|erwartet|erwarten|"
    r"erwarteten|rechnen|rechnet|rechneten|gerechnet|"
    r"(?:released|published|issued|gave|provided)(?=\s+(?:(?:new|the|its|their|latest|official|updated)\s+){0,2}"
    r"(?:figures|data|numbers|statistics|estimates|details)\b[^:;.]{0,40}:))\b"
)
_SEPARABLE = _words("gab gaben gibt geben kündigte kündigten kündigt")  # speech only with their "an"
_ASSUME = _words("geht gehen ging gingen")  # "Die Ermittler gehen von mindestens 60 Opfern aus": an estimate
_SHOW = _words(  # "figures show", "a study found", "the manifest listed"
    "show shows showed found finds zeigen zeigte zeigten zeigt listed documented recorded registered "
    "ergab ergaben ergibt ergeben"
)  # "figures show", "a study found"
_DOCUMENT_BY = re.compile(
    r"^\s*(?:(?:an?|the)\s+(?:[\w-]+\s+)?(?:report|study|survey|analysis|review|poll|paper|investigation|audit)|"
    r"(?:(?:the|new|official|latest|preliminary|provisional)\s+)?(?:data|figures|statistics))\s+"
    r"(?:(?:by|from|of|for)|(?:published|released|issued|compiled)\s+(?:by|in))\s+(?P<x>.+?)"
    r"(?:\s+(?:last|this|earlier|on)\s+\w+)?\s*$",
    re.IGNORECASE,
)
_DOCUMENT_APPOSED = re.compile(
    r"^\s*(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:report|study|survey|data|figures|statistics|analysis|poll|review|audit)"
    r"\s*,\s*(?:compiled|published|released|issued|prepared|conducted|carried out|commissioned)\s+by\s+(?P<x>[^,]+?)"
    r"(?:\s+(?:on|last|this|earlier)\s+\w+)?\s*,\s*$"
)
_DOCUMENT_AFTER = re.compile(  # "Das zeigen Daten des ADAC", "Das ergab eine Auswertung des Mediendienstes X"
    r"\s+(?:(?:eine|die|neue|neuen|aktuelle|aktuellen|vorläufige|amtliche|jüngste)\s+)*(?:Daten|Zahlen|Statistiken|"
    r"Statistik|Berechnungen|Erhebung(?:en)?|Auswertung(?:en)?|Umfragen?|Studie|Analyse|Untersuchung|Anfrage|Recherchen?)\s+"
    r"(?:des|der|vom|von)\s+(?P<x>[^,;.:()]+?)\s*(?=[,;.:]|$)"
)
_PARTICIPLES = _words(
    "mitgeteilt gemeldet bestätigt geschätzt genannt beziffert gesprochen angegeben berichtet erklärt gerechnet "
    "erwartet gesagt ergeben veröffentlicht herausgefunden ermittelt errechnet gezählt gefordert verlangt beantragt"
)
_AUX = _words("hat hatte haben hatten habe hätten")
_INVERTED = _words("said says sagte sagt sagten erklärte erklärten added wrote warned noted betonte warnt warnte "
                   "betont meint meinte")  # "…," said X
_NOT_SPEECH_BEFORE_NUMBER = _words("admitted added disclosed promised pledged")
_SKIP_BEFORE = _words("has had have will would was is also then later earlier selbst hat hatte")
_DATA = _words(
    "data figures results statistics records count tally survey poll estimates estimate projection projections report "
    "study analysis review audit manifest census register registry records log filing filings "
    "daten zahlen ergebnis ergebnisse endergebnis statistik statistiken umfrage hochrechnung schätzungen bericht "
    "berichts studie analyse erhebung auswertung lagebericht jahresbericht antwort mitteilung pressemitteilung "
    "stellungnahme schreiben unterlagen"
)
_EN_ACCORDING = re.compile(
    r"\b(?:according to|laut|citing|zufolge|nach [A-ZÄÖÜ][\w]*?-?(?:[Aa]ngaben|[Ii]nformationen)|"
    r"(?:^|(?<=,\s))per(?=\s+(?:the|a|an)\s)|(?:confirmed|reported|released|published|provided|compiled)\s+by|"
    r"(?:stammen|stammt|stammten|stammte)\s+(?:vom|von|aus dem|aus der|aus)|(?:come|comes|came)\s+from|"
    r"nach (?:dem |den |der )?(?:[\w-]+ ){0,3}?(?:Angaben|Worten|Aussagen|Schätzungen|Berechnungen|Informationen|"
    r"Berichten|Erkenntnissen|Zahlen|Daten|(?:End|Zwischen)?[Ee]rgebnis(?:sen)?|Hochrechnungen?|Darstellung|Zählung)"
    r"(?: (?:des|der|von|vom|aus))?)(?=\s)",
    re.IGNORECASE,
)
# "nach ihren Angaben", "seinen Worten zufolge": the possessive stands for a source named before
_DE_POSSESSIVE = re.compile(
    r"^(?:nach\s+)?(?P<p>ihren|ihrer|seinen|seiner|deren|dessen)\b(?=\s+(?:eigenen\s+)?(?:Angaben|Worten|Aussagen|"
    r"Schätzungen|Berechnungen|Informationen|Erkenntnissen|Zahlen|Daten|Darstellung)\s*$)",
    re.IGNORECASE,
)
_DE_DEMNACH = re.compile(r"\b[Dd]emnach\b")
# "Das geht aus Daten der Bundesagentur hervor", "wie aus dem Bericht des Amtes hervorgeht"
# "…, so der Sprecher des Landkreises", "…, heißt es beim Deutschen Wetterdienst": the source after the claim
_DE_SO = re.compile(
    r"(?:,\s+so|\bhei(?:ß|ss)t\s+es\s+(?:beim|bei\s+der|bei\s+den|bei|vom|von\s+der|von|aus\s+dem|aus\s+der|aus|im|in\s+der))"
    r"\s+(?=(?:(?:der|die|das|den|dem|des|ein|eine|einem|einer)\s+)?[A-ZÄÖÜ])"
)
_DE_EMERGES = re.compile(
    r"\baus\s+(?P<x>[^,;.:()\s][^,;.:()]{1,80}?)\s+"
    r"hervor(?:geht|ging|gehen|gingen|gegangen)?\b"
)
_EN_UNCONFIRMED = re.compile(
    r"\b(?:could not|cannot|can't|couldn't|unable to|did not|didn't|nicht) (?:independently )?"
    r"(?:confirm|verify|bestätigen|verifizieren|überprüfen)",
    re.IGNORECASE,
)
_LATIN_BOUNDARY = re.compile(r"[;:()\x01\n\"“”„«»–—]|,(?!\d)")
_DETERMINERS = _words("the a an der die das den dem des ein eine einer einem einen eines some several many "
                      "ihr ihre sein seine dessen deren")
_CONNECTORS = _words("of for and de von und der des du the in für at")
_PRONOUNS = _words("he she it they we i you er sie es wir ich man")
_ROLES = _words(
    "agency service ministry intelligence spy military officials official sources source spokesman "
    "spokeswoman spokesperson police government army office department chief head minister president "
    "commander media reports report analysts experts authorities authority observers monitor council committee "
    "embassy ambassador secretary director staff general adviser correspondent newspaper broadcaster "
    "statement secretary-general prosecutors commission institute observatory regulator union association "
    "economists scientists researchers rescuers residents villagers witnesses organisers organizers doctors "
    "hospitals investigators diplomats people firefighters"
)
_NAME_TITLES = _words(
    "chief head minister president commander spokesman spokeswoman spokesperson ambassador secretary "
    "director general adviser secretary-general chairman chairwoman chair executive mayor governor analyst leader "
    "inspector detective sergeant constable officer judge prosecutor lawyer professor dr "
    "engineer doctor nurse teacher scientist researcher economist manager coordinator superintendent senator "
    "councillor councilor commissioner deputy captain colonel lieutenant admiral coach "
    "ingenieur ingenieurin arzt ärztin professorin lehrer lehrerin "
    "präsident präsidentin minister ministerin sprecher sprecherin chef chefin botschafter generalsekretär "
    "kanzler kanzlerin bürgermeister bürgermeisterin"
)
# closed-class English words: never part of a source's name (a lower-case noun phrase stops at them)
_EN_STOP = _words(
    "were are was is be been being have had has will would could should can may might must do does did not no "
    "also only just still even both than then that which who whom whose what when where while after before "
    "because since although though if unless until as so such more most much few any each every all other "
    "another this these those there here its it their they them he she his her we our you your i my me us and "
    "or but nor in on at to from by with without into onto over under about against between through during per "
    "via up down out off said says told later earlier yesterday today tonight now seen published released "
    "issued quoted cited obtained given made familiar"
)
_NOT_NAMES = _words(
    "monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag "
    "samstag sonntag meanwhile however yesterday today on in at also but and earlier later last am im zuvor "
    "gestern heute bereits zudem außerdem dann so wie laut nach this that week dies dieses demnach"
) | _MONTHS
_ADVERBS = _words(
    "also later earlier then previously separately on friday monday mit officially bislang offiziell weiterhin "
    "dagegen noch bereits zunächst erneut nun jetzt inzwischen"
)
_ADJ = re.compile(r"[a-zäöüß-]+(?:e|en|em|er|es|n)$")
_FAMILIAR = re.compile(
    r"\b(?:people|sources|persons|officials|a person|one person|someone)\s+(?:familiar with|close to|briefed on|"
    r"with (?:direct )?knowledge of|involved in)\s+(?:the\s+|this\s+|these\s+)?[\w-]+(?:\s+[\w-]+)?"
    r"|\b(?:economists|analysts|experts|forecasters|traders|investors)\s+(?:polled|surveyed|questioned)\s+by\s+"
    r"[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3}",  # "Economists polled by Reuters had forecast …"
    re.IGNORECASE,
)
_APPOSED = re.compile(r",\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*(?:,|\.|$)")
# a reported clause starts: "said the company would need ..." (the company is not the speaker)
_REPORTED = _words(
    "would will had has have was were is are could should must may might did does do wird werde habe hat sei "
    "seien würden"
)


_DE_TITLE_ENDS = ("chef", "chefin", "sprecher", "sprecherin", "direktor", "direktorin", "präsident", "präsidentin",
                  "minister", "ministerin", "leiter", "leiterin", "anwalt", "anwältin", "meister", "meisterin",
                  "kommissar", "kommissarin", "vorsitzender", "vorsitzende", "senator", "senatorin", "sekretär",
                  "sekretärin")


def _bare_word(tok: str) -> str:
    return re.sub(r"['’]s$", "", tok.lower())


def _title(tok: str) -> bool:
    """A title before a person's name: "minister", "spokesperson", "Jinghui-Chef", "Gewerkschaftschefin"."""
    low = _bare_word(tok).split("-")[-1]
    return low in _NAME_TITLES or (tok[:1].isupper() and low.endswith(_DE_TITLE_ENDS))


_AGE = re.compile(r"\d{1,3}-(?:jährige[nrs]?|year-old)")  # "die 68-jährige Anwohnerin", "a 68-year-old"


def _tidy_np(tokens: list[str]) -> str | None:
    while tokens and (tokens[0].lower() in _DETERMINERS or tokens[0].lower() in _CONNECTORS
                      or _AGE.fullmatch(tokens[0].lower())):
        tokens = tokens[1:]
    while tokens and tokens[-1].lower() in _CONNECTORS:
        tokens = tokens[:-1]
    if not tokens:
        return None
    for i in range(len(tokens) - 1, -1, -1):
        if _title(tokens[i]) and i + 1 < len(tokens):
            tail = tokens[i + 1 :]
            if all(t[0].isupper() for t in tail):
                tokens = tail
            break
    name = " ".join(tokens).strip(".'’")
    return name if name and name.lower() not in _NOT_NAMES else None


def _lower_noun(tok: str) -> bool:
    """A lower-case English word that may be part of a noun phrase ("civil protection agency")."""
    low = tok.lower()
    return tok.isalpha() and tok.islower() and low not in _EN_STOP and not low.endswith("ly")


def _np_accept(tok: str, german: bool, has: bool) -> bool:
    low = tok.lower()
    if has and low in _CONNECTORS:
        return True  # "Officials in Lindarn", "Ministry of Defence"
    if low in _NOT_NAMES or low in _PRONOUNS:
        return False
    return (
        tok[0].isupper() or low in _ROLES or (has and low in _CONNECTORS) or (german and has and bool(_ADJ.match(tok)))
        or (not german and _lower_noun(tok))
    )


Found = tuple[bool, str | None, str | None, int]  # found a subject, its name, the pronoun for it, where it ends


def _clause_start(m: str, pos: int) -> int:
    bounds = [b.end() for b in _LATIN_BOUNDARY.finditer(m, 0, pos)]
    return bounds[-1] if bounds else 0


def _clause_end(m: str, pos: int) -> int:
    bound = _LATIN_BOUNDARY.search(m, pos)
    return bound.start() if bound else len(m)


# time phrases between a subject and its verb: "ein Polizeisprecher am Abend mitteilte"
_TRAILING_TIME = re.compile(
    r"(?:\s+(?:(?:late |early |earlier )?on|am|im|in the|at)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|morning|evening|night|afternoon|weekend|"
    r"Abend|Morgen|Mittag|Nachmittag|Vormittag|Wochenende|Vortag)\w*)(?:\s+(?:morning|evening|night|afternoon))?|"
    r"\s+(?:heute|gestern|bislang|zunächst|inzwischen|earlier|later|yesterday|today|tonight)|"
    r"\s+(?:last|this|next)\s+(?:year|month|week)|\s+(?:im|in)\s+(?:Jahr\s+)?(?:19|20)\d\d)+\s*$"
)


_NUMBER_WORDS = _words(
    "rund etwa knapp mehr fast über unter insgesamt zwei drei vier fünf sechs sieben acht neun zehn hundert "
    "tausend hunderte tausende dutzende dutzend million millionen milliarde milliarden prozent"
)


def _np_before(m: str, end: int, german: bool) -> Found:
    clause = m[_clause_start(m, end) : end]
    if time := _TRAILING_TIME.search(clause):
        clause = clause[: time.start()]
    if (familiar := list(_FAMILIAR.finditer(clause))) and not clause[familiar[-1].end() :].strip():
        return True, familiar[-1].group(0), None, -1  # "people familiar with the deal said"
    tokens = _WORD.findall(clause)
    got: list[str] = []
    closed = False  # the phrase begins the clause or follows a determiner: a lower-case head is a noun
    joined = len(tokens)  # tokens from here on were taken by "Doctors at the hospital"
    for k in range(len(tokens) - 1, -1, -1):
        tok = tokens[k]
        low = tok.lower()
        if k >= joined:
            continue
        if not got and low in _ADVERBS:
            continue
        if not got and low in _PRONOUNS:
            return True, None, tok, -1
        if german and got and low in ("des", "der", "vom") and k > 0 and tokens[k - 1][:1].isupper():
            got.insert(0, tok)  # "Daten des Dienstes", "Behörden der Provinz"
            continue
        if (low == "the" and got and not german and k >= 2 and tokens[k - 1].lower() in ("in", "at", "of", "from")
                and (tokens[k - 2].lower() in _ROLES or tokens[k - 2][:1].isupper())):
            got[:0] = tokens[k - 2 : k + 1]  # "Doctors at the hospital", "Officials in the capital": the whole phrase
            joined, closed = k - 2, True
            continue
        if low in _DETERMINERS or low.endswith(("'s", "’s")):
            closed = True
            if low.endswith(("'s", "’s")):
                got.insert(0, tok)
            break
        if not _np_accept(tok, german, bool(got)):
            if got and (tok[:1].isdigit() or low in _NUMBER_WORDS):
                return False, None, None, -1  # "… 45 Fälle gemeldet": the counted thing, not a source
            break
        got.insert(0, tok)
        closed = k == 0
    head = got[-1] if got else ""
    if head and not german and _lower_noun(head) and head not in _ROLES and not closed:
        return False, None, None, -1  # "... prices said": a lower-case word is a noun only as a whole subject
    name = _tidy_np(got)
    return name is not None, name, None, -1


_DOC_ADJECTIVES = _words("latest new official preliminary provisional final initial first updated")


def _skip_document(tokens: list[re.Match[str]]) -> list[re.Match[str]]:
    """"a projection by the commission", "Daten des Dienstes X": the authority behind the document."""
    words = [t.group(0).lower() for t in tokens]
    for k, w in enumerate(words[:4]):
        if w in _DATA or w in ("transcript", "statement", "report", "text", "study", "analysis"):
            j = k + 1 + (k + 1 < len(words) and words[k + 1] in ("published", "released", "issued", "compiled"))
            if j + 1 < len(words) and words[j] in ("by", "from", "of", "von", "des", "der", "vom"):
                return tokens[j + 1 :]
            break
        if (w not in _DETERMINERS and w not in _DOC_ADJECTIVES and not _lower_noun(tokens[k].group(0))
                and not tokens[k].group(0)[0].isupper()):
            break
    return tokens


def _np_after(m: str, start: int, german: bool, limit: int = 10, *, reported: bool = False) -> Found:
    bound = _LATIN_BOUNDARY.search(m, start)
    tokens = list(_WORD.finditer(m, start, bound.start() if bound else len(m)))[:limit]
    if tokens and tokens[0].group(0).lower() in _PRONOUNS:
        return True, None, tokens[0].group(0), tokens[0].end()
    if (familiar := _FAMILIAR.match(m, tokens[0].start() if tokens else start)) is not None:
        return True, familiar.group(0), None, familiar.end()
    tokens = _skip_document(tokens)
    got: list[str] = []
    end, last = -1, -1
    head = False  # a name or role word has been taken: no more modifiers
    definite = determined = False  # "according to the company": a determiner opens the phrase
    for k, t in enumerate(tokens):
        tok = t.group(0)
        low = tok.lower()
        if not got and low in _DETERMINERS:
            definite, determined = low in ("the", "its", "their"), True
            continue
        if low in ("of", "from", "vom", "at") and _person_chunk(" ".join(got)) and len(got) >= 2:
            break  # "said Maja Sørlie of the campaign group ...": the person
        if (head and (low in _CONNECTORS or (low == "to" and not german)) and k + 1 < len(tokens)
                and tokens[k + 1].group(0)[0].isupper()
                and not (german and low in ("in", "at"))):  # German nouns are capitalised: "in Sicherheit"
            got.append(tok)  # "analysts at JPMorgan", "Ministry of Defence"
            end, last = t.end(), k
            continue
        if low in _NOT_NAMES or low in _PRONOUNS:
            break
        bare = _bare_word(tok)
        lower_noun = not german and _lower_noun(bare) and bool(head or got or k + 1 < len(tokens) or bare.endswith("s")
                                                               or definite)
        if tok[0].isupper() or bare in _ROLES or lower_noun:
            got.append(tok)
            head = head or tok[0].isupper() or low in _ROLES
        elif (head and low in _CONNECTORS and k + 1 < len(tokens) and tokens[k + 1].group(0)[0].isupper()) or (
            not head
            and _modifier(low, german)
            and any(u.group(0)[0].isupper() or u.group(0).lower() in _ROLES for u in tokens[k + 1 : k + 3])
        ):
            got.append(tok)
        else:
            break
        end, last = t.end(), k
    if reported and got and last + 1 < len(tokens) and tokens[last + 1].group(0).lower() in _REPORTED:
        return False, None, None, -1  # "said the company would need": the start of what was said
    if reported and not german and got and not determined and all(w.islower() for w in got) and got[-1] not in _ROLES:
        return False, None, None, -1  # "said profits fell": what was said, not who said it
    if got and not _person_chunk(" ".join(got)) and (named := _APPOSED.match(m, end if end >= 0 else start)):
        return True, named.group("name"), None, named.end("name")  # "said the agency's director, Olav Ström"
    name = _tidy_np(got)
    return name is not None, name, None, end


_DE_NOT_MODIFIER = _words(
    "wurden werden worden waren sind haben hatten seien würden könnten konnten müssen mussten sollen sollten "
    "wollen wollten dürfen gaben geben kamen kommen starben sterben fehlen fehlten stiegen sanken lagen liegen "
    "gegen ohne wegen einen einem einer eines seinen seiner seinem ihren ihrer ihrem deren dessen unseren denen "
    "allen vielen diesen jenen anderen weiteren mehreren etwa eben gern gerne immer wieder oben unten"
)
_EN_NOT_MODIFIER = _words("has have had is are was were will would sent says said hat haben ist sind wird")


def _modifier(low: str, german: bool) -> bool:
    if _AGE.fullmatch(low):
        return True  # "die 68-jährige Anwohnerin Maria Huber", "a 68-year-old resident"
    if german:
        return bool(_ADJ.fullmatch(low)) and low not in _DE_NOT_MODIFIER
    return low.isalpha() and low not in _EN_NOT_MODIFIER and low not in _CONNECTORS and low not in _DETERMINERS


def _person_chunk(chunk: str) -> str | None:
    """`chunk` when it is a name only ("Lin Yi-heng"), for "X's chairman, Lin Yi-heng, said"."""
    words = _WORD.findall(chunk)
    if 1 <= len(words) <= 4 and all(w[0].isupper() and w.lower() not in _NOT_NAMES for w in words):
        return " ".join(words)
    return None


_MADE_BY = re.compile(
    r"\s*(?:compiled|published|released|issued|prepared|commissioned|conducted|carried out|produced|written)\s+by\s+"
    r"(?P<x>[^,]+?)(?:\s+(?:on|last|this|earlier)\s+\w+)?\s*$"
)


def _appositive(m: str, verb_start: int, german: bool) -> Found:
    """The subject of a verb after an appositive: "Villagers in Liuwan, one of the worst-hit communities,
    said" (the sentence subject) or "Jinghui's chairman, Lin Yi-heng, said" (the name)."""
    chunks: list[tuple[int, int]] = []
    end = verb_start
    while len(chunks) < 3:
        head = m[:end].rstrip()
        if not head.endswith(","):
            break
        comma = len(head) - 1
        a = _clause_start(m, comma)
        chunks.append((a, comma))
        if a == 0:
            break
        end = a
    for a, b in chunks:
        if name := _person_chunk(m[a:b]):
            return True, name, None, -1
        if by := _MADE_BY.match(m, a, b):
            return True, _tidy_np(_WORD.findall(by.group("x"))), None, -1  # "The report, compiled by UNICEF,"
    if chunks and chunks[-1][0] == 0:
        return _np_before(m, chunks[-1][1], german)
    return False, None, None, -1


def _coordinated(m: str, end: int, german: bool) -> Found:
    """"Prime Minister X declared ... and said": the names that open the clause."""
    tokens = _WORD.findall(m[_clause_start(m, end) : end])
    got: list[str] = []
    for tok in tokens:
        low = tok.lower()
        if not got and low in _DETERMINERS:
            continue
        if low in _NOT_NAMES or not (tok[0].isupper() or low in _ROLES or (not german and _lower_noun(tok)
                                                                           and not low.endswith("ed"))):
            break
        got.append(tok)
    name = _tidy_np(got)
    return name is not None, name, None, -1


# the heads of a German noun phrase that can give figures: an authority, a body, its spokesperson, experts
DE_AUTHORITY = re.compile(
    r"(?:polizei|feuerwehr|ministerium|behörde|behörden|amt|ämter|regierung|verwaltung|verband|gewerkschaft|institut|"
    r"agentur|kommission|staatsanwaltschaft|gericht|bundesamt|landesamt|sprecher|sprecherin|experten|expertinnen|"
    r"forscher|forscherinnen|wissenschaftler|ärzte|retter|rettungskräfte|veranstalter|organisatoren|bank|kasse|"
    r"klinik|wetterdienst|dienst|kreuz|hilfswerk|stiftung|konzern|unternehmen|bahn|senat|rat|partei|universität)$"
)


def _de_inverted(m: str, verb: re.Match[str], before: list[str], found: Found) -> Found | None:
    """German puts the subject after the verb when something else opens the sentence: "Zuletzt sprach die
    Regierung von", "Die Einnahmen beziffert das Finanzministerium auf": the subject after the verb."""
    if not re.match(r"\s+(?:der|die|das|ein|eine)\s+\S", m[verb.end() :]):
        return None
    after = _np_after(m, verb.end(), True)
    if not (after[0] and after[1]):
        return None
    one_word = len(before) == 1 and before[0][:1].isupper()  # "Zuletzt", "Morgen", "Dort"
    if one_word or (DE_AUTHORITY.search(after[1].split()[-1].lower())
                    and not (found[1] and DE_AUTHORITY.search(found[1].split()[-1].lower()))):
        return after
    return None


def _verb_subject(m: str, verb: re.Match[str], german: bool) -> Found:
    a = _clause_start(m, verb.start())
    words = list(_WORD.finditer(m, a, verb.start()))
    cut = verb.start()
    while words and words[-1].group(0).lower() in _SKIP_BEFORE and not german:
        cut = words.pop().start()  # "X, Estavia's foreign minister, has said"
    before = [w.group(0) for w in words]
    word = verb.group(0).lower()
    if german and word in _PARTICIPLES:
        aux = next((t for t in _WORD.finditer(m, a, verb.start()) if t.group(0).lower() in _AUX), None)
        if aux is not None:
            found = _np_before(m, aux.start(), german)  # "Die Behörde hatte ... gesprochen"
            return found if found[1] or found[2] else _np_after(m, aux.end(), german)  # "Das hat X mitgeteilt"
    front = not before or (german and before[0].lower() in _NOT_NAMES)
    if not front:
        if before[-1].lower() in ("and", "und"):
            return _coordinated(m, verb.start(), german)
        found = _np_before(m, cut, german)
        if german and (inverted := _de_inverted(m, verb, before, found)) is not None:
            return inverted
        return found if found[0] or not german else _np_after(m, verb.end(), german)
    found = (_np_after(m, verb.end(), german, reported=True) if word in _INVERTED or german
             else (False, None, None, -1))
    if (not found[0] or found[2]) and a > 0 and m[a - 1] == ",":
        appositive = _appositive(m, cut, german)
        if appositive[0]:
            return appositive
    if not found[0] and german:  # "…, wie die Behörden mitteilten"
        return _np_before(m, verb.start(), german)
    return found


def _data_source(name: str | None) -> str | None:
    """The name behind "Daten des Dienstes X", "preliminary results"; None when it names no data."""
    words = (name or "").split()
    if not any(w.lower() in _DATA for w in words):
        return None
    k = 0
    while k < len(words) and (words[k].lower() in _DATA or words[k].lower() in _CONNECTORS):
        k += 1
    return " ".join(words[k:]) or name


# "Die Gewerkschaft spricht von 6.000 Streikenden, die Hafenbehörde von 3.400": the verb is left out
_GAPPED = re.compile(
    r",\s+(?:(?:and|und|while|während|whereas)\s+)?(?P<np>(?:the|die|der|das|den)\s+[\w-]+(?:\s+[\w-]+){0,2}?)"
    r"\s+(?:von|at|auf|on|bei|mit|of)\s+(?:about |around |rund |etwa )?\d[\d.,]*\s*(?=[.;,]|$)"
)


def _gapped(m: str, found: list[Source]) -> list[Source]:
    """Sources of clauses that leave out the verb of an earlier one ("…, die Hafenbehörde von 3.400")."""
    out = []
    for gap in _GAPPED.finditer(m):
        if any(src.cue == "verb" and src.name and src.anchor < gap.start() for src in found):
            name = _tidy_np(_WORD.findall(gap.group("np")))
            if name:
                out.append(Source(name, gap.start("np"), gap.end("np"), gap.end()))
    return out


def _with_acronym(s: str, name: str | None, end: int) -> str | None:
    """"Bundesamt für Migration und Flüchtlinge (BAMF)": the name with its acronym."""
    acronym = re.match(r"\s*\(([A-Z][A-Za-z]{1,7})\)", s[end:]) if name and end >= 0 else None
    return f"{name} ({acronym.group(1)})" if acronym else name


_DE_EVIDENCE = _words(
    "erkenntnissen erkenntnisse zahlen schätzungen informationen angaben daten berichten ermittlungen hinweisen "
    "einschätzungen beobachtungen"
)


def _bare_evidence(name: str | None) -> bool:
    """"ersten Erkenntnissen", "vorläufigen Zahlen": findings with no one behind them."""
    words = (name or "").split()
    return bool(words) and words[-1].lower() in _DE_EVIDENCE and all(_ADJ.fullmatch(w.lower()) for w in words[:-1])


def _possessive(m: str, acc: re.Match[str]) -> Source | None:
    """"nach ihren Angaben", "seinen Worten zufolge": a source standing for one named before."""
    cue = acc.group(0)
    before = m[_clause_start(m, acc.start()) : acc.start()] if cue.lower() == "zufolge" else cue
    own = _DE_POSSESSIVE.search(before)
    if own is None:
        return None
    return Source(None, acc.start(), acc.end(), len(m), cue="according", pronoun=own.group("p").lower())


def _german_cues(m: str) -> list[Source]:
    """"Demnach …" (the source before), "Das geht aus Daten der X hervor", "wie aus dem Bericht des X hervorgeht"."""
    n = len(m)
    out = [Source(None, a.start(), a.end(), n, cue="according", pronoun="demnach") for a in _DE_DEMNACH.finditer(m)]
    for so in _DE_SO.finditer(m):
        found, name, _, end = _np_after(m, so.end(), True)
        if found and name:
            out.append(Source(name, so.start(), 0, n, cue="according", name_end=end))
    for emerge in _DE_EMERGES.finditer(m):
        words = list(_WORD.finditer(m, emerge.start("x"), emerge.end("x")))
        name = _tidy_np([t.group(0) for t in _skip_document(words)])
        if name:  # "Antwort der Bundesregierung auf eine Anfrage der Linken": the government's
            name = re.split(r"\s+auf\s+(?:eine|die)\s+Anfrage\b", name)[0]
        if name and not any(ch.isdigit() for ch in name):
            out.append(Source(name, emerge.start(), emerge.end(), n, cue="according", name_end=emerge.end("x")))
    return out


def _document(m: str, verb: re.Match[str]) -> re.Match[str] | None:
    """"A report by X found", "data from X showed", "Das zeigen Daten des ADAC", "The figures, published by X
    on Friday, show": the authority behind it."""
    return (_DOCUMENT_BY.match(m[_clause_start(m, verb.start()) : verb.start()]) or _DOCUMENT_AFTER.match(m, verb.end())
            or _DOCUMENT_APPOSED.match(m[: verb.start()]))


def _agent(name: str | None) -> bool:
    """"Researchers found", "Investigators at X found": people who find, not data."""
    words = (name or "").split()
    return bool(words) and (words[0].lower() in _ROLES or words[-1].lower() in _ROLES or words[0][:1].isupper())


_RECORDING = frozenset(["documented", "recorded", "registered", "counted", "listed"])


def _lower_phrase(name: str | None) -> bool:
    """A name all in lower case ("rescuers", "police officers"): people who act, not an organisation that records."""
    return name is not None and name != "" and name == name.lower()


_NOUN_TOO = frozenset(["claims", "estimates", "estimate", "forecast", "forecasts", "finds", "says", "show", "shows"])


def _speech(m: str, verb: re.Match[str], word: str) -> bool:
    """Whether a verb of the list cites here: "gab … an" but not "gab 300 Euro", "admitted that" but not
    "admitted 410 patients"."""
    if word in _SEPARABLE:
        return bool(re.search(r"\b(?:an|bekannt)\b", re.split(r"[,;.]\s", m[verb.end() :], maxsplit=1)[0]))
    if word in _ASSUME:
        return bool(re.match(r"\s+(?:\w+\s+){0,3}?(?:von\s+[^,;.]*\baus\b|davon\s+aus\b)", m[verb.end() :]))
    if re.search(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", m[max(0, verb.start() - 30) : verb.start()]):
        return False  # "Damage is estimated at …": the thing estimated, not who estimates
    if word in _NOUN_TOO and (re.match(r"\s+(?:of|for|from|by|to)\b", m[verb.end() :]) or re.search(
            r"\b(?:the|a|an|its|their|his|her|our|these|those|such|expect|expects|expected|filed|new|early|official)"
            r"\s+$", m[max(0, verb.start() - 12) : verb.start()], re.IGNORECASE)):
        return False  # "claims of up to $200 million", "the estimates": nouns
    return not (word in _NOT_SPEECH_BEFORE_NUMBER
                and re.match(r"\s+(?:about |some |more than |nearly |over )?\d", m[verb.end() :]))


def _latin_sources(s: str, m: str, german: bool) -> list[Source]:
    out: list[Source] = []
    n = len(s)
    for acc in _EN_ACCORDING.finditer(m):
        cue = acc.group(0)
        if german and (back := _possessive(m, acc)) is not None:
            out.append(back)  # "nach ihren Angaben": the source named before (`context`)
            continue
        if cue.lower() == "zufolge":
            found, name, pronoun, end = _np_before(m, acc.start(), german)
        elif compound := re.fullmatch(r"[Nn]ach ([A-ZÄÖÜa-zäöü]\w*?)-?(?:[Aa]ngaben|[Ii]nformationen)", cue):
            found, name, pronoun, end = True, compound.group(1), None, acc.end()  # "nach Eurostat-Angaben"
        elif re.search(r"\beigenen\b|\bits own\b", cue + m[acc.end() : acc.end() + 12]):
            found, name, pronoun, end = _coordinated(m, acc.start(), german)  # "Die Feuerwehr war nach eigenen Angaben"
        else:
            found, name, pronoun, end = _np_after(m, acc.end(), german)
            if not found and (data := re.search(r"(\w*[Ee]rgebnis\w*|Hochrechnung\w*)\s*$", cue)):
                found, name = True, data.group(1)  # "nach dem vorläufigen amtlichen Endergebnis"
        found = found and not (german and _bare_evidence(name))  # "Laut ersten Erkenntnissen": no one named
        if found:
            name = _with_acronym(s, name, end)
            out.append(Source(name, acc.start(), acc.end(), n, cue="according", name_end=end, pronoun=pronoun))
    out.extend(_german_cues(m) if german else [])
    for verb in _EN_VERB.finditer(m):
        word = verb.group(0).lower()
        if not _speech(m, verb, word):
            continue
        found, name, pronoun, end = _verb_subject(m, verb, german)
        doc = _document(m, verb) if word in _SHOW else None
        if doc:
            found, name, pronoun = True, _tidy_np(_WORD.findall(doc.group("x"))), None  # "A report by X found"
        earlier = next((src for src in reversed(out) if src.cue == "verb" and (src.name or src.pronoun)), None)
        if earlier and re.search(r"\b(?:and|und)\s+$", m[: verb.start()]):
            found, name, pronoun = True, earlier.name, earlier.pronoun  # "X called it … and said …"
        finding = word in ("found", "finds") and _agent(name) and re.match(r"\s+that\b", m[verb.end() :])
        recording = (word in _RECORDING and bool(name) and _agent(name) and not _lower_phrase(name)) or (
            german and word == "ergeben" and bool(name))  # "Das hat eine Umfrage des Instituts X ergeben"
        if word in _SHOW and not doc and not finding and not recording:
            # "Researchers found that", not "Rescuers found 9 bodies"; "Amnesty International documented 350 cases"
            name = _data_source(name)
            if name is None:
                continue
        out.append(_verb_source(s, m, verb, found, name, pronoun=pronoun, name_end=end))
    out.extend(_gapped(m, out))
    for neg in _EN_UNCONFIRMED.finditer(m):
        out.append(Source(None, neg.start(), neg.end(), n, claims_only=True))
    return sorted(out, key=lambda src: src.anchor)
